/**
 * How many git processes a registry operation starts (issue 19, item 5: the suite and every action that
 * reads the registry pay for each one). A counting `git` first on the PATH logs every git the registry
 * spawns (the processes git starts itself, such as upload-pack, are not counted: they do not go through
 * the PATH). Each operation has a budget; the reads must still return the bytes that were registered.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseAlias, parseModelName, parseModelVersion, type Registry } from '@mlops-actions/registry';
import { GitBackend } from '../../../packages/registry/src/git-backend.ts';
import { BRANCH, git, makeFixture, tempDir, writeFiles, type Fixture } from './helpers.ts';

let shimDir: string;
let log: string;
const saved = { PATH: process.env['PATH'], GIT_COUNT_LOG: process.env['GIT_COUNT_LOG'] };

beforeAll(async () => {
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  shimDir = await tempDir('mlops-git-count-');
  log = join(shimDir, 'calls.log');
  await mkdir(join(shimDir, 'bin'));
  const shim = join(shimDir, 'bin', 'git');
  writeFileSync(shim, `#!/bin/sh\nprintf '%s\\n' "$*" >> "$GIT_COUNT_LOG"\nexec '${realGit.replace(/'/g, `'\\''`)}' "$@"\n`);
  await chmod(shim, 0o755);
  process.env['PATH'] = `${join(shimDir, 'bin')}:${process.env['PATH']}`;
  process.env['GIT_COUNT_LOG'] = log;
});
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

/** The git commands `body` started (`git version`, checked once per process, left out). */
async function gitCalls(body: () => Promise<unknown>): Promise<string[]> {
  writeFileSync(log, '');
  await body();
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((l) => l && l !== 'version');
}

const sub = (calls: string[]) => calls.map((c) => c.replace(/^(-[cC] \S+ )+/, '').split(' ')[0]);

let fx: Fixture;
const name = parseModelName('churn');
beforeEach(async () => {
  fx = await makeFixture('git');
  await writeFiles(join(fx.workspace, 'model'), { 'model.bin': 'weights', 'vocab.txt': 'a\nb\n' });
  await writeFiles(fx.workspace, { 'profile.json': '{"columns":[]}' });
});
afterEach(async () => {
  await fx.cleanup();
});

async function registerOnce(reg: Registry, weights: string): Promise<string> {
  await writeFiles(join(fx.workspace, 'model'), { 'model.bin': weights });
  const r = await reg.register({
    name,
    files: { root: join(fx.workspace, 'model'), paths: ['.'] },
    referenceProfile: join(fx.workspace, 'profile.json'),
    alias: parseAlias('production'),
  });
  return r.card.version;
}

describe('git processes per registry operation', () => {
  it('open, resolve, read an attachment, download, read a card, close: within budget, the same bytes', async () => {
    const writer = fx.open();
    await registerOnce(writer, 'weights-1');
    const version = await registerOnce(writer, 'weights-2');
    await writer.close();

    const reg = fx.open();
    let card: Awaited<ReturnType<Registry['resolve']>>;
    const resolve = await gitCalls(async () => {
      card = await reg.resolve(name, { alias: parseAlias('production') });
    });
    expect(card!.version).toBe(version);
    // remote get-url, one fetch of the branch, one cat-file --batch (trees and blobs), one fetch of the blobs
    // the resolve reads. (Before: init, rev-parse, an ls-tree and a cat-file per file read: 9.)
    expect(sub(resolve)).toEqual(['remote', 'fetch', 'cat-file', 'fetch']);
    expect(resolve).toContain('cat-file --batch');

    let profile: Buffer | undefined;
    const attachment = await gitCalls(async () => {
      profile = await reg.readAttachment(name, parseModelVersion(version), 'reference-profile');
    });
    expect(profile?.toString()).toBe(await readFile(join(fx.workspace, 'profile.json'), 'utf8'));
    // The branch has not moved: ls-remote says so, and only the attachment's blob is fetched. (Before: 9.)
    expect(sub(attachment)).toEqual(['ls-remote', 'fetch']);

    const dest = join(fx.root, 'dl');
    const download = await gitCalls(async () => {
      await reg.download(name, parseModelVersion(version), dest);
    });
    expect(readFileSync(join(dest, 'model.bin'), 'utf8')).toBe('weights-2');
    expect(readFileSync(join(dest, 'vocab.txt'), 'utf8')).toBe('a\nb\n');
    // The model files' blobs in one fetch, then streamed to disk one apiece. (Before: a fetch of the whole
    // tip again, rev-parse, a cat-file per card file and per model file, each model file fetched on its own: 7.)
    expect(sub(download)).toEqual(['ls-remote', 'fetch', 'cat-file', 'cat-file']);

    const again = await gitCalls(async () => {
      expect((await reg.card(name, parseModelVersion(version))).digest).toBe(card!.digest);
    });
    expect(sub(again)).toEqual(['ls-remote']);

    const closed = await gitCalls(() => reg.close());
    expect(closed).toEqual([]);
  });

  it('from a remote that does not filter (every blob comes with the tip), nothing is prefetched', async () => {
    git(['config', '--unset', 'uploadpack.allowFilter'], join(fx.root, 'remote.git'));
    const writer = fx.open();
    const version = await registerOnce(writer, 'weights-1');
    await writer.close();
    const reg = fx.open();
    const calls = await gitCalls(async () => {
      const card = await reg.resolve(name, { alias: parseAlias('production') });
      expect(card?.version).toBe(version);
      expect((await reg.readAttachment(name, card!.version, 'reference-profile'))?.toString()).toBe('{"columns":[]}');
    });
    expect(sub(calls)).toEqual(['remote', 'fetch', 'cat-file', 'ls-remote']);
    await reg.close();
  });

  it('a registration: one cat-file --batch for every read and for checking the stored model files', async () => {
    const first = fx.open();
    await registerOnce(first, 'weights-1');
    await first.close();

    const reg = fx.open();
    const calls = await gitCalls(() => registerOnce(reg, 'weights-2'));
    // remote get-url, fetch, fetch of the blobs read, cat-file --batch, read-tree, hash-object, update-index,
    // write-tree, ls-tree (the check of the tree), commit-tree, push. (Before: init, rev-parse, a cat-file per
    // file read and per model file checked: 20.)
    expect(calls.length, calls.join('\n')).toBeLessThanOrEqual(11);
    expect(calls.filter((c) => c.startsWith('cat-file'))).toEqual(['cat-file --batch']);
    expect(calls.some((c) => /^(init|rev-parse)\b/.test(c))).toBe(false);
    await reg.close();
    expect(fx.read('models/churn/versions/0.2.0/files/model.bin')).toBe('weights-2');
  });

  it('checks stored model files through the batch process: bytes that do not hash to the card stop the write', async () => {
    const source = join(fx.workspace, 'model', 'model.bin');
    const backend = new GitBackend({
      remote: 'origin',
      workspace: fx.workspace,
      uri: 'git:origin',
      branch: BRANCH,
      tempDir: join(fx.root, 'tmp'),
      retry: { attempts: 1, baseMs: 1, maxMs: 1 },
    });
    const write = (sha256: string, size: number) =>
      backend.update(async () => ({
        result: 0,
        changeSet: { changes: [{ path: 'models/m/files/model.bin', source, sha256, size }], message: 'm' },
      }));
    try {
      const calls = await gitCalls(() =>
        expect(write('0'.repeat(64), 7)).rejects.toThrow(
          /the model file .*model\.bin changed while it was being registered.*nothing was registered/,
        ),
      );
      expect(calls.filter((c) => c.startsWith('cat-file'))).toEqual(['cat-file --batch']);
      expect(fx.head()).toBe('');
      const right = createHash('sha256').update('weights').digest('hex');
      await write(right, 7);
      expect(fx.read('models/m/files/model.bin')).toBe('weights');
    } finally {
      await backend.close();
    }
  });

  it('a blob that cannot be fetched is an error naming the file; a file that is not there reads as none', async () => {
    const writer = fx.open();
    await registerOnce(writer, 'weights-1');
    await writer.close();
    const backend = new GitBackend({
      remote: 'origin',
      workspace: fx.workspace,
      uri: 'git:origin',
      branch: BRANCH,
      tempDir: join(fx.root, 'tmp'),
      retry: { attempts: 1, baseMs: 1, maxMs: 1 },
    });
    const snap = await backend.read();
    expect((await snap.readText('models/churn/index.json'))?.length).toBeGreaterThan(0);
    // The remote goes away after the tip (commits and trees) was fetched: no blob can come any more.
    const remote = join(fx.root, 'remote.git');
    await rename(remote, `${remote}.gone`);
    try {
      await expect(snap.readText('models/churn/versions/0.1.0/card.json')).rejects.toThrow(
        /cannot read 'models\/churn\/versions\/0\.1\.0\/card\.json' on branch 'mlops-registry' of git:origin/,
      );
      // Paths the tree does not hold are told apart without the remote, and without a git process of their own.
      const misses = await gitCalls(async () => {
        expect(await snap.readText('models/churn/versions/9.9.9/card.json')).toBeUndefined();
        expect(await snap.readText('models/other/index.json')).toBeUndefined();
        expect(await snap.readText('models/churn/nope.json')).toBeUndefined();
      });
      // (The batch process ended when git could not fetch the blob; one new one answers all three.)
      expect(misses).toEqual(['cat-file --batch']);
      // What was read before is still there.
      expect(JSON.parse((await snap.readText('models/churn/index.json'))!).name).toBe('churn');
    } finally {
      await rename(`${remote}.gone`, remote);
      await backend.close();
    }
  });
});
