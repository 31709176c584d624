import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { copyFile, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import lockfile from 'proper-lockfile';
import { UserError } from '@mlops-actions/errors';
import { makeFolders } from '@mlops-actions/files';
import type { Backend, ChangeSet, RetryPolicy, Snapshot, UpdateOutcome } from './backend.ts';
import { copyHashed } from './verify.ts';
import { fsCreateWords, fsWords } from './fs-words.ts';
import type { Logger } from './types.ts';

export interface FileBackendOptions {
  root: string;
  uri: string;
  log?: Logger | undefined;
  retry: RetryPolicy;
}

/** A lock not refreshed for this long belongs to a writer that died: it is taken over. */
const LOCK_STALE_MS = 30_000;

/** Who holds a lock: written inside the lock directory as it is created, so it goes and comes with it. */
interface LockOwner {
  host: string;
  pid: number;
  nonce: string;
}
const OWNER_FILE = 'owner.json';
/** The registry writer's own staging folders (under `.staging/`): only the lock holder writes them. */
const STAGING_PREFIX = 'registry-';

function pidIsGone(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function readOwner(lockDir: string): Promise<LockOwner | undefined> {
  try {
    const v = JSON.parse(await readFile(join(lockDir, OWNER_FILE), 'utf8')) as Partial<LockOwner>;
    return typeof v.host === 'string' && typeof v.pid === 'number' && typeof v.nonce === 'string' ? (v as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

/** A file-system error in words (no errno codes). */
const fsReason = fsWords;

/**
 * A registry in a local directory, with the same layout as the branch. Writers take an exclusive lock
 * (`<dir>/.lock`, an atomic mkdir refreshed while held, taken over when stale — proper-lockfile), stage
 * every file under `<dir>/.staging/`, verify the model files they copied, then rename each into place,
 * the model's index.json last: readers, who take no lock, only see versions the index lists, and
 * every file they see is complete (rename is atomic on one filesystem).
 */
export class FileBackend implements Backend {
  readonly kind = 'file' as const;
  readonly uri: string;
  private readonly o: FileBackendOptions;

  constructor(o: FileBackendOptions) {
    this.o = o;
    this.uri = o.uri;
  }

  describe(path: string): string {
    return `'${join(this.o.root, path)}'`;
  }

  async read(): Promise<Snapshot> {
    const root = this.o.root;
    const readBuffer = async (path: string): Promise<Buffer | undefined> => {
      try {
        return await readFile(join(root, path));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
        throw new UserError(`cannot read ${this.describe(path)}: ${fsReason(e)}`, {
          fix: 'Check the registry directory and its permissions',
        });
      }
    };
    return {
      revision: undefined,
      readBuffer,
      readText: async (path) => (await readBuffer(path))?.toString('utf8'),
      exportFile: async (path, dest) => {
        try {
          await copyFile(join(root, path), dest);
          return true;
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
          throw new UserError(`cannot copy ${this.describe(path)} to ${dest}: ${fsReason(e)}`, {
            fix: 'Check the registry directory, its permissions, and free space where the files are downloaded',
          });
        }
      },
    };
  }

  async update<T>(attempt: (s: Snapshot) => Promise<{ changeSet?: ChangeSet | undefined; result: T }>): Promise<UpdateOutcome<T>> {
    const root = this.o.root;
    let created: string | undefined;
    try {
      created = await makeFolders(root);
    } catch (e) {
      throw new UserError(`cannot create the registry directory ${root}: ${fsCreateWords(e)}`, {
        fix: 'Use a writable directory for the file: registry',
      });
    }
    let wrote = false;
    try {
      const lockDir = join(root, '.lock');
      await this.takeOverDeadLock(lockDir);
      let compromised: Error | undefined;
      let release: () => Promise<void>;
      try {
        release = await lockfile.lock(root, {
          lockfilePath: lockDir,
          realpath: false,
          stale: LOCK_STALE_MS,
          update: LOCK_STALE_MS / 3,
          fs: lockFs(),
          retries: { retries: this.o.retry.attempts * 4, factor: 1.5, minTimeout: 20, maxTimeout: this.o.retry.maxMs, randomize: true },
          onCompromised: (e) => {
            compromised = e;
          },
        });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ELOCKED') {
          throw new UserError(`the registry ${root} stayed locked by another writer`, {
            fix: `Wait for the other registration to finish and re-run; a lock left by a crashed writer (${lockDir}) is taken over at once when that writer ran on this machine, else after ${LOCK_STALE_MS / 1000} s`,
          });
        }
        throw new UserError(`cannot lock the registry ${root}: ${fsReason(e)}`, {
          fix: 'Use a directory this job can write to for the file: registry',
        });
      }
      try {
        await this.cleanStaging();
        const { changeSet, result } = await attempt(await this.read());
        if (changeSet?.tag) this.o.log?.info(`registry: a file: registry has no tags; ${changeSet.tag.name} was not created`);
        if (changeSet?.changes.length) {
          await this.apply(changeSet, () => compromised);
          wrote = true;
        }
        return { result };
      } finally {
        await release().catch(() => undefined);
      }
    } finally {
      // Leave no empty folders behind: a staging area with nothing in it, or a registry directory this
      // call created for a write that did not happen (a failed registration, a first deploy that found nothing).
      await rmdir(join(root, '.staging')).catch(() => undefined);
      if (created && !wrote) await removeEmptyDirs(root, created);
    }
  }

  /**
   * A lock whose holder ran on this machine and is gone (its process no longer exists) is taken over at
   * once rather than after the stale time. The lock is moved aside first and checked to be the dead
   * writer's (not one a live writer took meanwhile) before it is removed.
   */
  private async takeOverDeadLock(lockDir: string): Promise<void> {
    const owner = await readOwner(lockDir);
    if (!owner || owner.host !== hostname() || !pidIsGone(owner.pid)) return;
    const aside = `${lockDir}.dead-${randomBytes(6).toString('hex')}`;
    try {
      await rename(lockDir, aside);
    } catch {
      return;
    }
    const moved = await readOwner(aside);
    if (moved && moved.nonce === owner.nonce) {
      await rm(aside, { recursive: true, force: true });
      this.o.log?.info(`registry: took over the lock of ${this.o.root} left by process ${owner.pid}, which is gone`);
    } else {
      // A live writer's lock: put it back (fails harmlessly if yet another lock exists).
      await rename(aside, lockDir).catch(() => rm(aside, { recursive: true, force: true }));
    }
  }

  /** Staging folders of registry writers that died mid-write: only the lock holder stages, so all of them are stale. */
  private async cleanStaging(): Promise<void> {
    const dir = join(this.o.root, '.staging');
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return;
    }
    for (const name of names) {
      // Ours (registry-*) always; the older `<pid>-<hex>` form only when that process is gone from this machine.
      const legacy = /^(\d+)-[0-9a-f]{12}$/.exec(name);
      if (name.startsWith(STAGING_PREFIX) || (legacy && pidIsGone(Number(legacy[1])))) {
        await rm(join(dir, name), { recursive: true, force: true });
        this.o.log?.debug?.(`registry: removed the staging folder ${name} of a writer that died`);
      }
    }
  }

  private async apply(cs: ChangeSet, compromised: () => Error | undefined): Promise<void> {
    const root = this.o.root;
    const staging = join(root, '.staging', `${STAGING_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`);
    try {
      await makeFolders(staging);
    } catch (e) {
      throw new UserError(`cannot write to the registry directory ${root}: ${fsReason(e)}`, {
        fix: 'Use a directory this job can write to for the file: registry; nothing was registered',
      });
    }
    try {
      const staged: string[] = [];
      for (const [i, c] of cs.changes.entries()) {
        const p = join(staging, String(i));
        if ('data' in c) await writeFile(p, c.data);
        else {
          const got = await copyHashed(c.source, p);
          if (got.sha256 !== c.sha256 || got.size !== c.size) {
            throw new UserError(
              `the model file ${c.source} changed while it was being registered (sha256 ${got.sha256}, expected ${c.sha256})`,
              {
                fix: 'Register once the training step has finished writing its files; nothing was registered',
              },
            );
          }
        }
        staged.push(p);
      }
      const lost = compromised();
      if (lost)
        throw new UserError(`lost the lock on the registry ${root} (${lost.message}); nothing was registered`, { fix: 'Re-run the step' });
      for (const [i, c] of cs.changes.entries()) {
        const dest = join(root, c.path);
        await makeFolders(dirname(dest));
        await rename(staged[i]!, dest);
      }
      // What the card lists must be there: every file written, at its size.
      for (const c of cs.changes) {
        const size = 'data' in c ? Buffer.byteLength(c.data) : c.size;
        const st = await stat(join(root, c.path)).catch(() => undefined);
        if (!st?.isFile() || st.size !== size) {
          throw new UserError(
            `the registry file ${join(root, c.path)} is ${st ? `${st.size} bytes, expected ${size}` : 'missing'} right after it was written`,
            {
              fix: 'Another process is changing the registry directory: stop it, then register again',
            },
          );
        }
      }
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError(`cannot write to the registry directory ${root}: ${fsReason(e)}`, {
        fix: 'Use a directory this job can write to (with free space) for the file: registry; nothing was registered',
      });
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  async close(): Promise<void> {}
}

/**
 * The file system proper-lockfile works through: a lock directory is created with an owner file inside
 * (before proper-lockfile probes and sets its mtime, so the owner file does not look like a foreign
 * update), and removed with what it holds.
 */
function lockFs(): typeof fs {
  const owner: LockOwner = { host: hostname(), pid: process.pid, nonce: randomBytes(8).toString('hex') };
  return {
    ...fs,
    mkdir: ((path: string, cb: (err: NodeJS.ErrnoException | null) => void) => {
      const made = () => fs.writeFile(join(path, OWNER_FILE), JSON.stringify(owner), () => cb(null));
      fs.mkdir(path, (err) => {
        if (!err) return made();
        if (err.code !== 'ENOENT') return cb(err);
        // The registry folder is gone: a writer whose first write failed removed it, empty, meanwhile.
        const retry = () => fs.mkdir(path, (again) => (again ? cb(again) : made()));
        makeFolders(dirname(path)).then(retry, retry);
      });
    }) as unknown as typeof fs.mkdir,
    rmdir: ((path: string, cb: (err: NodeJS.ErrnoException | null) => void) => {
      fs.rm(path, { recursive: true }, (err) => cb(err));
    }) as unknown as typeof fs.rmdir,
    rmdirSync: ((path: string) => fs.rmSync(path, { recursive: true })) as unknown as typeof fs.rmdirSync,
  };
}

/** Removes `dir` and the empty parents `mkdir -p` created up to `createdTop`, when nothing is in them. */
async function removeEmptyDirs(dir: string, createdTop: string): Promise<void> {
  let d = dir;
  for (;;) {
    try {
      await rmdir(d);
    } catch {
      return;
    }
    if (d === createdTop) return;
    const up = dirname(d);
    const rel = relative(createdTop, up);
    if (up === d || rel.startsWith('..') || rel.split(sep).includes('..')) return;
    d = up;
  }
}
