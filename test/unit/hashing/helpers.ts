import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDirSync } from '../../harness/temp.ts';

/** A temp directory, removed after the test file (the harness's one temp-folder helper, test/harness/setup.ts). */
export const tempDir = (prefix = 'hashing-'): string => tempDirSync(prefix);

/** Writes files (relative path → content) under root, creating folders. */
export function writeTree(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
}

/** Runs a shell command in `cwd` and returns its stdout; fails the test on a non-zero exit. */
export function sh(cwd: string, command: string, env: Record<string, string> = {}): string {
  const r = spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C', ...env } });
  if (r.status !== 0) throw new Error(`${command} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/**
 * The coreutils reference: the digest of `<tool>`'s listing of the regular files under `dirs`, sorted
 * bytewise. NUL-separated so names holding a newline survive the pipeline.
 */
export function coreutilsHash(cwd: string, dirs: string, tool = 'sha256sum'): string {
  return sh(cwd, `set -o pipefail; find ${dirs} -type f -print0 | LC_ALL=C sort -z | xargs -0 -r ${tool} -- | ${tool}`).split(' ')[0]!;
}
