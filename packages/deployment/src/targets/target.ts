import { UserError, type UserErrorDetails } from '@mlops-actions/errors';
import type { Release } from '../types.ts';

export type TargetKind = 'command' | 'webhook' | 'directory';

/** A way of putting a verified release in service. Deploying a version again must be safe (rollback does it). */
export interface Target {
  readonly kind: TargetKind;
  /** One line for the log and the summary, without secrets. */
  describe(): string;
  deploy(release: Release, options?: DeployCallOptions): Promise<void>;
  /**
   * The version the environment serves now, when the target can tell by itself (the directory
   * target reads its `current` link); undefined when it cannot or nothing is served.
   */
  served?(): Promise<string | undefined>;
  /**
   * Puts back what was served before the last deploy() when there is no previous version in the
   * registry to redeploy (a first deployment). Returns what was restored, or undefined when the
   * target cannot undo by itself.
   */
  undo?(): Promise<string | undefined>;
}

export interface DeployCallOptions {
  /** Aborted when the run is cancelled: the target stops what it runs (a command's whole process group). */
  signal?: AbortSignal | undefined;
  /** A shorter time limit than the target's own (a restore inside the runner's cancellation grace period). */
  timeoutMs?: number | undefined;
}

/**
 * A target that failed. `changed` says whether the environment may have been touched: a command
 * that ran and failed may have deployed half of something, so the flow rolls back; a directory copy
 * that failed before the switch changed nothing, so there is nothing to roll back.
 */
export class TargetFailed extends UserError {
  readonly changed: boolean;
  constructor(message: string, changed: boolean, details: UserErrorDetails = {}) {
    super(message, details);
    this.changed = changed;
  }
}

export function isTargetFailed(e: unknown): e is TargetFailed {
  return e instanceof TargetFailed;
}

/** The variables a deployment script sees (the command target sets them; docs list them). */
export function releaseEnvironment(release: Release): Record<string, string> {
  return {
    MODEL_NAME: release.model,
    MODEL_VERSION: release.version,
    MODEL_PATH: release.path,
    MODEL_DIGEST: release.digest,
    DEPLOY_ENVIRONMENT: release.environment,
    DEPLOY_ALIAS: release.alias,
    DEPLOY_REASON: release.reason,
  };
}
