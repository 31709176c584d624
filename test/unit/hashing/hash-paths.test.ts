import { createHash, randomBytes } from 'node:crypto';
import { cpSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALGORITHMS, COREUTILS_TOOL, hashPaths, loadStatCache } from '@mlops-actions/hashing';
import { coreutilsHash, sh, tempDir, writeTree } from './helpers.ts';

const BUFFER = 512 * 1024; // the workers' read buffer: sizes around it take both read paths

function sampleTree(root: string): void {
  writeTree(root, {
    'data/a.csv': 'x,y\n1,2\n',
    'data/empty.csv': '',
    'data/sub/deeper/ü nicode é.txt': 'unicode',
    'data/sub/😀.bin': randomBytes(1000),
    'data/sub/big.bin': randomBytes(3 * 1024 * 1024 + 17),
    'data/sub/exact.bin': randomBytes(BUFFER),
    'data/sub/exact-1.bin': randomBytes(BUFFER - 1),
    'data/sub/exact+1.bin': randomBytes(BUFFER + 1),
    'data/.hidden/h.txt': 'hidden files count too',
    'data/back\\slash': 'b',
    'data/new\nline': 'n',
    'data/carriage\rreturn': 'r',
  });
}

describe('hashPaths', () => {
  it.each(ALGORITHMS)(
    '%s: the dataset hash is the coreutils listing digest (nested, unicode, empty, escaped names, big files)',
    async (algorithm) => {
      const root = tempDir();
      sampleTree(root);
      const m = await hashPaths({ root, paths: ['data'], algorithm });
      expect(m.hash).toBe(`${algorithm}:${coreutilsHash(root, 'data', COREUTILS_TOOL[algorithm])}`);
      expect(m.files).toBe(12);
      expect(m.entries.map((e) => e.path)).toContain('data/new\nline');
      const big = m.entries.find((e) => e.path === 'data/sub/big.bin')!;
      expect(big.size).toBe(3 * 1024 * 1024 + 17);
      expect(big.digest).toBe(
        createHash(algorithm)
          .update(readFileSync(join(root, 'data/sub/big.bin')))
          .digest('hex'),
      );
      expect(m.bytes).toBe(m.entries.reduce((s, e) => s + e.size, 0));
    },
  );

  it('streams big files exactly, whatever their size against the read chunks (1 MiB, several in flight)', async () => {
    const root = tempDir();
    const MiB = 1024 * 1024;
    const sizes = [MiB, 2 * MiB, 2 * MiB - 1, 5 * MiB + 3, 7 * MiB];
    writeTree(root, Object.fromEntries(sizes.map((s) => [`big/${s}.bin`, randomBytes(s)])));
    const m = await hashPaths({ root, paths: ['big'] });
    expect(m.entries.map((e) => e.size).sort((a, b) => a - b)).toEqual([...sizes].sort((a, b) => a - b));
    expect(m.hash).toBe(`sha256:${coreutilsHash(root, 'big')}`);
  });

  it('gives the same manifest with one worker or many', async () => {
    const root = tempDir();
    sampleTree(root);
    writeTree(root, Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`data/many/${i}.txt`, `file ${i}`])));
    const one = await hashPaths({ root, paths: ['data'], concurrency: 1 });
    const four = await hashPaths({ root, paths: ['data'], concurrency: 4 });
    expect(four.entries).toEqual(one.entries);
    expect(four.hash).toBe(one.hash);
    expect(one.hash).toBe(`sha256:${coreutilsHash(root, 'data')}`);
  });

  it('does not depend on mtimes, creation order or where the data lives', async () => {
    const a = tempDir();
    const b = tempDir();
    writeTree(a, { 'data/1.txt': 'one', 'data/2/2.txt': 'two', 'data/3.txt': '' });
    // The same files, created in the opposite order, with other mtimes.
    writeTree(b, { 'data/3.txt': '', 'data/2/2.txt': 'two', 'data/1.txt': 'one' });
    utimesSync(join(b, 'data/1.txt'), new Date('2001-01-01'), new Date('2001-01-01'));
    const [ma, mb] = await Promise.all([hashPaths({ root: a, paths: ['data'] }), hashPaths({ root: b, paths: ['data'] })]);
    expect(mb.hash).toBe(ma.hash);
  });

  it("changes with one byte, and only the changed file's digest moves", async () => {
    const root = tempDir();
    writeTree(root, { 'data/a.txt': 'aaaa', 'data/b.txt': 'bbbb' });
    const before = await hashPaths({ root, paths: ['data'] });
    writeFileSync(join(root, 'data/b.txt'), 'bbbc');
    const after = await hashPaths({ root, paths: ['data'] });
    expect(after.hash).not.toBe(before.hash);
    expect(after.entries[0]).toEqual(before.entries[0]);
    expect(after.entries[1]!.digest).not.toBe(before.entries[1]!.digest);
  });

  it('hashes an empty selection as the empty listing (what `find empty -type f | … | sha256sum` prints)', async () => {
    const root = tempDir();
    writeTree(root, { 'data/only.tmp': 'x' });
    const m = await hashPaths({ root, paths: ['data'], exclude: ['*.tmp'] });
    expect(m.files).toBe(0);
    expect(m.hash).toBe(`sha256:${coreutilsHash(root, 'data -name "*.csv"')}`);
  });

  it('reports the skipped symbolic links', async () => {
    const root = tempDir();
    writeTree(root, { 'data/a.txt': 'a' });
    const { symlinkSync } = await import('node:fs');
    symlinkSync('a.txt', join(root, 'data/link.txt'));
    const m = await hashPaths({ root, paths: ['data'] });
    expect(m.files).toBe(1);
    expect(m.stats!.skippedSymlinks).toEqual(['data/link.txt']);
    const followed = await hashPaths({ root, paths: ['data'], followSymlinks: true });
    expect(followed.files).toBe(2);
    expect(followed.hash).toBe(`sha256:${coreutilsHash(root, '-L data')}`);
  });
});

describe('the stat cache', () => {
  /**
   * A tree whose files and folder are older than the racy window, so the cache may keep them (and the
   * folder's listing: the changes below go through a re-hash that would otherwise reuse it).
   */
  function oldTree(root: string, count: number): void {
    writeTree(root, Object.fromEntries(Array.from({ length: count }, (_, i) => [`data/${i}.txt`, `file ${i}`])));
    const old = new Date(Date.now() - 60_000);
    for (let i = 0; i < count; i++) utimesSync(join(root, `data/${i}.txt`), old, old);
    utimesSync(join(root, 'data'), old, old);
  }

  it('skips unchanged files on the second run and gives the same manifest', async () => {
    const root = tempDir();
    oldTree(root, 50);
    const statCache = join(tempDir(), 'cache', 'stat.json');
    const cold = await hashPaths({ root, paths: ['data'], statCache });
    expect(cold.stats!.cacheHits).toBe(0);
    const cache = await loadStatCache(statCache, 'sha256');
    expect(cache.cache.size).toBe(50);
    const warm = await hashPaths({ root, paths: ['data'], statCache });
    expect(warm.stats!.cacheHits).toBe(50);
    expect(warm.stats!.hashed).toBe(0);
    expect(warm.entries).toEqual(cold.entries);
    expect(warm.hash).toBe(cold.hash);
  });

  it('reads a file again when its size, mtime or inode moved', async () => {
    const root = tempDir();
    oldTree(root, 3);
    const statCache = join(tempDir(), 'stat.json');
    await hashPaths({ root, paths: ['data'], statCache });
    // Same size, new content, mtime set back to an old but different time.
    writeFileSync(join(root, 'data/1.txt'), 'FILE 1');
    const t = new Date(Date.now() - 30_000);
    utimesSync(join(root, 'data/1.txt'), t, t);
    // Same content and mtime, new inode (copied over).
    const st = (await import('node:fs')).statSync(join(root, 'data/2.txt'));
    cpSync(join(root, 'data/2.txt'), join(root, 'data/2.tmp'));
    (await import('node:fs')).renameSync(join(root, 'data/2.tmp'), join(root, 'data/2.txt'));
    utimesSync(join(root, 'data/2.txt'), st.atime, st.mtime);
    const m = await hashPaths({ root, paths: ['data'], statCache });
    expect(m.stats!.cacheHits).toBe(1);
    expect(m.entries.find((e) => e.path === 'data/1.txt')!.digest).toBe(createHash('sha256').update('FILE 1').digest('hex'));
    expect(m.hash).toBe(`sha256:${coreutilsHash(root, 'data')}`);
  });

  it('works the same with the worker pool (hundreds of files, some changed)', async () => {
    const root = tempDir();
    oldTree(root, 400);
    const statCache = join(tempDir(), 'stat.json');
    const cold = await hashPaths({ root, paths: ['data'], statCache, concurrency: 2 });
    expect(cold.hash).toBe(`sha256:${coreutilsHash(root, 'data')}`);
    expect((await loadStatCache(statCache, 'sha256')).cache.size).toBe(400);
    // Change 100 files (more than the main thread takes on itself), keeping their sizes.
    const t = new Date(Date.now() - 30_000);
    for (let i = 0; i < 100; i++) {
      writeFileSync(join(root, `data/${i}.txt`), `FILE ${i}`);
      utimesSync(join(root, `data/${i}.txt`), t, t);
    }
    const warm = await hashPaths({ root, paths: ['data'], statCache, concurrency: 2 });
    expect(warm.stats!.cacheHits).toBe(300);
    expect(warm.stats!.hashed).toBe(100);
    expect(warm.hash).toBe(`sha256:${coreutilsHash(root, 'data')}`);
    const again = await hashPaths({ root, paths: ['data'], statCache, concurrency: 2 });
    expect(again.stats!.cacheHits).toBe(400);
    expect(again.hash).toBe(warm.hash);
  });

  // The re-hash of a big cache shares its stats with the pool (parallelStatFrom lowers the bar, so a
  // small tree takes that path); it must find exactly what the main thread alone finds.
  it.each([
    ['on the main thread alone', { concurrency: 1 }],
    ['shared with the worker pool', { concurrency: 2, parallelStatFrom: 1 }],
  ])('finds the same hits and misses with the stats %s, after additions, deletions and changes', async (_, how) => {
    const root = tempDir();
    oldTree(root, 1100); // three stat batches
    const statCache = join(tempDir(), 'stat.bin');
    const cold = await hashPaths({ root, paths: ['data'], statCache, ...how });
    expect(cold.hash).toBe(`sha256:${coreutilsHash(root, 'data')}`);
    const t = new Date(Date.now() - 30_000);
    const { rmSync, renameSync, statSync } = await import('node:fs');
    // 7 changed in place (same size, an old mtime), 5 removed, 3 added, and one moved onto another.
    for (const i of [0, 1, 511, 512, 700, 1023, 1099]) {
      writeFileSync(join(root, `data/${i}.txt`), `FILE ${i}`.padEnd(`file ${i}`.length, '!'));
      utimesSync(join(root, `data/${i}.txt`), t, t);
    }
    for (const i of [2, 3, 800, 1050, 1098]) rmSync(join(root, `data/${i}.txt`));
    writeTree(root, { 'data/new-a.txt': 'a', 'data/new-b.txt': 'b', 'data/0-new.txt': 'front' });
    // 10 moved onto 11: the same size and mtime as 11 had (oldTree gives every file one mtime), only
    // the inode tells the new content.
    const moved = statSync(join(root, 'data/10.txt'));
    renameSync(join(root, 'data/10.txt'), join(root, 'data/11.txt'));
    expect(statSync(join(root, 'data/11.txt')).mtimeMs).toBe(moved.mtimeMs);
    const warm = await hashPaths({ root, paths: ['data'], statCache, ...how });
    expect(warm.hash).toBe(`sha256:${coreutilsHash(root, 'data')}`);
    // 1,100 − 5 removed − 1 moved away = 1,094 files, of which 7 changed and data/11.txt is another file.
    expect(warm.files).toBe(1094 + 3);
    expect(warm.stats!.hashed).toBe(7 + 3 + 1);
    expect(warm.stats!.cacheHits).toBe(1094 - 7 - 1);
    // And the cache now holds the new state: nothing is read again.
    const again = await hashPaths({ root, paths: ['data'], statCache, ...how });
    expect(again.stats!.cacheHits).toBe(1094);
    expect(again.stats!.hashed).toBe(3); // the three new files are within the racy window
    expect(again.hash).toBe(warm.hash);
  });

  it.each([
    ['on the main thread alone', { concurrency: 1 }],
    ['shared with the worker pool', { concurrency: 2, parallelStatFrom: 1 }],
  ])('reads again a file changed within the racy window with its size and mtime kept (stats %s)', async (_, how) => {
    const root = tempDir();
    oldTree(root, 20);
    writeTree(root, { 'data/fresh.txt': 'version 1' });
    const statCache = join(tempDir(), 'stat.bin');
    await hashPaths({ root, paths: ['data'], statCache, ...how });
    // The same size and the same mtime (set back to what it was when it was hashed): only a cache
    // that kept the racily clean entry would miss the change.
    // (touch -r copies the nanoseconds, which utimes with a Date or a number of seconds would round.)
    const { statSync } = await import('node:fs');
    const before = statSync(join(root, 'data/fresh.txt'));
    const ref = join(tempDir(), 'ref');
    sh(root, 'cp -p data/fresh.txt "$REF" && printf "version 2" > data/fresh.txt && touch -m -r "$REF" data/fresh.txt', { REF: ref });
    const after = statSync(join(root, 'data/fresh.txt'));
    expect([after.mtimeMs, after.size, after.ino]).toEqual([before.mtimeMs, before.size, before.ino]);
    const m = await hashPaths({ root, paths: ['data'], statCache, ...how });
    expect(m.stats!.cacheHits).toBe(20);
    expect(m.entries.find((e) => e.path === 'data/fresh.txt')!.digest).toBe(createHash('sha256').update('version 2').digest('hex'));
    expect(m.hash).toBe(`sha256:${coreutilsHash(root, 'data')}`);
  });

  it('does not keep files modified within the racy window', async () => {
    const root = tempDir();
    writeTree(root, { 'data/fresh.txt': 'just written' });
    const statCache = join(tempDir(), 'stat.json');
    await hashPaths({ root, paths: ['data'], statCache });
    expect((await loadStatCache(statCache, 'sha256')).cache.size).toBe(0);
    const again = await hashPaths({ root, paths: ['data'], statCache });
    expect(again.stats!.cacheHits).toBe(0);
  });

  it('warns about an unusable cache, hashes everything and rewrites it', async () => {
    const root = tempDir();
    oldTree(root, 2);
    const statCache = join(tempDir(), 'stat.json');
    writeFileSync(statCache, '{ not json');
    const warnings: string[] = [];
    const log = { info: () => undefined, warning: (w: string) => void warnings.push(w) };
    const m = await hashPaths({ root, paths: ['data'], statCache, log });
    expect(warnings).toEqual([expect.stringContaining('not valid JSON')]);
    expect(m.stats!.hashed).toBe(2);
    expect((await loadStatCache(statCache, 'sha256')).cache.size).toBe(2);
  });

  it('starts afresh for another algorithm', async () => {
    const root = tempDir();
    oldTree(root, 2);
    const statCache = join(tempDir(), 'stat.json');
    await hashPaths({ root, paths: ['data'], statCache });
    const md5 = await hashPaths({ root, paths: ['data'], statCache, algorithm: 'md5' });
    expect(md5.stats!.cacheHits).toBe(0);
    expect(md5.hash).toBe(`md5:${coreutilsHash(root, 'data', 'md5sum')}`);
  });
});
