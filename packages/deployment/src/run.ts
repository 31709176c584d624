import { resolve } from 'node:path';
import { UserError } from '@mlops-actions/errors';
import { createGitHubClient, type GitHubClient } from '@mlops-actions/github';
import { openRegistry, sendAliasEvent, type Alias, type AliasMove, type ModelName, type ReleaseClient } from '@mlops-actions/registry';
import { deploy, type DeployOutcome, type HealthSettings } from './flow.ts';
import { GitHubDeployments } from './github-deployments.ts';
import { proxyAwareFetch } from './http.ts';
import { deployRegistry } from './registry-adapter.ts';
import { renderSummary } from './summary.ts';
import { createTarget, type TargetSpec } from './targets/index.ts';
import type { Logger, VersionRef } from './types.ts';

/** Where and for whom the step runs: the action kit's RunnerContext fits it. */
export interface DeployRunContext {
  workspace: string;
  runnerTemp: string;
  /** `owner/name`, or undefined outside GitHub. */
  repository?: string | undefined;
  owner?: string | undefined;
  repo?: string | undefined;
  sha?: string | undefined;
  ref?: string | undefined;
  runUrl?: string | undefined;
  runId?: string | undefined;
  actor?: string | undefined;
  actorId?: string | undefined;
  serverUrl: string;
  apiUrl: string;
  /** Multiplies every retry back-off and rate-limit wait of the registry and the GitHub client (default 1; 0 in tests). */
  timeScale?: number | undefined;
}

/** The target as the inputs give it; the run adds the workspace, the environment, the proxy and the provenance. */
export type TargetInput =
  | { kind: 'command'; command: string; timeoutMs: number }
  | { kind: 'webhook'; url: string; secret: string; timeoutMs: number }
  | { kind: 'directory'; servingDir: string };

/** The deploy action's inputs, checked. */
export interface DeployRunOptions {
  /** Parsed where it entered (parseModelName), as `ref` and `alias` are. */
  model: ModelName;
  ref: VersionRef;
  environment: string;
  /** The alias moved on success (promote-alias, default the environment). */
  alias: Alias;
  registry: { uri: string; branch: string };
  target: TargetInput;
  health: HealthSettings;
  rollback: boolean;
  allowUnvalidated: boolean;
  allowDeprecated: boolean;
  environmentUrl: string | undefined;
  /** Record a GitHub Deployment (when the run has a repository, a commit and a token). */
  recordDeployment: boolean;
  /** Send the alias-moved event (repository_dispatch) after a deployment. */
  events: boolean;
  gtoTags: boolean;
  token: string | undefined;
}

/** Signals that cancel the run (the runner sends SIGINT, then SIGTERM): the process. */
export interface SignalSource {
  on(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

export interface DeployRunDeps {
  ctx: DeployRunContext;
  /** The step's environment: the command target's base environment and the proxy settings. */
  env: Record<string, string | undefined>;
  log: Logger;
  /** SIGINT/SIGTERM (the process); none: the run cannot be cancelled. */
  signals?: SignalSource | undefined;
  /** Ends the step when the restore after a cancellation outlasts the runner's grace (process.exit). */
  exit?: ((code: number) => void) | undefined;
  /** How long the restore after a cancellation may run before the deployment is closed and the step exits (default 9 s). */
  cancelExitMs?: number | undefined;
  /** Replaces the proxy-aware fetch (tests). */
  fetch?: typeof fetch | undefined;
  /** Health-check pause and clock overrides (tests). */
  clock?: (() => number) | undefined;
}

/** What the action writes: its outputs, its job summary, and the error that fails the step (outputs set). */
export interface DeployRun {
  outcome: DeployOutcome;
  outputs: {
    version: string | undefined;
    'previous-version': string | undefined;
    status: DeployOutcome['status'];
    'deployment-id': number | undefined;
    'environment-url': string | undefined;
    'duration-seconds': number;
  };
  summary: string;
  /** Set when the step must fail after its outputs and summary are written (a failed or rolled-back deployment, an event not sent). */
  error: UserError | undefined;
}

/** Time after the first cancel signal before the deployment is closed and the step exits: the runner kills the process tree 10 s after SIGINT. */
export const CANCEL_EXIT_MS = 9000;

/**
 * The deploy step: opens the registry, the target and (when it can) a GitHub Deployment record, runs
 * the deployment flow, and says what to output. Input errors (nothing deployable named: no such
 * model, version or alias, an unreadable registry, a version its validation refuses) are thrown as a
 * UserError before any output; a deployment that failed later returns its outputs with `error` set, so
 * that `if: failure()` steps can read status and deployment-id.
 */
export async function runDeploy(o: DeployRunOptions, deps: DeployRunDeps): Promise<DeployRun> {
  const { ctx, log } = deps;
  const fetchImpl = deps.fetch ?? proxyAwareFetch(deps.env);
  const octokit: GitHubClient | undefined =
    ctx.owner && ctx.repo && o.token ? createGitHubClient({ token: o.token, apiUrl: ctx.apiUrl, log, ...timeScale(ctx) }) : undefined;
  const releases =
    octokit && ctx.owner && ctx.repo ? { octokit: octokit as unknown as ReleaseClient, owner: ctx.owner, repo: ctx.repo } : undefined;
  const registry = openRegistry({
    uri: o.registry.uri,
    branch: o.registry.branch,
    token: o.token,
    github: releases,
    log,
    workspace: resolve(ctx.workspace),
    tempDir: resolve(ctx.runnerTemp),
    identity: { actor: ctx.actor, actorId: ctx.actorId, runUrl: ctx.runUrl, runId: ctx.runId, repository: ctx.repository },
    serverUrl: ctx.serverUrl,
    ...timeScale(ctx),
  });
  try {
    let github: { deployments: GitHubDeployments; ref: string } | undefined;
    if (o.recordDeployment && octokit && ctx.owner && ctx.repo && ctx.sha) {
      github = { deployments: new GitHubDeployments({ octokit, owner: ctx.owner, repo: ctx.repo, runUrl: ctx.runUrl, log }), ref: ctx.sha };
    } else if (o.recordDeployment) {
      log.info('Not recording a GitHub Deployment: no repository, commit or token (a local run)');
    }
    const target = createTarget(targetSpec(o.target, { ctx, env: deps.env, fetch: fetchImpl, registry: publicUri(registry.uri) }), log);
    // Listening until the process ends: a signal after the flow changes nothing (no default exit mid-write).
    const signal = cancellation(o.alias, deps, (reason) => github?.deployments.abandon(reason));
    let move: AliasMove | undefined;
    const out = await deploy({
      registry: deployRegistry(registry, { gtoTags: o.gtoTags, onMove: (m) => (move = m) }),
      model: o.model,
      ref: o.ref,
      environment: o.environment,
      alias: o.alias,
      target,
      health: { ...o.health, ...timeScale(ctx) },
      rollback: o.rollback,
      allowUnvalidated: o.allowUnvalidated,
      allowDeprecated: o.allowDeprecated,
      workDir: resolve(ctx.runnerTemp),
      github,
      environmentUrl: o.environmentUrl,
      reason: `deploy to ${o.environment}${ctx.runUrl ? ` (${ctx.runUrl})` : ''}`,
      fetch: fetchImpl,
      log,
      signal,
      ...(deps.clock ? { clock: deps.clock } : {}),
    });
    if (refusedInput(out)) throw new UserError(failureMessage(o.model, o.environment, out));
    const deploymentsUrl = ctx.repository
      ? `${ctx.serverUrl}/${ctx.repository}/deployments/${encodeURIComponent(o.environment)}`
      : undefined;
    const result: DeployRun = {
      outcome: out,
      outputs: {
        version: out.version,
        'previous-version': out.previousVersion,
        status: out.status,
        'deployment-id': out.deploymentId,
        'environment-url': out.environmentUrl,
        'duration-seconds': out.durationSeconds,
      },
      summary: renderSummary(out, { target: target.describe(), deploymentsUrl }),
      error: undefined,
    };
    if (out.status !== 'deployed') {
      result.error = new UserError(failureMessage(o.model, o.environment, out));
      return result;
    }
    log.info(
      `Deployed ${o.model} ${out.version} to ${o.environment} in ${out.durationSeconds}s; alias ${o.alias} → ${out.version}${move?.tag ? ` (tag ${move.tag})` : ''}`,
    );
    if (o.events && move) {
      // After the deployment: repository_dispatch starts workflows even when sent with GITHUB_TOKEN.
      if (!releases) log.warning('events: not sending alias-moved: no GitHub repository or token (a local run)');
      else {
        try {
          const sent = await sendAliasEvent(registry, releases.octokit, releases, move, {
            registry: o.registry.uri,
            branch: o.registry.branch,
            serverUrl: ctx.serverUrl,
            repository: ctx.repository,
            runUrl: ctx.runUrl,
            actor: ctx.actor,
          });
          if (sent) log.info(`Sent the ${sent} event (repository_dispatch) for ${o.model}@${out.version}`);
        } catch (e) {
          // The deployment stands: its outputs and summary are written, then the step fails on the event.
          if (!(e instanceof UserError)) throw e;
          result.error = e;
        }
      }
    }
    return result;
  } finally {
    await registry.close();
  }
}

/** The target spec: a command runs in the workspace with the step's environment; a webhook is signed, proxied and carries the provenance. */
function targetSpec(
  t: TargetInput,
  w: { ctx: DeployRunContext; env: Record<string, string | undefined>; fetch: typeof fetch; registry: string },
): TargetSpec {
  switch (t.kind) {
    case 'command':
      return { ...t, cwd: resolve(w.ctx.workspace), baseEnv: w.env };
    case 'webhook':
      return {
        ...t,
        fetch: w.fetch,
        registry: w.registry,
        provenance: { repository: w.ctx.repository, sha: w.ctx.sha, ref: w.ctx.ref, runUrl: w.ctx.runUrl, actor: w.ctx.actor },
      };
    case 'directory':
      return t;
  }
}

/**
 * Cancellation (workflow cancel, timeout-minutes, cancel-in-progress): the runner sends SIGINT, then
 * SIGTERM 7.5 s later, then kills the process tree 2.5 s after that (actions/runner,
 * src/Runner.Sdk/ProcessInvoker.cs: _sigintTimeout 7500 ms, _sigtermTimeout 2500 ms). The first signal
 * aborts the flow, which stops the target, restores what the alias names and marks the deployment;
 * the step then fails with its outputs set. A later signal changes nothing; if the restore is still
 * running 9 s after the first one, the deployment is closed and the step exits.
 */
function cancellation(alias: string, deps: DeployRunDeps, abandon: (reason: string) => Promise<unknown> | undefined): AbortSignal {
  const controller = new AbortController();
  const onSignal = (signal: string) => {
    if (controller.signal.aborted) return;
    deps.log.warning(`The workflow run was cancelled (${signal}): stopping the deployment and restoring what alias ${alias} names`);
    controller.abort(new Error(`the workflow run was cancelled (${signal}) during the deployment`));
    setTimeout(() => {
      void (abandon(`The workflow run was cancelled (${signal}) during the deployment`) ?? Promise.resolve())
        .catch(() => undefined)
        .finally(() => deps.exit?.(1));
    }, deps.cancelExitMs ?? CANCEL_EXIT_MS).unref();
  };
  deps.signals?.on('SIGINT', () => onSignal('SIGINT'));
  deps.signals?.on('SIGTERM', () => onSignal('SIGTERM'));
  return controller.signal;
}

function timeScale(ctx: DeployRunContext): { timeScale?: number } {
  return ctx.timeScale === undefined ? {} : { timeScale: ctx.timeScale };
}

/** A registry URI for a webhook body: no credentials. */
export function publicUri(uri: string): string {
  return uri.replace(/\/\/[^/@\s]*@/, '//');
}

/** The step's error for a deployment that failed: what was deployed where, why, and what the rollback restored. */
export function failureMessage(model: string, environment: string, out: Pick<DeployOutcome, 'version' | 'error' | 'restored'>): string {
  const what = `Deploying ${model}${out.version ? ` ${out.version}` : ''} to ${environment} failed: ${out.error ?? 'unknown error'}`;
  return `${what}${/[.!?]$/.test(what) ? '' : '.'} ${capitalise(out.restored ?? '')}`.trim();
}

/**
 * The inputs named nothing deployable (no such model, version or alias, a registry that cannot be
 * read, a version its validation result refuses): an input error, which sets no outputs and writes no
 * summary. A deployment that failed later (verify, the GitHub deployment, the target, health) keeps
 * them, so that `if: failure()` steps can read status and deployment-id.
 */
export function refusedInput(out: Pick<DeployOutcome, 'status' | 'restored' | 'steps'>): boolean {
  return out.status === 'failed' && out.restored === 'nothing was deployed' && out.steps.every((s) => s.step === 'resolve');
}

function capitalise(s: string): string {
  return s ? `${s[0]!.toUpperCase()}${s.slice(1)}${/[.!?]$/.test(s) ? '' : '.'}` : '';
}
