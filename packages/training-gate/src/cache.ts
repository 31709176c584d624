import { existsSync } from 'node:fs';
import { cp, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { makeFolders } from '@mlops-actions/files';

/**
 * Where finished trainings are kept, by fingerprint: the Actions cache (the action kit's
 * openActionsCache, handed in by the action) or a local directory (directoryCache below).
 */
export interface TrainingCache {
  /** For messages, e.g. "the Actions cache". */
  readonly description: string;
  /** Restores the entry `key` into `path`; false when there is none. */
  restore(key: string, path: string): Promise<boolean>;
  /**
   * Saves `path` under `key`: `saved`; `exists` when an entry with that key was already there (another
   * job saved the same training); `not-saved` with the reason when the cache would not take it.
   */
  save(key: string, path: string): Promise<SaveOutcome>;
}

export type SaveOutcome = { outcome: 'saved' } | { outcome: 'exists' } | { outcome: 'not-saved'; reason: string };

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
      await makeFolders(dirname(path));
      await cp(entry, path, { recursive: true, verbatimSymlinks: true });
      return true;
    },
    async save(key, path) {
      const entry = join(dir, key);
      if (existsSync(entry)) return { outcome: 'exists' };
      await makeFolders(dir); // not mkdir -p: it never returns where the parent refuses new folders (e.g. /proc)
      const tmp = `${entry}.tmp-${process.pid}`;
      await rm(tmp, { recursive: true, force: true });
      await cp(path, tmp, { recursive: true, verbatimSymlinks: true });
      try {
        await rename(tmp, entry);
      } catch (e) {
        await rm(tmp, { recursive: true, force: true });
        if (existsSync(entry)) return { outcome: 'exists' };
        throw e;
      }
      return { outcome: 'saved' };
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
