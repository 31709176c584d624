import semver from 'semver';
import { UserError } from '@mlops-actions/errors';
import type { Alias, Bump, ModelName, ModelVersion } from './types.ts';

/**
 * Names end up in paths on the registry branch, in tag names (`<name>@v<version>`, GTO's convention)
 * and in Release tags, so they are kept to characters that are safe in all three.
 */
const MODEL_NAME = /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;
const ALIAS_NAME = /^[a-z](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;

/** Which input (or key of a file) a refused name came from, for the UserError. */
export interface Where {
  input?: string;
  key?: string;
}

export function isModelName(name: string): name is ModelName {
  return MODEL_NAME.test(name) && !name.includes('..');
}

export function isAlias(alias: string): alias is Alias {
  return ALIAS_NAME.test(alias) && !alias.includes('..');
}

/** True for a version exactly as the registry stores it (no `v`, no spaces, no build metadata). */
export function isModelVersion(version: string): version is ModelVersion {
  return !version.includes('+') && semver.valid(version) === version;
}

/**
 * A model name, checked once where it enters (an action input, a command argument, a file): the
 * registry's methods take the {@link ModelName} this returns and do not check it again.
 */
export function parseModelName(name: string, where: Where = { input: 'name' }): ModelName {
  if (!isModelName(name)) {
    throw new UserError(`'${name}' is not a valid model name`, {
      ...where,
      fix: 'Use 1 to 64 lowercase letters, digits, dots, dashes and underscores, starting and ending with a letter or digit (e.g. churn-classifier)',
    });
  }
  return name;
}

/** An alias, checked once where it enters (see {@link parseModelName}). */
export function parseAlias(alias: string, where: Where = { input: 'alias' }): Alias {
  if (!isAlias(alias)) {
    throw new UserError(`'${alias}' is not a valid alias`, {
      ...where,
      fix: 'Use 1 to 64 lowercase letters, digits, dots, dashes and underscores, starting with a letter (e.g. production, candidate)',
    });
  }
  return alias;
}

/**
 * A semantic version as the registry stores it: `MAJOR.MINOR.PATCH` with an optional pre-release
 * (`1.0.0-rc.1`). A leading `v` and surrounding spaces are accepted and dropped. Build metadata
 * (`+build`) is refused: semver ignores it when ordering, so `1.0.0+a` and `1.0.0+b` would be two
 * versions that compare equal. Checked once where it enters (see {@link parseModelName}).
 */
export function parseModelVersion(version: string, where: Where = { input: 'version' }): ModelVersion {
  const text = version.trim().replace(/^v(?=\d)/, '');
  if (!isModelVersion(text)) {
    throw new UserError(`'${version}' is not a semantic version without build metadata`, {
      ...where,
      fix: 'Write MAJOR.MINOR.PATCH, optionally with a pre-release such as 1.4.0 or 2.0.0-rc.1; or leave it empty and use bump',
    });
  }
  return text;
}

/** Highest version first. */
export function compareVersionsDesc(a: string, b: string): number {
  return semver.rcompare(a, b);
}

export function highestVersion<V extends string>(versions: readonly V[]): V | undefined {
  let best: V | undefined;
  for (const v of versions) if (best === undefined || semver.gt(v, best)) best = v;
  return best;
}

/**
 * The next version after the highest registered one; the first version of a model is the bump of
 * 0.0.0 (1.0.0, 0.1.0 or 0.0.1). A pre-release highest version bumps the way `npm version` does
 * (`1.0.0-rc.1` + patch → `1.0.0`).
 */
export function nextVersion(existing: readonly string[], bump: Bump): ModelVersion {
  const from = highestVersion(existing) ?? '0.0.0';
  const next = semver.inc(from, bump);
  // semver.inc of a valid version is one (and never has build metadata).
  if (!next || !isModelVersion(next)) throw new Error(`cannot bump ${from} by ${bump}`);
  return next;
}

/** `<name>@v<version>`: the tag GTO reads as "version <version> of model <name>". */
export function versionTag(name: string, version: string): string {
  return `${name}@v${version}`;
}
