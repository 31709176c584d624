import { spawn } from 'node:child_process';
import type { Logger, Release } from '../types.ts';
import { releaseEnvironment, TargetFailed, type DeployCallOptions, type Target } from './target.ts';

export interface CommandTargetOptions {
  /** The script, run like a workflow `run:` step: bash -e -o pipefail (sh -e where there is no bash). */
  command: string;
  /** Working directory (the workspace). */
  cwd: string;
  /** The environment the command starts from (the step's, without INPUT_* variables). */
  baseEnv: Record<string, string | undefined>;
  /** The command is stopped (SIGTERM, then SIGKILL) after this long. */
  timeoutMs: number;
  log: Logger;
  /** Input name for messages. */
  input?: string;
}

/** How many of the last output lines a failure message repeats. */
const TAIL_LINES = 10;

/**
 * Runs the user's deployment script with MODEL_NAME, MODEL_VERSION, MODEL_PATH, MODEL_DIGEST,
 * DEPLOY_ENVIRONMENT (and DEPLOY_ALIAS, DEPLOY_REASON) set, its output streamed line by line to the
 * log. A non-zero exit, a signal or the timeout is a TargetFailed that may have changed the
 * environment (a script can fail half-way), so the flow rolls back.
 */
export function commandTarget(o: CommandTargetOptions): Target {
  return {
    kind: 'command',
    describe: () => `command (${firstLine(o.command)})`,
    deploy: (release, call) => runScript(o, release, call),
  };
}

function firstLine(command: string): string {
  const line =
    command
      .split(/\r?\n/)
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/** The step's environment minus the action's own inputs: a token or webhook secret must not reach the script. */
export function scriptEnvironment(base: Record<string, string | undefined>, release: Release): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) {
    if (v !== undefined && !/^INPUT_/i.test(k)) env[k] = v;
  }
  return { ...env, ...releaseEnvironment(release) };
}

async function runScript(o: CommandTargetOptions, release: Release, call: DeployCallOptions = {}): Promise<void> {
  const env = scriptEnvironment(o.baseEnv, release);
  const timeoutMs = Math.min(o.timeoutMs, call.timeoutMs ?? Infinity);
  const tail: string[] = [];
  const remember = (line: string) => {
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
  };
  const outcome = await spawnShell(o.command, o.cwd, env, timeoutMs, call.signal, (line) => {
    o.log.info(line);
    remember(line);
  });
  if (outcome.kind === 'exit' && outcome.code === 0) return;
  const what =
    outcome.kind === 'timeout'
      ? `did not finish within ${Math.round(timeoutMs / 1000)}s and was stopped`
      : outcome.kind === 'cancelled'
        ? 'was stopped (with its whole process group) because the run was cancelled'
        : outcome.kind === 'signal'
          ? `was killed by ${outcome.signal}`
          : outcome.kind === 'spawn'
            ? `could not start: ${outcome.message}`
            : `exited with code ${outcome.code}`;
  const lastLines = tail.length ? `; its last output:\n${tail.map((l) => `  ${l}`).join('\n')}` : '';
  throw new TargetFailed(`the deployment command for ${release.model} ${release.version} ${what}${lastLines}`, outcome.kind !== 'spawn', {
    ...(o.input ? { input: o.input } : {}),
  });
}

type Outcome =
  | { kind: 'exit'; code: number }
  | { kind: 'signal'; signal: string }
  | { kind: 'timeout' }
  | { kind: 'cancelled' }
  | { kind: 'spawn'; message: string };

/** After SIGTERM, how long a stopped script's process group has before SIGKILL. */
const TIMEOUT_KILL_GRACE_MS = 5000;
/** The same on cancellation: short, the whole restore must fit in the runner's 7.5 s before its SIGTERM. */
const CANCEL_KILL_GRACE_MS = 1000;

function spawnShell(
  command: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  onLine: (line: string) => void,
): Promise<Outcome> {
  return trySpawn('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', command], cwd, env, timeoutMs, signal, onLine).then(
    (r) =>
      // No bash (a slim container): POSIX sh, still stopping at the first failing command.
      r.kind === 'spawn' && /ENOENT/.test(r.message) ? trySpawn('sh', ['-e', '-c', command], cwd, env, timeoutMs, signal, onLine) : r,
  );
}

function trySpawn(
  file: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  onLine: (line: string) => void,
): Promise<Outcome> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve({ kind: 'cancelled' });
    // Its own process group, so a timeout or a cancellation stops the script's children too. (The
    // runner signals only the action's own process, so nothing else would stop this group.)
    const detached = process.platform !== 'win32';
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached });
    let stoppedBy: 'timeout' | 'cancelled' | undefined;
    const kill = (sig: NodeJS.Signals) => {
      try {
        if (detached && child.pid) process.kill(-child.pid, sig);
        else child.kill(sig);
      } catch {
        // already gone
      }
    };
    let killTimer: NodeJS.Timeout | undefined;
    const stop = (why: 'timeout' | 'cancelled', graceMs: number) => {
      if (stoppedBy) return;
      stoppedBy = why;
      kill('SIGTERM');
      killTimer = setTimeout(() => kill('SIGKILL'), graceMs);
    };
    const timer = setTimeout(() => stop('timeout', TIMEOUT_KILL_GRACE_MS), timeoutMs);
    const onAbort = () => stop('cancelled', CANCEL_KILL_GRACE_MS);
    signal?.addEventListener('abort', onAbort, { once: true });
    const lines = (stream: NodeJS.ReadableStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const parts = (rest + chunk).split(/\r?\n/);
        rest = parts.pop() ?? '';
        for (const p of parts) onLine(p);
      });
      stream.on('end', () => {
        if (rest) onLine(rest);
        rest = '';
      });
    };
    lines(child.stdout);
    lines(child.stderr);
    child.on('error', (e) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve({ kind: 'spawn', message: `${file}: ${(e as NodeJS.ErrnoException).code ?? e.message}` });
    });
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (stoppedBy) {
        // The shell is gone; children that ignored SIGTERM (or outlived it) get SIGKILL now, not later.
        clearTimeout(killTimer);
        if (processGroupAlive(detached, child.pid)) kill('SIGKILL');
        resolve({ kind: stoppedBy });
      } else if (sig) resolve({ kind: 'signal', signal: sig });
      else resolve({ kind: 'exit', code: code ?? 1 });
    });
  });
}

function processGroupAlive(detached: boolean, pid: number | undefined): boolean {
  if (!detached || !pid) return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
