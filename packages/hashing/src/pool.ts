import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { availableParallelism } from 'node:os';
import { sep } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Algorithm } from './listing.ts';

/**
 * Hashes files on one thread per core, in one process (no child processes to start, no pipes): worker
 * threads, plus the main thread, which takes queued batches once it has nothing else to do.
 *
 * Each thread reads with synchronous calls into one reused buffer: a small file costs open, one read
 * and close and is digested in one call; a big one is streamed through the same buffer, so memory stays
 * flat whatever the file sizes. Batches travel as one NUL-joined string of root-relative paths and come
 * back as one string of concatenated hex digests plus a Float64Array of sizes (and mtimes and inodes
 * when asked), so a message costs a copy, not an object per file.
 *
 * The worker's source is a plain function turned into a string, so it travels inside whatever bundle
 * imports this package (an action's dist/index.js has no other file to point a Worker at).
 */

/** Thrown for a file a worker could not hash; `path` is root-relative, `code` the errno code. */
export class FileReadError extends Error {
  readonly path: string;
  readonly code: string;
  constructor(path: string, code: string, message: string) {
    super(message);
    this.name = 'FileReadError';
    this.path = path;
    this.code = code;
  }
}

export interface PoolOptions {
  algorithm: Algorithm;
  /** Directory the paths of a batch are relative to. */
  root: string;
  /**
   * What goes before a batch's paths in the file system calls (see {@link pathPrefix}); default: root
   * and a separator.
   */
  prefix?: string | undefined;
  /** Hashing threads, the main thread included (so one worker fewer); default: the number of cores. */
  concurrency?: number | undefined;
  /** Open with O_NOFOLLOW: a file swapped for a link after the walk is refused, not followed. */
  noFollow?: boolean | undefined;
  /** Report mtime and inode (an fstat per file); needed for the stat cache. */
  stat?: boolean | undefined;
}

/** A batch's result: per file size, mtimeMs, ino (zeros without `stat`), and the digests end to end. */
export interface BatchResult {
  meta: Float64Array;
  /** Concatenated hex digests. */
  digests: string;
}

interface Reply extends BatchResult {
  /** The worker's first message: it has started. */
  ready?: true;
  id: number;
  error?: { index: number; code: string; message: string };
}

// Read buffer: files up to this size take the one-read path; bigger ones are streamed through it.
// 512 KiB keeps the data in L2 between the copy from the page cache and the hash.
export const BUFFER_SIZE = 512 * 1024;

type Fs = typeof import('node:fs');
type Crypto = typeof import('node:crypto');

/**
 * Digests one file into `meta[i*3..i*3+2]` (size, mtimeMs, ino; mtime and ino only with `withStat`)
 * and returns the hex digest. Used by the workers and, for small selections, on the main thread.
 * Self-contained (it is stringified into the worker): no references outside its parameters.
 */
export function hashFileSync(
  fs: Fs,
  crypto: Crypto,
  path: string,
  flags: number,
  buf: Buffer,
  algorithm: string,
  withStat: boolean,
  meta: Float64Array,
  i: number,
): string {
  const fd = fs.openSync(path, flags);
  try {
    let size = -1;
    if (withStat) {
      const st = fs.fstatSync(fd);
      if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
      size = st.size;
      meta[i * 3 + 1] = st.mtimeMs;
      meta[i * 3 + 2] = st.ino;
    }
    let got = fs.readSync(fd, buf, 0, buf.length, null);
    if (got < buf.length && (size === -1 || got === size)) {
      // The whole file in one read: a short read of a regular file is its end.
      meta[i * 3] = got;
      return crypto.hash(algorithm, buf.subarray(0, got), 'hex');
    }
    if (size === -1) {
      const st = fs.fstatSync(fd);
      if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
      size = st.size;
    }
    const h = crypto.createHash(algorithm);
    let total = 0;
    while (got > 0) {
      h.update(buf.subarray(0, got));
      total += got;
      got = fs.readSync(fd, buf, 0, buf.length, null);
    }
    if (total !== size)
      throw Object.assign(new Error(`its size changed from ${size} to ${total} bytes while it was read`), { code: 'ECHANGED' });
    meta[i * 3] = total;
    return h.digest('hex');
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Stats one file into `meta[i*3..i*3+2]` (size, mtimeMs, ino) for the stat cache's check: lstat with
 * `noFollow` (a file swapped for a link is then no longer a regular file), stat otherwise. Anything but
 * a regular file that can be stat'ed (gone, a link, a folder, no permission) gets size -1, which no
 * cache entry has, so the file is read again and the read reports what is wrong. Used by the workers
 * and on the main thread. Self-contained (it is stringified into the worker).
 */
export function statFileSync(fs: Fs, path: string, noFollow: boolean, meta: Float64Array, i: number): void {
  let st: import('node:fs').Stats | undefined;
  try {
    st = noFollow ? fs.lstatSync(path, { throwIfNoEntry: false }) : fs.statSync(path, { throwIfNoEntry: false });
  } catch {
    st = undefined;
  }
  if (st?.isFile()) {
    meta[i * 3] = st.size;
    meta[i * 3 + 1] = st.mtimeMs;
    meta[i * 3 + 2] = st.ino;
  } else meta[i * 3] = -1;
}

/** Chunk of the overlapped reader: big enough that the per-read overhead is lost in the hashing. */
const OVERLAP_CHUNK = 1024 * 1024;
const OVERLAP_DEPTH = 4;

/**
 * Digests one big file on the main thread with the read of the next chunk (a libuv thread copying
 * from the page cache or the disk) running while this chunk is hashed: a single file can only be
 * hashed by one core, and this keeps the copy off that core. Fills meta[0..2] like hashFileSync.
 */
export async function hashFileOverlapped(path: string, flags: number, algorithm: string, meta: Float64Array): Promise<string> {
  const fd = fs.openSync(path, flags);
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    const h = crypto.createHash(algorithm);
    // Chunk k goes into ring[k % ring.length]: OVERLAP_DEPTH reads in flight (a cold disk served one
    // request at a time sits idle between them) and one chunk being hashed, each in its own buffer.
    const ring = Array.from({ length: OVERLAP_DEPTH + 1 }, () => Buffer.allocUnsafe(OVERLAP_CHUNK));
    const chunks = Math.ceil(st.size / OVERLAP_CHUNK);
    const reads: Promise<number>[] = [];
    let issued = 0;
    const issue = () => {
      const k = issued++;
      reads.push(
        new Promise<number>((resolve, reject) =>
          fs.read(fd, ring[k % ring.length]!, 0, OVERLAP_CHUNK, k * OVERLAP_CHUNK, (e, n) => (e ? reject(e) : resolve(n))),
        ),
      );
    };
    while (issued < chunks && issued < OVERLAP_DEPTH) issue();
    let total = 0;
    try {
      for (let k = 0; k < chunks; k++) {
        const n = await reads.shift()!;
        if (issued < chunks) issue();
        h.update(ring[k % ring.length]!.subarray(0, n));
        total += n;
        if (n < OVERLAP_CHUNK && k < chunks - 1) break; // shrank while read: caught below
      }
    } finally {
      await Promise.allSettled(reads); // never close the file under a read still in flight
    }
    // A file that grew while it was read has more bytes past the size it had at the start.
    const grew = total === st.size && fs.readSync(fd, ring[0]!, 0, 1, total) > 0;
    if (grew || total !== st.size)
      throw Object.assign(new Error(`its size changed from ${st.size} bytes while it was read`), { code: 'ECHANGED' });
    meta[0] = total;
    meta[1] = st.mtimeMs;
    meta[2] = st.ino;
    return h.digest('hex');
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * What goes before a root-relative path for the file system calls (lstat, open): the root's path
 * relative to `cwd` (the process's working directory, read once by the caller) when the root is that
 * directory or lies under it, else the absolute root; either way ending with a separator, or empty
 * when the root is the working directory. The runner starts an action in the workspace and the
 * hashing root is in it, so the kernel resolves `data/d1/f.bin` from the working directory instead of
 * walking every component of `<workspace>/data/d1/f.bin` for each file: with two components fewer,
 * 20,000 lstat calls took about 7% less time (38.6 ms against 41.6 ms, median of 31 alternated runs
 * on a 2-core machine). The worker threads share the process's working directory, which must not
 * change during a run (hashPaths checks it at the end). Nothing here changes the working directory
 * (an action must not), and only a prefix that is plainly under it is used (no `..`: a working
 * directory reached through a link would not lead back).
 */
export function pathPrefix(root: string, cwd: string | undefined): string {
  const absolute = root.endsWith(sep) ? root : `${root}${sep}`;
  if (!cwd) return absolute;
  const under = cwd.endsWith(sep) ? cwd : `${cwd}${sep}`;
  return absolute.startsWith(under) ? absolute.slice(under.length) : absolute;
}

/** The process's working directory, or undefined when it cannot be read (it was removed). */
export function workingDirectory(): string | undefined {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

/** open(2) flags for hashing: O_NONBLOCK so a FIFO put in place of a file after the walk cannot block. */
export function openFlags(fs: Fs, noFollow: boolean): number {
  return fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | (noFollow ? fs.constants.O_NOFOLLOW : 0);
}

// Runs inside the worker, with hashFileSync and statFileSync passed in. Self-contained (it is stringified).
function workerMain(hashFile: typeof hashFileSync, statFile: typeof statFileSync): void {
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  const fs = process.getBuiltinModule('node:fs');
  // node:crypto is loaded with the first batch to hash: a worker that only stats (a stat cache's
  // re-hash) is ready sooner without it.
  let crypto: typeof import('node:crypto') | undefined;
  const algorithm: string = workerData.algorithm;
  const prefix: string = workerData.prefix;
  const withStat: boolean = workerData.stat;
  const flags: number = workerData.flags;
  const noFollow: boolean = workerData.noFollow;
  const buf = Buffer.allocUnsafe(workerData.bufferSize as number);
  parentPort!.on('message', (req: { id: number; names: string; op: 'hash' | 'stat' }) => {
    const names = req.names.split('\0');
    const n = names.length;
    const meta = new Float64Array(n * 3);
    if (req.op === 'stat') {
      for (let i = 0; i < n; i++) statFile(fs, prefix + names[i]!, noFollow, meta, i);
      parentPort!.postMessage({ id: req.id, meta, digests: '' }, [meta.buffer]);
      return;
    }
    let digests = '';
    for (let i = 0; i < n; i++) {
      const path = prefix + names[i]!;
      try {
        crypto ??= process.getBuiltinModule('node:crypto');
        digests += hashFile(fs, crypto, path, flags, buf, algorithm, withStat, meta, i);
      } catch (e) {
        const err = e as { code?: string; message?: string };
        parentPort!.postMessage({
          id: req.id,
          meta,
          digests,
          error: { index: i, code: err.code ?? 'EUNKNOWN', message: err.message ?? String(e) },
        });
        return;
      }
    }
    parentPort!.postMessage({ id: req.id, meta, digests }, [meta.buffer]);
  });
  // Up: a stat cache's re-hash sends its stats from now on (until then the main thread does them).
  parentPort!.postMessage({ ready: true });
}

// The routine travels as a parameter, so the source does not depend on how a bundler names things.
const WORKER_SOURCE = `(${workerMain.toString()})(${hashFileSync.toString()}, ${statFileSync.toString()});`;

export function defaultConcurrency(): number {
  return Math.max(1, availableParallelism());
}

interface Slot {
  worker: Worker;
  inFlight: number;
  /** The worker has started (its first message). */
  ready: boolean;
}

interface Job {
  id: number;
  /** hash: digests (and size, and mtime and inode with `stat`); stat: size, mtime and inode only. */
  op: 'hash' | 'stat';
  names: string[];
  resolve: (r: BatchResult) => void;
  reject: (e: Error) => void;
}

/** Batches queued per worker: two hide the message round trip without hoarding work. */
const IN_FLIGHT = 2;

export class DigestPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Job & { slot: Slot }>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private failure: Error | undefined;
  private closed = false;

  private readonly options: PoolOptions;
  private readonly prefix: string;
  private readonly flags: number;
  private mainBuffer: Buffer | undefined;

  constructor(o: PoolOptions) {
    this.options = o;
    // The main thread hashes too (see runQueuedOnMain), so one worker fewer than the threads wanted:
    // a worker costs ~30 ms of CPU to start, and the main thread can hash while the workers boot.
    const count = Math.max(0, Math.floor(o.concurrency ?? defaultConcurrency()) - 1);
    const prefix = o.prefix ?? pathPrefix(o.root, undefined);
    this.prefix = prefix;
    this.flags = openFlags(fs, o.noFollow ?? false);
    // Loaded when a pool is made: a run that hashes a few files on the main thread never needs it.
    const threads = process.getBuiltinModule('node:worker_threads');
    for (let i = 0; i < count; i++) {
      const worker = new threads.Worker(WORKER_SOURCE, {
        eval: true,
        workerData: {
          algorithm: o.algorithm,
          bufferSize: BUFFER_SIZE,
          flags: this.flags,
          stat: o.stat ?? false,
          noFollow: o.noFollow ?? false,
          prefix,
        },
        // The workers only hash: a small heap is plenty and keeps the process's footprint down, and they
        // need no copy of the environment.
        resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 4 },
        env: threads.SHARE_ENV,
        stdout: false,
        stderr: false,
      });
      const slot: Slot = { worker, inFlight: 0, ready: false };
      worker.on('message', (reply: Reply) => this.settle(slot, reply));
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closed) this.fail(new Error(`a hashing worker exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  /** Whether a worker has started (work sent before waits in its port until then). */
  get started(): boolean {
    return this.slots.some((s) => s.ready);
  }

  /** Batches waiting for a thread (not yet sent to a worker). */
  get queued(): number {
    return this.queue.length;
  }

  /** Threads that hash: the workers and the main thread. */
  get threads(): number {
    return this.slots.length + 1;
  }

  get algorithm(): Algorithm {
    return this.options.algorithm;
  }

  /** Digests a batch of root-relative paths. */
  submit(names: string[]): Promise<BatchResult> {
    return this.enqueue('hash', names);
  }

  /** Stats a batch of root-relative paths (see statFileSync); `digests` of the result is empty. */
  submitStat(names: string[]): Promise<BatchResult> {
    return this.enqueue('stat', names);
  }

  private enqueue(op: Job['op'], names: string[]): Promise<BatchResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<BatchResult>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, op, names, resolve, reject });
      this.pump();
    });
  }

  /**
   * Takes the next queued batch off the queue and does it on the main thread, synchronously; false
   * when nothing is queued. The caller yields to the event loop between calls so worker replies keep
   * flowing.
   */
  runQueuedOnMain(): boolean {
    const job = this.queue.shift();
    if (!job) return false;
    const { algorithm, stat } = this.options;
    const meta = new Float64Array(job.names.length * 3);
    if (job.op === 'stat') {
      const noFollow = this.options.noFollow ?? false;
      for (let i = 0; i < job.names.length; i++) statFileSync(fs, this.prefix + job.names[i]!, noFollow, meta, i);
      job.resolve({ meta, digests: '' });
      return true;
    }
    this.mainBuffer ??= Buffer.allocUnsafe(BUFFER_SIZE);
    let digests = '';
    for (let i = 0; i < job.names.length; i++) {
      try {
        digests += hashFileSync(fs, crypto, this.prefix + job.names[i]!, this.flags, this.mainBuffer, algorithm, stat ?? false, meta, i);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        job.reject(new FileReadError(job.names[i]!, err.code ?? 'EUNKNOWN', err.message));
        return true;
      }
    }
    job.resolve({ meta, digests });
    return true;
  }

  private pump(): void {
    while (this.queue.length) {
      let best: Slot | undefined;
      // A worker still starting gets its first batches too: they wait in its port and it begins the
      // moment it is up, without a round trip through a main thread busy walking or hashing.
      for (const s of this.slots) if (s.inFlight < IN_FLIGHT && (!best || s.inFlight < best.inFlight)) best = s;
      if (!best) return;
      const job = this.queue.shift()!;
      best.inFlight++;
      this.pending.set(job.id, { ...job, slot: best });
      best.worker.postMessage({ id: job.id, op: job.op, names: job.names.join('\0') });
    }
  }

  private settle(slot: Slot, reply: Reply): void {
    if (reply.ready) {
      slot.ready = true;
      this.pump();
      return;
    }
    const job = this.pending.get(reply.id);
    if (!job) return;
    this.pending.delete(reply.id);
    job.slot.inFlight--;
    if (reply.error) job.reject(new FileReadError(job.names[reply.error.index]!, reply.error.code, reply.error.message));
    else job.resolve(reply);
    this.pump();
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const [id, job] of this.pending) {
      this.pending.delete(id);
      job.reject(e);
    }
    for (const job of this.queue.splice(0)) job.reject(e);
  }

  /** Stops the workers; their exit is not awaited (it takes a few milliseconds and nothing depends on it). */
  close(): void {
    this.closed = true;
    for (const s of this.slots) {
      s.worker.unref();
      void s.worker.terminate();
    }
  }
}
