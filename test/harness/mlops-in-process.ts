/**
 * `mlops <args>` in the test's own process: the CLI's `main(argv)` (packages/cli/src/cli.ts), called as
 * packages/cli/bin/mlops.js calls it, with what a child process would have had — its own environment and
 * working directory, stdout and stderr that are pipes (not a terminal) — and the same observable result,
 * the exit code and the two streams' text. A run costs no node start nor a load of the CLI's sources
 * (the CLI test files took 41 s of CPU with 126 runs spawned, 24 s with 110 of them in-process): use it where a test is about what a command does, and
 * keep the real bin (a child process) where the process itself is under test (exit codes and errors
 * through the bin, --help/--version, one run of each command family, concurrency).
 *
 * One run at a time per process (one queue with the in-process steps): the environment, the working directory and the
 * streams are the process's own, so `Promise.all` of runs is serialized, never interleaved.
 */
import { main } from '../../packages/cli/src/cli.ts';
import { inProcess, type InProcessOptions } from './in-process.ts';

export interface MlopsRun {
  code: number;
  stdout: string;
  stderr: string;
}

export type { InProcessOptions };

/** Runs `mlops <args>` in this process (test/harness/in-process.ts), after any run already under way; rejects only when it times out. */
export async function runMlopsInProcess(args: string[], o: InProcessOptions): Promise<MlopsRun> {
  // bin/mlops.js: `process.exitCode = await main(process.argv.slice(2))`, so main's return is the exit code;
  // it does not catch, and Node reports an uncaught rejection of its top-level await as inProcess does.
  const r = await inProcess(() => main(args), o);
  return { code: r.value ?? r.exitCode, stdout: r.stdout, stderr: r.stderr };
}
