/**
 * Runs one job of an example workflow, step by step, as the runner would: `if:` conditions, `with:`
 * and `env:` evaluated from the contexts (github, inputs, steps, needs, runner, env, secrets), the
 * suite's actions run from their bundles with runStep, `run:` scripts with bash -e -o pipefail and the
 * runner's file commands, and the third-party actions the examples use stood in for: checkout and
 * setup-node by a prepared workspace, upload/download-artifact by a folder per artifact (listed to the
 * GitHub emulator as the run's artifacts), github-script by running the script as github-script does
 * (an async function of require, github, context, core), against the emulator.
 *
 * It is how the tests check that the workflows work as written, not only that they lint: a wrong
 * path, a wrong flag, an expression that evaluates to the wrong thing fails a test.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { createGitHubClient } from '@mlops-actions/github';
import { parse } from 'yaml';
import {
  makeEvent,
  parseFileCommand,
  repoRoot,
  runStep,
  type ArtifactStore,
  type EmulatorState,
  type EventName,
  type StepResult,
  type StoredArtifact,
} from '../../harness/index.ts';
import { ourAction } from '../../unit/workflows/action-uses.ts';
import { condition, interpolate, render, type Status, type Value } from './expressions.ts';
import { removeTempDirs, tempDir } from '../../harness/temp.ts';

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string | boolean;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

export interface Job {
  if?: string;
  /** A matrix (see matrixOf): one job per combination, with the matrix and strategy contexts. */
  strategy?: { matrix?: Record<string, unknown> | string; 'fail-fast'?: boolean; 'max-parallel'?: number };
  needs?: string | string[];
  /** A name, or { name, url }; `url` may use the steps context (evaluated when the job ends). */
  environment?: string | { name: string; url?: string; deployment?: boolean | string };
  outputs?: Record<string, string>;
  env?: Record<string, unknown>;
  steps: Step[];
}

export interface Workflow {
  name: string;
  env?: Record<string, unknown>;
  jobs: Record<string, Job>;
}

/** A workflow file, by its path in the repository. */
export function loadWorkflow(path: string): Workflow {
  return parse(readFileSync(isAbsolute(path) ? path : join(repoRoot, path), 'utf8')) as Workflow;
}

/** Artifacts uploaded by jobs, kept in folders, and listed to the GitHub emulator per run id. */
export class ArtifactFolders implements ArtifactStore {
  readonly artifacts: (StoredArtifact & { dir: string; repository: string })[] = [];
  private nextId = 9000;
  readonly root: string;
  constructor(root: string) {
    this.root = root;
  }

  async upload(repository: string, runId: number, name: string, from: string, overwrite = false): Promise<void> {
    // Artifacts v4 are immutable: a name is uploaded once per workflow run, so matrix jobs must each
    // use their own name (actions/upload-artifact docs/MIGRATION.md, "Multiple uploads to the same
    // named Artifact"); upload-artifact fails with a conflict otherwise.
    // With `overwrite: true` (upload-artifact's input) the old one is deleted first.
    const old = this.find(runId, name);
    if (old && overwrite) {
      this.artifacts.splice(this.artifacts.indexOf(old), 1);
      await rm(old.dir, { recursive: true, force: true });
    } else if (old)
      throw new Error(
        `an artifact named '${name}' already exists in run ${runId} (artifacts v4 are immutable; give each matrix job its own name)`,
      );
    const dir = join(this.root, String(runId), name);
    // A file is stored at the artifact's root, a folder's content as the artifact's content.
    if ((await stat(from)).isFile()) await cp(from, join(dir, basename(from)));
    else await cp(from, dir, { recursive: true });
    this.artifacts.push({
      id: this.nextId++,
      name,
      size: 1,
      createdAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      runId,
      dir,
      repository,
    });
  }

  find(runId: number, name: string) {
    return this.artifacts.find((a) => a.runId === runId && a.name === name);
  }

  list(repository: string): StoredArtifact[] {
    return this.artifacts.filter((a) => a.repository === repository).map(({ dir: _d, repository: _r, ...a }) => a);
  }

  downloadUrl(): Promise<string> {
    return Promise.reject(new Error('the job runner downloads artifacts from their folders'));
  }

  delete(): Promise<boolean> {
    return Promise.resolve(false);
  }
}

export interface JobOptions {
  workflow: Workflow;
  job: string;
  event: EventName;
  /** Merged into the event payload (makeEvent's), e.g. { fork: true } or a workflow_run. */
  payload?: Record<string, unknown>;
  inputs?: Record<string, Value>;
  needs?: Record<string, { outputs: Record<string, string>; result?: string }>;
  secrets?: Record<string, string>;
  /** The workspace: a checkout of the repository (see prepareWorkspace). */
  workspace: string;
  repository?: string;
  runId?: number;
  token: string;
  apiUrl: string;
  artifacts: ArtifactFolders;
  /** For a job of a matrix (see matrixOf and runMatrix): its matrix values and its place in the matrix. */
  matrix?: Record<string, Value>;
  strategy?: { 'job-index': number; 'job-total': number; 'fail-fast': boolean; 'max-parallel': number };
  /** The `vars` context (repository and organisation configuration variables). */
  vars?: Record<string, string>;
  /** Extra environment for run: scripts (e.g. LATEST_BATCH to keep the data small). */
  runEnv?: Record<string, string>;
  /** Steps (by name or id) not to run, with the reason: e.g. `npm ci`, done once for the workspace. */
  skip?: Record<string, string>;
  /**
   * Inputs to replace, by step (name or id): only for values that name the machine the workflow is
   * meant for (a serving directory, a health URL on that host), never to make a step pass.
   */
  hostValues?: Record<string, Record<string, string>>;
  /**
   * The GitHub emulator's state: when given, a job with `environment:` gets the deployment GitHub
   * creates for it (EmulatorState.startJobDeployment), marked with the job's result when it ends.
   */
  emulator?: { state: Pick<EmulatorState, 'startJobDeployment'> };
}

export interface StepRecord {
  label: string;
  ran: boolean;
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  log: string;
  action?: StepResult;
  /** github-script: what it told core. */
  core?: CoreCalls;
}

export interface JobResult {
  result: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  steps: StepRecord[];
  runnerTemp: string;
  step(label: string): StepRecord;
}

export interface CoreCalls {
  outputs: Record<string, string>;
  info: string[];
  notices: string[];
  warnings: string[];
  failed: string | undefined;
}

const NODE_BIN = dirname(process.execPath);

/** A new temporary directory (the harness's one temp-folder helper), removed by removeTemps(). */
export const mkdtemp = (prefix: string): Promise<string> => tempDir(prefix);
/** Removes every directory the job runner (or a test, through mkdtemp) made. */
export const removeTemps = removeTempDirs;

/** A workspace that looks like a checkout: the examples, node_modules (linked) and git with an origin. */
export async function prepareWorkspace(origin: string): Promise<string> {
  // Made once per origin and copied for every job (a matrix makes dozens): the same files and .git as
  // a new one, without a bash and two git processes apiece. Made again if a test removed its temps.
  let template = workspaceTemplates.get(origin);
  if (!template || !existsSync(join(template, '.git', 'config'))) {
    template = await newWorkspace(origin);
    workspaceTemplates.set(origin, template);
  }
  const ws = await mkdtemp(join(tmpdir(), 'mlops-workflow-ws-'));
  await cp(template, ws, { recursive: true, verbatimSymlinks: true });
  return ws;
}

const workspaceTemplates = new Map<string, string>();

async function newWorkspace(origin: string): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), 'mlops-workflow-ws-'));
  // Copied, not linked: the gate fingerprints the code and refuses paths through symbolic links.
  for (const entry of ['workflows-examples', 'package.json', 'package-lock.json']) {
    await cp(join(repoRoot, entry), join(ws, entry), { recursive: true, filter: (src) => !/[/\\](data|model|\.mlops)$/.test(src) });
  }
  await symlink(join(repoRoot, 'node_modules'), join(ws, 'node_modules'));
  await sh('git init -q && git remote add origin "$ORIGIN"', ws, { ORIGIN: origin });
  return ws;
}

/** A bare repository to be the workspace's origin (where git: registries are pushed). */
export async function bareOrigin(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mlops-workflow-origin-'));
  await sh('git init -q --bare .', dir);
  return dir;
}

export function sh(script: string, cwd: string, env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', script], {
      cwd,
      env: {
        PATH: `${NODE_BIN}:${process.env['PATH']}`,
        HOME: process.env['HOME'] ?? cwd,
        LANG: 'C.UTF-8',
        // Test-only and invisible to the scripts, as in runStep's environment (step-runner.ts): the
        // compiled code of the node processes a `run:` step starts (the data source, the trainer, npx,
        // `mlops`) kept for the whole test run. train.ts --help: 0.33 s of CPU without, 0.15 s with it
        // (mean of 8 alternated runs).
        NODE_COMPILE_CACHE: join(tmpdir(), 'node-compile-cache'),
        ...env,
      },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise(out) : reject(Object.assign(new Error(`exit ${code}: ${out.slice(-3000)}`), { out })),
    );
  });
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<unknown>;

/** Runs a github-script `script:` as actions/github-script v8 does (the arguments it passes, by name). */
export async function runGitHubScript(
  script: string,
  o: {
    token: string;
    apiUrl: string;
    repository: string;
    payload: Record<string, unknown>;
    ref: string;
    runId: number;
    env: Record<string, string>;
    cwd: string;
  },
): Promise<CoreCalls> {
  const calls: CoreCalls = { outputs: {}, info: [], notices: [], warnings: [], failed: undefined };
  const core = {
    info: (m: string) => calls.info.push(m),
    notice: (m: string) => calls.notices.push(m),
    warning: (m: string) => calls.warnings.push(m),
    setFailed: (m: string) => (calls.failed = m),
    setOutput: (k: string, v: unknown) => (calls.outputs[k] = typeof v === 'string' ? v : JSON.stringify(v)),
  };
  const [owner, repo] = o.repository.split('/') as [string, string];
  const context = {
    payload: o.payload,
    repo: { owner, repo },
    ref: o.ref,
    runId: o.runId,
    serverUrl: 'https://github.com',
    apiUrl: o.apiUrl,
  };
  // timeScale 0: no back-off nor octokit's spacing of writes (as runStep's MLOPS_ACTIONS_TIME_SCALE=0).
  const github = createGitHubClient({ token: o.token, apiUrl: o.apiUrl, timeScale: 0 });
  const require = createRequire(join(o.cwd, 'noop.js'));
  const saved = { ...process.env };
  Object.assign(process.env, o.env);
  try {
    await new AsyncFunction('require', 'github', 'octokit', 'context', 'core', script)(require, github, github, context, core);
  } catch (e) {
    calls.failed = `unhandled error: ${(e as Error).message}`;
  } finally {
    for (const k of Object.keys(o.env)) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  }
  return calls;
}

function evalMap(map: Record<string, unknown> | undefined, ctx: Record<string, Value>, status: Status): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(map ?? {})) out[k] = interpolate(typeof v === 'string' ? v : render(v as Value), ctx, status);
  return out;
}

export async function runJob(o: JobOptions): Promise<JobResult> {
  const job = o.workflow.jobs[o.job];
  if (!job) throw new Error(`no job '${o.job}'`);
  const repository = o.repository ?? 'octo-org/ml-project';
  const runId = o.runId ?? 1234567890;
  const sha = 'a'.repeat(40);
  const payload = makeEvent(o.event, { repository, sha, ...(o.payload ?? {}) }) as Record<string, Value>;
  const ref = o.event === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main';
  const runnerTemp = await mkdtemp(join(tmpdir(), 'mlops-workflow-temp-'));
  const stepsCtx: Record<string, Value> = {};
  const status: Status = { failed: false, cancelled: false };
  const records: StepRecord[] = [];
  const baseCtx = (): Record<string, Value> => ({
    github: {
      event: payload,
      event_name: o.event,
      repository,
      repository_owner: repository.split('/')[0]!,
      ref,
      ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
      sha,
      token: o.token,
      run_id: String(runId),
      workspace: o.workspace,
      server_url: 'https://github.com',
      api_url: o.apiUrl,
      actor: 'octocat',
    },
    inputs: (o.event === 'workflow_dispatch' ? (o.inputs ?? {}) : {}) as Value,
    needs: Object.fromEntries(
      Object.entries(o.needs ?? {}).map(([k, v]) => [k, { outputs: v.outputs, result: v.result ?? 'success' }]),
    ) as Value,
    runner: { temp: runnerTemp, os: 'Linux', arch: 'X64', name: 'job-runner' },
    secrets: (o.secrets ?? {}) as Value,
    // Configuration variables (`vars`): none are set unless a test gives them.
    vars: (o.vars ?? {}) as Value,
    matrix: (o.matrix ?? null) as Value,
    strategy: (o.strategy ?? null) as Value,
    steps: stepsCtx,
    env: {},
  });

  const jobCtx = baseCtx();
  const result: JobResult = {
    result: 'skipped',
    outputs: {},
    steps: records,
    runnerTemp,
    step(label) {
      const r = records.find((s) => s.label === label);
      if (!r) throw new Error(`no step '${label}' (steps: ${records.map((s) => s.label).join(', ')})`);
      return r;
    },
  };
  if (job.if !== undefined && !condition(job.if, jobCtx, status)) return result;

  const workflowEnv = evalMap(o.workflow.env, jobCtx, status);
  const jobEnv = { ...workflowEnv, ...evalMap(job.env, { ...jobCtx, env: workflowEnv }, status) };
  // The deployment GitHub creates for `environment:` (none with `deployment: false`).
  const environment = typeof job.environment === 'string' ? { name: job.environment } : job.environment;
  const jobDeployment =
    environment && o.emulator && String(environment.deployment ?? true) !== 'false'
      ? o.emulator.state.startJobDeployment(repository, {
          environment: interpolate(environment.name, jobCtx, status),
          sha,
          ref,
          runUrl: `https://github.com/${repository}/actions/runs/${runId}`,
        })
      : undefined;

  for (const [index, step] of job.steps.entries()) {
    const label = step.id ?? step.name ?? `${index}:${step.uses ?? 'run'}`;
    const ctx = { ...baseCtx(), env: jobEnv as Value };
    const record: StepRecord = { label, ran: false, outcome: 'skipped', outputs: {}, log: '' };
    records.push(record);
    const skipReason = o.skip?.[step.name ?? ''] ?? o.skip?.[step.id ?? ''];
    if (skipReason !== undefined || !condition(step.if, ctx, status)) {
      if (step.id) stepsCtx[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      continue;
    }
    record.ran = true;
    const env = { ...jobEnv, ...evalMap(step.env, ctx, status) };
    const withValues = evalMap(step.with, { ...ctx, env: env as Value }, status);
    for (const [k, v] of Object.entries(o.hostValues?.[step.name ?? ''] ?? o.hostValues?.[step.id ?? ''] ?? {})) {
      if (!(k in withValues)) throw new Error(`step ${label} has no input '${k}' to replace`);
      withValues[k] = v;
    }
    try {
      if (step.run !== undefined) {
        const output = join(runnerTemp, `output-${index}`);
        await writeFile(output, '');
        record.log = await sh(step.run, o.workspace, {
          ...o.runEnv,
          ...env,
          CI: 'true',
          GITHUB_ACTIONS: 'true',
          GITHUB_REPOSITORY: repository,
          // The runner sets it for every step ("Default environment variables", https://docs.github.com/en/actions/reference/variables-reference).
          GITHUB_API_URL: o.apiUrl,
          GITHUB_WORKSPACE: o.workspace,
          GITHUB_OUTPUT: output,
          GITHUB_STEP_SUMMARY: join(runnerTemp, `summary-${index}`),
          RUNNER_TEMP: runnerTemp,
        });
        record.outputs = parseFileCommand(await readFile(output, 'utf8'));
      } else if (step.uses && ourAction(step.uses) !== undefined) {
        const action = await runStep({
          action: ourAction(step.uses)!,
          inputs: withValues,
          workspace: o.workspace,
          runnerTemp,
          event: o.event,
          payload: o.payload,
          repository,
          apiUrl: o.apiUrl,
          token: o.token,
          env,
        });
        record.action = action;
        record.outputs = action.outputs;
        record.log = action.stdout + action.stderr;
        if (action.exitCode !== 0) throw new Error(`${label} failed: ${action.stdout.slice(-2000)}`);
      } else if (step.uses?.startsWith('actions/upload-artifact@')) {
        await o.artifacts.upload(repository, runId, withValues['name']!, withValues['path']!, withValues['overwrite'] === 'true');
      } else if (step.uses?.startsWith('actions/download-artifact@') && !withValues['name']) {
        await downloadMany(o.artifacts, Number(withValues['run-id'] ?? runId), withValues, o.workspace);
      } else if (step.uses?.startsWith('actions/download-artifact@')) {
        const source = o.artifacts.find(Number(withValues['run-id'] ?? runId), withValues['name']!);
        if (!source) throw new Error(`no artifact '${withValues['name']}' in run ${withValues['run-id']}`);
        await cp(source.dir, withValues['path']!, { recursive: true });
      } else if (step.uses?.startsWith('actions/github-script@')) {
        const calls = await runGitHubScript(withValues['script']!, {
          token: o.token,
          apiUrl: o.apiUrl,
          repository,
          payload,
          ref,
          runId,
          env,
          cwd: o.workspace,
        });
        record.core = calls;
        record.outputs = calls.outputs;
        if (calls.failed !== undefined) throw new Error(`${label}: ${calls.failed}`);
      } else if (step.uses?.startsWith('actions/checkout@') || step.uses?.startsWith('actions/setup-node@')) {
        // The workspace is prepared as a checkout with Node 24 on the PATH.
      } else {
        throw new Error(`the job runner cannot run '${step.uses}'`);
      }
      record.outcome = 'success';
    } catch (e) {
      record.outcome = 'failure';
      record.log ||= (e as Error).message;
      status.failed = true;
    }
    if (step.id) stepsCtx[step.id] = { outputs: record.outputs, outcome: record.outcome, conclusion: record.outcome };
  }
  result.result = status.failed ? 'failure' : 'success';
  result.outputs = evalMap(job.outputs, { ...baseCtx(), env: jobEnv as Value }, status);
  if (jobDeployment) {
    const url = environment?.url !== undefined ? interpolate(environment.url, { ...baseCtx(), env: jobEnv as Value }, status) : '';
    jobDeployment.finish(result.result === 'success' ? 'success' : 'failure', url || undefined);
  }
  return result;
}

/**
 * download-artifact without `name`: every artifact of the run whose name matches `pattern` (all when
 * empty), each into `path/<name>/`, or all into `path` with `merge-multiple: true` (download-artifact's
 * README, inputs `pattern` and `merge-multiple`; docs/MIGRATION.md of upload-artifact shows the
 * matrix case). The pattern is a glob on the artifact name (download-artifact uses minimatch; the
 * `*` and `?` of artifact-name patterns are modelled).
 */
async function downloadMany(
  artifacts: ArtifactFolders,
  runId: number,
  withValues: Record<string, string>,
  workspace: string,
): Promise<void> {
  const pattern = withValues['pattern'] ?? '';
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  const matches = (name: string) => pattern === '' || re.test(name);
  const path = withValues['path'] || workspace;
  const target = isAbsolute(path) ? path : join(workspace, path);
  const merge = withValues['merge-multiple'] === 'true';
  for (const a of artifacts.artifacts.filter((x) => x.runId === runId && matches(x.name))) {
    await cp(a.dir, merge ? target : join(target, a.name), { recursive: true });
  }
}

/**
 * The jobs of a matrix, in GitHub's order (the first variable varies slowest), each with its
 * `matrix` and `strategy` contexts: strategy.job-index counts from 0, job-total is the number of jobs
 * (https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/run-job-variations,
 * which also gives the order and the limit of 256 jobs, and the strategy context in
 * https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#strategy-context).
 * A variable's values may be an expression (`${{ fromJSON(needs.plan.outputs.shards) }}`), evaluated
 * with the needs given. include/exclude are not modelled (the examples do not use them).
 */
export function matrixOf(
  job: Job,
  needs: JobOptions['needs'] = {},
  inputs: Record<string, Value> = {},
  vars: Record<string, string> = {},
): Pick<JobOptions, 'matrix' | 'strategy'>[] {
  const m = job.strategy?.matrix;
  if (!m) return [{}];
  if (typeof m === 'string' || 'include' in m || 'exclude' in m) throw new Error('the job runner models matrices of variables only');
  const ctx: Record<string, Value> = {
    needs: Object.fromEntries(Object.entries(needs).map(([k, v]) => [k, { outputs: v.outputs, result: v.result ?? 'success' }])) as Value,
    inputs: inputs as Value,
    vars: vars as Value,
  };
  let combos: Record<string, Value>[] = [{}];
  for (const [key, raw] of Object.entries(m)) {
    const values =
      typeof raw === 'string'
        ? (JSON.parse(interpolate(raw, ctx, { failed: false, cancelled: false }).trim() || 'null') as Value)
        : (raw as Value);
    if (!Array.isArray(values) || values.length === 0)
      throw new Error(`matrix '${key}' is not a non-empty list: ${JSON.stringify(values)}`);
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  }
  if (combos.length > 256) throw new Error(`a matrix generates at most 256 jobs per workflow run; this one ${combos.length}`);
  return combos.map((matrix, i) => ({
    matrix,
    strategy: {
      'job-index': i,
      'job-total': combos.length,
      'fail-fast': job.strategy?.['fail-fast'] ?? true,
      'max-parallel': job.strategy?.['max-parallel'] ?? combos.length,
    },
  }));
}

/**
 * Runs every job of a matrix, one after the other, each on a runner of its own (a new workspace from
 * `workspace()`), and gives the job's result as GitHub does for `needs`: failure when any failed.
 * (Job outputs of a matrix are the last job's to set them; the examples set none on matrix jobs.)
 */
export async function runMatrix(
  o: Omit<JobOptions, 'workspace' | 'matrix' | 'strategy'>,
  workspace: () => Promise<string>,
): Promise<{ result: 'success' | 'failure' | 'skipped'; jobs: JobResult[] }> {
  const job = o.workflow.jobs[o.job];
  if (!job) throw new Error(`no job '${o.job}'`);
  const jobs: JobResult[] = [];
  // A job skipped by its `if:` is skipped before its matrix is expanded.
  if (
    job.if !== undefined &&
    !condition(
      job.if,
      { vars: (o.vars ?? {}) as Value, inputs: (o.inputs ?? {}) as Value, needs: {} as Value, github: {} as Value },
      { failed: false, cancelled: false },
    )
  ) {
    return { result: 'skipped', jobs };
  }
  for (const cell of matrixOf(job, o.needs, o.inputs, o.vars)) jobs.push(await runJob({ ...o, ...cell, workspace: await workspace() }));
  const result = jobs.some((j) => j.result === 'failure') ? 'failure' : jobs.every((j) => j.result === 'skipped') ? 'skipped' : 'success';
  return { result, jobs };
}
