/**
 * Cancellation, with real signals sent to the bundled deploy action as the runner sends them
 * (actions/runner src/Runner.Sdk/ProcessInvoker.cs: SIGINT, SIGTERM 7.5 s later, the process tree
 * killed 2.5 s after that): the deployment script's whole process group is stopped, what the alias
 * names is served again before the step exits, and the deployment is marked. After a SIGKILL (no
 * chance to clean up), the next run finds served ≠ alias and repairs it before anything else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, readlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../../harness/github-emulator/server.ts';
import { runStep, type StepResult } from '../../harness/step-runner.ts';
import { makeRegistry, MODEL, type TestRegistry } from '../../unit/deployment/fixtures.ts';
import { expectNoViolations, json, serve, type TestServer } from '../../unit/deployment/servers.ts';
import { ensureDeployBundle } from './bundle.ts';

const REPO = 'octo-org/ml-project';
let gh: GitHubEmulator;
let server: TestServer | undefined;
beforeAll(async () => {
  await ensureDeployBundle();
  gh = await startGitHubEmulator();
}, 120_000);
afterAll(() => gh.stop());
afterEach(async () => {
  await server?.close();
  server = undefined;
  expectNoViolations(gh);
});

/** Live (not zombie: dead, only waiting to be reaped) processes of a process group, from /proc. */
function groupMembers(pgid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid pgrp …; comm may contain spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') out.push(Number(name));
  }
  return out;
}
/** Whether a process (not a zombie) with this pid exists. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]!);
  } catch {
    return false;
  }
}
const errors = (r: StepResult) => r.annotations.filter((a) => a.level === 'error');
const deploymentOf = (r: StepResult) => gh.state.deployments(REPO).find((d) => String(d.id) === r.outputs['deployment-id']);

async function registry(): Promise<TestRegistry> {
  const reg = await makeRegistry('file');
  await reg.register({ version: '1.0.0', validated: true, alias: 'staging' });
  await reg.register({ version: '1.1.0', validated: true });
  return reg;
}

describe('deploy cancelled by the runner', () => {
  it('SIGINT during a command target: its process group is stopped, the alias version is served again, deployment error, one ::error::', async () => {
    const reg = await registry();
    const ws = reg.workspace;
    await writeFile(join(ws, 'served.txt'), '1.0.0\n');
    // Switches at once, then "warms up" for 30 s with a child process; finishing would log a line.
    const command = [
      'echo "$$" > "pgid.$DEPLOY_REASON"',
      'echo "$MODEL_VERSION" > served.txt',
      'echo "switched to $MODEL_VERSION"',
      'if [ "$DEPLOY_REASON" = deploy ]; then sleep 30 & echo "$!" > child.pid; wait; fi',
      'echo "$MODEL_VERSION finished" >> finished.log',
    ].join('\n');
    const r = await runStep({
      action: 'deploy',
      workspace: ws,
      apiUrl: gh.url,
      repository: REPO,
      inputs: { model: MODEL, version: '1.1.0', environment: 'staging', registry: reg.input, target: 'command', command },
      signals: [
        { signal: 'SIGINT', onStdout: /switched to 1\.1\.0/, afterMs: 200 },
        { signal: 'SIGTERM', onStdout: /switched to 1\.1\.0/, afterMs: 200 + 7500 },
      ],
    });
    expect(r.exitCode, r.stdout).toBe(1);
    // Done inside the runner's SIGINT grace period (the SIGTERM was never needed).
    expect(r.durationMs).toBeLessThan(7500);
    expect((await readFile(join(ws, 'served.txt'), 'utf8')).trim()).toBe('1.0.0');
    expect(await reg.aliasOf('staging')).toBe('1.0.0');
    const pgid = Number(await readFile(join(ws, 'pgid.deploy'), 'utf8'));
    expect(pgid).toBeGreaterThan(1);
    expect(groupMembers(pgid)).toEqual([]);
    // No waiting for a late "1.1.0 finished": the only process that could write it (the shell waiting on
    // its `sleep 30` child) is in that group, now empty, and it would have written only after 30 s.
    const child = Number(await readFile(join(ws, 'child.pid'), 'utf8'));
    expect(alive(child)).toBe(false);
    expect((await readFile(join(ws, 'finished.log'), 'utf8')).trim().split('\n')).toEqual(['1.0.0 finished']);
    expect(r.outputs['status']).toBe('rolled-back');
    const [error, ...more] = errors(r);
    expect(more).toEqual([]);
    expect(error!.message).toMatch(
      /^Deploying churn 1\.1\.0 to staging failed: the workflow run was cancelled \(SIGINT\) during the deployment; the deployment command for churn 1\.1\.0 was stopped \(with its whole process group\).*Rolled back: staging serves churn 1\.0\.0 again \(not health-checked: the run was cancelled\); alias staging still points at 1\.0\.0\.$/s,
    );
    expect(deploymentOf(r)!.statuses.map((s) => s.state)).toEqual(['in_progress', 'error']);
    await reg.registry.close();
  }, 30_000);

  it('SIGINT while the health check waits on a directory target: current points at the alias version again', async () => {
    const reg = await registry();
    const serving = join(reg.workspace, 'serving');
    server = await serve((_req, res) => json(res, 503, { status: 'loading' }));
    const base = {
      model: MODEL,
      environment: 'staging',
      registry: reg.input,
      target: 'directory',
      'serving-dir': 'serving',
      'github-deployment': 'false',
    };
    expect((await runStep({ action: 'deploy', workspace: reg.workspace, inputs: { ...base, version: '1.0.0' } })).exitCode).toBe(0);
    const r = await runStep({
      action: 'deploy',
      workspace: reg.workspace,
      inputs: { ...base, version: '1.1.0', 'health-url': `${server.url}/health`, 'health-timeout': '60s' },
      signals: [{ signal: 'SIGTERM', onStdout: /current -> releases\/1\.1\.0/, afterMs: 300 }],
    });
    expect(r.exitCode).toBe(1);
    expect(r.durationMs).toBeLessThan(7500);
    expect(await readlink(join(serving, 'current'))).toBe('releases/1.0.0');
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]!.message).toMatch(
      /cancelled \(SIGTERM\).*health check of .* was stopped.*Rolled back: staging serves churn 1\.0\.0 again/s,
    );
    await reg.registry.close();
  }, 30_000);

  it('after a SIGKILL left the new version served, the next run restores what the alias names before anything else', async () => {
    const reg = await registry();
    const serving = join(reg.workspace, 'serving');
    server = await serve((_req, res) => json(res, 503, { status: 'loading' }));
    const base = {
      model: MODEL,
      environment: 'staging',
      registry: reg.input,
      target: 'directory',
      'serving-dir': 'serving',
      'github-deployment': 'false',
    };
    expect((await runStep({ action: 'deploy', workspace: reg.workspace, inputs: { ...base, version: '1.0.0' } })).exitCode).toBe(0);
    const killed = await runStep({
      action: 'deploy',
      workspace: reg.workspace,
      inputs: { ...base, version: '1.1.0', 'health-url': `${server.url}/health`, 'health-timeout': '60s' },
      signals: [{ signal: 'SIGKILL', onStdout: /current -> releases\/1\.1\.0/, afterMs: 100 }],
    });
    expect(killed.exitCode).toBe(128);
    expect(await readlink(join(serving, 'current'))).toBe('releases/1.1.0');
    expect(await reg.aliasOf('staging')).toBe('1.0.0');

    // The next run names a version that does not exist: it still repairs first, then fails on its input.
    const next = await runStep({ action: 'deploy', workspace: reg.workspace, inputs: { ...base, version: '9.9.9' } });
    expect(next.exitCode).toBe(1);
    expect(await readlink(join(serving, 'current'))).toBe('releases/1.0.0');
    expect(next.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toContainEqual(
      'staging serves churn 1.1.0, but alias staging points at 1.0.0: an earlier deployment was interrupted (its runner was killed before it could restore); restoring 1.0.0 first',
    );
    expect(errors(next)).toHaveLength(1);
    expect(errors(next)[0]!.message).toMatch(/has no version 9\.9\.9/);
    await reg.registry.close();
  }, 30_000);

  it('after a SIGKILL during a command target, the next run sees the other version on the health endpoint and redeploys the alias version first', async () => {
    const reg = await registry();
    const ws = reg.workspace;
    await writeFile(join(ws, 'served.txt'), '1.0.0\n');
    server = await serve(async (_req, res) => json(res, 200, { version: (await readFile(join(ws, 'served.txt'), 'utf8')).trim() }));
    const command = [
      'echo "$$" > "pgid.$DEPLOY_REASON"',
      'echo "$MODEL_VERSION" > served.txt',
      'echo "$DEPLOY_REASON $MODEL_VERSION" >> deploys.log',
      'echo "switched to $MODEL_VERSION"',
      '[ "$MODEL_VERSION" != 1.1.0 ] || sleep 30',
    ].join('\n');
    const base = {
      model: MODEL,
      environment: 'staging',
      registry: reg.input,
      target: 'command',
      command,
      'health-url': `${server.url}/health`,
      'health-expect': 'version',
      'health-timeout': '2s',
      'github-deployment': 'false',
    };
    const killed = await runStep({
      action: 'deploy',
      workspace: ws,
      inputs: { ...base, version: '1.1.0' },
      signals: [{ signal: 'SIGKILL', onStdout: /switched to 1\.1\.0/, afterMs: 100 }],
    });
    expect(killed.exitCode).toBe(128);
    // Nothing stopped the script's group (SIGKILL gives no chance): stop it here, as a runner's cleanup would.
    try {
      process.kill(-Number(await readFile(join(ws, 'pgid.deploy'), 'utf8')), 'SIGKILL');
    } catch {
      // already gone
    }
    expect((await readFile(join(ws, 'served.txt'), 'utf8')).trim()).toBe('1.1.0');

    const next = await runStep({ action: 'deploy', workspace: ws, inputs: { ...base, version: '9.9.9' } });
    expect(next.exitCode).toBe(1);
    expect((await readFile(join(ws, 'served.txt'), 'utf8')).trim()).toBe('1.0.0');
    expect((await readFile(join(ws, 'deploys.log'), 'utf8')).trim().split('\n')).toEqual(['deploy 1.1.0', 'rollback 1.0.0']);
    expect(
      next.annotations.some((a) => a.level === 'warning' && /serves churn 1\.1\.0, but alias staging points at 1\.0\.0/.test(a.message)),
    ).toBe(true);
    expect(errors(next)).toHaveLength(1);
    await reg.registry.close();
  }, 30_000);
});
