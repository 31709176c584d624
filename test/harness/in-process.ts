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
 * Why: a child process costs ~0.12-0.15 s of CPU to start node and load a bundle or the CLI's sources,
 * and the suite runs about a thousand of them; most test what the code does, not that a process starts.
 * Callers: step-runner.ts (runStep decides which steps may run here) and mlops-in-process.ts.
 *
 * One run at a time per process (the environment, the working directory and the streams are the
 * process's): runs started together go one after the other. The integration project runs its files in
 * forks, where process.chdir is allowed; a worker thread cannot chdir (see canRunInProcess).
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
  /** Fails the run after this long (a hung step fails its test instead of stalling the file). */
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

let queue: Promise<unknown> = Promise.resolve();

/** Runs `body` in this process as its own process would run it (see above), after any run under way. */
export function inProcess<T>(body: () => Promise<T>, o: InProcessOptions): Promise<InProcessRun<T>> {
  const turn = queue.then(() => runNow(body, o));
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
    const timeout =
      o.timeoutMs === undefined
        ? undefined
        : new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`the run did not finish within ${o.timeoutMs} ms`)), o.timeoutMs);
          });
    try {
      value = await (timeout ? Promise.race([body(), timeout]) : body());
      exitCode = Number(process.exitCode ?? 0);
    } catch (e) {
      if (e instanceof ProcessExit) exitCode = e.code;
      else {
        // Uncaught in a process: Node prints the error's stack on stderr and exits 1.
        sinks.err.push(`${e instanceof Error ? (e.stack ?? String(e)) : `Uncaught ${format(e)}`}\n`);
        exitCode = 1;
      }
    }
  } finally {
    clearTimeout(timer);
    for (const undo of restore.reverse()) undo();
    process.exitCode = savedExitCode;
    process.chdir(savedCwd);
    setEnv(savedEnv);
    for (const [s, before] of savedListeners) for (const l of process.listeners(s)) if (!before.includes(l)) process.off(s, l);
  }
  return { value, exitCode, stdout: sinks.out.join(''), stderr: sinks.err.join('') };
}

/** Makes process.env `env`, keeping vitest's VITEST_* variables (its worker reads them while the run goes on). */
function setEnv(env: NodeJS.ProcessEnv): void {
  for (const k of Object.keys(process.env)) if (!(k in env) && !k.startsWith('VITEST')) delete process.env[k];
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
