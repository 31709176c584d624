import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  computeSignificance,
  computeSlices,
  MAX_SHOWN_SLICES,
  MAX_SLICE_VALUES,
  MIN_SLICE_SIZE,
  parsePredictionsCsv,
  validateMetrics,
  type ValidateOptions,
} from '@mlops-actions/metrics';
import { closeBrowser } from '../../harness/chromium.ts';
import { assertMermaidParses } from '../../harness/mermaid.ts';
import { tempDirSync } from '../../harness/temp.ts';

afterAll(closeBrowser);

const dir = tempDirSync('slices-test-');
let fileNo = 0;
function file(name: string, text: string) {
  const path = join(dir, `${fileNo++}-${name}`);
  writeFileSync(path, text);
  return { path, display: name };
}

/**
 * Segment A: 60 examples, both models right on all. Segment B: 40 examples, the baseline right on all,
 * the candidate wrong on 4 (accuracy 1 → 0.9). Segment C: 10 examples, the candidate wrong on 5.
 */
function predictions(): string {
  const rows = ['y_true,baseline,candidate,baseline_score,candidate_score,segment'];
  const add = (seg: string, n: number, wrong: number) => {
    for (let i = 0; i < n; i++) {
      const y = i % 2;
      const c = i < wrong ? 1 - y : y;
      rows.push(`${y},${y},${c},${y ? 0.8 : 0.2},${c ? 0.7 : 0.3},${seg}`);
    }
  };
  add('A', 60, 0);
  add('B', 40, 4);
  add('C', 10, 5);
  return `${rows.join('\n')}\n`;
}

async function run(rules: string, extra: Partial<ValidateOptions> = {}) {
  return validateMetrics({
    metrics: file('metrics.json', '{"accuracy": 0.9}'),
    baseline: { kind: 'file', file: file('baseline.json', '{"accuracy": 0.95}') },
    rules: { kind: 'file', file: file('rules.yml', rules) },
    predictions: file('predictions.csv', predictions()),
    slices: ['segment'],
    significance: { resamples: 200, seed: 1 },
    ...extra,
  });
}

describe('metrics per slice', () => {
  it('computes every metric per slice value for both models, largest slice first', () => {
    const p = parsePredictionsCsv(predictions(), 'p.csv', 'p.csv', { slices: ['segment'] });
    const s = computeSlices(p, computeSignificance(p, { resamples: 100 }))!;
    expect(s.metrics).toEqual(['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision']);
    expect(s.slices.map((x) => [x.value, x.n, x.gated])).toEqual([
      ['A', 60, true],
      ['B', 40, true],
      ['C', 10, false],
    ]);
    const b = s.slices[1]!.metrics;
    expect(b.find((m) => m.metric === 'accuracy')).toEqual({ metric: 'accuracy', baseline: 1, candidate: 0.9 });
    // B: 20 positives; the candidate calls 2 of them negative and 2 negatives positive.
    expect(b.find((m) => m.metric === 'recall')).toEqual({ metric: 'recall', baseline: 1, candidate: 0.9 });
    expect(b.find((m) => m.metric === 'precision')).toEqual({ metric: 'precision', baseline: 1, candidate: 0.9 });
    expect(MIN_SLICE_SIZE).toBe(30);
  });

  it('a rule on one slice fails naming the slice; its message and the failed check say segment=B', async () => {
    const { report, markdown } = await run('accuracy[segment=B]: { max_drop: 0.02 }\naccuracy[segment=A]: { max_drop: 0.02 }\n');
    expect(report.passed).toBe(false);
    expect(report.failed.map((c) => c.metric)).toEqual(['accuracy[segment=B]']);
    expect(report.failed[0]!.message).toMatch(/^segment=B: dropped 0\.1, more than the 0\.02 allowed/);
    expect(report.failed[0]!.origin).toMatchObject({ line: 1, key: 'accuracy[segment=B]' });
    expect(report.checks).toBe(2);
    expect(markdown).toContain('`accuracy[segment=B]`: segment=B: dropped 0.1');
    expect(markdown).toContain('### Slices');
    expect(await assertMermaidParses(markdown)).toBe(2); // ROC, precision–recall
  });

  it('a wildcard rule checks every slice; a slice below the minimum is reported, not gated', async () => {
    const { report } = await run('accuracy[segment=*]: { max_drop: 0.02 }\n');
    const checks = report.slices!.checks.map((c) => [c.metric, c.result]);
    expect(checks).toEqual([
      ['accuracy[segment=A]', 'pass'],
      ['accuracy[segment=B]', 'fail'],
      ['accuracy[segment=C]', 'skipped'],
    ]);
    expect(report.slices!.checks[2]!.message).toContain('10 examples, fewer than the 30 a slice needs to be gated');
    expect(report.failedChecks).toBe(1);
  });

  it('metric aliases work in slice rules (test.acc is accuracy), and a lower minimum gates the small slice', async () => {
    const { report } = await run("'test.acc[segment=*]': { min: 0.95 }\n", { minSliceSize: 5 });
    expect(report.failed.map((c) => c.metric)).toEqual(['accuracy[segment=B]', 'accuracy[segment=C]']);
  });

  it('a rule naming a slice value no example has fails', async () => {
    const { report } = await run('accuracy[segment=Z]: { min: 0.5 }\n');
    expect(report.failed.map((c) => [c.metric, c.message])).toEqual([
      ['accuracy[segment=Z]', 'segment=Z: no example has segment=Z, and a rule names this slice'],
    ]);
  });

  it('the rest of the rules ignore slices: a "*" rule does not reach slice metrics', async () => {
    const { report } = await run("'*': { max_drop: 0.5 }\n");
    expect(report.slices!.checks).toEqual([]);
    expect(report.passed).toBe(true);
  });

  it.each([
    ['accuracy[region=B]: { min: 0.5 }\n', /targets slices of column 'region', which is not among the slices \('segment'\)/],
    ['latency[segment=B]: { max: 5 }\n', /a slice rule needs a metric that predictions determine/],
    ['accuracy[segment B]: { min: 0.5 }\n', /is neither a metric name nor a slice rule/],
    ['f1[segment=B]: { max_drop: 0.1, significant: true }\n', /significant is not supported on a slice rule/],
  ])('refuses a bad slice rule with its line: %s', async (rules, message) => {
    const e = (await run(rules).catch((x: unknown) => x)) as Error & { file?: string; line?: number };
    expect(e).toBeInstanceOf(Error);
    expect(e.message).toMatch(message);
    expect(e).toMatchObject({ file: 'rules.yml', line: 1 });
  });

  it('refuses slices without predictions, a column the file lacks, and a column with too many values', async () => {
    await expect(run('', { predictions: undefined })).rejects.toThrow(/slices.*is set but predictions is not/);
    await expect(run('', { slices: ['Segment'] })).rejects.toThrow(/has no column 'Segment' to slice by/);
    const many = ['y_true,baseline,candidate,id', ...Array.from({ length: MAX_SLICE_VALUES + 1 }, (_, i) => `1,1,1,u${i}`)].join('\n');
    expect(() => {
      const p = parsePredictionsCsv(many, 'p.csv', 'p.csv', { slices: ['id'] });
      computeSlices(p, computeSignificance(p, { resamples: 100 }));
    }).toThrow(/column 'id' of p\.csv has more than 100 distinct values/);
  });
});

describe('the slice table', () => {
  it(`shows at most ${MAX_SHOWN_SLICES} slices per column, the largest, plus any with a failed check`, async () => {
    const rows = ['y_true,baseline,candidate,shop'];
    // 40 shops of 80 down to 41 examples; the smallest, shop39, has 20 wrong candidate predictions and fails its rule.
    for (let s = 0; s < 40; s++)
      for (let i = 0; i < 80 - s; i++) rows.push(`${i % 2},${i % 2},${s === 39 && i < 20 ? 1 - (i % 2) : i % 2},shop${s}`);
    const { report, markdown } = await validateMetrics({
      metrics: file('m.json', '{"accuracy": 0.9}'),
      baseline: { kind: 'none' },
      rules: { kind: 'file', file: file('rules.yml', 'accuracy[shop=*]: { min: 0.9 }\n') },
      predictions: file('p.csv', `${rows.join('\n')}\n`),
      slices: ['shop'],
      significance: { resamples: 100 },
    });
    expect(report.slices!.slices).toHaveLength(40);
    expect(report.failed.map((c) => c.metric)).toEqual(['accuracy[shop=shop39]']);
    expect(markdown).toContain('By <code>shop</code>: 40 slices (the 14 smallest are in report.json)');
    const shown = [...markdown.matchAll(/^\| `(shop\d+)` \|/gm)].map((m) => m[1]);
    expect(shown).toHaveLength(MAX_SHOWN_SLICES + 1);
    expect(shown.at(-1)).toBe('shop39');
  });
});
