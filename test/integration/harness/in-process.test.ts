/**
 * Steps run in the test's own process (test/harness/in-process.ts): the same result as the bundle run as
 * a child process, the process left as it was found, one step at a time, and which steps must keep a
 * process of their own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { inProcess, runActionInProcess } from '../../harness/in-process.ts';
import { placeOf, runStep, type StepOptions } from '../../harness/step-runner.ts';
import { tempDirSync } from '../../harness/temp.ts';

function workspace(): string {
  const ws = tempDirSync('in-process-ws-');
  mkdirSync(join(ws, 'data'));
  writeFileSync(join(ws, 'data', 'a.csv'), 'a,1\n');
  writeFileSync(join(ws, 'data', 'b.csv'), 'b,2\n');
  return ws;
}

/** What a step hands on, its own RUNNER_TEMP written as such. */
const handedOn = (r: Awaited<ReturnType<typeof runStep>>) => ({
  exitCode: r.exitCode,
  outputs: Object.fromEntries(Object.entries(r.outputs).map(([k, v]) => [k, v.replaceAll(r.runnerTemp, '$RUNNER_TEMP')])),
  annotations: r.annotations,
});

describe('a step run in-process', () => {
  it('gives what the bundle run as a child process gives: exit code, outputs, annotations', async () => {
    const ws = workspace();
    for (const inputs of [{ path: 'data' }, { path: 'data', algorithm: 'md5' }, { path: 'missing/**' }]) {
      const [inside, outside] = [
        await runStep({ action: 'data-hash', workspace: ws, inputs, runIn: 'in-process' }),
        await runStep({ action: 'data-hash', workspace: ws, inputs, runIn: 'process' }),
      ];
      expect(handedOn(inside)).toEqual(handedOn(outside));
    }
    const ok = await runStep({ action: 'data-hash', workspace: ws, inputs: { path: 'data' }, runIn: 'in-process' });
    expect(ok.outputs['files']).toBe('2');
    expect(ok.summary).toMatch(/^### Dataset hash/);
    expect((await runStep({ action: 'data-hash', workspace: ws, inputs: { path: 'missing/**' }, runIn: 'in-process' })).exitCode).toBe(1);
  });

  it('leaves the process as it found it: environment, working directory, exit code, output streams, signal handlers', async () => {
    const state = () => ({
      env: { ...process.env },
      cwd: process.cwd(),
      exitCode: process.exitCode,
      write: process.stdout.write,
      isTTY: process.stdout.isTTY,
      log: console.log,
      exit: process.exit,
      sigterm: process.listenerCount('SIGTERM'),
    });
    const before = state();
    const r = await runStep({ action: 'data-hash', workspace: workspace(), inputs: { path: 'nothing-here/**' }, runIn: 'in-process' });
    expect(r.exitCode).toBe(1); // core.setFailed set process.exitCode, and the harness put it back
    expect(state()).toEqual(before);
  });

  it('runs steps started together one after the other, each with its own environment and output', async () => {
    const [a, b] = [workspace(), workspace()];
    writeFileSync(join(b, 'data', 'c.csv'), 'c,3\n');
    const [ra, rb] = await Promise.all([
      runStep({ action: 'data-hash', workspace: a, inputs: { path: 'data' }, runIn: 'in-process' }),
      runStep({ action: 'data-hash', workspace: b, inputs: { path: 'data' }, runIn: 'in-process' }),
    ]);
    expect([ra.outputs['files'], rb.outputs['files']]).toEqual(['2', '3']);
    expect(ra.stdout).not.toBe(rb.stdout);
  });

  it("captures the step's stdout and console, and turns process.exit into the step's exit code", async () => {
    const dir = tempDirSync('in-process-module-');
    const source = join(dir, 'main.ts');
    writeFileSync(
      source,
      [
        'export async function run(): Promise<void> {',
        "  process.stdout.write('::warning::from write\\n');",
        "  console.log('from console %d', 42);",
        "  console.error('to stderr');",
        "  process.on('SIGTERM', () => undefined);",
        '  process.exit(3);',
        '}',
      ].join('\n'),
    );
    const sigterm = process.listenerCount('SIGTERM');
    const r = await runActionInProcess(source, { PATH: process.env['PATH'] ?? '', GITHUB_WORKSPACE: dir }, dir, 10_000);
    expect(r).toEqual({ exitCode: 3, stdout: '::warning::from write\nfrom console 42\n', stderr: 'to stderr\n' });
    expect(process.listenerCount('SIGTERM')).toBe(sigterm);
  });
});

describe('a run that does not end', () => {
  it('is reported as timed out, and no run starts until its code has ended', async () => {
    const cwd = tempDirSync('in-process-hang-');
    let release!: () => void;
    const stuck = new Promise<void>((r) => (release = r));
    await expect(inProcess(() => stuck, { env: { PATH: process.env['PATH'] }, cwd, timeoutMs: 50 })).rejects.toThrow(
      /timed out after 50 ms/,
    );
    await expect(inProcess(async () => 1, { env: {}, cwd })).rejects.toThrow(/an earlier one timed out and is still going/);
    release();
    await stuck;
    await new Promise((r) => setImmediate(r));
    expect((await inProcess(async () => 2, { env: { PATH: process.env['PATH'] }, cwd })).value).toBe(2);
  });
});

describe('where a step runs', () => {
  const base: StepOptions = { action: 'deploy' };
  it('in-process by default, as a process when it needs one', () => {
    const forced = process.env['MLOPS_TEST_STEPS'];
    delete process.env['MLOPS_TEST_STEPS']; // MLOPS_TEST_STEPS=process (or in-process) would decide every step
    onTestFinished(() => {
      if (forced !== undefined) process.env['MLOPS_TEST_STEPS'] = forced;
    });
    expect(placeOf(base)).toBe('in-process');
    expect(placeOf({ ...base, signals: [{ signal: 'SIGTERM' }] })).toBe('process');
    expect(placeOf({ ...base, user: { uid: 65534, gid: 65534 } })).toBe('process');
    // A folder that is not a build of the current sources (a fixture, another release's bundles).
    expect(placeOf({ ...base, actionDir: tempDirSync('other-build-') })).toBe('process');
    expect(placeOf({ ...base, runIn: 'process' })).toBe('process');
  });
});
