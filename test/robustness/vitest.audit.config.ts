/**
 * The audit run of every robustness case (README.md in this folder):
 *   ROBUSTNESS_AUDIT_FILE=/tmp/audit.jsonl npx vitest run -c test/robustness/vitest.audit.config.ts \
 *     --reporter=default --reporter=json --outputFile.json=/tmp/audit-tests.json
 *   node_modules/.bin/node test/robustness/audit/report.ts /tmp/audit.jsonl /tmp/audit-tests.json
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.ts';

export const ROBUSTNESS_FILES = [
  'test/robustness/*.test.ts',
  'test/integration/*/robustness.test.ts',
  'test/integration/*/github-faults.test.ts',
];

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    root: resolve(import.meta.dirname, '..', '..'),
    include: ROBUSTNESS_FILES,
    setupFiles: ['test/robustness/audit/setup.ts'],
    // A hang is a failed case, not a stalled run (each step is also stopped after 30 s by the setup).
    testTimeout: 120_000,
  },
});
