import { EventEmitter } from 'node:events';
import { readlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  failureMessage,
  publicUri,
  refusedInput,
  runDeploy,
  verifySignature,
  type DeployRunContext,
  type DeployRunOptions,
  type SignalSource,
} from '@mlops-actions/deployment';
import { UserError } from '@mlops-actions/errors';
import { startGitHubEmulator, TOKENS, type GitHubEmulator } from '../../harness/github-emulator/server.ts';
import { makeRegistry, MODEL, type TestRegistry } from './fixtures.ts';
import { expectNoViolations, json, memoryLog, serve, type TestServer } from './servers.ts';
import { parseModelName, parseAlias, parseModelVersion } from '@mlops-actions/registry';
import { tempDir } from '../../harness/temp.ts';

const REPO = 'octo-org/ml-project';

/** Polls (every 10 ms, up to 10 s) until `done()` holds: waits for an event instead of sleeping a guessed time. */
async function until(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
const SHA = 'b'.repeat(40);

describe('runDeploy: the deploy step from checked inputs to outputs, summary and error', () => {
  let gh: GitHubEmulator;
  let reg: TestRegistry;
  let serving: string;
  let server: TestServer | undefined;
  beforeAll(async () => {
    gh = await startGitHubEmulator();
  });
  afterAll(() => gh.stop());
  afterEach(async () => {
    await server?.close();
    server = undefined;
    expectNoViolations(gh);
  });

  async function setup() {
    reg = await makeRegistry();
    await reg.register({ version: '1.0.0', validated: true, alias: 'staging' });
    await reg.register({ version: '1.1.0', validated: true, alias: 'candidate' });
    serving = await tempDir('serving-');
  }

  function options(over: Partial<DeployRunOptions> = {}): DeployRunOptions {
    return {
      model: parseModelName(MODEL),
      ref: { alias: parseAlias('candidate') },
      environment: 'staging',
      alias: parseAlias('staging'),
      registry: { uri: reg.uri, branch: 'mlops-registry' },
      target: { kind: 'directory', servingDir: serving },
      health: { expectations: [], timeoutMs: 1000, intervalMs: 10 },
      rollback: true,
      allowUnvalidated: false,
      allowDeprecated: false,
      environmentUrl: undefined,
      recordDeployment: true,
      events: false,
      gtoTags: false,
      token: undefined,
      ...over,
    };
  }

  /** A run on GitHub (repository, commit, the emulator's API) or, with `local`, on a laptop. */
  function context(local = false): DeployRunContext {
    const base = { workspace: reg.workspace, runnerTemp: tmpdir(), serverUrl: 'https://github.com', apiUrl: gh.url, timeScale: 0 };
    if (local) return base;
    const [owner, repo] = REPO.split('/');
    return { ...base, repository: REPO, owner, repo, sha: SHA, runUrl: `https://github.com/${REPO}/actions/runs/7`, actor: 'octocat' };
  }

  const served = async () => (await readlink(join(serving, 'current')).catch(() => undefined))?.replace(/^releases\//, '');

  it('deploys, records the GitHub Deployment and returns the outputs and the summary, no error', async () => {
    await setup();
    const log = memoryLog();
    const r = await runDeploy(options({ token: TOKENS.githubToken }), { ctx: context(), env: {}, log });
    expect(r.error).toBeUndefined();
    expect(r.outputs).toMatchObject({ version: '1.1.0', 'previous-version': '1.0.0', status: 'deployed' });
    expect(r.outputs['deployment-id']).toEqual(expect.any(Number));
    const dep = gh.state.deployments(REPO).find((d) => d.id === r.outputs['deployment-id'])!;
    expect(dep.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(r.summary).toContain(`https://github.com/${REPO}/deployments/staging`);
    expect(r.summary).toContain('1.1.0');
    expect(await served()).toBe('1.1.0');
    expect(await reg.aliasOf('staging')).toBe('1.1.0');
    expect(log.text()).toMatch(/Deployed churn 1\.1\.0 to staging in [\d.]+s; alias staging → 1\.1\.0/);
  });

  it('a local run (no repository, no token): no GitHub Deployment and no event, each said in the log', async () => {
    await setup();
    const log = memoryLog();
    const r = await runDeploy(options({ events: true }), { ctx: context(true), env: {}, log });
    expect(r.error).toBeUndefined();
    expect(r.outputs).toMatchObject({ status: 'deployed', 'deployment-id': undefined });
    expect(log.lines).toContain('Not recording a GitHub Deployment: no repository, commit or token (a local run)');
    expect(log.lines).toContain('warning: events: not sending alias-moved: no GitHub repository or token (a local run)');
    expect(r.summary).not.toContain('/deployments/');
  });

  it('nothing deployable named (no such version): a UserError naming the input, thrown before any output', async () => {
    await setup();
    const run = runDeploy(options({ ref: { version: parseModelVersion('9.9.9') } }), { ctx: context(true), env: {}, log: memoryLog() });
    await expect(run).rejects.toBeInstanceOf(UserError);
    await expect(run).rejects.toThrow(/^Deploying churn 9\.9\.9 to staging failed: input 'version': model 'churn' has no version 9\.9\.9/);
    expect(await served()).toBeUndefined();
  });

  it('a target that fails: outputs set (status failed), then the error names model, version, environment and what was restored', async () => {
    await setup();
    const r = await runDeploy(options({ target: { kind: 'command', command: 'exit 3', timeoutMs: 10_000 } }), {
      ctx: context(true),
      env: { PATH: process.env['PATH'] },
      log: memoryLog(),
    });
    expect(r.outputs.status).not.toBe('deployed');
    expect(r.outputs.version).toBe('1.1.0');
    expect(r.error).toBeInstanceOf(UserError);
    expect(r.error!.message).toMatch(/^Deploying churn 1\.1\.0 to staging failed: .*exit.*3.*\. [A-Z]/);
    expect(r.error!.message).toContain(r.outcome.restored!.slice(1));
    expect(await reg.aliasOf('staging')).toBe('1.0.0');
  });

  it('a webhook target gets the signed body with the registry and where the run comes from', async () => {
    await setup();
    server = await serve((_req, res) => json(res, 200, { ok: true }));
    const r = await runDeploy(options({ target: { kind: 'webhook', url: `${server.url}/deploy`, secret: 's3cret', timeoutMs: 5000 } }), {
      ctx: context(),
      env: {},
      log: memoryLog(),
    });
    expect(r.outputs.status).toBe('deployed');
    const req = server.received[0]!;
    expect(verifySignature('s3cret', req.body, req.headers['x-hub-signature-256'] as string)).toBe(true);
    expect(JSON.parse(req.body)).toMatchObject({ registry: reg.uri, repository: REPO, sha: SHA, actor: 'octocat', version: '1.1.0' });
  });

  it('the first SIGINT cancels: the flow stops the target, the step fails with outputs set; the deployment is closed and the step exits after the grace', async () => {
    await setup();
    const signals = new EventEmitter();
    const log = memoryLog();
    const exits: number[] = [];
    const run = runDeploy(
      options({
        target: { kind: 'command', command: 'if [ "$MODEL_VERSION" = 1.1.0 ]; then echo "warming up"; sleep 30; fi', timeoutMs: 60_000 },
        token: TOKENS.githubToken,
      }),
      {
        ctx: context(),
        env: { PATH: process.env['PATH'] },
        log,
        signals: signals as SignalSource,
        exit: (code) => void exits.push(code),
        cancelExitMs: 50,
      },
    );
    // Cancel once the 1.1.0 script runs (its first line reached the log), not after a guessed delay.
    await until(() => log.lines.includes('warming up'), 'the 1.1.0 deployment command to start');
    signals.emit('SIGINT');
    signals.emit('SIGTERM'); // a later signal changes nothing
    const r = await run;
    expect(r.outputs.status).not.toBe('deployed');
    expect(r.error?.message).toMatch(/the workflow run was cancelled \(SIGINT\) during the deployment/);
    expect(log.lines.filter((l) => l.startsWith('warning: The workflow run was cancelled'))).toEqual([
      'warning: The workflow run was cancelled (SIGINT): stopping the deployment and restoring what alias staging names',
    ]);
    await until(() => exits.length > 0, 'the step to exit after the cancel grace');
    expect(exits).toEqual([1]);
    expect(await reg.aliasOf('staging')).toBe('1.0.0');
    expect(log.text()).toMatch(/1\.0\.0/);
  });
});

describe('the step error of a failed deployment', () => {
  it.each([
    [
      { version: '1.1.0', error: 'health check failed', restored: 'restored 1.0.0' },
      'Deploying churn 1.1.0 to prod failed: health check failed. Restored 1.0.0.',
    ],
    [{ version: undefined, error: 'no such alias.', restored: undefined }, 'Deploying churn to prod failed: no such alias.'],
    [
      { version: '2.0.0', error: undefined, restored: 'nothing was deployed' },
      'Deploying churn 2.0.0 to prod failed: unknown error. Nothing was deployed.',
    ],
  ])('%j', (out, message) => {
    expect(failureMessage('churn', 'prod', out)).toBe(message);
  });

  it('is an input error (no outputs) only when nothing but resolving ran and nothing was deployed', () => {
    const resolve = { step: 'resolve', outcome: 'failed' as const, detail: '', ms: 0 };
    expect(refusedInput({ status: 'failed', restored: 'nothing was deployed', steps: [resolve] })).toBe(true);
    expect(refusedInput({ status: 'failed', restored: 'nothing was deployed', steps: [resolve, { ...resolve, step: 'deploy' }] })).toBe(
      false,
    );
    expect(refusedInput({ status: 'rolled-back', restored: 'nothing was deployed', steps: [resolve] })).toBe(false);
    expect(refusedInput({ status: 'failed', restored: 'restored 1.0.0', steps: [resolve] })).toBe(false);
  });

  it.each([
    ['git:ssh://git@github.com/o/r.git', 'git:ssh://github.com/o/r.git'],
    ['git:https://x-access-token:abc@ghe.example.com/o/r.git', 'git:https://ghe.example.com/o/r.git'],
    ['git:origin', 'git:origin'],
    ['file:/srv/registry', 'file:/srv/registry'],
  ])('the registry in a webhook body carries no credentials: %s', (uri, shown) => {
    expect(publicUri(uri)).toBe(shown);
  });
});
