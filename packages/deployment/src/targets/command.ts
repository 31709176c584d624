import { spawn } from 'node:child_process';
import type { Logger, Release } from '../types.ts';
import { releaseEnvironment, TargetFailed, type Target } from './target.ts';

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
    deploy: (release) => runScript(o, release),
  };
}

function firstLine(command: string): string {
  const line = command.split(/\r?\n/).find((l) => l.trim() !== '')?.trim() ?? '';
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

async function runScript(o: CommandTargetOptions, release: Release): Promise<void> {
  const env = scriptEnvironment(o.baseEnv, release);
  const tail: string[] = [];
  const remember = (line: string) => {
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
  };
  const outcome = await spawnShell(o.command, o.cwd, env, o.timeoutMs, (line) => {
    o.log.info(line);
    remember(line);
  });
  if (outcome.kind === 'exit' && outcome.code === 0) return;
  const what =
    outcome.kind === 'timeout'
      ? `did not finish within ${Math.round(o.timeoutMs / 1000)}s and was stopped`
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
  | { kind: 'spawn'; message: string };

function spawnShell(command: string, cwd: string, env: Record<string, string>, timeoutMs: number, onLine: (line: string) => void): Promise<Outcome> {
  return trySpawn('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', command], cwd, env, timeoutMs, onLine).then((r) =>
    // No bash (a slim container): POSIX sh, still stopping at the first failing command.
    r.kind === 'spawn' && /ENOENT/.test(r.message) ? trySpawn('sh', ['-e', '-c', command], cwd, env, timeoutMs, onLine) : r,
  );
}

function trySpawn(
  file: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
  onLine: (line: string) => void,
): Promise<Outcome> {
  return new Promise((resolve) => {
    // Its own process group, so a timeout stops the script's children too.
    const detached = process.platform !== 'win32';
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached });
    let timedOut = false;
    const kill = (signal: NodeJS.Signals) => {
      try {
        if (detached && child.pid) process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill('SIGTERM');
      setTimeout(() => kill('SIGKILL'), 5000).unref();
    }, timeoutMs);
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
      resolve({ kind: 'spawn', message: `${file}: ${(e as NodeJS.ErrnoException).code ?? e.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) resolve({ kind: 'timeout' });
      else if (signal) resolve({ kind: 'signal', signal });
      else resolve({ kind: 'exit', code: code ?? 1 });
    });
  });
}
