/**
 * The level-1 continuous-training workflow, run job by job as written (job-runner.ts), around a real
 * model server: the first scheduled run trains, validates, registers and deploys 0.1.0 (the server
 * then answers with it); the next run, with nothing changed, stops at the gate and deploys nothing;
 * a forced run trains again and registers no new version for identical files.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, TOKENS, useGitHubEmulator } from '../../harness/index.ts';
import { ArtifactFolders, bareOrigin, loadWorkflow, prepareWorkspace, removeTemps, runJob, sh, type JobResult } from './job-runner.ts';
import { examplesDataCache } from '../../harness/examples-data.ts';
import { tempDir } from '../../harness/temp.ts';

const github = useGitHubEmulator({ keepStateBetweenTests: true });
const workflow = loadWorkflow('workflows-examples/level-1/continuous-training.yml');
// The seeded batch is generated once per test run and copied after that (examples-data.ts).
const runEnv = { LATEST_BATCH: '1', MLOPS_EXAMPLES_DATA_CACHE: examplesDataCache() };
const skip = { "Install the trainer's dependencies": 'the workspace links the repository node_modules' };

let origin: string;
let artifacts: ArtifactFolders;
let servingDir: string;
let server: ChildProcess;
let serverUrl: string;

function failures(job: JobResult): string {
  return job.steps
    .filter((s) => s.outcome === 'failure')
    .map((s) => `${s.label}: ${s.log.slice(-2500)}`)
    .join('\n');
}

beforeAll(async () => {
  origin = await bareOrigin();
  artifacts = new ArtifactFolders(join(origin, 'artifacts'));
  servingDir = await tempDir('mlops-serving-');
  server = spawn(process.execPath, [join(repoRoot, 'workflows-examples/use-case/src/serve.ts'), '--dir', servingDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  serverUrl = await new Promise<string>((resolvePromise, reject) => {
    let out = '';
    server.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolvePromise(m[1]!);
    });
    server.on('exit', (code) => reject(new Error(`the model server exited (${code}): ${out}`)));
  });
});

afterAll(async () => {
  server?.kill('SIGTERM');
  await removeTemps();
});

async function train(inputs: Record<string, boolean> = {}) {
  return runJob({
    workflow,
    job: 'train',
    event: Object.keys(inputs).length ? 'workflow_dispatch' : 'schedule',
    inputs,
    workspace: await prepareWorkspace(origin),
    token: TOKENS.githubToken,
    apiUrl: github.url,
    artifacts,
    runEnv,
    skip,
  });
}

async function deploy(version: string) {
  return runJob({
    workflow,
    job: 'deploy',
    event: 'schedule',
    needs: { train: { outputs: { version } } },
    workspace: await prepareWorkspace(origin),
    token: TOKENS.githubToken,
    apiUrl: github.url,
    // The job's `environment:` gets GitHub's deployment (the only one: deploy runs with github-deployment: false).
    emulator: github,
    artifacts,
    // The workflow names the serving host's directory and port; here the server runs on this machine.
    hostValues: { deploy: { 'serving-dir': servingDir, 'health-url': `${serverUrl}/health`, 'smoke-url': `${serverUrl}/predict` } },
  });
}

describe('level-1/continuous-training.yml', () => {
  it('the first run trains, registers 0.1.0 and deploys it: the model server answers with it', async () => {
    const trained = await train();
    expect(trained.result, failures(trained)).toBe('success');
    expect(JSON.parse(trained.step('gate').outputs['reasons']!)).toEqual(['no-champion']);
    expect(trained.outputs['version']).toBe('0.1.0');

    const deployed = await deploy(trained.outputs['version']!);
    expect(deployed.result, failures(deployed)).toBe('success');
    expect(deployed.step('deploy').outputs['status']).toBe('deployed');
    const health = (await (await fetch(`${serverUrl}/health`)).json()) as { status: string; version: string };
    expect(health).toMatchObject({ status: 'ok', version: '0.1.0' });
    const index = JSON.parse(await sh('git show mlops-registry:models/machine-failure/index.json', origin));
    expect(index.aliases.production.version).toBe('0.1.0');
    const deployments = github.state.deployments('octo-org/ml-project', { environment: 'production' });
    expect(deployments).toHaveLength(1);
    expect(deployments[0]!.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(deployments[0]!.statuses[1]!.environmentUrl).toBe('http://models.internal:8080/health');
  });

  it('the next scheduled run, with nothing changed, stops at the gate: nothing is trained, registered or deployed', async () => {
    const trained = await train();
    expect(trained.result, failures(trained)).toBe('success');
    expect(trained.step('gate').outputs['champion-version']).toBe('0.1.0');
    expect(JSON.parse(trained.step('gate').outputs['reasons']!)).toEqual(['unchanged']);
    expect(['Train', 'validate', 'profile', 'register'].map((s) => trained.step(s).ran)).toEqual([false, false, false, false]);
    expect(trained.outputs['version']).toBe('');
    const deployed = await deploy(trained.outputs['version']!);
    expect(deployed.result).toBe('skipped');
  });

  it('a forced run trains again; the identical model is not registered twice', async () => {
    const trained = await train({ force: true });
    expect(trained.result, failures(trained)).toBe('success');
    expect(JSON.parse(trained.step('gate').outputs['reasons']!)).toEqual(['forced']);
    expect(trained.step('register').outputs).toMatchObject({ version: '0.1.0', created: 'false' });
  });
});
