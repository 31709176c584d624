import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReportJson, renderMarkdown, reportJson, validateMetrics } from '@mlops-actions/metrics';
import { closeBrowser } from '../../harness/chromium.ts';
import { assertMermaidParses } from '../../harness/mermaid.ts';
import { repoRoot } from '../../harness/step-runner.ts';

afterAll(closeBrowser);

const dir = join(repoRoot, 'test', 'fixtures', 'metrics', 'golden', 'use-case');
const file = (name: string, display = name) => ({ path: join(dir, name), display });

async function run() {
  return validateMetrics({
    metrics: file('metrics.json', 'model/metrics.json'),
    baseline: { kind: 'file', file: file('baseline-metrics.json', 'model/baseline-metrics.json') },
    rules: { kind: 'file', file: file('rules.yml', '.github/validate-rules.yml') },
    predictions: file('predictions.csv', 'model/predictions.csv'),
    slices: ['Type'],
    // The two forests' training curves (train.ts's plots.csv and baseline-plots.csv).
    plots: { workspace: dir, candidate: ['plots.csv'], baseline: ['baseline-plots.csv'] },
    significance: { resamples: 2000, seed: 42 },
    links: { run: 'https://github.com/octo-org/mill/actions/runs/1234567890' },
  });
}

/**
 * The use case's comparison (workflows-examples/use-case, inputs written by make.ts in that folder):
 * scored predictions, so ROC and precision–recall charts and DeLong's test; confusion matrices; the
 * metrics per product variant, with slice rules; the training curves (ROC AUC and Brier score
 * against the number of trees) of both forests. comparison.md is what a reviewer sees on the pull
 * request; regenerate it with UPDATE_GOLDEN=1 after a deliberate change.
 */
describe('golden comparison of the use case', () => {
  it('renders test/fixtures/metrics/golden/use-case/comparison.md: curves, DeLong, confusion matrices, slices, training curves', async () => {
    const { report, markdown } = await run();
    const golden = join(dir, 'comparison.md');
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden, markdown);
    expect(markdown).toBe(readFileSync(golden, 'utf8'));

    const auc = report.significance!.metrics.find((m) => m.metric === 'roc_auc')!;
    expect(auc).toMatchObject({ method: 'delong', verdict: 'improvement' });
    expect(auc.delong!.pValue).toBeLessThan(1e-6);
    expect(report.significance!.metrics.find((m) => m.metric === 'average_precision')).toMatchObject({
      interval: 'stratified percentile bootstrap',
    });
    expect(report.curves).toMatchObject({ positives: 209, negatives: 3791 });
    expect(report.confusion!.labels).toEqual(['0', '1']);
    expect(report.slices!.slices.map((s) => s.value)).toEqual(['L', 'M', 'H']);
    expect(report.failed.map((c) => c.metric)).toEqual(['precision[Type=M]']);
    expect(report.failed[0]!.message).toMatch(/^Type=M: /);
    for (const heading of ['### ROC and precision–recall curves', '### Confusion matrices', '### Slices', '### Training curves and plots'])
      expect(markdown).toContain(heading);
    // ROC, precision–recall, and one training-curve chart per field of plots.csv (roc_auc, brier_score).
    expect(await assertMermaidParses(markdown)).toBe(4);
    expect(markdown).toMatch(/xychart-beta[^`]*title "roc_auc/);
    expect(markdown).toMatch(/xychart-beta[^`]*title "brier_score/);
    // Well within GitHub's 65,536-character comment limit.
    expect(markdown.length).toBeLessThan(12_000);
  });

  it('report.json keeps all of it: re-read as another run would, it renders the same comment', async () => {
    const { report, markdown } = await run();
    const again = parseReportJson(reportJson(report), 'report.json');
    expect(renderMarkdown(again)).toBe(markdown);
  });

  it('a report.json with a confusion matrix that does not match its labels is refused', async () => {
    const { report } = await run();
    const bad = JSON.parse(reportJson(report));
    bad.confusion.candidate.pop();
    expect(() => parseReportJson(JSON.stringify(bad), 'report.json')).toThrow(/confusion\.candidate must be 2 rows of 2 counts/);
  });
});
