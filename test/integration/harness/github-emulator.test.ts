/**
 * The GitHub emulator's own tests: every implemented operation is driven through octokit (the client
 * the suite uses) with response validation on, so each answer is checked against GitHub's OpenAPI
 * response schema; auth, pagination, the uploads host, asset downloads, fault injection, and the
 * OpenAPI check catching malformed requests.
 */
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '@mlops-actions/github';
import { IMPLEMENTED_OPERATIONS } from '../../harness/github-emulator/operations.ts';
import { parseLinks, TOKENS, useGitHubEmulator, ACTIONS_BOT, fakeSha } from '../../harness/index.ts';

const github = useGitHubEmulator();
const owner = 'octo-org';
const repo = 'ml-project';
const full = `${owner}/${repo}`;

// A plain octokit: the suite's client (createGitHubClient) spaces writes a second apart (octokit's
// throttling), which would make this file slow; the retry and rate-limit tests below use it.
const PlainOctokit = Octokit.plugin(restEndpointMethods, paginateRest);

function client(token: string = TOKENS.githubToken) {
  return new PlainOctokit({ auth: token, baseUrl: github.url });
}

/** timeScale 0 skips the back-off; the rate-limit tests keep the real wait (1: octokit's own timing) and measure it. */
function suiteClient(token: string, retries: number, timeScale = 0) {
  return createGitHubClient({ token, apiUrl: github.url, retries, proxyEnv: {}, timeScale });
}

async function status(p: Promise<unknown>): Promise<number> {
  try {
    const r = (await p) as { status: number };
    return r.status;
  } catch (e) {
    return (e as { status: number }).status;
  }
}

/** Raw request, for what octokit would refuse to send. */
async function raw(
  method: string,
  path: string,
  o: { body?: string; token?: string | null; contentType?: string; accept?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { accept: o.accept ?? 'application/vnd.github+json' };
  if (o.token !== null) headers['authorization'] = `token ${o.token ?? TOKENS.githubToken}`;
  if (o.body !== undefined) headers['content-type'] = o.contentType ?? 'application/json';
  return fetch(`${github.url}${path}`, { method, headers, body: o.body, redirect: 'manual' });
}

const covered = new Set<string>();
function cover(): void {
  for (const r of github.requests) if (r.operationId && r.status < 500) covered.add(r.operationId);
}

describe('every implemented operation answers as GitHub documents', () => {
  it('users, rate limit, repository', async () => {
    expect((await client(TOKENS.pat).rest.users.getAuthenticated()).data.login).toBe('octocat');
    expect(await status(client().rest.users.getAuthenticated())).toBe(403);
    const { data: limits } = await client().rest.rateLimit.get();
    expect(limits.resources.core.limit).toBe(1000);
    const { data: r } = await client().rest.repos.get({ owner, repo });
    expect(r.full_name).toBe(full);
    expect(r.default_branch).toBe('main');
    cover();
  });

  it('issues, comments, labels', async () => {
    const gh = client();
    const { data: issue, headers } = await gh.rest.issues.create({
      owner,
      repo,
      title: 'Drift detected',
      body: 'psi 0.3',
      labels: ['drift', { name: 'model' }],
    });
    expect(headers.location).toBe(issue.url);
    expect(issue.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['drift', 'model']);
    expect(issue.user?.login).toBe(ACTIONS_BOT);
    expect((await gh.rest.issues.get({ owner, repo, issue_number: issue.number })).data.title).toBe('Drift detected');
    const { data: closed } = await gh.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'closed' });
    expect([closed.state, closed.state_reason]).toEqual(['closed', 'completed']);
    await gh.rest.issues.create({ owner, repo, title: 'Another', labels: ['drift'] });
    const { data: open } = await gh.rest.issues.listForRepo({ owner, repo, labels: 'drift' });
    expect(open.map((i) => i.title)).toEqual(['Another']);
    const { data: all } = await gh.rest.issues.listForRepo({ owner, repo, labels: 'drift', state: 'all', direction: 'asc' });
    expect(all.map((i) => i.title)).toEqual(['Drift detected', 'Another']);

    const { data: comment } = await gh.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: 'first' });
    expect(comment.user?.login).toBe(ACTIONS_BOT);
    const { data: edited } = await gh.rest.issues.updateComment({ owner, repo, comment_id: comment.id, body: 'edited' });
    expect(edited.body).toBe('edited');
    expect((await gh.rest.issues.getComment({ owner, repo, comment_id: comment.id })).data.body).toBe('edited');
    expect((await gh.rest.issues.listCommentsForRepo({ owner, repo })).data).toHaveLength(1);
    expect((await gh.rest.issues.listComments({ owner, repo, issue_number: issue.number })).data[0]!.id).toBe(comment.id);
    expect((await gh.rest.issues.deleteComment({ owner, repo, comment_id: comment.id })).status).toBe(204);
    expect(github.state.comments(full, issue.number)).toEqual([]);

    const { data: labels } = await gh.rest.issues.addLabels({ owner, repo, issue_number: issue.number, labels: ['retrain'] });
    expect(labels.map((l) => l.name)).toEqual(['drift', 'model', 'retrain']);
    expect((await gh.rest.issues.createLabel({ owner, repo, name: 'urgent', color: 'ff0000' })).status).toBe(201);
    expect((await gh.rest.issues.getLabel({ owner, repo, name: 'urgent' })).data.color).toBe('ff0000');
    expect((await gh.rest.issues.listLabelsForRepo({ owner, repo })).data.map((l) => l.name).sort()).toEqual([
      'drift',
      'model',
      'retrain',
      'urgent',
    ]);
    expect(await status(gh.rest.issues.createLabel({ owner, repo, name: 'URGENT' }))).toBe(422);
    expect((await gh.rest.issues.updateLabel({ owner, repo, name: 'retrain', new_name: 'retrain-now' })).data.name).toBe('retrain-now');
    expect(github.state.issue(full, issue.number)!.labels).toEqual(['drift', 'model', 'retrain-now']);
    expect((await gh.rest.issues.deleteLabel({ owner, repo, name: 'retrain-now' })).status).toBe(204);
    expect(github.state.issues(full, { labels: ['drift'], state: 'open' }).map((i) => i.title)).toEqual(['Another']);
    cover();
  });

  it("comment bodies over 65,536 characters are refused with GitHub's 422", async () => {
    github.state.addPullRequest(full, { number: 7 });
    const e = await client()
      .rest.issues.createComment({ owner, repo, issue_number: 7, body: 'x'.repeat(65_537) })
      .catch((x: unknown) => x as { status: number; message: string });
    expect(e).toMatchObject({ status: 422 });
    expect((e as { message: string }).message).toMatch(/body is too long \(maximum is 65536 characters\)/);
    cover();
  });

  it('pull requests', async () => {
    github.state.addPullRequest(full, { number: 7, head: { ref: 'feature/a' } });
    github.state.addPullRequest(full, { number: 8, head: { ref: 'feature/b', repo: 'contributor/ml-project' } });
    github.state.addRepo('contributor/ml-project', { ownerType: 'User' });
    const gh = client();
    const { data: pr } = await gh.rest.pulls.get({ owner, repo, pull_number: 8 });
    expect(pr.head.repo?.full_name).toBe('contributor/ml-project');
    expect(pr.base.ref).toBe('main');
    expect((await gh.rest.pulls.list({ owner, repo, head: 'octo-org:feature/a' })).data.map((p) => p.number)).toEqual([7]);
    expect(await status(gh.rest.pulls.get({ owner, repo, pull_number: 99 }))).toBe(404);
    // A pull request is an issue too.
    expect((await gh.rest.issues.get({ owner, repo, issue_number: 7 })).data.pull_request).toBeDefined();
    cover();
  });

  it('check runs and commit statuses', async () => {
    const gh = client();
    const sha = fakeSha('head');
    const { data: run } = await gh.rest.checks.create({ owner, repo, name: 'validate-metrics', head_sha: sha, status: 'in_progress' });
    expect([run.status, run.conclusion]).toEqual(['in_progress', null]);
    const { data: done } = await gh.rest.checks.update({
      owner,
      repo,
      check_run_id: run.id,
      conclusion: 'failure',
      output: { title: 'Regression', summary: 'auc -0.02' },
    });
    expect([done.status, done.conclusion, done.output.summary]).toEqual(['completed', 'failure', 'auc -0.02']);
    expect((await gh.rest.checks.get({ owner, repo, check_run_id: run.id })).data.name).toBe('validate-metrics');
    const { data: list } = await gh.rest.checks.listForRef({ owner, repo, ref: sha });
    expect(list.total_count).toBe(1);
    // status completed needs a conclusion
    expect(await status(gh.rest.checks.create({ owner, repo, name: 'x', head_sha: sha, status: 'completed' }))).toBe(422);
    // a personal access token cannot create check runs
    expect(await status(client(TOKENS.pat).rest.checks.create({ owner, repo, name: 'x', head_sha: sha }))).toBe(403);

    await gh.rest.repos.createCommitStatus({ owner, repo, sha, state: 'pending', context: 'ci' });
    await gh.rest.repos.createCommitStatus({ owner, repo, sha, state: 'success', context: 'ci' });
    expect((await gh.rest.repos.listCommitStatusesForRef({ owner, repo, ref: sha })).data.map((s) => s.state)).toEqual([
      'success',
      'pending',
    ]);
    const { data: combined } = await gh.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha });
    expect([combined.state, combined.total_count]).toEqual(['success', 1]);
    cover();
  });

  it('deployments and deployment statuses (auto_inactive, required contexts)', async () => {
    const gh = client();
    const main = github.state.refs(full)['refs/heads/main']!;
    const first = (
      await gh.rest.repos.createDeployment({ owner, repo, ref: 'main', environment: 'staging', required_contexts: [], auto_merge: false })
    ).data;
    if (!('id' in first)) throw new Error('expected a deployment');
    expect(first.sha).toBe(main);
    await gh.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: first.id,
      state: 'success',
      environment_url: 'https://staging.example',
    });
    const second = (await gh.rest.repos.createDeployment({ owner, repo, ref: 'main', environment: 'staging', required_contexts: [] })).data;
    if (!('id' in second)) throw new Error('expected a deployment');
    await gh.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: second.id, state: 'success' });
    // The earlier successful deployment to the same (non-production) environment became inactive.
    const statuses = (await gh.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: first.id })).data.map((s) => s.state);
    expect(statuses).toEqual(['inactive', 'success']);
    expect((await gh.rest.repos.listDeployments({ owner, repo, environment: 'staging' })).data.map((d) => d.id)).toEqual([
      second.id,
      first.id,
    ]);
    expect((await gh.rest.repos.getDeployment({ owner, repo, deployment_id: first.id })).data.environment).toBe('staging');
    const statusId = github.state.deployments(full)[0]!.statuses[0]!.id;
    expect((await gh.rest.repos.getDeploymentStatus({ owner, repo, deployment_id: first.id, status_id: statusId })).data.state).toBe(
      'success',
    );
    // An active deployment cannot be deleted while others exist; an inactive one can.
    expect(await status(gh.rest.repos.deleteDeployment({ owner, repo, deployment_id: second.id }))).toBe(422);
    expect(await status(gh.rest.repos.deleteDeployment({ owner, repo, deployment_id: first.id }))).toBe(204);
    // Required contexts: a failing commit status blocks the deployment with 409.
    github.state.addCommitStatus(full, main, { context: 'ci', state: 'failure' });
    expect(await status(gh.rest.repos.createDeployment({ owner, repo, ref: 'main' }))).toBe(409);
    expect(await status(gh.rest.repos.createDeployment({ owner, repo, ref: 'no-such-branch', required_contexts: [] }))).toBe(422);
    cover();
  });

  it('releases, asset upload through upload_url, download by redirect', async () => {
    const gh = client();
    const { data: rel } = await gh.rest.repos.createRelease({ owner, repo, tag_name: 'churn@v1.0.0', name: 'churn v1.0.0', body: 'card' });
    expect(github.state.refs(full)['refs/tags/churn@v1.0.0']).toBe(github.state.refs(full)['refs/heads/main']);
    expect(rel.upload_url.startsWith(github.uploadsUrl)).toBe(true);
    const payload = Buffer.from('model-bytes\x00\x01');
    // The way callers upload: octokit.request with the release's upload_url template.
    const { data: asset } = await gh.request({
      method: 'POST',
      url: rel.upload_url,
      name: 'model file.onnx',
      label: 'weights',
      data: payload,
      headers: { 'content-type': 'application/octet-stream', 'content-length': payload.length },
    });
    expect(asset.name).toBe('model.file.onnx'); // GitHub renames special characters
    expect(asset.size).toBe(payload.length);
    // octokit's uploadReleaseAsset with the uploads host as baseUrl
    const second = await gh.rest.repos.uploadReleaseAsset({
      owner,
      repo,
      release_id: rel.id,
      name: 'card.json',
      data: '{"a":1}',
      baseUrl: github.uploadsUrl,
      headers: { 'content-type': 'application/json' },
    });
    expect(second.status).toBe(201);
    expect(
      await status(
        gh.rest.repos.uploadReleaseAsset({ owner, repo, release_id: rel.id, name: 'card.json', data: 'x', baseUrl: github.uploadsUrl }),
      ),
    ).toBe(422);

    const download = await gh.rest.repos.getReleaseAsset({
      owner,
      repo,
      asset_id: asset.id,
      headers: { accept: 'application/octet-stream' },
    });
    expect(Buffer.from(download.data as unknown as ArrayBuffer)).toEqual(payload);
    const redirect = await raw('GET', `/repos/${full}/releases/assets/${asset.id}`, { accept: 'application/octet-stream' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toMatch(/\/downloads\/assets\/\d+\/model\.file\.onnx\?token=/);
    const viaBrowser = await fetch(asset.browser_download_url);
    expect(Buffer.from(await viaBrowser.arrayBuffer())).toEqual(payload);

    expect((await gh.rest.repos.getReleaseAsset({ owner, repo, asset_id: asset.id })).data.label).toBe('weights');
    expect((await gh.rest.repos.updateReleaseAsset({ owner, repo, asset_id: asset.id, label: 'w' })).data.label).toBe('w');
    expect((await gh.rest.repos.listReleaseAssets({ owner, repo, release_id: rel.id })).data.map((a) => a.name)).toEqual([
      'model.file.onnx',
      'card.json',
    ]);
    expect((await gh.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: second.data.id })).status).toBe(204);

    expect((await gh.rest.repos.getReleaseByTag({ owner, repo, tag: 'churn@v1.0.0' })).data.id).toBe(rel.id);
    expect((await gh.rest.repos.getRelease({ owner, repo, release_id: rel.id })).data.assets).toHaveLength(1);
    expect((await gh.rest.repos.getLatestRelease({ owner, repo })).data.id).toBe(rel.id);
    const { data: draft } = await gh.rest.repos.createRelease({ owner, repo, tag_name: 'churn@v1.1.0', draft: true });
    expect(github.state.refs(full)['refs/tags/churn@v1.1.0']).toBeUndefined();
    expect(await status(gh.rest.repos.getReleaseByTag({ owner, repo, tag: 'churn@v1.1.0' }))).toBe(404);
    await gh.rest.repos.updateRelease({ owner, repo, release_id: draft.id, draft: false });
    expect(github.state.refs(full)['refs/tags/churn@v1.1.0']).toBeDefined();
    expect((await gh.rest.repos.listReleases({ owner, repo })).data.map((r) => r.tag_name)).toEqual(['churn@v1.1.0', 'churn@v1.0.0']);
    expect(await status(gh.rest.repos.createRelease({ owner, repo, tag_name: 'churn@v1.0.0' }))).toBe(422);
    expect((await gh.rest.repos.deleteRelease({ owner, repo, release_id: draft.id })).status).toBe(204);
    cover();
  });

  it('git refs, tag objects, tags', async () => {
    const gh = client();
    const sha = fakeSha('commit-2');
    const { data: ref } = await gh.rest.git.createRef({ owner, repo, ref: 'refs/heads/mlops-registry', sha });
    expect(ref.object.sha).toBe(sha);
    expect(await status(gh.rest.git.createRef({ owner, repo, ref: 'refs/heads/mlops-registry', sha }))).toBe(422);
    expect(await status(gh.rest.git.createRef({ owner, repo, ref: 'heads/x', sha }))).toBe(422);
    expect((await gh.rest.git.getRef({ owner, repo, ref: 'heads/mlops-registry' })).data.object.sha).toBe(sha);
    const sha3 = fakeSha('commit-3');
    expect((await gh.rest.git.updateRef({ owner, repo, ref: 'heads/mlops-registry', sha: sha3, force: false })).data.object.sha).toBe(sha3);
    expect((await gh.rest.git.listMatchingRefs({ owner, repo, ref: 'heads/' })).data.map((r) => r.ref)).toEqual([
      'refs/heads/main',
      'refs/heads/mlops-registry',
    ]);
    const { data: tag } = await gh.rest.git.createTag({
      owner,
      repo,
      tag: 'churn@v2.0.0',
      message: 'churn v2',
      object: sha3,
      type: 'commit',
    });
    await gh.rest.git.createRef({ owner, repo, ref: 'refs/tags/churn@v2.0.0', sha: tag.sha });
    expect((await gh.rest.git.getTag({ owner, repo, tag_sha: tag.sha })).data.object.sha).toBe(sha3);
    expect((await gh.rest.git.getRef({ owner, repo, ref: 'tags/churn@v2.0.0' })).data.object.type).toBe('tag');
    const { data: tags } = await gh.rest.repos.listTags({ owner, repo });
    expect(tags.map((t) => [t.name, t.commit.sha])).toEqual([['churn@v2.0.0', sha3]]);
    expect((await gh.rest.git.deleteRef({ owner, repo, ref: 'heads/mlops-registry' })).status).toBe(204);
    expect(await status(gh.rest.git.getRef({ owner, repo, ref: 'heads/mlops-registry' }))).toBe(404);
    expect(await status(gh.rest.git.deleteRef({ owner, repo, ref: 'heads/mlops-registry' }))).toBe(422);
    cover();
  });

  it('workflow run artifacts from a connected store', async () => {
    const stored = [
      { id: 11, name: 'reference-profile', size: 120, createdAt: '2026-01-02T03:04:05Z', runId: 100, digest: `sha256:${'a'.repeat(64)}` },
      { id: 12, name: 'report', size: 50, createdAt: '2026-01-02T03:04:06Z', runId: 101 },
    ];
    github.useArtifactStore({
      list: (r) => (r === full ? stored.map((a) => ({ ...a })) : []),
      downloadUrl: async (id) => `https://blob.example/${id}.zip?sig=abc`,
      delete: async (id) =>
        stored.splice(
          stored.findIndex((a) => a.id === id),
          1,
        ).length === 1,
    });
    const gh = client();
    const { data: run } = await gh.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: 100, name: 'reference-profile' });
    expect(run.artifacts.map((a) => [a.id, a.digest, a.workflow_run?.id])).toEqual([[11, `sha256:${'a'.repeat(64)}`, 100]]);
    expect((await gh.rest.actions.listArtifactsForRepo({ owner, repo })).data.artifacts.map((a) => a.id)).toEqual([12, 11]);
    expect((await gh.rest.actions.getArtifact({ owner, repo, artifact_id: 12 })).data.name).toBe('report');
    const redirect = await raw('GET', `/repos/${full}/actions/artifacts/11/zip`);
    expect([redirect.status, redirect.headers.get('location')]).toEqual([302, 'https://blob.example/11.zip?sig=abc']);
    expect((await gh.rest.actions.deleteArtifact({ owner, repo, artifact_id: 12 })).status).toBe(204);
    expect(await status(gh.rest.actions.getArtifact({ owner, repo, artifact_id: 12 }))).toBe(404);
    cover();
  });

  it('repository dispatch and workflow dispatch', async () => {
    const gh = client();
    expect(
      (await gh.rest.repos.createDispatchEvent({ owner, repo, event_type: 'retrain', client_payload: { reason: 'drift' } })).status,
    ).toBe(204);
    expect(github.state.dispatches(full)).toMatchObject([
      { eventType: 'retrain', clientPayload: { reason: 'drift' }, sender: ACTIONS_BOT },
    ]);
    expect(
      (await gh.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: 'train.yml', ref: 'main', inputs: { force: 'true' } }))
        .status,
    ).toBe(204);
    const details = await gh.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
      owner,
      repo,
      workflow_id: 'train.yml',
      ref: 'main',
      return_run_details: true,
    });
    expect(details.status).toBe(200);
    expect(github.state.workflowDispatches(full).map((d) => [d.workflowId, d.ref, d.inputs])).toEqual([
      ['train.yml', 'main', { force: 'true' }],
      ['train.yml', 'main', {}],
    ]);
    expect(await status(gh.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: 'train.yml', ref: 'nope' }))).toBe(422);
    cover();
  });

  it('covers every implemented operation (this file exercised each one)', () => {
    expect(IMPLEMENTED_OPERATIONS.filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('auth', () => {
  it.each([
    ['no token', null, 401, 'Requires authentication'],
    ['an unknown token', 'ghp_wrong', 401, 'Bad credentials'],
  ])('%s gets %i', async (_what, token, code, message) => {
    const r = await raw('GET', `/repos/${full}`, { token });
    expect(r.status).toBe(code);
    expect(((await r.json()) as { message: string }).message).toBe(message);
  });

  it('a read-only token reads but gets 403 "Resource not accessible by integration" on a write, once (no retry)', async () => {
    github.state.addPullRequest(full, { number: 7 });
    const gh = suiteClient(TOKENS.readOnly, 3);
    expect((await gh.rest.issues.listComments({ owner, repo, issue_number: 7 })).status).toBe(200);
    const e = (await gh.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'x' }).catch((x: unknown) => x)) as {
      status: number;
      message: string;
    };
    expect(e.status).toBe(403);
    expect(e.message).toMatch(/^Resource not accessible by integration/);
    expect(github.requestsFor('issues/create-comment')).toHaveLength(1);
    expect(github.state.comments(full, 7)).toEqual([]);
  });

  it('GraphQL answers `viewer { login }` for every kind of token, and flags any other query', async () => {
    github.addToken('ghs_app', { kind: 'installation', login: 'my-app[bot]' });
    const viewer = async (token: string) =>
      (await client(token).graphql<{ viewer: { login: string } }>('query { viewer { login } }')).viewer.login;
    expect([await viewer(TOKENS.githubToken), await viewer('ghs_app'), await viewer(TOKENS.pat)]).toEqual([
      ACTIONS_BOT,
      'my-app[bot]',
      'octocat',
    ]);
    await expect(client().graphql('query { repository(owner: "o", name: "r") { id } }')).rejects.toThrow();
    expect(github.takeViolations().map((v) => v.problems[0])).toEqual([
      expect.stringMatching(/answers only POST 'query \{ viewer \{ login \} \}'/),
    ]);
  });

  it('rate-limit headers count requests per token', async () => {
    const gh = client(TOKENS.pat);
    await gh.rest.repos.get({ owner, repo });
    const { headers } = await gh.rest.repos.get({ owner, repo });
    expect([headers['x-ratelimit-limit'], headers['x-ratelimit-used'], headers['x-ratelimit-remaining']]).toEqual(['5000', '2', '4998']);
  });

  it('a token registered by a test acts as its user', async () => {
    github.addToken('ghp_alice', { kind: 'user', login: 'alice' });
    github.state.addPullRequest(full, { number: 7 });
    await client('ghp_alice').rest.issues.createComment({ owner, repo, issue_number: 7, body: 'hi' });
    expect(github.state.comments(full, 7).map((c) => c.user)).toEqual(['alice']);
  });
});

describe('pagination', () => {
  it("answers 30 per page by default and at most 100, with GitHub's Link header naming the repository by id", async () => {
    github.state.addPullRequest(full, { number: 7 });
    for (let i = 0; i < 250; i++) github.state.addComment(full, 7, { body: `c${i}`, user: i % 2 ? 'alice' : 'bob' });
    const id = github.state.repo(full).id;
    const first = await raw('GET', `/repos/${full}/issues/7/comments`);
    expect(((await first.json()) as unknown[]).length).toBe(30);
    expect(first.headers.get('link')).toBe(
      `<${github.url}/repositories/${id}/issues/7/comments?page=2>; rel="next", <${github.url}/repositories/${id}/issues/7/comments?page=9>; rel="last"`,
    );
    const capped = await raw('GET', `/repos/${full}/issues/7/comments?per_page=500&page=2`);
    expect(((await capped.json()) as unknown[]).length).toBe(100);
    expect(parseLinks(capped.headers.get('link'))).toEqual({
      prev: `${github.url}/repositories/${id}/issues/7/comments?per_page=500&page=1`,
      next: `${github.url}/repositories/${id}/issues/7/comments?per_page=500&page=3`,
      last: `${github.url}/repositories/${id}/issues/7/comments?per_page=500&page=3`,
      first: `${github.url}/repositories/${id}/issues/7/comments?per_page=500&page=1`,
    });
    const all = await client().paginate(client().rest.issues.listComments, { owner, repo, issue_number: 7, per_page: 100 });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 250 }, (_, i) => `c${i}`));
    // octokit followed the /repositories/{id}/... links
    expect(github.requests.filter((r) => r.url.startsWith(`/repositories/${id}/`)).length).toBeGreaterThanOrEqual(2);
  });
});

describe('fault injection', () => {
  it('a 5xx burst is answered N times, then the route recovers; octokit retries through it', async () => {
    github.state.addPullRequest(full, { number: 7 });
    const rule = github.faults.inject('issues/create-comment', { kind: 'server-error', status: 502 }, 1);
    const { status: code } = await suiteClient(TOKENS.githubToken, 3).rest.issues.createComment({
      owner,
      repo,
      issue_number: 7,
      body: 'x',
    });
    expect(code).toBe(201);
    expect(rule.hits).toBe(1);
    expect(github.requestsFor('issues/create-comment').map((r) => r.status)).toEqual([502, 201]);
    expect(github.state.comments(full, 7)).toHaveLength(1);
  });

  it('afterHandling: the write happens but the answer is a 5xx (a client that retries blindly writes twice)', async () => {
    github.state.addPullRequest(full, { number: 7 });
    github.faults.inject('issues/create-comment', { kind: 'server-error', status: 502, afterHandling: true });
    expect(await status(client().rest.issues.createComment({ owner, repo, issue_number: 7, body: 'x' }))).toBe(502);
    expect(github.state.comments(full, 7).map((c) => c.body)).toEqual(['x']);
  });

  it.each([403, 429] as const)('a secondary rate limit (%i with retry-after) is waited out by the throttling plugin', async (code) => {
    github.faults.inject('GET /repos/{owner}/{repo}', { kind: 'secondary-rate-limit', status: code, retryAfter: 1 });
    const started = Date.now();
    // The real wait (timeScale 1): the throttling plugin waits retry-after seconds (here 1).
    expect((await suiteClient(TOKENS.githubToken, 2, 1).rest.repos.get({ owner, repo })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    const seen = github.requestsFor('repos/get');
    expect(seen.map((r) => [r.status, r.fault])).toEqual([
      [code, 'secondary-rate-limit'],
      [200, undefined],
    ]);
  });

  it('a primary rate limit answers 403 with x-ratelimit-remaining 0 and a reset time', async () => {
    github.faults.inject('repos/get', { kind: 'rate-limit', resetAfter: 30 });
    const r = await raw('GET', `/repos/${full}`);
    expect(r.status).toBe(403);
    expect(r.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(r.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000 + 20);
    expect(((await r.json()) as { message: string }).message).toMatch(/^API rate limit exceeded/);
  });

  it('a slow answer, a dropped connection and a canned answer', async () => {
    github.faults.inject('repos/get', { kind: 'delay', ms: 300 });
    const t = Date.now();
    expect((await raw('GET', `/repos/${full}`)).status).toBe(200);
    expect(Date.now() - t).toBeGreaterThanOrEqual(290);
    github.faults.inject('repos/get', { kind: 'disconnect' });
    await expect(raw('GET', `/repos/${full}`)).rejects.toThrow();
    github.faults.inject('git/update-ref', { kind: 'response', status: 422, body: { message: 'Update is not a fast forward' } });
    const r = await raw('PATCH', `/repos/${full}/git/refs/heads/main`, { body: JSON.stringify({ sha: fakeSha('x') }) });
    expect([r.status, ((await r.json()) as { message: string }).message]).toEqual([422, 'Update is not a fast forward']);
    expect(github.faults.pending()).toEqual([]);
  });
});

describe('the OpenAPI check catches requests GitHub would not accept', () => {
  it.each([
    [
      'an endpoint GitHub does not have',
      'GET',
      `/repos/${full}/model-registry`,
      undefined,
      404,
      'unknown-endpoint',
      /not an endpoint of GitHub's REST API/,
    ],
    ['a method the path does not have', 'PUT', `/repos/${full}/issues/1/comments`, '{}', 404, 'unknown-endpoint', /PUT is not a method/],
    [
      'a path parameter of the wrong type',
      'GET',
      `/repos/${full}/issues/seven/comments`,
      undefined,
      422,
      'request',
      /path parameter 'issue_number' must be integer/,
    ],
    [
      'a misspelt query parameter',
      'GET',
      `/repos/${full}/issues/1/comments?perpage=100`,
      undefined,
      422,
      'request',
      /query parameter 'perpage' is not a parameter of issues\/list-comments/,
    ],
    [
      'a query parameter out of its enum',
      'GET',
      `/repos/${full}/issues?state=done`,
      undefined,
      422,
      'request',
      /must be equal to one of the allowed values/,
    ],
    [
      'a body missing a required field',
      'POST',
      `/repos/${full}/issues/1/comments`,
      '{"text":"hi"}',
      422,
      'request',
      /body must have required property 'body'/,
    ],
    [
      'a body field of the wrong type',
      'POST',
      `/repos/${full}/check-runs`,
      '{"name":"x","head_sha":"abc","status":"done"}',
      422,
      'request',
      /body\/status must be equal to one of the allowed values/,
    ],
    [
      'a body field GitHub does not know',
      'PATCH',
      `/repos/${full}/issues/comments/1`,
      '{"body":"x","bodyy":"y"}',
      422,
      'request',
      /must NOT have additional properties \('bodyy'\)/,
    ],
    ['a body that is not JSON', 'POST', `/repos/${full}/issues`, '{title:', 400, 'request', /not valid JSON/],
    ['an upload sent to the API host', 'POST', `/repos/${full}/releases/1/assets?name=a.bin`, 'data', 404, 'wrong-host', /uploads host/],
    [
      'an operation the emulator does not implement',
      'GET',
      `/repos/${full}/pulls/1/files`,
      undefined,
      501,
      'unimplemented',
      /does not implement GET \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}\/files/,
    ],
  ])('%s', async (_what, method, path, body, code, kind, problem) => {
    const r = await raw(
      method,
      path,
      body === undefined ? {} : { body, contentType: path.includes('/assets') ? 'application/octet-stream' : 'application/json' },
    );
    expect(r.status).toBe(code);
    const violations = github.takeViolations();
    expect(violations).toHaveLength(1);
    expect(violations[0]!.kind).toBe(kind);
    expect(violations[0]!.problems.join('\n')).toMatch(problem);
  });

  it('octokit surfaces the violation as a failed request, and assertNoViolations names it', async () => {
    // A caller passing a parameter the operation does not take: octokit puts it in the body.
    const e = (await client()
      .rest.issues.createComment({ owner, repo, issue_number: 1, body: 'x', per_page: 100 } as never)
      .catch((x: unknown) => x)) as { status: number; message: string };
    expect(e.status).toBe(422);
    expect(e.message).toMatch(/additional properties \('per_page'\)/);
    expect(() => github.assertNoViolations()).toThrow(
      /POST \/repos\/octo-org\/ml-project\/issues\/1\/comments \(issues\/create-comment\)\n\s+body must NOT have additional properties/,
    );
    github.takeViolations();
  });
});
