/**
 * The registry's side of drift-report's `reference: registry`: the bytes of the reference profile
 * stored with the version an alias points at, checked against the card, with errors that name the
 * input; and readReferenceProfile removes the private clone of a `git:` registry (in the temp dir,
 * RUNNER_TEMP on a runner) whether the read succeeds or fails.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { isUserError } from '@mlops-actions/errors';
import { readReferenceProfile, referenceProfileOf, parseModelName, parseModelVersion, parseAlias } from '@mlops-actions/registry';
import { copyFixture, makeFixture, writeFiles, type Fixture } from './helpers.ts';

let fx: Fixture | undefined;
afterEach(async () => {
  await fx?.cleanup();
  fx = undefined;
});

const PROFILE = '{"format":"stand-in: the registry does not read it"}\n';

// A git: champion is registered once per file (per withProfile) and each test gets a copy of that
// remote and clone (copyFixture); a file: one is cheap to register (and its cards record its absolute
// path), so each file: test registers its own.
const seeded = new Map<boolean, Promise<Fixture>>();
afterAll(async () => {
  await Promise.all([...seeded.values()].map(async (f) => (await f).cleanup()));
  seeded.clear();
});

async function champion(kind: 'git' | 'file', withProfile = true): Promise<Fixture> {
  if (kind === 'file') return register(await makeFixture(kind), withProfile);
  let seed = seeded.get(withProfile);
  if (!seed) seeded.set(withProfile, (seed = makeFixture('git').then((f) => register(f, withProfile))));
  return copyFixture(await seed);
}

async function register(f: Fixture, withProfile: boolean): Promise<Fixture> {
  await writeFiles(join(f.root, 'model'), { 'model.bin': 'weights' });
  await writeFile(join(f.root, 'profile.json'), PROFILE);
  const writer = f.open();
  await writer.register({
    name: parseModelName('churn'),
    files: { root: join(f.root, 'model'), paths: ['.'] },
    version: parseModelVersion('1.2.0'),
    ...(withProfile ? { referenceProfile: join(f.root, 'profile.json') } : {}),
    alias: parseAlias('production'),
  });
  await writer.close();
  return f;
}

async function userError(p: Promise<unknown>): Promise<{ message: string; input?: string | undefined; fix?: string | undefined }> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!isUserError(e)) throw new Error(`expected a UserError, got ${String(e)}`);
  return e;
}

describe.each(['file', 'git'] as const)('referenceProfileOf (%s registry)', (kind) => {
  it('returns the stored bytes and where they came from', async () => {
    fx = await champion(kind);
    const r = await referenceProfileOf(fx.open(), parseModelName('churn'), parseAlias('production'));
    expect(r.data.toString('utf8')).toBe(PROFILE);
    expect(r).toMatchObject({ model: 'churn', version: '1.2.0', label: 'registry:churn@1.2.0' });
  });

  it('an alias that points nowhere names the alias input', async () => {
    fx = await champion(kind);
    const e = await userError(referenceProfileOf(fx.open(), parseModelName('churn'), parseAlias('staging')));
    expect(e.message).toContain(`model 'churn' has no version with the alias 'staging' in ${fx.uri}.`);
    expect(e.input).toBe('alias');
    expect(e.fix).toMatch(/register-model, deploy/);
  });

  it('a version without a reference profile names the reference input', async () => {
    fx = await champion(kind, false);
    const e = await userError(referenceProfileOf(fx.open(), parseModelName('churn'), parseAlias('production')));
    expect(e.message).toContain("churn@1.2.0 (alias 'production') has no reference profile.");
    expect(e.input).toBe('reference');
    expect(e.fix).toMatch(/mode: profile/);
  });
});

describe('readReferenceProfile on a git: registry leaves nothing in the temp dir', () => {
  it('after a read', async () => {
    fx = await champion('git');
    const temp = join(fx.root, 'runner-temp');
    const r = await readReferenceProfile(
      { uri: fx.uri, workspace: fx.workspace, tempDir: temp },
      parseModelName('churn'),
      parseAlias('production'),
    );
    expect(r.label).toBe('registry:churn@1.2.0');
    expect(await readdir(temp)).toEqual([]);
  });

  it('after a failed read (unknown alias)', async () => {
    fx = await champion('git');
    const temp = join(fx.root, 'runner-temp');
    const e = await userError(
      readReferenceProfile({ uri: fx.uri, workspace: fx.workspace, tempDir: temp }, parseModelName('churn'), parseAlias('staging')),
    );
    expect(e.input).toBe('alias');
    expect(await readdir(temp)).toEqual([]);
  });
});
