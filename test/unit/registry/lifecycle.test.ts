/**
 * The lifecycle functions the fetch-model action and the `mlops registry` command call (list, show,
 * history, promote, rollback, deprecate, removeAlias, fetchModel), against both backends: a real bare
 * git remote and a file: directory.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  deprecate,
  fetchModel,
  layout,
  listModels,
  modelHistory,
  parseVersionRef,
  promote,
  registrationEvents,
  removeAlias,
  rollback,
  showModel,
  type Registry,
  parseModelName,
  parseAlias,
  parseModelVersion,
} from '@mlops-actions/registry';
import { copyFixture, git, makeFixture, writeFiles, type Fixture } from './helpers.ts';

describe.each(['git', 'file'] as const)('registry lifecycle (%s backend)', (kind) => {
  let fx: Fixture;
  let reg: Registry;
  const identity = { actor: 'octocat', runUrl: 'https://github.com/o/r/actions/runs/9' };

  /** churn 0.1.0, 0.2.0, 0.3.0 (models m1–m3 in the workspace), registered by octocat. */
  async function seedChurn(f: Fixture): Promise<Registry> {
    const r = f.open({ identity });
    for (const v of [1, 2, 3]) {
      await writeFiles(join(f.workspace, `m${v}`), { 'weights.bin': Buffer.alloc(64, v), 'sub/labels.txt': `v${v}\n` });
      await r.register({
        name: parseModelName('churn'),
        files: { root: join(f.workspace, `m${v}`), paths: ['.'] },
        metrics: { accuracy: 0.8 + v / 100 },
      });
    }
    return r;
  }

  // git: churn is registered once per file (three clones, commits and pushes) and each test gets a copy
  // of that remote and clone (copyFixture). A file: registry is cheap to seed, so each test seeds its own.
  let seeded: Fixture | undefined;
  beforeAll(async () => {
    if (kind !== 'git') return;
    seeded = await makeFixture('git');
    await (await seedChurn(seeded)).close();
  });
  afterAll(async () => {
    await seeded?.cleanup();
  });

  beforeEach(async () => {
    if (seeded) {
      fx = await copyFixture(seeded);
      reg = fx.open({ identity });
    } else {
      fx = await makeFixture(kind);
      reg = await seedChurn(fx);
    }
  });
  afterEach(async () => {
    await fx.cleanup();
  });

  it('promotes by version, latest and another alias, and rolls back to the previous target (twice = undo)', async () => {
    const a = await promote(reg, parseModelName('churn'), { version: '0.1.0' }, parseAlias('production'), { reason: 'first release' });
    expect(a).toMatchObject({ alias: 'production', from: null, to: '0.1.0', moved: true, reason: 'first release' });
    await promote(reg, parseModelName('churn'), { version: 'latest' }, parseAlias('staging'));
    const b = await promote(reg, parseModelName('churn'), { alias: 'staging' }, parseAlias('production'));
    expect(b).toMatchObject({ from: '0.1.0', to: '0.3.0' });
    const r1 = await rollback(reg, parseModelName('churn'), parseAlias('production'));
    expect(r1).toMatchObject({ from: '0.3.0', to: '0.1.0', reason: 'rollback from 0.3.0' });
    expect((await reg.aliases(parseModelName('churn')))['production']?.version).toBe('0.1.0');
    const r2 = await rollback(reg, parseModelName('churn'), parseAlias('production'));
    expect(r2).toMatchObject({ from: '0.1.0', to: '0.3.0' });
    const explicit = await rollback(reg, parseModelName('churn'), parseAlias('production'), { to: parseModelVersion('0.2.0') });
    expect(explicit.to).toBe('0.2.0');
    // Every move is in the audit log, with who and from which run.
    const moves = (await modelHistory(reg, parseModelName('churn'), { alias: parseAlias('production') })).map(
      (e) => `${e.from ?? '-'}>${e.to}`,
    );
    expect(moves).toEqual(['->0.1.0', '0.1.0>0.3.0', '0.3.0>0.1.0', '0.1.0>0.3.0', '0.3.0>0.2.0']);
    expect((await modelHistory(reg, parseModelName('churn'))).every((e) => e.actor === 'octocat')).toBe(true);
  });

  it('refuses a rollback with nothing to go back to, and an unset alias', async () => {
    await promote(reg, parseModelName('churn'), { version: '0.2.0' }, parseAlias('production'));
    await expect(rollback(reg, parseModelName('churn'), parseAlias('production'))).rejects.toThrow(
      /pointed at no version before 0\.2\.0, so there is nothing to roll back to/,
    );
    await expect(rollback(reg, parseModelName('churn'), parseAlias('canary'))).rejects.toThrow(
      /alias 'canary' of model 'churn' is not set/,
    );
    await expect(promote(reg, parseModelName('churn'), { version: '9.9.9' }, parseAlias('production'))).rejects.toMatchObject({
      input: 'version',
      message: expect.stringMatching(/has no version 9\.9\.9/),
    });
    await expect(promote(reg, parseModelName('nope'), { version: 'latest' }, parseAlias('production'))).rejects.toMatchObject({
      input: 'model',
    });
    await expect(promote(reg, parseModelName('churn'), { alias: 'ghost' }, parseAlias('production'))).rejects.toMatchObject({
      input: 'alias',
      message: expect.stringMatching(/alias 'ghost' .* is not set/),
    });
  });

  it('deprecates a version with a reason: shown in the card, versions, catalog, README and audit log; refused by promote, rollback and fetch unless allowed; restorable', async () => {
    await promote(reg, parseModelName('churn'), { version: '0.1.0' }, parseAlias('production'));
    await promote(reg, parseModelName('churn'), { version: '0.2.0' }, parseAlias('production'));
    await expect(deprecate(reg, parseModelName('churn'), parseModelVersion('0.1.0'), { reason: '  ' })).rejects.toMatchObject({
      input: 'reason',
    });
    const d = await deprecate(reg, parseModelName('churn'), parseModelVersion('0.1.0'), { reason: 'trained on leaked <labels>' });
    expect(d).toMatchObject({
      version: '0.1.0',
      changed: true,
      aliases: [],
      deprecated: { reason: 'trained on leaked <labels>', actor: 'octocat' },
    });
    // Again: nothing written.
    const head = fx.head();
    expect((await deprecate(reg, parseModelName('churn'), parseModelVersion('0.1.0'), { reason: 'again' })).changed).toBe(false);
    expect(fx.head()).toBe(head);

    expect((await reg.resolve(parseModelName('churn'), { version: parseModelVersion('0.1.0') }))?.deprecated?.reason).toBe(
      'trained on leaked <labels>',
    );
    expect((await reg.card(parseModelName('churn'), parseModelVersion('0.1.0'))).deprecated?.actor).toBe('octocat');
    expect((await reg.resolve(parseModelName('churn'), { version: parseModelVersion('0.2.0') }))?.deprecated).toBeUndefined();
    expect(JSON.parse(fx.read(layout.card('churn', '0.1.0'))!).deprecated.reason).toBe('trained on leaked <labels>');
    expect((await reg.versions(parseModelName('churn'))).map((v) => [v.version, v.deprecated])).toEqual([
      ['0.3.0', undefined],
      ['0.2.0', undefined],
      ['0.1.0', 'trained on leaked <labels>'],
    ]);
    expect((await listModels(reg))[0]).toMatchObject({ name: 'churn', deprecated: ['0.1.0'] });
    expect(JSON.parse(fx.read(layout.catalog)!).models.churn.deprecated).toEqual({ '0.1.0': 'trained on leaked <labels>' });
    const readme = fx.read(layout.readme)!;
    expect(readme).toContain('| deprecated |');
    expect(readme).toContain('0.1.0: trained on leaked &lt;labels&gt;');
    expect((await showModel(reg, parseModelName('churn'), { version: '0.1.0' })).deprecated['0.1.0']?.reason).toBe(
      'trained on leaked <labels>',
    );

    await expect(rollback(reg, parseModelName('churn'), parseAlias('production'))).rejects.toMatchObject({
      input: 'allow-deprecated',
      message: expect.stringMatching(
        /churn 0\.1\.0 is deprecated \(trained on leaked <labels>;.* by octocat\), so it is not rolled back to/,
      ),
    });
    await expect(promote(reg, parseModelName('churn'), { version: '0.1.0' }, parseAlias('staging'))).rejects.toThrow(
      /is deprecated .*so it is not promoted/,
    );
    const dest = join(fx.root, 'fetched');
    await expect(fetchModel(reg, { name: parseModelName('churn'), ref: { version: '0.1.0' }, dest })).rejects.toThrow(
      /is deprecated .*so it is not fetched/,
    );
    expect(existsSync(dest)).toBe(false);
    const warnings: string[] = [];
    await fetchModel(reg, {
      name: parseModelName('churn'),
      ref: { version: '0.1.0' },
      dest,
      allowDeprecated: true,
      log: { info: () => undefined, warning: (m) => warnings.push(m) },
    });
    expect(warnings[0]).toMatch(/deprecated .*using it because allow-deprecated is true/);
    expect((await rollback(reg, parseModelName('churn'), parseAlias('production'), { allowDeprecated: true })).to).toBe('0.1.0');

    const restored = await deprecate(reg, parseModelName('churn'), parseModelVersion('0.1.0'), { reason: 'false alarm', restore: true });
    expect(restored).toMatchObject({ changed: true, deprecated: undefined, aliases: ['production'] });
    expect((await reg.resolve(parseModelName('churn'), { version: parseModelVersion('0.1.0') }))?.deprecated).toBeUndefined();
    expect(JSON.parse(fx.read(layout.card('churn', '0.1.0'))!).deprecated).toBeUndefined();
    expect(JSON.parse(fx.read(layout.catalog)!).models.churn.deprecated).toBeUndefined();
    const log = (await modelHistory(reg, parseModelName('churn'))).filter((e) => e.action === 'deprecate' || e.action === 'restore');
    expect(log.map((e) => [e.action, e.version, e.reason])).toEqual([
      ['deprecate', '0.1.0', 'trained on leaked <labels>'],
      ['restore', '0.1.0', 'false alarm'],
    ]);
    await expect(deprecate(reg, parseModelName('churn'), parseModelVersion('7.0.0'), { reason: 'x' })).rejects.toThrow(
      /has no version 7\.0\.0/,
    );
  });

  it('removes an alias (audited) and refuses to remove one that is not set', async () => {
    await promote(reg, parseModelName('churn'), { version: '0.3.0' }, parseAlias('canary'));
    const m = await removeAlias(reg, parseModelName('churn'), parseAlias('canary'), { reason: 'experiment over' });
    expect(m).toMatchObject({ from: '0.3.0', to: null, moved: true, reason: 'experiment over' });
    expect(await reg.aliases(parseModelName('churn'))).toEqual({});
    expect((await modelHistory(reg, parseModelName('churn'), { alias: parseAlias('canary') })).at(-1)).toMatchObject({
      from: '0.3.0',
      to: null,
      reason: 'experiment over',
    });
    await expect(removeAlias(reg, parseModelName('churn'), parseAlias('canary'))).rejects.toMatchObject({
      input: 'alias',
      message: expect.stringMatching(/is not set/),
    });
    await expect(modelHistory(reg, parseModelName('ghost'))).rejects.toMatchObject({ input: 'model' });
  });

  it('fetches a version verified into a new folder, refuses a non-empty one unless overwrite, and leaves nothing on a tampered file', async () => {
    const dest = join(fx.root, 'out', 'model');
    const cardPath = join(fx.root, 'cards', 'churn.card.json');
    const f = await fetchModel(reg, { name: parseModelName('churn'), ref: { alias: undefined, version: 'LATEST' }, dest, cardPath });
    expect(f.card.version).toBe('0.3.0');
    expect(readFileSync(join(dest, 'weights.bin')).equals(Buffer.alloc(64, 3))).toBe(true);
    expect(readFileSync(join(dest, 'sub/labels.txt'), 'utf8')).toBe('v3\n');
    expect(JSON.parse(readFileSync(cardPath, 'utf8')).version).toBe('0.3.0');
    // Nothing but the model files, and no staging folder left beside it.
    expect(readdirSync(dest).sort()).toEqual(['sub', 'weights.bin']);
    expect(readdirSync(join(fx.root, 'out'))).toEqual(['model']);

    await expect(fetchModel(reg, { name: parseModelName('churn'), ref: { version: '0.2.0' }, dest })).rejects.toMatchObject({
      input: 'path',
      message: expect.stringMatching(/already holds files/),
    });
    const r = await fetchModel(reg, { name: parseModelName('churn'), ref: { version: '0.2.0' }, dest, overwrite: true });
    expect(r.replaced).toBe(true);
    expect(readFileSync(join(dest, 'sub/labels.txt'), 'utf8')).toBe('v2\n');
    expect(readdirSync(join(fx.root, 'out'))).toEqual(['model']);

    // An empty folder is fine.
    const empty = join(fx.root, 'empty');
    await mkdir(empty);
    await fetchModel(reg, { name: parseModelName('churn'), ref: { version: '0.1.0' }, dest: empty });
    expect(readdirSync(empty).sort()).toEqual(['sub', 'weights.bin']);

    // A file in the way.
    await writeFile(join(fx.root, 'afile'), 'x');
    await expect(
      fetchModel(reg, { name: parseModelName('churn'), ref: { version: '0.1.0' }, dest: join(fx.root, 'afile') }),
    ).rejects.toMatchObject({
      input: 'path',
      message: expect.stringMatching(/is a file, not a folder/),
    });

    // A stored file altered behind the registry's back: nothing at the destination, no card copy.
    await fx.tamper(layout.file('churn', '0.3.0', 'sub/labels.txt'), 'tampered\n');
    const dest2 = join(fx.root, 'out2', 'model');
    const card2 = join(fx.root, 'cards', 'second.json');
    await expect(
      fetchModel(reg, { name: parseModelName('churn'), ref: { version: '0.3.0' }, dest: dest2, cardPath: card2 }),
    ).rejects.toThrow(/sub\/labels\.txt of churn@0\.3\.0 does not match its model card/);
    expect(existsSync(dest2)).toBe(false);
    // Not even the parent folder the fetch created for it.
    expect(existsSync(join(fx.root, 'out2'))).toBe(false);
    expect(existsSync(card2)).toBe(false);
    // overwrite with a tampered version keeps what was there.
    await expect(fetchModel(reg, { name: parseModelName('churn'), ref: { version: '0.3.0' }, dest, overwrite: true })).rejects.toThrow(
      /does not match its model card/,
    );
    expect(readFileSync(join(dest, 'sub/labels.txt'), 'utf8')).toBe('v2\n');
  });

  it('describes registration events with at most 10 payload properties', async () => {
    const card = (await reg.resolve(parseModelName('churn'), { version: parseModelVersion('0.2.0') }))!;
    const ctx = {
      registry: 'git:origin',
      branch: 'mlops-registry',
      serverUrl: 'https://github.com',
      repository: 'o/r',
      runUrl: 'https://github.com/o/r/actions/runs/9',
      actor: 'octocat',
    };
    const move = {
      model: parseModelName('churn'),
      alias: parseAlias('candidate'),
      from: parseModelVersion('0.1.0'),
      to: parseModelVersion('0.2.0'),
      at: 'now',
      moved: true,
    };
    const events = registrationEvents(card, true, move, ctx);
    expect(events.map((e) => e.type)).toEqual(['model-registered', 'alias-moved']);
    expect(events[1]!.payload).toEqual({
      model: 'churn',
      version: '0.2.0',
      alias: 'candidate',
      previous: '0.1.0',
      digest: card.digest,
      uri: card.uri,
      card_url: 'https://github.com/o/r/blob/mlops-registry/models/churn/versions/0.2.0/card.json',
      run_url: 'https://github.com/o/r/actions/runs/9',
      actor: 'octocat',
    });
    for (const e of events) expect(Object.keys(e.payload).length).toBeLessThanOrEqual(10);
    expect(registrationEvents(card, false, { ...move, moved: false }, ctx)).toEqual([]);
    expect(registrationEvents(card, true, undefined, { registry: 'file:reg' })[0]!.payload).toMatchObject({
      alias: null,
      card_url: null,
      run_url: null,
    });
  });
});

describe('GTO tags (git backend)', () => {
  let fx: Fixture;
  afterEach(async () => {
    await fx.cleanup();
  });

  it('writes GTO stage, unassignment and deregistration tags with one counter per model, on the commit that produced the version', async () => {
    fx = await makeFixture('git');
    const bare = join(fx.root, 'remote.git');
    const commit = git(['rev-parse', 'HEAD'], fx.workspace).trim();
    const reg = fx.open({ identity: { actor: 'octocat' } });
    await writeFiles(join(fx.workspace, 'm'), { 'w.bin': 'weights' });
    await reg.register({
      name: parseModelName('churn'),
      files: { root: join(fx.workspace, 'm'), paths: ['.'] },
      lineage: { commit },
      tag: true,
    });
    expect((await promote(reg, parseModelName('churn'), { version: '0.1.0' }, parseAlias('staging'), { gtoTags: true })).tag).toBe(
      'churn#staging#1',
    );
    expect((await promote(reg, parseModelName('churn'), { version: '0.1.0' }, parseAlias('production'), { gtoTags: true })).tag).toBe(
      'churn#production#2',
    );
    expect((await removeAlias(reg, parseModelName('churn'), parseAlias('staging'), { gtoTags: true })).tag).toBe('churn#staging!#3');
    expect((await deprecate(reg, parseModelName('churn'), parseModelVersion('0.1.0'), { reason: 'leak', gtoTags: true })).tag).toBe(
      'churn@v0.1.0!#4',
    );
    // Without the option, no tag.
    await deprecate(reg, parseModelName('churn'), parseModelVersion('0.1.0'), { reason: 'x', restore: true });
    expect((await promote(reg, parseModelName('churn'), { version: '0.1.0' }, parseAlias('canary'))).tag).toBeUndefined();
    const tags = git(['for-each-ref', '--format=%(refname:short) %(*objectname)', 'refs/tags'], bare).trim().split('\n').sort();
    expect(tags).toEqual(
      [
        `churn#production#2 ${commit}`,
        `churn#staging!#3 ${commit}`,
        `churn#staging#1 ${commit}`,
        `churn@v0.1.0 ${commit}`,
        `churn@v0.1.0!#4 ${commit}`,
      ].sort(),
    );
    // Annotated, as GTO requires (it ignores lightweight tags).
    expect(git(['cat-file', '-t', 'churn#production#2'], bare).trim()).toBe('tag');
  });

  it('a file: registry has no tags: the move is made, no tag reported', async () => {
    fx = await makeFixture('file');
    const reg = fx.open();
    await writeFiles(join(fx.workspace, 'm'), { 'w.bin': 'weights' });
    await reg.register({ name: parseModelName('churn'), files: { root: join(fx.workspace, 'm'), paths: ['.'] } });
    const m = await promote(reg, parseModelName('churn'), { version: 'latest' }, parseAlias('production'), { gtoTags: true });
    expect(m).toMatchObject({ to: '0.1.0', moved: true });
    expect(m.tag).toBeUndefined();
  });
});

describe('parseVersionRef', () => {
  it.each([
    [{ version: 'latest' }, {}],
    [{ version: 'v1.2.3' }, { version: '1.2.3' }],
    [{ alias: 'production' }, { alias: 'production' }],
  ])('%j → %j', (ref, expected) => {
    expect(parseVersionRef(ref)).toEqual(expected);
  });
  it.each([
    [{}, 'version', /give a version \(or latest\)/],
    [{ version: '1.0.0', alias: 'prod' }, 'alias', /not both/],
    [{ version: '1.0' }, 'version', /not a semantic version/],
    [{ alias: 'Prod!' }, 'alias', /not a valid alias/],
  ])('%j → input %s', (ref, input, message) => {
    expect(() => parseVersionRef(ref)).toThrow(message);
    try {
      parseVersionRef(ref);
    } catch (e) {
      expect((e as { input?: string }).input).toBe(input);
    }
  });
});
