/**
 * Training curves through the bundled actions: register-model stores a version's plot files (input
 * plots), validate-metrics with baseline: registry charts the candidate's curves against them (or
 * against baseline-plots), the comment's mermaid blocks parse with mermaid and render in Chromium the
 * way GitHub renders a comment, and a bad plot file fails the step before anything is posted.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegistry, parseModelName } from '@mlops-actions/registry';
import { useGitHubEmulator, stepFor } from '../../harness/index.ts';
import { browserContext, closeBrowser } from '../../harness/chromium.ts';
import { assertMermaidParses, mermaidBlocks } from '../../harness/mermaid.ts';
import { runStep, type StepOptions } from '../../harness/step-runner.ts';
import { html } from '../../unit/metrics/markdown-safety.ts';
import { bareRepo, git, projectClone, writeFiles } from '../../unit/registry/helpers.ts';
import { freshActionDir } from '../../harness/fresh-action.ts';
import { tempDir } from '../../harness/temp.ts';

const REPO = 'octo-org/ml-project';
const require = createRequire(import.meta.url);

/** Each action bundled from the current source once per run (freshActionDir), so a concurrent rebuild of dist/ cannot pull it away. */
const actionDirs: Record<string, string> = {};
beforeAll(async () => {
  for (const action of ['validate-metrics', 'register-model']) actionDirs[action] = await freshActionDir(action);
}, 180_000);
afterAll(closeBrowser);

const github = useGitHubEmulator();

async function workspace(files: Record<string, string>): Promise<string> {
  const ws = await tempDir('vm-plots-');
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(ws, path, '..'), { recursive: true });
    await writeFile(join(ws, path), text);
  }
  return ws;
}

/** A DVCLive-style TSV: step and one metric, decaying from `start`. */
function tsv(field: string, steps: number, start: number): string {
  return `step\t${field}\n${Array.from({ length: steps }, (_, i) => `${i}\t${(start * Math.exp(-i / 20)).toFixed(5)}`).join('\n')}\n`;
}

const validateStep = stepFor('validate-metrics', () => ({
  actionDir: actionDirs['validate-metrics'],
  event: 'pull_request',
  apiUrl: github.url,
  inputs: { metrics: 'metrics.json' },
}));
const validate = (ws: string, inputs: StepOptions['inputs'], o: Partial<StepOptions> = {}) => validateStep(inputs, { workspace: ws, ...o });

/**
 * The comment as GitHub shows it: its markdown as HTML, each ```mermaid block (a `language-mermaid`
 * code element) rendered by mermaid in Chromium. Returns each chart's SVG.
 */
async function renderComment(body: string): Promise<string[]> {
  const page = await (await browserContext()).newPage();
  try {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent(`<!doctype html><html><body>${html(body)}</body></html>`);
    await page.addScriptTag({ content: readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8') });
    const svgs = await page.evaluate(async () => {
      const m = (
        globalThis as unknown as { mermaid: { initialize(o: object): void; render(id: string, t: string): Promise<{ svg: string }> } }
      ).mermaid;
      m.initialize({ startOnLoad: false });
      const out: string[] = [];
      const blocks = Array.from(
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> } }
        ).document.querySelectorAll('code.language-mermaid'),
      );
      for (const [i, el] of blocks.entries()) out.push((await m.render(`c${i}`, el.textContent ?? '')).svg);
      return out;
    });
    expect(errors).toEqual([]);
    return svgs;
  } finally {
    await page.close();
  }
}

const palette = (svg: string) =>
  [...svg.matchAll(/<path[^>]*stroke="(#[0-9a-f]{6})"/gi)]
    .map((m) => m[1]!.toLowerCase())
    .filter((c) => c === '#4c78a8' || c === '#f58518');

describe('plots', () => {
  it('register-model stores the plots with the version; validate-metrics with baseline: registry charts the candidate against them', async () => {
    github.state.addPullRequest(REPO, { number: 7 });
    const ws = await workspace({
      'out/model.bin': 'weights',
      'out/metrics.json': '{"accuracy": 0.86}',
      'dvclive/plots/metrics/train/loss.tsv': tsv('loss', 40, 1.2),
      'dvclive/plots/metrics/eval/loss.tsv': tsv('loss', 40, 1.4),
      'registry/.keep': '',
    });
    const reg = await runStep({
      action: 'register-model',
      actionDir: actionDirs['register-model'],
      workspace: ws,
      inputs: {
        name: 'churn',
        path: 'out/model.bin',
        metrics: 'out/metrics.json',
        registry: 'file:registry',
        alias: 'production',
        plots: 'dvclive/plots/metrics/**/*.tsv',
      },
    });
    expect(reg.exitCode, reg.stdout).toBe(0);
    expect(reg.summary).toContain('| plots | stored with the version');
    const card = JSON.parse(readFileSync(reg.outputs['card']!, 'utf8'));
    expect(card.attachments.plots.path).toBe('plots.json');

    // The candidate trains longer and ends lower.
    await writeFile(join(ws, 'metrics.json'), '{"accuracy": 0.88}');
    await writeFile(join(ws, 'dvclive/plots/metrics/train/loss.tsv'), tsv('loss', 60, 1.0));
    await writeFile(join(ws, 'dvclive/plots/metrics/eval/loss.tsv'), tsv('loss', 60, 1.1));
    const r = await validate(ws, {
      baseline: 'registry',
      model: 'churn',
      registry: 'file:registry',
      plots: 'dvclive/plots/metrics/**/*.tsv',
    });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.summary).toContain('### Training curves and plots');
    expect(r.summary).toContain('(registry: churn@\u200b0.1.0 \\(production\\))');
    expect(r.summary).toContain('the baseline ends at step 39 (its last value is held after it)');
    const report = JSON.parse(readFileSync(r.outputs['report']!, 'utf8'));
    expect(report.plots.charts.map((c: { name: string }) => c.name)).toEqual(['eval/loss', 'train/loss']);
    expect(report.plots.charts[1].baseline).toMatchObject({ points: 40, last: 39, final: Number((1.2 * Math.exp(-39 / 20)).toFixed(5)) });

    const body = github.state.comments(REPO, 7)[0]!.body!;
    // The accuracy trend across versions, then one chart per curve.
    expect(mermaidBlocks(body)).toHaveLength(3);
    expect(await assertMermaidParses(body)).toBe(3);
    const svgs = await renderComment(body);
    expect(svgs).toHaveLength(3);
    // Two lines in each curve chart: the registered version's (blue) under the candidate's (orange).
    expect(svgs.slice(1).map(palette)).toEqual([
      ['#4c78a8', '#f58518'],
      ['#4c78a8', '#f58518'],
    ]);
  });

  it('the plots travel through a git: registry too (the registry branch of the repository)', async () => {
    const root = await tempDir('vm-plots-git-');
    const remote = bareRepo(join(root, 'remote.git'));
    const { dir: ws, commit } = projectClone(remote, join(root, 'ws'));
    await writeFiles(ws, { 'out/model.bin': 'weights', 'logs/train.csv': 'epoch,loss,acc\n0,1,0.5\n1,0.6,0.7\n2,0.4,0.8\n' });
    const reg = await runStep({
      action: 'register-model',
      actionDir: actionDirs['register-model'],
      workspace: ws,
      env: { GITHUB_SHA: commit },
      inputs: { name: 'churn', path: 'out/model.bin', registry: 'git:origin', alias: 'production', plots: 'logs/train.csv', metrics: '' },
    });
    expect(reg.exitCode, reg.stdout).toBe(0);
    expect(git(['ls-tree', '-r', '--name-only', 'mlops-registry'], remote)).toMatch(/models\/churn\/versions\/0\.1\.0\/plots\.json/);
    await writeFiles(ws, { 'metrics.json': '{"acc": 0.85}', 'logs/train.csv': 'epoch,loss,acc\n0,0.9,0.55\n1,0.5,0.75\n2,0.3,0.85\n' });
    const r = await validate(ws, {
      baseline: 'registry',
      model: 'churn',
      registry: 'git:origin',
      plots: 'logs/train.csv',
      comment: 'never',
    });
    expect(r.exitCode, r.stdout).toBe(0);
    const blocks = mermaidBlocks(r.summary).filter((b) => /title "(loss|acc)"/.test(b));
    expect(blocks.map((b) => [...b.matchAll(/^ {2}line \[(.*)\]$/gm)].map((m) => m[1]))).toEqual([
      ['1, 0.6, 0.4', '0.9, 0.5, 0.3'],
      ['0.5, 0.7, 0.8', '0.55, 0.75, 0.85'],
    ]);
  });

  it('baseline-plots wins over the registry; a candidate alone is one line', async () => {
    const ws = await workspace({
      'metrics.json': '{"loss": 0.2}',
      'c.csv': 'epoch,loss\n0,1\n1,0.5\n2,0.2\n',
      'b.json': '{"train": [{"epoch": 0, "loss": 1.1}, {"epoch": 1, "loss": 0.8}, {"epoch": 2, "loss": 0.6}]}',
    });
    const both = await validate(ws, { plots: 'c.csv', 'baseline-plots': 'b.json', comment: 'never' });
    expect(both.exitCode, both.stdout).toBe(0);
    expect(both.summary).toContain('baseline: `b.json` (baseline-plots)');
    expect(both.summary).toMatch(/line \[1\.1, 0\.8, 0\.6\]\n {2}line \[1, 0\.5, 0\.2\]/);
    const alone = await validate(ws, { plots: 'c.csv', comment: 'never' });
    expect(alone.summary).toContain('🟧 candidate (no baseline plots)');
    expect(mermaidBlocks(alone.summary)[0]!.match(/^ {2}line /gm)).toHaveLength(1);
    expect(await assertMermaidParses(alone.summary)).toBe(1);
  });

  it('a bad plot file fails the step with an annotation at its line, and nothing is posted', async () => {
    github.state.addPullRequest(REPO, { number: 7 });
    const ws = await workspace({ 'metrics.json': '{"loss": 0.2}', 'logs/loss.csv': 'step,loss\n0,1\n1\n' });
    const r = await validate(ws, { plots: 'logs/*.csv' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => [a.level, a.file, a.line])).toEqual([['error', 'logs/loss.csv', 3]]);
    expect(r.annotations[0]!.message).toMatch(/a row has 1 fields, the header 2/);
    expect(github.state.comments(REPO, 7)).toEqual([]);
    const none = await validate(ws, { plots: 'logs/*.tsv', comment: 'never' });
    expect(none.exitCode).toBe(1);
    expect(none.annotations[0]!.message).toMatch(/^input 'plots': no \.json, \.yaml, \.csv or \.tsv file matches 'logs\/\*\.tsv'/);
    const lonely = await validate(ws, { 'baseline-plots': 'logs/loss.csv', comment: 'never' });
    expect(lonely.annotations[0]!.message).toMatch(/^input 'baseline-plots': is set but plots is not/);
  });

  it('register-model refuses a bad plot file and registers nothing', async () => {
    const ws = await workspace({ 'out/model.bin': 'w', 'plots/p.json': '[{"step": 0, "loss": 1}, "oops"]', 'registry/.keep': '' });
    const r = await runStep({
      action: 'register-model',
      actionDir: actionDirs['register-model'],
      workspace: ws,
      inputs: { name: 'churn', path: 'out/model.bin', registry: 'file:registry', plots: 'plots/p.json' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]).toMatchObject({ level: 'error', file: 'plots/p.json', line: 1 });
    const registry = openRegistry({ uri: 'file:registry', workspace: ws, tempDir: tmpdir() });
    try {
      expect(await registry.versions(parseModelName('churn'))).toEqual([]);
    } finally {
      await registry.close();
    }
  });
});
