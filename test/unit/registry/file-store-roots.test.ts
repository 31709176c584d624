/**
 * A model card is read from a branch (or directory) others can write to. Its `file:` store is trusted
 * only where the registry itself writes a version's files (`<store dir>/<name>/<digest hex>`): a card
 * pointing anywhere else is refused before anything is read, and the error tells nothing about the
 * local file it pointed at (no size, no sha256).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { layout, type ModelCard, parseModelName } from '@mlops-actions/registry';
import { copyFixture, makeFixture, writeFiles, type Fixture } from './helpers.ts';

const SECRET = 'hunter2-very-secret-token\n';
const SECRET_SHA = createHash('sha256').update(SECRET).digest('hex');

describe.each(['git', 'file'] as const)('a %s registry reading a card whose file: store points elsewhere', (kind) => {
  let fx: Fixture;
  let card: ModelCard;
  let store: string;
  let secretDir: string;

  /** m@0.1.0 registered with its files in the file: store `<root>/models-store`. */
  const registerWithStore = async (f: Fixture) => {
    const model = join(f.workspace, 'model');
    await writeFiles(model, { 'weights.bin': 'weights', 'conf/params.json': '{}' });
    store = join(f.root, 'models-store');
    const reg = f.open();
    card = (await reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] }, store: `file:${store}` })).card;
    await reg.close();
  };
  // Files a runner may hold that no model card should ever reach: named like the model's files.
  const writeSecrets = (root: string) => writeFiles(join(root, 'home', '.ssh'), { 'weights.bin': SECRET, 'conf/params.json': SECRET });

  // git: the version is registered once per file and each test gets a copy of that remote and clone
  // (copyFixture). The card names the store by its absolute path, so the store stays the seed's: it is
  // put back from a pristine copy before each test (a test may replace a stored file), and the seed
  // holds the secrets too, where a store path climbing out of the store lands. A file: registry is
  // cheap to seed (and its cards record its absolute path), so each file: test seeds its own.
  let seeded: Fixture | undefined;
  beforeAll(async () => {
    if (kind !== 'git') return;
    seeded = await makeFixture('git');
    await registerWithStore(seeded);
    await writeSecrets(seeded.root);
    execFileSync('cp', ['-R', store, `${store}.pristine`]);
  });
  afterAll(async () => {
    await seeded?.cleanup();
  });

  beforeEach(async () => {
    if (seeded) {
      fx = await copyFixture(seeded);
      await rm(store, { recursive: true, force: true });
      execFileSync('cp', ['-R', `${store}.pristine`, store]);
    } else {
      fx = await makeFixture(kind);
      await registerWithStore(fx);
    }
    secretDir = join(fx.root, 'home', '.ssh');
    await writeSecrets(fx.root);
  });
  afterEach(async () => {
    await fx.cleanup();
  });

  const withStore = async (uri: string) => {
    await fx.tamper(layout.card('m', card.version), `${JSON.stringify({ ...card, store: { kind: 'file', uri } }, null, 2)}\n`);
  };

  const refused = async () => {
    const e = (await fx
      .open()
      .download(parseModelName('m'), card.version, join(fx.root, `dl-${Math.random().toString(16).slice(2)}`))
      .then(
        () => undefined,
        (err: unknown) => err,
      )) as Error & { fix?: string };
    expect(e, 'the download must fail').toBeInstanceOf(Error);
    const text = `${e.message}\n${e.fix ?? ''}`;
    expect(text).toMatch(/m@0\.1\.0 names the file store .*outside the registry's own store directories.*nothing was read/);
    // Nothing about the local file leaks: not its hash, not its size.
    expect(text).not.toContain(SECRET_SHA);
    expect(text).not.toMatch(new RegExp(`\\b${SECRET.length}\\b`));
    return text;
  };

  it('downloads from the store the registry wrote (the control case)', async () => {
    const d = await fx.open().download(parseModelName('m'), card.version, join(fx.root, 'dl'));
    expect(d.files.map((f) => f.path).sort()).toEqual(['conf/params.json', 'weights.bin']);
  });

  it.each([
    ['an absolute directory outside', () => `file:${secretDir}`],
    ['a relative path climbing out of the workspace', () => 'file:../home/.ssh'],
    ['a path that climbs back out of a well-named directory', () => `file:${join(store, 'm', card.digest.slice(7))}/../../../home/.ssh`],
    ['a file:// URL', () => `file://${secretDir}`],
    ['a directory named like another digest', () => `file:${join(fx.root, 'home', 'm', 'f'.repeat(64))}`],
  ])('refuses %s', async (_what, uri) => {
    await withStore(uri());
    await refused();
  });

  it('refuses a well-named directory that is a symbolic link to somewhere else', async () => {
    const fake = join(fx.root, 'elsewhere', 'm');
    await mkdir(fake, { recursive: true });
    await symlink(secretDir, join(fake, card.digest.slice(7)));
    await withStore(`file:${join(fake, card.digest.slice(7))}`);
    expect(await refused()).toMatch(/symbolic link/);
  });

  it('refuses a file of the real store replaced by a symbolic link leading out of it', async () => {
    const real = join(store, 'm', card.digest.slice(7));
    await rm(join(real, 'weights.bin'));
    await symlink(join(secretDir, 'weights.bin'), join(real, 'weights.bin'));
    expect(await refused()).toMatch(/symbolic link/);
  });
});
