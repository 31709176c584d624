import semver from 'semver';
import { UserError } from '@mlops-actions/errors';
import type { Bump } from './types.ts';

/**
 * Names end up in paths on the registry branch, in tag names (`<name>@v<version>`, GTO's convention)
 * and in Release tags, so they are kept to characters that are safe in all three.
 */
const MODEL_NAME = /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;
const ALIAS_NAME = /^[a-z](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;

export function validateModelName(name: string, where: { input?: string; key?: string } = { input: 'name' }): string {
  if (!MODEL_NAME.test(name) || name.includes('..')) {
    throw new UserError(`'${name}' is not a valid model name`, {
      ...where,
      fix: 'Use 1 to 64 lowercase letters, digits, dots, dashes and underscores, starting and ending with a letter or digit (e.g. churn-classifier)',
    });
  }
  return name;
}

export function validateAlias(alias: string, where: { input?: string; key?: string } = { input: 'alias' }): string {
  if (!ALIAS_NAME.test(alias) || alias.includes('..')) {
    throw new UserError(`'${alias}' is not a valid alias`, {
      ...where,
      fix: 'Use 1 to 64 lowercase letters, digits, dots, dashes and underscores, starting with a letter (e.g. production, candidate)',
    });
  }
  return alias;
}

/**
 * A semantic version as the registry stores it: `MAJOR.MINOR.PATCH` with an optional pre-release
 * (`1.0.0-rc.1`). A leading `v` is accepted and dropped. Build metadata (`+build`) is refused: semver
 * ignores it when ordering, so `1.0.0+a` and `1.0.0+b` would be two versions that compare equal.
 */
export function validateVersion(version: string, where: { input?: string; key?: string } = { input: 'version' }): string {
  const text = version.trim().replace(/^v(?=\d)/, '');
  const parsed = semver.valid(text);
  if (!parsed || text.includes('+') || parsed !== text) {
    throw new UserError(`'${version}' is not a semantic version without build metadata`, {
      ...where,
      fix: 'Write MAJOR.MINOR.PATCH, optionally with a pre-release such as 1.4.0 or 2.0.0-rc.1; or leave it empty and use bump',
    });
  }
  return parsed;
}

/** Highest version first. */
export function compareVersionsDesc(a: string, b: string): number {
  return semver.rcompare(a, b);
}

export function highestVersion(versions: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const v of versions) if (best === undefined || semver.gt(v, best)) best = v;
  return best;
}

/**
 * The next version after the highest registered one; the first version of a model is the bump of
 * 0.0.0 (1.0.0, 0.1.0 or 0.0.1). A pre-release highest version bumps the way `npm version` does
 * (`1.0.0-rc.1` + patch → `1.0.0`).
 */
export function nextVersion(existing: readonly string[], bump: Bump): string {
  const from = highestVersion(existing) ?? '0.0.0';
  const next = semver.inc(from, bump);
  if (!next) throw new Error(`cannot bump ${from} by ${bump}`);
  return next;
}

/** `<name>@v<version>`: the tag GTO reads as "version <version> of model <name>". */
export function versionTag(name: string, version: string): string {
  return `${name}@v${version}`;
}
