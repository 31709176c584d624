/**
 * Builds the deploy bundle once per test run. Every deploy integration file needs a fresh bundle, but
 * scripts/build.ts empties actions/deploy/dist before it writes: two files building at once (vitest
 * runs files in parallel) would let one run a bundle the other is rewriting. The first file to get
 * here builds, under a lock directory in the run's temporary folder; the others wait for its marker.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from '../../harness/step-runner.ts';

export async function ensureDeployBundle(): Promise<void> {
  const dir = tmpdir();
  // Only inside a test run (global-setup gives each run its own temporary folder) is a marker safe to trust.
  const perRun = /mlops-tests-/.test(dir);
  const marker = join(dir, 'deploy-bundle.built');
  const lock = join(dir, 'deploy-bundle.lock');
  if (perRun && existsSync(marker)) return;
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (perRun && existsSync(marker)) return;
      if (Date.now() > deadline) throw new Error('waited 180 s for another test file to build the deploy bundle');
      await sleep(200);
    }
  }
  try {
    if (perRun && existsSync(marker)) return;
    execFileSync(process.execPath, ['scripts/build.ts', 'deploy'], { cwd: repoRoot, stdio: 'ignore' });
    if (perRun) writeFileSync(marker, '');
  } finally {
    rmdirSync(lock);
  }
}
