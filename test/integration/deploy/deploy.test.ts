/**
 * The bundled deploy action, run as the runner runs it (runStep), against the GitHub emulator, a real
 * registry (a file: directory; one test a git: branch of a bare repository), and real HTTP model
 * servers on loopback that serve whatever the serving directory's `current` link points at.
 */
import { readFile, readlink, writeFile, lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '@mlops-actions/deployment';
import { startGitHubEmulator, TOKENS, type GitHubEmulator } from '../../harness/github-emulator/server.ts';
import { type StepResult, stepFor } from '../../harness/step-runner.ts';
import { makeRegistry, MODEL, type ModelSpec, type TestRegistry } from '../../unit/deployment/fixtures.ts';
import { closedPort, expectNoViolations, json, serve, type TestServer } from '../../unit/deployment/servers.ts';
import { ensureDeployBundle } from './bundle.ts';

const REPO = 'octo-org/ml-project';

let gh: GitHubEmulator;
beforeAll(async () => {
  await ensureDeployBundle();
  gh = await startGitHubEmulator();
}, 120_000);
afterAll(() => gh.stop());

let reg: TestRegistry;
let serving: string;
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  expectNoViolations(gh);
});

/** A registry with these versions, a serving directory, and a model server in front of it. */
async function setup(versions: ModelSpec[], kind: 'file' | 'git' = 'file'): Promise<void> {
  reg = await makeRegistry(kind);
  for (const v of versions) await reg.register(v);
  serving = join(reg.workspace, 'serving');
  server = await serve(async (_req, res) => {
    const text = await readFile(join(serving, 'current', 'model.json'), 'utf8').catch(() => undefined);
    if (text === undefined) return json(res, 503, { error: 'no model loaded' });
    const m = JSON.parse(text) as { version: string; healthy: boolean };
    if (!m.healthy) return json(res, 503, { error: 'model failed to load', version: m.version });
    json(res, 200, { status: 'ok', model: { name: MODEL, version: m.version } });
  });
}

const step = stepFor('deploy', () => ({
  workspace: reg.workspace,
  apiUrl: gh.url,
  repository: REPO,
  ...(reg.commit ? { env: { GITHUB_SHA: reg.commit } } : {}),
  inputs: {
    model: MODEL,
    environment: 'staging',
    registry: reg.input,
    target: 'directory',
    'serving-dir': 'serving',
    'health-url': `${server!.url}/healthz`,
    'health-expect': 'model.version == {version}',
    // How long a health check that cannot pass is retried (the rollback case): a check that passes does
    // so at its first attempt, before the deadline is looked at. 0.5 s instead of 2 s: the test's own
    // wait (polling every 10 ms in tests, packages/deployment/src/health.ts), not what it checks.
    'health-timeout': '0.5s',
    'environment-url': 'https://staging.models.example.com',
  },
}));

const served = async () => (await readlink(join(serving, 'current')).catch(() => undefined))?.replace(/^releases\//, '');
const deploymentOf = (r: StepResult) => gh.state.deployments(REPO).find((d) => String(d.id) === r.outputs['deployment-id']);
const failureOf = (r: StepResult) => r.annotations.find((a) => a.level === 'error')?.message ?? '';

describe('deploy action', () => {
  it('deploys a healthy version: alias moved, statuses in_progress then success, outputs and summary', async () => {
    await setup([
      { version: '1.0.0', validated: true, alias: 'staging' },
      { version: '1.1.0', validated: true, alias: 'candidate' },
    ]);
    // Through the bundle, as a child process (`node dist/index.js`), as the runner runs it: the file's other
    // steps run in-process from the sources (test/harness/step-runner.ts).
    const r = await step({ alias: 'candidate' }, { runIn: 'process' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({
      version: '1.1.0',
      'previous-version': '1.0.0',
      status: 'deployed',
      'environment-url': 'https://staging.models.example.com',
    });
    expect(Number(r.outputs['duration-seconds'])).toBeGreaterThan(0);
    expect(await served()).toBe('1.1.0');
    expect(await reg.aliasOf('staging')).toBe('1.1.0');
    const d = deploymentOf(r)!;
    expect(d).toMatchObject({ environment: 'staging', sha: 'a'.repeat(40), payload: { model: MODEL, version: '1.1.0' } });
    expect(d.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(d.statuses[1]).toMatchObject({
      environmentUrl: 'https://staging.models.example.com',
      logUrl: 'https://github.com/octo-org/ml-project/actions/runs/1234567890',
    });
    expect(r.summary).toMatch(/## Deploy churn 1\.1\.0 to staging: ✅ deployed/);
    expect(r.summary).toMatch(/`staging`: `1\.0\.0` → `1\.1\.0`/);
    expect(r.summary).toContain('https://github.com/octo-org/ml-project/deployments/staging');
  });

  it('rolls back an unhealthy version: the previous one is served again, alias unchanged, deployment failure', async () => {
    await setup([
      { version: '1.0.0', validated: true, alias: 'staging' },
      { version: '1.1.0', validated: true, healthy: false },
    ]);
    const r = await step({ version: '1.1.0' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ version: '1.1.0', 'previous-version': '1.0.0', status: 'rolled-back' });
    expect(failureOf(r)).toMatch(
      /^Deploying churn 1\.1\.0 to staging failed: input 'health-url': health check of http:\/\/127\.0\.0\.1:\d+\/healthz did not pass within \ds \(\d+ attempts\); last: HTTP 503: \{"error":"model failed to load","version":"1\.1\.0"\}\. The server answers with an error: its log says why it did not serve the new version\. Rolled back: staging serves churn 1\.0\.0 again and it is healthy; alias staging still points at 1\.0\.0\.$/,
    );
    expect(await served()).toBe('1.0.0');
    expect(await reg.aliasOf('staging')).toBe('1.0.0');
    expect(deploymentOf(r)!.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
    expect(r.summary).toMatch(/↩️ rolled back/);
    expect(r.summary).toMatch(/\*\*What was restored:\*\* rolled back: staging serves churn 1\.0\.0 again/);
  });

  it('refuses a tampered file before anything is deployed', async () => {
    await setup([
      { version: '1.0.0', validated: true, alias: 'staging' },
      { version: '1.1.0', validated: true },
    ]);
    await step({ version: '1.0.0' }); // 1.0.0 is served
    const deployments = gh.state.deployments(REPO).length;
    await writeFile(reg.storedFile('1.1.0', 'model.json'), JSON.stringify({ version: '1.1.0', healthy: true, backdoor: true }));
    const r = await step({ version: '1.1.0' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ status: 'failed', version: '1.1.0' });
    expect(failureOf(r)).toMatch(/model\.json of churn@1\.1\.0 does not match its model card.*Nothing was deployed\.$/);
    expect(gh.state.deployments(REPO).length).toBe(deployments);
    expect(await served()).toBe('1.0.0');
    expect(await lstat(join(serving, 'releases', '1.1.0')).catch(() => 'absent')).toBe('absent');
    expect(await reg.aliasOf('staging')).toBe('1.0.0');
  });

  it('refuses an unvalidated version unless allow-unvalidated is set', async () => {
    await setup([{ version: '1.0.0' }]);
    const refused = await step({ version: '1.0.0' });
    expect(refused.exitCode).toBe(1);
    expect(failureOf(refused)).toMatch(
      /input 'allow-unvalidated': churn 1\.0\.0 has no validate-metrics result in its model card, so it is not deployed/,
    );
    expect(await served()).toBeUndefined();
    const allowed = await step({ version: '1.0.0', 'allow-unvalidated': 'true' });
    expect(allowed.exitCode, allowed.stdout).toBe(0);
    expect(allowed.annotations.some((a) => a.level === 'warning' && /allow-unvalidated is true/.test(a.message))).toBe(true);
    expect(allowed.summary).toMatch(/\[!WARNING\]/);
    expect(await served()).toBe('1.0.0');
  });

  it('signs webhook deliveries so the receiver can verify them with the secret, and never prints it', async () => {
    await setup([{ version: '1.0.0', validated: true }]);
    const secret = 'whsec_8f4e0c1d2b3a49d5';
    const hook = await serve((req, res) =>
      verifySignature(secret, req.body, req.headers['x-hub-signature-256'] as string)
        ? json(res, 202, { queued: true })
        : json(res, 401, { error: 'bad signature' }),
    );
    try {
      const r = await step({
        version: '1.0.0',
        target: 'webhook',
        'webhook-url': `${hook.url}/hooks/deploy`,
        'webhook-secret': secret,
        'health-url': '',
        'health-expect': '',
      });
      expect(r.exitCode, r.stdout).toBe(0);
      const [delivery] = hook.received;
      expect(verifySignature(secret, delivery!.body, delivery!.headers['x-hub-signature-256'] as string)).toBe(true);
      expect(JSON.parse(delivery!.body)).toMatchObject({
        event: 'deploy',
        model: MODEL,
        version: '1.0.0',
        environment: 'staging',
        repository: REPO,
      });
      expect(r.masks).toContain(secret);
      expect(
        r.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
      ).not.toContain(secret);
      // A receiver with another secret refuses; the step fails, the alias is not moved.
      const wrong = await step({
        version: '1.0.0',
        target: 'webhook',
        'webhook-url': `${hook.url}/hooks/deploy`,
        'webhook-secret': 'not-the-secret',
        'health-url': '',
        'health-expect': '',
        'promote-alias': 'canary',
      });
      expect(wrong.exitCode).toBe(1);
      expect(failureOf(wrong)).toMatch(/answered HTTP 401: \{"error":"bad signature"\}/);
      expect(await reg.aliasOf('canary')).toBeUndefined();
    } finally {
      await hook.close();
    }
  });

  it('switches the directory target atomically: a reader polling current never sees a missing or partial release', async () => {
    await setup([
      { version: '1.0.0', validated: true },
      { version: '2.0.0', validated: true },
    ]);
    const first = await step({ version: '1.0.0', 'github-deployment': 'false', 'health-url': '', 'health-expect': '' });
    expect(first.exitCode, first.stdout).toBe(0);
    const stop = new SharedArrayBuffer(4);
    const worker = new Worker(
      `const { readFileSync, realpathSync } = require('node:fs');
       const { join } = require('node:path');
       const { workerData, parentPort } = require('node:worker_threads');
       const stop = new Int32Array(workerData.stop);
       let reads = 0; const problems = []; const seen = new Set();
       while (Atomics.load(stop, 0) === 0 && problems.length < 20) {
         try {
           const dir = realpathSync(join(workerData.serving, 'current'));
           const marker = JSON.parse(readFileSync(join(dir, '.mlops-release.json'), 'utf8'));
           const model = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
           const weights = readFileSync(join(dir, 'weights', 'layer0.bin'));
           if (model.version !== marker.version) problems.push('model.json ' + model.version + ' in release ' + marker.version);
           if (weights.length !== 4096 || weights[4095] !== marker.version.charCodeAt(0)) problems.push('partial weights in ' + marker.version);
           seen.add(marker.version);
           reads++;
         } catch (e) { problems.push(e.code || e.message); }
       }
       parentPort.postMessage({ reads, problems, seen: [...seen] });`,
      { eval: true, workerData: { serving, stop } },
    );
    const result = new Promise<{ reads: number; problems: string[]; seen: string[] }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    for (const v of ['2.0.0', '1.0.0', '2.0.0', '1.0.0', '2.0.0', '1.0.0']) {
      const r = await step({ version: v, 'github-deployment': 'false', 'health-url': '', 'health-expect': '', 'promote-alias': 'blue' });
      expect(r.exitCode, r.stdout).toBe(0);
    }
    Atomics.store(new Int32Array(stop), 0, 1);
    const seen = await result;
    await worker.terminate();
    expect(seen.problems).toEqual([]);
    expect(seen.reads).toBeGreaterThan(100);
    expect(seen.seen.sort()).toEqual(['1.0.0', '2.0.0']);
  });

  it('fails a command target that exits non-zero and redeploys the previous version with it', async () => {
    await setup([
      { version: '1.0.0', validated: true, alias: 'staging' },
      { version: '1.1.0', validated: true },
    ]);
    const record = join(reg.workspace, 'deploys.log');
    const r = await step({
      version: '1.1.0',
      target: 'command',
      command: `echo "$DEPLOY_REASON $MODEL_NAME $MODEL_VERSION $DEPLOY_ENVIRONMENT" >> deploys.log\ntest -f "$MODEL_PATH/model.json"\n[ "$MODEL_VERSION" != 1.1.0 ] || { echo "error: quota exceeded" >&2; exit 4; }`,
      'health-url': '',
      'health-expect': '',
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['status']).toBe('rolled-back');
    expect(failureOf(r)).toMatch(
      /exited with code 4; its last output:\s+error: quota exceeded\. Rolled back: staging serves churn 1\.0\.0 again; alias staging still points at 1\.0\.0\.$/,
    );
    expect((await readFile(record, 'utf8')).trim().split('\n')).toEqual(['deploy churn 1.1.0 staging', 'rollback churn 1.0.0 staging']);
    expect(deploymentOf(r)!.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
  });

  it('fails a first deployment whose health URL never answers and leaves nothing behind', async () => {
    await setup([{ version: '1.0.0', validated: true }]);
    const port = await closedPort();
    const r = await step({ version: '1.0.0', 'health-url': `http://127.0.0.1:${port}/healthz`, 'health-timeout': '1s' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ status: 'rolled-back', 'previous-version': '' });
    expect(failureOf(r)).toMatch(
      /input 'health-url': .* last: connection refused \(nothing listens there\)\. Check that the model server listens at health-url and is reachable from the runner; raise health-timeout if it starts slowly\. Rolled back: removed the current link/,
    );
    expect(await lstat(join(serving, 'current')).catch(() => 'absent')).toBe('absent');
    expect(await reg.aliasOf('staging')).toBeUndefined();
  });

  it('names the missing permission when the token cannot write deployments, and deploys nothing', async () => {
    await setup([{ version: '1.0.0', validated: true }]);
    const r = await step({ version: '1.0.0' }, { token: TOKENS.readOnly });
    expect(r.exitCode).toBe(1);
    expect(failureOf(r)).toMatch(
      /The token lacks the 'deployments: write' permission.*permissions: \{ contents: read, deployments: write \}.*Nothing was deployed\.$/,
    );
    expect(await served()).toBeUndefined();
  });

  it.each([
    [{ version: '1.0.0', alias: 'candidate' }, /input 'alias': give version or alias, not both/],
    [{}, /input 'version': give the version to deploy, or an alias that points at it/],
    [
      { version: '1.0.0', 'health-expect': 'served version is right' },
      /input 'health-expect': line 1 \('served version is right'\): not a condition/,
    ],
    [
      { version: '1.0.0', target: 'webhook', 'webhook-url': 'http://127.0.0.1:9/x' },
      /input 'webhook-secret': is required for target webhook/,
    ],
    [
      { version: '1.0.0', environment: 'Prod EU' },
      /input 'promote-alias': the environment 'Prod EU' cannot name the alias to move.*e\.g\. prod-eu/,
    ],
    [{ version: '9.9.9' }, /model 'churn' has no version 9\.9\.9.*Nothing was deployed/],
  ])('refuses bad input %j before doing anything', async (inputs, message) => {
    await setup([{ version: '1.0.0', validated: true, alias: 'staging' }]);
    const before = gh.state.deployments(REPO).length;
    const r = await step(inputs as Record<string, string>);
    expect(r.exitCode).toBe(1);
    expect(failureOf(r)).toMatch(message);
    expect(gh.state.deployments(REPO).length).toBe(before);
    expect(await served()).toBeUndefined();
    expect(await reg.aliasOf('staging')).toBe('1.0.0');
  });

  it('deploys from a git: registry and moves the alias on the registry branch', async () => {
    await setup(
      [
        { version: '1.0.0', validated: true, alias: 'staging' },
        { version: '1.1.0', validated: true },
      ],
      'git',
    );
    const r = await step({ version: '1.1.0' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(await served()).toBe('1.1.0');
    expect(await reg.aliasOf('staging')).toBe('1.1.0');
    expect(deploymentOf(r)).toMatchObject({ sha: reg.commit });
  });
});
