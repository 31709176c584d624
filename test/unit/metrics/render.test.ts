import { afterAll, describe, expect, it } from 'vitest';
import {
  compareMetrics,
  formatPair,
  formatPercent,
  formatSigned,
  formatValue,
  renderMarkdown,
  type DataDiff,
  type ParamsDiff,
} from '@mlops-actions/metrics';
import { closeBrowser } from '../../harness/chromium.ts';
import { assertMermaidParses } from '../../harness/mermaid.ts';
import { compare, metrics, rules } from './helpers.ts';
import { assertSafe, firstCellTexts, HOSTILE, html, outsideCode, tableCellCounts } from './markdown-safety.ts';

afterAll(closeBrowser);

describe('escaping of user text', () => {
  const names = Object.fromEntries(HOSTILE.map((n, i) => [n, 0.5 + i / 100]));
  const base = Object.fromEntries(HOSTILE.map((n, i) => [n, 0.6 + i / 100]));
  const params: ParamsDiff = {
    changed: [{ name: '@octocat|x', baseline: '<b>1</b>', candidate: '`2`\n3' }],
    added: [],
    removed: [],
    unchanged: 0,
  };
  const data: DataDiff = {
    baselineHash: 'sha256:' + 'a'.repeat(64),
    candidateHash: 'sha256:' + 'b'.repeat(64),
    files: { added: ['data/<img src=x>.csv', 'data/@team|a.csv'], removed: [], modified: ['d\n[x](y)'] },
  };

  function render(): { md: string; h: string } {
    const report = compareMetrics({
      candidate: metrics(names),
      baseline: metrics(base, 'baseline.json'),
      rules: rules(`'*': { direction: higher, max_drop: 0.05 }\n${JSON.stringify(HOSTILE[1])}: { min: 0.9 }\n`),
      mainMetric: HOSTILE[2],
      params,
      data,
      trend: {
        metric: HOSTILE[1]!,
        points: [
          { label: 'v1 "@x"', value: 0.5 },
          { label: 'candidate', value: 0.6, role: 'candidate' },
        ],
      },
      links: { run: 'https://github.com/o/r/actions/runs/1' },
    });
    const md = renderMarkdown(report);
    return { md, h: html(md) };
  }

  it('keeps every table row whole: each name in its own first cell, 7 cells a row', () => {
    const { h } = render();
    const counts = tableCellCounts(h);
    // The metrics table has 7 columns, the params table 4.
    expect(new Set(counts)).toEqual(new Set([7, 4]));
    expect(counts.filter((c) => c === 7)).toHaveLength(HOSTILE.length + 1);
    const firstCells = firstCellTexts(h);
    for (const name of HOSTILE) expect(firstCells).toContain(name.replace(/\n/g, ' '));
    expect(firstCells).toContain('@octocat|x');
  });

  it('lets no HTML through and pings nobody', () => {
    const { md, h } = render();
    const text = outsideCode(h);
    expect(text).not.toMatch(/<(img|script|b)\b/i);
    expect(text).not.toMatch(/@\w/);
    expect(text).not.toMatch(/href="https:\/\/evil/);
    // Our own <details> stay balanced: a name cannot close one.
    expect((text.match(/<details>/g) ?? []).length).toBe((text.match(/<\/details>/g) ?? []).length);
    expect(md).toContain('`</details><script>x</script>`');
    assertSafe(md);
    expect(() => assertSafe('hello @octocat')).toThrow(/a mention reached the page/);
    expect(() => assertSafe('<img src=x>')).toThrow(/raw HTML reached the page/);
  });

  it('keeps the hostile names readable', () => {
    const { h } = render();
    for (const name of ['acc|uracy', '`tick`s', '**bold** _it_'])
      expect(h).toContain(name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('the trend chart with hostile labels still parses', async () => {
    const { md } = render();
    expect(await assertMermaidParses(md)).toBe(1);
  });

  it('the row check catches a name that does break the table (the check can fail)', () => {
    const broken = '| metric | a |\n| --- | --- |\n| `acc|uracy` | 1 |\n';
    expect(firstCellTexts(html(broken))).not.toContain('acc|uracy');
  });
});

describe('the report', () => {
  it('says pass or fail in its first line, and the reason', () => {
    const pass = renderMarkdown(compare({ accuracy: 0.91 }, { accuracy: 0.9 }, 'accuracy: { max_drop: 0.01 }\n'));
    expect(pass.split('\n')[0]).toBe('## ✅ validate-metrics: the candidate passes the only check');
    const fail = renderMarkdown(
      compare({ accuracy: 0.85, loss: 0.5 }, { accuracy: 0.9, loss: 0.4 }, 'accuracy: { max_drop: 0.01 }\nloss: { max: 0.45 }\n'),
    );
    expect(fail.split('\n')[0]).toBe('## ❌ validate-metrics: the candidate fails 2 of 2 checks');
    expect(fail).toContain('- ❌ `accuracy`: dropped 0.05, more than the 0.01 allowed (`max_drop` in `rules.yml:1`)');
    expect(fail).toContain('- ❌ `loss`: 0.5 is above the maximum 0.45 (`max` in `rules.yml:2`)');
    const reportOnly = renderMarkdown(compare({ accuracy: 0.85 }, { accuracy: 0.9 }, 'accuracy: { max_drop: 0.01 }\n'), {
      reportOnly: true,
    });
    expect(reportOnly.split('\n')[0]).toContain('(report only: fail-on is never)');
  });

  it('marks change by direction: a lower loss is green, a higher latency red', () => {
    const md = renderMarkdown(compare({ loss: 0.2, latency_ms: 130, accuracy: 0.8 }, { loss: 0.3, latency_ms: 100, accuracy: 0.9 }, ''));
    expect(md).toMatch(/\| `loss` \| 0\.3 \| 0\.2 \| 🟢 −0\.1 \| −33\.3% \|/);
    expect(md).toMatch(/\| `latency_ms` \| 100 \| 130 \| 🔴 \+30 \| \+30% \|/);
    expect(md).toMatch(/\| `accuracy` \| 0\.9 \| 0\.8 \| 🔴 −0\.1 \| −11\.1% \|/);
  });

  it('says what happened without a baseline', () => {
    const md = renderMarkdown(compare({ accuracy: 0.9 }, undefined, 'accuracy: { min: 0.8, max_drop: 0.01 }\n'));
    expect(md).toContain('No baseline: value bounds were checked, change bounds skipped.');
    expect(md).toContain('drop ≤ 0.01 (skipped: no baseline)');
    expect(md).not.toContain('🟢 better');
  });

  it('shows n/a for a relative change on a zero baseline', () => {
    const md = renderMarkdown(compare({ errors: 3 }, { errors: 0 }, 'errors: { max_regression_relative: 0.1 }\n'));
    expect(md).toMatch(/\| `errors` \| 0 \| 3 \| 🔴 \+3 \| n\/a \| worse by ≤ 10% \(n\/a: baseline is 0\) \| ✅ pass \|/);
  });

  it('folds a long table: gated and failing metrics stay in view, the rest go into <details>', () => {
    const cand: Record<string, number> = { accuracy: 0.8 };
    const base: Record<string, number> = { accuracy: 0.9 };
    for (let i = 0; i < 30; i++) {
      cand[`feature_${i}.importance`] = i / 100;
      base[`feature_${i}.importance`] = i / 100;
    }
    const md = renderMarkdown(compare(cand, base, 'accuracy: { max_drop: 0.01 }\n'));
    const [before, folded] = md.split('<details>');
    expect(before).toContain('| `accuracy` |');
    expect(before).not.toContain('feature_0');
    expect(folded).toMatch(/^\n<summary>30 more metrics without rules<\/summary>/);
    expect(folded).toContain('`feature_29.importance`');
  });

  it('says what it knows of the data when one side is missing', () => {
    const hash = (c: string) => `sha256:${c.repeat(64)}`;
    const only = (data: DataDiff) => renderMarkdown(compare({ accuracy: 0.9 }, undefined, '', { data }));
    expect(only({ candidateHash: hash('a'), candidateFiles: 3 })).toContain(
      '**Data:** dataset `sha256:aaaaaaaaaaaa…` (3 files); no baseline data to compare with.',
    );
    expect(only({ baselineHash: hash('b') })).toContain(
      '**Data:** the baseline was trained on dataset `sha256:bbbbbbbbbbbb…`; pass data-manifest to compare.',
    );
    expect(only({ baselineHash: hash('a'), candidateHash: hash('a'), files: { added: [], removed: [], modified: [] } })).toContain(
      '**Data:** dataset `sha256:aaaaaaaaaaaa…` → `sha256:aaaaaaaaaaaa…` (the same data), no file changed.',
    );
    const many = only({
      baselineHash: hash('a'),
      candidateHash: hash('b'),
      files: { added: Array.from({ length: 12 }, (_, i) => `data/part-${i}.csv`), removed: [], modified: [] },
    });
    expect(many).toContain('<summary>Data: 12 files changed (12 added)</summary>');
  });

  it('counts only checks that passed or failed', () => {
    const r = compare(
      { errors: 3, accuracy: 0.9 },
      { errors: 0, accuracy: 0.9 },
      'errors: { max_regression_relative: 0.1 }\naccuracy: { min: 0.5 }\n',
    );
    expect(r.checks).toBe(1);
    expect(renderMarkdown(r).split('\n')[0]).toBe('## ✅ validate-metrics: the candidate passes the only check');
  });

  it('shows enough digits to tell two values apart', () => {
    expect(formatPair(0.912341, 0.912349)).toEqual(['0.91234', '0.91235']);
    expect(formatPair(0.9123401, 0.9123404)).toEqual(['0.9123401', '0.9123404']);
    expect(formatPair(0.91234, 0.91236)).toEqual(['0.9123', '0.9124']);
    expect(formatPair(0.9, 0.93)).toEqual(['0.9', '0.93']);
    expect(formatValue(123456.789)).toBe('123500');
    expect(formatValue(-0.5)).toBe('−0.5');
    expect(formatSigned(0.012)).toBe('+0.012');
    expect(formatPercent(-0.0234)).toBe('−2.34%');
  });
});

describe('the significance section says how each row was judged', () => {
  it('below the bootstrap minimum: no interval, the permutation p-value, and why', async () => {
    const { computeSignificance, parsePredictionsCsv } = await import('@mlops-actions/metrics');
    const p = parsePredictionsCsv('y_true,baseline,candidate\n1,1.1,1.1\n2,2.1,2.1\n3,3.1,3.9\n4,4.1,4.9\n5,5.1,5.9\n', 'p.csv');
    const significance = computeSignificance(p, { resamples: 200, task: 'regression' });
    const md = renderMarkdown(
      compareMetrics({ candidate: metrics({ mae: 0.58 }), baseline: metrics({ mae: 0.1 }, 'b.json'), rules: rules(''), significance }),
    );
    expect(md).toContain(
      '5 examples from `p.csv`; fewer than 30 examples, too few for a bootstrap interval, so MAE and RMSE are judged by a paired permutation test (seed 42).',
    );
    expect(md).toContain('| mae | 0.1 | 0.58 | +0.48 | — | paired permutation p = 0.25 (all 8 arrangements) | ⚪ not significant |');
  });
});
