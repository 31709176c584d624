/**
 * The bundled validate-metrics action, run as the runner runs it (runStep), against the GitHub
 * emulator (the sticky comment) and a real file: registry (the champion baseline and the trend).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMetricsReport, reportVerdict } from '@mlops-actions/metrics';
import { openRegistry, parseAlias, parseModelName, parseModelVersion } from '@mlops-actions/registry';
import { TOKENS, useGitHubEmulator, stepFor } from '../../harness/index.ts';
import { closeBrowser } from '../../harness/chromium.ts';
import { assertMermaidParses } from '../../harness/mermaid.ts';
import type { StepOptions } from '../../harness/step-runner.ts';
import { assertSafe, HOSTILE } from '../../unit/metrics/markdown-safety.ts';
import { freshActionDir } from '../../harness/fresh-action.ts';
import { tempDir } from '../../harness/temp.ts';

const REPO = 'octo-org/ml-project';
const MARKER = '<!-- mlops-actions:validate-metrics:default -->';

/** The action bundled from the current source once per run (freshActionDir), not rebuilt into dist/ under other files' feet. */
let actionDir = '';
beforeAll(async () => {
  actionDir = await freshActionDir('validate-metrics');
}, 120_000);
afterAll(closeBrowser);

const github = useGitHubEmulator();

const RULES = [
  '# the gate',
  'accuracy: { min: 0.85, max_drop: 0.01 }',
  'latency_ms: { max: 120, max_increase_relative: 10% }',
  "'*': { max_regression_relative: 5% }",
  '',
].join('\n');

/** A workspace with the given files (paths relative to it). */
async function workspace(files: Record<string, string>): Promise<string> {
  const ws = await tempDir('vm-ws-');
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(ws, path, '..'), { recursive: true });
    await writeFile(join(ws, path), text);
  }
  return ws;
}

const validate = stepFor('validate-metrics', () => ({
  actionDir,
  event: 'pull_request',
  apiUrl: github.url,
  inputs: { rules: 'rules.yml' },
}));
const step = (ws: string, inputs: StepOptions['inputs'], o: Partial<StepOptions> = {}) => validate(inputs, { workspace: ws, ...o });

const comments = () => github.state.comments(REPO, 7);

describe('validate-metrics on a pull request', () => {
  it('a regression fails the step, with one error per failed rule at its line, and the comment says so', async () => {
    github.state.addPullRequest(REPO, { number: 7 });
    const ws = await workspace({
      'rules.yml': RULES,
      'metrics/candidate.json': JSON.stringify({ accuracy: 0.87, latency_ms: 131, loss: 0.3 }),
      'metrics/main.json': JSON.stringify({ accuracy: 0.9, latency_ms: 100, loss: 0.31 }),
    });
    // Through the bundle, as a child process (`node dist/index.js`), as the runner runs it: the file's other
    // steps run in-process from the sources (test/harness/step-runner.ts).
    const r = await step(ws, { metrics: 'metrics/candidate.json', baseline: 'metrics/main.json' }, { runIn: 'process' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['passed']).toBe('false');
    expect(r.outputs['failed-checks']).toBe('3');
    expect(r.outputs['failed']!.split('\n')).toEqual(['accuracy: max_drop', 'latency_ms: max', 'latency_ms: max_increase_relative']);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors.map((a) => [a.file, a.line, a.message])).toEqual([
      ['rules.yml', 2, 'accuracy: dropped 0.03, more than the 0.01 allowed'],
      ['rules.yml', 3, 'latency_ms: 131 is above the maximum 120'],
      ['rules.yml', 3, 'latency_ms: rose 31%, more than the 10% allowed'],
    ]);
    expect(r.summary.split('\n')[0]).toBe('## ❌ validate-metrics: the candidate fails 3 of 6 checks');
    const [comment] = comments();
    expect(comments()).toHaveLength(1);
    expect(comment!.body).toBe(`${MARKER}\n${r.summary}`);
    expect(comment!.user).toBe('github-actions[bot]');
    expect(r.outputs['comment-url']).toBe(`https://github.com/${REPO}/pull/7#issuecomment-${comment!.id}`);
    // The JSON report is written, and register-model reads it.
    const report = JSON.parse(await readFile(r.outputs['report']!, 'utf8')) as {
      passed: boolean;
      failed: { metric: string; rule: string }[];
    };
    expect(report.failed.map((c) => `${c.metric} ${c.rule}`)).toEqual([
      'accuracy max_drop',
      'latency_ms max',
      'latency_ms max_increase_relative',
    ]);
    // What register-model records of this report (its validation-report input).
    expect(reportVerdict((await readMetricsReport({ path: r.outputs['report']! })).report)).toMatchObject({
      passed: false,
      failed: ['accuracy', 'latency_ms'],
    });
    expect(await readFile(r.outputs['markdown']!, 'utf8')).toBe(r.summary);
  });

  it('an improvement passes, and the next run updates the same comment instead of adding one', async () => {
    github.state.addPullRequest(REPO, { number: 7 });
    github.state.addComment(REPO, 7, { body: 'LGTM', user: 'octocat' });
    const ws = await workspace({
      'rules.yml': RULES,
      'base.json': JSON.stringify({ accuracy: 0.9, latency_ms: 100 }),
      'bad.json': JSON.stringify({ accuracy: 0.8, latency_ms: 100 }),
    });
    await writeFile(join(ws, 'good.json'), JSON.stringify({ accuracy: 0.92, latency_ms: 95 }));
    const first = await step(ws, { metrics: 'bad.json', baseline: 'base.json' });
    expect(first.exitCode).toBe(1);
    const created = comments().find((c) => c.body?.includes(MARKER))!;
    expect(created.body).toContain('❌ validate-metrics');

    const second = await step(ws, { metrics: 'good.json', baseline: 'base.json' });
    expect(second.exitCode).toBe(0);
    expect(second.outputs['passed']).toBe('true');
    expect(second.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(second.summary.split('\n')[0]).toBe('## ✅ validate-metrics: the candidate passes all 5 checks');
    expect(second.summary).toContain('| `accuracy` | 0.9 | 0.92 | 🟢 +0.02 | +2.22% |');
    expect(second.summary).toContain('| `latency_ms` | 100 | 95 | 🟢 −5 | −5% |');
    const ours = comments().filter((c) => c.body?.includes(MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.id).toBe(created.id);
    expect(ours[0]!.body).toBe(`${MARKER}\n${second.summary}`);
    expect(comments()).toHaveLength(2); // octocat's LGTM is untouched
    expect(github.requestsFor('issues/create-comment')).toHaveLength(1);
    expect(github.requestsFor('issues/update-comment')).toHaveLength(1);
  });

  it('several workflows keep one comment each with comment-key', async () => {
    github.state.addPullRequest(REPO, { number: 7 });
    const ws = await workspace({ 'rules.yml': RULES, 'm.json': JSON.stringify({ accuracy: 0.9, latency_ms: 100 }) });
    await step(ws, { metrics: 'm.json', 'comment-key': 'nightly' });
    await step(ws, { metrics: 'm.json', 'comment-key': 'pr' });
    await step(ws, { metrics: 'm.json', 'comment-key': 'pr' });
    expect(comments().map((c) => c.body!.split('\n')[0])).toEqual([
      '<!-- mlops-actions:validate-metrics:nightly -->',
      '<!-- mlops-actions:validate-metrics:pr -->',
    ]);
  });

  it('on a fork pull request (read-only token) it falls back to the job summary with a warning', async () => {
    github.state.addPullRequest(REPO, { number: 7, head: { repo: 'contributor/ml-project' } });
    const ws = await workspace({
      'rules.yml': RULES,
      'm.json': JSON.stringify({ accuracy: 0.9, latency_ms: 100 }),
      'b.json': JSON.stringify({ accuracy: 0.9, latency_ms: 100 }),
    });
    const r = await step(ws, { metrics: 'm.json', baseline: 'b.json' }, { token: TOKENS.readOnly, payload: { fork: true } });
    expect(r.exitCode).toBe(0);
    expect(comments()).toEqual([]);
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      expect.stringMatching(/^Not commenting: the token cannot write comments here \(a pull request from a fork/),
    ]);
    expect(r.summary).toContain('## ✅ validate-metrics');
    expect(r.outputs['comment-url']).toBe('');
  });

  it('comments from a workflow_run on the pull request the input names (the fork pattern)', async () => {
    github.state.addPullRequest(REPO, { number: 7 });
    github.state.addPullRequest(REPO, { number: 12 });
    const ws = await workspace({ 'rules.yml': RULES, 'm.json': JSON.stringify({ accuracy: 0.9, latency_ms: 100 }) });
    const r = await step(ws, { metrics: 'm.json', 'pull-request': '12' }, { event: 'workflow_run' });
    expect(r.exitCode).toBe(0);
    expect(github.state.comments(REPO, 12)).toHaveLength(1);
    expect(comments()).toEqual([]);
    const bad = await step(ws, { metrics: 'm.json', 'pull-request': '#12' }, { event: 'workflow_run' });
    expect(bad.annotations[0]!.message).toMatch(/^input 'pull-request': must be a pull-request number, got '#12'/);
  });

  it("cuts a report over GitHub's comment limit, with a link to the full report", async () => {
    github.state.addPullRequest(REPO, { number: 7 });
    const many = Object.fromEntries(
      Array.from({ length: 1500 }, (_, i) => [
        `segment_${String(i).padStart(4, '0')}.a_rather_long_metric_name_accuracy`,
        0.8 + (i % 100) / 1000,
      ]),
    );
    const ws = await workspace({ 'rules.yml': "'*': { max_drop: 0.5 }\n", 'm.json': JSON.stringify(many), 'b.json': JSON.stringify(many) });
    const r = await step(ws, { metrics: 'm.json', baseline: 'b.json', 'report-url': 'https://example.com/report' });
    expect(r.exitCode).toBe(0);
    expect(r.summary.length).toBeGreaterThan(65_536);
    const body = comments()[0]!.body!;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain("This comment was cut to fit GitHub's 65,536-character limit. The full report: https://example.com/report");
    expect(body.split('\n')[1]).toBe('## ✅ validate-metrics: the candidate passes all 1,500 checks');
  });

  it('comment: always outside a pull request warns and keeps the summary', async () => {
    const ws = await workspace({ 'rules.yml': RULES, 'm.json': JSON.stringify({ accuracy: 0.9 }) });
    const r = await step(ws, { metrics: 'm.json', comment: 'always', rules: '' }, { event: 'push' });
    expect(r.exitCode).toBe(0);
    expect(r.annotations.map((a) => [a.level, a.message])).toEqual([
      ['warning', 'comment is always, but this run is not for a pull request: the report is in the job summary only'],
    ]);
    expect(github.requests).toEqual([]);
  });

  it('escapes hostile metric names in the comment', async () => {
    github.state.addPullRequest(REPO, { number: 7 });
    const names = Object.fromEntries(HOSTILE.map((n, i) => [n, 0.5 + i / 100]));
    const ws = await workspace({
      'rules.yml': "'*': { direction: higher, max_drop: 0.5 }\n",
      'm.json': JSON.stringify(names),
      'b.json': JSON.stringify(names),
    });
    const r = await step(ws, { metrics: 'm.json', baseline: 'b.json' });
    expect(r.exitCode).toBe(0);
    const body = comments()[0]!.body!;
    assertSafe(body);
    expect(body).toContain('`@octocat please look`');
    expect(body).toContain('| `two lines` |');
  });

  it('report only (fail-on: never) passes the step and warns at each failed rule', async () => {
    const ws = await workspace({ 'rules.yml': RULES, 'm.json': JSON.stringify({ accuracy: 0.8, latency_ms: 100 }) });
    const r = await step(ws, { metrics: 'm.json', 'fail-on': 'never', comment: 'never' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['passed']).toBe('false');
    expect(r.annotations.map((a) => [a.level, a.file, a.line])).toEqual([['warning', 'rules.yml', 2]]);
    expect(r.summary.split('\n')[0]).toContain('(report only: fail-on is never)');
    expect(github.requests).toEqual([]);
  });

  it('does not comment outside a pull request (comment: auto)', async () => {
    const ws = await workspace({ 'rules.yml': RULES, 'm.json': JSON.stringify({ accuracy: 0.9 }) });
    const r = await step(ws, { metrics: 'm.json', rules: 'accuracy: { min: 0.85 }' }, { event: 'push' });
    expect(r.exitCode).toBe(0);
    expect(github.requests).toEqual([]);
    expect(r.summary).toContain('| `accuracy` | — | 0.9 |');
  });
});

describe('bad input fails the step before anything is posted', () => {
  it.each([
    [
      'an unparseable metrics file',
      { 'm.json': '{"accuracy": 0.9,\n "loss": }' },
      {},
      /^m\.json:2: cannot parse m\.json as JSON/,
      { file: 'm.json', line: 2 },
    ],
    [
      'a NaN metric',
      { 'm.json': '{\n  "accuracy": 0.9,\n  "loss": "NaN"\n}' },
      {},
      /^m\.json:3: metric "loss" is NaN/,
      { file: 'm.json', line: 3 },
    ],
    ['a missing metrics file', {}, { metrics: 'nope.json' }, /^input 'metrics', nope\.json: file not found/, { file: 'nope.json' }],
    [
      'an unknown rule key',
      { 'm.json': '{"accuracy": 0.9}', 'rules.yml': 'accuracy:\n  min: 0.8\n  max_dorp: 0.01\n' },
      {},
      /^rules\.yml:3, key 'accuracy\.max_dorp': unknown rule key "max_dorp".*Did you mean 'max_drop'\?/,
      { file: 'rules.yml', line: 3 },
    ],
    [
      'a bad inline rule',
      { 'm.json': '{"accuracy": 0.9}' },
      { rules: 'accuracy: { min: 0.8 }\nf1: { mni: 1 }' },
      /^input 'rules', line 2, key 'f1\.mni': unknown rule key "mni"/,
      {},
    ],
    [
      'a non-numeric baseline value',
      { 'm.json': '{"accuracy": 0.9}', 'b.csv': 'metric,value\naccuracy,high\n' },
      { baseline: 'b.csv' },
      /^b\.csv:2: metric "accuracy" is not a number \("high"\)/,
      { file: 'b.csv', line: 2 },
    ],
  ])('%s', async (_, files, inputs, message, place) => {
    github.state.addPullRequest(REPO, { number: 7 });
    const ws = await workspace({ 'rules.yml': RULES, ...files });
    const reportDir = join(ws, 'out');
    const r = await step(ws, { metrics: 'm.json', 'report-dir': 'out', ...inputs });
    expect(r.exitCode).toBe(1);
    // The error at the file and line, and the step's failure message (the same text).
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(1);
    for (const e of errors) expect(e.message).toMatch(message);
    expect(errors[0]).toMatchObject(place);
    expect(r.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(github.requests).toEqual([]);
    expect(comments()).toEqual([]);
    expect(existsSync(reportDir) ? await readdir(reportDir) : []).toEqual([]);
    expect(r.summary).toBe('');
  });
});

describe('the champion from the registry', () => {
  async function registryWorkspace(versions: { version: string; accuracy: number; alias?: string }[]): Promise<string> {
    const ws = await workspace({ 'rules.yml': 'accuracy: { min: 0.8, max_drop: 0.02 }\n' });
    await mkdir(join(ws, 'registry'));
    const registry = openRegistry({ uri: 'file:registry', workspace: ws, tempDir: tmpdir() });
    try {
      for (const v of versions) {
        const src = await tempDir('vm-model-');
        await writeFile(join(src, 'model.bin'), `weights ${v.version}`);
        await registry.register({
          name: parseModelName('churn'),
          version: parseModelVersion(v.version),
          files: { root: src, paths: ['.'] },
          metrics: { accuracy: v.accuracy, latency_ms: 40 },
          params: { depth: 6, lr: 0.1 },
          data: { hash: `sha256:${'ab'.repeat(32)}` },
          alias: v.alias === undefined ? undefined : parseAlias(v.alias),
        });
      }
    } finally {
      await registry.close();
    }
    return ws;
  }

  it('compares with the production version, diffs params and data, and charts the trend', async () => {
    github.state.addPullRequest(REPO, { number: 7 });
    const ws = await registryWorkspace([
      { version: '1.0.0', accuracy: 0.84 },
      { version: '1.1.0', accuracy: 0.86, alias: 'production' },
      { version: '1.2.0', accuracy: 0.85 },
    ]);
    await writeFile(join(ws, 'metrics.json'), JSON.stringify({ accuracy: 0.88, latency_ms: 41 }));
    await writeFile(join(ws, 'params.yaml'), 'depth: 8\nlr: 0.1\n');
    const r = await step(ws, {
      metrics: 'metrics.json',
      baseline: 'registry',
      model: 'churn',
      registry: 'file:registry',
      params: 'params.yaml',
    });
    expect(r.exitCode).toBe(0);
    expect(r.summary).toContain('Compared with `churn` v1.1.0 (alias `production`) from the registry');
    expect(r.summary).toContain('| `accuracy` | 0.86 | 0.88 | 🟢 +0.02 |');
    expect(r.summary).toContain('| `depth` | `6` | `8` | changed |');
    expect(r.summary).toContain('x-axis ["v1.0.0", "v1.1.0 (baseline)", "v1.2.0", "candidate"]');
    expect(r.summary).toContain('line [0.84, 0.86, 0.85, 0.88]');
    expect(await assertMermaidParses(comments()[0]!.body!)).toBe(1);
  });

  it('the first model (no production alias yet) follows no-baseline', async () => {
    const ws = await registryWorkspace([{ version: '0.1.0', accuracy: 0.7 }]);
    await writeFile(join(ws, 'metrics.json'), JSON.stringify({ accuracy: 0.83 }));
    const inputs = { metrics: 'metrics.json', baseline: 'registry', model: 'churn', registry: 'file:registry', comment: 'never' };
    const pass = await step(ws, inputs);
    expect(pass.exitCode).toBe(0);
    expect(pass.summary).toContain('No baseline: value bounds were checked, change bounds skipped.');
    const fail = await step(ws, { ...inputs, 'no-baseline': 'fail' });
    expect(fail.exitCode).toBe(1);
    expect(fail.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'accuracy: there is no baseline to compare with (no-baseline: fail)',
    ]);
  });

  it('names the model input when baseline is registry without one', async () => {
    const ws = await workspace({ 'm.json': '{"accuracy": 0.9}' });
    const r = await step(ws, { metrics: 'm.json', baseline: 'registry', rules: '' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]!.message).toMatch(/^input 'model': is required when baseline is registry/);
  });
});
