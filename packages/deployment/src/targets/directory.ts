import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, lstat, readFile, readlink, rename, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { messageOf } from '@mlops-actions/errors';
import { makeFolders } from '@mlops-actions/files';
import type { Logger, Release } from '../types.ts';
import { compareWithCard, describeMismatches } from '../verify.ts';
import { TargetFailed, type Target } from './target.ts';

/** Written into every release directory, so a server (or a person) can tell what it serves. */
export const RELEASE_MARKER = '.mlops-release.json';

export interface DirectoryTargetOptions {
  /** The serving directory: releases/<version>/ and the `current` link live here. */
  servingDir: string;
  log: Logger;
  now?: () => Date;
}

/** A version is one path segment under releases/; anything else could write outside it. */
export function releaseDirName(version: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(version) || version.includes('..')) {
    throw new TargetFailed(`version '${version}' cannot name a release directory (letters, digits, '.', '_', '+', '-' only)`, false);
  }
  return version;
}

/**
 * Copies the release into <serving-dir>/releases/<version>/ (staged under a temporary name and
 * renamed into place, so the directory is complete or absent), then points <serving-dir>/current at
 * it by creating a temporary symbolic link and rename()-ing it over `current`. rename(2) replaces the
 * link in one step: a reader that opens `current/<file>` sees the old release or the new one, never
 * a missing or partial one. Older releases are kept (rollback switches back to them without copying).
 */
export function directoryTarget(o: DirectoryTargetOptions): Target {
  const serving = resolve(o.servingDir);
  const releases = join(serving, 'releases');
  const current = join(serving, 'current');
  // What `current` pointed at before this run's first deploy, for undo() after a failed first deployment.
  let before: { target: string | undefined } | undefined;
  let created: string | undefined;

  return {
    kind: 'directory',
    describe: () => `directory (${serving})`,

    async deploy(release) {
      const name = releaseDirName(release.version);
      const dest = join(releases, name);
      const link = await currentLink(current);
      before ??= { target: link };
      try {
        await makeFolders(releases);
      } catch (e) {
        throw fsFailure(e, releases, `cannot create ${releases}`);
      }
      const existing = await lstat(dest).catch(() => undefined);
      if (existing && (await compareWithCard(dest, release.files, { ignore: [RELEASE_MARKER] })).length === 0) {
        o.log.info(`releases/${name} already holds ${release.model} ${release.version} (verified); reusing it`);
      } else {
        const staging = join(releases, `.${name}.staging-${randomBytes(4).toString('hex')}`);
        try {
          await stage(release, staging, o.now?.() ?? new Date());
          if (existing) {
            // A release directory that no longer matches its card (edited by hand): replace it whole.
            o.log.warning(`releases/${name} does not match the model card; replacing it`);
            const stale = join(releases, `.${name}.stale-${randomBytes(4).toString('hex')}`);
            await rename(dest, stale);
            await rename(staging, dest);
            await rm(stale, { recursive: true, force: true });
          } else {
            await rename(staging, dest);
            if (release.reason === 'deploy') created = dest;
          }
        } catch (e) {
          await rm(staging, { recursive: true, force: true }).catch(() => undefined);
          if (e instanceof TargetFailed) throw e;
          throw fsFailure(e, dest, `cannot copy ${release.model} ${release.version} into ${dest}`);
        }
        o.log.info(`copied ${release.files.length} file(s) into releases/${name}`);
      }
      await switchLink(current, join('releases', name));
      o.log.info(`current -> releases/${name}${link ? ` (was ${link})` : ''}`);
    },

    async served() {
      // What `current` points at, by the marker written into every release (undefined: nothing served).
      const link = await currentLink(current).catch(() => undefined);
      if (link === undefined) return undefined;
      const marker = await readFile(join(resolve(serving, link), RELEASE_MARKER), 'utf8').catch(() => undefined);
      if (marker === undefined) return undefined;
      try {
        const v = (JSON.parse(marker) as { version?: unknown }).version;
        return typeof v === 'string' ? v : undefined;
      } catch {
        return undefined;
      }
    },

    async undo() {
      if (!before) return undefined;
      if (before.target === undefined) {
        await unlink(current).catch(() => undefined);
        if (created) await rm(created, { recursive: true, force: true });
        return `removed the current link (nothing was served before)`;
      }
      await switchLink(current, before.target);
      if (created && resolve(serving, before.target) !== created) await rm(created, { recursive: true, force: true });
      return `current points at ${before.target} again`;
    },
  };
}

/** The link's target as written, undefined when there is none; anything but a link is refused. */
async function currentLink(current: string): Promise<string | undefined> {
  const st = await lstat(current).catch(() => undefined);
  if (!st) return undefined;
  if (!st.isSymbolicLink()) {
    throw new TargetFailed(
      `${current} is a ${st.isDirectory() ? 'directory' : 'file'}, not a symbolic link, so it cannot be switched atomically`,
      false,
      {
        input: 'serving-dir',
        fix: `Move it away (e.g. into releases/) and let deploy create the link`,
      },
    );
  }
  return readlink(current);
}

async function stage(release: Release, staging: string, now: Date): Promise<void> {
  await makeFolders(staging);
  for (const f of release.files) {
    const to = join(staging, ...f.path.split('/'));
    await makeFolders(dirname(to));
    // A copy-on-write clone where the filesystem can (btrfs, XFS, APFS), a plain copy elsewhere.
    await copyFile(join(release.path, ...f.path.split('/')), to, constants.COPYFILE_FICLONE);
  }
  const marker = {
    model: release.model,
    version: release.version,
    digest: release.digest,
    environment: release.environment,
    staged_at: now.toISOString(),
    files: release.files.map((f) => ({ path: f.path, sha256: f.sha256 })),
  };
  await writeFile(join(staging, RELEASE_MARKER), `${JSON.stringify(marker, null, 2)}\n`);
  // The source was verified against the card just before; the copy is checked for completeness
  // (every file, its size, nothing else) before anyone can be pointed at it.
  const wrong = await compareWithCard(staging, release.files, { ignore: [RELEASE_MARKER], contents: false });
  if (wrong.length) throw new TargetFailed(`the copy in ${staging} does not match the card: ${describeMismatches(wrong)}`, false);
}

/** Points `link` at `target` in one rename(2): a temporary link beside it, renamed over it. */
export async function switchLink(link: string, target: string): Promise<void> {
  const tmp = join(dirname(link), `.current.${process.pid}.${randomBytes(4).toString('hex')}`);
  try {
    await symlink(target, tmp, 'dir');
    await rename(tmp, link);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw fsFailure(e, link, `cannot switch ${link} to ${target}`);
  }
}

/**
 * A file system error in words, naming the path and the fix (the serving directory is the input a
 * person can change), instead of Node's "EEXIST: file already exists, mkdir …". Nothing was switched.
 */
function fsFailure(e: unknown, path: string, what: string): TargetFailed {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const fix = 'Point serving-dir at a directory the runner can write (its releases/ must be a directory and current a symbolic link)';
  const why: Record<string, string> = {
    EEXIST: `${path} is a file, not a directory`,
    ENOTDIR: `${path} is below a file, not a directory (serving-dir or a folder in it is a file)`,
    EACCES: `the runner's user may not write ${path}`,
    EPERM: `the runner's user may not write ${path}`,
    EROFS: `${path} is on a read-only file system`,
    ENOSPC: `the disk holding ${path} is full`,
    EISDIR: `${path} is a directory where a link or file was expected`,
    ENOENT: `${path} cannot be created there (a folder above it does not accept new folders)`,
  };
  const reason = (code && why[code]) ?? messageOf(e);
  return new TargetFailed(`${what}: ${reason}`, false, {
    input: 'serving-dir',
    fix: code === 'ENOSPC' ? 'Free space on that disk (old releases/ can go, except the one current points at)' : fix,
  });
}
