/** What only the file: backend has: its lock (held, stale) and its staging area. */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeFixture, writeFiles, type Fixture } from './helpers.ts';

let fx: Fixture;
let model: string;
let dir: string;
beforeEach(async () => {
  fx = await makeFixture('file');
  dir = fx.uri.slice('file:'.length);
  model = join(fx.workspace, 'model');
  await writeFiles(model, { 'model.bin': 'weights' });
});
afterEach(async () => {
  await fx.cleanup();
});

describe('file: backend', () => {
  it('waits for a held lock, then says the registry stayed locked; nothing is written', async () => {
    await mkdir(join(dir, '.lock'), { recursive: true });
    const reg = fx.open({ retry: { attempts: 1, baseMs: 10, maxMs: 50 } });
    const started = Date.now();
    await expect(reg.register({ name: 'm', files: { root: model, paths: ['.'] } })).rejects.toThrow(/stayed locked by another writer.*taken over after 30 s/);
    expect(Date.now() - started).toBeGreaterThan(50);
    expect(existsSync(join(dir, 'models'))).toBe(false);
  });

  it('takes over a lock left by a writer that died (stale), and leaves no lock or staging behind', async () => {
    await mkdir(join(dir, '.lock'), { recursive: true });
    const old = new Date(Date.now() - 120_000);
    await utimes(join(dir, '.lock'), old, old);
    const reg = fx.open();
    const r = await reg.register({ name: 'm', files: { root: model, paths: ['.'] } });
    expect(r.created).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['.staging', 'README.md', 'models', 'registry.json']);
    expect(readdirSync(join(dir, '.staging'))).toEqual([]);
  });

  it('ignores versions a writer staged but never committed to the index', async () => {
    const reg = fx.open();
    await reg.register({ name: 'm', files: { root: model, paths: ['.'] } });
    // A crash after the card, digest marker and log lines were renamed in, before the index: the index does not count them.
    const orphan = { ...JSON.parse(fx.read('models/m/versions/0.1.0/card.json')!), version: '0.2.0', sequence: 2, digest: `sha256:${'e'.repeat(64)}` };
    await writeFiles(dir, {
      'models/m/versions/0.2.0/card.json': JSON.stringify(orphan),
      [`models/m/digests/${'e'.repeat(64)}.json`]: '{"version":"0.2.0","seq":2}',
      'models/m/history/0001.jsonl': `${fx.read('models/m/history/0001.jsonl')}{"version":"0.2.0","digest":"sha256:${'e'.repeat(64)}"}\n`,
      'models/m/audit/0001.jsonl': `${fx.read('models/m/audit/0001.jsonl')}{"orphan":true}\n`,
    });
    expect((await reg.versions('m')).map((v) => v.version)).toEqual(['0.1.0']);
    expect(await reg.resolve('m', { version: '0.2.0' })).toBeUndefined();
    expect((await reg.auditLog('m')).some((e) => 'orphan' in e)).toBe(false);
    await writeFiles(model, { 'model.bin': 'v2' });
    const r = await reg.register({ name: 'm', files: { root: model, paths: ['.'] } });
    expect(r.card.version).toBe('0.2.0');
    expect(JSON.parse(fx.read('models/m/versions/0.2.0/card.json')!).digest).toBe(r.card.digest);
    expect((await reg.auditLog('m')).map((e) => e.version)).toEqual(['0.1.0', '0.2.0']);
  });
});
