/**
 * What the deployment flow needs from the outside world, kept small so the flow can be tested with
 * real parts (a file: registry, loopback servers, the GitHub emulator) and read in one sitting.
 */

import type { Alias, ModelName, ModelVersion } from '@mlops-actions/registry';

/** The suite's one logger type (see @mlops-actions/errors). */
export type { Logger } from '@mlops-actions/errors';

/** One file of a model version as its card records it. */
export interface CardFile {
  /** Path inside the version, forward slashes. */
  path: string;
  sha256: string;
  size?: number;
}

/** The part of a model card the deployment reads. */
export interface DeployCard {
  name: ModelName;
  version: ModelVersion;
  /** A digest of the whole version (covers every file's path and sha256). */
  digest: string;
  files: CardFile[];
  /** The validate-metrics result recorded at registration, when there was one. */
  validation?: { passed: boolean; summary?: string | undefined; reportDigest?: string | undefined } | undefined;
  /** Set when the version is deprecated in the registry: deploy refuses it unless allowed. */
  deprecated?: { reason: string; at: string; actor?: string | undefined } | undefined;
}

/** Checked where it entered (parseModelVersion, parseAlias): the flow and the registry trust it. */
export type VersionRef = { version: ModelVersion } | { alias: Alias };

/**
 * The registry as the deployment sees it. `@mlops-actions/registry` is adapted to this in
 * registry-adapter.ts; tests may use a plain object.
 */
export interface DeployRegistry {
  /** The card of a version, or of the version an alias points at; a UserError when there is none. */
  resolve(name: ModelName, ref: VersionRef): Promise<DeployCard>;
  /** The version an alias points at, or undefined when the alias is not set. */
  aliasVersion(name: ModelName, alias: Alias): Promise<ModelVersion | undefined>;
  /** Downloads every file of a version into `dest` (an empty directory), verified against the card. */
  download(name: ModelName, version: ModelVersion, dest: string): Promise<void>;
  /**
   * Moves an alias, as an audited compare-and-set write: when the alias no longer points at
   * `expectedFrom` (undefined: not set), it throws an AliasConflict and changes nothing.
   */
  setAlias(
    name: ModelName,
    alias: Alias,
    version: ModelVersion,
    options: { expectedFrom: ModelVersion | undefined; reason: string },
  ): Promise<void>;
}

/** Thrown by DeployRegistry.setAlias when another writer moved the alias first. */
export class AliasConflict extends Error {
  readonly actual: ModelVersion | undefined;
  constructor(message: string, actual: ModelVersion | undefined) {
    super(message);
    this.name = 'AliasConflict';
    this.actual = actual;
  }
}

export function isAliasConflict(e: unknown): e is AliasConflict {
  return e instanceof AliasConflict || (e instanceof Error && e.name === 'AliasConflict');
}

/** A verified, downloaded model version ready to be deployed. */
export interface Release {
  model: string;
  version: string;
  digest: string;
  environment: string;
  /** The alias this deployment moves (it also names the environment's slot in the registry). */
  alias: string;
  /** Local directory holding exactly the card's files, verified. */
  path: string;
  files: CardFile[];
  /** deploy: the requested version; rollback: the previous one being restored. */
  reason: 'deploy' | 'rollback';
}

/** Where the deploying run comes from, for webhook bodies and GitHub Deployments. */
export interface Provenance {
  repository?: string | undefined;
  sha?: string | undefined;
  ref?: string | undefined;
  runUrl?: string | undefined;
  actor?: string | undefined;
}
