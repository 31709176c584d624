/**
 * The in-process runner the CLI tests use (runMlops, test/harness/mlops-in-process.ts) gives what the bin
 * in a child process gives (runMlopsBin): the same exit code, stdout and stderr, command by command; and
 * a run leaves nothing behind in the test's process (environment, working directory, exit code,
 * streams), runs one at a time, and looks like a pipe even when the worker's own stdout is a terminal.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inProcess } from '../../harness/in-process.ts';
import { runMlopsInProcess } from '../../harness/mlops-in-process.ts';
import { type Checkout, ESC, freshCheckout, laptopEnv, runMlops, runMlopsBin } from './helpers.ts';

/** A job whose one run: step prints what it got from the command's environment and working directory. */
const PROBE_WORKFLOW = `on: workflow_dispatch
jobs:
  probe:
    runs-on: ubuntu-latest
    steps:
      - run: echo "probe=\${K3_PROBE-unset} only=\${K3_ONLY_HERE-unset} pwd=$(pwd)"
`;

let c: Checkout;

beforeAll(async () => {
  // churn 0.1.0 (production) and 0.2.0 (staging) in file:reg; the tests here only read it.
  c = await freshCheckout('file:reg');
  await writeFile(join(c.ws, 'wf.yml'), PROBE_WORKFLOW);
});

describe('in this process and through the bin: the same exit code, stdout and stderr', () => {
  it.each<[string[], number]>([
    [[], 2],
    [['--help'], 0],
    [['--version'], 0],
    [['frobnicate'], 2],
    [['run', 'no-such-action'], 2],
    [['run', 'wf.yml', '--job', 'probe'], 0],
    [['run', 'wf.yml', '--job', 'nope'], 2],
    [['registry'], 2],
    [['registry', 'list', 'churn', '--registry', 'file:reg'], 0],
    [['registry', 'show', 'churn', 'production', '--json', '--registry', 'file:reg'], 0],
    [['registry', 'show', 'churn', '9.9.9', '--registry', 'file:reg'], 1],
    [['registry', 'list', '--registry', 'file:missing'], 2],
  ])('mlops %j (exit %i)', async (args, code) => {
    const o = { cwd: c.ws, env: { K3_PROBE: 'given' } };
    const here = await runMlops(args, o);
    const bin = await runMlopsBin(args, o);
    expect(bin.code, bin.stderr).toBe(code);
    expect(here).toEqual(bin);
  });
});

describe('a run in this process', () => {
  it('has the environment and folder it is given, and leaves the process as it was (a key it lacked comes back)', async () => {
    process.env['K3_ONLY_HERE'] = 'kept';
    const envBefore = { ...process.env };
    const cwdOfFile = process.cwd();
    // A folder of this test's own, whatever an earlier run left.
    process.chdir(c.root);
    const cwdBefore = process.cwd();
    const streams = [process.stdout, process.stderr].map((s) => ({ write: s.write, tty: Object.getOwnPropertyDescriptor(s, 'isTTY') }));
    const log = console.log;
    process.exitCode = 7;
    try {
      const env = laptopEnv({ K3_PROBE: 'in-run' });
      delete env['K3_ONLY_HERE'];
      const r = await runMlopsInProcess(['run', 'wf.yml', '--job', 'probe'], { cwd: c.ws, env });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`  probe=in-run only=unset pwd=${c.ws}\n`);
      expect(process.exitCode).toBe(7);
      expect({ ...process.env }).toEqual(envBefore);
      expect(process.env['K3_PROBE']).toBeUndefined();
      expect(process.cwd()).toBe(cwdBefore);
      expect([process.stdout, process.stderr].map((s) => ({ write: s.write, tty: Object.getOwnPropertyDescriptor(s, 'isTTY') }))).toEqual(
        streams,
      );
      expect(console.log).toBe(log);
    } finally {
      process.exitCode = undefined;
      delete process.env['K3_ONLY_HERE'];
      process.chdir(cwdOfFile);
    }
  });

  it('runs one at a time: runs started together each see their own environment and folder', async () => {
    const other = join(c.root, 'other');
    await mkdir(other);
    await writeFile(join(other, 'wf.yml'), PROBE_WORKFLOW);
    const runs = await Promise.all(
      (
        [
          ['a', c.ws],
          ['b', other],
          ['c', c.ws],
        ] as const
      ).map(([probe, cwd]) => runMlops(['run', 'wf.yml', '--job', 'probe'], { cwd, env: { K3_PROBE: probe } })),
    );
    expect(runs.map((r) => /probe=(\S+) only=\S+ pwd=(\S+)/.exec(r.stdout)?.slice(1))).toEqual([
      ['a', c.ws],
      ['b', other],
      ['c', c.ws],
    ]);
  });

  it("writes to a pipe, not a terminal, even when this process's stdout and stderr are terminals: no colours, no progress bar", async () => {
    const undo = [process.stdout, process.stderr].map((s) => {
      const before = Object.getOwnPropertyDescriptor(s, 'isTTY');
      Object.defineProperty(s, 'isTTY', { value: true, configurable: true, writable: true });
      return () => (before ? Object.defineProperty(s, 'isTTY', before) : delete (s as { isTTY?: boolean }).isTTY);
    });
    try {
      const table = await runMlops(['registry', 'list', 'churn', '--registry', 'file:reg'], { cwd: c.ws });
      expect(table.code, table.stderr).toBe(0);
      expect(table.stdout).toMatch(/^VERSION\s+ALIASES/);
      expect(table.stdout).not.toContain(ESC);
      const fetched = await runMlops(['registry', 'fetch', 'churn', 'production', '--out', 'tty-fetch', '--registry', 'file:reg'], {
        cwd: c.ws,
      });
      expect(fetched.code, fetched.stderr).toBe(0);
      expect(fetched.stderr).toBe('');
    } finally {
      for (const u of undo) u();
    }
  });

  it('a throw out of main is exit 1 with the error and its stack on stderr, as Node reports what the bin does not catch', async () => {
    // What runMlopsInProcess does with main (mlops-in-process.ts), with a main that throws.
    const throwing = async (): Promise<number> => {
      console.log('printed before');
      throw new Error('boom');
    };
    const log = console.log;
    const run = await inProcess(throwing, { cwd: c.ws, env: laptopEnv() });
    const r = { code: run.value ?? run.exitCode, stdout: run.stdout, stderr: run.stderr };
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('printed before\n');
    expect(r.stderr).toMatch(/^Error: boom\n\s+at /);
    expect(console.log).toBe(log);
    // The next run is main again.
    expect((await runMlops(['--help'], { cwd: c.ws })).code).toBe(0);
  });
});
