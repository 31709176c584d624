/**
 * The drift issue (one per model while drift lasts) through the GitHub emulator, and the report
 * folder uploaded as a workflow artifact through the Actions runtime services (Azurite behind the
 * real @actions/artifact client, loaded on demand by the bundle).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS_BOT, runStep, TOKENS, useGitHubEmulator, useRuntimeServices, type StepResult } from '../../harness/index.ts';
import { tempDirSync } from '../../harness/temp.ts';

const github = useGitHubEmulator({ keepStateBetweenTests: false });
const services = useRuntimeServices();
const full = 'octo-org/ml-project';
let ws = '';

function writeData(name: string, n: number, seed: number, shift: number): void {
  let s = seed;
  const r = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const lines = ['x,segment'];
  for (let i = 0; i < n; i++) lines.push(`${(r() * 10 + shift).toFixed(3)},${r() < 0.5 + shift / 20 ? 'a' : 'b'}`);
  writeFileSync(join(ws, name), `${lines.join('\n')}\n`);
}

beforeAll(() => {
  ws = tempDirSync('drift-issue-');
  mkdirSync(join(ws, 'data'));
  writeData('data/ref.csv', 2000, 1, 0);
  writeData('data/same.csv', 1800, 2, 0);
  writeData('data/shifted.csv', 1800, 3, 3);
});

function run(
  current: string,
  extra: Record<string, string> = {},
  token: string = TOKENS.githubToken,
  env: Record<string, string> = {},
): Promise<StepResult> {
  return runStep({
    action: 'drift-report',
    workspace: ws,
    event: 'schedule',
    apiUrl: github.url,
    token,
    env,
    inputs: { reference: 'data/ref.csv', current, model: 'churn', issue: 'true', 'upload-artifact': 'false', ...extra },
  });
}

describe('the drift issue', () => {
  it('is opened on drift, updated while drift lasts, closed with a comment when it is gone', async () => {
    const first = await run('data/shifted.csv');
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs['drift']).toBe('true');
    const open = github.state.issues(full, { state: 'open' });
    expect(open).toHaveLength(1);
    const issue = open[0]!;
    expect(issue.title).toBe('Data drift: churn');
    expect(issue.user).toBe(ACTIONS_BOT);
    expect(issue.body).toContain('<!-- mlops-actions:drift-report:churn -->');
    expect(issue.body).toMatch(/Drift detected/);
    expect(first.outputs['issue-url']).toBe(`https://github.com/${full}/issues/${issue.number}`);

    const second = await run('data/shifted.csv');
    expect(second.exitCode, second.stdout).toBe(0);
    expect(github.state.issues(full, { state: 'all' })).toHaveLength(1);
    expect(github.requestsFor('issues/update')).toHaveLength(1);
    expect(second.outputs['issue-url']).toBe(first.outputs['issue-url']);

    const gone = await run('data/same.csv');
    expect(gone.exitCode, gone.stdout).toBe(0);
    expect(gone.outputs['drift']).toBe('false');
    const closed = github.state.issue(full, issue.number)!;
    expect(closed.state).toBe('closed');
    expect(closed.stateReason).toBe('completed');
    expect(github.state.comments(full, issue.number).map((c) => c.body)).toEqual([
      expect.stringMatching(
        /^No drift any more as of \[this run\]\(https:\/\/github\.com\/octo-org\/ml-project\/actions\/runs\/\d+\): closing\.$/,
      ),
    ]);

    // No drift and no open issue: nothing is written.
    const before = github.requests.length;
    const quiet = await run('data/same.csv');
    expect(quiet.exitCode).toBe(0);
    // (The GraphQL query that names the token's login is a POST, but a read.)
    expect(github.requests.slice(before).filter((q) => q.method !== 'GET' && q.operationId !== 'graphql')).toEqual([]);
    expect(quiet.outputs['issue-url']).toBe('');
  });

  it('keeps one issue per model: another model gets its own', async () => {
    await run('data/shifted.csv');
    await run('data/shifted.csv', { model: 'fraud' });
    expect(
      github.state
        .issues(full, { state: 'open' })
        .map((i) => i.title)
        .sort(),
    ).toEqual(['Data drift: churn', 'Data drift: fraud']);
  });

  it('with a read-only token, warns and keeps the report in the job summary', async () => {
    const r = await run('data/shifted.csv', {}, TOKENS.readOnly);
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      expect.stringMatching(/Not updating the drift issue: the token cannot write issues/),
    ]);
    expect(r.summary).toMatch(/Drift detected/);
    expect(github.state.issues(full, { state: 'all' })).toEqual([]);
  });

  it('needs a model name', async () => {
    const r = await run('data/shifted.csv', { model: '' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]!.message).toMatch(/^input 'model': is needed with 'issue: true'/);
  });
});

describe('the report artifact', () => {
  it('uploads the report folder through the runtime services', async () => {
    const r = await run(
      'data/shifted.csv',
      { issue: 'false', 'upload-artifact': 'true', 'report-dir': 'drift-out' },
      TOKENS.githubToken,
      services.env(),
    );
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/Uploaded artifact 'drift-report-churn'/);
    const [artifact] = services.artifacts();
    expect(artifact).toMatchObject({ name: 'drift-report-churn', finalized: true });
    const zip = await services.readArtifact('drift-report-churn');
    // A zip names its entries in plain text.
    for (const f of ['report.json', 'report.md', 'report.html']) expect(zip.includes(Buffer.from(f))).toBe(true);
  });

  it('without the Actions runtime, warns and skips the upload', async () => {
    const r = await run('data/same.csv', { issue: 'false', 'upload-artifact': 'true', 'report-dir': 'drift-out2' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.annotations.map((a) => a.message)).toEqual([
      expect.stringMatching(/Not uploading the report as an artifact: no Actions runtime here/),
    ]);
  });
});
