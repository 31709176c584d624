/**
 * A comment that cannot be written never hides the verdict: for each way GitHub can refuse or fail
 * (injected into the emulator, or modelled by it), the bundled validate-metrics step still writes its
 * outputs, job summary and rule annotations, ends with the gate's exit code, and prints exactly ONE
 * warning that says what happened and which permission or setting fixes it.
 */
import { createServer } from 'node:net';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOKENS, useGitHubEmulator, stepFor } from '../../harness/index.ts';
import type { StepOptions, StepResult } from '../../harness/step-runner.ts';
import { tempDir } from '../../harness/temp.ts';

const REPO = 'octo-org/ml-project';

// The bundle is built beforehand (node scripts/build.ts validate-metrics); validate-metrics.test.ts
// rebuilds it in its beforeAll, and two files rebuilding at once would race on dist/.

const github = useGitHubEmulator();

/** A loopback port with nothing listening (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

const RULES = 'accuracy: { min: 0.85, max_drop: 0.01 }\n';

async function workspace(candidate: number): Promise<string> {
  const ws = await tempDir('vm-faults-');
  await mkdir(join(ws, 'm'), { recursive: true });
  await writeFile(join(ws, 'rules.yml'), RULES);
  await writeFile(join(ws, 'm/base.json'), JSON.stringify({ accuracy: 0.9 }));
  await writeFile(join(ws, 'm/cand.json'), JSON.stringify({ accuracy: candidate }));
  return ws;
}

/** A passing candidate (0.91 vs 0.9) or a regressing one (0.8: below the minimum and a drop). */
const validate = stepFor('validate-metrics', () => ({
  event: 'pull_request',
  apiUrl: github.url,
  inputs: { metrics: 'm/cand.json', baseline: 'm/base.json', rules: 'rules.yml' },
  timeoutMs: 90_000,
}));
async function step(gate: 'passes' | 'regresses', o: Partial<StepOptions> = {}, inputs: StepOptions['inputs'] = {}): Promise<StepResult> {
  return validate(inputs, { workspace: await workspace(gate === 'passes' ? 0.91 : 0.8), ...o });
}

/** The verdict is all there, whatever happened to the comment. */
function expectVerdict(r: StepResult, gate: 'passes' | 'regresses'): void {
  expect(r.exitCode, r.stdout).toBe(gate === 'passes' ? 0 : 1);
  expect(r.outputs['passed']).toBe(gate === 'passes' ? 'true' : 'false');
  expect(r.outputs['failed-checks']).toBe(gate === 'passes' ? '0' : '2');
  expect(r.outputs['report']).toMatch(/report\.json$/);
  expect(r.outputs['markdown']).toMatch(/report\.md$/);
  expect(r.outputs['comment-url']).toBe('');
  expect(r.summary.split('\n')[0]).toMatch(gate === 'passes' ? /^## ✅ validate-metrics/ : /^## ❌ validate-metrics/);
  // Errors only for the failed rules, at their line; no error about the comment.
  expect(r.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.line])).toEqual(
    gate === 'passes'
      ? []
      : [
          ['rules.yml', 1],
          ['rules.yml', 1],
        ],
  );
  // No stack trace, no "re-run with debug logging" for a GitHub failure.
  expect(r.stdout).not.toMatch(/re-run with debug logging|\n\s+at .+:\d+:\d+/);
}

/** Exactly one warning; returns it. */
function oneWarning(r: StepResult): string {
  const warnings = r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
  expect(warnings, r.stdout).toHaveLength(1);
  return warnings[0]!;
}

describe('validate-metrics: a comment GitHub will not take never hides the verdict', () => {
  it('regression + 500 on every comment POST (after the retries) → exit 1, outputs and summary, one warning naming the 500', async () => {
    github.state.addPullRequest(REPO, { number: 7 });
    github.faults.inject('issues/create-comment', { kind: 'server-error', status: 500 }, 10);
    const r = await step('regresses');
    expectVerdict(r, 'regresses');
    const w = oneWarning(r);
    expect(w).toMatch(
      /^Not commenting: Could not post the validate-metrics comment on #7 on 127\.0\.0\.1:\d+: GitHub answered 500 "Server Error" after the retries\./,
    );
    expect(w).toMatch(/githubstatus\.com/);
    expect(github.state.comments(REPO, 7)).toEqual([]);
  }, 90_000);

  it('passes + GitHub unreachable (connection refused) → exit 0, one warning naming the network error in words and the host, no invented status', async () => {
    github.state.addPullRequest(REPO, { number: 7 });
    const port = await closedPort();
    const r = await step('passes', { apiUrl: `http://127.0.0.1:${port}` });
    expectVerdict(r, 'passes');
    const w = oneWarning(r);
    expect(w.startsWith(`Not commenting: Could not post the validate-metrics comment on #7 on 127.0.0.1:${port}: no answer`)).toBe(true);
    expect(w).toContain('no answer from the server (network error: connection refused (nothing listens there))');
    expect(w).not.toMatch(/ECONNREFUSED/);
    expect(w).toMatch(/proxy/);
    expect(w).not.toMatch(/\b500\b|HTTP 5/);
  }, 90_000);

  it('passes + fork PR token (403 "Resource not accessible by integration") → exit 0, one warning naming pull-requests: write and the workflow_run pattern', async () => {
    github.state.addPullRequest(REPO, { number: 7, head: { repo: 'contributor/ml-project' } });
    const r = await step('passes', { token: TOKENS.readOnly, payload: { fork: true } });
    expectVerdict(r, 'passes');
    const w = oneWarning(r);
    expect(w).toMatch(/^Not commenting: the token cannot write comments here/);
    expect(w).toContain('GitHub answered 403 "Resource not accessible by integration"');
    expect(w).toContain("Grant 'pull-requests: write'");
    expect(w).toContain('workflow_run');
    expect(github.requestsFor('issues/create-comment').map((q) => q.status)).toEqual([403]);
  });

  it('regression + fine-grained token without the permission (403 "… by personal access token") → exit 1, one warning naming the token\'s permission', async () => {
    github.state.addPullRequest(REPO, { number: 7 });
    const r = await step('regresses', { token: TOKENS.finePatReadOnly });
    expectVerdict(r, 'regresses');
    const w = oneWarning(r);
    expect(w).toContain('GitHub answered 403 "Resource not accessible by personal access token"');
    expect(w).toMatch(/fine-grained personal access token lacks this repository or the permission: .*'pull-requests' read and write/);
  });

  it('passes + locked conversation (403 "Unable to create comment because issue is locked.") → exit 0, one warning saying it is locked', async () => {
    github.state.addPullRequest(REPO, { number: 7 }).locked = true;
    const r = await step('passes');
    expectVerdict(r, 'passes');
    const w = oneWarning(r);
    expect(w).toContain('GitHub answered 403 "Unable to create comment because issue is locked."');
    expect(w).toMatch(/The conversation is locked: unlock it/);
    expect(github.state.comments(REPO, 7)).toEqual([]);
  });

  it('regression + a pull-request number that does not exist (404) → exit 1, one warning naming the number and the 404', async () => {
    const r = await step('regresses', {}, { 'pull-request': '99' });
    expectVerdict(r, 'regresses');
    const w = oneWarning(r);
    expect(w).toMatch(
      /^Not commenting: Could not post the validate-metrics comment on #99 on 127\.0\.0\.1:\d+: GitHub answered 404 "Not Found"\./,
    );
    expect(w).toContain('check the number and repository');
  });

  it('passes + an issue number in a repository with Issues turned off (410) → exit 0, one warning naming the Issues setting', async () => {
    const repo = github.state.repo(REPO);
    github.state.addIssue(REPO, { number: 12, title: 'Model quality tracking' });
    repo.hasIssues = false;
    const r = await step('passes', {}, { comment: 'always', 'pull-request': '12' });
    expectVerdict(r, 'passes');
    const w = oneWarning(r);
    expect(w).toContain('GitHub answered 410 "Issues are disabled for this repo"');
    expect(w).toContain('Settings → General → Features → Issues');
  });

  it("passes + 422 on the comment POST → exit 0, one warning with GitHub's message", async () => {
    github.state.addPullRequest(REPO, { number: 7 });
    github.faults.inject('issues/create-comment', {
      kind: 'response',
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body cannot be blank' }],
        documentation_url: 'https://docs.github.com/rest',
        status: '422',
      },
    });
    const r = await step('passes');
    expectVerdict(r, 'passes');
    const w = oneWarning(r);
    expect(w).toMatch(/GitHub answered 422 "Validation Failed/);
    expect(github.requestsFor('issues/create-comment').map((q) => q.status)).toEqual([422]);
  });

  it('regression + a secondary rate limit that outlasts the retries on the comment POST → exit 1, one warning naming the rate limit', async () => {
    github.state.addPullRequest(REPO, { number: 7 });
    github.faults.inject('issues/create-comment', { kind: 'secondary-rate-limit', status: 403, retryAfter: 1 }, 10);
    const r = await step('regresses');
    expectVerdict(r, 'regresses');
    const w = oneWarning(r);
    expect(w).toMatch(
      /GitHub answered 403 "You have exceeded a secondary rate limit.*" and the retries ran out\. Wait for the rate limit to reset/,
    );
    expect(github.state.comments(REPO, 7)).toEqual([]);
  }, 90_000);

  it('regression + fail-on never + connection dropped on every comment list → exit 0, one warning naming the network error', async () => {
    github.state.addPullRequest(REPO, { number: 7 });
    github.faults.inject('issues/list-comments', { kind: 'disconnect' }, 10);
    const r = await step('regresses', {}, { 'fail-on': 'never' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['passed']).toBe('false');
    expect(r.summary.split('\n')[0]).toMatch(/^## ❌ validate-metrics/);
    // fail-on never: the failed rules are warnings, and the comment adds exactly one more.
    const warnings = r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings.filter((m) => m.startsWith('Not commenting:'))).toEqual([
      expect.stringMatching(/no answer from the server \(network error/),
    ]);
    expect(warnings).toHaveLength(3);
    expect(warnings.join('\n')).not.toMatch(/\b500\b/);
    // In words: no raw error code (ECONNRESET, UND_ERR_SOCKET, …).
    expect(warnings.join('\n')).not.toMatch(/\bE[A-Z]{4,}\b|UND_ERR/);
  }, 90_000);
});

describe('validate-metrics on GitHub Enterprise Server', () => {
  const ghes = useGitHubEmulator({ ghes: true, webUrl: 'https://ghes.example.internal' });

  it('comments through GITHUB_API_URL …/api/v3 (and GraphQL at /api/graphql); a regression still fails the step', async () => {
    ghes.state.addPullRequest(REPO, { number: 7 });
    expect(ghes.url).toMatch(/\/api\/v3$/);
    const r = await step('regresses', { apiUrl: ghes.url, env: { GITHUB_SERVER_URL: 'https://ghes.example.internal' } });
    expectVerdict({ ...r, outputs: { ...r.outputs, 'comment-url': '' } }, 'regresses');
    const [comment] = ghes.state.comments(REPO, 7);
    expect(r.outputs['comment-url']).toBe(`https://ghes.example.internal/${REPO}/pull/7#issuecomment-${comment!.id}`);
    expect(ghes.requests.map((q) => q.url.split('?')[0])).toEqual(
      expect.arrayContaining(['/api/v3/user', '/api/graphql', `/api/v3/repos/${REPO}/issues/7/comments`]),
    );
    expect(r.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  });
});
