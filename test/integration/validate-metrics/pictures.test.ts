/**
 * validate-metrics with scored predictions and slices, run as the runner runs it (the bundled action,
 * runStep) on a pull request: the comment carries the ROC and precision–recall charts, DeLong's test,
 * the confusion matrices and the slice table; a failed slice rule fails the step with an error at the
 * rule's line that names the slice.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useGitHubEmulator } from '../../harness/index.ts';
import { closeBrowser } from '../../harness/chromium.ts';
import { assertMermaidParses } from '../../harness/mermaid.ts';
import { repoRoot, runStep } from '../../harness/step-runner.ts';
import { freshActionDir } from '../../harness/fresh-action.ts';
import { tempDir } from '../../harness/temp.ts';

const REPO = 'octo-org/ml-project';

/** The action bundled from the current source once per run (freshActionDir), so a concurrent rebuild of dist/ cannot pull it away. */
let actionDir = '';
beforeAll(async () => {
  actionDir = await freshActionDir('validate-metrics');
}, 120_000);
afterAll(closeBrowser);

const github = useGitHubEmulator();
const useCase = join(repoRoot, 'test', 'fixtures', 'metrics', 'golden', 'use-case');

async function workspace(rules: string): Promise<string> {
  const ws = await tempDir('vm-ws-');
  await mkdir(join(ws, 'model'));
  for (const f of ['metrics.json', 'baseline-metrics.json', 'predictions.csv']) await copyFile(join(useCase, f), join(ws, 'model', f));
  await writeFile(join(ws, 'rules.yml'), rules);
  return ws;
}

describe('validate-metrics with scores and slices', () => {
  it('a failed slice rule fails the step at its line, naming the slice; the comment has every picture', async () => {
    github.state.addPullRequest(REPO, { number: 7 });
    const ws = await workspace(
      ['accuracy: { min: 0.95 }', 'roc_auc: { max_drop: 0.01, significant: true }', 'precision[Type=*]: { max_drop: 0.05 }', ''].join('\n'),
    );
    const r = await runStep({
      action: 'validate-metrics',
      actionDir,
      workspace: ws,
      event: 'pull_request',
      repository: REPO,
      apiUrl: github.url,
      inputs: {
        metrics: 'model/metrics.json',
        baseline: 'model/baseline-metrics.json',
        predictions: 'model/predictions.csv',
        rules: 'rules.yml',
        slices: 'Type',
      },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['failed-checks']).toBe('1');
    expect(r.outputs['failed']).toBe('precision[Type=M]: max_drop');
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors.map((a) => [a.file, a.line, a.message.replace(/dropped [\d.]+/, 'dropped …')])).toEqual([
      ['rules.yml', 3, 'precision[Type=M]: Type=M: dropped …, more than the 0.05 allowed'],
    ]);
    const report = JSON.parse(await readFile(r.outputs['report']!, 'utf8')) as {
      significance: { metrics: { metric: string; delong?: { pValue: number } }[] };
      failed: { metric: string }[];
    };
    expect(report.significance.metrics.find((m) => m.metric === 'roc_auc')!.delong!.pValue).toBeLessThan(1e-6);
    expect(report.failed.map((c) => c.metric)).toEqual(['precision[Type=M]']);
    const [comment] = github.state.comments(REPO, 7);
    for (const part of [
      '### ROC and precision–recall curves',
      'DeLong paired z =',
      '### Confusion matrices',
      '**By `Type`: 3 slices**',
      '❌ `precision`',
    ])
      expect(comment!.body).toContain(part);
    expect(await assertMermaidParses(comment!.body)).toBe(2);
  });

  it('slices and min-slice-size are inputs: a larger minimum reports the slices without gating them', async () => {
    const ws = await workspace('precision[Type=*]: { max_drop: 0.05 }\n');
    const r = await runStep({
      action: 'validate-metrics',
      actionDir,
      workspace: ws,
      apiUrl: github.url,
      inputs: {
        metrics: 'model/metrics.json',
        baseline: 'model/baseline-metrics.json',
        predictions: 'model/predictions.csv',
        rules: 'rules.yml',
        slices: 'Type',
        'min-slice-size': '5000',
      },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['passed']).toBe('true');
    expect(r.summary).toContain('not gated (small)');
  });

  it('a slice column the predictions lack is an error naming the input', async () => {
    const ws = await workspace('');
    const r = await runStep({
      action: 'validate-metrics',
      actionDir,
      workspace: ws,
      apiUrl: github.url,
      inputs: { metrics: 'model/metrics.json', predictions: 'model/predictions.csv', slices: 'type' },
    });
    expect(r.exitCode).toBe(1);
    const [error] = r.annotations.filter((a) => a.level === 'error');
    expect(error!.message).toMatch(/slices.*has no column 'type' to slice by/);
  });
});
