/**
 * Runs one action locally as the GitHub runner runs a `uses:` step of a JavaScript action:
 *  - every input declared in action.yml is set as INPUT_<NAME> (the name upper-cased, spaces to
 *    underscores, as actions/runner does and actions/toolkit's core.getInput reads back), from
 *    `--with` or else from its default; `${{ github.token }}` and the other simple default
 *    expressions are evaluated; an undeclared or a missing required input stops the run before it starts;
 *  - the file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY),
 *    the event payload file and the usual GITHUB_* / RUNNER_* variables;
 *  - `node <runs.main>` with the bundle, then `runs.post` under `runs.post-if` with the main step's
 *    state as STATE_<name>;
 *  - workflow commands on stdout are shown readably (errors and warnings with their file and line,
 *    groups, debug only with --debug) and values masked with add-mask are hidden in what follows.
 * GITHUB_ACTIONS is not set, so the actions use their local defaults (a file: registry under .mlops/).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { parseCommand, parseFileCommand } from './commands.ts';

export interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string | number | boolean;
}

export interface ActionMetadata {
  name?: string;
  inputs?: Record<string, ActionInput> | null;
  outputs?: Record<string, { description?: string }> | null;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
}

export class CliError extends Error {}

export interface RunActionOptions {
  /** An action folder name under the suite's actions/, or a path to a folder holding action.yml. */
  action: string;
  with?: Record<string, string>;
  /** GITHUB_WORKSPACE and the working directory; the current directory by default. */
  workspace?: string;
  /** RUNNER_TEMP; a new temporary folder by default. */
  runnerTemp?: string;
  /** Extra environment for the step. */
  env?: Record<string, string>;
  /** Where the suite's actions live (default: the actions/ folder of this checkout). */
  actionsDir?: string;
  debug?: boolean;
  /** Run the post step (runs.post) too. Default true. */
  post?: boolean;
  /** Leave the post step to the caller (result.runPost), as a job runs post steps when it ends. */
  deferPost?: boolean;
  /** File name (in RUNNER_TEMP) the job summary is kept under; step-summary.md by default. */
  summaryName?: string;
  /** Where the step's log lines go (readable form). */
  print?: (line: string) => void;
}

export interface StepRun {
  exitCode: number;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
  annotations: { level: string; message: string; file?: string; line?: string }[];
}

export interface ActionRun {
  action: string;
  actionDir: string;
  inputs: Record<string, string>;
  main: StepRun;
  post: StepRun | undefined;
  /** Why the post step did not run, when it did not. */
  postSkipped?: string | undefined;
  /** With deferPost: runs the post step (if any) given the job's final status. */
  runPost?: (jobFailed?: boolean) => Promise<StepRun | undefined>;
  runnerTemp: string;
  summaryFile: string;
}

const suiteActions = resolve(import.meta.dirname, '..', '..', '..', 'actions');

export function findAction(action: string, actionsDir = suiteActions): { dir: string; meta: ActionMetadata } {
  const candidates = [resolve(action), join(actionsDir, action)];
  const dir = candidates.find((d) => existsSync(join(d, 'action.yml')) || existsSync(join(d, 'action.yaml')));
  if (!dir) {
    // Installed from npm, the command has no copy of the actions (the package ships only the CLI's bundle).
    if (!existsSync(actionsDir)) {
      throw new CliError(
        `no action '${action}': mlops run needs a clone of the repository or the path of an action folder (one with an action.yml and its dist/); installed from npm, only 'mlops registry' works without one. Clone the repository and run it there, or give the path: mlops run <clone>/actions/${action}`,
      );
    }
    const known = ` (the suite's actions: ${listActions(actionsDir).join(', ')})`;
    throw new CliError(
      `no action '${action}': give the name of one of the suite's actions or the path of a folder with an action.yml${known}`,
    );
  }
  const file = existsSync(join(dir, 'action.yml')) ? join(dir, 'action.yml') : join(dir, 'action.yaml');
  const meta = parse(readFileSync(file, 'utf8')) as ActionMetadata;
  if (!/^node\d+$/.test(meta.runs?.using ?? ''))
    throw new CliError(`${file}: runs.using is '${meta.runs?.using}'; mlops run runs JavaScript actions (node20, node24)`);
  return { dir, meta };
}

export function listActions(actionsDir = suiteActions): string[] {
  return readdirSync(actionsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(actionsDir, d.name, 'action.yml')))
    .map((d) => d.name)
    .sort();
}

/** `${{ github.token }}`-style defaults, evaluated as the runner would for a local run. */
function evaluateDefault(value: string, ctx: Record<string, string | undefined>): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    const v = ctx[expr.trim()];
    if (v === undefined)
      throw new CliError(`the default '${value}' uses \${{ ${expr} }}, which a local run cannot evaluate: give the input with --with`);
    return v;
  });
}

/** INPUT_<NAME>: as actions/runner sets it and actions/toolkit core.getInput reads it (spaces → _, upper case). */
export const inputVariable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** owner/name of a GitHub remote URL (https or ssh), when origin is one. */
export function repositoryOf(url: string | undefined): string | undefined {
  const m = url && /github\.com[:/]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

export async function runAction(o: RunActionOptions): Promise<ActionRun> {
  const { dir, meta } = findAction(o.action, o.actionsDir);
  const print = o.print ?? ((l: string) => console.log(l));
  const workspace = resolve(o.workspace ?? process.cwd());
  const runnerTemp = o.runnerTemp ?? (await mkdtemp(join(tmpdir(), 'mlops-run-')));
  const given = { ...(o.with ?? {}) };
  const declared = meta.inputs ?? {};
  const unknown = Object.keys(given).filter((k) => !(k in declared));
  if (unknown.length) {
    throw new CliError(
      `${o.action} has no input ${unknown.map((k) => `'${k}'`).join(', ')}; its inputs: ${Object.keys(declared).join(', ') || '(none)'}`,
    );
  }
  const token = o.env?.['GITHUB_TOKEN'] ?? process.env['GITHUB_TOKEN'] ?? '';
  const ctx: Record<string, string | undefined> = {
    'github.token': token,
    'github.workspace': workspace,
    'runner.temp': runnerTemp,
    'runner.os': process.platform === 'win32' ? 'Windows' : process.platform === 'darwin' ? 'macOS' : 'Linux',
  };
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    if (name in given) inputs[name] = given[name]!;
    else if (spec?.default !== undefined) inputs[name] = evaluateDefault(String(spec.default), ctx);
    else inputs[name] = '';
  }
  // A local cache where the action can use one, so a rerun finds what the first run stored.
  if ('cache-dir' in declared && !('cache-dir' in given) && !inputs['cache-dir'])
    inputs['cache-dir'] = join(workspace, '.mlops', 'training-cache');
  const missing = Object.entries(declared)
    .filter(([n, s]) => s?.required && !inputs[n])
    .map(([n]) => n);
  if (missing.length)
    throw new CliError(
      `${o.action} needs ${missing.map((n) => `'${n}'`).join(', ')}: give ${missing.map((n) => `--with ${n}=…`).join(' ')}`,
    );

  const files = {
    output: join(runnerTemp, '_runner_file_commands', 'output'),
    state: join(runnerTemp, '_runner_file_commands', 'state'),
    env: join(runnerTemp, '_runner_file_commands', 'env'),
    path: join(runnerTemp, '_runner_file_commands', 'path'),
    summary: join(runnerTemp, '_runner_file_commands', 'step_summary'),
    event: join(runnerTemp, '_github_workflow', 'event.json'),
  };
  await mkdir(dirname(files.output), { recursive: true });
  await mkdir(dirname(files.event), { recursive: true });
  await writeFile(files.event, '{}\n');
  const repository =
    o.env?.['GITHUB_REPOSITORY'] ?? process.env['GITHUB_REPOSITORY'] ?? repositoryOf(git(['remote', 'get-url', 'origin'], workspace));
  const sha = git(['rev-parse', 'HEAD'], workspace);
  const branch = git(['symbolic-ref', '--short', 'HEAD'], workspace);
  const baseEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith('INPUT_') && !k.startsWith('STATE_') && k !== 'GITHUB_ACTIONS') baseEnv[k] = v;
  Object.assign(baseEnv, {
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTION_PATH: dir,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_SERVER_URL: process.env['GITHUB_SERVER_URL'] ?? 'https://github.com',
    GITHUB_API_URL: process.env['GITHUB_API_URL'] ?? 'https://api.github.com',
    GITHUB_JOB: 'local',
    GITHUB_WORKFLOW: 'mlops run',
    GITHUB_ACTOR: process.env['GITHUB_ACTOR'] ?? process.env['USER'] ?? 'local',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: ctx['runner.os']!,
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    ...(repository ? { GITHUB_REPOSITORY: repository, GITHUB_REPOSITORY_OWNER: repository.split('/')[0]! } : {}),
    ...(sha ? { GITHUB_SHA: sha } : {}),
    ...(branch ? { GITHUB_REF: `refs/heads/${branch}`, GITHUB_REF_NAME: branch } : {}),
    ...(o.debug ? { RUNNER_DEBUG: '1' } : {}),
    ...(o.env ?? {}),
  });
  for (const [name, value] of Object.entries(inputs)) baseEnv[inputVariable(name)] = value;

  const masks: string[] = [];
  const step = async (entry: string, state: Record<string, string>): Promise<StepRun> => {
    for (const f of [files.output, files.state, files.env, files.path, files.summary]) await writeFile(f, '');
    const env: Record<string, string> = {
      ...baseEnv,
      GITHUB_OUTPUT: files.output,
      GITHUB_STATE: files.state,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_STEP_SUMMARY: files.summary,
    };
    for (const [k, v] of Object.entries(state)) env[`STATE_${k}`] = v;
    const annotations: StepRun['annotations'] = [];
    const exitCode = await new Promise<number>((resolveExit, reject) => {
      const child = spawn(process.execPath, [join(dir, entry)], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const mask = (s: string) => masks.reduce((t, m) => (m ? t.split(m).join('***') : t), s);
      const onLine = (line: string) => {
        const c = parseCommand(line);
        if (!c) return print(mask(line));
        switch (c.command) {
          case 'add-mask':
            masks.push(c.message);
            return;
          case 'debug':
            if (o.debug) print(mask(`  debug: ${c.message}`));
            return;
          case 'group':
            return print(mask(`▸ ${c.message}`));
          case 'endgroup':
            return;
          case 'error':
          case 'warning':
          case 'notice': {
            annotations.push({ level: c.command, message: mask(c.message), file: c.properties['file'], line: c.properties['line'] });
            const where = c.properties['file'] ? ` (${c.properties['file']}${c.properties['line'] ? `:${c.properties['line']}` : ''})` : '';
            return print(mask(`${c.command === 'error' ? 'Error' : c.command === 'warning' ? 'Warning' : 'Notice'}: ${c.message}${where}`));
          }
          default:
            return print(mask(line));
        }
      };
      for (const stream of [child.stdout, child.stderr]) {
        let buf = '';
        stream.setEncoding('utf8');
        stream.on('data', (d: string) => {
          buf += d;
          let nl;
          while ((nl = buf.indexOf('\n')) >= 0) {
            onLine(buf.slice(0, nl).replace(/\r$/, ''));
            buf = buf.slice(nl + 1);
          }
        });
        stream.on('end', () => {
          if (buf) onLine(buf);
          buf = '';
        });
      }
      child.on('error', reject);
      child.on('close', (code) => resolveExit(code ?? 1));
    });
    return {
      exitCode,
      outputs: parseFileCommand(await readFile(files.output, 'utf8')),
      state: parseFileCommand(await readFile(files.state, 'utf8')),
      summary: await readFile(files.summary, 'utf8'),
      annotations,
    };
  };

  const main = await step(meta.runs.main, {});
  const summaryFile = join(runnerTemp, o.summaryName ?? 'step-summary.md');
  await writeFile(summaryFile, main.summary);
  const result: ActionRun = { action: meta.name ?? o.action, actionDir: dir, inputs, main, post: undefined, runnerTemp, summaryFile };
  /** The runner runs post steps when the job ends; `jobFailed` is the job's status by then. */
  const runPost = async (jobFailed = main.exitCode !== 0): Promise<StepRun | undefined> => {
    if (!meta.runs.post) return undefined;
    const cond = String(meta.runs['post-if'] ?? 'always()')
      .replace(/^\$\{\{\s*|\s*\}\}$/g, '')
      .trim();
    // The status functions of https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#status-check-functions
    const known: Record<string, boolean> = { 'always()': true, 'success()': !jobFailed, 'failure()': jobFailed, 'cancelled()': false };
    const shouldRun = known[cond];
    if (shouldRun === undefined) result.postSkipped = `post-if '${cond}' is not one a local run evaluates`;
    else if (!shouldRun) result.postSkipped = `post-if '${cond}' is false`;
    else result.post = await step(meta.runs.post, main.state);
    return result.post;
  };
  if (o.deferPost) result.runPost = runPost;
  else if (o.post === false) result.postSkipped = meta.runs.post ? 'the post step was not asked for (--no-post)' : undefined;
  else await runPost();
  return result;
}
