/**
 * Runs one job of a workflow file on this machine, step by step, as a runner would:
 *  - `if:` and `${{ }}` evaluated with GitHub's expression engine (./expressions.ts), with the
 *    github, env, inputs, steps, runner, secrets and vars contexts of a workflow_dispatch run;
 *  - the suite's actions (`mlops-actions/mlops-actions/actions/<name>@…` or `./actions/<name>`) run as
 *    their bundles through runAction, their post steps when the job ends, in reverse order;
 *  - `run:` steps with bash (`bash --noprofile --norc -eo pipefail`, the runner's default shell on
 *    Linux and macOS), with GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH and GITHUB_STEP_SUMMARY;
 *  - any other action is skipped with a note saying so (actions/checkout: the workspace is the
 *    current directory), and so are jobs that call a reusable workflow or use a matrix.
 * Reference: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { parseFileCommand } from './commands.ts';
import { condition, interpolate, type Contexts } from './expressions.ts';
import { CliError, repositoryOf, runAction, type ActionRun } from './run-action.ts';

interface Step {
  id?: string;
  name?: string;
  if?: string | boolean;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  shell?: string;
  'working-directory'?: string;
  'continue-on-error'?: boolean | string;
}

interface Job {
  name?: string;
  if?: string | boolean;
  uses?: string;
  strategy?: unknown;
  env?: Record<string, unknown>;
  steps?: Step[];
  outputs?: Record<string, string>;
  defaults?: { run?: { shell?: string; 'working-directory'?: string } };
}

interface Workflow {
  name?: string;
  on?: unknown;
  env?: Record<string, unknown>;
  jobs?: Record<string, Job>;
}

export interface JobStepResult {
  label: string;
  outcome: 'success' | 'failure' | 'skipped';
  note?: string;
  outputs: Record<string, string>;
}

export interface JobRun {
  job: string;
  result: 'success' | 'failure' | 'skipped';
  steps: JobStepResult[];
  outputs: Record<string, string>;
}

export interface RunJobOptions {
  workflow: string;
  job: string;
  workspace?: string;
  inputs?: Record<string, string>;
  secrets?: Record<string, string>;
  print?: (line: string) => void;
  debug?: boolean;
}

/** The suite's action a `uses:` names, if it is one. */
export function suiteAction(uses: string): string | undefined {
  const m = /^(?:mlops-actions\/mlops-actions\/actions\/([^@/\s]+)@\S+|\.\/actions\/([^@/\s]+)\/?)$/.exec(uses.trim());
  return m ? (m[1] ?? m[2]) : undefined;
}

function bash(script: string, cwd: string, env: Record<string, string>, print: (l: string) => void): Promise<number> {
  return new Promise((done, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const s of [child.stdout, child.stderr]) {
      let buf = '';
      s.setEncoding('utf8');
      s.on('data', (d: string) => {
        buf += d;
        let nl;
        while ((nl = buf.indexOf('\n')) >= 0) {
          print(`  ${buf.slice(0, nl)}`);
          buf = buf.slice(nl + 1);
        }
      });
      s.on('end', () => buf && print(`  ${buf}`));
    }
    child.on('error', reject);
    child.on('close', (code) => done(code ?? 1));
  });
}

const strings = (m: Record<string, unknown> | undefined, ctx: Contexts): Record<string, string> =>
  Object.fromEntries(Object.entries(m ?? {}).map(([k, v]) => [k, interpolate(String(v ?? ''), ctx)]));

export async function runJob(o: RunJobOptions): Promise<JobRun> {
  const print = o.print ?? ((l: string) => console.log(l));
  const file = resolve(o.workflow);
  let wf: Workflow;
  try {
    wf = parse(readFileSync(file, 'utf8')) as Workflow;
  } catch (e) {
    throw new CliError(`cannot read the workflow ${o.workflow}: ${(e as Error).message}`);
  }
  // An empty file parses to null, a list or a string to what they are: none of them is a workflow.
  if (!wf || typeof wf !== 'object' || Array.isArray(wf))
    throw new CliError(`${o.workflow} is not a workflow: it holds no mapping with 'jobs:' (write the workflow's 'on:' and 'jobs:' keys)`);
  const job = wf.jobs?.[o.job];
  if (!job) throw new CliError(`${o.workflow} has no job '${o.job}'; its jobs: ${Object.keys(wf.jobs ?? {}).join(', ') || '(none)'}`);
  if (job.uses) throw new CliError(`job '${o.job}' calls the reusable workflow ${job.uses}: run a job of that workflow instead`);
  if (job.strategy)
    throw new CliError(
      `job '${o.job}' has a strategy (matrix), which a local run does not expand: copy one combination into env: and run that`,
    );

  const workspace = resolve(o.workspace ?? process.cwd());
  const runnerTemp = await mkdtemp(join(tmpdir(), 'mlops-job-'));
  const dispatch =
    (wf.on && typeof wf.on === 'object'
      ? (wf.on as Record<string, { inputs?: Record<string, { default?: unknown }> }>)['workflow_dispatch']
      : undefined) ?? {};
  const inputs: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries(dispatch?.inputs ?? {})) if (spec?.default !== undefined) inputs[k] = spec.default;
  Object.assign(inputs, o.inputs ?? {});
  const token = process.env['GITHUB_TOKEN'] ?? '';
  const repository = process.env['GITHUB_REPOSITORY'] ?? repositoryOf(gitOut(['remote', 'get-url', 'origin'], workspace)) ?? '';
  const sha = gitOut(['rev-parse', 'HEAD'], workspace) ?? '';
  const branch = gitOut(['symbolic-ref', '--short', 'HEAD'], workspace) ?? '';
  const github = {
    event_name: 'workflow_dispatch',
    event: { inputs },
    repository,
    repository_owner: repository.split('/')[0] ?? '',
    sha,
    ref: branch ? `refs/heads/${branch}` : '',
    ref_name: branch,
    workspace,
    token,
    job: o.job,
    server_url: 'https://github.com',
    api_url: 'https://api.github.com',
    actor: process.env['USER'] ?? 'local',
    workflow: wf.name ?? o.workflow,
  };
  const runner = {
    temp: runnerTemp,
    os: process.platform === 'darwin' ? 'macOS' : 'Linux',
    arch: process.arch === 'arm64' ? 'ARM64' : 'X64',
    name: 'mlops-local',
  };
  const secrets = { GITHUB_TOKEN: token, ...(o.secrets ?? {}) };
  const stepsCtx: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {};
  const base = (env: Record<string, string>): Contexts => ({
    github,
    inputs,
    runner,
    secrets,
    vars: {},
    needs: {},
    matrix: {},
    steps: stepsCtx,
    env,
    job: { status: failed ? 'failure' : 'success' },
  });
  let failed = false;

  const workflowEnv = strings(wf.env, base({}));
  let jobEnv = { ...workflowEnv, ...strings(job.env, base(workflowEnv)) };
  const result: JobRun = { job: o.job, result: 'skipped', steps: [], outputs: {} };
  if (!condition(job.if, base(jobEnv), false)) {
    print(`job '${o.job}' is skipped: its if: is false`);
    return result;
  }
  const extraPath: string[] = [];
  const posts: { label: string; run: ActionRun }[] = [];
  print(`Job '${o.job}' of ${o.workflow} in ${workspace}`);
  for (const [index, step] of (job.steps ?? []).entries()) {
    // As the runner names steps: the name, else the action, else "Run" and the script's first line.
    const label = step.name ?? step.id ?? step.uses ?? `Run ${(step.run ?? '').trim().split('\n')[0]!.slice(0, 60)}`;
    const ctx = base(jobEnv);
    const record: JobStepResult = { label, outcome: 'skipped', outputs: {} };
    result.steps.push(record);
    const done = () => {
      if (step.id) stepsCtx[step.id] = { outputs: record.outputs, outcome: record.outcome, conclusion: record.outcome };
    };
    if (!condition(step.if, ctx, failed)) {
      record.note = 'its if: is false';
      print(`○ ${label} (skipped: its if: is false)`);
      done();
      continue;
    }
    const env = { ...jobEnv, ...strings(step.env, ctx) };
    const stepCtx = base(env);
    const ours = step.uses ? suiteAction(step.uses) : undefined;
    let ok = true;
    if (step.run !== undefined) {
      print(`▶ ${label}`);
      const shell = step.shell ?? job.defaults?.run?.shell ?? 'bash';
      if (shell !== 'bash') {
        record.note = `shell '${shell}' is not run locally (bash only)`;
        print(`○ ${label} (skipped: ${record.note})`);
        done();
        continue;
      }
      const dir = join(runnerTemp, `step-${index}`);
      await mkdir(dir, { recursive: true });
      const files = {
        GITHUB_OUTPUT: join(dir, 'output'),
        GITHUB_ENV: join(dir, 'env'),
        GITHUB_PATH: join(dir, 'path'),
        GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      };
      for (const f of Object.values(files)) await writeFile(f, '');
      const cwd = resolve(workspace, step['working-directory'] ?? job.defaults?.run?.['working-directory'] ?? '.');
      const processEnv = Object.fromEntries(
        Object.entries(process.env).filter(([k, v]) => v !== undefined && k !== 'GITHUB_ACTIONS'),
      ) as Record<string, string>;
      const code = await bash(
        interpolate(step.run, stepCtx),
        cwd,
        {
          ...processEnv,
          PATH: [...extraPath, processEnv['PATH'] ?? ''].join(delimiter),
          CI: 'true',
          GITHUB_WORKSPACE: workspace,
          GITHUB_REPOSITORY: repository,
          GITHUB_SHA: sha,
          GITHUB_EVENT_NAME: 'workflow_dispatch',
          RUNNER_TEMP: runnerTemp,
          ...env,
          ...files,
        },
        print,
      );
      record.outputs = parseFileCommand(await readFile(files.GITHUB_OUTPUT, 'utf8'));
      jobEnv = { ...jobEnv, ...parseFileCommand(await readFile(files.GITHUB_ENV, 'utf8')) };
      extraPath.unshift(
        ...(await readFile(files.GITHUB_PATH, 'utf8'))
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .reverse(),
      );
      ok = code === 0;
      if (!ok) print(`  (exit code ${code})`);
    } else if (ours) {
      print(`▶ ${label} (${ours}, bundled)`);
      const run = await runAction({
        action: ours,
        with: strings(step.with, stepCtx),
        env,
        workspace,
        runnerTemp,
        deferPost: true,
        summaryName: `summary-${index + 1}-${step.id ?? ours}.md`,
        debug: o.debug,
        print: (l) => print(`  ${l}`),
      });
      record.outputs = run.main.outputs;
      if (run.main.summary.trim()) print(`  job summary: ${run.summaryFile}`);
      ok = run.main.exitCode === 0;
      if (run.runPost) posts.push({ label, run });
    } else {
      record.note = step.uses?.startsWith('actions/checkout@')
        ? 'not run locally: the workspace is the current directory'
        : `${step.uses} is not one of the suite's actions and is not run locally`;
      print(`○ ${label} (skipped: ${record.note})`);
      done();
      continue;
    }
    const continueOnError = String(step['continue-on-error'] ?? 'false') === 'true';
    record.outcome = ok ? 'success' : 'failure';
    if (!ok && !continueOnError) failed = true;
    print(`${ok ? '✔' : '✖'} ${label}`);
    done();
  }
  for (const p of posts.reverse()) {
    const post = await p.run.runPost!(failed);
    if (post) print(`${post.exitCode === 0 ? '✔' : '✖'} Post ${p.label}`);
    else if (p.run.postSkipped) print(`○ Post ${p.label} (skipped: ${p.run.postSkipped})`);
    if (post && post.exitCode !== 0) failed = true;
  }
  result.result = failed ? 'failure' : 'success';
  result.outputs = strings(job.outputs, base(jobEnv));
  return result;
}

function gitOut(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}
