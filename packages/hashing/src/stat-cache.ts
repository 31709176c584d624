import { readFile } from 'node:fs/promises';
import { messageOf } from '@mlops-actions/errors';
import { writeFileAtomic } from '@mlops-actions/files';
import { HEX_LENGTH, type Algorithm } from './listing.ts';

/**
 * The stat cache: root-relative path → size, mtime, inode and digest, as DVC keeps its state. A file
 * whose size, mtime and inode are unchanged is taken as unchanged and not read again.
 *
 * Racy entries: a file modified in the same timestamp tick as it was hashed could change again without
 * its mtime moving, so entries whose mtime is within RACY_WINDOW_MS of the start of the run are not
 * stored (the next run reads them again), the way git treats "racily clean" index entries.
 *
 * On disk it is JSON with parallel arrays (paths, sizes, mtimes, inodes, digests) rather than an object
 * per file: JSON.parse then makes a handful of flat arrays instead of 20,000 small objects, which is
 * most of what a re-hash of an unchanged tree costs besides the stats themselves.
 */
export const STAT_CACHE_FORMAT = 'mlops-actions/stat-cache@2';
export const RACY_WINDOW_MS = 2000;

export interface StatCacheEntry {
  size: number;
  mtimeMs: number;
  ino: number;
  digest: string;
}

/** The cache in memory: parallel arrays and an index by path. Removed slots have an empty path. */
export class StatCache {
  readonly index = new Map<string, number>();
  readonly paths: string[] = [];
  readonly sizes: number[] = [];
  readonly mtimes: number[] = [];
  readonly inodes: number[] = [];
  readonly digests: string[] = [];

  get size(): number {
    return this.index.size;
  }

  get(path: string): StatCacheEntry | undefined {
    const i = this.index.get(path);
    return i === undefined ? undefined : { size: this.sizes[i]!, mtimeMs: this.mtimes[i]!, ino: this.inodes[i]!, digest: this.digests[i]! };
  }

  set(path: string, e: StatCacheEntry): void {
    let i = this.index.get(path);
    if (i === undefined) {
      i = this.paths.push(path) - 1;
      this.index.set(path, i);
    }
    this.sizes[i] = e.size;
    this.mtimes[i] = e.mtimeMs;
    this.inodes[i] = e.ino;
    this.digests[i] = e.digest;
  }

  delete(path: string): boolean {
    const i = this.index.get(path);
    if (i === undefined) return false;
    this.index.delete(path);
    this.paths[i] = '';
    return true;
  }
}

export interface LoadedStatCache {
  cache: StatCache;
  /** Why an existing file was ignored (unreadable, another format or algorithm), for a warning. */
  problem?: string | undefined;
}

export async function loadStatCache(path: string, algorithm: Algorithm): Promise<LoadedStatCache> {
  const cache = new StatCache();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { cache };
    return { cache, problem: `cannot read the stat cache ${path} (${code ?? messageOf(e)}); hashing every file` };
  }
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { cache, problem: `the stat cache ${path} is not valid JSON; hashing every file and rewriting it` };
  }
  const { paths, sizes, mtimes, inodes, digests } = (v ?? {}) as Record<string, unknown[]>;
  if (v?.['format'] !== STAT_CACHE_FORMAT || ![paths, sizes, mtimes, inodes, digests].every((a) => Array.isArray(a) && a.length === paths!.length)) {
    return { cache, problem: `${path} is not a stat cache (format ${STAT_CACHE_FORMAT}); hashing every file and rewriting it` };
  }
  if (v['algorithm'] !== algorithm) return { cache }; // another algorithm: start afresh, no need to warn
  const hexLength = HEX_LENGTH[algorithm];
  for (let i = 0; i < paths!.length; i++) {
    const p = paths![i];
    const size = sizes![i];
    const mtimeMs = mtimes![i];
    const ino = inodes![i];
    const digest = digests![i];
    if (typeof p !== 'string' || p === '' || typeof size !== 'number' || typeof mtimeMs !== 'number' || typeof ino !== 'number') continue;
    if (typeof digest !== 'string' || digest.length !== hexLength) continue;
    cache.set(p, { size, mtimeMs, ino, digest });
  }
  return { cache };
}

/** Writes the cache atomically. */
export async function saveStatCache(path: string, algorithm: Algorithm, cache: StatCache): Promise<void> {
  await writeFileAtomic(path, statCacheChunks(algorithm, cache));
}

function* statCacheChunks(algorithm: Algorithm, cache: StatCache): Generator<string, void, void> {
  const live: number[] = [];
  for (const i of cache.index.values()) live.push(i);
  yield `{"format":"${STAT_CACHE_FORMAT}","algorithm":"${algorithm}",\n`;
  const column = function* (name: string, value: (i: number) => string, last = false): Generator<string, void, void> {
    let text = `"${name}":[`;
    for (let j = 0; j < live.length; j++) {
      text += `${j ? ',' : ''}${value(live[j]!)}`;
      if (text.length > 1 << 16) {
        yield text;
        text = '';
      }
    }
    yield `${text}]${last ? '' : ','}\n`;
  };
  yield* column('paths', (i) => JSON.stringify(cache.paths[i]));
  yield* column('sizes', (i) => String(cache.sizes[i]));
  yield* column('mtimes', (i) => String(cache.mtimes[i]));
  yield* column('inodes', (i) => String(cache.inodes[i]));
  yield* column('digests', (i) => `"${cache.digests[i]}"`, true);
  yield '}\n';
}
