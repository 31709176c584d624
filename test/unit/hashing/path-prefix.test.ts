import { spawnSync } from 'node:child_process';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathPrefix } from '../../../packages/hashing/src/pool.ts';
import { coreutilsHash, tempDir, writeTree } from './helpers.ts';

const HASHING = new URL('../../../packages/hashing/src/index.ts', import.meta.url).href;

describe('pathPrefix', () => {
  it('is relative to the working directory when the root is it or lies under it, absolute otherwise', () => {
    expect(pathPrefix('/w/repo', '/w/repo')).toBe('');
    expect(pathPrefix('/w/repo/data/set', '/w/repo')).toBe(`data${sep}set${sep}`);
    expect(pathPrefix('/w/repo/data', '/w/repo/')).toBe(`data${sep}`);
    expect(pathPrefix('/', '/')).toBe('');
    // Beside or above the working directory, or a name that only starts like it: absolute, never `..`.
    expect(pathPrefix('/w/repo-other', '/w/repo')).toBe(`/w/repo-other${sep}`);
    expect(pathPrefix('/w', '/w/repo')).toBe(`/w${sep}`);
    expect(pathPrefix('/elsewhere/data', '/w/repo')).toBe(`/elsewhere/data${sep}`);
    // No working directory (it was removed): absolute.
    expect(pathPrefix('/w/repo', undefined)).toBe(`/w/repo${sep}`);
  });
});

/**
 * Runs hashPaths in a node process started in `cwd` (a vitest thread cannot change its working
 * directory) and returns the manifest's hash, its stats and the paths the main thread gave lstat and
 * open (node:fs is wrapped before the package is loaded).
 */
function hashIn(
  cwd: string,
  o: { root: string; paths: string[]; statCache?: string; concurrency?: number },
): { hash: string; hits: number; seen: string[] } {
  const script = `
    import fs from 'node:fs';
    import { syncBuiltinESMExports } from 'node:module';
    const seen = [];
    for (const name of ['lstatSync', 'openSync']) {
      const original = fs[name];
      fs[name] = (p, ...rest) => { seen.push(String(p)); return original(p, ...rest); };
    }
    syncBuiltinESMExports();
    const { hashPaths } = await import(${JSON.stringify(HASHING)});
    const m = await hashPaths({ concurrency: 1, ...${JSON.stringify(o)} });
    console.log(JSON.stringify({ hash: m.hash, hits: m.stats.cacheHits, seen }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`hashPaths failed in ${cwd}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as { hash: string; hits: number; seen: string[] };
}

describe('hashPaths names files relative to the working directory', () => {
  /** A root with data/ and, beside it, a decoy with the same relative paths and other contents. */
  function setUp() {
    const top = tempDir();
    const root = join(top, 'ws');
    const decoy = join(top, 'decoy');
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`data/d${i % 3}/f${i}.txt`] = `file ${i}\n`;
    writeTree(root, files);
    writeTree(decoy, Object.fromEntries(Object.keys(files).map((k) => [k, 'decoy\n'])));
    // Older than the stat cache's racy window, so the second run takes every file from the cache.
    const old = new Date(Date.now() - 60_000);
    for (const k of Object.keys(files)) utimesSync(join(root, k), old, old);
    return { top, root, decoy, expected: `sha256:${coreutilsHash(root, 'data')}` };
  }

  it('with the root as working directory: the file calls get root-relative paths, hash and stat cache unchanged', () => {
    const { root, expected } = setUp();
    const statCache = join(root, '.cache', 'stat');
    mkdirSync(join(root, '.cache'));
    const first = hashIn(root, { root, paths: ['data'], statCache });
    expect(first.hash).toBe(expected);
    expect(first.seen.filter((p) => p.includes('f0.txt'))).toEqual(['data/d0/f0.txt']);
    const again = hashIn(root, { root, paths: ['data'], statCache });
    expect(again).toMatchObject({ hash: expected, hits: 12 });
    // The re-hash stats each file through its relative path, and reads none.
    expect(again.seen.filter((p) => p.includes('.txt')).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `data/d${i % 3}/f${i}.txt`).sort(),
    );
    // A changed file is read again, through its relative path.
    writeFileSync(join(root, 'data/d1/f4.txt'), 'changed\n');
    const changed = hashIn(root, { root, paths: ['data'], statCache });
    expect(changed).toMatchObject({ hash: `sha256:${coreutilsHash(root, 'data')}`, hits: 11 });
    expect(changed.seen.filter((p) => p.includes('f4.txt'))).toEqual(['data/d1/f4.txt', 'data/d1/f4.txt']);
  });

  it('with the root as working directory: the worker threads, which share it, hash the same', () => {
    const top = tempDir();
    const root = join(top, 'ws');
    writeTree(root, Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`data/d${i % 7}/f${i}.bin`, `content ${i}\n`])));
    const run = hashIn(root, { root, paths: ['data'], concurrency: 2 });
    expect(run.hash).toBe(`sha256:${coreutilsHash(root, 'data')}`);
  });

  it('with the root under the working directory: paths from there', () => {
    const { top, root, expected } = setUp();
    const run = hashIn(top, { root, paths: ['data'] });
    expect(run.hash).toBe(expected);
    expect(run.seen.filter((p) => p.includes('f0.txt'))).toEqual([join('ws', 'data/d0/f0.txt')]);
  });

  it('with the root outside the working directory: absolute paths, never the files of the same name there', () => {
    const { root, decoy, expected } = setUp();
    const statCache = join(decoy, 'stat');
    for (let round = 0; round < 2; round++) {
      const run = hashIn(decoy, { root, paths: ['data'], statCache });
      expect(run.hash).toBe(expected);
      expect(run.seen.filter((p) => p.includes('f0.txt'))).toEqual([join(root, 'data/d0/f0.txt')]);
    }
  });
});

describe('hashPaths refuses a run during which the working directory changed', () => {
  it('throws instead of returning the hash of the files under the new working directory', () => {
    const top = tempDir();
    const root = join(top, 'ws');
    const decoy = join(top, 'decoy');
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`data/d${i % 8}/f${i}.txt`] = `file ${i}\n`;
    writeTree(root, files);
    writeTree(decoy, Object.fromEntries(Object.keys(files).map((k) => [k, 'decoy\n'])));
    // The working directory moves to the decoy (same relative paths) as soon as hashing has started.
    const script = `
      const { hashPaths } = await import(${JSON.stringify(HASHING)});
      const run = hashPaths({ root: ${JSON.stringify(root)}, paths: ['data'], concurrency: 2 });
      process.chdir(${JSON.stringify(decoy)});
      try { console.log((await run).hash); } catch (e) { console.log('error: ' + e.message); }`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toMatch(/^error: the working directory changed while hashing .*ws \(from .*ws to .*decoy\): hash again$/);
  });
});
