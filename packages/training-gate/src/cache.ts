import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Where finished trainings are kept, by fingerprint. */
export interface TrainingCache {
  /** For messages, e.g. "the Actions cache". */
  readonly description: string;
  /** Restores the entry `key` into `path`; false when there is none. */
  restore(key: string, path: string): Promise<boolean>;
  /** Saves `path` under `key`; `exists` when an entry with that key was already there. */
  save(key: string, path: string): Promise<'saved' | 'exists'>;
}

export interface CacheLogger {
  info(message: string): void;
  warning(message: string): void;
}

/**
 * The GitHub Actions cache, through the official @actions/cache (loaded only here: bundled eagerly it
 * would slow every step's start). Exact key only: a different fingerprint is a different training, so
 * there is no prefix fallback.
 */
export async function actionsCache(log: CacheLogger): Promise<TrainingCache | undefined> {
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) return undefined;
  return {
    description: 'the Actions cache',
    async restore(key, path) {
      return (await cache.restoreCache([path], key, [], { lookupOnly: false })) === key;
    },
    async save(key, path) {
      try {
        await cache.saveCache([path], key);
        return 'saved';
      } catch (e) {
        // Another job saved the same fingerprint first: that is the same training.
        if ((e as Error).name === 'ReserveCacheError') return 'exists';
        log.warning(`Could not save the training cache: ${(e as Error).message}`);
        throw e;
      }
    },
  };
}

/**
 * A directory on disk as the cache, for local runs (the demo) where there is no cache service: entry
 * `key` is the folder `<dir>/<key>`, written under a temporary name and renamed into place.
 */
export function directoryCache(dir: string): TrainingCache {
  return {
    description: `the local cache ${dir}`,
    async restore(key, path) {
      const entry = join(dir, key);
      if (!existsSync(entry)) return false;
      await rm(path, { recursive: true, force: true });
      await mkdir(dirname(path), { recursive: true });
      await cp(entry, path, { recursive: true, verbatimSymlinks: true });
      return true;
    },
    async save(key, path) {
      const entry = join(dir, key);
      if (existsSync(entry)) return 'exists';
      await mkdir(dir, { recursive: true });
      const tmp = `${entry}.tmp-${process.pid}`;
      await rm(tmp, { recursive: true, force: true });
      await cp(path, tmp, { recursive: true, verbatimSymlinks: true });
      try {
        await rename(tmp, entry);
      } catch (e) {
        await rm(tmp, { recursive: true, force: true });
        if (existsSync(entry)) return 'exists';
        throw e;
      }
      return 'saved';
    },
  };
}

/** True when `path` exists and holds at least one file. */
export async function hasContent(path: string): Promise<boolean> {
  try {
    return (await readdir(path, { recursive: true, withFileTypes: true })).some((e) => e.isFile());
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') return true;
    return false;
  }
}
