import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import lockfile from 'proper-lockfile';
import { UserError } from '@mlops-actions/errors';
import type { Backend, ChangeSet, RetryPolicy, Snapshot, UpdateOutcome } from './backend.ts';
import { copyHashed } from './verify.ts';
import type { Logger } from './types.ts';

export interface FileBackendOptions {
  root: string;
  uri: string;
  log?: Logger | undefined;
  retry: RetryPolicy;
}

/** A lock not refreshed for this long belongs to a writer that died: it is taken over. */
const LOCK_STALE_MS = 30_000;

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
        throw new UserError(`cannot read ${this.describe(path)}: ${(e as Error).message}`, { fix: 'Check the registry directory and its permissions' });
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
          throw e;
        }
      },
    };
  }

  async update<T>(attempt: (s: Snapshot) => Promise<{ changeSet?: ChangeSet | undefined; result: T }>): Promise<UpdateOutcome<T>> {
    const root = this.o.root;
    try {
      await mkdir(root, { recursive: true });
    } catch (e) {
      throw new UserError(`cannot create the registry directory ${root}: ${(e as Error).message}`, { fix: 'Use a writable directory for the file: registry' });
    }
    let compromised: Error | undefined;
    let release: () => Promise<void>;
    try {
      release = await lockfile.lock(root, {
        lockfilePath: join(root, '.lock'),
        realpath: false,
        stale: LOCK_STALE_MS,
        update: LOCK_STALE_MS / 3,
        retries: { retries: this.o.retry.attempts * 4, factor: 1.5, minTimeout: 20, maxTimeout: this.o.retry.maxMs, randomize: true },
        onCompromised: (e) => {
          compromised = e;
        },
      });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ELOCKED') {
        throw new UserError(`the registry ${root} stayed locked by another writer`, {
          fix: `Wait for the other registration to finish and re-run; a lock left by a crashed writer (${join(root, '.lock')}) is taken over after ${LOCK_STALE_MS / 1000} s`,
        });
      }
      throw e;
    }
    try {
      const { changeSet, result } = await attempt(await this.read());
      if (changeSet?.tag) this.o.log?.info(`registry: a file: registry has no tags; ${changeSet.tag.name} was not created`);
      if (changeSet && changeSet.changes.length) await this.apply(changeSet, () => compromised);
      return { result };
    } finally {
      await release().catch(() => undefined);
    }
  }

  private async apply(cs: ChangeSet, compromised: () => Error | undefined): Promise<void> {
    const root = this.o.root;
    const staging = join(root, '.staging', `${process.pid}-${randomBytes(6).toString('hex')}`);
    await mkdir(staging, { recursive: true });
    try {
      const staged: string[] = [];
      for (const [i, c] of cs.changes.entries()) {
        const p = join(staging, String(i));
        if ('data' in c) await writeFile(p, c.data);
        else {
          const got = await copyHashed(c.source, p);
          if (got.sha256 !== c.sha256 || got.size !== c.size) {
            throw new UserError(`the model file ${c.source} changed while it was being registered (sha256 ${got.sha256}, expected ${c.sha256})`, {
              fix: 'Register once the training step has finished writing its files; nothing was registered',
            });
          }
        }
        staged.push(p);
      }
      const lost = compromised();
      if (lost) throw new UserError(`lost the lock on the registry ${root} (${lost.message}); nothing was registered`, { fix: 'Re-run the step' });
      for (const [i, c] of cs.changes.entries()) {
        const dest = join(root, c.path);
        await mkdir(dirname(dest), { recursive: true });
        await rename(staged[i]!, dest);
      }
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  async close(): Promise<void> {}
}
