/**
 * Bundles a test-only action under test/fixtures/<name>/ (action.yml + src/main.ts) exactly as
 * scripts/build.ts bundles the real actions, once per test process. Pass the result as runStep's
 * `actionDir`. Identical bundles share one folder under the system temp dir (named by a hash of the
 * bundle), so test runs do not pile up copies. In a test run's own temporary folder (global-setup.ts)
 * the bundle is made once per run: the first file to ask builds it under a lock folder, the others
 * (in other worker processes) wait for its marker and reuse it (once-per-run.ts), as fresh-action.ts does for the
 * actions (three files bundle the probe action, about 1 s of esbuild CPU each).
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAction } from '../../scripts/build.ts';
import { oncePerRun } from './once-per-run.ts';
import { repoRoot } from './step-runner.ts';

const built = new Map<string, Promise<{ dir: string; ms: number }>>();

async function hashTree(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
  for (const file of files)
    hash
      .update(file.slice(dir.length))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

export async function buildFixtureAction(name: string): Promise<{ dir: string; ms: number }> {
  let pending = built.get(name);
  if (!pending) {
    pending = oncePerRunBundle(name, () => bundle(name));
    built.set(name, pending);
  }
  return pending;
}

/** The bundle another file of this test run made (its marker names the folder), else `make()`'s under a lock. */
async function oncePerRunBundle(name: string, make: () => Promise<{ dir: string; ms: number }>): Promise<{ dir: string; ms: number }> {
  if (!/mlops-tests-/.test(tmpdir())) return make();
  const started = performance.now();
  const dir = await oncePerRun(join(tmpdir(), 'mlops-fixture-actions'), name, async () => (await make()).dir);
  return { dir, ms: performance.now() - started };
}

async function bundle(name: string): Promise<{ dir: string; ms: number }> {
  const started = performance.now();
  const source = join(repoRoot, 'test', 'fixtures', name);
  const root = join(tmpdir(), 'mlops-fixture-actions');
  await mkdir(root, { recursive: true });
  const staging = await mkdtemp(join(root, `.${name}-`));
  try {
    await buildAction(name, join(staging, 'dist'), join(source, 'src'));
    await copyFile(join(source, 'action.yml'), join(staging, 'action.yml'));
    const dir = join(root, `${name}-${await hashTree(staging)}`);
    // Another worker may have published the same bundle first; either copy is the same.
    await rename(staging, dir).catch(() => undefined);
    return { dir, ms: performance.now() - started };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
