/**
 * Work done once per test run, shared by the run's files (in other workers and processes): the first
 * file to ask does it under a lock folder and records its result in a marker file; the others wait for
 * the lock and take the marker's result. Used for the bundles of fresh-action.ts and fixture-action.ts.
 * Only for folders in a test run's own temporary folder (global-setup.ts), which the run removes.
 */
import { mkdir, readFile, rename, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long a file waits for another that holds the lock (a bundle takes seconds, not minutes). */
const WAIT_MS = 180_000;

/** `make()`'s result for `name`, made once per run under `base` (`<name>.lock`, `<name>.built`). */
export async function oncePerRun(base: string, name: string, make: () => Promise<string>): Promise<string> {
  await mkdir(base, { recursive: true, mode: 0o755 });
  const marker = join(base, `${name}.built`);
  const lock = join(base, `${name}.lock`);
  const made = () => readFile(marker, 'utf8').catch(() => undefined);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const done = await made();
    if (done !== undefined) return done;
    try {
      await mkdir(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`waited ${WAIT_MS / 1000} s for another test file to make ${name}`);
      await sleep(100);
    }
  }
  try {
    const done = await made();
    if (done !== undefined) return done;
    const result = await make();
    // Written whole, then renamed into place: a file polling for the marker never reads half of it.
    await writeFile(`${marker}.tmp`, result);
    await rename(`${marker}.tmp`, marker);
    return result;
  } finally {
    await rmdir(lock);
  }
}
