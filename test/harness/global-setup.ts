/**
 * Gives the whole test run one temporary folder (TMPDIR, inherited by every worker and every process
 * the tests start) and removes it at the end, so the many workspaces, registries and servers tests
 * make leave nothing behind on the machine.
 */
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_LAUNCHER_ENV, serveChromium } from './chromium.ts';
import { mermaidService } from './mermaid.ts';

export default async function setup(): Promise<() => Promise<void>> {
  // Each vitest project (unit, integration) lists this setup and vitest runs it once per project: the
  // first one makes the folder, the others share it.
  if (process.env['MLOPS_TEST_TMPDIR'] && process.env['MLOPS_TEST_TMPDIR'] === process.env['TMPDIR']) return async () => undefined;
  const dir = mkdtempSync(join(runFolderBase(), 'mlops-tests-'));
  process.env['MLOPS_TEST_TMPDIR'] = dir;
  // Like /tmp itself: some tests run a step as an unprivileged user, which must reach its files here.
  chmodSync(dir, 0o1777);
  process.env['TMPDIR'] = dir;
  // Node's module compile cache for every process the tests start (bundles, `mlops`, workers): each
  // compiles the same code, and the cache spares the re-compiling (nodejs.org/api/module.html#module-compile-cache).
  process.env['NODE_COMPILE_CACHE'] = join(dir, 'node-compile-cache');
  // scripts/build.ts's bundle cache (scripts/lib/build-cache.ts) for every build of the run, in-process and in
  // the copies and clones whose `npm run check` / `npm run release` the tests run: the same sources are
  // bundled once, not once per freshness check. Keyed by every input's contents, so a changed source rebuilds.
  process.env['MLOPS_BUILD_CACHE'] = join(dir, 'build-cache');
  // One Chromium for the whole run (test/harness/chromium.ts): started at the first file that asks this
  // launcher, closed here before the folder holding its profile goes. It also keeps the run's one page with
  // mermaid loaded (test/harness/mermaid.ts).
  const chromium = await serveChromium({ mermaid: mermaidService() });
  process.env[CHROMIUM_LAUNCHER_ENV] = chromium.url;
  return async () => {
    await chromium.close();
    if (process.env['KEEP_TEST_TMP'] === '1') console.log(`test files kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  };
}

/** tmpfs's magic number in statfs(2)'s f_type (linux/magic.h, TMPFS_MAGIC). */
const TMPFS_MAGIC = 0x01021994;
/** Free room a tmpfs must have to hold a run: a whole run peaked at 188 MB (sampled every 2 s), well under this. */
const TMPFS_MIN_FREE = 4 * 1024 ** 3;

/**
 * Where the run's folder goes: MLOPS_TEST_TMP_BASE when set; else /dev/shm when it is a writable tmpfs
 * with room; else the system temp folder. A run creates and deletes tens of thousands of small files
 * (workspaces, git repositories, registries), and on a disk file system the kernel's share of that is
 * a large part of the suite's CPU (test/README.md, "Where the run's files go").
 */
function runFolderBase(): string {
  const chosen = process.env['MLOPS_TEST_TMP_BASE'];
  if (chosen) return chosen;
  try {
    const fs = statfsSync('/dev/shm');
    accessSync('/dev/shm', constants.W_OK);
    if (fs.type === TMPFS_MAGIC && fs.bavail * fs.bsize >= TMPFS_MIN_FREE && !mountedNoexec('/dev/shm')) return '/dev/shm';
  } catch {
    // No /dev/shm (macOS, Windows) or not writable: the system temp folder.
  }
  return tmpdir();
}

/**
 * Whether the mount at `point` forbids running programs (noexec, as hardened hosts and some containers
 * mount /dev/shm): tests run hooks and scripts from the run's folder. Read from /proc/self/mountinfo
 * (proc(5): the 5th field is the mount point, the 6th its options; the last mount at a point wins).
 */
function mountedNoexec(point: string): boolean {
  let options: string | undefined;
  for (const line of readFileSync('/proc/self/mountinfo', 'utf8').split('\n')) {
    const f = line.split(' ');
    if (f[4] === point) options = f[5];
  }
  return options === undefined || options.split(',').includes('noexec');
}
