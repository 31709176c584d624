/**
 * Runs an action the way the GitHub runner does: every declared input set from `with:` or its
 * action.yml default (`${{ github.token }}` becomes the step's token), the file commands (GITHUB_OUTPUT,
 * GITHUB_ENV, GITHUB_STEP_SUMMARY, GITHUB_STATE), the event payload file, and the usual GITHUB_* /
 * RUNNER_* variables. It returns the exit code, parsed outputs, the summary, the state for a post step,
 * and the annotations and masks the step printed as workflow commands.
 *
 * Where the action runs (see {@link StepOptions.runIn}):
 *  - `process`: its bundle as a child process, `node actions/<name>/dist/index.js`, as the runner runs it;
 *  - `in-process`: its exported run() from its sources, in this test's process (in-process.ts), which
 *    spares node's start and the bundle's load (the integration project: 252 s of CPU with every step
 *    spawned, 188 s with steps in-process, measured back to back).
 * By default a step of one of the suite's own actions runs in-process, unless it needs a process of its
 * own (signals, another user), names a folder that is not a build of the current sources (a fixture
 * action, ROBUSTNESS_ACTIONS_DIR), or asks for one (`runIn: 'process'`, or {@link runStepsIn} for a whole
 * file). Every bundle is still started by the suite: foundation/bundles.test.ts starts each one, each
 * action's main integration file runs one flow through its bundle, and the steps that need a process run
 * bundles too. MLOPS_TEST_STEPS=process (or in-process) sets every step of a run.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { parseFileCommand as cliParseFileCommand, parseCommand } from '../../packages/cli/src/commands.ts';
import { inputVariable } from '../../packages/cli/src/run-action.ts';
import { makeEvent, type EventName } from './events.ts';
import { canRunInProcess, hostEnv, IN_PROCESS_TIMEOUT_MS, runActionInProcess } from './in-process.ts';

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
  /**
   * `process` runs the bundle as a child process; `in-process` runs run() from the sources in this
   * process. Default: the file's choice ({@link runStepsIn}), else in-process where the step allows it
   * (see the top of this file).
   */
  runIn?: StepPlace;
}

export type StepPlace = 'process' | 'in-process';

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

/**
 * Parses a file command file (`name=value` lines and `name<<DELIM` … `DELIM` blocks): the local runner's
 * own reader (`mlops run`, packages/cli/src/commands.ts), so the harness and the product read them alike.
 */
export const parseFileCommand = cliParseFileCommand;

/**
 * The annotations (`::error file=a,line=3::message`) and masks (`::add-mask::`) in a step's stdout, each
 * line read by the local runner's parser (packages/cli/src/commands.ts, which follows actions/toolkit
 * packages/core/src/command.ts).
 */
export function parseCommands(stdout: string): { annotations: Annotation[]; masks: string[] } {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const c = parseCommand(line);
    if (!c) continue;
    if (c.command === 'add-mask') {
      masks.push(c.message);
      continue;
    }
    if (c.command !== 'error' && c.command !== 'warning' && c.command !== 'notice') continue;
    const a: Annotation = { level: c.command, message: c.message };
    const { file, line: at, col, title } = c.properties;
    if (file !== undefined) a.file = file;
    if (at !== undefined) a.line = Number(at);
    if (col !== undefined) a.column = Number(col);
    if (title !== undefined) a.title = title;
    annotations.push(a);
  }
  return { annotations, masks };
}

/** Actions this test file runs from another folder than actions/<name> unless a step names its own actionDir (useFreshAction). */
const actionDirs = new Map<string, string>();

/** From now on in this test file, runStep runs `action` from `dir` (a folder with action.yml and dist/) unless told otherwise. */
export function redirectAction(action: string, dir: string): void {
  actionDirs.set(action, dir);
}

/** Folders for a bundle of the current sources of an action (fresh-action.ts): the action and how to make the bundle. */
const sourceBuilds = new Map<string, { action: string; ensureBuilt: () => Promise<void> }>();

/**
 * Records that `dir` is for `action` bundled from the current sources, made by `ensureBuilt`: a step
 * may run those sources in its place, and only a step run as a process needs the bundle made.
 */
export function markSourceBuild(action: string, dir: string, ensureBuilt: () => Promise<void>): void {
  sourceBuilds.set(resolve(dir), { action, ensureBuilt });
}

let fileDefault: StepPlace | undefined;

/**
 * From now on in this test file, steps run as `place` unless a step says otherwise: a file about an
 * action's bundle calls `runStepsIn('process')` at its top.
 */
export function runStepsIn(place: StepPlace): void {
  fileDefault = place;
}

/**
 * Forgets the file's redirects and default place (setup.ts, after each file): a worker that runs several
 * files in turn (vitest without isolation) must not carry one file's choices into the next.
 */
export function resetStepRunner(): void {
  actionDirs.clear();
  fileDefault = undefined;
}

/** Where the step runs (see the top of this file). */
export function placeOf(o: StepOptions): StepPlace {
  if (o.signals?.length || o.user || !canRunInProcess) return 'process';
  if (o.actionDir !== undefined && sourceBuilds.get(resolve(o.actionDir))?.action !== o.action) return 'process';
  const forced = hostEnv()['MLOPS_TEST_STEPS'];
  if (forced === 'process' || forced === 'in-process') return forced;
  return o.runIn ?? fileDefault ?? 'in-process';
}

/** The module whose run() a bundle's entry calls: dist/index.js → src/main.ts, dist/post.js → src/post.ts. */
function sourceOf(action: string, entry: string): string {
  const name = entry.replace(/^dist\//, '').replace(/\.js$/, '');
  return join(repoRoot, 'actions', action, 'src', `${name === 'index' ? 'main' : name}.ts`);
}

export async function runStep(step: StepOptions): Promise<StepResult> {
  const redirected = step.actionDir === undefined ? actionDirs.get(step.action) : undefined;
  const o: StepOptions = redirected ? { ...step, actionDir: redirected } : step;
  const place = placeOf(o);
  const sourceBuild = o.actionDir === undefined ? undefined : sourceBuilds.get(resolve(o.actionDir));
  if (sourceBuild && place === 'process') await sourceBuild.ensureBuilt();
  // A bundle of the current sources carries the sources' action.yml (and may not be made yet).
  const meta = readActionYml(o.action, sourceBuild ? undefined : o.actionDir);
  const entry = o.entry === 'post' ? meta.runs.post : meta.runs.main;
  if (!entry) throw new Error(`action '${o.action}' has no ${o.entry} entry point`);
  const script = join(o.actionDir ?? join(repoRoot, 'actions', o.action), entry);

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
    // The test process's own (hostEnv): a step of another test may have swapped process.env meanwhile.
    PATH: hostEnv()['PATH'] ?? '',
    HOME: hostEnv()['HOME'] ?? workspace,
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
    // No test sleeps: retry back-off, rate-limit waits and polling pauses are scaled to nothing (the
    // action kit reads it into ctx.timeScale; CONTRIBUTING.md, "Testing without waiting"). A test of a
    // real wait passes env: { MLOPS_ACTIONS_TIME_SCALE: undefined }; `MLOPS_ACTIONS_TIME_SCALE=1 npx
    // vitest run …` puts the real waits back into every step, to measure what they cost.
    MLOPS_ACTIONS_TIME_SCALE: hostEnv()['MLOPS_ACTIONS_TIME_SCALE'] ?? '0',
    // Test-only and invisible to the action: V8's compiled code of the bundles kept on disk for the whole
    // run (Node's module compile cache, "a quiet optimization"), so the hundreds of steps a run starts do
    // not compile the same bundle again: about 17% less CPU per step.
    NODE_COMPILE_CACHE: join(tmpdir(), 'node-compile-cache'),
  };
  // The runner sets every declared input: the step's value, else the action.yml default.
  for (const [name, spec] of Object.entries(declared)) {
    const given = o.inputs?.[name];
    const value = given !== undefined ? String(given) : spec.default !== undefined ? evaluateDefault(String(spec.default), token) : '';
    env[inputVariable(name)] = value;
  }
  for (const [k, v] of Object.entries(o.state ?? {})) env[`STATE_${k}`] = v;
  for (const [k, v] of Object.entries(o.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }

  const started = performance.now();
  const { exitCode, stdout, stderr } =
    place === 'in-process'
      ? await runActionInProcess(sourceOf(o.action, entry), env, workspace, o.timeoutMs ?? IN_PROCESS_TIMEOUT_MS)
      : await spawnStep(script, env, workspace, o);
  const durationMs = performance.now() - started;
  const [outputs, envOut, state, summary] = await Promise.all([
    readFile(paths.output, 'utf8').then(parseFileCommand),
    readFile(paths.env, 'utf8').then(parseFileCommand),
    readFile(paths.state, 'utf8').then(parseFileCommand),
    readFile(paths.summary, 'utf8'),
  ]);
  return { exitCode, stdout, stderr, outputs, env: envOut, state, summary, ...parseCommands(stdout), workspace, runnerTemp, durationMs };
}

/** `node <script>` as the runner starts a step, with the step's signals sent as it runs. */
function spawnStep(
  script: string,
  env: Record<string, string>,
  workspace: string,
  o: StepOptions,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  if (!existsSync(script)) throw new Error(`${script} does not exist: run 'npm run build'`);
  return new Promise<{ exitCode: number; stdout: string; stderr: string }>((resolvePromise, reject) => {
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
}

/** The runner's delimiter format, for tests that need to write a file command themselves. */
export function heredoc(name: string, value: string): string {
  const delim = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delim}\n${value}\n${delim}\n`;
}

/** What a test file's steps of one action have in common; a function when it reads values set up later (beforeAll). */
export type StepDefaults = Partial<Omit<StepOptions, 'action'>> | (() => Partial<Omit<StepOptions, 'action'>>);

/** The options stepFor hands to runStep: the call's inputs over the defaults' inputs, env over env, other options over theirs. */
export function mergeStepOptions(
  action: string,
  defaults: Partial<Omit<StepOptions, 'action'>>,
  inputs: StepOptions['inputs'] = {},
  extra: Partial<StepOptions> = {},
): StepOptions {
  return {
    ...defaults,
    ...extra,
    action,
    inputs: { ...defaults.inputs, ...inputs, ...extra.inputs },
    ...(defaults.env || extra.env ? { env: { ...defaults.env, ...extra.env } } : {}),
  };
}

/**
 * The one step factory of the tests: `const step = stepFor('deploy', () => ({ workspace: ws, apiUrl: gh.url }))`,
 * then `step({ version: '1.2.0' })` runs the action with the defaults, the call's inputs over the default inputs,
 * the call's `env` over the default env, and any other option of the call over the default one.
 */
export function stepFor(
  action: string,
  defaults: StepDefaults = {},
): (inputs?: StepOptions['inputs'], extra?: Partial<StepOptions>) => Promise<StepResult> {
  return (inputs = {}, extra = {}) =>
    runStep(mergeStepOptions(action, typeof defaults === 'function' ? defaults() : defaults, inputs, extra));
}
