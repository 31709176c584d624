import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { messageOf } from '@mlops-actions/errors';
import { writeFileAtomic, type OutputTarget } from '@mlops-actions/files';
import { HEX_LENGTH, type Algorithm } from './listing.ts';
import type { DirRecord, ListingMemo } from './select.ts';

/**
 * The stat cache: root-relative path → size, mtime, inode and digest, as DVC keeps its state. A file
 * whose size, mtime and inode are unchanged is taken as unchanged and not read again.
 *
 * Racy entries: a file modified in the same timestamp tick as it was hashed could change again without
 * its mtime moving, so entries whose mtime is within RACY_WINDOW_MS of the start of the run are not
 * stored (the next run reads them again), the way git treats "racily clean" index entries.
 *
 * On disk it is compact and read in one go, the way git keeps its index: one line of JSON (the format,
 * the algorithm, the counts, and the digest of the entries' listing when known, see
 * {@link StatCache.listingDigest}; an optional key, which readers of @4 made before it ignore),
 * then the columns as they sit in memory — sizes, mtimes and inodes as
 * little-endian float64, the paths as UTF-8 each ended by a NUL (no file name holds one), the digests
 * as raw bytes end to end. Loading 20,000 entries is then one read, a few copies and a split, not the
 * parse of a few MB of JSON; and entries are kept in walk order, so a re-hash finds each file at the
 * slot after the previous one without building an index (see {@link StatCache.find}).
 *
 * Since version 4 it also keeps the directory listings of the walks that used it, as git's untracked
 * cache does (select.ts, ListingMemo): per walk (root, lines, excludes, follow-symlinks; several
 * selections may share one cache) and per directory, its mtime, ctime and inode and what the walk took
 * from it. The header holds the walks and their directories; the names follow the digests, UTF-8, each
 * ended by a NUL. A directory's files are, as a rule, entries next to each other in the columns: the
 * header then gives the slot of the first and no name is stored, and a re-hash gets the very strings
 * of the paths column (no names to decode, and each file is found at its slot by identity). A
 * directory modified within RACY_WINDOW_MS of the run's start is not recorded, like a racily clean file.
 */
export const STAT_CACHE_FORMAT = 'mlops-actions/stat-cache@4';
const FORMAT_PREFIX = STAT_CACHE_FORMAT.slice(0, STAT_CACHE_FORMAT.indexOf('@') + 1);
export const RACY_WINDOW_MS = 2000;
/** Walks whose listings a cache keeps, the most recently used first (older ones are dropped). */
export const MAX_WALKS = 8;

export interface StatCacheEntry {
  size: number;
  mtimeMs: number;
  ino: number;
  digest: string;
}

/**
 * The cache in memory: parallel columns (numbers in float64 arrays, grown by doubling) and an index by
 * path built only when needed. Removed slots have an empty path.
 */
export class StatCache {
  readonly paths: string[];
  readonly digests: string[];
  sizes: Float64Array;
  mtimes: Float64Array;
  inodes: Float64Array;
  private byPath: Map<string, number> | undefined;
  private live: number;
  /**
   * The hex digest of the listing of every entry (see digestListing), when it is known: recorded when
   * a run's manifest held exactly the cache's entries, and forgotten by any change of an entry. A
   * re-hash whose files all come from the cache, and are all of its entries, has that listing, so its
   * dataset hash needs no listing text built and hashed again.
   */
  listingDigest: string | undefined;
  /** Directory listings per walk key, then per `${rel}\0${line}` (see listingMemo). */
  readonly walks: Map<string, Map<string, DirRecord>> = new Map();

  /** Takes the columns as they are (paths distinct, all of one length); empty by default. */
  constructor(
    paths: string[] = [],
    sizes = new Float64Array(0),
    mtimes = new Float64Array(0),
    inodes = new Float64Array(0),
    digests: string[] = [],
  ) {
    this.paths = paths;
    this.sizes = sizes;
    this.mtimes = mtimes;
    this.inodes = inodes;
    this.digests = digests;
    this.live = paths.indexOf('') < 0 ? paths.length : paths.filter((p) => p !== '').length;
  }

  /** Path → slot; built on first use (a re-hash in walk order does without, see find). */
  get index(): ReadonlyMap<string, number> {
    return this.indexMap();
  }

  private indexMap(): Map<string, number> {
    if (!this.byPath) {
      const m = new Map<string, number>();
      for (let i = 0; i < this.paths.length; i++) if (this.paths[i] !== '') m.set(this.paths[i]!, i);
      this.byPath = m;
    }
    return this.byPath;
  }

  /** Entries held. */
  get size(): number {
    return this.byPath ? this.byPath.size : this.live;
  }

  /** The slot of `path`: `hint` when that slot holds it (the cheap case, no index needed), else the index's. */
  find(path: string, hint: number): number | undefined {
    if (this.paths[hint] === path && path !== '') return hint;
    return this.indexMap().get(path);
  }

  get(path: string): StatCacheEntry | undefined {
    const i = this.indexMap().get(path);
    return i === undefined ? undefined : { size: this.sizes[i]!, mtimeMs: this.mtimes[i]!, ino: this.inodes[i]!, digest: this.digests[i]! };
  }

  set(path: string, e: StatCacheEntry): void {
    this.listingDigest = undefined;
    const index = this.indexMap();
    let i = index.get(path);
    if (i === undefined) {
      i = this.paths.push(path) - 1;
      index.set(path, i);
      if (i >= this.sizes.length) {
        const grow = (a: Float64Array) => {
          const b = new Float64Array(Math.max(64, a.length * 2));
          b.set(a);
          return b;
        };
        this.sizes = grow(this.sizes);
        this.mtimes = grow(this.mtimes);
        this.inodes = grow(this.inodes);
      }
    }
    this.sizes[i] = e.size;
    this.mtimes[i] = e.mtimeMs;
    this.inodes[i] = e.ino;
    this.digests[i] = e.digest;
  }

  delete(path: string): boolean {
    const index = this.indexMap();
    const i = index.get(path);
    if (i === undefined) return false;
    this.listingDigest = undefined;
    index.delete(path);
    this.paths[i] = '';
    return true;
  }

  /**
   * The listings recorded by the walk `walkKey` (which names the root, lines, excludes and
   * follow-symlinks), for a walk starting at `startedAt` (ms since the epoch) to reuse and record into.
   * Directories not in `volatile` (root-relative; where the caller writes files of its own, whose
   * every write changes them) and older than the racy window are recorded. `commit()` makes this
   * walk's records the cache's (and its walk the most recent) and tells whether they changed.
   */
  listingMemo(walkKey: string, startedAt: number, volatile: ReadonlySet<string> = new Set()): ListingMemo & { commit(): boolean } {
    const old = this.walks.get(walkKey);
    const next = new Map<string, DirRecord>();
    let changed = false;
    return {
      get: (line, rel) => old?.get(`${rel}\0${line}`),
      put: (line, rel, record) => {
        const key = `${rel}\0${line}`;
        // Racily clean: an entry added later within the same timestamp tick would leave the mtime as it is.
        // The ctime too: a folder whose mtime was set back (tar, rsync -a) changed just now all the same.
        const racy = startedAt - RACY_WINDOW_MS;
        if (volatile.has(rel) || record.mtimeMs >= racy || record.ctimeMs >= racy) return;
        if (old?.get(key) !== record) changed = true;
        next.set(key, record);
      },
      commit: () => {
        if (!changed && next.size === (old?.size ?? 0)) return false;
        // This walk first, then the others, most recent first.
        const others = [...this.walks].filter(([k]) => k !== walkKey).slice(0, MAX_WALKS - 1);
        this.walks.clear();
        if (next.size) this.walks.set(walkKey, next);
        for (const [k, v] of others) this.walks.set(k, v);
        return true;
      },
    };
  }
}

export interface LoadedStatCache {
  cache: StatCache;
  /** Why an existing file was ignored (unreadable, another format or algorithm), for a warning. */
  problem?: string | undefined;
}

interface Header {
  format?: unknown;
  algorithm?: unknown;
  count?: unknown;
  pathBytes?: unknown;
  /**
   * [walk key, directories][]; a directory is [line, rel, mtimeMs, ctimeMs, ino, first file's slot or
   * -1 (its paths are then among the names), files, subdirs, links, special].
   */
  walks?: unknown;
  nameBytes?: unknown;
  /** StatCache.listingDigest, when known. */
  listing?: unknown;
}

type DirRow = [string, string, number, number, number, number, number, number, number, number];

export async function loadStatCache(path: string, algorithm: Algorithm): Promise<LoadedStatCache> {
  const cache = new StatCache();
  let buf: Buffer;
  try {
    buf = readFileSync(path); // one read, no round trips through the thread pool
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { cache };
    return { cache, problem: `cannot read the stat cache ${path} (${code ?? messageOf(e)}); hashing every file` };
  }
  const notCache = { cache, problem: `${path} is not a stat cache (format ${STAT_CACHE_FORMAT}); hashing every file and rewriting it` };
  const eol = buf.indexOf(10);
  let h: Header;
  try {
    h = JSON.parse(buf.toString('utf8', 0, eol < 0 ? buf.length : eol)) as Header;
  } catch {
    // An older cache (one JSON document) is just replaced; anything else is worth a warning.
    if (buf.toString('latin1', 0, 256).includes(FORMAT_PREFIX)) return { cache };
    return { cache, problem: `the stat cache ${path} is not valid JSON; hashing every file and rewriting it` };
  }
  if (typeof h?.format === 'string' && h.format !== STAT_CACHE_FORMAT && h.format.startsWith(FORMAT_PREFIX)) return { cache }; // another version
  if (h?.format !== STAT_CACHE_FORMAT || eol < 0) return notCache;
  if (h.algorithm !== algorithm) return { cache }; // another algorithm: start afresh, no need to warn
  const n = h.count;
  const pathBytes = h.pathBytes;
  const hexLength = HEX_LENGTH[algorithm];
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(pathBytes) || (n as number) < 0 || (pathBytes as number) < 0) return notCache;
  const count = n as number;
  const nameBytes = h.nameBytes;
  if (!Number.isSafeInteger(nameBytes) || (nameBytes as number) < 0 || !Array.isArray(h.walks)) return notCache;
  const digestBytes = hexLength / 2;
  const numbers = eol + 1;
  const pathsAt = numbers + count * 24;
  const digestsAt = pathsAt + (pathBytes as number);
  const namesAt = digestsAt + count * digestBytes;
  if (buf.length !== namesAt + (nameBytes as number)) return notCache;
  // One copy into aligned memory (a Buffer's offset need not be a multiple of 8), read as float64s.
  const columns = new Float64Array(count * 3);
  new Uint8Array(columns.buffer).set(buf.subarray(numbers, pathsAt));
  const paths = count ? buf.toString('utf8', pathsAt, digestsAt - 1).split('\0') : [];
  if (paths.length !== count || (count && buf[digestsAt - 1] !== 0)) return notCache;
  const hex = buf.toString('hex', digestsAt);
  const digests = new Array<string>(count);
  for (let i = 0; i < count; i++) digests[i] = hex.slice(i * hexLength, (i + 1) * hexLength);
  const le = littleEndian(columns);
  const loaded = new StatCache(paths, le.slice(0, count), le.slice(count, 2 * count), le.slice(2 * count), digests);
  if (!readWalks(loaded, h.walks as unknown[], paths, buf, namesAt)) return notCache;
  if (h.listing !== undefined) {
    if (typeof h.listing !== 'string' || h.listing.length !== hexLength || !/^[0-9a-f]*$/.test(h.listing)) return notCache;
    loaded.listingDigest = h.listing;
  }
  return { cache: loaded };
}

/** Fills cache.walks from the header's walks, the paths column and the names section; false when they do not fit. */
function readWalks(cache: StatCache, walks: unknown[], paths: string[], buf: Buffer, namesAt: number): boolean {
  const names = buf.length > namesAt ? buf.toString('utf8', namesAt, buf.length - 1).split('\0') : [];
  if (buf.length > namesAt && buf[buf.length - 1] !== 0) return false;
  let at = 0;
  const take = (k: unknown): string[] | undefined => {
    if (!Number.isSafeInteger(k) || (k as number) < 0 || at + (k as number) > names.length) return undefined;
    at += k as number;
    return names.slice(at - (k as number), at);
  };
  for (const w of walks) {
    if (!Array.isArray(w) || typeof w[0] !== 'string' || !Array.isArray(w[1])) return false;
    const dirs = new Map<string, DirRecord>();
    for (const row of w[1] as unknown[]) {
      if (!Array.isArray(row) || row.length !== 10) return false;
      const [line, rel, mtimeMs, ctimeMs, ino, first, count] = row as DirRow;
      if (typeof line !== 'string' || typeof rel !== 'string' || ![mtimeMs, ctimeMs, ino].every((x) => typeof x === 'number')) return false;
      if (!Number.isSafeInteger(first) || !Number.isSafeInteger(count) || first < -1 || count < 0 || first + count > paths.length)
        return false;
      const files = first >= 0 ? paths.slice(first, first + count) : take(count);
      const subdirs = take(row[7]);
      const links = take(row[8]);
      const special = take(row[9]);
      if (!files || !subdirs || !links || !special) return false;
      dirs.set(`${rel}\0${line}`, { mtimeMs, ctimeMs, ino, files, subdirs, links, special });
    }
    cache.walks.set(w[0], dirs);
  }
  return at === names.length;
}

/** Writes the cache atomically, live entries in slot order. */
export async function saveStatCache(path: string, algorithm: Algorithm, cache: StatCache, target: OutputTarget = {}): Promise<void> {
  const live: number[] = [];
  for (let i = 0; i < cache.paths.length; i++) if (cache.paths[i] !== '') live.push(i);
  const n = live.length;
  const columns = new Float64Array(n * 3);
  const digestBytes = HEX_LENGTH[algorithm] / 2;
  const digests = Buffer.allocUnsafe(n * digestBytes);
  let names = '';
  for (let j = 0; j < n; j++) {
    const i = live[j]!;
    columns[j] = cache.sizes[i]!;
    columns[n + j] = cache.mtimes[i]!;
    columns[2 * n + j] = cache.inodes[i]!;
    names += `${cache.paths[i]}\0`;
    if (digests.write(cache.digests[i]!, j * digestBytes, digestBytes, 'hex') !== digestBytes) {
      throw new Error(`the stat cache entry of '${cache.paths[i]}' holds an invalid ${algorithm} digest`);
    }
  }
  const pathBytes = Buffer.byteLength(names, 'utf8');
  // The listings: their numbers in the header, their names after the digests; a directory's files by
  // the slot of the first when they are entries next to each other, in order.
  const walks: [string, DirRow[]][] = [];
  let dirNames = '';
  const savedSlot = new Map<string, number>();
  if (cache.walks.size) for (let j = 0; j < n; j++) savedSlot.set(cache.paths[live[j]!]!, j);
  for (const [key, dirs] of cache.walks) {
    const rows: DirRow[] = [];
    for (const [k, d] of dirs) {
      const cut = k.indexOf('\0'); // a name holds no NUL
      let first = d.files.length ? (savedSlot.get(d.files[0]!) ?? -1) : -1;
      for (let t = 1; first >= 0 && t < d.files.length; t++) if (cache.paths[live[first + t] ?? -1] !== d.files[t]) first = -1;
      const lists = first >= 0 ? [d.subdirs, d.links, d.special] : [d.files, d.subdirs, d.links, d.special];
      rows.push([
        k.slice(cut + 1),
        k.slice(0, cut),
        d.mtimeMs,
        d.ctimeMs,
        d.ino,
        first,
        d.files.length,
        d.subdirs.length,
        d.links.length,
        d.special.length,
      ]);
      for (const list of lists) for (const name of list) dirNames += `${name}\0`;
    }
    walks.push([key, rows]);
  }
  const nameBytes = Buffer.byteLength(dirNames, 'utf8');
  const listing = cache.listingDigest;
  const header = `${JSON.stringify({ format: STAT_CACHE_FORMAT, algorithm, count: n, pathBytes, nameBytes, walks, ...(listing ? { listing } : {}) })}\n`;
  const numbers = littleEndian(columns);
  await writeFileAtomic(
    path,
    [header, new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength), names, digests, dirNames],
    target,
  );
}

/** The same float64s in little-endian byte order (a no-op on the little-endian machines runners are). */
function littleEndian(a: Float64Array): Float64Array {
  if (endianness() === 'LE') return a;
  const out = new Float64Array(a.length);
  const v = new DataView(a.buffer, a.byteOffset, a.byteLength);
  const w = new DataView(out.buffer);
  for (let i = 0; i < a.length; i++) w.setFloat64(i * 8, v.getFloat64(i * 8, true));
  return out;
}
