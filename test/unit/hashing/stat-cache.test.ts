import { createHash } from 'node:crypto';
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Logger } from '@mlops-actions/errors';
import { STAT_CACHE_FORMAT, StatCache, checkOwnFileTarget, hashPaths, loadStatCache, saveStatCache } from '@mlops-actions/hashing';
import { coreutilsHash, tempDir, writeTree } from './helpers.ts';

const digest = (s: string, algorithm = 'sha256') => createHash(algorithm).update(s).digest('hex');
/** A Logger that keeps the warnings in `into`. */
const collect = (into: string[]): Logger => ({ info: () => undefined, warning: (w) => void into.push(w) });

/** Files (and their folders) older than the racy window, so the cache keeps them and their listings. */
function oldTree(root: string, files: Record<string, string>): void {
  writeTree(root, files);
  const old = new Date(Date.now() - 60_000);
  for (const rel of Object.keys(files)) utimesSync(join(root, rel), old, old);
  for (const rel of new Set(Object.keys(files).map((f) => dirname(f)))) utimesSync(join(root, rel), old, old);
}

describe('the stat cache file', () => {
  it('keeps every entry through a save and a load, whatever the names', async () => {
    const file = join(tempDir(), 'stat.bin');
    const names = ['a.txt', 'dir/ü nicode é.txt', 'dir/😀.bin', 'with\nnewline', 'back\\slash', 'sp ace', 'x'.repeat(300)];
    const cache = new StatCache();
    names.forEach((p, i) =>
      cache.set(p, { size: i * 1000 + 1, mtimeMs: 1_700_000_000_123.456 + i, ino: 2 ** 40 + i, digest: digest(p, 'sha512') }),
    );
    cache.delete('sp ace');
    await saveStatCache(file, 'sha512', cache);
    expect(readFileSync(file).subarray(0, 200).toString('latin1')).toContain(STAT_CACHE_FORMAT);
    const { cache: back, problem } = await loadStatCache(file, 'sha512');
    expect(problem).toBeUndefined();
    expect(back.size).toBe(names.length - 1);
    for (const p of names) expect(back.get(p)).toEqual(p === 'sp ace' ? undefined : cache.get(p));
    // Slots come back in the order saved: a walk in that order finds each at the hint.
    expect(back.find('dir/ü nicode é.txt', 1)).toBe(1);
    expect(back.find('a.txt', 5)).toBe(0);
    expect(back.find('nowhere', 0)).toBeUndefined();
  });

  it('starts afresh, without a warning, from a cache of the older JSON format', async () => {
    const root = tempDir();
    oldTree(root, { 'data/a.txt': 'a', 'data/b.txt': 'b' });
    const file = join(tempDir(), 'stat.json');
    // Version 2 (one JSON document), with a wrong digest that must not be used.
    const v2 = {
      format: 'mlops-actions/stat-cache@2',
      algorithm: 'sha256',
      paths: ['data/a.txt'],
      sizes: [1],
      mtimes: [statSync(join(root, 'data/a.txt')).mtimeMs],
      inodes: [statSync(join(root, 'data/a.txt')).ino],
      digests: [digest('not a')],
    };
    writeFileSync(file, `{"format":"${v2.format}","algorithm":"sha256",\n${JSON.stringify(v2).slice(1)}`);
    const warnings: string[] = [];
    const m = await hashPaths({ root, paths: ['data'], statCache: file, log: collect(warnings) });
    expect(warnings).toEqual([]);
    expect(m.stats!.cacheHits).toBe(0);
    expect(m.hash).toBe(`sha256:${coreutilsHash(root, 'data')}`);
    expect((await loadStatCache(file, 'sha256')).cache.size).toBe(2);
    checkOwnFileTarget(file, 'stat-cache'); // still recognised as a stat cache, so it may be replaced
  });

  it('starts afresh, without a warning, from a cache of version 3 (no directory listings) and rewrites it as the current version', async () => {
    const root = tempDir();
    oldTree(root, { 'data/a.txt': 'a', 'data/b.txt': 'b' });
    const file = join(tempDir(), 'stat.bin');
    await hashPaths({ root, paths: ['data'], statCache: file });
    const current = readFileSync(file);
    expect(STAT_CACHE_FORMAT).toBe('mlops-actions/stat-cache@4');
    writeFileSync(file, Buffer.from(current.toString('latin1').replace('stat-cache@4', 'stat-cache@3'), 'latin1'));
    const warnings: string[] = [];
    const m = await hashPaths({ root, paths: ['data'], statCache: file, log: collect(warnings) });
    expect(warnings).toEqual([]);
    expect(m.stats!.hashed).toBe(2);
    expect(readFileSync(file).subarray(0, 100).toString('latin1')).toContain('stat-cache@4');
  });

  it('warns about a damaged (truncated) cache, hashes everything and rewrites it', async () => {
    const root = tempDir();
    oldTree(root, { 'data/a.txt': 'a', 'data/b.txt': 'b' });
    const file = join(tempDir(), 'stat.bin');
    await hashPaths({ root, paths: ['data'], statCache: file });
    writeFileSync(file, readFileSync(file).subarray(0, -5));
    const warnings: string[] = [];
    const m = await hashPaths({ root, paths: ['data'], statCache: file, log: collect(warnings) });
    expect(warnings).toEqual([expect.stringContaining('is not a stat cache')]);
    expect(m.stats!.hashed).toBe(2);
    const again = await hashPaths({ root, paths: ['data'], statCache: file });
    expect(again.stats!.cacheHits).toBe(2);
  });

  it('finds every unchanged file when files were added and removed since (slots no longer in walk order)', async () => {
    const root = tempDir();
    const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`data/${String(i).padStart(2, '0')}.txt`, `file ${i}`]));
    oldTree(root, files);
    const file = join(tempDir(), 'stat.bin');
    await hashPaths({ root, paths: ['data'], statCache: file });
    // New files at the front and in the middle of the walk, one removed.
    oldTree(root, { 'data/00-new.txt': 'new front', 'data/20-new.txt': 'new middle' });
    (await import('node:fs')).rmSync(join(root, 'data/30.txt'));
    const m = await hashPaths({ root, paths: ['data'], statCache: file });
    expect(m.stats!.cacheHits).toBe(39);
    expect(m.stats!.hashed).toBe(2);
    expect(m.hash).toBe(`sha256:${coreutilsHash(root, 'data')}`);
    const again = await hashPaths({ root, paths: ['data'], statCache: file });
    expect(again.stats!.cacheHits).toBe(41);
    expect(again.hash).toBe(m.hash);
  });

  it('is not written again when nothing changed', async () => {
    const root = tempDir();
    oldTree(root, { 'data/a.txt': 'a', 'data/b.txt': 'b' });
    const file = join(tempDir(), 'stat.bin');
    await hashPaths({ root, paths: ['data'], statCache: file });
    const before = statSync(file);
    const m = await hashPaths({ root, paths: ['data'], statCache: file });
    expect(m.stats!.cacheHits).toBe(2);
    const after = statSync(file);
    // An atomic write renames a new file into place: a new inode.
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });
});
