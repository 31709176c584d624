import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient } from '@mlops-actions/github';
import { GitHubDeployments, truncate } from '@mlops-actions/deployment';
import { startGitHubEmulator, TOKENS, type GitHubEmulator } from '../../harness/github-emulator/server.ts';
import { expectNoViolations, memoryLog } from './servers.ts';

describe('GitHubDeployments (against the GitHub emulator)', () => {
  let gh: GitHubEmulator;
  beforeAll(async () => {
    gh = await startGitHubEmulator();
  });
  afterAll(() => gh.stop());
  afterEach(() => {
    expectNoViolations(gh);
    gh.faults.clear();
  });
  const sha = 'a'.repeat(40);
  const runUrl = 'https://github.com/octo-org/ml-project/actions/runs/42';
  const client = (token: string = TOKENS.githubToken) =>
    new GitHubDeployments({
      // timeScale 0: the retry and octokit's spacing of writes happen without the waits.
      octokit: createGitHubClient({ token, apiUrl: gh.url, proxyEnv: {}, retries: 1, timeScale: 0 }),
      owner: 'octo-org',
      repo: 'ml-project',
      runUrl,
      log: memoryLog(),
    });

  it('creates a deployment with the model payload and records statuses in order', async () => {
    const d = client();
    const { id } = await d.create({ ref: sha, environment: 'staging', model: 'churn', version: '1.3.0', digest: 'sha256:abc' });
    await d.setStatus(id, 'in_progress', { description: 'Deploying churn 1.3.0' });
    await d.setStatus(id, 'success', { environmentUrl: 'https://staging.example.com', description: 'churn 1.3.0 is live' });
    const [dep] = gh.state.deployments('octo-org/ml-project', { environment: 'staging' }).filter((x) => x.id === id);
    expect(dep).toMatchObject({
      sha,
      environment: 'staging',
      task: 'deploy',
      payload: { model: 'churn', version: '1.3.0', digest: 'sha256:abc' },
    });
    expect(dep!.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(dep!.statuses[1]).toMatchObject({ environmentUrl: 'https://staging.example.com', logUrl: runUrl });
    expect(d.history).toEqual(['in_progress', 'success']);
  });

  it('does not wait for commit statuses of the commit (required_contexts is empty)', async () => {
    gh.state.addCommitStatus('octo-org/ml-project', sha, { state: 'failure', context: 'ci/lint' });
    const { id } = await client().create({ ref: sha, environment: 'production', model: 'churn', version: '1.3.0', digest: 'sha256:abc' });
    expect(id).toBeGreaterThan(0);
  });

  it('names the missing permission when the token cannot write deployments', async () => {
    const err = await client(TOKENS.readOnly)
      .create({ ref: sha, environment: 'production', model: 'churn', version: '1.3.0', digest: 'sha256:abc' })
      .catch((e: unknown) => e);
    expect((err as Error).name).toBe('UserError');
    expect((err as Error).message).toMatch(
      /GitHub refused to create a deployment for environment 'production': Resource not accessible by integration \(HTTP 403\)\. The token lacks the 'deployments: write' permission/,
    );
    expect((err as Error).message).toMatch(/permissions: \{ contents: read, deployments: write \}/);
  });

  it('explains an unknown ref', async () => {
    const err = await client()
      .create({ ref: 'no-such-branch', environment: 'staging', model: 'm', version: '1', digest: 'd' })
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/No ref found for: no-such-branch \(HTTP 422\).*workflow's commit \(no-such-branch\)/);
  });

  it('retries a 5xx from GitHub', async () => {
    gh.faults.inject('repos/create-deployment-status', { kind: 'server-error', status: 502 });
    const d = client();
    const { id } = await d.create({ ref: sha, environment: 'qa', model: 'm', version: '1', digest: 'd' });
    await d.setStatus(id, 'failure', { description: 'health check failed' });
    expect(gh.state.deployments('octo-org/ml-project', { environment: 'qa' })[0]!.statuses.map((s) => s.state)).toEqual(['failure']);
  });

  it('names github-deployment and the way out when GitHub keeps answering 5xx', async () => {
    gh.faults.inject('repos/create-deployment', { kind: 'server-error', status: 500 }, 2);
    const err = await client()
      .create({ ref: sha, environment: 'qa-5xx', model: 'm', version: '1', digest: 'd' })
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(
      /^input 'github-deployment': GitHub failed to create a deployment for environment 'qa-5xx': GitHub answered 500 .* \(HTTP 500\)\. Re-run the job when GitHub answers again, or set 'github-deployment: false'/,
    );
    expect(gh.state.deployments('octo-org/ml-project', { environment: 'qa-5xx' })).toEqual([]);
  });

  it('cuts long descriptions to 140 characters at a word', () => {
    const t = truncate(`${'word '.repeat(40)}end`);
    expect(t.length).toBeLessThanOrEqual(140);
    expect(t).toMatch(/word…$/);
    expect(truncate('short\nline')).toBe('short line');
  });
});

describe('GitHubDeployments.abandon', () => {
  let gh: GitHubEmulator;
  beforeAll(async () => {
    gh = await startGitHubEmulator();
  });
  afterAll(() => gh.stop());
  afterEach(() => expectNoViolations(gh));

  it('closes a deployment left in_progress with error, and only that one', async () => {
    const log = memoryLog();
    const d = new GitHubDeployments({
      octokit: createGitHubClient({ token: TOKENS.githubToken, apiUrl: gh.url, proxyEnv: {}, retries: 0, timeScale: 0 }),
      owner: 'octo-org',
      repo: 'ml-project',
      log,
    });
    expect(await d.abandon('cancelled')).toBeUndefined();
    const { id } = await d.create({ ref: 'a'.repeat(40), environment: 'prod', model: 'm', version: '1', digest: 'd' });
    await d.setStatus(id, 'in_progress');
    expect(await d.abandon('The workflow run was cancelled (SIGINT) during the deployment')).toBe(id);
    const statuses = gh.state.deployments('octo-org/ml-project').find((x) => x.id === id)!.statuses;
    expect(statuses.map((s) => s.state)).toEqual(['in_progress', 'error']);
    expect(statuses[1]!.description).toBe('The workflow run was cancelled (SIGINT) during the deployment');
    // Finished: nothing left to close.
    expect(await d.abandon('again')).toBeUndefined();
  });
});
