import { readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashPaths, loadStatCache, saveStatCache, StatCache } from '@mlops-actions/hashing';
import { coreutilsHash, tempDir, writeTree } from './helpers.ts';

/** Files (and their folders) older than the racy window, so the cache keeps them and their listings. */
function oldTree(root: string, files: Record<string, string>): void {
  writeTree(root, files);
  const old = new Date(Date.now() - 60_000);
  for (const rel of Object.keys(files)) utimesSync(join(root, rel), old, old);
  for (const rel of new Set(Object.keys(files).map((f) => dirname(f)))) utimesSync(join(root, rel), old, old);
}

const FILES = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`data/${i % 2 ? 'odd' : 'even'}/f${i}.txt`, `file ${i}\n`]));
/** A digest no listing has: a re-hash that returns it took the recorded one. */
const PLANTED = 'f'.repeat(64);

async function recorded(statCache: string): Promise<string | undefined> {
  const { cache, problem } = await loadStatCache(statCache, 'sha256');
  expect(problem).toBeUndefined();
  return cache.listingDigest;
}

/** Replaces the listing digest the cache file recorded. */
async function plant(statCache: string, digest: string): Promise<void> {
  const { cache } = await loadStatCache(statCache, 'sha256');
  cache.listingDigest = digest;
  await saveStatCache(statCache, 'sha256', cache);
}

describe('the listing digest kept in the stat cache', () => {
  it('is recorded when the cache holds exactly the run’s files, and a re-hash of all of them from the cache takes it', async () => {
    const root = tempDir();
    oldTree(root, FILES);
    const statCache = join(tempDir(), 'stat.bin');
    const cold = await hashPaths({ root, paths: ['data'], statCache });
    expect(cold.hash).toBe(`sha256:${coreutilsHash(root, 'data')}`);
    expect(`sha256:${await recorded(statCache)}`).toBe(cold.hash);
    const warm = await hashPaths({ root, paths: ['data'], statCache });
    expect(warm.hash).toBe(cold.hash);
    expect(warm.stats!.cacheHits).toBe(30);
    // Taken, not recomputed: a planted digest comes back.
    await plant(statCache, PLANTED);
    expect((await hashPaths({ root, paths: ['data'], statCache })).hash).toBe(`sha256:${PLANTED}`);
  });

  /** Sets the files and folders named back a minute (out of the racy window, so the cache keeps them). */
  const age = (root: string, rels: string[]) => {
    const old = new Date(Date.now() - 60_000);
    for (const rel of rels) utimesSync(join(root, rel), old, old);
  };
  it.each<[string, 'recorded anew' | 'kept' | 'forgotten', (root: string) => void]>([
    // The cache then holds the run's files: the new listing's digest is recorded.
    [
      'a file changed',
      'recorded anew',
      (root: string) => {
        writeFileSync(join(root, 'data/odd/f3.txt'), 'changed\n');
        age(root, ['data/odd/f3.txt']);
      },
    ],
    [
      'a file added',
      'recorded anew',
      (root: string) => {
        writeFileSync(join(root, 'data/even/new.txt'), 'new\n');
        age(root, ['data/even/new.txt', 'data/even']);
      },
    ],
    // The removed file's entry stays in the cache, which holds more than the run's files: nothing is
    // recorded, and what was (planted here) still stands for the cache's unchanged entries.
    ['a file removed', 'kept', (root: string) => rmSync(join(root, 'data/odd/f5.txt'))],
    // The new entry changes the cache, whose old entry stays: the recorded digest is forgotten.
    [
      'a file renamed',
      'forgotten',
      (root: string) => {
        renameSync(join(root, 'data/odd/f5.txt'), join(root, 'data/odd/f5-renamed.txt'));
        age(root, ['data/odd']);
      },
    ],
    [
      'a file removed and another added',
      'forgotten',
      (root: string) => {
        rmSync(join(root, 'data/odd/f5.txt'));
        writeFileSync(join(root, 'data/odd/other.txt'), 'other\n');
        age(root, ['data/odd/other.txt', 'data/odd']);
      },
    ],
  ])('is not taken when %s (then %s)', async (_, then, change) => {
    const root = tempDir();
    oldTree(root, FILES);
    const statCache = join(tempDir(), 'stat.bin');
    await hashPaths({ root, paths: ['data'], statCache });
    await plant(statCache, PLANTED);
    change(root);
    const m = await hashPaths({ root, paths: ['data'], statCache });
    expect(m.hash).toBe(`sha256:${coreutilsHash(root, 'data')}`);
    const expected = { kept: PLANTED, forgotten: undefined, 'recorded anew': m.hash.slice('sha256:'.length) }[then];
    expect(await recorded(statCache)).toBe(expected);
  });

  it('is not taken for a smaller selection sharing the cache, nor for a shard, nor recorded for them', async () => {
    const root = tempDir();
    oldTree(root, FILES);
    const statCache = join(tempDir(), 'stat.bin');
    await hashPaths({ root, paths: ['data'], statCache });
    await plant(statCache, PLANTED);
    const odd = await hashPaths({ root, paths: ['data/odd'], statCache });
    expect(odd.stats!.cacheHits).toBe(15);
    expect(odd.hash).toBe(`sha256:${coreutilsHash(root, 'data/odd')}`);
    const share = await hashPaths({ root, paths: ['data'], statCache, shard: { index: 0, count: 2 } });
    expect(share.hash).not.toBe(`sha256:${PLANTED}`);
    expect(await recorded(statCache)).toBe(PLANTED);
    // A shard's cache holding only that shard's files does not record its partial listing either.
    const own = join(tempDir(), 'shard.bin');
    for (let run = 0; run < 2; run++) await hashPaths({ root, paths: ['data'], statCache: own, shard: { index: 1, count: 2 } });
    expect(await recorded(own)).toBeUndefined();
  });

  it('is forgotten by any change of an entry, and a cache file with a malformed one is not used', async () => {
    const cache = new StatCache();
    cache.set('a', { size: 1, mtimeMs: 1, ino: 1, digest: 'a'.repeat(64) });
    cache.listingDigest = PLANTED;
    cache.set('b', { size: 1, mtimeMs: 1, ino: 2, digest: 'b'.repeat(64) });
    expect(cache.listingDigest).toBeUndefined();
    cache.listingDigest = PLANTED;
    cache.delete('a');
    expect(cache.listingDigest).toBeUndefined();

    const file = join(tempDir(), 'stat.bin');
    cache.listingDigest = PLANTED;
    await saveStatCache(file, 'sha256', cache);
    expect((await loadStatCache(file, 'sha256')).cache.listingDigest).toBe(PLANTED);
    const text = readFileSync(file, 'latin1');
    for (const bad of ['"listing":"ffff"', '"listing":42', `"listing":"${'F'.repeat(64)}"`]) {
      writeFileSync(file, text.replace(`"listing":"${PLANTED}"`, bad), 'latin1');
      const loaded = await loadStatCache(file, 'sha256');
      expect(loaded.problem).toContain('is not a stat cache');
      expect(loaded.cache.size).toBe(0);
    }
  });
});
