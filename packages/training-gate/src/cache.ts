import { existsSync } from 'node:fs';
import { cp, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { makeFolders } from '@mlops-actions/files';

/** Where finished trainings are kept, by fingerprint. */
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

export interface ActionsCacheOptions {
  /**
   * ACTIONS_CACHE_MODE as the runner exports it for the job's `cache-mode` (none, read, write,
   * write-only; unset: read and write). See
   * https://github.blog/changelog/2026-06-26-read-only-actions-cache-for-untrusted-triggers/
   */
  cacheMode?: string | undefined;
}

export interface CacheLogger {
  info(message: string): void;
  warning(message: string): void;
}

/**
 * The GitHub Actions cache, through the official @actions/cache (loaded only here: bundled eagerly it
 * would slow every step's start). Exact key only: a different fingerprint is a different training, so
 * there is no prefix fallback.
 *
 * `saveCache` does not throw when it does not save: it logs and returns -1 when the key exists, when
 * the job's cache is read-only (cache-mode read, or a token with no writable scope: "cache write
 * denied"), or when the upload fails (toolkit packages/cache/src/cache.ts, saveCacheV1/saveCacheV2).
 * So -1 is checked, and a lookup tells "another job saved it" from "refused".
 */
export async function actionsCache(_log: CacheLogger, options: ActionsCacheOptions = {}): Promise<TrainingCache | undefined> {
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) return undefined;
  const mode = (options.cacheMode ?? '').trim().toLowerCase();
  return {
    description: 'the Actions cache',
    async restore(key, path) {
      return (await cache.restoreCache([path], key, [], { lookupOnly: false })) === key;
    },
    async save(key, path) {
      // The same lattice as the toolkit's isCacheWritable (packages/cache/src/internal/config.ts).
      if (mode === 'none' || mode === 'read') {
        return {
          outcome: 'not-saved',
          reason: `this job's cache is read-only (cache-mode '${mode}'; GitHub makes it the default for untrusted triggers such as pull_request_target, issue_comment or a fork's workflow_run). Set 'cache-mode: write' on a job that runs only trusted code to save trainings.`,
        };
      }
      let id: number;
      try {
        id = await cache.saveCache([path], key);
      } catch (e) {
        // Only bad arguments throw (a missing path, a key with a comma): say what it was.
        return { outcome: 'not-saved', reason: `the cache refused the entry: ${(e as Error).message}` };
      }
      if (id !== -1) return { outcome: 'saved' };
      // Not saved: because another job saved this fingerprint first (the same training), or refused.
      const existing =
        mode === 'write-only' ? undefined : await cache.restoreCache([path], key, [], { lookupOnly: true }).catch(() => undefined);
      if (existing === key) return { outcome: 'exists' };
      return {
        outcome: 'not-saved',
        reason:
          'the cache service did not store it (see its message above): a read-only cache token ("cache write denied", e.g. an untrusted trigger, fix: cache-mode write on a trusted job), the repository\'s cache storage limit, or a failed upload (re-run the job).',
      };
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
