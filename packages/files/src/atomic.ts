import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { checkOutputPath, fsWriteError, type OutputTarget } from './write-errors.ts';

/**
 * Writes `data` to a temporary name beside `path`, then renames it into place, so a reader never sees
 * a half-written file and a failure leaves nothing behind (rename is atomic on one filesystem).
 * `data` may also be an iterable of chunks, so a big file is written without one big string.
 *
 * It never replaces a directory, device, FIFO or socket, and the errors a user can fix (a file where
 * a folder should be, permission denied, read-only or full disk) are UserErrors naming the path (as
 * `target.display`), the input (`target.input`) and the fix.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  target: OutputTarget = {},
): Promise<void> {
  checkOutputPath(path, target);
  try {
    await makeFolders(dirname(path));
  } catch (e) {
    throw fsWriteError(e, path, target);
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await removeQuietly(tmp);
    throw fsWriteError(e, path, target);
  }
}

/**
 * `mkdir -p`, one folder at a time. Node's own `mkdir(dir, { recursive: true })` never returns when
 * the parent exists but refuses the new folder with ENOENT (e.g. under /proc: measured with Node 24,
 * sync and async alike); here that is an error like any other. Returns the first folder it created
 * (undefined when `dir` existed), as Node's recursive mkdir does.
 */
export async function makeFolders(dir: string): Promise<string | undefined> {
  const missing: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    try {
      const st = await stat(d);
      // `dir` itself a file: EEXIST, as Node's mkdir -p says. A file further up makes the mkdir below
      // (or the caller's write) fail with ENOTDIR.
      if (d === dir && !st.isDirectory()) {
        throw Object.assign(new Error(`EEXIST: file already exists, mkdir '${dir}'`), {
          code: 'EEXIST',
          errno: -17,
          syscall: 'mkdir',
          path: dir,
        });
      }
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(d) === d) throw e;
      missing.push(d);
    }
  }
  let first: string | undefined;
  for (const d of missing.reverse()) {
    try {
      await mkdir(d);
      first ??= d;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; // made meanwhile by someone else
    }
  }
  return first;
}

export async function writeJsonAtomic(path: string, value: unknown, target: OutputTarget = {}): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, target);
}

export async function removeQuietly(path: string): Promise<void> {
  await rm(path, { force: true, recursive: true }).catch(() => undefined);
}
