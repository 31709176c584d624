import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '@mlops-actions/errors';

export function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Resolves `p` against `root` and refuses anything that lands outside it. */
export function resolveInside(root: string, p: string, what: { input?: string; key?: string } = {}): string {
  const abs = resolve(root, p);
  if (!isInside(root, abs)) {
    throw new UserError(`'${p}' leads outside the workspace`, {
      ...what,
      fix: 'Use a path inside the workspace (GITHUB_WORKSPACE)',
    });
  }
  return abs;
}

/** Workspace-relative path with forward slashes, whatever the platform. */
export function toPosixRelative(root: string, abs: string): string {
  const rel = relative(root, abs);
  return sep === '/' ? rel : rel.split(sep).join('/');
}
