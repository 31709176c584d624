import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, join, posix, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { UserError } from '@mlops-actions/errors';
import { compareBytewise, quotePath } from './listing.ts';

/**
 * Turns path lines (files, directories, globs, relative to a root) into the regular files they select.
 *
 * Rules (documented for users in actions/data-hash/docs.md):
 * - A line naming an existing file or directory is taken literally (so `data/file[1].csv` works);
 *   otherwise it is a glob (picomatch syntax; `*` and `**` also match names starting with a dot).
 *   A line starting with `!` is an exclude.
 * - Excludes match the root-relative path of files and directories (an excluded directory is not
 *   entered); an exclude without a slash matches the name at any depth, like .gitignore.
 * - Only regular files are selected; FIFOs, sockets and devices inside directories are skipped.
 * - Symbolic links: with followSymlinks false they are skipped (a line naming one, or a path through
 *   one, is an error); with true they are followed and must resolve inside the root, and a link back
 *   to a directory being walked is an error.
 * - A line that selects nothing (no such path, or a glob that matches no file) is an error.
 *
 * The walk is a hand-written synchronous one rather than a glob library's: it yields the files
 * directory by directory so hashing starts while the walk goes on (with 200,000 files the walk is a
 * fifth of the work), it needs readdir's file types to skip links and special files without a stat
 * per file, and it enforces the link rules above. Matching is picomatch's.
 *
 * Listings kept from an earlier walk (git's untracked cache, see {@link ListingMemo}): given a memo,
 * the walk stats each directory before it lists it; a directory whose mtime, ctime and inode are those
 * recorded (and that was not modified within the racy window when recorded, the memo's rule) has the
 * same entries, since adding, removing or renaming an entry updates its directory's mtime (POSIX
 * rename(2), unlink(2), open(2) with O_CREAT), so its recorded listing is used instead of readdir, the
 * sort and the matching. Only the listing: every file is still stat'ed by the caller, a file's content
 * does not touch its directory. Directories where links were followed are always listed afresh (a
 * link's target can change without its directory changing).
 */
export interface SelectOptions {
  /** Absolute directory the paths are relative to (the workspace). */
  root: string;
  paths: readonly string[];
  exclude?: readonly string[] | undefined;
  followSymlinks?: boolean | undefined;
  /** Name of the action input the paths came from, for error messages. */
  input?: string | undefined;
  /** Name of the action input the exclude patterns came from, for error messages. */
  excludeInput?: string | undefined;
  /**
   * Listings of an earlier walk with the same root, lines, excludes and follow-symlinks, to reuse for
   * unchanged directories; the walk records every directory it lists in it.
   */
  listings?: ListingMemo | undefined;
}

/** What a walk found in one directory for one line, and the directory's stat taken before listing it. */
export interface DirRecord {
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  /** Root-relative paths of the regular files the line selects (matched, not excluded), in walk order. */
  files: string[];
  /** Names of the subdirectories walked (not excluded), in walk order. */
  subdirs: string[];
  /** Names of the symbolic links skipped (follow-symlinks false) that the line matched. */
  links: string[];
  /** Names of the FIFOs, sockets and devices the line matched. */
  special: string[];
}

/** Directory listings of an earlier walk of the same selection (kept in the stat cache). */
export interface ListingMemo {
  /** The record of `rel` walked for `line`, if any (the walk compares its stat). */
  get(line: string, rel: string): DirRecord | undefined;
  /** Records what the walk found in `rel` (the memo decides what it keeps, e.g. not racy ones). */
  put(line: string, rel: string, record: DirRecord): void;
}

export interface SelectedFile {
  /** Root-relative POSIX path (what the listing and the manifest show). */
  path: string;
  /** Absolute path to open. */
  abs: string;
}

export interface Selection {
  /** Sorted bytewise by path, without duplicates. */
  files: SelectedFile[];
  /** Root-relative paths of symbolic links left out (followSymlinks false). */
  skippedSymlinks: string[];
  /** Root-relative paths of FIFOs, sockets and devices left out. */
  skippedSpecial: string[];
}

/** What a walk leaves out, filled while it runs. */
export interface WalkReport {
  skippedSymlinks: string[];
  skippedSpecial: string[];
}

interface Chain {
  real: string;
  parent: Chain | undefined;
}

/** Every selected file, sorted and without duplicates (the walk of {@link walkSelection}, collected). */
export function selectFiles(o: SelectOptions): Selection {
  const report: WalkReport = { skippedSymlinks: [], skippedSpecial: [] };
  const paths: string[] = [];
  for (const group of walkSelection(o, report)) for (const p of group) paths.push(p);
  paths.sort(compareBytewise);
  const root = o.root;
  return {
    files: paths.map((path) => ({ path, abs: path === '' ? root : join(root, ...path.split('/')) })),
    skippedSymlinks: report.skippedSymlinks.sort(compareBytewise),
    skippedSpecial: report.skippedSpecial.sort(compareBytewise),
  };
}

/**
 * Walks the selection and yields root-relative paths of regular files, a directory at a time, each
 * file once. The order is a walk order (close to sorted, not sorted): sort before listing. Throws a
 * UserError for any rule broken, possibly after yielding some files.
 */
export function* walkSelection(o: SelectOptions, report: WalkReport): Generator<string[], void, void> {
  const root = o.root;
  const follow = o.followSymlinks ?? false;
  const input = o.input;
  const memo = o.listings;
  let rootReal: string;
  try {
    rootReal = realpathSync(root);
  } catch (e) {
    throw new UserError(`the root directory '${root}' cannot be read (${why(e)})`, { fix: 'Check that the workspace exists' });
  }

  const includes: string[] = [];
  const excludes: string[] = [];
  for (const raw of o.paths) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('!')) excludes.push(normalizeLine(root, line.slice(1), input));
    else includes.push(normalizeLine(root, line, input));
  }
  for (const raw of o.exclude ?? []) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    excludes.push(normalizeLine(root, line, o.excludeInput));
  }
  if (includes.length === 0) {
    throw new UserError('no path to hash was given', {
      ...(input ? { input } : {}),
      fix: 'List files, directories or globs, one per line, relative to the workspace',
    });
  }

  // A pattern without a slash matches a name at any depth, as in .gitignore (picomatch's own
  // `basename` option also changes how patterns with a slash match, so it is spelled out here).
  const isExcluded = excludes.length
    ? picomatch(
        excludes.map((p) => (p.includes('/') ? p : `**/${p}`)),
        { dot: true },
      )
    : undefined;
  // Lines can overlap (`data` and `data/*.csv`); with one line no path can come twice.
  const seen = includes.length > 1 ? new Set<string>() : undefined;
  const skippedSymlinks = new Set<string>();
  const skippedSpecial = new Set<string>();
  const where = (line: string) => (input ? { input, key: line } : { key: line });

  const excludedWithAncestors = (rel: string): boolean => {
    if (rel === '' || !isExcluded) return false;
    if (isExcluded(rel)) return true;
    for (let i = rel.indexOf('/'); i !== -1; i = rel.indexOf('/', i + 1)) {
      if (isExcluded(rel.slice(0, i))) return true;
    }
    return false;
  };

  /** Checks where a lexical path really leads: inside the root, and through links only when allowed. */
  const checkReal = (line: string, rel: string, abs: string): string => {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch (e) {
      if (codeOf(e) === 'ENOENT') {
        throw new UserError(`${shown(rel)} is a symbolic link whose target does not exist`, {
          ...where(line),
          fix: 'Fix or remove the link',
        });
      }
      if (codeOf(e) === 'ELOOP') {
        throw new UserError(`${shown(rel)} is, or goes through, a symbolic link loop (a link that leads back to itself)`, {
          ...where(line),
          fix: 'Fix or remove the link',
        });
      }
      throw new UserError(`cannot resolve ${shown(rel)}: ${why(e)}`, {
        ...where(line),
        fix: 'Make the path and its folders readable by the runner user, or exclude it',
      });
    }
    const lexical = rel === '' ? rootReal : join(rootReal, ...rel.split('/'));
    if (real !== lexical) {
      if (!isInsideDir(rootReal, real)) {
        throw new UserError(`${shown(rel)} leads outside the workspace through a symbolic link (to ${real})`, {
          ...where(line),
          fix: 'Hash data inside the workspace: copy it in, or point the link at a path inside it',
        });
      }
      if (!follow) {
        throw new UserError(`${shown(rel)} is, or goes through, a symbolic link, and follow-symlinks is false`, {
          ...where(line),
          fix: 'Set follow-symlinks: true, or name the real path',
        });
      }
    }
    return real;
  };

  /** Keeps a path unless another line already gave it. */
  const fresh = (rel: string): boolean => {
    if (!seen) return true;
    if (seen.has(rel)) return false;
    seen.add(rel);
    return true;
  };

  /**
   * Walks a directory; `match` filters files (a glob), undefined takes every file. `counter.n` counts
   * the files yielded, `counter.matched` is set when `match` took any entry (file, link or special).
   */
  function* walk(
    line: string,
    startRel: string,
    startAbs: string,
    startReal: string,
    match: ((rel: string) => boolean) | undefined,
    counter: { n: number; matched: boolean },
  ) {
    // Depth first, siblings in order, names sorted per directory: the output is nearly sorted, so
    // the final bytewise sort of the whole list is close to linear.
    const stack: { rel: string; abs: string; chain: Chain }[] = [
      { rel: startRel, abs: startAbs, chain: { real: startReal, parent: undefined } },
    ];
    while (stack.length) {
      const dir = stack.pop()!;
      // The directory's stat before its listing: an entry added after it moves the mtime past the one
      // recorded.
      const dirSt = memo ? dirStat(dir.abs) : undefined;
      const old = memo && dirSt ? memo.get(line, dir.rel) : undefined;
      if (old && dirSt && old.mtimeMs === dirSt.mtimeMs && old.ctimeMs === dirSt.ctimeMs && old.ino === dirSt.ino) {
        // Unchanged since it was recorded: its entries are the recorded ones.
        const prefix = dir.rel === '' ? '' : `${dir.rel}/`;
        const files = seen ? old.files.filter(fresh) : old.files.slice();
        for (const name of old.links) skippedSymlinks.add(prefix + name);
        for (const name of old.special) skippedSpecial.add(prefix + name);
        if (match && (old.files.length || old.links.length || old.special.length)) counter.matched = true;
        for (let i = old.subdirs.length - 1; i >= 0; i--) {
          const name = old.subdirs[i]!;
          stack.push({
            rel: prefix + name,
            abs: `${dir.abs}${sep}${name}`,
            chain: { real: `${dir.chain.real}${sep}${name}`, parent: dir.chain },
          });
        }
        memo!.put(line, dir.rel, old);
        if (files.length) {
          counter.n += files.length;
          yield files;
        }
        continue;
      }
      // What the memo is given: names, by kind (not when a link was followed, see above).
      const record: DirRecord | undefined = dirSt
        ? { mtimeMs: dirSt.mtimeMs, ctimeMs: dirSt.ctimeMs, ino: dirSt.ino, files: [], subdirs: [], links: [], special: [] }
        : undefined;
      let followedLink = false;
      let entries: Dirent[];
      try {
        entries = readdirSync(dir.abs, { withFileTypes: true });
      } catch (e) {
        throw new UserError(`cannot read the directory ${shown(dir.rel)}: ${why(e)}`, {
          ...where(line),
          fix: 'Make it readable by the runner user, or exclude it',
        });
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const prefix = dir.rel === '' ? '' : `${dir.rel}/`;
      const files: string[] = [];
      const subdirs: { rel: string; abs: string; chain: Chain }[] = [];
      let checkedNames = false;
      for (const d of entries) {
        const name = d.name;
        if (!checkedNames && name.includes('\uFFFD')) {
          checkUtf8Names(dir.abs, dir.rel, line, where);
          checkedNames = true;
        }
        const rel = prefix + name;
        if (isExcluded?.(rel)) continue;
        if (d.isFile()) {
          if (!match || matches(match, rel, counter)) {
            record?.files.push(rel);
            if (fresh(rel)) files.push(rel);
          }
        } else if (d.isDirectory()) {
          record?.subdirs.push(name);
          subdirs.push({ rel, abs: `${dir.abs}${sep}${name}`, chain: { real: `${dir.chain.real}${sep}${name}`, parent: dir.chain } });
        } else if (d.isSymbolicLink()) {
          if (!follow) {
            if (!match || matches(match, rel, counter)) {
              record?.links.push(name);
              skippedSymlinks.add(rel);
            }
            continue;
          }
          followedLink = true;
          const abs = `${dir.abs}${sep}${name}`;
          const real = checkReal(line, rel, abs);
          let st: Stats;
          try {
            st = statSync(abs);
          } catch (e) {
            throw new UserError(`cannot read ${shown(rel)}: ${why(e)}`, {
              ...where(line),
              fix: 'Fix the link, make its target readable by the runner user, or exclude it',
            });
          }
          if (st.isFile()) {
            if ((!match || matches(match, rel, counter)) && fresh(rel)) files.push(rel);
          } else if (st.isDirectory()) {
            for (let c: Chain | undefined = dir.chain; c; c = c.parent) {
              if (c.real === real) {
                throw new UserError(`the symbolic link ${quotePath(rel)} points back to a directory it is in (${real}), a loop`, {
                  ...where(line),
                  fix: 'Remove the link, exclude it, or set follow-symlinks: false',
                });
              }
            }
            subdirs.push({ rel, abs, chain: { real, parent: dir.chain } });
          } else if (!match || matches(match, rel, counter)) skippedSpecial.add(rel);
        } else if (!match || matches(match, rel, counter)) {
          record?.special.push(name);
          skippedSpecial.add(rel);
        }
      }
      if (record && !followedLink) memo!.put(line, dir.rel, record);
      for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
      if (files.length) {
        counter.n += files.length;
        yield files;
      }
    }
  }

  for (const line of includes) {
    const abs = line === '' ? root : join(root, ...line.split('/'));
    let st: Stats | undefined;
    try {
      st = lstatSync(abs);
    } catch (e) {
      const code = codeOf(e);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        throw new UserError(`cannot read ${shown(line)}: ${why(e)}`, {
          ...where(line),
          fix: 'Make the path and its folders readable by the runner user',
        });
      }
    }
    if (line === '' && st) {
      // The workspace itself: taken as it is, even when GITHUB_WORKSPACE is (or goes through) a link.
      yield* walk(line, line, abs, rootReal, undefined, { n: 0, matched: false });
      continue;
    }
    if (st) {
      // A path that exists is taken literally, even when it looks like a glob.
      if (excludedWithAncestors(line)) continue;
      let real = checkReal(line, line, abs);
      if (st.isSymbolicLink()) {
        if (!follow) {
          throw new UserError(`${shown(line)} is a symbolic link, and follow-symlinks is false`, {
            ...where(line),
            fix: 'Set follow-symlinks: true, or name the real path',
          });
        }
        st = statSync(abs);
        real = realpathSync(abs);
      }
      if (st.isFile()) {
        if (fresh(line)) yield [line];
      } else if (st.isDirectory()) yield* walk(line, line, abs, real, undefined, { n: 0, matched: false });
      else throw new UserError(`${shown(line)} is not a regular file or a directory`, { ...where(line), fix: 'Name files or directories' });
      continue;
    }
    const scan = picomatch.scan(line);
    if (!scan.isGlob) {
      const quoted = /^(['"]).*\1$/s.test(line);
      throw new UserError(`${shown(line)} does not exist`, {
        ...where(line),
        fix: quoted
          ? 'Write the path without quotes: each line is one path, taken as it is'
          : 'Check the path (relative to the workspace) and that the files are there before this step (checked out, downloaded or restored)',
      });
    }
    const base = scan.base;
    const baseAbs = base === '' ? root : join(root, ...base.split('/'));
    let baseStat: Stats | undefined;
    try {
      baseStat = statSync(baseAbs);
    } catch {
      baseStat = undefined;
    }
    const isMatch = picomatch(line, { dot: true });
    const counter = { n: 0, matched: false };
    if (baseStat?.isDirectory() && !excludedWithAncestors(base)) {
      const real = checkReal(line, base, baseAbs);
      yield* walk(line, base, baseAbs, real, isMatch, counter);
    }
    // With several lines, a glob whose files another line already gave still matched something.
    if (counter.n === 0 && !(seen && counter.matched)) {
      throw new UserError(`the glob ${quotePath(line)} matches no file`, {
        ...where(line),
        fix: 'Check the pattern (relative to the workspace; * does not cross /, ** does) and that the files are there before this step',
      });
    }
  }
  report.skippedSymlinks.push(...skippedSymlinks);
  report.skippedSpecial.push(...skippedSpecial);
}

/**
 * A path line relative to the root, in POSIX form without `./`, `//` or a trailing slash. Absolute
 * paths inside the root are accepted; anything that leaves the root is an error.
 */
export function normalizeLine(root: string, line: string, input: string | undefined): string {
  let p = line.trim();
  if (isAbsolute(p)) {
    const rel = relative(root, p);
    if (rel.startsWith('..') || isAbsolute(rel)) throw outside(line, input);
    p = rel.split(sep).join('/');
  }
  p = posix.normalize(p);
  if (p === '..' || p.startsWith('../')) throw outside(line, input);
  if (p === '.' || p === './') return '';
  return p.replace(/^\.\//, '').replace(/\/+$/, '');
}

function outside(line: string, input: string | undefined): UserError {
  return new UserError(`${quotePath(line)} leads outside the workspace`, {
    ...(input ? { input } : {}),
    fix: 'Use a path inside the workspace (GITHUB_WORKSPACE); copy or download the data there first',
  });
}

function isInsideDir(dir: string, p: string): boolean {
  return p === dir || p.startsWith(dir.endsWith(sep) ? dir : `${dir}${sep}`);
}

/** Node decodes file names as UTF-8; a name that is not valid UTF-8 could not be opened again. */
function checkUtf8Names(abs: string, rel: string, line: string, where: (line: string) => { key: string; input?: string }): void {
  const raw = readdirSync(abs, { encoding: 'buffer' });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const name of raw) {
    try {
      decoder.decode(name);
    } catch {
      const shown = `${rel ? `${rel}/` : ''}${name.toString('utf8')}`;
      throw new UserError(`the file name ${quotePath(shown)} is not valid UTF-8`, {
        ...where(line),
        fix: 'Rename the file (or exclude it); the manifest and the listing need UTF-8 paths',
      });
    }
  }
}

/** `match(rel)`, noting in `counter` that the line matched something. */
function matches(match: (rel: string) => boolean, rel: string, counter: { matched: boolean }): boolean {
  if (!match(rel)) return false;
  counter.matched = true;
  return true;
}

/** A directory's stat for the listing memo (through links: a followed link's target), or undefined. */
function dirStat(abs: string): Stats | undefined {
  try {
    return statSync(abs, { throwIfNoEntry: false });
  } catch {
    return undefined; // e.g. no permission: the readdir that follows reports it
  }
}

/** A root-relative path for a message; the root itself is '.'. */
function shown(rel: string): string {
  return rel === '' ? `'.' (the workspace)` : quotePath(rel);
}

/** What a file-system error means, in words. */
function why(e: unknown): string {
  const code = codeOf(e);
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ELOOP: 'a symbolic link loop',
    ENAMETOOLONG: 'the name is too long',
    ENOENT: 'it does not exist',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EIO: 'an input/output error (a failing disk or network file system)',
  };
  return words[code] ?? `the file system answered ${code}`;
}

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
}
