import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  DEFAULT_RETRY,
  nextVersion,
  validateAlias,
  validateModelName,
  validateVersion,
  versionTag,
} from '@mlops-actions/registry';

describe('model names, aliases and versions', () => {
  it.each(['churn', 'churn-classifier', 'a', 'x9', 'model_v2.onnx', 'a'.repeat(64)])('accepts the model name %s', (n) => {
    expect(validateModelName(n)).toBe(n);
  });
  it.each(['', 'Churn', 'churn model', 'a/b', '-a', 'a-', 'a..b', 'a@b', 'a'.repeat(65), 'é'])('refuses the model name %j', (n) => {
    expect(() => validateModelName(n)).toThrow(/input 'name': '.*' is not a valid model name\. Use 1 to 64 lowercase/);
  });
  it.each(['production', 'staging', 'candidate', 'canary-eu.1'])('accepts the alias %s', (a) => expect(validateAlias(a)).toBe(a));
  it.each(['Production', '1.0.0', 'prod!', '', 'a/b'])('refuses the alias %j', (a) =>
    expect(() => validateAlias(a)).toThrow(/is not a valid alias/),
  );

  it.each([
    ['1.0.0', '1.0.0'],
    ['v2.3.4', '2.3.4'],
    ['0.0.1-rc.1', '0.0.1-rc.1'],
    [' 1.2.3 ', '1.2.3'],
  ])('normalises the version %j to %s', (v, want) => expect(validateVersion(v)).toBe(want));
  it.each(['1', '1.0', '01.0.0', '1.0.0+build', 'latest', 'v', '1.0.0.0'])('refuses the version %j', (v) => {
    expect(() => validateVersion(v)).toThrow(/input 'version': '.*' is not a semantic version/);
  });

  it.each([
    [[], 'minor', '0.1.0'],
    [[], 'major', '1.0.0'],
    [[], 'patch', '0.0.1'],
    [['0.1.0', '0.10.0', '0.9.0'], 'minor', '0.11.0'],
    [['1.2.3', '2.0.0-rc.1'], 'patch', '2.0.0'],
    [['1.2.3'], 'major', '2.0.0'],
  ] as const)('bumps %j by %s to %s', (existing, bump, want) => expect(nextVersion(existing, bump)).toBe(want));

  it('names tags the way GTO reads them', () => expect(versionTag('churn', '1.2.0')).toBe('churn@v1.2.0'));

  it('backs off exponentially with jitter, within bounds', () => {
    const p = { ...DEFAULT_RETRY, baseMs: 100, maxMs: 1000 };
    expect(backoffMs(1, p, () => 0)).toBe(50);
    expect(backoffMs(1, p, () => 1)).toBe(100);
    expect(backoffMs(3, p, () => 0.5)).toBe(300);
    expect(backoffMs(10, p, () => 1)).toBe(1000);
    const seen = new Set(Array.from({ length: 50 }, () => backoffMs(4, p)));
    expect(seen.size).toBeGreaterThan(10);
    for (const s of seen) expect(s).toBeGreaterThanOrEqual(400);
  });
});
