import { join } from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '@mlops-actions/errors';
import {
  backoffMs,
  DEFAULT_RETRY,
  isAlias,
  isModelName,
  isModelVersion,
  nextVersion,
  parseAlias,
  parseModelName,
  parseModelVersion,
  versionTag,
  type Alias,
  type ModelName,
  type ModelVersion,
  type Registry,
} from '@mlops-actions/registry';
import { makeFixture, type Fixture } from './helpers.ts';

/** The UserError a parse function throws, for its fields. */
function refusal(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('it was accepted');
}

describe('model names, aliases and versions', () => {
  it.each(['churn', 'churn-classifier', 'a', 'x9', 'model_v2.onnx', 'a'.repeat(64)])('accepts the model name %s', (n) => {
    expect(parseModelName(n)).toBe(n);
    expect(isModelName(n)).toBe(true);
  });
  it.each(['', 'Churn', 'churn model', 'Churn Model', 'a/b', '-a', 'a-', 'a..b', 'a@b', 'a'.repeat(65), 'é'])(
    'refuses the model name %j',
    (n) => {
      expect(() => parseModelName(n)).toThrow(/input 'name': '.*' is not a valid model name\. Use 1 to 64 lowercase/);
      expect(isModelName(n)).toBe(false);
    },
  );
  it.each(['production', 'staging', 'candidate', 'canary-eu.1'])('accepts the alias %s', (a) => {
    expect(parseAlias(a)).toBe(a);
    expect(isAlias(a)).toBe(true);
  });
  it.each(['Production', '1.0.0', 'prod!', 'Prod!', '', 'a/b', 'a..b'])('refuses the alias %j', (a) => {
    expect(() => parseAlias(a)).toThrow(/input 'alias': '.*' is not a valid alias\. Use 1 to 64 lowercase/);
    expect(isAlias(a)).toBe(false);
  });

  it.each([
    ['1.0.0', '1.0.0'],
    ['v2.3.4', '2.3.4'],
    ['0.0.1-rc.1', '0.0.1-rc.1'],
    [' 1.2.3 ', '1.2.3'],
  ])('normalises the version %j to %s', (v, want) => {
    expect(parseModelVersion(v)).toBe(want);
    expect(isModelVersion(want)).toBe(true);
  });
  it.each(['1', '1.0', '01.0.0', '1.0.0+build', '1.0.0+build.5', 'latest', 'v', '1.0.0.0'])('refuses the version %j', (v) => {
    expect(() => parseModelVersion(v)).toThrow(/input 'version': '.*' is not a semantic version without build metadata/);
  });
  it.each(['v1.0.0', ' 1.0.0', '1.0.0+b', '1.0'])('does not take %j for a stored version (isModelVersion is exact)', (v) => {
    expect(isModelVersion(v)).toBe(false);
  });

  it('names the input or the key at fault, with the fix', () => {
    const name = refusal(() => parseModelName('Churn', { input: 'model' }));
    expect(name).toMatchObject({ input: 'model', key: undefined });
    expect(name.fix).toMatch(/^Use 1 to 64 lowercase letters.*\(e\.g\. churn-classifier\)$/);
    const alias = refusal(() => parseAlias('Prod!', { key: 'deploy.alias' }));
    expect(alias).toMatchObject({ input: undefined, key: 'deploy.alias' });
    expect(alias.message).toMatch(/^key 'deploy\.alias': 'Prod!' is not a valid alias\./);
    expect(alias.fix).toMatch(/starting with a letter \(e\.g\. production, candidate\)$/);
    const version = refusal(() => parseModelVersion('1.0', { input: 'to' }));
    expect(version).toMatchObject({ input: 'to' });
    expect(version.fix).toMatch(/^Write MAJOR\.MINOR\.PATCH/);
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

describe('checked once, at the boundary', () => {
  let fx: Fixture | undefined;
  afterEach(async () => {
    await fx?.cleanup();
    fx = undefined;
  });

  it('the registry takes branded names, versions and aliases, not plain strings (checked by the typecheck)', async () => {
    fx = await makeFixture('file');
    const reg: Registry = fx.open();
    const name = parseModelName('churn');
    // Each line below fails to compile without its directive: a plain string is not a checked name.
    // @ts-expect-error a plain string is not a ModelName
    await reg.versions('churn');
    // @ts-expect-error a plain string is not a ModelVersion
    await reg.resolve(name, { version: '1.0.0' });
    // @ts-expect-error a plain string is not an Alias
    await reg.resolve(name, { alias: 'production' });
    // @ts-expect-error a plain string is not an Alias
    await reg.setAlias(name, 'production', null).catch(() => undefined);
    // @ts-expect-error a RegisterOptions name must be parsed
    await reg.register({ name: 'churn', files: { root: fx.workspace, paths: ['.'] } }).catch(() => undefined);
    // What the parse functions return is what the registry takes; it reads back as a plain string.
    const checked: [ModelName, ModelVersion, Alias] = [name, parseModelVersion('v1.0.0'), parseAlias('production')];
    const asText: string[] = checked;
    expect(asText).toEqual(['churn', '1.0.0', 'production']);
  });

  it('does not check its arguments again: a name that bypassed parsing reaches the store unchecked', async () => {
    fx = await makeFixture('file');
    const reg = fx.open();
    // Forced past the type system, as only a cast can: the registry looks the model up instead of
    // refusing the name (the check is parseModelName's, where the name entered).
    const unchecked = 'Not A Valid Name' as ModelName;
    expect(() => parseModelName(unchecked)).toThrow(/is not a valid model name/);
    await expect(reg.resolve(unchecked)).resolves.toBeUndefined();
    await expect(reg.versions(unchecked)).resolves.toEqual([]);
    await expect(reg.aliases(unchecked)).resolves.toEqual({});
  });

  it('checks what it reads from the store: an index naming a version that is not one is damage', async () => {
    fx = await makeFixture('file');
    const reg = fx.open();
    const model = join(fx.workspace, 'model');
    await mkdir(model, { recursive: true });
    await writeFile(join(model, 'w.bin'), 'w');
    const name = parseModelName('churn');
    await reg.register({ name, files: { root: model, paths: ['.'] }, alias: parseAlias('production') });
    const index = JSON.parse(fx.read('models/churn/index.json')!);
    index.aliases.production.version = '../../escape';
    await fx.tamper('models/churn/index.json', JSON.stringify(index));
    await expect(reg.resolve(name, { alias: parseAlias('production') })).rejects.toThrow(
      /the registry file .*index\.json' is corrupted: alias 'production' has no version/,
    );
    index.aliases = {};
    index.latest = '1.0';
    await fx.tamper('models/churn/index.json', JSON.stringify(index));
    await expect(reg.resolve(name)).rejects.toThrow(/index\.json' is corrupted: latest is not a version/);
  });

  it('checks the versions of history lines and the names in the catalog it reads', async () => {
    fx = await makeFixture('file');
    const reg = fx.open();
    const model = join(fx.workspace, 'model');
    await mkdir(model, { recursive: true });
    await writeFile(join(model, 'w.bin'), 'w');
    const name = parseModelName('churn');
    await reg.register({ name, files: { root: model, paths: ['.'] } });
    const history = fx.read('models/churn/history/0001.jsonl')!;
    await fx.tamper('models/churn/history/0001.jsonl', history.replace('"version":"0.1.0"', '"version":"../x"'));
    await expect(reg.versions(name)).rejects.toThrow(/history\/' is corrupted: a line names "\.\.\/x", which is not a version/);
    const catalog = JSON.parse(fx.read('registry.json')!);
    catalog.models['Not A Name'] = catalog.models.churn;
    await fx.tamper('registry.json', JSON.stringify(catalog));
    await expect(reg.models()).rejects.toThrow(/registry\.json' is corrupted: 'Not A Name' is not a model name/);
  });
});
