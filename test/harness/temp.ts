/**
 * The one temporary-folder helper of the tests: `tempDir()` makes a folder under the run's TMPDIR (which
 * test/harness/global-setup.ts gives the whole run and removes at its end) and remembers it;
 * `removeTempDirs()` removes every folder made so far (test/harness/setup.ts does so after each test file,
 * `useTempDirsPerTest()` in index.ts after each test). No vitest import here: benchmarks run under plain node use it too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';

const made = new Set<string>();

const where = (prefix: string) => (isAbsolute(prefix) ? prefix : join(tmpdir(), prefix));

/** A new empty folder `<TMPDIR>/<prefix>XXXXXX` (or `<prefix>XXXXXX` for an absolute prefix). */
export function tempDirSync(prefix = 'mlops-test-'): string {
  const dir = mkdtempSync(where(prefix));
  made.add(dir);
  return dir;
}

/** A new empty folder `<TMPDIR>/<prefix>XXXXXX` (or `<prefix>XXXXXX` for an absolute prefix). */
export async function tempDir(prefix = 'mlops-test-'): Promise<string> {
  const dir = await mkdtemp(where(prefix));
  made.add(dir);
  return dir;
}

/** Removes the folders made with tempDir/tempDirSync so far (a step may have left them read-only: force). */
export async function removeTempDirs(): Promise<void> {
  const dirs = [...made];
  made.clear();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true, maxRetries: 3 })));
}

/** Synchronous removeTempDirs, for process exit handlers. */
export function removeTempDirsSync(): void {
  for (const d of made) rmSync(d, { recursive: true, force: true });
  made.clear();
}
