/**
 * The GitHub Actions cache for a step, through the official @actions/cache. It is loaded with a dynamic
 * import() only when a step asks for it: bundled eagerly it would slow every step's cold start.
 * Imported as `@mlops-actions/action-kit/cache`, not from the kit's index: esbuild emits a chunk for
 * every import() in a module the bundle reaches, even where the function is never called, so through
 * the index every action's dist/ would carry an unused copy of the toolkit and its notices.
 *
 * Exact key only (no restore-key prefixes): callers key an entry by what it is, so a different key is
 * a different entry.
 */
import type * as ToolkitCache from '@actions/cache';

/** What a save came to: `exists` when an entry with that key was already there (another job saved it). */
export type CacheSaveOutcome = { outcome: 'saved' } | { outcome: 'exists' } | { outcome: 'not-saved'; reason: string };

/** One folder in, one folder out, by key. */
export interface ActionsCache {
  /** For messages: "the Actions cache". */
  readonly description: string;
  /** Restores entry `key` into `path` (as given: the toolkit versions entries by their paths); false on a miss. */
  restore(key: string, path: string): Promise<boolean>;
  /** Saves `path` under `key`, and says truthfully whether it was saved. */
  save(key: string, path: string): Promise<CacheSaveOutcome>;
}

/** The part of @actions/cache used here (tests pass a stand-in). */
export type CacheToolkit = Pick<typeof ToolkitCache, 'isFeatureAvailable' | 'restoreCache' | 'saveCache'>;

export interface ActionsCacheOptions {
  /**
   * The job's cache-mode as the runner exports it in ACTIONS_CACHE_MODE (none, read, write, write-only;
   * unset: read and write), see
   * https://github.blog/changelog/2026-06-26-read-only-actions-cache-for-untrusted-triggers/ .
   * Defaults to the environment's.
   */
  cacheMode?: string | undefined;
  /** Loads the toolkit; defaults to `import('@actions/cache')`. */
  load?: () => Promise<CacheToolkit>;
}

/**
 * The Actions cache, or undefined where there is no cache service (a local run; the toolkit's
 * isFeatureAvailable checks the runner's cache URLs).
 *
 * `saveCache` does not throw when it does not save: it logs and returns -1 when the key exists, when the
 * job's cache is read-only (cache-mode read, or a token with no writable scope: "cache write denied"), or
 * when the upload fails (actions/toolkit packages/cache/src/cache.ts, saveCacheV1/saveCacheV2). So -1
 * is checked, and a lookup tells "another job saved it" from "refused".
 */
export async function openActionsCache(options: ActionsCacheOptions = {}): Promise<ActionsCache | undefined> {
  const cache = await (options.load ?? (() => import('@actions/cache')))();
  if (!cache.isFeatureAvailable()) return undefined;
  const mode = (options.cacheMode ?? process.env['ACTIONS_CACHE_MODE'] ?? '').trim().toLowerCase();
  return {
    description: 'the Actions cache',
    async restore(key, path) {
      // A mode that does not permit reads (none, write-only) is a miss: the toolkit skips the restore.
      return (await cache.restoreCache([path], key, [], { lookupOnly: false })) === key;
    },
    async save(key, path) {
      // The lattice of the toolkit's isCacheWritable (actions/toolkit packages/cache/src/internal/config.ts):
      // none and read do not permit writes; unknown modes do.
      if (mode === 'none' || mode === 'read') {
        return {
          outcome: 'not-saved',
          reason: `this job's cache is read-only (cache-mode '${mode}'; GitHub makes it the default for untrusted triggers such as pull_request_target, issue_comment or a fork's workflow_run). Set 'cache-mode: write' on a job that runs only trusted code to save to the cache.`,
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
      // Not saved: because another job saved this key first (the same entry), or refused. write-only
      // cannot look (reads are not permitted), so it cannot tell.
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
