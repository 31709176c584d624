/**
 * The audit run of every robustness case (README.md in this folder):
 *   ROBUSTNESS_AUDIT_FILE=/tmp/audit.jsonl npx vitest run -c test/robustness/vitest.audit.config.ts \
 *     --reporter=default --reporter=json --outputFile.json=/tmp/audit-tests.json
 *   node_modules/.bin/node test/robustness/audit/report.ts /tmp/audit.jsonl /tmp/audit-tests.json
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { shared } from '../../vitest.config.ts';

export const ROBUSTNESS_FILES = [
  'test/robustness/*.test.ts',
  'test/integration/*/robustness.test.ts',
  'test/integration/*/github-faults.test.ts',
];

export default defineConfig({
  test: {
    ...shared,
    root: resolve(import.meta.dirname, '..', '..'),
    include: ROBUSTNESS_FILES,
    // The integration project's pool (vitest.config.ts): in-process steps change the working directory,
    // which only a process's main thread may do.
    pool: 'forks',
    maxWorkers: 2,
    setupFiles: [...shared.setupFiles, 'test/robustness/audit/setup.ts'],
    // A hang is a failed case, not a stalled run (each step is also stopped after 30 s by the setup).
    testTimeout: 120_000,
  },
});
