/**
 * One deployment per deploy. A job with `environment:` gets a deployment from GitHub itself (modelled by
 * the emulator's startJobDeployment, which the job runner calls); the examples keep that one and run
 * deploy with `github-deployment: false`, the job's `environment.url` taken from deploy's
 * `environment-url` output. Here level-2/release.yml's staging job runs as written, twice, against a
 * real model server: each run leaves exactly one deployment, the newest success with the step's URL,
 * the older one inactive. A control shows what the emulator models for the design we left: a step that
 * records its own deployment inside such a job makes two, and the job's success marks the step's inactive.
 */
import { join } from 'node:path';
import { readFile, readlink, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegistry, parseModelName, parseModelVersion } from '@mlops-actions/registry';
import { runStep, TOKENS, useGitHubEmulator } from '../../harness/index.ts';
import { bareRepo, projectClone } from '../../unit/registry/helpers.ts';
import { makeRegistry, MODEL } from '../../unit/deployment/fixtures.ts';
import { json, serve, type TestServer } from '../../unit/deployment/servers.ts';
import { ArtifactFolders, loadWorkflow, prepareWorkspace, removeTemps, runJob, type JobResult } from '../workflows/job-runner.ts';
import { ensureDeployBundle } from './bundle.ts';
import { tempDir } from '../../harness/temp.ts';

const REPO = 'octo-org/ml-project';
const github = useGitHubEmulator({ keepStateBetweenTests: true });
const workflow = loadWorkflow('workflows-examples/level-2/release.yml');

let origin: string;
let serving: string;
let server: TestServer;

beforeAll(async () => {
  await ensureDeployBundle();
  const root = await tempDir('deploy-jobenv-');
  origin = bareRepo(join(root, 'origin.git'));
  const { dir } = projectClone(origin, join(root, 'clone'));
  const registry = openRegistry({ uri: 'git:origin', workspace: dir, tempDir: tmpdir(), identity: { actor: 'octocat' } });
  for (const version of ['0.1.0', '0.2.0']) {
    const src = join(root, `model-${version}`);
    await mkdir(src, { recursive: true });
    await writeFile(join(src, 'model.json'), JSON.stringify({ version }));
    const report = join(root, `report-${version}.json`);
    await writeFile(report, JSON.stringify({ passed: true, failedChecks: [] }));
    await registry.register({
      name: parseModelName('machine-failure'),
      version: parseModelVersion(version),
      files: { root: src, paths: ['.'] },
      validation: { summary: { passed: true, failed: [], reportDigest: 'sha256:00' }, file: report },
    });
  }
  await registry.close();
  serving = join(root, 'serving');
  // The model server the staging job's health check and smoke request reach: it serves `current`.
  server = await serve(async (req, res) => {
    const text = await readFile(join(serving, 'current', 'model.json'), 'utf8').catch(() => undefined);
    if (text === undefined) return json(res, 503, { status: 'loading' });
    const { version } = JSON.parse(text) as { version: string };
    if (req.method === 'POST') return json(res, 200, { predictions: [0] });
    json(res, 200, { status: 'ok', version });
  });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await removeTemps();
});

async function staging(version: string): Promise<JobResult> {
  return runJob({
    workflow,
    job: 'staging',
    event: 'push',
    needs: { train: { outputs: { version } } },
    workspace: await prepareWorkspace(origin),
    token: TOKENS.githubToken,
    apiUrl: github.url,
    emulator: github,
    artifacts: new ArtifactFolders(join(serving, '..', 'artifacts')),
    hostValues: { deploy: { 'serving-dir': serving, 'health-url': `${server.url}/health`, 'smoke-url': `${server.url}/predict` } },
  });
}

const failures = (job: JobResult) =>
  job.steps
    .filter((s) => s.outcome === 'failure')
    .map((s) => `${s.label}: ${s.log.slice(-2000)}`)
    .join('\n');

describe("one deployment per deploy: the job's environment: records it", () => {
  it('each staging run of release.yml leaves exactly one deployment; the newer success makes the older inactive', async () => {
    const first = await staging('0.1.0');
    expect(first.result, failures(first)).toBe('success');
    expect(first.step('deploy').outputs).toMatchObject({
      status: 'deployed',
      'deployment-id': '',
      'environment-url': 'http://staging-models.internal:8080/health',
    });
    expect(github.state.deployments(REPO, { environment: 'staging' })).toHaveLength(1);

    const second = await staging('0.2.0');
    expect(second.result, failures(second)).toBe('success');
    expect((await readlink(join(serving, 'current'))).replace(/^releases\//, '')).toBe('0.2.0');
    const all = github.state.deployments(REPO, { environment: 'staging' }).sort((a, b) => a.id - b.id);
    expect(all).toHaveLength(2);
    expect(all.map((d) => d.creator)).toEqual(['github-actions[bot]', 'github-actions[bot]']);
    expect(all[0]!.statuses.map((s) => s.state)).toEqual(['in_progress', 'success', 'inactive']);
    expect(all[1]!.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    // The job's environment.url came from the deploy step's output.
    expect(all[1]!.statuses.at(-1)!.environmentUrl).toBe('http://staging-models.internal:8080/health');
  });

  it('control (the design left behind): a step recording its own deployment inside such a job makes two, and the job marks the step’s inactive', async () => {
    const reg = await makeRegistry('file');
    await reg.register({ version: '1.0.0', validated: true });
    const job = github.state.startJobDeployment(REPO, {
      environment: 'qa',
      sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      runUrl: 'https://github.com/octo-org/ml-project/actions/runs/1',
    });
    const r = await runStep({
      action: 'deploy',
      workspace: reg.workspace,
      apiUrl: github.url,
      repository: REPO,
      token: TOKENS.githubToken,
      inputs: {
        model: MODEL,
        version: '1.0.0',
        environment: 'qa',
        registry: reg.input,
        target: 'command',
        command: 'true',
        'github-deployment': 'true',
      },
    });
    expect(r.exitCode, r.stdout).toBe(0);
    job.finish('success', 'https://qa.example.com');
    const qa = github.state.deployments(REPO, { environment: 'qa' });
    expect(qa).toHaveLength(2);
    const ours = qa.find((d) => String(d.id) === r.outputs['deployment-id'])!;
    expect(ours.statuses.map((s) => s.state)).toEqual(['in_progress', 'success', 'inactive']);
    await reg.registry.close();
  });
});
