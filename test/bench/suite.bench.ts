/**
 * The test suite's time, side by side with the suite issue 19 measured (149 s of vitest time then, on two
 * cores; target under 75 s without dropping a case). In one run, alternating:
 *  1. the suite as filed: the test files of FILED_COMMIT, run at that commit (its own sources, vitest
 *     config and dependencies: a clone, `npm ci`);
 *  2. the same files at this checkout (MOVED says where the two files that were split or moved since
 *     went), with every case they hold now;
 *  3. the whole suite at this checkout, for the record: it also holds the cases of the issues that landed
 *     after the filing, so the filed suite has no counterpart for it.
 * Each run gives its wall time, the CPU of vitest and of every process it waited for (user + sys), and its
 * tests. It also counts the filed suite's tests whose names (describe titles and test title) are still
 * found in the same files now, so a dropped case shows. Needs the history up to FILED_COMMIT (a clone
 * with --depth does not have it) and the npm registry, for the filed commit's `npm ci`.
 *
 *   npm run bench -- suite                    one round (about six minutes on two cores)
 *   SUITE_BENCH_ROUNDS=3 npm run bench -- suite
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { median, processCpuMs } from '../harness/stats.ts';

const root = realpathSync(join(import.meta.dirname, '..', '..'));
/** The commit of the suite issue 19 was filed against: 2,866 tests in 85 files. */
const FILED_COMMIT = 'd5c88e735a940aa6967a1344dee3722ab427e3d9';
/** Filed files that were split or moved since, and where their cases are now. */
const MOVED: Record<string, string[]> = {
  // Split in two, both running the one contract suite (contract-suite.ts) that holds the old cases.
  'test/unit/registry/contract.test.ts': ['test/unit/registry/contract-read.test.ts', 'test/unit/registry/contract-register.test.ts'],
  // The fingerprint parser moved from the registry to the training-gate package (issue 19, item 2).
  'test/unit/registry/fingerprint.test.ts': ['test/unit/training-gate/fingerprint-parts.test.ts'],
};
const rounds = Number(process.env['SUITE_BENCH_ROUNDS'] ?? 1);

function git(args: string[], cwd = root): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim();
}

if (spawnSync('git', ['cat-file', '-e', `${FILED_COMMIT}^{commit}`], { cwd: root }).status !== 0) {
  console.error(`suite bench: commit ${FILED_COMMIT} is not in this clone's history; fetch it (git fetch --unshallow)`);
  process.exit(1);
}

const filedFiles = git(['ls-tree', '-r', '--name-only', FILED_COMMIT, '--', 'test'])
  .split('\n')
  .filter((f) => f.endsWith('.test.ts') && !f.startsWith('test/bench/'));
const sameFilesNow = filedFiles.flatMap((f) => MOVED[f] ?? [f]);
for (const f of sameFilesNow) {
  if (!existsSync(join(root, f))) {
    console.error(`suite bench: ${f}, a file of the filed suite, is gone; add where its cases went to MOVED in ${import.meta.filename}`);
    process.exit(1);
  }
}

// Real path: vitest names a test file by its real path, and testNames() takes it relative to the checkout.
const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'mlops-suite-bench-')));
// Like /tmp: the filed suite runs some steps as an unprivileged user, who must reach the clone's files
// (mkdtemp's 0700 made two of its data-hash cases fail).
chmodSync(scratch, 0o755);
const filedClone = join(scratch, 'filed');
console.log(`cloning ${FILED_COMMIT.slice(0, 7)} and installing its dependencies (npm ci), not timed`);
git(['clone', '--quiet', '--no-checkout', root, filedClone]);
git(['checkout', '--quiet', FILED_COMMIT], filedClone);
const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: filedClone, encoding: 'utf8' });
if (install.status !== 0) {
  console.error(`suite bench: npm ci at ${FILED_COMMIT.slice(0, 7)} failed:\n${install.stdout}${install.stderr}`);
  rmSync(scratch, { recursive: true, force: true });
  process.exit(1);
}

interface TestReport {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  testResults: { name: string; assertionResults: { ancestorTitles: string[]; title: string; status: string }[] }[];
}
interface Run {
  wallS: number;
  cpuS: number;
  report: TestReport;
}

/** `vitest run [files]` in `dir` with the JSON reporter, as `npm test` would start it (the checkout's node_modules/.bin first). */
function vitest(dir: string, files: string[], label: string): Run {
  const out = join(scratch, `${label}.json`);
  rmSync(out, { force: true }); // not the report of an earlier round
  const env = { ...process.env, PATH: `${join(dir, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}` };
  const cpu = processCpuMs().children;
  const t = performance.now();
  const r = spawnSync(join(dir, 'node_modules', '.bin', 'vitest'), ['run', '--reporter=json', `--outputFile=${out}`, ...files], {
    cwd: dir,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallS = (performance.now() - t) / 1000;
  const cpuS = (processCpuMs().children - cpu) / 1000;
  if (!existsSync(out)) throw new Error(`${label}: vitest wrote no report (exit ${r.status}):\n${r.stderr.slice(-4000)}`);
  return { wallS, cpuS, report: JSON.parse(readFileSync(out, 'utf8')) as TestReport };
}

/** How many tests of each name (describe titles and test title) each file has, by the file's path in `dir`. */
function testNames(report: TestReport, dir: string): Map<string, Map<string, number>> {
  const files = new Map<string, Map<string, number>>();
  for (const file of report.testResults) {
    const names = new Map<string, number>();
    for (const t of file.assertionResults) {
      const name = [...t.ancestorTitles, t.title].join(' > ');
      names.set(name, (names.get(name) ?? 0) + 1);
    }
    files.set(relative(dir, file.name), names);
  }
  return files;
}

const runs = { filed: [] as Run[], same: [] as Run[], whole: [] as Run[] };
try {
  for (let i = 0; i < rounds; i++) {
    console.log(`round ${i + 1} of ${rounds}, load average ${loadavg()[0]!.toFixed(1)}`);
    runs.filed.push(vitest(filedClone, [], 'filed'));
    runs.same.push(vitest(root, sameFilesNow, 'same'));
    runs.whole.push(vitest(root, [], 'whole'));
  }
  console.log(`load average at the end ${loadavg()[0]!.toFixed(1)}`);

  // A filed test is found when a test of its name is in its file now (for a moved file, in any file it
  // went to); a name the filed suite has n times must be there n times.
  const filedNames = testNames(runs.filed[0]!.report, filedClone);
  const nowNames = testNames(runs.same[0]!.report, root);
  let found = 0;
  const missing: string[] = [];
  for (const [file, names] of filedNames) {
    const now = (MOVED[file] ?? [file]).map((f) => nowNames.get(f) ?? new Map<string, number>());
    for (const [name, count] of names) {
      const there = Math.min(
        count,
        now.reduce((m, n) => m + (n.get(name) ?? 0), 0),
      );
      found += there;
      if (there < count) missing.push(`${file}: ${name}${count - there > 1 ? ` (${count - there} times)` : ''}`);
    }
  }
  const filedTotal = runs.filed[0]!.report.numTotalTests;

  const row = (what: string, rs: Run[], files: number) => {
    const r = rs[rs.length - 1]!.report;
    const each = (f: (x: Run) => string) => rs.map(f).join(', ');
    return `| ${what} | ${files} | ${r.numTotalTests} (${r.numPendingTests} skipped) | ${each((x) => String(x.report.numFailedTests))} | ${each((x) => `${x.wallS.toFixed(1)} s`)} | ${each((x) => `${x.cpuS.toFixed(1)} s`)} |`;
  };
  console.log(`\n${rounds} round(s), alternating; wall time of each run, and the CPU of vitest and the processes it waited for`);
  console.log('| suite | files | tests | failed | wall | CPU |');
  console.log('|---|---:|---|---|---|---|');
  console.log(row(`as filed, at ${FILED_COMMIT.slice(0, 7)}`, runs.filed, filedFiles.length));
  console.log(row('the same files, now', runs.same, sameFilesNow.length));
  console.log(row('the whole suite, now', runs.whole, runs.whole[0]!.report.testResults.length));
  const filedWall = median(runs.filed.map((r) => r.wallS));
  const sameWall = median(runs.same.map((r) => r.wallS));
  console.log(
    `\nthe filed suite: ${filedWall.toFixed(1)} s as filed, ${sameWall.toFixed(1)} s now (median wall): ${(filedWall / sameWall).toFixed(2)}× as fast; target under 75 s`,
  );
  console.log(
    `tests of the filed suite found by name in the same files now: ${found} of ${filedTotal}${missing.length ? '; not found by name:' : ''}`,
  );
  for (const m of missing) console.log(`  ${m}`);
  for (const [what, rs] of Object.entries(runs)) {
    for (const [i, x] of rs.entries()) {
      for (const f of x.report.testResults) {
        for (const t of f.assertionResults.filter((a) => a.status === 'failed')) {
          console.log(`failed (${what}, round ${i + 1}): ${f.name}: ${[...t.ancestorTitles, t.title].join(' > ')}`);
        }
      }
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
