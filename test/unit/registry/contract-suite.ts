/**
 * The registry contract: one suite, run against the git: backend (real git, bare repositories on
 * disk) and the file: backend (a directory). Whatever a caller can observe must be the same.
 * Two halves, each a test file so the two run in parallel: registering (contract-register.test.ts)
 * and reading, verifying and moving aliases (contract-read.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPaths } from '@mlops-actions/hashing';
import { layout, type Registry, parseModelName, parseModelVersion, parseAlias } from '@mlops-actions/registry';
import { git, makeFixture, registerConcurrently, writeFiles, type Fixture } from './helpers.ts';

let fx: Fixture;
let reg: Registry;
let model: string;
const files = () => ({ root: model, paths: ['.'] });

function useFixture(kind: 'git' | 'file'): void {
  beforeEach(async () => {
    fx = await makeFixture(kind);
    reg = fx.open({ identity: { actor: 'octocat', runUrl: 'https://github.com/o/r/actions/runs/1' } });
    model = join(fx.workspace, 'model');
    await writeFiles(model, { 'weights.bin': Buffer.from([1, 2, 3, 4]), 'config/params.json': '{"depth":3}\n' });
  });
  afterEach(async () => {
    await fx.cleanup();
  });
}

/** Registering: cards, versions, idempotence, concurrency (in-process and in 8 processes), refusals. */
export function describeRegisterContract(): void {
  describe.each(['git', 'file'] as const)('registry contract (%s backend)', (kind) => {
    useFixture(kind);

    it('registers a first version with a complete card, and lists it in the index and the catalog', async () => {
      const r = await reg.register({
        name: parseModelName('churn'),
        files: files(),
        metrics: { accuracy: 0.91, loss: { val: 0.2 }, note: 'text is kept on the card only' },
        params: { depth: 3 },
        data: { hash: `sha256:${'a'.repeat(64)}`, files: 10, bytes: 1000 },
        description: 'first',
        fingerprint: 'fp-1',
        lineage: {
          repository: 'o/r',
          commit: 'c'.repeat(40),
          runId: '1',
          runUrl: 'https://github.com/o/r/actions/runs/1',
          actor: 'octocat',
          event: 'push',
          pullRequest: 7,
        },
      });
      expect(r.created).toBe(true);
      const card = r.card;
      expect(card.version).toBe('0.1.0');
      const expected = await hashPaths({ root: model, paths: ['.'] });
      expect(card.digest).toBe(expected.hash);
      // The rule the docs give, with coreutils.
      const coreutils = execFileSync(
        'sh',
        ['-c', "find . -type f | sed 's|^\\./||' | LC_ALL=C sort | xargs -d '\\n' sha256sum | sha256sum"],
        { cwd: model, encoding: 'utf8' },
      );
      expect(card.digest).toBe(`sha256:${coreutils.split(' ')[0]}`);
      expect(card.files).toEqual(expected.entries.map((e) => ({ path: e.path, size: e.size, sha256: e.digest })));
      expect(card.bytes).toBe(expected.bytes);
      expect(card.store).toEqual({ kind: 'registry' });
      expect(card.lineage).toMatchObject({ commit: 'c'.repeat(40), pullRequest: 7, actor: 'octocat' });
      expect(card.data?.hash).toBe(`sha256:${'a'.repeat(64)}`);
      expect(card.params).toEqual({ depth: 3 });
      expect(card.fingerprint).toBe('fp-1');
      expect(card.uri).toBe(`${fx.uri}#churn@0.1.0`);
      expect(Date.parse(card.createdAt)).toBeGreaterThan(Date.now() - 60_000);

      const stored = JSON.parse(fx.read(layout.card('churn', '0.1.0'))!);
      expect(stored).toEqual(card);
      expect(fx.files()).toEqual(
        expect.arrayContaining([
          'README.md',
          'registry.json',
          'models/churn/index.json',
          'models/churn/audit/0001.jsonl',
          'models/churn/versions/0.1.0/card.json',
          'models/churn/versions/0.1.0/files/weights.bin',
          'models/churn/versions/0.1.0/files/config/params.json',
        ]),
      );
      const [summary] = await reg.versions(parseModelName('churn'));
      expect(summary).toMatchObject({
        version: '0.1.0',
        digest: card.digest,
        files: 2,
        store: 'registry',
        metrics: { accuracy: 0.91, 'loss.val': 0.2 },
        validation: null,
      });
      expect(await reg.models()).toEqual([expect.objectContaining({ name: 'churn', latest: '0.1.0', versions: 1 })]);
      expect(fx.read('README.md')).toMatch(/\[churn\]\(models\/churn\/index\.json\)/);
    });

    it('bumps from the highest version, honours explicit versions, and lists versions newest first', async () => {
      const v = async (content: string, o: { version?: string; bump?: 'major' | 'minor' | 'patch' } = {}) => {
        await writeFile(join(model, 'weights.bin'), content);
        return (
          await reg.register({
            name: parseModelName('m'),
            files: files(),
            bump: o.bump,
            version: o.version === undefined ? undefined : parseModelVersion(o.version),
          })
        ).card.version;
      };
      expect(await v('a', { bump: 'patch' })).toBe('0.0.1');
      expect(await v('b')).toBe('0.1.0');
      expect(await v('c', { version: '2.0.0-rc.1' })).toBe('2.0.0-rc.1');
      expect(await v('d', { bump: 'patch' })).toBe('2.0.0');
      expect(await v('e', { version: 'v1.5.0' })).toBe('1.5.0');
      expect(await v('f', { bump: 'major' })).toBe('3.0.0');
      expect((await reg.versions(parseModelName('m'))).map((s) => s.version)).toEqual([
        '3.0.0',
        '2.0.0',
        '2.0.0-rc.1',
        '1.5.0',
        '0.1.0',
        '0.0.1',
      ]);
      expect((await reg.resolve(parseModelName('m')))?.version).toBe('3.0.0');
    });

    it('re-registering the same files returns the existing version and writes nothing', async () => {
      const first = await reg.register({ name: parseModelName('m'), files: files(), metrics: { accuracy: 0.9 } });
      const head = fx.head();
      const again = await reg.register({ name: parseModelName('m'), files: files(), metrics: { accuracy: 0.1 } });
      expect(again.created).toBe(false);
      expect(again.card).toEqual(first.card);
      expect(fx.head()).toBe(head);
      const explicit = await reg.register({ name: parseModelName('m'), files: files(), version: first.card.version });
      expect(explicit.created).toBe(false);
      expect(fx.head()).toBe(head);
      expect(await reg.versions(parseModelName('m'))).toHaveLength(1);
    });

    it('lands two concurrent registrations of the same files as one version that keeps its stored copy', async () => {
      const store = `file:${join(fx.root, 'shared-store')}` as const;
      const other = fx.open();
      const [x, y] = await Promise.all([
        reg.register({ name: parseModelName('m'), files: files(), store }),
        other.register({ name: parseModelName('m'), files: files(), store }),
      ]);
      expect(x.card.version).toBe(y.card.version);
      expect([x.created, y.created].sort()).toEqual([false, true]);
      expect(await reg.versions(parseModelName('m'))).toHaveLength(1);
      const d = await reg.download(parseModelName('m'), x.card.version, join(fx.root, 'dl'));
      expect(d.files).toHaveLength(2);
    });

    it('refuses different files under an existing version and leaves the registry as it was', async () => {
      await reg.register({ name: parseModelName('m'), files: files(), version: parseModelVersion('1.0.0') });
      const head = fx.head();
      await writeFile(join(model, 'weights.bin'), 'retrained');
      await expect(reg.register({ name: parseModelName('m'), files: files(), version: parseModelVersion('1.0.0') })).rejects.toThrow(
        /m@1\.0\.0 is already registered with different files.*immutable/,
      );
      expect(fx.head()).toBe(head);
    });

    // Names, versions and aliases are refused where they enter (parseModelName & co., names.test.ts).
    it.each([
      ['a store that is none', { store: 'cloud' }, /'cloud' is not a store/],
      ['the release store without GitHub', { store: 'release' }, /store: release needs a GitHub repository/],
    ] as const)('refuses %s with a clear error and writes nothing', async (_what, bad, message) => {
      const head = fx.head();
      await expect(reg.register({ name: parseModelName('m'), files: files(), ...(bad as object) })).rejects.toThrow(message);
      expect(fx.head()).toBe(head);
    });

    it('refuses a selection that matches no file', async () => {
      await expect(reg.register({ name: parseModelName('m'), files: { root: fx.workspace, paths: ['missing/*.bin'] } })).rejects.toThrow(
        /input 'path'/,
      );
      await rm(model, { recursive: true });
      await writeFiles(model, {});
      const empty = join(fx.workspace, 'empty');
      await writeFiles(empty, { '.keep/x': '' });
      await rm(join(empty, '.keep/x'));
      await expect(reg.register({ name: parseModelName('m'), files: { root: empty, paths: ['.'] } })).rejects.toThrow(
        /input 'path'.*matched no file|input 'path'/,
      );
      expect(fx.files().filter((f) => f.startsWith('models/'))).toEqual([]);
    });

    it('escapes user text in the generated README catalog', async () => {
      await reg.register({ name: parseModelName('m'), files: files(), metrics: { 'acc|<b>@team': 0.5 } });
      const readme = fx.read('README.md')!;
      expect(readme).toContain('acc\\|&lt;b&gt;@\u200bteam 0.5');
      expect(readme).not.toContain('<b>');
    });

    it('lands 8 registrations started at the same moment in separate processes, with 8 distinct versions and a consistent index and audit log', async () => {
      const jobs = [];
      for (let i = 0; i < 8; i++) {
        let workspace = fx.workspace;
        if (kind === 'git') {
          // Each writer has its own clone of the project, as parallel workflow jobs do: a copy of the
          // fixture's clone (its origin is the same bare remote), without eight more `git clone`s.
          workspace = join(fx.root, `clone-${i}`);
          execFileSync('cp', ['-R', fx.workspace, workspace]);
        }
        const dir = join(fx.root, `model-${i}`);
        await writeFiles(dir, { 'model.bin': `model number ${i}` });
        jobs.push({
          uri: fx.uri,
          workspace,
          tempDir: join(fx.root, `tmp-${i}`),
          model: dir,
          name: 'race',
          alias: 'candidate',
          actor: `job${i}`,
          // No back-off waits: a writer loses at most 7 races (one per other writer's push), within the 12 attempts.
          timeScale: 0,
        });
      }
      // Each process loads and opens its registry, then all are released together (helpers.ts).
      const results = await registerConcurrently(jobs);
      for (const r of results) expect(r.code, r.stderr).toBe(0);
      if (kind === 'git') {
        // They ran at the same time: some writer's push lost to another's and was retried on the new tip.
        expect(results.some((r) => /another writer updated 'mlops-registry' first; retrying/.test(r.stderr))).toBe(true);
      }
      const versions = results.map((r) => r.result!.version).sort();
      expect(versions).toEqual(['0.1.0', '0.2.0', '0.3.0', '0.4.0', '0.5.0', '0.6.0', '0.7.0', '0.8.0']);
      const listed = await reg.versions(parseModelName('race'));
      expect(listed.map((v) => v.version).sort()).toEqual(versions);
      // Each version holds the files of the process that was told it got that version.
      for (const r of results) expect(listed.find((v) => v.version === r.result!.version)?.digest).toBe(r.result!.digest);
      const log = await reg.auditLog(parseModelName('race'));
      expect(
        log
          .filter((e) => e.action === 'register')
          .map((e) => e.version)
          .sort(),
      ).toEqual(versions);
      // The alias moves form one chain: each move starts where the previous one ended.
      const moves = log.filter((e) => e.action === 'alias');
      expect(moves).toHaveLength(8);
      moves.forEach((m, i) => expect(m.from).toBe(i === 0 ? null : moves[i - 1]!.to));
      expect((await reg.aliases(parseModelName('race')))['candidate']?.version).toBe(moves[7]!.to);
      expect((await reg.models())[0]).toMatchObject({ name: 'race', versions: 8 });
      if (kind === 'git') {
        // One commit per registration, on one line of history: nothing was lost or forced.
        expect(git(['rev-list', '--count', 'mlops-registry'], join(fx.root, 'remote.git')).trim()).toBe('8');
      }
    }, 120_000);
  });
}

/** Reading: resolve, download and attachments verified, aliases moved with compare-and-set, segments, damage reported. */
export function describeReadContract(): void {
  describe.each(['git', 'file'] as const)('registry contract (%s backend)', (kind) => {
    useFixture(kind);

    it('resolves by version, alias and latest; unknown ones are undefined, card() of an unknown version is an error', async () => {
      const a = await reg.register({ name: parseModelName('m'), files: files(), alias: parseAlias('production') });
      await writeFile(join(model, 'weights.bin'), 'v2');
      const b = await reg.register({ name: parseModelName('m'), files: files(), alias: parseAlias('candidate') });
      expect((await reg.resolve(parseModelName('m'), { alias: parseAlias('production') }))?.version).toBe(a.card.version);
      expect((await reg.resolve(parseModelName('m'), { alias: parseAlias('candidate') }))?.version).toBe(b.card.version);
      expect((await reg.resolve(parseModelName('m'), { version: a.card.version }))?.digest).toBe(a.card.digest);
      expect(await reg.resolve(parseModelName('m'), { alias: parseAlias('staging') })).toBeUndefined();
      expect(await reg.resolve(parseModelName('m'), { version: parseModelVersion('9.9.9') })).toBeUndefined();
      expect(await reg.resolve(parseModelName('other'))).toBeUndefined();
      expect(await reg.versions(parseModelName('other'))).toEqual([]);
      await expect(reg.card(parseModelName('m'), parseModelVersion('9.9.9'))).rejects.toThrow(
        /model 'm' has no version 9\.9\.9.*0\.2\.0, 0\.1\.0/,
      );
      expect(await reg.aliases(parseModelName('m'))).toMatchObject({
        production: { version: '0.1.0', actor: 'octocat' },
        candidate: { version: '0.2.0' },
      });
    });

    it('downloads every file verified, into the paths of the card', async () => {
      const r = await reg.register({ name: parseModelName('m'), files: files() });
      const dest = join(fx.root, 'download');
      const d = await reg.download(parseModelName('m'), r.card.version, dest);
      expect(d.files.map((f) => f.path).sort()).toEqual(['config/params.json', 'weights.bin']);
      expect(await readFile(join(dest, 'weights.bin'))).toEqual(Buffer.from([1, 2, 3, 4]));
      expect(await readFile(join(dest, 'config/params.json'), 'utf8')).toBe('{"depth":3}\n');
      expect(readdirSync(dest).filter((n) => n.startsWith('.mlops-download'))).toEqual([]);
    });

    it('stores and restores files with unusual names (spaces, unicode, a newline)', async () => {
      const odd = join(fx.workspace, 'odd');
      const names = ['a b.bin', 'ünïcode/λ.json', 'new\nline.bin', 'dash-#1.txt'];
      await writeFiles(odd, Object.fromEntries(names.map((n, i) => [n, `content ${i}`])));
      const r = await reg.register({ name: parseModelName('odd'), files: { root: odd, paths: ['.'] } });
      expect(r.card.files.map((f) => f.path).sort()).toEqual([...names].sort());
      const dest = join(fx.root, 'odd-download');
      await reg.download(parseModelName('odd'), r.card.version, dest);
      for (const [i, n] of names.entries()) expect(await readFile(join(dest, n), 'utf8')).toBe(`content ${i}`);
    });

    it('detects a tampered stored file on download and leaves nothing in the destination', async () => {
      const r = await reg.register({ name: parseModelName('m'), files: files() });
      await fx.tamper(layout.file('m', r.card.version, 'weights.bin'), Buffer.from([9, 9, 9, 9]));
      const dest = join(fx.root, 'download');
      await expect(reg.download(parseModelName('m'), r.card.version, dest)).rejects.toThrow(
        /weights\.bin of m@0\.1\.0 does not match its model card: sha256 [0-9a-f]{64}.*do not deploy it/,
      );
      expect(existsSync(dest) ? readdirSync(dest) : []).toEqual([]);
    });

    it('stores and verifies attachments (reference profile, validation report)', async () => {
      const profile = join(fx.root, 'profile.json');
      const report = join(fx.root, 'report.json');
      await writeFile(profile, '{"columns":{"age":{"mean":40}}}');
      await writeFile(report, '{"passed":true}');
      const r = await reg.register({
        name: parseModelName('m'),
        files: files(),
        referenceProfile: profile,
        validation: { file: report, summary: { passed: true, failed: [], reportDigest: 'sha256:x' } },
      });
      expect(r.card.attachments?.['reference-profile']).toMatchObject({ path: 'reference-profile.json', size: 31 });
      expect((await reg.readAttachment(parseModelName('m'), r.card.version, 'reference-profile'))?.toString()).toBe(
        '{"columns":{"age":{"mean":40}}}',
      );
      expect((await reg.readAttachment(parseModelName('m'), r.card.version, 'validation-report'))?.toString()).toBe('{"passed":true}');
      expect((await reg.versions(parseModelName('m')))[0]!.validation).toBe('passed');
      await fx.tamper(layout.attachment('m', r.card.version, 'reference-profile.json'), '{}');
      await expect(reg.readAttachment(parseModelName('m'), r.card.version, 'reference-profile')).rejects.toThrow(
        /reference-profile of m@0\.1\.0 .* does not match its sha256/,
      );
      expect(await reg.readAttachment(parseModelName('m'), parseModelVersion('9.0.0'), 'reference-profile')).toBeUndefined();
    });

    it('moves aliases with compare-and-set and keeps the audit log', async () => {
      const a = (await reg.register({ name: parseModelName('m'), files: files() })).card.version;
      await writeFile(join(model, 'weights.bin'), 'v2');
      const b = (await reg.register({ name: parseModelName('m'), files: files() })).card.version;
      const m1 = await reg.setAlias(parseModelName('m'), parseAlias('production'), a, { expectedFrom: null, reason: 'first deploy' });
      expect(m1).toMatchObject({ from: null, to: a, moved: true, actor: 'octocat', runUrl: 'https://github.com/o/r/actions/runs/1' });
      const head = fx.head();
      const same = await reg.setAlias(parseModelName('m'), parseAlias('production'), a);
      expect(same.moved).toBe(false);
      expect(fx.head()).toBe(head);
      // A deployment that read the alias before another one moved it must not move it again.
      await expect(reg.setAlias(parseModelName('m'), parseAlias('production'), b, { expectedFrom: null })).rejects.toThrow(
        /alias 'production' of 'm' moved meanwhile: it points at 0\.1\.0, expected nothing/,
      );
      expect(fx.head()).toBe(head);
      await reg.setAlias(parseModelName('m'), parseAlias('production'), b, { expectedFrom: a });
      await expect(reg.setAlias(parseModelName('m'), parseAlias('production'), parseModelVersion('7.0.0'))).rejects.toThrow(
        /has no version 7\.0\.0/,
      );
      await expect(reg.setAlias(parseModelName('nope'), parseAlias('production'), a)).rejects.toThrow(/no model 'nope'/);
      await reg.setAlias(parseModelName('m'), parseAlias('production'), null, { reason: 'retired' });
      expect((await reg.aliases(parseModelName('m')))['production']).toBeUndefined();
      const history = await reg.aliasHistory(parseModelName('m'), parseAlias('production'));
      expect(history.map((h) => [h.from, h.to, h.reason])).toEqual([
        [null, a, 'first deploy'],
        [a, b, undefined],
        [b, null, 'retired'],
      ]);
      const log = await reg.auditLog(parseModelName('m'));
      expect(log.map((e) => e.action)).toEqual(['register', 'register', 'alias', 'alias', 'alias']);
    });

    it('lets exactly one of two racing alias moves with the same expected value win', async () => {
      const a = (await reg.register({ name: parseModelName('m'), files: files(), alias: parseAlias('production') })).card.version;
      await writeFile(join(model, 'weights.bin'), 'v2');
      const b = (await reg.register({ name: parseModelName('m'), files: files() })).card.version;
      await writeFile(join(model, 'weights.bin'), 'v3');
      const c = (await reg.register({ name: parseModelName('m'), files: files() })).card.version;
      // Two deployments read production = a, and both try to move it: one to b, one to c.
      const other = fx.open();
      const outcomes = await Promise.allSettled([
        reg.setAlias(parseModelName('m'), parseAlias('production'), b, { expectedFrom: a }),
        other.setAlias(parseModelName('m'), parseAlias('production'), c, { expectedFrom: a }),
      ]);
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(String(lost[0]!.reason)).toMatch(
        /alias 'production' of 'm' moved meanwhile: it points at 0\.[23]\.0, expected 0\.1\.0; it was left unchanged/,
      );
      const winner = (won[0] as PromiseFulfilledResult<{ to: string }>).value.to;
      expect((await reg.aliases(parseModelName('m')))['production']?.version).toBe(winner);
      expect((await reg.aliasHistory(parseModelName('m'), parseAlias('production'))).map((h) => h.to)).toEqual([a, winner]);
    });

    it('reports a damaged card of a registered version instead of ignoring it', async () => {
      const r = await reg.register({ name: parseModelName('m'), files: files(), alias: parseAlias('production') });
      await fx.tamper(layout.card('m', r.card.version), '{"schema": "mlops-actions/model-card@1"');
      await expect(reg.resolve(parseModelName('m'), { alias: parseAlias('production') })).rejects.toThrow(
        /models\/m\/versions\/0\.1\.0\/card\.json.* is corrupted: not valid JSON/,
      );
      await expect(reg.download(parseModelName('m'), r.card.version, join(fx.root, 'd'))).rejects.toThrow(/is corrupted/);
    });

    it('lists the most recently registered versions without reading the whole history', async () => {
      const small = fx.open({ segmentLines: 3 });
      for (let i = 0; i < 7; i++) {
        await writeFile(join(model, 'weights.bin'), `w${i}`);
        await small.register({
          name: parseModelName('m'),
          files: files(),
          bump: i === 3 ? 'major' : 'patch',
          metrics: { accuracy: i / 10 },
        });
      }
      expect((await small.versions(parseModelName('m'), { limit: 2 })).map((v) => v.version)).toEqual(['1.0.3', '1.0.2']);
      expect((await small.versions(parseModelName('m'), { limit: 4 })).map((v) => [v.version, v.metrics['accuracy']])).toEqual([
        ['1.0.3', 0.6],
        ['1.0.2', 0.5],
        ['1.0.1', 0.4],
        ['1.0.0', 0.3],
      ]);
      expect(await small.versions(parseModelName('m'), { limit: 50 })).toHaveLength(7);
      // A damaged early segment does not matter to a limited listing, and is reported by a full one.
      await fx.tamper(layout.historySegment('m', 1), 'garbage\n');
      expect(await small.versions(parseModelName('m'), { limit: 3 })).toHaveLength(3);
      await expect(small.versions(parseModelName('m'))).rejects.toThrow(/history\/0001\.jsonl.* is corrupted: line 1 is not valid JSON/);
    });

    it('rolls the history and the audit log over into new segments and reads them back in order', async () => {
      const small = fx.open({ segmentLines: 2 });
      const v = (await small.register({ name: parseModelName('m'), files: files(), alias: parseAlias('a') })).card.version; // 2 audit lines
      for (let i = 0; i < 3; i++) await small.setAlias(parseModelName('m'), parseAlias(`x${i}`), v);
      for (let i = 0; i < 4; i++) {
        await writeFile(join(model, 'weights.bin'), `v${i}`);
        await small.register({ name: parseModelName('m'), files: files(), bump: 'patch' });
      }
      const log = await small.auditLog(parseModelName('m'));
      expect(log.map((e) => e.alias ?? `${e.action} ${e.version}`)).toEqual([
        'register 0.1.0',
        'a',
        'x0',
        'x1',
        'x2',
        'register 0.1.1',
        'register 0.1.2',
        'register 0.1.3',
        'register 0.1.4',
      ]);
      expect(fx.files().filter((f) => f.includes('/audit/'))).toEqual([
        'models/m/audit/0001.jsonl',
        'models/m/audit/0002.jsonl',
        'models/m/audit/0003.jsonl',
        'models/m/audit/0004.jsonl',
        'models/m/audit/0005.jsonl',
      ]);
      expect(fx.files().filter((f) => f.includes('/history/'))).toEqual([
        'models/m/history/0001.jsonl',
        'models/m/history/0002.jsonl',
        'models/m/history/0003.jsonl',
      ]);
      expect((await small.versions(parseModelName('m'))).map((s) => s.version)).toEqual(['0.1.4', '0.1.3', '0.1.2', '0.1.1', '0.1.0']);
      // Every version, in any segment, is found again by version and by its files.
      expect((await small.resolve(parseModelName('m'), { version: parseModelVersion('0.1.1') }))?.sequence).toBe(2);
      await writeFile(join(model, 'weights.bin'), 'v0');
      expect((await small.register({ name: parseModelName('m'), files: files() })).card).toMatchObject({ version: '0.1.1', sequence: 2 });
      const index = JSON.parse(fx.read(layout.index('m'))!);
      expect(index).toMatchObject({
        count: 5,
        latest: '0.1.4',
        history: { perSegment: 2, segment: 3, lines: 1 },
        audit: { perSegment: 2, segment: 5, lines: 1, total: 9 },
      });
    });

    it('reports a corrupted index, naming the file, and registers nothing on top of it', async () => {
      await reg.register({ name: parseModelName('m'), files: files() });
      await fx.tamper(layout.index('m'), '{"schema": "mlops-actions/model-index@1", "name": "m", "count": "many"}');
      const head = fx.head();
      await expect(reg.versions(parseModelName('m'))).rejects.toThrow(
        /registry file .*models\/m\/index\.json.* is corrupted: count is not a number of versions/,
      );
      await writeFile(join(model, 'weights.bin'), 'other');
      await expect(reg.register({ name: parseModelName('m'), files: files() })).rejects.toThrow(
        /is corrupted.*Restore it from the registry's history/,
      );
      expect(fx.head()).toBe(head);
      await fx.tamper(layout.index('m'), 'not json');
      await expect(reg.resolve(parseModelName('m'))).rejects.toThrow(/is corrupted: not valid JSON/);
    });
  });
}
