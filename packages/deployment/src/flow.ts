import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError, messageOf } from '@mlops-actions/errors';
import { makeFolders } from '@mlops-actions/files';
import type { Alias, ModelName, ModelVersion } from '@mlops-actions/registry';
import type { GitHubDeployments } from './github-deployments.ts';
import { versionShown, waitHealthy, type Expectation, type HealthVars } from './health.ts';
import { isTargetFailed, TargetFailed, type Target } from './targets/target.ts';
import { isAliasConflict, type DeployCard, type DeployRegistry, type Logger, type Release, type VersionRef } from './types.ts';
import { compareWithCard, describeMismatches } from './verify.ts';

export interface HealthSettings {
  url?: string | undefined;
  expectations: readonly Expectation[];
  smoke?: { url: string; body: string } | undefined;
  timeoutMs: number;
  /** First pause between attempts (tests shorten it). */
  intervalMs?: number;
  /** Multiplies the pauses between attempts, not the timeout (MLOPS_ACTIONS_TIME_SCALE; default 1). */
  timeScale?: number | undefined;
}

export interface DeployOptions {
  registry: DeployRegistry;
  /** Parsed where it entered (parseModelName), as `ref` and `alias` are. */
  model: ModelName;
  /** Which registered version to deploy. */
  ref: VersionRef;
  environment: string;
  /** The alias moved on success; its current version is what a rollback restores. */
  alias: Alias;
  target: Target;
  health: HealthSettings;
  rollback: boolean;
  allowUnvalidated: boolean;
  /**
   * Deploy a version deprecated in the registry (with a warning). Off by default: a deprecated version
   * is refused before anything is downloaded. Automatic rollbacks and repairs still restore what the
   * alias names, deprecated or not: they put back what was serving.
   */
  allowDeprecated?: boolean | undefined;
  /** Scratch space for downloads (the runner's temp directory); cleaned up afterwards. */
  workDir: string;
  /** GitHub Deployments, when the run has a repository and a token. */
  github?: { deployments: GitHubDeployments; ref: string } | undefined;
  environmentUrl?: string | undefined;
  /** Recorded with the alias move (the registry's audit log). */
  reason?: string | undefined;
  log: Logger;
  fetch?: typeof fetch;
  clock?: () => number;
  /**
   * Aborted when the run is cancelled (the runner sends SIGINT, then SIGTERM 7.5 s later, then kills
   * the process tree 2.5 s after that). The flow then stops the target (a command's whole process
   * group), puts back what the alias names without waiting for a health check, marks the deployment
   * and returns, all within cancelGraceMs.
   */
  signal?: AbortSignal | undefined;
  /** Time the restore after a cancellation may take (default 5 s: inside the runner's 7.5 s). */
  cancelGraceMs?: number;
}

/** Default time for the restore after a cancellation: the runner's SIGTERM comes 7.5 s after its SIGINT. */
export const CANCEL_GRACE_MS = 5000;

export type DeployStatus = 'deployed' | 'rolled-back' | 'failed';

export interface StepRecord {
  step: string;
  outcome: 'ok' | 'failed' | 'skipped';
  detail: string;
  ms: number;
}

export interface DeployOutcome {
  status: DeployStatus;
  model: string;
  environment: string;
  alias: string;
  /** The version deployed (or attempted); undefined when it could not be resolved. */
  version: string | undefined;
  digest: string | undefined;
  /** The alias's version before this run. */
  previousVersion: ModelVersion | undefined;
  deploymentId: number | undefined;
  environmentUrl: string | undefined;
  durationSeconds: number;
  /** What went wrong (status rolled-back or failed). */
  error: string | undefined;
  /** What the rollback restored, or why nothing was. */
  restored: string | undefined;
  /** What each step did, in order, for the log and the job summary. */
  steps: StepRecord[];
  /** A warning the summary repeats (e.g. an unvalidated version was allowed). */
  warnings: string[];
}

/**
 * resolve → download and verify → GitHub Deployment (in_progress) → target → health and smoke →
 * move the alias (compare-and-set) → deployment success. Any failure once the target may have
 * changed the environment rolls back: the alias's previous version is redeployed through the same
 * target and health-checked, the deployment is marked failure, and the alias stays where it was.
 *
 * Never throws for a deployment that failed: the outcome says what happened, so the action can set
 * its outputs before failing the step.
 */
export async function deploy(o: DeployOptions): Promise<DeployOutcome> {
  const clock = o.clock ?? Date.now;
  const started = clock();
  const scratch = join(o.workDir, `mlops-deploy-${randomBytes(4).toString('hex')}`);
  const out: DeployOutcome = {
    status: 'failed',
    model: o.model,
    environment: o.environment,
    alias: o.alias,
    version: 'version' in o.ref ? o.ref.version : undefined,
    digest: undefined,
    previousVersion: undefined,
    deploymentId: undefined,
    environmentUrl: o.environmentUrl,
    durationSeconds: 0,
    error: undefined,
    restored: undefined,
    steps: [],
    warnings: [],
  };
  const step = async <T>(name: string, fn: () => Promise<T>, detail: (v: T) => string): Promise<T> => {
    const t = clock();
    try {
      const v = await fn();
      out.steps.push({ step: name, outcome: 'ok', detail: detail(v), ms: clock() - t });
      return v;
    } catch (e) {
      out.steps.push({ step: name, outcome: 'failed', detail: messageOf(e), ms: clock() - t });
      throw e;
    }
  };
  const finish = (): DeployOutcome => {
    out.durationSeconds = Math.round((clock() - started) / 100) / 10;
    return out;
  };

  try {
    // 0. An earlier run killed mid-way (SIGKILL, a lost runner) can leave the environment serving a
    // version the alias does not name: put back what the alias names before anything else.
    try {
      await repairServed(o, out, step, scratch);
    } catch (e) {
      out.error = messageOf(e);
      out.restored = 'nothing was deployed';
      return finish();
    }
    if (cancelled(o)) {
      out.error = cancelReason(o);
      out.restored = 'nothing was deployed';
      return finish();
    }

    // 1-2. Resolve and verify: a failure here has deployed nothing.
    let card: DeployCard;
    let release: Release;
    try {
      card = await step(
        'resolve',
        () => o.registry.resolve(o.model, o.ref),
        (c) => `${c.name} ${c.version} (${describeRef(o.ref)})`,
      );
      out.version = card.version;
      out.digest = card.digest;
      checkDeprecated(card, o.allowDeprecated === true, out.warnings, o.log);
      checkValidation(card, o.allowUnvalidated, out.warnings, o.log);
      out.previousVersion = await o.registry.aliasVersion(o.model, o.alias);
      o.log.info(
        `deploying ${o.model} ${card.version} to ${o.environment}; alias ${o.alias} ${out.previousVersion ? `points at ${out.previousVersion}` : 'is not set yet'}`,
      );
      release = await step(
        'download and verify',
        () => fetchVerified(o, card, scratch, 'deploy'),
        (r) => `${r.files.length} file(s), digest ${short(r.digest)}`,
      );
      if (cancelled(o)) throw new Error(cancelReason(o));
    } catch (e) {
      out.error = messageOf(e);
      out.restored = 'nothing was deployed';
      return finish();
    }

    // 3. The GitHub Deployment: without it (e.g. no 'deployments: write'), nothing is deployed either.
    const gh = o.github;
    if (gh) {
      try {
        await step(
          'GitHub deployment',
          async () => {
            const { id } = await gh.deployments.create({
              ref: gh.ref,
              environment: o.environment,
              model: o.model,
              version: card.version,
              digest: card.digest,
            });
            out.deploymentId = id;
            await gh.deployments.setStatus(id, 'in_progress', { description: `Deploying ${o.model} ${card.version}` });
            return id;
          },
          (id) => `deployment ${id}: in_progress`,
        );
      } catch (e) {
        out.error = messageOf(e);
        out.restored = 'nothing was deployed';
        if (out.deploymentId !== undefined) await markQuietly(o, out.deploymentId, 'error', out.error);
        return finish();
      }
    }

    // 4-5. Deploy, then health; any failure from here may need a rollback.
    let failure: unknown;
    let changed = true;
    try {
      if (cancelled(o)) throw new TargetFailed(cancelReason(o), false);
      await step(
        'deploy',
        () =>
          group(o.log, `Deploy ${o.model} ${card.version} via ${o.target.describe()}`, () =>
            o.target.deploy(release, { signal: o.signal }),
          ),
        () => o.target.describe(),
      );
      if (cancelled(o)) throw new Error(cancelReason(o));
      await healthStep(o, out, step, varsOf(release));
      if (cancelled(o)) throw new Error(cancelReason(o));
    } catch (e) {
      // A cancellation says so, whatever the step it interrupted made of it.
      failure = cancelled(o) ? new UserError(`${cancelReason(o)}; ${messageOf(e).replace(/^input '[^']+': /, '')}`) : e;
      if (isTargetFailed(e)) changed = e.changed;
    }

    // 6. Move the alias, compare-and-set against what it pointed at when we started.
    let restoreVersion = out.previousVersion;
    if (failure === undefined) {
      try {
        await step(
          'move alias',
          () =>
            o.registry.setAlias(o.model, o.alias, card.version, {
              expectedFrom: out.previousVersion,
              reason: o.reason ?? `deploy to ${o.environment}`,
            }),
          () => `${o.alias}: ${out.previousVersion ?? '(unset)'} → ${card.version}`,
        );
      } catch (e) {
        failure = isAliasConflict(e)
          ? new UserError(
              `another deployment moved alias ${o.alias} to ${e.actual ?? '(unset)'} while this one ran, so this one does not take it`,
              { fix: `Serialise deployments to ${o.environment} with a workflow 'concurrency' group (see the deploy docs)` },
            )
          : e;
        // The alias is the truth about what the environment should serve: restore what it says now.
        if (isAliasConflict(e)) restoreVersion = e.actual;
      }
    }

    if (failure === undefined) {
      out.status = 'deployed';
      if (gh && out.deploymentId !== undefined) {
        try {
          await gh.deployments.setStatus(out.deploymentId, 'success', {
            environmentUrl: o.environmentUrl,
            description: `${o.model} ${card.version} is live`,
          });
        } catch (e) {
          // The model is live and the alias moved; a missing status must not turn that into a failure.
          const w = `the deployment is live but its GitHub status could not be set to success: ${messageOf(e)}`;
          out.warnings.push(w);
          o.log.warning(w);
        }
      }
      return finish();
    }

    // 7. Roll back.
    out.error = messageOf(failure);
    o.log.info(`deployment of ${o.model} ${card.version} to ${o.environment} failed: ${out.error}`);
    await rollBack(o, out, step, scratch, { changed, restoreVersion, failedVersion: card.version });
    if (gh && out.deploymentId !== undefined) {
      // A cancelled run's deployment ends as `error`: it neither succeeded nor failed on its own.
      await markQuietly(o, out.deploymentId, cancelled(o) ? 'error' : 'failure', `${out.error}${out.restored ? `; ${out.restored}` : ''}`);
    }
    return finish();
  } finally {
    await rm(scratch, { recursive: true, force: true }).catch(() => undefined);
  }
}

type Step = <T>(name: string, fn: () => Promise<T>, detail: (v: T) => string) => Promise<T>;

async function rollBack(
  o: DeployOptions,
  out: DeployOutcome,
  step: Step,
  scratch: string,
  r: { changed: boolean; restoreVersion: ModelVersion | undefined; failedVersion: string },
): Promise<void> {
  const skip = (why: string) => {
    out.steps.push({ step: 'rollback', outcome: 'skipped', detail: why, ms: 0 });
    out.restored = why;
  };
  if (!r.changed) return skip('nothing was changed, so nothing had to be rolled back');
  if (!o.rollback) return skip(`rollback is off: ${o.environment} may now serve ${r.failedVersion}`);
  if (r.restoreVersion !== undefined && r.restoreVersion !== r.failedVersion) {
    const prev = r.restoreVersion;
    // Cancelled: the runner kills this process soon, so restore within the grace period and do not
    // wait for the restored version's health check.
    const fast = cancelled(o);
    const checked = !fast && Boolean(o.health.url || o.health.smoke);
    try {
      await step(
        'rollback',
        () =>
          group(o.log, `Roll back ${o.environment} to ${o.model} ${prev}`, async () => {
            const card = await o.registry.resolve(o.model, { version: prev });
            const release = await fetchVerified(o, card, join(scratch, 'rollback'), 'rollback');
            await o.target.deploy(release, fast ? { timeoutMs: o.cancelGraceMs ?? CANCEL_GRACE_MS } : {});
            if (!fast) await waitHealthy(healthOf(o, varsOf(release)));
          }),
        () => `${o.model} ${prev} redeployed${checked ? ' and healthy' : ''}`,
      );
      out.status = 'rolled-back';
      out.restored = `rolled back: ${o.environment} serves ${o.model} ${prev} again${checked ? ' and it is healthy' : fast ? ' (not health-checked: the run was cancelled)' : ''}; alias ${o.alias} still points at ${prev}`;
    } catch (e) {
      out.restored = `the rollback to ${prev} failed too: ${messageOf(e).replace(/\.$/, '')}. ${o.environment} needs a person`;
    }
    return;
  }
  if (o.target.undo) {
    try {
      const what = await step(
        'rollback',
        () => o.target.undo!(),
        (v) => v ?? 'nothing to undo',
      );
      if (what) {
        out.status = 'rolled-back';
        out.restored = `rolled back: ${what} (alias ${o.alias} had no earlier version)`;
        return;
      }
    } catch (e) {
      out.restored = `undoing the deployment failed: ${messageOf(e)}`;
      return;
    }
  }
  skip(
    r.restoreVersion === r.failedVersion
      ? `alias ${o.alias} already pointed at ${r.failedVersion}, so there is no earlier version to restore`
      : `alias ${o.alias} had no earlier version to restore; ${o.environment} may now serve ${r.failedVersion}`,
  );
}

function cancelled(o: DeployOptions): boolean {
  return o.signal?.aborted === true;
}

function cancelReason(o: DeployOptions): string {
  const r = o.signal?.reason as unknown;
  return r instanceof Error && r.name !== 'AbortError' ? r.message : typeof r === 'string' && r ? r : 'the run was cancelled';
}

/**
 * What the target serves against what the alias names. They differ only when an earlier run was
 * stopped between switching the target and moving the alias (or rolling back) without a chance to
 * clean up — a SIGKILL, a lost runner. The alias is the truth: its version is redeployed (and
 * health-checked) before anything else; a failure to do so stops this run.
 */
async function repairServed(o: DeployOptions, out: DeployOutcome, step: Step, scratch: string): Promise<void> {
  const served = o.target.served ? await o.target.served() : await shownByHealth(o);
  if (served === undefined) return;
  const named = await o.registry.aliasVersion(o.model, o.alias);
  if (named === served) return;
  if (named === undefined) {
    // What a health endpoint shows with no alias set may well predate this suite: only our own
    // release marker (the directory target) tells of an interrupted first deployment.
    if (!o.target.served) return;
    const w = `${o.environment} serves ${o.model} ${served}, but alias ${o.alias} is not set: an earlier first deployment was interrupted; this deployment replaces it`;
    out.warnings.push(w);
    o.log.warning(w);
    return;
  }
  const w = `${o.environment} serves ${o.model} ${served}, but alias ${o.alias} points at ${named}: an earlier deployment was interrupted (its runner was killed before it could restore); restoring ${named} first`;
  out.warnings.push(w);
  o.log.warning(w);
  try {
    await step(
      'repair',
      () =>
        group(o.log, `Restore ${o.environment} to ${o.model} ${named}`, async () => {
          const card = await o.registry.resolve(o.model, { version: named });
          const release = await fetchVerified(o, card, join(scratch, 'repair'), 'rollback');
          await o.target.deploy(release, { signal: o.signal });
          await waitHealthy({ ...healthOf(o, varsOf(release)), signal: o.signal });
        }),
      () => `${o.environment} serves ${o.model} ${named} again, as alias ${o.alias} says`,
    );
  } catch (e) {
    throw new UserError(
      `${o.environment} serves ${o.model} ${served} while alias ${o.alias} points at ${named}, and restoring ${named} failed: ${messageOf(e)}`,
      {
        input: o.target.kind === 'directory' ? 'serving-dir' : 'environment',
        fix: `Put ${o.model} ${named} back in service by hand (or move alias ${o.alias} to ${served} if that version is the one to keep), then run the deployment again`,
      },
    );
  }
}

/**
 * The version the health endpoint shows, for targets that cannot tell what they serve (command,
 * webhook): only with `health-expect: version`, from one GET; undefined when it does not answer 2xx
 * with a version (nothing is concluded from a server that is down).
 */
async function shownByHealth(o: DeployOptions): Promise<string | undefined> {
  if (!o.health.url || !o.health.expectations.some((e) => e.kind === 'version')) return undefined;
  try {
    const res = await (o.fetch ?? fetch)(o.health.url, {
      headers: { accept: 'application/json, text/plain;q=0.9' },
      redirect: 'manual',
      signal: AbortSignal.timeout(5000),
    });
    if (res.status < 200 || res.status >= 300) return undefined;
    const body = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      json = undefined;
    }
    return versionShown(body, json).found;
  } catch {
    return undefined;
  }
}

async function healthStep(o: DeployOptions, out: DeployOutcome, step: Step, vars: HealthVars): Promise<void> {
  if (!o.health.url && !o.health.smoke) {
    o.log.info('no health-url or smoke request given: the deployment is not health-checked');
    out.steps.push({ step: 'health', outcome: 'skipped', detail: 'no health-url given', ms: 0 });
    return;
  }
  await step(
    'health',
    () => waitHealthy({ ...healthOf(o, vars), signal: o.signal }),
    (h) => `healthy after ${h.attempts} attempt(s), ${(h.elapsedMs / 1000).toFixed(1)}s`,
  );
}

function healthOf(o: DeployOptions, vars: HealthVars) {
  return {
    url: o.health.url,
    expectations: o.health.expectations,
    smoke: o.health.smoke,
    vars,
    timeoutMs: o.health.timeoutMs,
    log: o.log,
    ...(o.health.intervalMs !== undefined ? { intervalMs: o.health.intervalMs } : {}),
    ...(o.health.timeScale !== undefined ? { timeScale: o.health.timeScale } : {}),
    ...(o.fetch ? { fetch: o.fetch } : {}),
  };
}

function varsOf(r: Release): HealthVars {
  return { model: r.model, version: r.version, digest: r.digest, environment: r.environment };
}

/** Downloads a version into a fresh directory and checks every file against its card. */
async function fetchVerified(o: DeployOptions, card: DeployCard, dir: string, reason: Release['reason']): Promise<Release> {
  try {
    await makeFolders(dir);
  } catch (e) {
    // ENOENT from mkdir: the folder above exists but refuses new folders (e.g. under /proc).
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'a folder above it does not accept new folders' : messageOf(e);
    throw new UserError(`cannot create the download folder ${dir}: ${why}`, {
      fix: "Run where the runner's temp folder (runner.temp) is writable",
      cause: e,
    });
  }
  await o.registry.download(o.model, card.version, dir);
  const wrong = await compareWithCard(dir, card.files);
  if (wrong.length) {
    throw new UserError(`${o.model} ${card.version} does not match its model card, so it was not deployed: ${describeMismatches(wrong)}`, {
      fix: 'The stored files were changed after registration; register the model again (a new version) rather than editing stored files',
    });
  }
  return {
    model: o.model,
    version: card.version,
    digest: card.digest,
    environment: o.environment,
    alias: o.alias,
    path: dir,
    files: card.files,
    reason,
  };
}

function checkDeprecated(card: DeployCard, allow: boolean, warnings: string[], log: Logger): void {
  const d = card.deprecated;
  if (!d) return;
  const what = `${card.name} ${card.version} is deprecated (${d.reason}; ${d.at.replace('T', ' ').replace(/\.\d+Z$/, 'Z')}${d.actor ? ` by ${d.actor}` : ''})`;
  if (allow) {
    const w = `${what}; deploying it because allow-deprecated is true`;
    warnings.push(w);
    log.warning(w);
    return;
  }
  throw new UserError(`${what}, so it is not deployed`, {
    input: 'allow-deprecated',
    fix: "Deploy another version, restore this one in the registry ('mlops registry deprecate <model> <version> --restore'), or set 'allow-deprecated: true' to deploy it anyway",
  });
}

function checkValidation(card: DeployCard, allow: boolean, warnings: string[], log: Logger): void {
  const v = card.validation;
  if (v?.passed === true) return;
  const what =
    v === undefined
      ? `${card.name} ${card.version} has no validate-metrics result in its model card`
      : `${card.name} ${card.version} failed validate-metrics at registration${v.summary ? ` (${v.summary})` : ''}`;
  if (allow) {
    const w = `${what}; deploying it because allow-unvalidated is true`;
    warnings.push(w);
    log.warning(w);
    return;
  }
  throw new UserError(`${what}, so it is not deployed`, {
    input: 'allow-unvalidated',
    fix:
      v === undefined
        ? "Register versions with register-model's 'validation-report' input set to validate-metrics' report, or set 'allow-unvalidated: true' to deploy it anyway"
        : "Deploy a version that passed validation, or set 'allow-unvalidated: true' to deploy it anyway",
  });
}

async function markQuietly(o: DeployOptions, id: number, state: 'failure' | 'error', description: string): Promise<void> {
  try {
    const call = o.github!.deployments.setStatus(id, state, { description });
    // Cancelled: the API client's retries must not outlast the runner's grace period.
    await (cancelled(o)
      ? Promise.race([call, new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 2s')), 2000).unref())])
      : call);
  } catch (e) {
    o.log.warning(`could not set GitHub deployment ${id} to ${state}: ${messageOf(e)}`);
  }
}

function group<T>(log: Logger, name: string, fn: () => Promise<T>): Promise<T> {
  return log.group ? log.group(name, fn) : fn();
}

function describeRef(ref: VersionRef): string {
  return 'version' in ref ? `version ${ref.version}` : `alias ${ref.alias}`;
}

function short(digest: string): string {
  return digest.replace(/^(sha256:)?([0-9a-f]{12})[0-9a-f]+$/, '$1$2…');
}
