/**
 * The emulator refuses writes the way GitHub does where our error handling depends on the text: the
 * 403s of a read-only installation token and of a fine-grained personal access token, a locked
 * conversation, and a repository with Issues turned off (410; a pull request's conversation still works).
 */
import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '@mlops-actions/github';
import { ACTIONS_BOT, TOKENS, useGitHubEmulator } from '../../harness/index.ts';

const github = useGitHubEmulator();
const full = 'octo-org/ml-project';
const ref = { owner: 'octo-org', repo: 'ml-project' };

// timeScale 0: octokit's spacing of writes (1 s, 3 s for a comment) is not waited for.
const client = (token: string) => createGitHubClient({ token, apiUrl: github.url, retries: 0, proxyEnv: {}, timeScale: 0 });

async function refusal(p: Promise<unknown>): Promise<{ status: number; message: string }> {
  const e = (await p.then(
    () => {
      throw new Error('expected GitHub to refuse');
    },
    (x: unknown) => x,
  )) as { status: number; response: { data: { message: string } } };
  return { status: e.status, message: e.response.data.message };
}

describe('GitHub emulator: refusals', () => {
  it('a read-only token is refused with the text of its kind: integration, or personal access token', async () => {
    github.state.addPullRequest(full, { number: 7 });
    const body = { ...ref, issue_number: 7, body: 'x' };
    expect(await refusal(client(TOKENS.readOnly).rest.issues.createComment(body))).toEqual({
      status: 403,
      message: 'Resource not accessible by integration',
    });
    expect(await refusal(client(TOKENS.finePatReadOnly).rest.issues.createComment(body))).toEqual({
      status: 403,
      message: 'Resource not accessible by personal access token',
    });
    // Reads are fine.
    expect((await client(TOKENS.finePatReadOnly).rest.issues.listComments({ ...ref, issue_number: 7 })).status).toBe(200);
  });

  it('a locked conversation refuses new comments with 403, also to a token with write access; existing comments can still be edited', async () => {
    const pr = github.state.addPullRequest(full, { number: 7 });
    const mine = github.state.addComment(full, 7, { body: 'before the lock', user: ACTIONS_BOT });
    pr.locked = true;
    expect(await refusal(client(TOKENS.githubToken).rest.issues.createComment({ ...ref, issue_number: 7, body: 'x' }))).toEqual({
      status: 403,
      message: 'Unable to create comment because issue is locked.',
    });
    expect((await client(TOKENS.githubToken).rest.issues.updateComment({ ...ref, comment_id: mine.id, body: 'edited' })).status).toBe(200);
  });

  it("with Issues turned off: 410 on opening, editing or commenting an issue; a pull request's conversation still works", async () => {
    github.state.addPullRequest(full, { number: 7 });
    const issue = github.state.addIssue(full, { number: 8 });
    github.state.repo(full).hasIssues = false;
    const gone = { status: 410, message: 'Issues are disabled for this repo' };
    const octokit = client(TOKENS.githubToken);
    expect(await refusal(octokit.rest.issues.create({ ...ref, title: 'Data drift: churn' }))).toEqual(gone);
    expect(await refusal(octokit.rest.issues.update({ ...ref, issue_number: issue.number, body: 'x' }))).toEqual(gone);
    expect(await refusal(octokit.rest.issues.createComment({ ...ref, issue_number: issue.number, body: 'x' }))).toEqual(gone);
    expect((await octokit.rest.issues.createComment({ ...ref, issue_number: 7, body: 'on the pull request' })).status).toBe(201);
    expect((await octokit.rest.repos.get(ref)).data.has_issues).toBe(false);
  });
});
