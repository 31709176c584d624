/**
 * One of the suite's actions bundled from its current sources once per test run, for the test files
 * that must run what the sources build rather than the committed dist/: built with scripts/build.ts's
 * buildAction into the run's temporary folder (test/harness/global-setup.ts), as a folder holding the
 * action.yml and dist/ (runStep's `actionDir`). The first file to ask builds under a lock folder; the
 * others wait for its marker and reuse the bundle, so a run bundles each action once, and nothing
 * rewrites actions/<name>/dist under another file's feet.
 */
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildAction } from '../../scripts/build.ts';
import { oncePerRun } from './once-per-run.ts';
import { markSourceBuild, redirectAction, repoRoot } from './step-runner.ts';
import { tempDir } from './temp.ts';

async function bundleInto(action: string, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o755 });
  await buildAction(action, join(dir, 'dist'));
  await copyFile(join(repoRoot, 'actions', action, 'action.yml'), join(dir, 'action.yml'));
}

const mine = new Map<string, Promise<string>>();

/**
 * The folder (action.yml + dist/) of `action` bundled from its sources in this test run. The bundle is
 * made when a step first runs it as a process (runStep): a file whose steps all run in-process from the
 * sources never waits for esbuild.
 */
export function freshActionDir(action: string): Promise<string> {
  let pending = mine.get(action);
  if (!pending) {
    pending = folderFor(action).then((dir) => {
      let built: Promise<void> | undefined;
      markSourceBuild(action, dir, () => (built ??= build(action, dir)));
      return dir;
    });
    mine.set(action, pending);
  }
  return pending;
}

/** Where the bundle of `action` goes: shared by the run's files in the run's own temporary folder. */
async function folderFor(action: string): Promise<string> {
  const root = tmpdir();
  // Only in a test run's own temporary folder is a bundle from another file of the run safe to trust.
  if (!/mlops-tests-/.test(root)) return join(await tempDir('mlops-fresh-action-'), action);
  return join(root, 'mlops-fresh-actions', action);
}

async function build(action: string, dir: string): Promise<void> {
  const base = dirname(dir);
  if (!/mlops-tests-/.test(base)) return bundleInto(action, dir);
  await oncePerRun(base, action, async () => {
    await rm(dir, { recursive: true, force: true });
    await bundleInto(action, dir);
    return dir;
  });
}

/**
 * Runs `action` bundled from its sources (freshActionDir) in every runStep of this test file that does not
 * name its own actionDir: for files that must test what the sources build without rewriting actions/<name>/dist.
 */
export async function useFreshAction(action: string): Promise<string> {
  const dir = await freshActionDir(action);
  redirectAction(action, dir);
  return dir;
}
