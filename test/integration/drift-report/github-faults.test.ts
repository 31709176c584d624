/**
 * A drift issue that cannot be written never hides the verdict: for each way GitHub can refuse or
 * fail (injected into the emulator, or modelled by it), the bundled drift-report step still writes its
 * outputs and job summary, ends with the gate's exit code (fail-on-drift), and prints exactly ONE
 * warning that says what happened and which permission or setting fixes it. The issue is matched on
 * its marker AND its author; on GitHub Enterprise Server the artifact upload is skipped with a warning.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS_BOT, runStep, TOKENS, useGitHubEmulator, type StepResult } from '../../harness/index.ts';
import { tempDirSync } from '../../harness/temp.ts';

const github = useGitHubEmulator();
const full = 'octo-org/ml-project';
const MARKER = '<!-- mlops-actions:drift-report:churn -->';
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
  ws = tempDirSync('drift-faults-');
  mkdirSync(join(ws, 'data'));
  writeData('data/ref.csv', 1500, 1, 0);
  writeData('data/same.csv', 1400, 2, 0);
  writeData('data/shifted.csv', 1400, 3, 3);
});

interface Run {
  current: 'drifted' | 'same';
  inputs?: Record<string, string>;
  token?: string;
  env?: Record<string, string>;
  apiUrl?: string;
}

function run(o: Run): Promise<StepResult> {
  return runStep({
    action: 'drift-report',
    workspace: ws,
    event: 'schedule',
    apiUrl: o.apiUrl ?? github.url,
    token: o.token ?? TOKENS.githubToken,
    env: o.env ?? {},
    timeoutMs: 90_000,
    inputs: {
      reference: 'data/ref.csv',
      current: o.current === 'drifted' ? 'data/shifted.csv' : 'data/same.csv',
      model: 'churn',
      issue: 'true',
      'upload-artifact': 'false',
      ...(o.inputs ?? {}),
    },
  });
}

/** Outputs and summary are there, and the exit code is the gate's (fail-on-drift). */
function expectVerdict(r: StepResult, drift: boolean, failOnDrift = false): void {
  const fails = drift && failOnDrift;
  expect(r.exitCode, r.stdout).toBe(fails ? 1 : 0);
  expect(r.outputs['drift']).toBe(String(drift));
  expect(r.outputs['report']).toMatch(/report\.json$/);
  expect(r.outputs['html']).toMatch(/report\.html$/);
  expect(r.outputs['issue-url']).toBe('');
  expect(r.summary).toMatch(drift ? /Drift detected/ : /No drift/);
  const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
  expect(errors).toEqual(fails ? [expect.stringMatching(/^drift detected: /)] : []);
  expect(r.stdout).not.toMatch(/re-run with debug logging|\n\s+at .+:\d+:\d+/);
}

function oneWarning(r: StepResult): string {
  const warnings = r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
  expect(warnings, r.stdout).toHaveLength(1);
  return warnings[0]!;
}

describe('drift-report: an issue GitHub will not take never hides the verdict', () => {
  it('drift + Issues turned off for the repository (410) → exit 0, outputs and summary, one warning naming the Issues setting', async () => {
    github.state.repo(full).hasIssues = false;
    const r = await run({ current: 'drifted' });
    expectVerdict(r, true);
    const w = oneWarning(r);
    expect(w).toMatch(
      /^Not updating the drift issue: Could not update the drift issue for churn on 127\.0\.0\.1:\d+: GitHub answered 410 "Issues are disabled for this repo"\./,
    );
    expect(w).toContain('Settings → General → Features → Issues');
    expect(github.requestsFor('issues/create').map((q) => q.status)).toEqual([410]);
  });

  it('drift + fail-on-drift + read-only GITHUB_TOKEN (403 integration) → exit 1 from the drift, one warning naming issues: write', async () => {
    const r = await run({ current: 'drifted', token: TOKENS.readOnly, inputs: { 'fail-on-drift': 'true' } });
    expectVerdict(r, true, true);
    const w = oneWarning(r);
    expect(w).toMatch(/^Not updating the drift issue: the token cannot write issues \(it needs 'issues: write'\)\./);
    expect(w).toContain('GitHub answered 403 "Resource not accessible by integration"');
    expect(w).toContain("Grant 'issues: write'");
    expect(github.state.issues(full, { state: 'all' })).toEqual([]);
  });

  it('drift + fine-grained token without the permission (403 "… by personal access token") → exit 0, one warning naming the token\'s permission', async () => {
    const r = await run({ current: 'drifted', token: TOKENS.finePatReadOnly });
    expectVerdict(r, true);
    const w = oneWarning(r);
    expect(w).toContain('GitHub answered 403 "Resource not accessible by personal access token"');
    expect(w).toMatch(/'issues' read and write/);
  });

  it('drift + 503 on every issue POST (after the retries) → exit 0, one warning naming the 503', async () => {
    github.faults.inject('issues/create', { kind: 'server-error', status: 503 }, 10);
    const r = await run({ current: 'drifted' });
    expectVerdict(r, true);
    const w = oneWarning(r);
    expect(w).toMatch(/GitHub answered 503 "Service Unavailable" after the retries\./);
    // One try and three retries, then the warning.
    expect(github.requestsFor('issues/create').map((q) => q.status)).toEqual([503, 503, 503, 503]);
  }, 90_000);

  it('drift + fail-on-drift + connection dropped on every issue list → exit 1 from the drift, one warning naming the network error, no invented status', async () => {
    github.faults.inject('issues/list-for-repo', { kind: 'disconnect' }, 10);
    const r = await run({ current: 'drifted', inputs: { 'fail-on-drift': 'true' } });
    expectVerdict(r, true, true);
    const w = oneWarning(r);
    expect(w).toMatch(/no answer from the server \(network error/);
    expect(w).not.toMatch(/\b500\b/);
    // In words: no raw error code (ECONNRESET, UND_ERR_SOCKET, …).
    expect(w).not.toMatch(/\bE[A-Z]{4,}\b|UND_ERR/);
  }, 90_000);

  it('no drift + the open drift issue is locked (403 on the closing comment) → exit 0, one warning saying it is locked', async () => {
    const issue = github.state.addIssue(full, { title: 'Data drift: churn', body: `${MARKER}\nold report`, user: ACTIONS_BOT });
    issue.locked = true;
    const r = await run({ current: 'same' });
    expectVerdict(r, false);
    const w = oneWarning(r);
    expect(w).toContain('GitHub answered 403 "Unable to create comment because issue is locked."');
    expect(w).toMatch(/The conversation is locked/);
    expect(github.state.issue(full, issue.number)!.state).toBe('open');
  });

  it("drift + a person's issue that quotes the marker → not taken over: the bot opens its own issue", async () => {
    const quoted = github.state.addIssue(full, {
      title: 'How does the drift issue work?',
      body: `It carries ${MARKER} in its body`,
      user: 'alice',
    });
    const r = await run({ current: 'drifted' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
    const open = github.state.issues(full, { state: 'open' });
    expect(open.map((i) => [i.user, i.title])).toEqual(
      expect.arrayContaining([
        ['alice', 'How does the drift issue work?'],
        [ACTIONS_BOT, 'Data drift: churn'],
      ]),
    );
    expect(github.state.issue(full, quoted.number)!.body).toBe(`It carries ${MARKER} in its body`);
    expect(r.outputs['issue-url']).not.toBe(`https://github.com/${full}/issues/${quoted.number}`);
  });

  it('drift + upload-artifact on GitHub Enterprise Server → exit 0, one warning that artifacts are unsupported there, report kept on disk and in the summary', async () => {
    const r = await run({
      current: 'drifted',
      inputs: { issue: 'false', 'upload-artifact': 'true', 'report-dir': 'drift-ghes' },
      // A runtime token is there (the step runs in a job), but the server is GHES.
      env: {
        GITHUB_SERVER_URL: 'https://ghes.example.internal',
        ACTIONS_RUNTIME_TOKEN: 'runtime-token',
        ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/',
      },
    });
    expectVerdict(r, true);
    const w = oneWarning(r);
    expect(w).toMatch(/^Not uploading the report as an artifact: https:\/\/ghes\.example\.internal is GitHub Enterprise Server/);
    expect(w).toContain('drift-ghes');
    expect(r.summary).toMatch(/Not uploaded as an artifact: GitHub Enterprise Server/);
    expect(r.outputs['report']).toContain('drift-ghes');
  });
});
