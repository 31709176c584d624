/**
 * What the registry logic needs from where the registry lives. Two backends implement it: a branch of
 * a git repository (git.ts) and a local directory (file-backend.ts). Both hold the same layout.
 */

/** A consistent view of the registry at one point (one commit of the branch, or the directory under its lock). */
export interface Snapshot {
  /** The commit the view is of (git), or undefined (file: or a branch that does not exist yet). */
  readonly revision: string | undefined;
  readText(path: string): Promise<string | undefined>;
  readBuffer(path: string): Promise<Buffer | undefined>;
  /** Streams a stored file to `dest`; false when there is no such file. */
  exportFile(path: string, dest: string): Promise<boolean>;
  /** Optional hint: these paths will be read (git fetches their blobs in one round trip). */
  prefetch?(paths: string[]): Promise<void>;
}

/**
 * One file to write. `source` files (model files stored in the registry) are copied from disk and
 * verified against `sha256` by the backend before anything is committed.
 */
export type Change = { path: string; data: string | Buffer } | { path: string; source: string; sha256: string; size: number };

export interface ChangeSet {
  /**
   * Written in this order; the last ones are the commit point for a file: registry (the model's
   * index.json goes after the cards and files it points at).
   */
  changes: Change[];
  message: string;
  /** An annotated tag to push with the commit (git only), pointing at `target` (a commit of the repository) or the new registry commit. */
  tag?:
    | {
        name: string;
        target?: string | undefined;
        message: string;
        /**
         * GTO's counted tags (`<artifact>#<stage>#<n>`, `<artifact>#<stage>!#<n>`, `<artifact>@v<version>!#<n>`):
         * `name` is the tag without its counter, and the backend appends `#<n>`, one above the highest
         * counter among this artifact's tags on the remote (iterative/gto, gto/tag.py `name_tag`).
         */
        counterOf?: string | undefined;
      }
    | undefined;
}

export interface UpdateOutcome<T> {
  result: T;
  /** The commit written (git), when something was written. */
  revision?: string | undefined;
  /** The tag pushed, or found already there pointing at the same object. */
  tag?: string | undefined;
}

export interface Backend {
  readonly kind: 'git' | 'file';
  /** The registry's URI, for cards and messages. */
  readonly uri: string;
  /** Where a path of the layout is, for messages (e.g. "models/x/index.json on branch mlops-registry of origin"). */
  describe(path: string): string;
  /** A fresh view (git: one fetch of the branch). */
  read(): Promise<Snapshot>;
  /**
   * Runs `attempt` on a fresh view and writes what it returns, all or nothing. When another writer got
   * in first (a rejected push), it takes a fresh view and runs `attempt` again, with jittered backoff
   * and a bounded number of attempts. `attempt` returns no change set when there is nothing to write.
   * An `initial` view (just read) saves the first fetch.
   */
  update<T>(
    attempt: (s: Snapshot) => Promise<{ changeSet?: ChangeSet | undefined; result: T }>,
    initial?: Snapshot,
  ): Promise<UpdateOutcome<T>>;
  close(): Promise<void>;
}

export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 12, baseMs: 100, maxMs: 4000 };

/**
 * "Equal jitter" exponential backoff: half the exponential delay plus a random half, so contenders
 * spread out without any of them retrying at once.
 */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
