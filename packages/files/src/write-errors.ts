import { lstatSync, statSync, type Stats } from 'node:fs';
import { dirname, parse } from 'node:path';
import { UserError } from '@mlops-actions/errors';

/**
 * Where an output file goes, for messages: the action input that named it and the path as the user
 * gave it (workspace-relative when inside it).
 */
export interface OutputTarget {
  /** The action input that names the file, e.g. `manifest`. */
  input?: string | undefined;
  /** The path to show; the absolute path when not given. */
  display?: string | undefined;
}

const quote = (p: string) => `'${p.replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/**
 * Checks, before any work, that a file can be written at `path`: it is missing or a regular file (or a
 * link to one), and no component of its folder is a file. Throws a UserError naming the input, the path
 * and the fix otherwise; the errors a later write would give (EISDIR, EEXIST, ENOTDIR) never reach
 * the user raw.
 */
export function checkOutputPath(path: string, target: OutputTarget = {}): void {
  const shown = target.display ?? path;
  const where = target.input ? { input: target.input } : {};
  let st: Stats | undefined;
  try {
    st = lstatSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw fsWriteError(e, path, target);
  }
  if (st && !st.isFile() && !st.isSymbolicLink()) {
    throw new UserError(`${quote(shown)} is ${kindOf(st)}, not a file that can be written`, {
      ...where,
      fix: st.isDirectory() ? `Name a file inside it, e.g. ${quote(`${shown.replace(/\/+$/, '')}/out.json`)}` : 'Name a regular file',
    });
  }
  if (st) return;
  // A missing path: its nearest existing ancestor must be a folder (mkdir -p would fail with EEXIST).
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    let d: Stats;
    try {
      d = statSync(dir);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Missing, or below the file in the way: keep climbing.
      if ((code === 'ENOENT' || code === 'ENOTDIR') && dir !== parse(dir).root) continue;
      throw fsWriteError(e, path, target);
    }
    if (!d.isDirectory()) {
      // Show the file in the way as the user wrote the path: relative when they gave it relative.
      const base = shown !== path && path.endsWith(shown) ? path.slice(0, path.length - shown.length) : '';
      const blocker = base && dir.startsWith(base) ? dir.slice(base.length) : dir;
      throw new UserError(`cannot write ${quote(shown)}: ${quote(blocker)} is a file, not a folder`, {
        ...where,
        fix: 'Choose an output path whose folders are folders (or move that file away)',
      });
    }
    return;
  }
}

/** What an errno means for a file being written, and what to do about it. */
const WRITE_CODES: Record<string, { why: string; fix: string }> = {
  EACCES: { why: 'permission denied', fix: 'Choose a folder the runner user can write to (e.g. under runner.temp or the workspace)' },
  EPERM: {
    why: 'the operation is not permitted',
    fix: 'Choose a folder the runner user can write to (e.g. under runner.temp or the workspace)',
  },
  EROFS: { why: 'the file system is read-only', fix: 'Choose a path on a writable file system (e.g. under runner.temp)' },
  ENOSPC: { why: 'the disk is full', fix: 'Free some space on the runner, or write to another disk' },
  EDQUOT: { why: 'the disk quota is exceeded', fix: 'Free some space on the runner, or write to another disk' },
  ENAMETOOLONG: { why: 'the name is too long', fix: 'Use a shorter path' },
  EISDIR: { why: 'it is a directory', fix: 'Name a file, not a directory' },
  ENOTDIR: { why: 'a part of its folder is a file, not a folder', fix: 'Choose an output path whose folders are folders' },
  EEXIST: { why: 'a part of its folder is a file, not a folder', fix: 'Choose an output path whose folders are folders' },
  ENOENT: { why: 'its folder cannot be created there', fix: 'Choose a path under the workspace or runner.temp' },
  EXDEV: { why: 'the temporary file and the target are on different file systems', fix: 'Choose a path on one file system' },
  ELOOP: { why: 'its folder path holds a symbolic link loop', fix: 'Fix the symbolic links in the path' },
};

/**
 * Turns a file-system error met while writing `path` into a UserError that names the path (and the
 * input), says what went wrong in words and how to fix it. An error with an unknown code is returned
 * as it is (a bug, not something the user can fix). The errno code stays on the error as `code`.
 */
export function fsWriteError(e: unknown, path: string, target: OutputTarget = {}): unknown {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const known = code ? WRITE_CODES[code] : undefined;
  if (!known) return e;
  const err = new UserError(`cannot write ${quote(target.display ?? path)}: ${known.why}`, {
    ...(target.input ? { input: target.input } : {}),
    fix: known.fix,
    cause: e,
  });
  return Object.assign(err, { code });
}

/** What an errno means for a file being read, and what to do about it. */
const READ_CODES: Record<string, { why: string; fix: string }> = {
  ENOENT: { why: 'file not found', fix: 'Check the path; it is relative to the workspace' },
  ENOTDIR: { why: 'file not found (a part of its path is a file, not a folder)', fix: 'Check the path; it is relative to the workspace' },
  EISDIR: { why: 'it is a directory, not a file', fix: 'Name the file itself' },
  EACCES: { why: 'permission denied', fix: 'Make the file readable by the runner user' },
  EPERM: { why: 'permission denied', fix: 'Make the file readable by the runner user' },
  ELOOP: { why: 'it is a symbolic link loop', fix: 'Fix the symbolic link' },
  ENAMETOOLONG: { why: 'the name is too long', fix: 'Use a shorter path' },
};

/**
 * Turns a file-system error met while reading a file into a UserError naming the file (`file` is set,
 * so the annotation points at it), the reason in words and the fix; unknown codes are returned as they are.
 */
export function fsReadError(
  e: unknown,
  displayPath: string,
  details: { input?: string | undefined; what?: string | undefined; fix?: string | undefined } = {},
): unknown {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const known = code ? READ_CODES[code] : undefined;
  if (!known) return e;
  const err = new UserError(details.what ? `cannot read the ${details.what}: ${known.why}` : known.why, {
    ...(details.input ? { input: details.input } : {}),
    file: displayPath,
    fix: code === 'ENOENT' || code === 'ENOTDIR' ? (details.fix ?? known.fix) : known.fix,
    cause: e,
  });
  return Object.assign(err, { code });
}
