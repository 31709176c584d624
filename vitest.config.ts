import { defineConfig } from 'vitest/config';

/**
 * Two projects (`vitest run --project unit`, `npm run test:unit` / `npm run test:integration`):
 *  - unit: test/unit/**, in-process logic. Child processes (`forks`) without per-file isolation, so a
 *    worker loads the modules once instead of once per file: a file must leave no module state behind
 *    (close what it opens in afterAll, restore process.env). Checked in a shuffled file order
 *    (--sequence.shuffle.files). Forks, not worker threads: many unit files start git and other programs,
 *    and Linux's fork copies the page tables of the whole parent process, so each start costs in
 *    proportion to the parent's memory. Threads share vitest's main process (its memory and three more
 *    workers'); a fork is one worker's. Measured back to back, twice each: 58 s and 59 s of wall time
 *    and 96 s and 98 s of CPU with threads (40 s of it in the kernel), 42 s and 44 s and 70 s and 74 s
 *    with forks (16–17 s in the kernel).
 *  - integration: test/integration/** and test/robustness/**, which run the actions (most in-process from
 *    their sources, some as bundles), servers, git and Chromium: child processes (`forks`), because an
 *    in-process step changes the working directory, which only a process's main thread may do. A fork
 *    runs several files in turn without isolation, as the unit workers do (a file leaves no module
 *    state behind; setup.ts resets the step runner after each file): 36 s less CPU and 20 s less time
 *    for the whole suite than a fresh fork per file (284 s against 320 s of CPU, measured back to back),
 *    and checked in a shuffled file order (--sequence.shuffle.files).
 * Four files at a time on two cores: a file spends part of its time waiting on the processes, servers
 * and git it starts, so fewer workers leave a core idle (measured before steps ran in-process: one file
 * at a time, 339 s; four, 226 s).
 */
export const shared = {
  exclude: ['**/node_modules/**', 'test/bench/**'],
  globalSetup: ['test/harness/global-setup.ts'],
  setupFiles: ['test/harness/setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // Per project: a project that does not extend the root config otherwise gets vitest's default, one
  // worker on two cores (the files of the whole run then went one at a time).
  maxWorkers: 4,
};

export default defineConfig({
  test: {
    maxWorkers: 4,
    projects: [
      { extends: false, test: { ...shared, name: 'unit', include: ['test/unit/**/*.test.ts'], pool: 'forks', isolate: false } },
      {
        extends: false,
        test: {
          ...shared,
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/robustness/**/*.test.ts'],
          pool: 'forks',
          isolate: false,
        },
      },
    ],
  },
});
