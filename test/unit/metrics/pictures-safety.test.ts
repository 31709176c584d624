import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateMetrics } from '@mlops-actions/metrics';
import { closeBrowser } from '../../harness/chromium.ts';
import { assertMermaidParses } from '../../harness/mermaid.ts';
import { assertSafe, HOSTILE, html, tableCellCounts } from './markdown-safety.ts';
import { tempDirSync } from '../../harness/temp.ts';

afterAll(closeBrowser);
const dir = tempDirSync('pictures-safety-');

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

describe('labels and slice values from the predictions file reach the comment inert', () => {
  it('hostile class labels (confusion matrices) and slice values and column names (slice tables)', async () => {
    const column = 'seg|<b>@octocat';
    const rows = [`y_true,baseline,candidate,${quote(column)}`];
    // Multiclass: every hostile name a class; each also a slice value.
    HOSTILE.forEach((label, i) => {
      for (let k = 0; k < 3; k++)
        rows.push(
          [label, k === 0 ? HOSTILE[(i + 1) % HOSTILE.length]! : label, label, HOSTILE[(i + k) % HOSTILE.length]!].map(quote).join(','),
        );
    });
    const write = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return { path, display: name };
    };
    const { markdown, report } = await validateMetrics({
      metrics: write('m.json', '{"accuracy": 0.9}'),
      baseline: { kind: 'file', file: write('b.json', '{"accuracy": 0.8}') },
      rules: { kind: 'none' },
      predictions: write('p.csv', `${rows.join('\n')}\n`),
      slices: [column],
      minSliceSize: 1,
      significance: { resamples: 100 },
    });
    expect(report.confusion!.labels.length + (report.confusion!.pooled ? 1 : 0)).toBe(7);
    expect(report.slices!.slices).toHaveLength(HOSTILE.length);
    assertSafe(markdown);
    expect(markdown).toContain('<summary>By <code>seg|&lt;b&gt;@\u200boctocat</code>: 9 slices</summary>');
    // Every row of every table has its header's number of cells: no label broke a table.
    for (const table of html(markdown).split('<table>').slice(1))
      expect(new Set(tableCellCounts(table.split('</table>')[0]!)).size).toBe(1);
    expect(await assertMermaidParses(markdown)).toBe(0);
  });

  it('hostile slice values with scores: the charts still parse', async () => {
    const rows = ['y_true,baseline,candidate,baseline_score,candidate_score,s'];
    for (let i = 0; i < 60; i++)
      rows.push(
        [i % 2, i % 3 === 0 ? 1 : 0, i % 2, (i % 7) / 7, ((i % 2) + (i % 5) / 5) / 2, HOSTILE[i % HOSTILE.length]!]
          .map((v) => quote(String(v)))
          .join(','),
      );
    const p = join(dir, 'scored.csv');
    writeFileSync(p, `${rows.join('\n')}\n`);
    writeFileSync(join(dir, 'm2.json'), '{"roc_auc": 0.9}');
    const { markdown } = await validateMetrics({
      metrics: { path: join(dir, 'm2.json'), display: 'm.json' },
      baseline: { kind: 'none' },
      rules: { kind: 'none' },
      predictions: { path: p, display: 'p.csv' },
      slices: ['s'],
      significance: { resamples: 100 },
    });
    assertSafe(markdown);
    expect(await assertMermaidParses(markdown)).toBe(2);
  });
});
