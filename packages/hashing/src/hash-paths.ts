import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { type Logger, UserError } from '@mlops-actions/errors';
import type { OutputTarget } from '@mlops-actions/files';
import {
  type Algorithm,
  ALGORITHMS,
  HEX_LENGTH,
  bytewiseOrder,
  compareBytewise,
  digestListing,
  isAlgorithm,
  quotePath,
} from './listing.ts';
import { buildManifest, type DatasetManifest, type ManifestEntry } from './manifest.ts';
import {
  BUFFER_SIZE,
  type BatchResult,
  DigestPool,
  FileReadError,
  defaultConcurrency,
  hashFileOverlapped,
  hashFileSync,
  openFlags,
  pathPrefix,
  statFileSync,
  workingDirectory,
} from './pool.ts';
import { walkSelection, type WalkReport } from './select.ts';
import { RACY_WINDOW_MS, type StatCache, loadStatCache, saveStatCache } from './stat-cache.ts';
import { assignShards, selectionId, type ShardInfo, type ShardSpec } from './shards.ts';

export interface HashPathsOptions {
  /** Directory the paths are relative to (the workspace); nothing outside it is read. */
  root: string;
  /** Files, directories and globs, relative to root; a line starting with '!' excludes. */
  paths: readonly string[];
  /** Globs to leave out (a pattern without '/' matches a name at any depth). */
  exclude?: readonly string[] | undefined;
  algorithm?: Algorithm | undefined;
  /** Follow symbolic links (they must stay inside root); false skips them. Default false. */
  followSymlinks?: boolean | undefined;
  /** Path of a stat cache file to read and update; unchanged files are not read again. */
  statCache?: string | undefined;
  /** How to name the stat cache in an error (the input and the path as the user gave it). */
  statCacheTarget?: OutputTarget | undefined;
  /** Hashing threads, the main thread included; default: one per core. */
  concurrency?: number | undefined;
  /** Name of the action input the paths came from, for error messages. */
  input?: string | undefined;
  /** Name of the action input the exclude patterns came from, for error messages. */
  excludeInput?: string | undefined;
  /** Where a warning a user should see goes (e.g. an unusable stat cache). */
  log?: Logger | undefined;
  /**
   * Hash only this shard's share of the selection (see shards.ts) and return a partial manifest
   * (`shard` set): the whole selection is walked and stat'ed, only this shard's files are read.
   */
  shard?: ShardSpec | undefined;
  /**
   * Entries in the stat cache from which the stats are shared with the worker pool rather than done on
   * the main thread alone (default {@link PARALLEL_STAT_FROM}; tests lower it).
   */
  parallelStatFrom?: number | undefined;
  /**
   * Files of the action's own (its manifest, its stat cache) left out of the walk but not recorded in
   * the manifest's `selection`, so a manifest's bytes do not depend on where it is written.
   */
  ownFiles?: readonly string[] | undefined;
}

/** Files per batch sent to a worker, once the walk is under way (smaller at first, to start early). */
const MAX_BATCH = 256;
/** The smallest batch at the end of a selection (a few milliseconds of work at most). */
const MIN_TAIL_BATCH = 8;
/** How long the walk may hold the main thread before it lets worker replies in (ms). */
const WALK_SLICE_MS = 4;
/**
 * Work small enough to do on the main thread: starting the workers costs tens of milliseconds and
 * some memory, more than hashing a few small files (or one big file, which only one core can hash).
 */
const INLINE_MAX_FILES = 64;
const INLINE_MAX_BYTES = 64 * 1024 * 1024;
/**
 * Cache entries from which a re-hash shares its stats with worker threads. A worker takes ~30 ms of
 * CPU and wall time to start (measured on a 2-core runner), and a file costs the main thread ~2.3 µs
 * there (its lstat, with the directory listings taken from the cache): by the time a worker is up the
 * main thread has done some 13,000 files, and the worker's share of the rest must pay for its start,
 * its messages and its teardown at exit. At 20,000 files it does not: the whole re-hash process took
 * 112 ms (median of 15) with the main thread alone against 123 ms with a worker, and 131 ms of CPU
 * against 172 (the 20,000 × 50 KiB tree of test/bench/hashing.bench.ts, runs interleaved, load average
 * 5). At 200,000 files (1 KiB each) the two were level (1.13 s and 1.14 s median of 7, load average 8;
 * 824 ms and 923 ms best). Nothing was measured in between: 32,768 is where the main thread alone would
 * take about as long again as a worker's start, a bound, not a measured crossover.
 */
export const PARALLEL_STAT_FROM = 32_768;
/** Files per stat batch: a few milliseconds of work, so the threads finish close together. */
const STAT_BATCH = 512;

/** Per file, in walk order: path, size, digest, and mtime and inode when a stat cache is kept. */
class Files {
  readonly paths: string[] = [];
  readonly sizes: number[] = [];
  readonly digests: string[] = [];
  readonly mtimes: number[] = [];
  readonly inodes: number[] = [];
}

/**
 * Hashes the files that `paths` select under `root` and returns their manifest. The dataset hash is
 * the digest of the `sha256sum` listing of the files sorted bytewise by path (see digestListing), so
 * `find … -type f | LC_ALL=C sort | xargs -d '\n' sha256sum | sha256sum` reproduces it.
 *
 * How the work is spread:
 * - a few files (or one big one) are hashed on the main thread;
 * - otherwise the walk runs on the main thread and hands batches to a pool of worker threads (one per
 *   core) as it goes, so hashing starts with the first directory and the walk hides behind it;
 * - with a stat cache, the main thread stats each file it finds; unchanged ones take their digest from
 *   the cache, and only the others are read (on the main thread or the pool, by the rule above). The
 *   walk takes the listing of each unchanged directory from the cache too (git's untracked cache, see
 *   select.ts), so a re-hash of an unchanged tree is one stat per directory and per file; from
 *   PARALLEL_STAT_FROM entries the file stats are shared with a worker. When every file came from
 *   the cache and they are all of its entries, the dataset hash is the one the cache recorded for
 *   them (StatCache.listingDigest), not the digest of a listing built again;
 * - the file calls (lstat, open) name the files relative to the working directory when the root is
 *   in it, as it is in an action (see pathPrefix).
 */
export async function hashPaths(o: HashPathsOptions): Promise<DatasetManifest> {
  const started = performance.now();
  const startedAt = Date.now();
  const algorithm = o.algorithm ?? 'sha256';
  if (!isAlgorithm(algorithm)) {
    throw new UserError(`unknown algorithm '${String(algorithm)}'`, { fix: `Use one of ${ALGORITHMS.join(', ')}` });
  }
  const root = resolve(o.root);
  // The file calls name paths relative to the working directory when the root is under it (shorter
  // lookups for the kernel, see pathPrefix); the walk keeps absolute ones.
  const cwd = workingDirectory();
  const prefix = pathPrefix(root, cwd);
  const follow = o.followSymlinks ?? false;
  const concurrency = o.concurrency ?? defaultConcurrency();

  let cache: StatCache | undefined;
  if (o.statCache) {
    const loaded = await loadStatCache(o.statCache, algorithm);
    if (loaded.problem) o.log?.warning(loaded.problem);
    cache = loaded.cache;
  }
  const withStat = cache !== undefined;

  const files = new Files();
  let cacheHits = 0;
  const report: WalkReport = { skippedSymlinks: [], skippedSpecial: [] };
  const walkExclude = o.ownFiles?.length ? [...(o.exclude ?? []), ...o.ownFiles] : o.exclude;
  // With a stat cache, the listings of unchanged directories come from it (see select.ts): the walk is
  // keyed by everything that decides what it takes. The folders our own files are written to change
  // with every write, so they are always listed afresh.
  const listings = cache?.listingMemo(
    JSON.stringify([root, o.paths, walkExclude ?? [], follow]),
    startedAt,
    new Set((o.ownFiles ?? []).map((f) => (f.includes('/') ? f.slice(0, f.lastIndexOf('/')) : ''))),
  );
  const walk = walkSelection(
    { root, paths: o.paths, exclude: walkExclude, followSymlinks: follow, input: o.input, excludeInput: o.excludeInput, listings },
    report,
  );

  let pool: DigestPool | undefined;
  // Files read this run (indices into files), whose stat cache entries are to be written.
  let hashedNow: readonly number[] | undefined;
  // Sharded: this shard's files (indices into files, sorted by path) and what it records of the whole.
  let mine: number[] | undefined;
  let shardInfo: ShardInfo | undefined;
  let statSizes: number[] | undefined;
  try {
    if (o.shard) {
      // Every shard walks and stats the whole selection (a stat costs far less than a read) and
      // computes the same assignment; it reads only its own files.
      for (const group of walk) for (const rel of group) files.paths.push(rel);
      files.paths.sort(compareBytewise);
      const n = files.paths.length;
      statSizes = new Array<number>(n);
      // mtime and inode only for a stat cache; a Stats object per file would be heavy for 10^5 files.
      const mtimes = cache ? new Float64Array(n) : undefined;
      const inodes = cache ? new Float64Array(n) : undefined;
      let total = 0;
      for (let k = 0; k < n; k++) {
        const st = fs.statSync(prefix + files.paths[k]!, { throwIfNoEntry: false });
        if (!st) throw new FileReadError(files.paths[k]!, 'ENOENT', 'gone');
        statSizes[k] = st.size;
        total += st.size;
        if (mtimes) {
          mtimes[k] = st.mtimeMs;
          inodes![k] = st.ino;
        }
      }
      const owner = assignShards(files.paths, statSizes, o.shard.count);
      mine = [];
      for (let k = 0; k < n; k++) if (owner[k] === o.shard.index) mine.push(k);
      shardInfo = { index: o.shard.index, count: o.shard.count, selection: selectionId(files.paths, statSizes), files: n, bytes: total };
      const misses: number[] = [];
      let missBytes = 0;
      let hint = 0;
      for (const k of mine) {
        const c = cache?.find(files.paths[k]!, hint);
        if (c !== undefined) hint = c + 1;
        const size = statSizes[k]!;
        if (c !== undefined && size === cache!.sizes[c] && mtimes![k] === cache!.mtimes[c] && inodes![k] === cache!.inodes[c]) {
          files.sizes[k] = size;
          files.digests[k] = cache!.digests[c]!;
          cacheHits++;
        } else {
          misses.push(k);
          missBytes += size;
        }
      }
      if (cache) hashedNow = misses;
      if (misses.length) {
        if (misses.length <= INLINE_MAX_FILES && (missBytes <= INLINE_MAX_BYTES || misses.length === 1)) {
          await hashInline(files, misses, prefix, algorithm, follow, withStat);
        } else {
          pool = new DigestPool({ algorithm, root, prefix, concurrency, noFollow: !follow, stat: withStat });
          await hashOnPool(pool, files, misses);
        }
      }
    } else if (cache?.size) {
      // Stat cache: stat each file the cache knows (a stat is far cheaper than a read), read only the
      // others. With a big cache the pool starts now, before the walk: the main thread stats as it
      // walks until a worker is up, then batches of stats go to whichever thread is free, the main
      // thread included, the way git refreshes its index with parallel lstat.
      if (cache.size >= (o.parallelStatFrom ?? PARALLEL_STAT_FROM) && concurrency > 1)
        pool = new DigestPool({ algorithm, root, prefix, concurrency, noFollow: !follow, stat: withStat });
      const { misses, missBytes, hits } = await statAgainstCache(files, cache, walk, prefix, follow, pool);
      cacheHits = hits;
      hashedNow = misses;
      if (misses.length) {
        if (misses.length <= INLINE_MAX_FILES && (missBytes <= INLINE_MAX_BYTES || misses.length === 1)) {
          await hashInline(files, misses, prefix, algorithm, follow, withStat);
        } else {
          pool ??= new DigestPool({ algorithm, root, prefix, concurrency, noFollow: !follow, stat: withStat });
          await hashOnPool(pool, files, misses);
        }
      }
    } else {
      // Walk until the selection is known to be small (the walk ends first: hashed on the main thread)
      // or not (more than INLINE_MAX_FILES files: the pool starts at once, with the first directory
      // that big, and the rest of the walk feeds it). No time limit: on a busy machine a slow first
      // step would otherwise start worker threads for a single file.
      // (next() by hand: leaving a for-of early would close the generator.)
      let done = false;
      while (files.paths.length <= INLINE_MAX_FILES) {
        const step = walk.next();
        if (step.done) {
          done = true;
          break;
        }
        for (const rel of step.value) files.paths.push(rel);
      }
      const all = () => files.paths.map((_, k) => k);
      if (
        done &&
        files.paths.length <= INLINE_MAX_FILES &&
        (files.paths.length <= 1 || totalSize(files.paths, prefix) <= INLINE_MAX_BYTES)
      ) {
        await hashInline(files, all(), prefix, algorithm, follow, withStat);
      } else {
        pool = new DigestPool({ algorithm, root, prefix, concurrency, noFollow: !follow, stat: withStat });
        await streamToPool(pool, files, walk);
      }
      if (cache) hashedNow = all();
    }
  } catch (e) {
    if (e instanceof FileReadError) throw readError(e);
    throw e;
  } finally {
    pool?.close();
  }

  // Relative paths were read from the working directory of the start: had the process changed it
  // meanwhile (an action never does; a program using this package might), other files were read.
  if (!isAbsolute(prefix) && workingDirectory() !== cwd)
    throw new Error(`the working directory changed while hashing ${root} (from ${cwd} to ${workingDirectory()}): hash again`);

  // Sort by path, bytewise. The walk's order is nearly sorted, so this is close to linear.
  const { paths, sizes, digests } = files;
  let order: number[];
  if (mine) {
    order = mine; // already sorted
    for (const k of mine) {
      if (sizes[k] !== statSizes![k])
        throw readError(new FileReadError(paths[k]!, 'ECHANGED', `its size went from ${statSizes![k]} to ${sizes[k]} bytes`));
    }
  } else {
    order = bytewiseOrder(paths);
  }
  const entries: ManifestEntry[] = new Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const k = order[i]!;
    entries[i] = { path: paths[k]!, size: sizes[k]!, digest: digests[k]! };
  }

  // Every file came from the stat cache and they are all of its entries: the listing is the one whose
  // digest the cache recorded, if it did (no listing text to build and hash again).
  const known = cache && !mine && cacheHits === entries.length && entries.length === cache.size ? cache.listingDigest : undefined;
  const listingDigest = known ?? digestListing(entries, algorithm);

  if (cache && o.statCache) {
    const listed = listings!.commit();
    const listing = mine ? undefined : { entries, digest: listingDigest };
    await updateStatCache(o.statCache, algorithm, cache, files, hashedNow ?? [], startedAt, listed, listing, o.statCacheTarget);
  }

  const manifest = buildManifest(
    algorithm,
    entries,
    {
      paths: [...o.paths],
      exclude: [...(o.exclude ?? [])],
      followSymlinks: follow,
    },
    listingDigest,
  );
  if (shardInfo) manifest.shard = shardInfo;
  manifest.stats = {
    cacheHits,
    hashed: entries.length - cacheHits,
    skippedSymlinks: report.skippedSymlinks.sort(compareBytewise),
    skippedSpecial: report.skippedSpecial.sort(compareBytewise),
    elapsedMs: performance.now() - started,
  };
  return manifest;
}

function totalSize(paths: readonly string[], prefix: string): number {
  let total = 0;
  for (const rel of paths) total += fs.statSync(prefix + rel, { throwIfNoEntry: false })?.size ?? 0;
  return total;
}

/**
 * Walks the selection, and stats every file the cache holds an entry for (on the main thread as it
 * walks, and once a worker of `pool` is up, on whichever thread is free) and compares size, mtime and
 * inode.
 * Hits take their digest from the cache; the misses (not in the cache, changed, or no longer a regular
 * file) are returned in walk order, to be read.
 */
async function statAgainstCache(
  files: Files,
  cache: StatCache,
  walk: Generator<string[], void, void>,
  prefix: string,
  follow: boolean,
  pool: DigestPool | undefined,
): Promise<{ misses: number[]; missBytes: number; hits: number }> {
  const misses: number[] = [];
  let missBytes = 0;
  let hits = 0;
  const { sizes, mtimes, inodes, digests } = cache;
  // Compares the stats of files ks (meta as statFileSync fills it) with their cache slots.
  const check = (ks: readonly number[], slots: readonly number[], meta: Float64Array) => {
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i]!;
      const c = slots[i]!;
      const size = meta[i * 3]!;
      if (size === sizes[c] && meta[i * 3 + 1] === mtimes[c] && meta[i * 3 + 2] === inodes[c]) {
        files.sizes[k] = size;
        files.digests[k] = digests[c]!;
        hits++;
      } else {
        misses.push(k);
        missBytes += size >= 0 ? size : BUFFER_SIZE;
      }
    }
  };
  const jobs: Promise<void>[] = [];
  let ks: number[] = [];
  let slots: number[] = [];
  let names: string[] = [];
  const meta = new Float64Array(STAT_BATCH * 3);
  const flush = () => {
    if (!ks.length) return;
    if (pool?.started) {
      const [bks, bslots] = [ks, slots];
      jobs.push(pool.submitStat(names).then((r) => check(bks, bslots, r.meta)));
    } else {
      // No worker up yet (it takes tens of milliseconds to start): the main thread stats as it walks.
      for (let i = 0; i < names.length; i++) statFileSync(fs, prefix + names[i]!, !follow, meta, i);
      check(ks, slots, meta);
    }
    ks = [];
    slots = [];
    names = [];
  };
  // The cache is in walk order: each file is looked for at the slot after the previous one's.
  let hint = 0;
  let slice = performance.now();
  for (const group of walk) {
    if (files.paths.length > CAP_YOUNG_GENERATION_AFTER) capYoungGeneration();
    for (const rel of group) {
      const k = files.paths.push(rel) - 1;
      const c = cache.find(rel, hint);
      if (c === undefined) {
        misses.push(k);
        missBytes += BUFFER_SIZE;
        continue;
      }
      hint = c + 1;
      ks.push(k);
      slots.push(c);
      names.push(rel);
      if (ks.length === STAT_BATCH) flush();
    }
    // Let the workers' start-up and replies in now and then.
    if (pool && performance.now() - slice > WALK_SLICE_MS) {
      await yieldToLoop();
      slice = performance.now();
    }
  }
  flush();
  if (pool) {
    // The walk is done: the main thread takes its share of the batches still queued.
    while (pool.runQueuedOnMain()) await yieldToLoop();
    await settleAll(jobs);
  }
  // Batches are checked after later files were already found missing (and come back in any order):
  // the misses go back in walk order.
  misses.sort((a, b) => a - b);
  return { misses, missBytes, hits };
}

/** Hashes files[k] for each k on the main thread. */
async function hashInline(
  files: Files,
  ks: readonly number[],
  prefix: string,
  algorithm: Algorithm,
  follow: boolean,
  withStat: boolean,
): Promise<void> {
  const buf = Buffer.allocUnsafe(BUFFER_SIZE);
  const flags = openFlags(fs, !follow);
  const meta = new Float64Array(3);
  for (const k of ks) {
    const rel = files.paths[k]!;
    meta.fill(0);
    try {
      const st = fs.statSync(prefix + rel, { throwIfNoEntry: false });
      files.digests[k] =
        st && st.size > BUFFER_SIZE
          ? await hashFileOverlapped(prefix + rel, flags, algorithm, meta)
          : hashFileSync(fs, crypto, prefix + rel, flags, buf, algorithm, withStat, meta, 0);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      throw new FileReadError(rel, err.code ?? 'EUNKNOWN', err.message);
    }
    files.sizes[k] = meta[0]!;
    files.mtimes[k] = meta[1]!;
    files.inodes[k] = meta[2]!;
  }
}

function storeBatch(files: Files, ks: readonly number[], r: BatchResult, hexLength: number): void {
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i]!;
    files.digests[k] = r.digests.slice(i * hexLength, (i + 1) * hexLength);
    files.sizes[k] = r.meta[i * 3]!;
    files.mtimes[k] = r.meta[i * 3 + 1]!;
    files.inodes[k] = r.meta[i * 3 + 2]!;
  }
}

/** Hashes the given files (indices into `files`) on the pool, in batches. */
async function hashOnPool(pool: DigestPool, files: Files, ks: readonly number[]): Promise<void> {
  const hexLength = HEX_LENGTH[pool.algorithm];
  const jobs: Promise<void>[] = [];
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(ks.length / (pool.threads * 4))));
  for (let i = 0; i < ks.length; i += size) {
    const part = ks.slice(i, i + size);
    jobs.push(pool.submit(part.map((k) => files.paths[k]!)).then((r) => storeBatch(files, part, r, hexLength)));
  }
  // The main thread takes its share of the batches (yielding between them so replies come in).
  while (pool.runQueuedOnMain()) await yieldToLoop();
  await settleAll(jobs);
}

/**
 * Hands what the walk has found so far, and then the rest of the walk, to the pool in batches, letting
 * replies in every few milliseconds.
 */
async function streamToPool(pool: DigestPool, files: Files, walk: Generator<string[], void, void>): Promise<void> {
  const hexLength = HEX_LENGTH[pool.algorithm];
  const jobs: Promise<void>[] = [];
  let failure: unknown;
  let batchStart = 0;
  const flush = (end: number) => {
    if (end <= batchStart) return;
    const start = batchStart;
    batchStart = end;
    const names = files.paths.slice(start, end);
    const p = pool.submit(names).then(
      (r) => storeBatch(files, rangeOf(start, end), r, hexLength),
      (e: unknown) => {
        failure ??= e;
      },
    );
    jobs.push(p);
  };
  // Batches grow from 16 files to MAX_BATCH: the first ones get every worker busy at once. While the
  // walk goes on, only a few wait in the queue: the rest is cut when the walk is done, see below.
  const batchFor = (n: number) => Math.min(MAX_BATCH, 16 + (n >> 3));
  const ahead = pool.threads * 2;
  const cut = () => {
    while (pool.queued < ahead && files.paths.length - batchStart >= batchFor(batchStart)) flush(batchStart + batchFor(batchStart));
  };
  cut();
  let slice = performance.now();
  for (const group of walk) {
    for (const rel of group) files.paths.push(rel);
    if (files.paths.length > CAP_YOUNG_GENERATION_AFTER) capYoungGeneration();
    cut();
    if (failure) break;
    if (performance.now() - slice > WALK_SLICE_MS) {
      await yieldToLoop();
      slice = performance.now();
    }
  }
  // The walk is done, so what is left is known: batches shrink with it (a share of what is left per
  // thread, halved), so the threads run out of work together instead of one waiting while another
  // finishes a big last batch.
  while (!failure && batchStart < files.paths.length) {
    const left = files.paths.length - batchStart;
    flush(batchStart + Math.min(left, MAX_BATCH, Math.max(MIN_TAIL_BATCH, Math.ceil(left / (pool.threads * 2)))));
  }
  // The main thread takes its share of the batches still queued.
  while (!failure && pool.runQueuedOnMain()) await yieldToLoop();
  await Promise.all(jobs);
  if (failure) throw failure;
}

const CAP_YOUNG_GENERATION_AFTER = 50_000;
let youngGenerationCapped = false;

/**
 * Stops V8 from growing its young generation any further. With hundreds of thousands of files most of
 * what the main thread allocates (paths, digests) survives, and V8 answers a high survival rate by
 * growing the young generation up to 64 MB semi-spaces, more than the data itself: 200,000 files peaked
 * at 333 MB of RSS, 151 MB with the cap. The flag is read whenever V8 considers growing, so setting it
 * at run time takes effect (Node keeps V8 flags writable); the price is more scavenges, a few percent of
 * CPU, paid only by selections this large.
 */
function capYoungGeneration(): void {
  if (youngGenerationCapped) return;
  youngGenerationCapped = true;
  // node:v8 is loaded only here: most runs never need it, and every module loaded costs start-up time.
  process.getBuiltinModule('node:v8').setFlagsFromString('--semi-space-growth-factor=1');
}

function rangeOf(start: number, end: number): number[] {
  const r: number[] = new Array(end - start);
  for (let i = 0; i < r.length; i++) r[i] = start + i;
  return r;
}

/** Waits for every job, then throws the first failure (so no rejection is left unhandled). */
async function settleAll(jobs: Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(jobs);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Records the files read this run (racily clean ones excepted), and the digest of this run's listing
 * when the cache then holds exactly its entries (not for a shard's share), and writes the cache if it
 * changed (`dirty`: it did already, e.g. its listings).
 */
async function updateStatCache(
  path: string,
  algorithm: Algorithm,
  cache: StatCache,
  files: Files,
  ks: readonly number[],
  startedAt: number,
  dirty: boolean,
  listing: { entries: readonly ManifestEntry[]; digest: string } | undefined,
  target?: OutputTarget,
): Promise<void> {
  for (const k of ks) {
    const p = files.paths[k]!;
    const mtimeMs = files.mtimes[k]!;
    // Racily clean entries are left out: the next run reads those files again.
    if (mtimeMs < startedAt - RACY_WINDOW_MS) {
      cache.set(p, { size: files.sizes[k]!, mtimeMs, ino: files.inodes[k]!, digest: files.digests[k]! });
      dirty = true;
    } else if (cache.delete(p)) dirty = true;
  }
  if (listing && cache.listingDigest !== listing.digest && holdsExactly(cache, listing.entries)) {
    cache.listingDigest = listing.digest;
    dirty = true;
  }
  if (dirty) await saveStatCache(path, algorithm, cache, target);
}

/** Whether the cache's entries are `entries` (distinct paths), with the same digests. */
function holdsExactly(cache: StatCache, entries: readonly ManifestEntry[]): boolean {
  if (cache.size !== entries.length) return false;
  let hint = 0;
  for (const e of entries) {
    const c = cache.find(e.path, hint);
    if (c === undefined || cache.digests[c] !== e.digest) return false;
    hint = c + 1;
  }
  return true;
}

function readError(e: FileReadError): UserError {
  const rel = e.path;
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return new UserError(`cannot read ${quotePath(rel)}: permission denied`, {
        file: rel,
        fix: 'Make the file readable by the runner user, or exclude it',
      });
    case 'ENOENT':
      return new UserError(`${quotePath(rel)} disappeared while the data was hashed`, {
        file: rel,
        fix: 'Do not change the data while data-hash runs',
      });
    case 'ELOOP':
      return new UserError(`${quotePath(rel)} became a symbolic link while the data was hashed`, {
        file: rel,
        fix: 'Do not change the data while data-hash runs',
      });
    case 'ECHANGED':
      return new UserError(`${quotePath(rel)} changed while it was hashed: ${e.message}`, {
        file: rel,
        fix: 'Do not change the data while data-hash runs',
      });
    default:
      return new UserError(`cannot read ${quotePath(rel)}: the file system answered ${e.code} (${e.message})`, {
        file: rel,
        fix: 'Check the disk or file system the data is on, or exclude the file',
      });
  }
}
