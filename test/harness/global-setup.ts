/**
 * Gives the whole test run one temporary folder (TMPDIR, inherited by every worker and every process
 * the tests start) and removes it at the end, so the many workspaces, registries and servers tests
 * make leave nothing behind on the machine.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-tests-'));
  // Like /tmp itself: some tests run a step as an unprivileged user, which must reach its files here.
  chmodSync(dir, 0o1777);
  process.env['TMPDIR'] = dir;
  return () => {
    if (process.env['KEEP_TEST_TMP'] === '1') console.log(`test files kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  };
}
