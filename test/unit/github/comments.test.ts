/**
 * The sticky comment (upsertComment) and the report's way to the pull request (publishReport), against
 * the GitHub emulator in-process: found by its hidden marker and its author over every page of
 * comments, updated in place, never duplicated, never another user's; refusals become one warning and
 * an outcome, never a thrown error.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  COMMENT_LIMIT,
  commentMarker,
  createGitHubClient,
  publishReport,
  upsertComment,
  type UpsertCommentOptions,
} from '@mlops-actions/github';
import { startGitHubEmulator, TOKENS, type GitHubEmulator } from '../../harness/github-emulator/server.ts';

const REPO = 'octo-org/ml-project';
const MARKER = commentMarker('validate-metrics', 'default');
const BOT = 'github-actions[bot]';

let gh: GitHubEmulator;
beforeAll(async () => {
  gh = await startGitHubEmulator();
});
afterAll(() => gh.stop());
afterEach(() => {
  gh.assertNoViolations();
  gh.reset();
});

function memoryLog() {
  const info: string[] = [];
  const warnings: string[] = [];
  return {
    info,
    warnings,
    log: { info: (m: string) => void info.push(m), warning: (m: string) => void warnings.push(m), debug: () => {} },
  };
}

const client = (token: string = TOKENS.githubToken) =>
  createGitHubClient({ token, apiUrl: gh.url, proxyEnv: {}, retries: 1, timeScale: 0 });

function upsert(o: Partial<UpsertCommentOptions> & { log?: UpsertCommentOptions['log'] } = {}) {
  return upsertComment({
    octokit: client(),
    owner: 'octo-org',
    repo: 'ml-project',
    issueNumber: 7,
    action: 'validate-metrics',
    key: 'default',
    body: 'report',
    ...o,
  });
}

const comments = () => gh.state.comments(REPO, 7);

describe('upsertComment', () => {
  it('creates the comment with its hidden marker when there is none', async () => {
    gh.state.addPullRequest(REPO, { number: 7 });
    gh.state.addComment(REPO, 7, { body: 'LGTM', user: 'octocat' });
    const out = await upsert({ body: '## ✅ validate-metrics' });
    expect(out).toMatchObject({ outcome: 'created', truncated: false });
    const mine = comments().filter((c) => c.user === BOT);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toBe(`${MARKER}\n## ✅ validate-metrics`);
    expect(out.outcome === 'created' && out.url).toMatch(new RegExp(`/pull/7#issuecomment-${mine[0]!.id}$`));
  });

  it('updates its comment in place on the next run, and makes no write when the body is the same', async () => {
    gh.state.addPullRequest(REPO, { number: 7 });
    const first = await upsert({ body: 'run 1' });
    const second = await upsert({ body: 'run 2' });
    expect(second).toMatchObject({ outcome: 'updated' });
    expect(second.outcome === 'updated' && first.outcome === 'created' && second.id).toBe(first.outcome === 'created' && first.id);
    expect(comments().map((c) => c.body)).toEqual([`${MARKER}\nrun 2`]);
    const patches = gh.requestsFor('issues/update-comment').length;
    expect(await upsert({ body: 'run 2' })).toMatchObject({ outcome: 'updated' });
    expect(gh.requestsFor('issues/update-comment')).toHaveLength(patches);
    expect(gh.requestsFor('issues/create-comment')).toHaveLength(1);
  });

  it('finds its comment on the third page of 250 comments (the lookup follows every page)', async () => {
    gh.state.addPullRequest(REPO, { number: 7 });
    for (let i = 0; i < 240; i++) gh.state.addComment(REPO, 7, { body: `comment ${i}`, user: 'octocat' });
    const ours = gh.state.addComment(REPO, 7, { body: `${MARKER}\nold`, user: BOT });
    for (let i = 0; i < 9; i++) gh.state.addComment(REPO, 7, { body: `later ${i}`, user: 'octocat' });
    const out = await upsert({ body: 'new' });
    expect(out).toMatchObject({ outcome: 'updated', id: ours.id });
    expect(comments()).toHaveLength(250);
    expect(comments().find((c) => c.id === ours.id)!.body).toBe(`${MARKER}\nnew`);
    // 100 a page, following the Link header: pages 1, 2 and 3 (an update needs no second look).
    const pages = gh.requestsFor('issues/list-comments').map((r) => new URL(r.url, gh.url).searchParams.get('page') ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
  });

  it("leaves another user's comment that carries the marker alone, and posts its own", async () => {
    gh.state.addPullRequest(REPO, { number: 7 });
    const quoted = gh.state.addComment(REPO, 7, { body: `> ${MARKER}\n> quoted from the bot`, user: 'octocat' });
    const out = await upsert({ body: 'ours' });
    expect(out).toMatchObject({ outcome: 'created' });
    expect(comments().find((c) => c.id === quoted.id)!.body).toBe(`> ${MARKER}\n> quoted from the bot`);
    expect(
      comments()
        .filter((c) => c.user === BOT)
        .map((c) => c.body),
    ).toEqual([`${MARKER}\nours`]);
  });

  it("matches the author a GitHub App's installation token comments as (GraphQL viewer), not github-actions[bot]", async () => {
    gh.state.addPullRequest(REPO, { number: 7 });
    const appToken = 'ghs_my_app_installation_0123456789';
    gh.addToken(appToken, { kind: 'installation', login: 'my-app[bot]' });
    gh.state.addComment(REPO, 7, { body: `${MARKER}\nthe workflow's`, user: BOT });
    const first = await upsert({ octokit: client(appToken), body: 'app 1' });
    const second = await upsert({ octokit: client(appToken), body: 'app 2' });
    expect([first.outcome, second.outcome]).toEqual(['created', 'updated']);
    expect(comments().map((c) => [c.user, c.body])).toEqual([
      [BOT, `${MARKER}\nthe workflow's`],
      ['my-app[bot]', `${MARKER}\napp 2`],
    ]);
  });

  it('keeps one comment per key', async () => {
    gh.state.addPullRequest(REPO, { number: 7 });
    await upsert({ key: 'train', body: 'a' });
    await upsert({ key: 'eval', body: 'b' });
    await upsert({ key: 'train', body: 'c' });
    expect(comments().map((c) => c.body)).toEqual([
      `${commentMarker('validate-metrics', 'train')}\nc`,
      `${commentMarker('validate-metrics', 'eval')}\nb`,
    ]);
  });

  it('keeps the oldest of several of its comments (a concurrent run) and deletes the others', async () => {
    gh.state.addPullRequest(REPO, { number: 7 });
    const oldest = gh.state.addComment(REPO, 7, { body: `${MARKER}\nrun A`, user: BOT });
    gh.state.addComment(REPO, 7, { body: `${MARKER}\nrun B`, user: BOT });
    const { log, info } = memoryLog();
    expect(await upsert({ body: 'run C', log })).toMatchObject({ outcome: 'updated', id: oldest.id });
    expect(comments().map((c) => [c.id, c.body])).toEqual([[oldest.id, `${MARKER}\nrun C`]]);
    expect(info.join('\n')).toMatch(/Removed 1 duplicate comment/);
  });

  it('cuts a body over 65,536 characters, and says so', async () => {
    gh.state.addPullRequest(REPO, { number: 7 });
    const out = await upsert({ body: `${'| a | b |\n'.repeat(10_000)}`, fullReportUrl: 'https://example.com/run/1' });
    expect(out).toMatchObject({ outcome: 'created', truncated: true });
    const [c] = comments();
    expect(c!.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(c!.body.startsWith(MARKER)).toBe(true);
    expect(c!.body).toContain('The full report: https://example.com/run/1');
  });

  describe('errors: one warning and an outcome, never a throw', () => {
    it.each<[string, () => void, string, 'read-only' | 'failed', RegExp]>([
      [
        "a fork pull request's read-only token",
        () => gh.state.addPullRequest(REPO, { number: 7 }),
        TOKENS.readOnly,
        'read-only',
        /^Not commenting: the token cannot write comments here \(a pull request from a fork gets a read-only token\)\..*Resource not accessible by integration.*pull-requests: write.*The report is in the job summary\.$/s,
      ],
      [
        'a locked conversation',
        () => {
          gh.state.addPullRequest(REPO, { number: 7 }).locked = true;
        },
        TOKENS.githubToken,
        'failed',
        /^Not commenting: .*locked.*The report is in the job summary\.$/s,
      ],
      [
        'a pull request that does not exist',
        () => {},
        TOKENS.githubToken,
        'failed',
        /^Not commenting: .*404.*The report is in the job summary\.$/s,
      ],
      [
        'GitHub answering 502 to every listing (after the retries)',
        () => {
          gh.state.addPullRequest(REPO, { number: 7 });
          gh.faults.inject('issues/list-comments', { kind: 'server-error', status: 502 }, 10);
        },
        TOKENS.githubToken,
        'failed',
        /^Not commenting: .*502.*The report is in the job summary\.$/s,
      ],
    ])('%s', async (_what, setup, token, outcome, warning) => {
      setup();
      const { log, warnings } = memoryLog();
      const out = await upsert({ octokit: client(token), log });
      expect(out.outcome).toBe(outcome);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(warning);
      expect('reason' in out && out.reason).toBe(warnings[0]!.replace(/^Not commenting: /, ''));
      expect(comments().filter((c) => c.user === BOT)).toEqual([]);
    });

    it('posts once when the first POST is answered 502 after GitHub created the comment', async () => {
      gh.state.addPullRequest(REPO, { number: 7 });
      gh.faults.inject('issues/create-comment', { kind: 'server-error', status: 502, afterHandling: true });
      const out = await upsert({ body: 'once' });
      expect(out).toMatchObject({ outcome: 'created' });
      expect(comments().map((c) => c.body)).toEqual([`${MARKER}\nonce`]);
    });
  });
});

describe('publishReport', () => {
  const base = (o: Partial<Parameters<typeof publishReport>[0]> = {}) => {
    const m = memoryLog();
    const run = () =>
      publishReport({
        when: 'auto',
        pullRequest: 7,
        token: TOKENS.githubToken,
        owner: 'octo-org',
        repo: 'ml-project',
        apiUrl: gh.url,
        timeScale: 0,
        action: 'validate-metrics',
        key: 'default',
        body: 'report',
        log: m.log,
        ...o,
      });
    return { ...m, run };
  };

  it('auto: comments on a pull request and says where', async () => {
    gh.state.addPullRequest(REPO, { number: 7 });
    const p = base();
    const out = await p.run();
    expect(out).toMatchObject({ outcome: 'created' });
    expect(p.info.at(-1)).toMatch(/^Posted the comment: https:\/\/github\.com\/octo-org\/ml-project\/pull\/7#issuecomment-\d+$/);
    const again = base({ body: 'report 2' });
    expect(await again.run()).toMatchObject({ outcome: 'updated' });
    expect(again.info.at(-1)).toMatch(/^Updated the comment: /);
  });

  it.each<[string, Partial<Parameters<typeof publishReport>[0]>, string, RegExp | undefined]>([
    ['auto outside a pull request: nothing, silently', { pullRequest: undefined }, 'not-wanted', undefined],
    ['never: nothing, silently', { when: 'never' }, 'not-wanted', undefined],
    [
      'always outside a pull request: a warning',
      { when: 'always', pullRequest: undefined },
      'summary-only',
      /not for a pull request: the report is in the job summary only/,
    ],
    [
      'no token: a warning',
      { token: undefined },
      'summary-only',
      /^no github-token to comment with: the report is in the job summary only$/,
    ],
  ])('%s', async (_what, o, outcome, warning) => {
    gh.state.addPullRequest(REPO, { number: 7 });
    const p = base(o);
    expect((await p.run()).outcome).toBe(outcome);
    expect(p.warnings).toEqual(warning ? [expect.stringMatching(warning)] : []);
    expect(gh.requests).toEqual([]);
  });

  it("a fork pull request's read-only token: the job summary stays the report, with one warning naming the permission", async () => {
    gh.state.addPullRequest(REPO, { number: 7, head: { repo: 'fork-owner/ml-project' } });
    const p = base({ token: TOKENS.readOnly });
    expect(await p.run()).toMatchObject({ outcome: 'read-only' });
    expect(p.warnings).toHaveLength(1);
    expect(p.warnings[0]).toMatch(/a pull request from a fork gets a read-only token.*pull-requests: write.*job summary/s);
    expect(comments()).toEqual([]);
  });

  it('refuses a run with no repository to comment in', async () => {
    await expect(base({ owner: undefined, repo: undefined }).run()).rejects.toThrow(
      /GITHUB_REPOSITORY is not set.*GITHUB_REPOSITORY=owner\/name/,
    );
  });
});
