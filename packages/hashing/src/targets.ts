import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '@mlops-actions/errors';
import { checkOutputPath, type OutputTarget } from '@mlops-actions/files';
import { MANIFEST_FORMAT, PARTIAL_MANIFEST_FORMAT } from './manifest.ts';
import { STAT_CACHE_FORMAT } from './stat-cache.ts';

/**
 * Checks, before any hashing, that a file data-hash is about to write (the manifest, the stat cache)
 * can be written at `path` without destroying anything: it is missing, empty, or a file of the same
 * kind from an earlier run. A directory, a file in the way of its folder, a device, or any other
 * file (a data file named by mistake) is a UserError naming the input and the fix.
 */
export function checkOwnFileTarget(path: string, kind: 'manifest' | 'stat-cache', target: OutputTarget = {}): void {
  checkOutputPath(path, target);
  let size: number;
  try {
    const st = lstatSync(path);
    if (st.isSymbolicLink()) return; // the write replaces the link, not what it points at
    size = st.size;
  } catch {
    return; // missing: it will be created
  }
  if (size === 0) return;
  const head = Buffer.alloc(256);
  let n = 0;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    n = readSync(fd, head, 0, head.length, 0);
  } catch {
    return; // unreadable: the write reports what is wrong
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const text = head.subarray(0, n).toString('utf8');
  // Any version of the same kind of file (a shard's partial manifest counts as a manifest).
  const formats = kind === 'manifest' ? [MANIFEST_FORMAT, PARTIAL_MANIFEST_FORMAT] : [STAT_CACHE_FORMAT];
  if (formats.some((format) => text.includes(format.slice(0, format.indexOf('@') + 1)))) return;
  const shown = `'${target.display ?? path}'`;
  const what = kind === 'manifest' ? 'a data-hash manifest' : 'a data-hash stat cache';
  throw new UserError(
    `${shown} exists and is not ${what}; writing the ${kind === 'manifest' ? 'manifest' : 'stat cache'} would replace it`,
    {
      ...(target.input ? { input: target.input } : {}),
      fix:
        kind === 'manifest'
          ? 'Name a new file for the manifest (e.g. data-hash/manifest.json), or leave the input empty to write it under runner.temp'
          : 'Name a file of its own for the stat cache (e.g. .cache/data-hash-stat), or delete the file if it is an old cache',
    },
  );
}
