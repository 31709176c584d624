/**
 * The sticky PR comment (upsertComment in @mlops-actions/github) end to end: a bundled action run as
 * the runner runs it, against the GitHub emulator. One comment per action and key however often the
 * workflow runs, whatever else is on the PR, through 5xx bursts and rate limits; a fork PR's
 * read-only token falls back to the job summary with a warning.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS_BOT, buildFixtureAction, runStep, TOKENS, useGitHubEmulator, type StepResult } from '../../harness/index.ts';

const github = useGitHubEmulator();
const full = 'octo-org/ml-project';
const marker = '<!-- mlops-actions:probe:probe -->';
// Bundling starts at once, alongside the hooks that start the servers; tests await it.
const probeAction = buildFixtureAction('probe-action');

beforeEach(() => {
  github.state.addPullRequest(full, { number: 7 });
});

async function comment(body: string, token: string = TOKENS.githubToken, extra: Record<string, string> = {}): Promise<StepResult> {
  return runStep({
    action: 'probe',
    actionDir: (await probeAction).dir,
    event: 'pull_request',
    apiUrl: github.url,
    token,
    inputs: { mode: 'comment', body, ...extra },
  });
}

/** The probe's comments (by the Actions bot, with the marker). */
function probeComments() {
  return github.state.comments(full, 7).filter((c) => c.body.includes(marker) && c.user === ACTIONS_BOT);
}

describe('sticky PR comment through a bundled action', () => {
  it('the first run creates the comment, the second updates the same one', async () => {
    const first = await comment('AUC 0.91');
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs['outcome']).toBe('created');
    const second = await comment('AUC 0.93');
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.outputs['outcome']).toBe('updated');
    expect(second.outputs['comment-id']).toBe(first.outputs['comment-id']);
    expect(probeComments().map((c) => [String(c.id), c.body])).toEqual([[first.outputs['comment-id'], `${marker}\nAUC 0.93`]]);
    expect(second.outputs['comment-url']).toBe(`https://github.com/${full}/pull/7#issuecomment-${first.outputs['comment-id']}`);
    expect(github.requestsFor('issues/create-comment')).toHaveLength(1);
    expect(github.requestsFor('issues/update-comment')).toHaveLength(1);
    expect(second.summary).toContain('AUC 0.93');
  });

  it('150 unrelated comments before it (other authors, other markers, a human quoting the marker) cause no duplicate', async () => {
    for (let i = 0; i < 150; i++) {
      const user = ['alice', 'bob', ACTIONS_BOT][i % 3]!;
      const body =
        i % 10 === 0
          ? `<!-- mlops-actions:probe:other-key -->\nreport ${i}`
          : i % 7 === 0
            ? `<!-- mlops-actions:validate-metrics:probe -->\n${i}`
            : `comment ${i}`;
      github.state.addComment(full, 7, { body, user });
    }
    // A person who pasted the marker: not the action's comment, never to be edited.
    const quoted = github.state.addComment(full, 7, { body: `I saw ${marker} in the source`, user: 'alice' });

    const first = await comment('run 1');
    expect(first.outputs['outcome']).toBe('created');
    for (let i = 0; i < 20; i++) github.state.addComment(full, 7, { body: `later ${i}`, user: 'bob' });
    const second = await comment('run 2');
    expect(second.outputs['outcome']).toBe('updated');
    const third = await comment('run 3');
    expect(third.outputs['outcome']).toBe('updated');

    expect(probeComments().map((c) => c.body)).toEqual([`${marker}\nrun 3`]);
    expect(github.state.comments(full, 7)).toHaveLength(150 + 1 + 1 + 20);
    expect(github.state.repo(full).comments.get(quoted.id)!.body).toBe(`I saw ${marker} in the source`);
    // Every page was read: 151 comments is two pages of 100 on the first run (and 152 when it looks
    // again after posting, for a concurrent run's duplicate), 172 on the later ones.
    expect(github.requestsFor('issues/list-comments').map((r) => r.url.replace(/\/repositories\/\d+\//, '/repositories/ID/'))).toEqual([
      `/repos/${full}/issues/7/comments?per_page=100`,
      '/repositories/ID/issues/7/comments?per_page=100&page=2',
      `/repos/${full}/issues/7/comments?per_page=100`,
      '/repositories/ID/issues/7/comments?per_page=100&page=2',
      `/repos/${full}/issues/7/comments?per_page=100`,
      '/repositories/ID/issues/7/comments?per_page=100&page=2',
      `/repos/${full}/issues/7/comments?per_page=100`,
      '/repositories/ID/issues/7/comments?per_page=100&page=2',
    ]);
  });

  it("a GitHub App's installation token keeps its own comment, apart from github-actions[bot]'s", async () => {
    github.addToken('ghs_mlops_app_installation', { kind: 'installation', login: 'mlops-app[bot]' });
    // A comment the workflow made earlier with GITHUB_TOKEN: another author, so not this token's.
    const older = github.state.addComment(full, 7, { body: `${marker}\nposted with GITHUB_TOKEN`, user: ACTIONS_BOT });
    const first = await comment('app run 1', 'ghs_mlops_app_installation');
    const second = await comment('app run 2', 'ghs_mlops_app_installation');
    expect([first.outputs['outcome'], second.outputs['outcome']]).toEqual(['created', 'updated']);
    expect(github.state.comments(full, 7).map((c) => [c.user, c.body])).toEqual([
      [ACTIONS_BOT, `${marker}\nposted with GITHUB_TOKEN`],
      ['mlops-app[bot]', `${marker}\napp run 2`],
    ]);
    expect(older.id).not.toBe(Number(first.outputs['comment-id']));
    // /user is refused to installation tokens; GraphQL's viewer names the bot.
    expect(
      github.requests
        .filter((r) => r.operationId === 'users/get-authenticated' || r.operationId === 'graphql')
        .map((r) => `${r.operationId} ${r.status}`),
    ).toEqual(['users/get-authenticated 403', 'graphql 200', 'users/get-authenticated 403', 'graphql 200']);
  });

  it('a read-only token (a fork PR) falls back to the job summary with a warning, and the step passes', async () => {
    const result = await comment('Report for a fork PR', TOKENS.readOnly);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['outcome']).toBe('read-only');
    expect(github.state.comments(full, 7)).toEqual([]);
    const warnings = result.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(
      /^Not commenting: the token cannot write comments here \(a pull request from a fork gets a read-only token\)/,
    );
    expect(result.summary).toContain('Report for a fork PR');
    expect(result.summary).toContain('Not posted as a pull-request comment');
    // Asked once: a 403 is not retried.
    expect(github.requestsFor('issues/create-comment').map((r) => r.status)).toEqual([403]);
    // The token never reaches the log.
    expect(result.masks).toContain(TOKENS.readOnly);
    expect(result.stdout.replace(/::add-mask::.*/g, '')).not.toContain(TOKENS.readOnly);
  });

  it('a burst of 5xx and a secondary rate limit are retried and still produce exactly one comment', async () => {
    github.faults.inject('issues/list-comments', { kind: 'server-error', status: 502 }, 2);
    github.faults.inject('issues/create-comment', { kind: 'secondary-rate-limit', status: 403, retryAfter: 1 });
    const first = await comment('through the storm');
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs['outcome']).toBe('created');
    // Two 502s retried, then the list; after posting, one more look for a concurrent duplicate.
    expect(github.requestsFor('issues/list-comments').map((r) => r.status)).toEqual([502, 502, 200, 200]);
    expect(github.requestsFor('issues/create-comment').map((r) => r.status)).toEqual([403, 201]);
    // Waited out: said in the log, not as a warning annotation (nothing for the user to fix).
    expect(first.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    expect(first.stdout).toContain(
      'GitHub secondary rate limit hit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments; retrying in 1s',
    );

    // The update path, with the 429 form of the secondary limit.
    github.faults.inject('issues/update-comment', { kind: 'secondary-rate-limit', status: 429, retryAfter: 1 });
    const second = await comment('after the storm');
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.outputs['outcome']).toBe('updated');
    expect(github.requestsFor('issues/update-comment').map((r) => r.status)).toEqual([429, 200]);
    expect(probeComments().map((c) => c.body)).toEqual([`${marker}\nafter the storm`]);
    expect(github.faults.pending()).toEqual([]);
  });

  it('a 5xx that comes after GitHub created the comment does not make a second one', async () => {
    github.faults.inject('issues/create-comment', { kind: 'server-error', status: 502, afterHandling: true });
    const result = await comment('landed despite the 502');
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['outcome']).toBe('created');
    expect(github.requestsFor('issues/create-comment').map((r) => r.status)).toEqual([502]);
    expect(probeComments().map((c) => [String(c.id), c.body])).toEqual([
      [result.outputs['comment-id'], `${marker}\nlanded despite the 502`],
    ]);
  });

  it('when GitHub keeps failing (500 after the retries), the step passes with one warning naming the status and the fix, and posts nothing twice', async () => {
    github.faults.inject('issues/create-comment', { kind: 'server-error', status: 500 }, 10);
    // One retry (the probe's test knob) keeps this short; the suite's default is three.
    const result = await comment('never lands', TOKENS.githubToken, { retries: '1' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['outcome']).toBe('failed');
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Not commenting: Could not post the probe comment on #7 on 127\.0\.0\.1:\d+: GitHub answered 500 "Server Error" after the retries\. GitHub had trouble/,
      ),
    ]);
    expect(result.summary).toContain('never lands');
    // The first POST is not retried blindly (see the next test); after a look, the second is, once.
    expect(github.requestsFor('issues/create-comment').map((r) => r.status)).toEqual([500, 500, 500]);
    expect(github.state.comments(full, 7)).toEqual([]);
  });

  it('two runs at once end with one comment: the oldest is kept with the latest body, the newer duplicate is deleted', async () => {
    // Another run posts its comment just before ours lands (after both looked and found none).
    let raced = false;
    github.faults.inject(
      (r) => {
        if (r.operationId === 'issues/create-comment' && !raced) {
          raced = true;
          github.state.addComment(full, 7, { body: `${marker}\nthe other run`, user: ACTIONS_BOT });
        }
        return false;
      },
      { kind: 'delay', ms: 0 },
    );
    const result = await comment('this run');
    expect(result.exitCode, result.stdout).toBe(0);
    expect(raced).toBe(true);
    const ours = probeComments();
    expect(ours.map((c) => c.body)).toEqual([`${marker}\nthis run`]);
    expect(result.outputs['comment-id']).toBe(String(ours[0]!.id));
    expect(github.requestsFor('issues/delete-comment').map((r) => r.status)).toEqual([204]);
  });

  it('two runs started together end with one comment', async () => {
    // Both look before either posts (a slow list), so both post; each looks again and the newer goes.
    github.faults.inject('issues/list-comments', { kind: 'delay', ms: 400 }, 2);
    const [a, b] = await Promise.all([comment('run A'), comment('run B')]);
    expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
    const ours = probeComments();
    expect(ours).toHaveLength(1);
    expect([`${marker}\nrun A`, `${marker}\nrun B`]).toContain(ours[0]!.body);
  });
});
