import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { UserError } from '@mlops-actions/errors';

/** What the runner tells a step about where and why it runs, read once from the environment. */
export interface RunnerContext {
  workspace: string;
  runnerTemp: string;
  /** `owner/name`, or undefined outside GitHub. */
  repository: string | undefined;
  owner: string | undefined;
  repo: string | undefined;
  sha: string | undefined;
  ref: string | undefined;
  workflow: string | undefined;
  job: string | undefined;
  runId: string | undefined;
  runAttempt: string | undefined;
  actor: string | undefined;
  /** GITHUB_ACTOR_ID: the numeric id of `actor`. */
  actorId: string | undefined;
  eventName: string | undefined;
  event: Record<string, unknown>;
  serverUrl: string;
  apiUrl: string;
  /** Link to this workflow run, when known. */
  runUrl: string | undefined;
  /** The pull request this run is for (pull_request, pull_request_target, or a workflow_run of one). */
  pullRequest: number | undefined;
  /** True for a pull request from a fork: its token is read-only. */
  fromFork: boolean;
  /** True when running on a GitHub runner (as opposed to a local run). */
  onGitHub: boolean;
  /** The job's cache-mode as the runner exports it (ACTIONS_CACHE_MODE: none, read, write, write-only), when set. */
  cacheMode: string | undefined;
  /**
   * MLOPS_ACTIONS_TIME_SCALE (default 1): multiplies every retry back-off, rate-limit wait and polling
   * pause the step makes. The test harness sets 0 so no test sleeps; nobody sets it on a runner.
   * Pass it to the packages (`timeScale`), which never read the environment themselves.
   */
  timeScale: number;
}

export function readRunnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const repository = env['GITHUB_REPOSITORY'] || undefined;
  const [owner, repo] = repository?.split('/') ?? [];
  const serverUrl = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/$/, '');
  const runId = env['GITHUB_RUN_ID'] || undefined;
  const event = readEvent(env['GITHUB_EVENT_PATH']);
  const pr = event['pull_request'] as { number?: number; head?: { repo?: { full_name?: string } } } | undefined;
  const issue = event['issue'] as { number?: number; pull_request?: unknown } | undefined;
  const prNumber = pr?.number ?? (issue?.pull_request ? issue.number : undefined);
  const headRepo = pr?.head?.repo?.full_name;
  return {
    workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
    runnerTemp: env['RUNNER_TEMP'] || tmpdir(),
    repository,
    owner,
    repo,
    sha: env['GITHUB_SHA'] || undefined,
    ref: env['GITHUB_REF'] || undefined,
    workflow: env['GITHUB_WORKFLOW'] || undefined,
    job: env['GITHUB_JOB'] || undefined,
    runId,
    runAttempt: env['GITHUB_RUN_ATTEMPT'] || undefined,
    actor: env['GITHUB_ACTOR'] || undefined,
    actorId: env['GITHUB_ACTOR_ID'] || undefined,
    eventName: env['GITHUB_EVENT_NAME'] || undefined,
    event,
    serverUrl,
    apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/$/, ''),
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
    pullRequest: typeof prNumber === 'number' ? prNumber : undefined,
    fromFork: Boolean(headRepo && repository && headRepo !== repository),
    onGitHub: env['GITHUB_ACTIONS'] === 'true',
    cacheMode: env['ACTIONS_CACHE_MODE'] || undefined,
    timeScale: readTimeScale(env['MLOPS_ACTIONS_TIME_SCALE']),
  };
}

/** MLOPS_ACTIONS_TIME_SCALE: a number >= 0; unset or empty is 1 (the real waits). */
export function readTimeScale(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 1;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) {
    throw new UserError(`MLOPS_ACTIONS_TIME_SCALE is '${value}', not a number >= 0`, {
      fix: 'Unset it (the real waits), or set 0 to skip retry and polling waits (tests only)',
    });
  }
  return n;
}

function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch (e) {
    throw new UserError(`cannot read the event payload: ${(e as Error).message}`, { file: path });
  }
}

/** The repository as owner and name, or a clear error when the step is not running in one. */
export function requireRepository(ctx: RunnerContext): { owner: string; repo: string } {
  if (!ctx.owner || !ctx.repo) {
    throw new UserError('GITHUB_REPOSITORY is not set, so there is no repository to talk to', {
      fix: 'Run this step in a GitHub workflow, or set GITHUB_REPOSITORY=owner/name for a local run',
    });
  }
  return { owner: ctx.owner, repo: ctx.repo };
}

/** The registry a step uses when its `registry` input is empty: this repository's on GitHub, a local directory elsewhere. */
export function defaultRegistry(ctx: RunnerContext): string {
  return ctx.onGitHub ? 'git:origin' : 'file:.mlops/registry';
}

/** Where a registry opened by this step keeps its scratch files, and who its writes are recorded as. */
export function registryContext(ctx: RunnerContext): {
  workspace: string;
  tempDir: string;
  identity: {
    actor?: string | undefined;
    actorId?: string | undefined;
    runUrl?: string | undefined;
    runId?: string | undefined;
    repository?: string | undefined;
  };
  /** GITHUB_SERVER_URL: where `git:origin` goes when the workspace is not a checkout (or has an SSH origin). */
  serverUrl: string;
  /** MLOPS_ACTIONS_TIME_SCALE: scales the registry's push and upload back-off. */
  timeScale: number;
} {
  return {
    workspace: resolve(ctx.workspace),
    tempDir: resolve(ctx.runnerTemp),
    identity: { actor: ctx.actor, actorId: ctx.actorId, runUrl: ctx.runUrl, runId: ctx.runId, repository: ctx.repository },
    serverUrl: ctx.serverUrl,
    timeScale: ctx.timeScale,
  };
}
