/** What only the file: backend has: its lock (held, stale) and its staging area. */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegistry, parseModelName, parseAlias, parseModelVersion } from '@mlops-actions/registry';
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
    await expect(reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } })).rejects.toThrow(
      /stayed locked by another writer.*taken over at once when that writer ran on this machine, else after 30 s/,
    );
    expect(Date.now() - started).toBeGreaterThan(50);
    expect(existsSync(join(dir, 'models'))).toBe(false);
  });

  it('takes over a lock left by a writer that died (stale), and leaves no lock or staging behind', async () => {
    await mkdir(join(dir, '.lock'), { recursive: true });
    const old = new Date(Date.now() - 120_000);
    await utimes(join(dir, '.lock'), old, old);
    const reg = fx.open();
    const r = await reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } });
    expect(r.created).toBe(true);
    // No lock, and no empty staging folder.
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'models', 'registry.json']);
  });

  it('takes over at once the lock of a writer killed mid-write on this machine, and cleans its staging', async () => {
    // The writer stages a model file it reads from a FIFO nobody writes: it blocks mid-copy, holding the lock, and is killed there.
    const fifo = join(fx.root, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const holder = spawn(process.execPath, [join(import.meta.dirname, 'lock-holder.ts'), dir, fifo], { stdio: 'ignore' });
    const staging = join(dir, '.staging');
    for (let i = 0; i < 200 && !(existsSync(staging) && readdirSync(staging).length); i++) await sleep(50);
    expect(readdirSync(staging)).toHaveLength(1);
    expect(existsSync(join(dir, '.lock', 'owner.json'))).toBe(true);
    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
    const messages: string[] = [];
    const reg = fx.open({ log: { info: (m) => messages.push(m), warning: (m) => messages.push(m) } });
    const started = Date.now();
    const r = await reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } });
    // Without the takeover the lock looks fresh for 30 s.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.created).toBe(true);
    expect(messages.join('\n')).toMatch(new RegExp(`took over the lock .* left by process ${holder.pid}, which is gone`));
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'models', 'registry.json']);
  });

  it('does not take over the lock of a live writer, even one whose lock has an owner file', async () => {
    await mkdir(join(dir, '.lock'), { recursive: true });
    await writeFile(join(dir, '.lock', 'owner.json'), JSON.stringify({ host: hostname(), pid: process.ppid, nonce: 'x' }));
    const reg = fx.open({ retry: { attempts: 1, baseMs: 10, maxMs: 50 } });
    await expect(reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } })).rejects.toThrow(
      /stayed locked by another writer/,
    );
    expect(existsSync(join(dir, '.lock', 'owner.json'))).toBe(true);
  });

  it('leaves no empty registry folder behind after a failed first write (a deploy that found no model)', async () => {
    const fresh = join(fx.root, 'nested', 'registry');
    const reg = openRegistry({ uri: `file:${fresh}`, workspace: fx.workspace, tempDir: join(fx.root, 'tmp') });
    await expect(reg.setAlias(parseModelName('m'), parseAlias('production'), parseModelVersion('1.0.0'))).rejects.toThrow(
      /there is no model 'm'/,
    );
    expect(existsSync(join(fx.root, 'nested'))).toBe(false);
    await reg.close();
  });

  it('removes staging folders that writers which died left under .staging', async () => {
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => dead.once('exit', r));
    await writeFiles(dir, { [`.staging/registry-1-abcdef012345/0`]: 'partial', [`.staging/${dead.pid}-abcdef012345/0`]: 'partial' });
    const reg = fx.open();
    await reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } });
    expect(existsSync(join(dir, '.staging'))).toBe(false);
  });

  it('ignores versions a writer staged but never committed to the index', async () => {
    const reg = fx.open();
    await reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } });
    // A crash after the card, digest marker and log lines were renamed in, before the index: the index does not count them.
    const orphan = {
      ...JSON.parse(fx.read('models/m/versions/0.1.0/card.json')!),
      version: '0.2.0',
      sequence: 2,
      digest: `sha256:${'e'.repeat(64)}`,
    };
    await writeFiles(dir, {
      'models/m/versions/0.2.0/card.json': JSON.stringify(orphan),
      [`models/m/digests/${'e'.repeat(64)}.json`]: '{"version":"0.2.0","seq":2}',
      'models/m/history/0001.jsonl': `${fx.read('models/m/history/0001.jsonl')}{"version":"0.2.0","digest":"sha256:${'e'.repeat(64)}"}\n`,
      'models/m/audit/0001.jsonl': `${fx.read('models/m/audit/0001.jsonl')}{"orphan":true}\n`,
    });
    expect((await reg.versions(parseModelName('m'))).map((v) => v.version)).toEqual(['0.1.0']);
    expect(await reg.resolve(parseModelName('m'), { version: parseModelVersion('0.2.0') })).toBeUndefined();
    expect((await reg.auditLog(parseModelName('m'))).some((e) => 'orphan' in e)).toBe(false);
    await writeFiles(model, { 'model.bin': 'v2' });
    const r = await reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } });
    expect(r.card.version).toBe('0.2.0');
    expect(JSON.parse(fx.read('models/m/versions/0.2.0/card.json')!).digest).toBe(r.card.digest);
    expect((await reg.auditLog(parseModelName('m'))).map((e) => e.version)).toEqual(['0.1.0', '0.2.0']);
  });
});
