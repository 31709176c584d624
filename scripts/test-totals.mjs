// Prints vitest's totals as one plain line, "N passed, N failed", from its JSON report. When there is no
// report (install, typecheck or the freshness check failed before vitest ran), that counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/vitest.json';
if (!existsSync(file)) {
  console.log('no vitest report: the install, the typecheck or the freshness check failed before the tests ran');
  console.log('0 passed, 1 failed');
} else {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const failed = r.numFailedTests + (r.numRuntimeErrors ?? 0) + (r.success === false && r.numFailedTests === 0 ? 1 : 0);
  if (r.numPendingTests || r.numTodoTests) console.log(`${r.numPendingTests} skipped, ${r.numTodoTests} todo`);
  console.log(`${r.numPassedTests} passed, ${failed} failed`);
}
