/**
 * The level-2 example workflows, run job by job as written (job-runner.ts): the suite's actions from
 * their bundles, the scripts with bash, github-script against the GitHub emulator, a bare repository
 * as origin for the git registry.
 *
 * - release.yml's train job on an empty registry: trains, validates, profiles and registers 0.1.0,
 *   with its files where the "Fetch the production model" steps read them;
 * - pull-request.yml on a fork (read-only token): the candidate is trained and validated without any
 *   write permission, the report is kept as an artifact, and pull-request-comment.yml posts it as the
 *   sticky comment, re-rendered from report.json (never the fork's report.md); the same pull request
 *   from the repository itself is then commented by pull-request.yml's comment job (no pull-request
 *   code, the same comment updated), and the comment workflow stands aside;
 * - pull-request-comment.yml refuses an artifact that names another pull request or no number;
 * - monitoring.yml's retrain job starts release.yml when the drift job found drift.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS_BOT, TOKENS, useGitHubEmulator } from '../../harness/index.ts';
import { ArtifactFolders, bareOrigin, loadWorkflow, prepareWorkspace, removeTemps, runJob, sh, type JobResult } from './job-runner.ts';
import { examplesDataCache } from '../../harness/examples-data.ts';
import { tempDir } from '../../harness/temp.ts';

const github = useGitHubEmulator({ keepStateBetweenTests: true });
const full = 'octo-org/ml-project';
const marker = '<!-- mlops-actions:validate-metrics:machine-failure -->';
const headSha = 'a'.repeat(40); // the commit the job runner's pull_request event carries
const prRunId = 4242;

const pullRequest = loadWorkflow('workflows-examples/level-2/pull-request.yml');
const commentWorkflow = loadWorkflow('workflows-examples/level-2/pull-request-comment.yml');
const release = loadWorkflow('workflows-examples/level-2/release.yml');
const monitoring = loadWorkflow('workflows-examples/level-2/monitoring.yml');

// One batch of 10,000 rows keeps a training at a few seconds; npm ci is done once, for the repository.
// release.yml's train job generates its batch (fetch-data without a cache, as on a runner); the pull
// request jobs copy the same seeded batch from the run's data cache (examples-data.ts) instead of
// starting the generator again.
const firstRunEnv = { LATEST_BATCH: '1' };
const runEnv = { ...firstRunEnv, MLOPS_EXAMPLES_DATA_CACHE: examplesDataCache() };
const skip = { "Install the trainer's dependencies": 'the workspace links the repository node_modules' };

let artifacts: ArtifactFolders;

beforeAll(async () => {
  artifacts = new ArtifactFolders(join(await bareOrigin(), 'artifacts'));
  github.useArtifactStore(artifacts);
});

afterAll(removeTemps);

function failures(job: JobResult): string {
  return job.steps
    .filter((s) => s.outcome === 'failure')
    .map((s) => `${s.label}: ${s.log.slice(-2500)}`)
    .join('\n');
}

function botComments() {
  return github.state.comments(full, 7).filter((c) => c.user === ACTIONS_BOT && c.body.includes(marker));
}

async function commentJob(payload: Record<string, unknown>) {
  return runJob({
    workflow: commentWorkflow,
    job: 'comment',
    event: 'workflow_run',
    payload: {
      workflow_run: {
        id: prRunId,
        name: 'pull-request',
        event: 'pull_request',
        conclusion: 'failure',
        head_sha: headSha,
        head_repository: { full_name: 'contributor/ml-project' },
        html_url: `https://github.com/${full}/actions/runs/${prRunId}`,
        pull_requests: [],
        ...payload,
      },
    },
    workspace: await prepareWorkspace(await bareOrigin()),
    token: TOKENS.githubToken,
    apiUrl: github.url,
    artifacts,
  });
}

describe('release.yml, train job', () => {
  it('trains the first model, validates it without a baseline, and registers 0.1.0 with its reference profile', async () => {
    const origin = await bareOrigin();
    const job = await runJob({
      workflow: release,
      job: 'train',
      event: 'push',
      workspace: await prepareWorkspace(origin),
      token: TOKENS.githubToken,
      apiUrl: github.url,
      artifacts,
      runEnv: firstRunEnv,
      skip,
    });
    expect(job.result, failures(job)).toBe('success');
    expect(JSON.parse(job.step('gate').outputs['reasons']!)).toEqual(['no-champion']);
    expect(job.step('champion').ran).toBe(false);
    expect(job.step('Train').ran).toBe(true);
    expect(job.step('validate').outputs['passed']).toBe('true');
    expect(job.outputs['version']).toBe('0.1.0');

    // What the "Fetch the production model" steps read: the version's files on the registry branch.
    const tree = await sh('git ls-tree -r --name-only mlops-registry', origin);
    for (const file of ['model.json', 'model-meta.json', 'params.json'])
      expect(tree).toContain(`models/machine-failure/versions/0.1.0/files/${file}`);
    expect(tree).toContain('models/machine-failure/versions/0.1.0/reference-profile.json');
    const index = JSON.parse(await sh('git show mlops-registry:models/machine-failure/index.json', origin));
    expect(index.aliases).toMatchObject({ candidate: { version: '0.1.0' } });
    const card = JSON.parse(await sh('git show mlops-registry:models/machine-failure/versions/0.1.0/card.json', origin));
    expect(card.data.hash).toBe(job.step('data').outputs['hash']);
    // The trainer's training curve, stored with the version: the next candidate's baseline plots.
    expect(card.attachments.plots.path).toBe('plots.json');
    expect(tree).toContain('models/machine-failure/versions/0.1.0/plots.json');
  });
});

describe('pull-request.yml and pull-request-comment.yml', () => {
  beforeAll(() => {
    github.state.addPullRequest(full, { number: 7, head: { sha: headSha, repo: 'contributor/ml-project' } });
  });

  it('on a fork, the candidate is validated, and the comment workflow posts the report as the sticky comment', async () => {
    const job = await runJob({
      workflow: pullRequest,
      job: 'candidate',
      event: 'pull_request',
      payload: { fork: true },
      workspace: await prepareWorkspace(await bareOrigin()),
      runId: prRunId,
      token: TOKENS.readOnly,
      apiUrl: github.url,
      artifacts,
      runEnv,
      skip,
    });
    expect(job.result, failures(job)).toBe('success');
    expect(job.step('Train').ran).toBe(true);
    const validate = job.step('validate');
    expect(validate.outputs['passed']).toBe('true');
    // The job that ran the pull request's code does not even try to write.
    expect(validate.outputs['comment-url']).toBe('');
    expect(validate.action!.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    expect(Object.keys((pullRequest.jobs['candidate'] as { permissions?: Record<string, string> }).permissions ?? {})).toEqual([
      'contents',
    ]);
    expect(job.outputs['validated']).toBe('true');
    expect(botComments()).toHaveLength(0);

    const kept = artifacts.find(prRunId, 'validation-report')!;
    expect((await readdir(kept.dir)).sort()).toEqual(['pr-number', 'report.json', 'report.md']);
    expect((await readFile(join(kept.dir, 'pr-number'), 'utf8')).trim()).toBe('7');

    // A fork's pull request: pull-request.yml's own comment job stands aside.
    const ownComment = await runJob({
      workflow: pullRequest,
      job: 'comment',
      event: 'pull_request',
      payload: { fork: true },
      needs: { candidate: { outputs: job.outputs } },
      workspace: await prepareWorkspace(await bareOrigin()),
      runId: prRunId,
      token: TOKENS.readOnly,
      apiUrl: github.url,
      artifacts,
    });
    expect(ownComment.result).toBe('skipped');

    const posted = await commentJob({});
    expect(posted.result, failures(posted)).toBe('success');
    expect(posted.step('find').outputs['found']).toBe('true');
    expect(posted.step('pr').outputs['number']).toBe('7');
    const comments = botComments();
    expect(comments).toHaveLength(1);
    // Rendered from report.json by the base repository's workflow, not the fork's report.md.
    const body = comments[0]!.body;
    expect(body).toBe(`${marker}\n${posted.step('post').action!.summary}`);
    expect(body).toContain(`> The numbers come from [the pull request's own run](https://github.com/${full}/actions/runs/${prRunId})`);
    expect(body).toContain((await readFile(join(kept.dir, 'report.md'), 'utf8')).split('\n')[0]!);
    expect(body).not.toBe(`${marker}\n${await readFile(join(kept.dir, 'report.md'), 'utf8')}`);
    // The trainer's training curve (plots: model/plots.csv), charted in the comment.
    expect(body).toContain('### Training curves and plots');
  });

  it('from the repository itself, the comment job (no pull-request code) updates that same comment, and the comment workflow stands aside', async () => {
    const job = await runJob({
      workflow: pullRequest,
      job: 'candidate',
      event: 'pull_request',
      workspace: await prepareWorkspace(await bareOrigin()),
      runId: prRunId + 1,
      token: TOKENS.githubToken,
      apiUrl: github.url,
      artifacts,
      runEnv,
      skip,
    });
    expect(job.result, failures(job)).toBe('success');
    expect(job.step('validate').outputs['comment-url']).toBe('');
    const before = botComments()[0]!;

    // The comment job: downloads the report and publishes it; it has no checkout and runs no script.
    const commentSteps = pullRequest.jobs['comment']!.steps;
    expect(commentSteps.some((st) => st.run !== undefined || st.uses?.startsWith('actions/checkout'))).toBe(false);
    const comment = await runJob({
      workflow: pullRequest,
      job: 'comment',
      event: 'pull_request',
      needs: { candidate: { outputs: job.outputs } },
      workspace: await prepareWorkspace(await bareOrigin()),
      runId: prRunId + 1,
      token: TOKENS.githubToken,
      apiUrl: github.url,
      artifacts,
    });
    expect(comment.result, failures(comment)).toBe('success');
    const [only] = botComments();
    expect(botComments()).toHaveLength(1);
    expect(only!.id).toBe(before.id);
    expect(comment.step('post').outputs['comment-url']).toContain(`#issuecomment-${only!.id}`);
    // (The job runner gives its steps runStep's GITHUB_RUN_ID, so the run's number is not checked here.)
    expect(only!.body).toMatch(new RegExp(`\\[the pull request's own run\\]\\(https://github\\.com/${full}/actions/runs/\\d+\\)`));

    const writes = () => github.requestsFor('issues/create-comment').length + github.requestsFor('issues/update-comment').length;
    const writesBefore = writes();
    const aside = await commentJob({ id: prRunId + 1, head_repository: { full_name: full } });
    expect(aside.result).toBe('skipped');
    expect(writes()).toBe(writesBefore);
  });

  it('posts nothing for a run whose commit is no longer the pull request head, or that left no report', async () => {
    const before = botComments()[0]!.body;
    const stale = await commentJob({ head_sha: 'c'.repeat(40) });
    expect(stale.result, failures(stale)).toBe('success');
    expect(stale.step('pr').core!.notices[0]).toMatch(/not at ccccccc/);
    expect(stale.step('post').ran).toBe(false);

    const none = await commentJob({ id: 999 });
    expect(none.result).toBe('success');
    expect(none.step('find').outputs['found']).toBe('false');
    expect(none.step('pr').ran).toBe(false);
    expect(none.step('post').ran).toBe(false);
    expect(botComments().map((c) => c.body)).toEqual([before]);
  });

  it('fails on an artifact whose pull request number is not a number, without posting', async () => {
    const forged = await tempDir('mlops-forged-');
    await sh('printf "7; rm -rf /" > pr-number && echo "# report" > report.md', forged);
    await artifacts.upload(full, 777, 'validation-report', forged);
    const before = botComments()[0]!.body;
    const job = await commentJob({ id: 777 });
    expect(job.result).toBe('failure');
    expect(job.step('pr').core!.failed).toMatch(/not a pull request number/);
    expect(job.step('post').ran).toBe(false);
    expect(botComments().map((c) => c.body)).toEqual([before]);
  });
});

describe('monitoring.yml, retrain job', () => {
  it('starts release.yml on the default branch with the drifted columns as the reason', async () => {
    const job = await runJob({
      workflow: monitoring,
      job: 'retrain',
      event: 'schedule',
      needs: { drift: { outputs: { drift: 'true', columns: '["Air temperature [K]","Process temperature [K]"]' } } },
      workspace: await prepareWorkspace(await bareOrigin()),
      token: TOKENS.githubToken,
      apiUrl: github.url,
      artifacts,
    });
    expect(job.result, failures(job)).toBe('success');
    expect(github.state.workflowDispatches(full).at(-1)).toMatchObject({
      workflowId: 'release.yml',
      ref: 'refs/heads/main',
      inputs: { reason: 'drift in Air temperature [K], Process temperature [K]', drift: 'true' },
    });
  });

  it('does not start it when there was no drift', async () => {
    const before = github.state.workflowDispatches(full).length;
    const job = await runJob({
      workflow: monitoring,
      job: 'retrain',
      event: 'schedule',
      needs: { drift: { outputs: { drift: 'false', columns: '[]' } } },
      workspace: await prepareWorkspace(await bareOrigin()),
      token: TOKENS.githubToken,
      apiUrl: github.url,
      artifacts,
    });
    expect(job.result).toBe('skipped');
    expect(github.state.workflowDispatches(full)).toHaveLength(before);
  });
});
