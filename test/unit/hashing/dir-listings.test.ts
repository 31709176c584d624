// Directory listings kept in the stat cache (git's untracked cache): a re-hash takes the listing of a
// directory whose mtime, ctime and inode are unchanged from the cache instead of reading it again.
// Each guard has a case that fails without it.
import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  lutimesSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type DirRecord,
  type ListingMemo,
  MAX_WALKS,
  RACY_WINDOW_MS,
  StatCache,
  hashPaths,
  loadStatCache,
  saveStatCache,
  selectFiles,
} from '@mlops-actions/hashing';
import { coreutilsHash, tempDir, writeTree } from './helpers.ts';

// Each run starts a minute after now: a folder the test made is then past the racy window on its ctime too,
// which utimes (age, below) cannot set back. Only Date moves; the file system's times stay real.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Sets every file, link and directory under root (root included) a minute back: all past the racy window. */
function age(root: string): void {
  const old = new Date(Date.now() - 60_000);
  const visit = (p: string) => {
    const st = lstatSync(p);
    if (st.isDirectory()) for (const name of readdirSync(p)) visit(join(p, name));
    if (st.isSymbolicLink()) lutimesSync(p, old, old);
    else utimesSync(p, old, old);
  };
  visit(root);
}

/** A tree of `dirs` folders of `per` files each under data/, aged. */
function agedTree(dirs = 3, per = 5): string {
  const root = tempDir();
  const files: Record<string, string> = {};
  for (let d = 0; d < dirs; d++) for (let f = 0; f < per; f++) files[`data/d${d}/f${f}.txt`] = `dir ${d} file ${f}`;
  files['data/top.txt'] = 'top';
  writeTree(root, files);
  age(root);
  return root;
}

/** The directory records the cache holds, per walk. */
async function recorded(statCache: string): Promise<Map<string, Map<string, DirRecord>>> {
  const { cache, problem } = await loadStatCache(statCache, 'sha256');
  expect(problem).toBeUndefined();
  return cache.walks;
}

/** The stat cache file's identity: an atomic write gives it a new inode. */
const identity = (file: string) => {
  const st = statSync(file);
  return [st.ino, st.mtimeMs];
};

describe('directory listings kept in the stat cache', () => {
  it('are recorded for every directory walked and reused: an unchanged re-hash reads no directory and rewrites nothing', async () => {
    const root = agedTree(3, 5);
    const statCache = join(tempDir(), 'stat.bin');
    const cold = await hashPaths({ root, paths: ['data'], statCache });
    const walks = await recorded(statCache);
    expect(walks.size).toBe(1);
    const dirs = [...walks.values()][0]!;
    expect([...dirs.keys()].map((k) => k.split('\0')[0]).sort()).toEqual(['data', 'data/d0', 'data/d1', 'data/d2']);
    expect(dirs.get('data\0data')).toMatchObject({ files: ['data/top.txt'], subdirs: ['d0', 'd1', 'd2'], links: [], special: [] });
    const before = identity(statCache);
    const warm = await hashPaths({ root, paths: ['data'], statCache });
    expect(warm.hash).toBe(cold.hash);
    expect(warm.stats!.cacheHits).toBe(16);
    expect(identity(statCache)).toEqual(before);
  });

  it('a file added to a directory is found (its directory moved on)', async () => {
    const root = agedTree();
    const statCache = join(tempDir(), 'stat.bin');
    await hashPaths({ root, paths: ['data'], statCache });
    writeFileSync(join(root, 'data/d1/added.txt'), 'new');
    const m = await hashPaths({ root, paths: ['data'], statCache });
    expect(m.entries.map((e) => e.path)).toContain('data/d1/added.txt');
    expect(m.hash).toBe(`sha256:${coreutilsHash(root, 'data')}`);
  });

  it('a renamed file is found under its new name only', async () => {
    const root = agedTree();
    const statCache = join(tempDir(), 'stat.bin');
    await hashPaths({ root, paths: ['data'], statCache });
    renameSync(join(root, 'data/d2/f3.txt'), join(root, 'data/d2/renamed.txt'));
    const m = await hashPaths({ root, paths: ['data'], statCache });
    const paths = m.entries.map((e) => e.path);
    expect(paths).toContain('data/d2/renamed.txt');
    expect(paths).not.toContain('data/d2/f3.txt');
    expect(m.hash).toBe(`sha256:${coreutilsHash(root, 'data')}`);
  });

  it('a deleted directory is no longer walked', async () => {
    const root = agedTree();
    const statCache = join(tempDir(), 'stat.bin');
    await hashPaths({ root, paths: ['data'], statCache });
    rmSync(join(root, 'data/d0'), { recursive: true });
    const m = await hashPaths({ root, paths: ['data'], statCache });
    expect(m.files).toBe(11);
    expect(m.hash).toBe(`sha256:${coreutilsHash(root, 'data')}`);
    expect([...(await recorded(statCache)).values()][0]!.has('data/d0\0data')).toBe(false);
  });

  it('a directory replaced by another of the same name and mtime is listed afresh', async () => {
    const root = agedTree();
    const statCache = join(tempDir(), 'stat.bin');
    await hashPaths({ root, paths: ['data'], statCache });
    const was = statSync(join(root, 'data/d1'));
    renameSync(join(root, 'data/d1'), join(root, 'd1-old'));
    mkdirSync(join(root, 'data/d1'));
    writeFileSync(join(root, 'data/d1/other.txt'), 'other');
    utimesSync(join(root, 'data/d1'), was.atime, was.mtime);
    const m = await hashPaths({ root, paths: ['data'], statCache });
    expect(m.entries.filter((e) => e.path.startsWith('data/d1/')).map((e) => e.path)).toEqual(['data/d1/other.txt']);
    expect(m.hash).toBe(`sha256:${coreutilsHash(root, 'data')}`);
  });

  it.each([
    ['another exclude', { exclude: ['f1.txt'] }, { exclude: [] }],
    ['other lines', { paths: ['data'] }, { paths: ['data', '!data/d2'] }],
    ['follow-symlinks switched', { followSymlinks: false }, { followSymlinks: true }],
  ])('a walk with %s does not reuse the listings of the first', async (_, first, second) => {
    const root = agedTree();
    symlinkSync('d0', join(root, 'data/link-to-d0'));
    age(root);
    const statCache = join(tempDir(), 'stat.bin');
    const base = { root, paths: ['data'], statCache };
    const a = await hashPaths({ ...base, ...first });
    const b = await hashPaths({ ...base, ...second });
    const fresh = await hashPaths({ ...base, ...second, statCache: undefined });
    expect(b.entries).toEqual(fresh.entries);
    expect(b.stats!.skippedSymlinks).toEqual(fresh.stats!.skippedSymlinks);
    expect(b.hash).not.toBe(a.hash);
  });

  it('keeps the listings of several selections sharing one cache: running them in turn rewrites nothing', async () => {
    const root = agedTree();
    const statCache = join(tempDir(), 'stat.bin');
    const one = { root, paths: ['data/d0'], statCache };
    const two = { root, paths: ['data/d1', 'data/top.txt'], statCache };
    await hashPaths(one);
    await hashPaths(two);
    expect((await recorded(statCache)).size).toBe(2);
    const before = identity(statCache);
    expect((await hashPaths(one)).stats!.cacheHits).toBe(5);
    expect((await hashPaths(two)).stats!.cacheHits).toBe(6);
    expect(identity(statCache)).toEqual(before);
  });

  it(`keeps the listings of the ${MAX_WALKS} selections used last`, async () => {
    const root = agedTree(MAX_WALKS + 2, 1);
    const statCache = join(tempDir(), 'stat.bin');
    for (let d = 0; d < MAX_WALKS + 2; d++) await hashPaths({ root, paths: [`data/d${d}`], statCache });
    const keys = [...(await recorded(statCache)).keys()].map((k) => JSON.parse(k)[1][0]);
    expect(keys).toEqual(Array.from({ length: MAX_WALKS }, (_, i) => `data/d${MAX_WALKS + 1 - i}`));
  });

  it('lists the folders of its own files afresh, so writing them does not rewrite the cache on every run', async () => {
    const root = agedTree();
    const statCache = join(root, 'data/stat.bin');
    const o = { root, paths: ['data'], statCache, ownFiles: ['data/stat.bin'] };
    await hashPaths(o);
    // The write of the cache changed data/; a minute later that is past the racy window.
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(root, 'data'), old, old);
    const before = identity(statCache);
    const m = await hashPaths(o);
    expect(m.stats!.cacheHits).toBe(16);
    expect(identity(statCache)).toEqual(before);
    expect([...(await recorded(statCache)).values()][0]!.has('data\0data')).toBe(false);
  });

  it('with several lines, a glob whose files an earlier line gave still matches when the listings are reused', async () => {
    const root = agedTree();
    const statCache = join(tempDir(), 'stat.bin');
    const o = { root, paths: ['data', 'data/d1/*.txt'], statCache };
    const cold = await hashPaths(o);
    const warm = await hashPaths(o);
    expect(warm.hash).toBe(cold.hash);
    expect(warm.hash).toBe(`sha256:${coreutilsHash(root, 'data')}`);
  });

  it('reports the skipped links and special files of a reused listing as a fresh walk does', async () => {
    const root = agedTree();
    symlinkSync('f0.txt', join(root, 'data/d0/link.txt'));
    execFileSync('mkfifo', [join(root, 'data/d2/fifo')]);
    age(root);
    const statCache = join(tempDir(), 'stat.bin');
    const cold = await hashPaths({ root, paths: ['data'], statCache });
    expect(cold.stats!.skippedSymlinks).toEqual(['data/d0/link.txt']);
    expect(cold.stats!.skippedSpecial).toEqual(['data/d2/fifo']);
    const warm = await hashPaths({ root, paths: ['data'], statCache });
    expect(warm.stats!.skippedSymlinks).toEqual(cold.stats!.skippedSymlinks);
    expect(warm.stats!.skippedSpecial).toEqual(cold.stats!.skippedSpecial);
    expect(warm.hash).toBe(cold.hash);
  });

  it('with follow-symlinks, lists a directory holding a link afresh: the link target can change while its directory does not', async () => {
    const root = agedTree();
    // data/d0/via -> ../../alias/inner, alias -> real1: retargeting alias changes the root folder,
    // not data/d0.
    writeTree(root, { 'real1/inner/one.txt': '1', 'real2/inner/two.txt': '2' });
    symlinkSync('real1', join(root, 'alias'));
    symlinkSync('../../alias/inner', join(root, 'data/d0/via'));
    age(root);
    const statCache = join(tempDir(), 'stat.bin');
    const o = { root, paths: ['data'], statCache, followSymlinks: true };
    const cold = await hashPaths(o);
    expect(cold.entries.map((e) => e.path)).toContain('data/d0/via/one.txt');
    const was = lstatSync(join(root, 'data/d0'));
    rmSync(join(root, 'alias'));
    symlinkSync('real2', join(root, 'alias'));
    expect(lstatSync(join(root, 'data/d0')).mtimeMs).toBe(was.mtimeMs);
    const m = await hashPaths(o);
    const paths = m.entries.map((e) => e.path);
    expect(paths).toContain('data/d0/via/two.txt');
    expect(paths).not.toContain('data/d0/via/one.txt');
    expect(m.entries).toEqual((await hashPaths({ ...o, statCache: undefined })).entries);
  });
});

describe('the walk with a listing memo', () => {
  /** A memo holding one record, for data/ of the tree, with the stat given, listing a file that does not exist. */
  function memoFor(record: DirRecord): ListingMemo & { puts: string[] } {
    const puts: string[] = [];
    return {
      puts,
      get: (line, rel) => (line === 'data' && rel === 'data' ? record : undefined),
      put: (_line, rel) => void puts.push(rel),
    };
  }
  const ghost = (st: { mtimeMs: number; ctimeMs: number; ino: number }): DirRecord => ({
    mtimeMs: st.mtimeMs,
    ctimeMs: st.ctimeMs,
    ino: st.ino,
    files: ['data/ghost.txt'],
    subdirs: ['d1'],
    links: [],
    special: [],
  });

  it('takes the recorded listing of a directory whose mtime, ctime and inode match', () => {
    const root = agedTree();
    const memo = memoFor(ghost(statSync(join(root, 'data'))));
    const s = selectFiles({ root, paths: ['data'], listings: memo });
    // The recorded names, not the directory's: only d1 is entered, and ghost.txt is taken as listed.
    expect(s.files.map((f) => f.path)).toEqual([
      'data/d1/f0.txt',
      'data/d1/f1.txt',
      'data/d1/f2.txt',
      'data/d1/f3.txt',
      'data/d1/f4.txt',
      'data/ghost.txt',
    ]);
    expect(memo.puts).toEqual(['data', 'data/d1']);
  });

  it.each([
    ['mtime', { mtimeMs: 1 }],
    ['ctime', { ctimeMs: 1 }],
    ['inode', { ino: 1 }],
  ])('lists a directory afresh when its %s differs from the record', (_, change) => {
    const root = agedTree();
    const st = statSync(join(root, 'data'));
    const memo = memoFor(ghost({ mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, ...change }));
    const s = selectFiles({ root, paths: ['data'], listings: memo });
    expect(s.files.map((f) => f.path)).not.toContain('data/ghost.txt');
    expect(s.files).toHaveLength(16);
  });
});

describe('StatCache.listingMemo', () => {
  const record = (mtimeMs: number): DirRecord => ({ mtimeMs, ctimeMs: mtimeMs, ino: 7, files: ['a'], subdirs: [], links: [], special: [] });

  it('does not keep a directory modified within the racy window (an entry added in the same tick would go unseen)', () => {
    const now = Date.now();
    const cache = new StatCache();
    const racy = cache.listingMemo('walk', now);
    racy.put('data', 'data', record(now - RACY_WINDOW_MS + 500));
    expect(racy.commit()).toBe(false);
    expect(cache.walks.size).toBe(0);
    const settled = cache.listingMemo('walk', now);
    settled.put('data', 'data', record(now - RACY_WINDOW_MS - 500));
    expect(settled.commit()).toBe(true);
    expect(cache.walks.get('walk')!.get('data\0data')).toEqual(record(now - RACY_WINDOW_MS - 500));
  });

  it('does not keep a directory whose mtime was set back but whose ctime is within the racy window (tar, rsync -a)', () => {
    const now = Date.now();
    const cache = new StatCache();
    const memo = cache.listingMemo('walk', now);
    memo.put('data', 'data', { ...record(now - 60_000), ctimeMs: now - RACY_WINDOW_MS + 500 });
    expect(memo.commit()).toBe(false);
    expect(cache.walks.size).toBe(0);
  });

  it('keeps the listings through a save and a load, and refuses a file whose listings are cut short', async () => {
    const cache = new StatCache();
    for (const p of ['a b/w', 'a b/x', 'a b/ü é', 'a b/s/in cache']) cache.set(p, { size: 1, mtimeMs: 1, ino: 1, digest: 'ab'.repeat(32) });
    cache.delete('a b/w');
    const memo = cache.listingMemo('["/w",["a b"],[],false]', Date.now());
    // Files that are entries next to each other, in order (stored as a slot), and files that are not (by name).
    memo.put('a b', 'a b', {
      mtimeMs: 1.5,
      ctimeMs: 2.25,
      ino: 2 ** 40,
      files: ['a b/x', 'a b/ü é'],
      subdirs: ['s'],
      links: ['l'],
      special: ['p'],
    });
    memo.put('a b', 'a b/s', {
      mtimeMs: 3,
      ctimeMs: 4,
      ino: 5,
      files: ['a b/s/not cached', 'a b/s/in cache'],
      subdirs: [],
      links: [],
      special: [],
    });
    memo.commit();
    const file = join(tempDir(), 'stat.bin');
    await saveStatCache(file, 'sha256', cache);
    const header = JSON.parse(readFileSync(file, 'utf8').split('\n')[0]!);
    expect(header.walks[0][1].map((row: unknown[]) => row[5])).toEqual([0, -1]);
    const back = await loadStatCache(file, 'sha256');
    expect(back.problem).toBeUndefined();
    expect(back.cache.walks).toEqual(cache.walks);
    expect(back.cache.get('a b/x')).toEqual(cache.get('a b/x'));
    // One name short: the header's counts no longer fit the names.
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 2));
    expect((await loadStatCache(file, 'sha256')).problem).toMatch(/is not a stat cache/);
  });
});
