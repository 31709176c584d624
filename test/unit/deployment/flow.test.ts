import { readFile, readlink, writeFile, lstat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient } from '@mlops-actions/github';
import {
  commandTarget,
  deploy,
  deployRegistry,
  directoryTarget,
  GitHubDeployments,
  parseHealthExpect,
  webhookTarget,
  type DeployOptions,
  type Target,
} from '@mlops-actions/deployment';
import { startGitHubEmulator, TOKENS, type GitHubEmulator } from '../../harness/github-emulator/server.ts';
import { makeRegistry, MODEL, type TestRegistry } from './fixtures.ts';
import { expectNoViolations, json, memoryLog, serve, type TestServer } from './servers.ts';
import { parseModelName, parseAlias, parseModelVersion } from '@mlops-actions/registry';
import { tempDir } from '../../harness/temp.ts';

const REPO = 'octo-org/ml-project';
const SHA = 'a'.repeat(40);

/** A model server: serves whatever model.json `file()` points at, 503 when it is unhealthy or absent. */
async function modelServer(file: () => string): Promise<TestServer> {
  return serve(async (_req, res) => {
    const text = await readFile(file(), 'utf8').catch(() => undefined);
    if (text === undefined) return json(res, 503, { error: 'no model loaded' });
    const m = JSON.parse(text) as { version: string; healthy: boolean };
    if (!m.healthy) return json(res, 503, { error: 'model failed to load', version: m.version });
    json(res, 200, { status: 'ok', version: m.version });
  });
}

describe('deploy flow', () => {
  let gh: GitHubEmulator;
  let reg: TestRegistry;
  let serving: string;
  let server: TestServer;
  beforeAll(async () => {
    gh = await startGitHubEmulator();
  });
  afterAll(() => gh.stop());
  afterEach(async () => {
    await server?.close();
    expectNoViolations(gh);
  });

  async function setup(versions: Parameters<TestRegistry['register']>[0][]) {
    reg = await makeRegistry();
    for (const v of versions) await reg.register(v);
    serving = await tempDir('serving-');
    server = await modelServer(() => join(serving, 'current', 'model.json'));
  }

  function options(
    over: Partial<DeployOptions> = {},
    token: string = TOKENS.githubToken,
  ): DeployOptions & { log: ReturnType<typeof memoryLog> } {
    const log = memoryLog();
    // timeScale 0: octokit spaces writes (a deployment and its statuses) a second apart otherwise.
    const octokit = createGitHubClient({ token, apiUrl: gh.url, proxyEnv: {}, retries: 0, timeScale: 0 });
    return {
      registry: deployRegistry(reg.registry),
      model: parseModelName(MODEL),
      ref: { alias: parseAlias('candidate') },
      environment: 'staging',
      alias: parseAlias('staging'),
      target: directoryTarget({ servingDir: serving, log }),
      // An unhealthy version is polled until this timeout runs out (real time: waitHealthy's deadline is
      // the user's health-timeout, not scaled); a healthy one passes at the first attempt, which may take up
      // to a second whatever the timeout (each request gets at least 1 s), so 250 ms stays safe under load.
      health: { url: `${server.url}/health`, expectations: parseHealthExpect('version'), timeoutMs: 250, intervalMs: 20 },
      rollback: true,
      allowUnvalidated: false,
      workDir: tmpdir(),
      github: {
        deployments: new GitHubDeployments({
          octokit,
          owner: 'octo-org',
          repo: 'ml-project',
          runUrl: 'https://github.com/octo-org/ml-project/actions/runs/1',
          log,
        }),
        ref: SHA,
      },
      environmentUrl: 'https://staging.example.com',
      ...over,
      log,
    };
  }

  const statesOf = (id: number | undefined) =>
    gh.state
      .deployments(REPO)
      .find((d) => d.id === id)
      ?.statuses.map((s) => s.state);
  const served = async () => (await readlink(join(serving, 'current')).catch(() => undefined))?.replace(/^releases\//, '');

  it('deploys a healthy version, moves the alias and records in_progress then success', async () => {
    await setup([
      { version: '1.0.0', validated: true, alias: 'staging' },
      { version: '1.1.0', validated: true, alias: 'candidate' },
    ]);
    const o = options();
    const out = await deploy(o);
    expect(out).toMatchObject({
      status: 'deployed',
      version: '1.1.0',
      previousVersion: '1.0.0',
      environmentUrl: 'https://staging.example.com',
      error: undefined,
    });
    expect(await reg.aliasOf('staging')).toBe('1.1.0');
    expect(await served()).toBe('1.1.0');
    expect(statesOf(out.deploymentId)).toEqual(['in_progress', 'success']);
    const dep = gh.state.deployments(REPO).find((d) => d.id === out.deploymentId)!;
    expect(dep.payload).toEqual({ model: MODEL, version: '1.1.0', digest: out.digest });
    expect(dep.statuses[1]).toMatchObject({
      environmentUrl: 'https://staging.example.com',
      logUrl: 'https://github.com/octo-org/ml-project/actions/runs/1',
    });
    expect(out.steps.map((s) => `${s.step}:${s.outcome}`)).toEqual([
      'resolve:ok',
      'download and verify:ok',
      'GitHub deployment:ok',
      'deploy:ok',
      'health:ok',
      'move alias:ok',
    ]);
    // The alias move is audited with the reason.
    expect((await reg.auditLines()).at(-1)).toMatch(/"alias":"staging".*"from":"1.0.0".*"to":"1.1.0"/);
  });

  it('rolls back an unhealthy version: the previous one is served again, the alias stays', async () => {
    await setup([
      { version: '1.0.0', validated: true, alias: 'staging' },
      { version: '1.1.0', validated: true, healthy: false },
    ]);
    const out = await deploy(options({ ref: { version: parseModelVersion('1.1.0') } }));
    expect(out.status).toBe('rolled-back');
    expect(out.error).toMatch(
      /health check of http:\/\/127\.0\.0\.1:\d+\/health did not pass within \ds .* last: HTTP 503: \{"error":"model failed to load","version":"1.1.0"\}/,
    );
    expect(out.restored).toBe('rolled back: staging serves churn 1.0.0 again and it is healthy; alias staging still points at 1.0.0');
    expect(await served()).toBe('1.0.0');
    expect(await reg.aliasOf('staging')).toBe('1.0.0');
    expect(statesOf(out.deploymentId)).toEqual(['in_progress', 'failure']);
    expect(gh.state.deployments(REPO).find((d) => d.id === out.deploymentId)!.statuses[1]!.description).toMatch(
      /^input 'health-url': health check of .*…$|^input 'health-url': health check of .*rolled back/,
    );
  });

  it('undoes a failed first deployment when the alias has no earlier version', async () => {
    await setup([{ version: '1.0.0', validated: true, healthy: false }]);
    const out = await deploy(options({ ref: { version: parseModelVersion('1.0.0') } }));
    expect(out.status).toBe('rolled-back');
    expect(out.restored).toMatch(/removed the current link.*alias staging had no earlier version/);
    expect(await lstat(join(serving, 'current')).catch(() => 'absent')).toBe('absent');
    expect(await reg.aliasOf('staging')).toBeUndefined();
  });

  it('refuses a tampered file before anything is deployed or recorded', async () => {
    await setup([
      { version: '1.0.0', validated: true, alias: 'staging' },
      { version: '1.1.0', validated: true },
    ]);
    await writeFile(reg.storedFile('1.1.0', 'weights/layer0.bin'), 'tampered');
    const before = gh.state.deployments(REPO).length;
    const out = await deploy(options({ ref: { version: parseModelVersion('1.1.0') } }));
    expect(out.status).toBe('failed');
    expect(out.error).toMatch(/weights\/layer0\.bin of churn@1\.1\.0 does not match its model card/);
    expect(out.restored).toBe('nothing was deployed');
    expect(out.deploymentId).toBeUndefined();
    expect(gh.state.deployments(REPO).length).toBe(before);
    expect(await served()).toBeUndefined();
    expect(await reg.aliasOf('staging')).toBe('1.0.0');
  });

  it.each([
    [undefined, false, /churn 1\.1\.0 has no validate-metrics result in its model card, so it is not deployed.*validation-report/],
    [false, false, /churn 1\.1\.0 failed validate-metrics at registration \(failed checks: accuracy: min 0\.9\), so it is not deployed/],
  ])('refuses a version with validation %s unless allowed', async (validated, _allow, message) => {
    await setup([{ version: '1.1.0', validated }]);
    const refused = await deploy(options({ ref: { version: parseModelVersion('1.1.0') } }));
    expect(refused.status).toBe('failed');
    expect(refused.error).toMatch(message);
    expect(refused.deploymentId).toBeUndefined();
    const allowed = await deploy(options({ ref: { version: parseModelVersion('1.1.0') }, allowUnvalidated: true }));
    expect(allowed.status).toBe('deployed');
    expect(allowed.warnings.join()).toMatch(/deploying it because allow-unvalidated is true/);
  });

  it.each([
    [{ version: parseModelVersion('9.9.9') }, /model 'churn' has no version 9\.9\.9.*Registered versions include 1\.0\.0/],
    [{ alias: parseAlias('nope') }, /alias 'nope' of model 'churn' is not set.*Set aliases are staging → 1\.0\.0/],
  ])('fails clearly on an unknown %j', async (ref, message) => {
    await setup([{ version: '1.0.0', validated: true, alias: 'staging' }]);
    const out = await deploy(options({ ref }));
    expect(out).toMatchObject({ status: 'failed', restored: 'nothing was deployed', deploymentId: undefined });
    expect(out.error).toMatch(message);
    expect(await reg.aliasOf('staging')).toBe('1.0.0');
  });

  it('rolls back through the command target when the command fails', async () => {
    await setup([
      { version: '1.0.0', validated: true, alias: 'staging' },
      { version: '1.1.0', validated: true },
    ]);
    const state = join(serving, 'deployed.txt');
    const log = memoryLog();
    const target = commandTarget({
      command: `echo "$DEPLOY_REASON $MODEL_VERSION" >> "${state}"\nif [ "$MODEL_VERSION" = 1.1.0 ]; then echo "cluster rejected the model" >&2; exit 7; fi`,
      cwd: serving,
      baseEnv: { PATH: process.env['PATH'] },
      timeoutMs: 10_000,
      log,
    });
    const out = await deploy(
      options({ ref: { version: parseModelVersion('1.1.0') }, target, health: { expectations: [], timeoutMs: 1000 } }),
    );
    expect(out.status).toBe('rolled-back');
    expect(out.error).toMatch(/exited with code 7; its last output:\n {2}cluster rejected the model/);
    expect(out.restored).toBe('rolled back: staging serves churn 1.0.0 again; alias staging still points at 1.0.0');
    expect((await readFile(state, 'utf8')).trim().split('\n')).toEqual(['deploy 1.1.0', 'rollback 1.0.0']);
    expect(statesOf(out.deploymentId)).toEqual(['in_progress', 'failure']);
  });

  it('rolls back through the webhook when the receiver answers non-2xx', async () => {
    await setup([
      { version: '1.0.0', validated: true, alias: 'staging' },
      { version: '1.1.0', validated: true },
    ]);
    const hook = await serve((req, res) =>
      JSON.parse(req.body).version === '1.1.0' ? json(res, 502, { error: 'upstream down' }) : json(res, 200, {}),
    );
    try {
      const log = memoryLog();
      const target = webhookTarget({ url: hook.url, secret: 's3cret', provenance: { repository: REPO }, timeoutMs: 5000, log });
      const out = await deploy(
        options({ ref: { version: parseModelVersion('1.1.0') }, target, health: { expectations: [], timeoutMs: 1000 } }),
      );
      expect(out.status).toBe('rolled-back');
      expect(out.error).toMatch(/answered HTTP 502/);
      expect(hook.received.map((r) => `${JSON.parse(r.body).event} ${JSON.parse(r.body).version}`)).toEqual([
        'deploy 1.1.0',
        'rollback 1.0.0',
      ]);
      expect(await reg.aliasOf('staging')).toBe('1.0.0');
    } finally {
      await hook.close();
    }
  });

  it('with rollback off, reports the failure and leaves the new version in place', async () => {
    await setup([
      { version: '1.0.0', validated: true, alias: 'staging' },
      { version: '1.1.0', validated: true, healthy: false },
    ]);
    const out = await deploy(options({ ref: { version: parseModelVersion('1.1.0') }, rollback: false }));
    expect(out.status).toBe('failed');
    expect(out.restored).toBe('rollback is off: staging may now serve 1.1.0');
    expect(await served()).toBe('1.1.0');
    expect(await reg.aliasOf('staging')).toBe('1.0.0');
    expect(statesOf(out.deploymentId)).toEqual(['in_progress', 'failure']);
  });

  it('does not take the alias when another deployment moved it meanwhile, and serves what the alias says', async () => {
    await setup([
      { version: '1.0.0', validated: true, alias: 'staging' },
      { version: '1.1.0', validated: true },
      { version: '1.2.0', validated: true },
    ]);
    const log = memoryLog();
    const dir = directoryTarget({ servingDir: serving, log });
    // While this run deploys 1.1.0, a concurrent run finishes deploying 1.2.0 and moves the alias.
    let raced = false;
    const racing: Target = {
      kind: 'directory',
      describe: () => dir.describe(),
      async deploy(release) {
        await dir.deploy(release);
        if (!raced) {
          raced = true;
          await reg.registry.setAlias(parseModelName(MODEL), parseAlias('staging'), parseModelVersion('1.2.0'), {
            expectedFrom: parseModelVersion('1.0.0'),
            reason: 'the other run',
          });
        }
      },
    };
    const out = await deploy(options({ ref: { version: parseModelVersion('1.1.0') }, target: racing }));
    expect(out.status).toBe('rolled-back');
    expect(out.error).toMatch(/another deployment moved alias staging to 1\.2\.0 while this one ran.*concurrency/);
    expect(await reg.aliasOf('staging')).toBe('1.2.0');
    expect(await served()).toBe('1.2.0');
    expect(statesOf(out.deploymentId)).toEqual(['in_progress', 'failure']);
  });

  it('deploys nothing when the token cannot create deployments', async () => {
    await setup([{ version: '1.0.0', validated: true }]);
    const out = await deploy(options({ ref: { version: parseModelVersion('1.0.0') } }, TOKENS.readOnly));
    expect(out.status).toBe('failed');
    expect(out.error).toMatch(/lacks the 'deployments: write' permission/);
    expect(await served()).toBeUndefined();
    expect(await reg.aliasOf('staging')).toBeUndefined();
  });

  it('works without GitHub (a local run)', async () => {
    await setup([{ version: '1.0.0', validated: true }]);
    const out = await deploy(options({ ref: { version: parseModelVersion('1.0.0') }, github: undefined }));
    expect(out).toMatchObject({ status: 'deployed', deploymentId: undefined });
    expect(await reg.aliasOf('staging')).toBe('1.0.0');
  });
});
