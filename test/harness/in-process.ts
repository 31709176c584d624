/**
 * Runs code that expects a process of its own (an action's run(), the CLI's main()) inside the test's
 * process, set up as the child process would have been and put back afterwards:
 *  - process.env is the given environment (in place: node:child_process, os.tmpdir() and native code
 *    read the real environment), keeping vitest's own VITEST_* variables, which no action reads;
 *  - the working directory is the given one;
 *  - stdout and stderr are captured and are pipes, not a terminal (as a runner's or execFile's are);
 *    console.* writes to them as Node's console does. Workflow commands are lines on stdout: actions/
 *    toolkit packages/core/src/command.ts writes them with process.stdout.write;
 *  - process.exitCode starts unset and is read at the end (core.setFailed sets it: packages/core/src/core.ts);
 *    process.exit() ends the run with its code instead of the test process;
 *  - signal handlers the code adds are removed after it, so they cannot answer a later run's signals.
 *
 * Why: a child process costs CPU to start node and load a bundle or the CLI's sources (measured: the
 * integration project took 252 s of CPU with every step spawned, 188 s with steps in-process, back to
 * back; the data-hash robustness file 8.3 s and 3.3 s), and most tests check what the code does, not
 * that a process starts.
 * Callers: step-runner.ts (runStep decides which steps may run here) and mlops-in-process.ts.
 *
 * One run at a time per process (the environment, the working directory and the streams are the
 * process's): runs started together go one after the other. The integration project runs its files in
 * forks, where process.chdir is allowed; a worker thread cannot chdir (see canRunInProcess).
 *
 * What a process would isolate and this does not: code of another test that goes on beside a run
 * (describe.concurrent) sees the run's environment (hostEnv() gives it its own) and its console output
 * lands in the run's stdout; work the code leaves running after it returns goes on after the process is
 * put back; an unhandled rejection is reported by vitest against the test, not as the run's exit code.
 * A run that times out is reported as timed out, and the process hosts no further run until its code
 * has ended (nothing can stop it): runs asked for meanwhile fail, naming the one that hung.
 */
import { format } from 'node:util';
import { isMainThread } from 'node:worker_threads';

/** Whether this process can host a run: process.chdir works only on a process's main thread. */
export const canRunInProcess = isMainThread;

export interface InProcessOptions {
  /** The whole environment of the run, as a child process would get it. */
  env: NodeJS.ProcessEnv;
  /** The working directory of the run. */
  cwd: string;
  /** Fails the run after this long (a hung step fails its test instead of stalling the file); IN_PROCESS_TIMEOUT_MS by default. */
  timeoutMs?: number | undefined;
}

export interface InProcessRun<T> {
  /** What the code returned; undefined when it threw or called process.exit(). */
  value: T | undefined;
  /** The exit code the process would have had: process.exit()'s, 1 after a throw, else process.exitCode. */
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** process.exit() inside a run: the process would end here; the run ends instead. */
class ProcessExit extends Error {
  readonly code: number;
  constructor(code: number) {
    super(`process.exit(${code})`);
    this.code = code;
  }
}

class TimedOut extends Error {}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const;
const CONSOLE: readonly [keyof Console, 'out' | 'err'][] = [
  ['log', 'out'],
  ['info', 'out'],
  ['debug', 'out'],
  ['dir', 'out'],
  ['table', 'out'],
  ['warn', 'err'],
  ['error', 'err'],
  ['trace', 'err'],
];

/** Fails a run that takes longer (below vitest's 60 s testTimeout, so the run, not the test, times out). */
export const IN_PROCESS_TIMEOUT_MS = 50_000;

let queue: Promise<unknown> = Promise.resolve();
/** The environment of the process outside the runs, while a run has swapped it (see hostEnv). */
let host: NodeJS.ProcessEnv | undefined;
/** Set while a run that timed out is still going: this process can host no other run meanwhile. */
let hung: string | undefined;

/**
 * The process's own environment, also while a run has swapped process.env for the run's: a test that
 * goes on beside a run (describe.concurrent) reads its settings (PATH, HOME, MLOPS_TEST_*) here.
 */
export function hostEnv(): NodeJS.ProcessEnv {
  return host ?? process.env;
}

/** Runs `body` in this process as its own process would run it (see above), after any run under way. */
export function inProcess<T>(body: () => Promise<T>, o: InProcessOptions): Promise<InProcessRun<T>> {
  const turn = queue.then(() => {
    if (hung) throw new Error(`this process can host no in-process run now: an earlier one timed out and is still going (${hung})`);
    return runNow(body, o);
  });
  queue = turn.catch(() => undefined);
  return turn;
}

async function runNow<T>(body: () => Promise<T>, o: InProcessOptions): Promise<InProcessRun<T>> {
  const sinks = { out: [] as string[], err: [] as string[] };
  const savedEnv = { ...process.env };
  const savedCwd = process.cwd();
  const savedExitCode = process.exitCode;
  const savedListeners = new Map(SIGNALS.map((s) => [s, process.listeners(s)]));
  const restore: (() => void)[] = [];
  let timer: NodeJS.Timeout | undefined;
  let value: T | undefined;
  let exitCode: number;
  const timeoutMs = o.timeoutMs ?? IN_PROCESS_TIMEOUT_MS;
  host = savedEnv;
  try {
    setEnv(o.env);
    process.chdir(o.cwd);
    process.exitCode = undefined;
    for (const [stream, sink] of [
      [process.stdout, sinks.out],
      [process.stderr, sinks.err],
    ] as const) {
      restore.push(override(stream, 'write', writer(sink)), override(stream, 'isTTY', undefined), override(stream, 'columns', undefined));
    }
    for (const [method, sink] of CONSOLE)
      restore.push(override(console, method, (...a: unknown[]) => void sinks[sink].push(`${format(...a)}\n`)));
    restore.push(
      override(process, 'exit', (code?: number | string | null) => {
        throw new ProcessExit(Number(code ?? process.exitCode ?? 0));
      }),
    );
    const timedOut = new TimedOut(`the run timed out after ${timeoutMs} ms`);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(timedOut), timeoutMs);
    });
    const running = Promise.resolve().then(body); // a synchronous throw too is the run's, as in a process
    try {
      value = await Promise.race([running, timeout]);
      exitCode = Number(process.exitCode ?? 0);
    } catch (e) {
      // As a child process that never ends is killed and its step reported as timed out (spawnStep).
      // Nothing can stop the code, so no run may start until it has ended.
      if (e === timedOut) {
        hung = timedOut.message;
        const ended = () => {
          if (hung === timedOut.message) hung = undefined;
        };
        running.then(ended, ended);
        throw e;
      }
      if (e instanceof ProcessExit) exitCode = e.code;
      else {
        // Uncaught in a process: Node prints the error's stack on stderr and exits 1.
        sinks.err.push(`${e instanceof Error ? (e.stack ?? String(e)) : `Uncaught ${format(e)}`}\n`);
        exitCode = 1;
      }
    }
  } finally {
    clearTimeout(timer);
    host = undefined;
    for (const undo of restore.reverse()) undo();
    process.exitCode = savedExitCode;
    process.chdir(savedCwd);
    setEnv(savedEnv);
    for (const [s, before] of savedListeners) for (const l of process.listeners(s)) if (!before.includes(l)) process.off(s, l);
  }
  return { value, exitCode, stdout: sinks.out.join(''), stderr: sinks.err.join('') };
}

/**
 * Makes process.env `env`, keeping what the test process needs while the run goes on and no action
 * reads: vitest's VITEST_* variables (its worker reads them), the harness's MLOPS_TEST_* settings, and
 * TMPDIR (the run's temporary folder, global-setup.ts: a test beside the run makes its folders there,
 * and the run's own temporary files are removed with it).
 */
function setEnv(env: NodeJS.ProcessEnv): void {
  const keep = (k: string) => k.startsWith('VITEST') || k.startsWith('MLOPS_TEST_') || k === 'TMPDIR';
  for (const k of Object.keys(process.env)) if (!(k in env) && !keep(k)) delete process.env[k];
  for (const [k, v] of Object.entries(env)) if (v !== undefined && process.env[k] !== v) process.env[k] = v;
}

/** Sets `obj[key]` for a while; the returned function puts back exactly what was there (own property or none). */
function override<T extends object>(obj: T, key: PropertyKey, value: unknown): () => void {
  const before = Object.getOwnPropertyDescriptor(obj, key);
  Object.defineProperty(obj, key, { value, configurable: true, writable: true, enumerable: before?.enumerable ?? false });
  return () => {
    if (before) Object.defineProperty(obj, key, before);
    else delete (obj as Record<PropertyKey, unknown>)[key];
  };
}

/** A stream's write(chunk[, encoding][, callback]), as a pipe takes it. */
function writer(sink: string[]): typeof process.stdout.write {
  return ((chunk: string | Uint8Array, encoding?: BufferEncoding | ((e?: Error | null) => void), callback?: (e?: Error | null) => void) => {
    sink.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(typeof encoding === 'string' ? encoding : 'utf8'));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (done) queueMicrotask(() => done(null));
    return true;
  }) as typeof process.stdout.write;
}

/** Runs `run()` of the module `source` (an action's src/main.ts or src/post.ts) as a step would run it. */
export async function runActionInProcess(
  source: string,
  env: Record<string, string>,
  cwd: string,
  timeoutMs: number,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const mod = (await import(source)) as { run?: () => Promise<void> };
  if (typeof mod.run !== 'function') throw new Error(`${source} exports no run()`);
  const { exitCode, stdout, stderr } = await inProcess(() => mod.run!(), { env, cwd, timeoutMs });
  return { exitCode, stdout, stderr };
}
