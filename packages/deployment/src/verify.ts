import { lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { UserError } from '@mlops-actions/errors';
import { sha256File } from '@mlops-actions/files';
import type { CardFile } from './types.ts';

/** Card paths are forward-slash paths inside the version; anything else could escape the release directory. */
export function checkCardPath(p: string, where: string): void {
  const parts = p.split('/');
  if (p === '' || p.startsWith('/') || p.includes('\\') || parts.some((s) => s === '' || s === '.' || s === '..')) {
    throw new UserError(`the model card lists an unsafe file path '${p}'`, {
      key: where,
      fix: 'Re-register the version with relative paths inside the model folder',
    });
  }
}

export interface Mismatch {
  path: string;
  problem: 'missing' | 'digest' | 'size' | 'extra';
  expected?: string | undefined;
  actual?: string | undefined;
}

/**
 * Compares a directory with the card's files: every listed file present with its sha256 (and size),
 * and no other file (an extra file in a release would be served too). `ignore` names files the
 * deployment itself adds (the release marker); `contents: false` checks presence and sizes only.
 */
export async function compareWithCard(
  dir: string,
  files: readonly CardFile[],
  o: { ignore?: readonly string[]; contents?: boolean } = {},
): Promise<Mismatch[]> {
  const ignore = o.ignore ?? [];
  const out: Mismatch[] = [];
  const listed = new Set(files.map((f) => f.path));
  // Hash a few files at a time: the disk and the SHA-256 unit stay busy without opening everything at once.
  const queue = [...files];
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      checkCardPath(f.path, `files.${f.path}`);
      const abs = join(dir, ...f.path.split('/'));
      const st = await lstat(abs).catch(() => undefined);
      if (!st?.isFile()) {
        out.push({ path: f.path, problem: 'missing' });
        continue;
      }
      if (f.size !== undefined && st.size !== f.size) {
        out.push({ path: f.path, problem: 'size', expected: String(f.size), actual: String(st.size) });
        continue;
      }
      if (o.contents === false) continue;
      const { sha256: actual } = await sha256File(abs);
      if (actual !== f.sha256.toLowerCase()) out.push({ path: f.path, problem: 'digest', expected: f.sha256, actual });
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, Math.max(1, files.length)) }, worker));
  for (const p of await listFiles(dir)) {
    if (!listed.has(p) && !ignore.includes(p)) out.push({ path: p, problem: 'extra' });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => !e.isDirectory()).map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

export function describeMismatches(m: readonly Mismatch[], limit = 5): string {
  const shown = m
    .slice(0, limit)
    .map((x) =>
      x.problem === 'missing'
        ? `${x.path} is missing`
        : x.problem === 'extra'
          ? `${x.path} is not in the card`
          : x.problem === 'size'
            ? `${x.path} has ${x.actual} bytes, the card says ${x.expected}`
            : `${x.path} has sha256 ${x.actual}, the card says ${x.expected}`,
    );
  return shown.join('; ') + (m.length > limit ? `; and ${m.length - limit} more` : '');
}
