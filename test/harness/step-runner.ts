/**
 * Runs a bundled action (`node actions/<name>/dist/index.js`) as a child process the way the GitHub
 * runner does: every declared input set from `with:` or its action.yml default (`${{ github.token }}`
 * becomes the step's token), the file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STEP_SUMMARY,
 * GITHUB_STATE), the event payload file, and the usual GITHUB_* / RUNNER_* variables.
 * It returns the exit code, parsed outputs, the summary, the state for a post step, and the
 * annotations and masks the step printed as workflow commands.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { makeEvent, type EventName } from './events.ts';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  column?: number;
  title?: string;
}

export interface StepOptions {
  /** Action folder name under actions/, e.g. `data-hash`. */
  action: string;
  /**
   * The folder holding action.yml and the bundle, when it is not actions/<action> (a fixture action
   * a test bundled, e.g. with buildFixtureAction from test/harness/fixture-action.ts).
   */
  actionDir?: string;
  /** `main` (default) or `post`. */
  entry?: 'main' | 'post';
  /** The step's `with:`; undeclared names fail the run, as actionlint would. */
  inputs?: Record<string, string | number | boolean | undefined>;
  /** GITHUB_WORKSPACE and the child's working directory; a new temp dir by default. */
  workspace?: string;
  /** RUNNER_TEMP; a new temp dir by default. */
  runnerTemp?: string;
  event?: EventName;
  /** Merged into the generated event payload. */
  payload?: Record<string, unknown>;
  /** `owner/name`. */
  repository?: string;
  /** GITHUB_API_URL, e.g. an emulator's URL. */
  apiUrl?: string;
  /** What `${{ github.token }}` evaluates to. */
  token?: string;
  /** Extra environment (wins over everything else). */
  env?: Record<string, string | undefined>;
  /** STATE_* for a post step (use the `state` of the main step's result). */
  state?: Record<string, string>;
  timeoutMs?: number;
  /**
   * Run the step as this POSIX user (the tests run as root, which reads any file; a test of an
   * unreadable file needs another user). The step's file commands are handed to it; the workspace
   * and runner temp must be usable by it.
   */
  user?: { uid: number; gid: number };
  /**
   * Signals sent to the action's process while it runs, as the runner does on cancellation (SIGINT,
   * then SIGTERM 7.5 s later, then SIGKILL of the tree: actions/runner src/Runner.Sdk/ProcessInvoker.cs).
   * Each is sent once: `afterMs` after the step's stdout first matches `onStdout` (or after it starts).
   */
  signals?: { signal: NodeJS.Signals; onStdout?: RegExp; afterMs?: number }[];
}

export interface StepResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  env: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** Values the step registered with ::add-mask:: (they must never appear in stdout afterwards). */
  masks: string[];
  workspace: string;
  runnerTemp: string;
  durationMs: number;
}

interface ActionYml {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  runs: { main: string; post?: string };
}

function readActionYml(action: string, dir = join(repoRoot, 'actions', action)): ActionYml {
  const file = join(dir, 'action.yml');
  if (!existsSync(file)) throw new Error(`no action named '${action}' (looked for ${file})`);
  return parse(readFileSync(file, 'utf8')) as ActionYml;
}

/** Evaluates the few expressions our action.yml defaults use. */
function evaluateDefault(value: string, token: string): string {
  return value.replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
}

/** Parses a file command file: `name=value` lines and `name<<DELIM` … `DELIM` blocks. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** Parses `::error file=a,line=3::message` workflow commands out of a step's stdout. */
export function parseCommands(stdout: string): { annotations: Annotation[]; masks: string[] } {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const [, command, props = '', data = ''] = m;
    if (command === 'add-mask') {
      masks.push(unescapeData(data));
      continue;
    }
    if (command !== 'error' && command !== 'warning' && command !== 'notice') continue;
    const a: Annotation = { level: command, message: unescapeData(data) };
    for (const kv of props.split(',').filter(Boolean)) {
      const eq = kv.indexOf('=');
      const key = kv.slice(0, eq);
      const value = unescapeProperty(kv.slice(eq + 1));
      if (key === 'file') a.file = value;
      else if (key === 'line') a.line = Number(value);
      else if (key === 'col') a.column = Number(value);
      else if (key === 'title') a.title = value;
    }
    annotations.push(a);
  }
  return { annotations, masks };
}

export async function runStep(o: StepOptions): Promise<StepResult> {
  const meta = readActionYml(o.action, o.actionDir);
  const entry = o.entry === 'post' ? meta.runs.post : meta.runs.main;
  if (!entry) throw new Error(`action '${o.action}' has no ${o.entry} entry point`);
  const script = join(o.actionDir ?? join(repoRoot, 'actions', o.action), entry);
  if (!existsSync(script)) throw new Error(`${script} does not exist: run 'npm run build'`);

  const token = o.token ?? 'ghs_test_token_0123456789';
  const declared = meta.inputs ?? {};
  for (const name of Object.keys(o.inputs ?? {})) {
    if (!(name in declared)) throw new Error(`action '${o.action}' has no input '${name}' (declared: ${Object.keys(declared).join(', ')})`);
  }

  const workspace = o.workspace ?? (await mkdtemp(join(tmpdir(), 'mlops-ws-')));
  const runnerTemp = o.runnerTemp ?? (await mkdtemp(join(tmpdir(), 'mlops-runner-')));
  const files = await mkdtemp(join(runnerTemp, '_runner_file_commands-'));
  const paths = {
    output: join(files, 'output'),
    env: join(files, 'env'),
    summary: join(files, 'step_summary'),
    state: join(files, 'state'),
    path: join(files, 'path'),
    event: join(files, 'event.json'),
  };
  await mkdir(files, { recursive: true });
  await Promise.all([paths.output, paths.env, paths.summary, paths.state, paths.path].map((p) => writeFile(p, '')));

  const repository = o.repository ?? 'octo-org/ml-project';
  const eventName = o.event ?? 'push';
  const sha = 'a'.repeat(40);
  await writeFile(paths.event, JSON.stringify(makeEvent(eventName, { repository, sha, ...(o.payload ?? {}) })));
  if (o.user) {
    const { uid, gid } = o.user;
    await Promise.all([files, ...Object.values(paths)].map((p) => chown(p, uid, gid)));
  }

  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? workspace,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: `__${o.action}`,
    GITHUB_ACTOR: 'octocat',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: paths.event,
    GITHUB_JOB: 'test',
    GITHUB_REF: eventName === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main',
    GITHUB_REF_NAME: eventName === 'pull_request' ? '7/merge' : 'main',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0]!,
    GITHUB_RUN_ID: '1234567890',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: o.apiUrl ?? 'http://127.0.0.1:9/unreachable',
    GITHUB_GRAPHQL_URL: `${o.apiUrl ?? 'http://127.0.0.1:9/unreachable'}/graphql`,
    GITHUB_SHA: sha,
    GITHUB_WORKFLOW: 'ml',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: paths.output,
    GITHUB_ENV: paths.env,
    GITHUB_STATE: paths.state,
    GITHUB_STEP_SUMMARY: paths.summary,
    GITHUB_PATH: paths.path,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'harness',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(runnerTemp, '_tool'),
  };
  // The runner sets every declared input: the step's value, else the action.yml default.
  for (const [name, spec] of Object.entries(declared)) {
    const given = o.inputs?.[name];
    const value = given !== undefined ? String(given) : spec.default !== undefined ? evaluateDefault(String(spec.default), token) : '';
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [k, v] of Object.entries(o.state ?? {})) env[`STATE_${k}`] = v;
  for (const [k, v] of Object.entries(o.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }

  const started = performance.now();
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'], ...(o.user ?? {}) });
    let out = '';
    let err = '';
    const pending = [...(o.signals ?? [])];
    const armed = new Set<(typeof pending)[number]>();
    const arm = () => {
      for (const sig of pending) {
        if (armed.has(sig) || (sig.onStdout && !sig.onStdout.test(out))) continue;
        armed.add(sig);
        setTimeout(() => {
          if (child.exitCode === null && child.signalCode === null) child.kill(sig.signal);
        }, sig.afterMs ?? 0);
      }
    };
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (pending.length) arm();
    });
    if (pending.length) arm();
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`step ${o.action} timed out after ${o.timeoutMs ?? 120_000} ms\n${out}\n${err}`));
    }, o.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ exitCode: code ?? (signal ? 128 : 1), stdout: out, stderr: err });
    });
  });
  const durationMs = performance.now() - started;
  const [outputs, envOut, state, summary] = await Promise.all([
    readFile(paths.output, 'utf8').then(parseFileCommand),
    readFile(paths.env, 'utf8').then(parseFileCommand),
    readFile(paths.state, 'utf8').then(parseFileCommand),
    readFile(paths.summary, 'utf8'),
  ]);
  return { exitCode, stdout, stderr, outputs, env: envOut, state, summary, ...parseCommands(stdout), workspace, runnerTemp, durationMs };
}

/** The runner's delimiter format, for tests that need to write a file command themselves. */
export function heredoc(name: string, value: string): string {
  const delim = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delim}\n${value}\n${delim}\n`;
}
