/**
 * drift-report against its peer, in one run:
 *
 * 1. Exact comparison, reference and current of 1,000,000 rows each, 20 numerical and 5 categorical
 *    columns. Peer: one Python process with pandas read_csv and scipy (ks_2samp per numerical column,
 *    chisquare against the reference shares per categorical column) on the same files. Ours: the
 *    bundled action (as a runner starts it), with tests ks / chi-square (like for like), and with the
 *    automatic choice. Wall time and peak RSS (GNU time) of each process; the best of the runs.
 *    The statistics of both are compared column by column.
 * 2. Profile mode on growing CSV files (default 1, 3 and 10 GB; DRIFT_BENCH_PROFILE_GB="0.5,2", or 0 to skip):
 *    peak RSS (flat) and rows per second (constant when time grows linearly).
 * 3. The building blocks: CSV parsing (our reader vs the csv-parse library if installed), sorting.
 *
 *   npm run bench -- drift
 *   DRIFT_BENCH_ROWS=200000 DRIFT_BENCH_PROFILE_GB=0.2 npm run bench -- drift   (quick)
 *
 * Needs /usr/bin/python3 with pandas and scipy, and GNU time (/usr/bin/time).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAction } from '../../scripts/build.ts';

const ROWS = Number(process.env['DRIFT_BENCH_ROWS'] ?? 1_000_000);
const RUNS = Number(process.env['DRIFT_BENCH_RUNS'] ?? 2);
const PROFILE_GB = (process.env['DRIFT_BENCH_PROFILE_GB'] ?? '1,3,10')
  .split(',')
  .map(Number)
  .filter((x) => x > 0);
const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 20 numerical columns as real tables have them: 8 full-precision floats (17 significant digits, as
 * pandas and JS write doubles), 6 decimals with 2–4 places, 6 integers; 5 categorical columns of 3 to
 * 100 values with 1% missing. `shift` moves a few columns (the drift to find).
 */
function generate(file: string, rows: number, shift: number, seed: number, header = true): void {
  const r = rng(seed);
  const normal = () => {
    let u = 0;
    while (u === 0) u = r();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
  };
  const cats = [3, 7, 12, 30, 100];
  const fd = openSync(file, 'w');
  let out = '';
  if (header) {
    const names: string[] = [];
    for (let i = 0; i < 20; i++) names.push(`num_${i}`);
    for (let i = 0; i < 5; i++) names.push(`cat_${i}`);
    out = `${names.join(',')}\n`;
  }
  for (let row = 0; row < rows; row++) {
    const f: string[] = [];
    for (let i = 0; i < 8; i++) f.push(String(normal() * (i + 1) + 10 * i + (i < 3 ? shift : 0)));
    for (let i = 8; i < 14; i++) f.push((normal() * 5 + 100 + (i === 8 ? shift * 5 : 0)).toFixed(2 + (i % 3)));
    for (let i = 14; i < 20; i++) f.push(String(Math.floor(r() * (50 + i * 10) + (i === 14 ? shift * 10 : 0))));
    for (let i = 0; i < 5; i++) {
      if (r() < 0.01) {
        f.push('');
        continue;
      }
      f.push(`c${i}_${Math.floor(Math.pow(r(), 1 + (i === 0 ? shift : 0)) * cats[i]!)}`);
    }
    out += `${f.join(',')}\n`;
    if (out.length > 1 << 22) {
      writeSync(fd, out);
      out = '';
    }
  }
  writeSync(fd, out);
  closeSync(fd);
}

const PEER = `
import sys, time, resource, json
t0 = time.perf_counter()
import pandas as pd
from scipy import stats
ref = pd.read_csv(sys.argv[1]); cur = pd.read_csv(sys.argv[2])
t1 = time.perf_counter()
res = {}
for c in ref.columns:
    if pd.api.types.is_numeric_dtype(ref[c]):
        r = stats.ks_2samp(ref[c].dropna().to_numpy(), cur[c].dropna().to_numpy())
    else:
        rc = ref[c].value_counts(); cc = cur[c].value_counts()
        keys = rc.index.union(cc.index)
        rv = rc.reindex(keys, fill_value=0).to_numpy(float); cv = cc.reindex(keys, fill_value=0).to_numpy(float)
        r = stats.chisquare(cv, rv / rv.sum() * cv.sum())
    res[c] = [float(r.statistic), float(r.pvalue)]
t2 = time.perf_counter()
print(json.dumps({"read": t1 - t0, "tests": t2 - t1, "columns": res}))
`;

interface Measured {
  seconds: number;
  maxRssMb: number;
  stdout: string;
}

/** Runs a command under GNU time; wall seconds and peak RSS of the process (and its threads). */
function measure(cmd: string, args: string[], env: Record<string, string> = {}): Measured {
  const r = spawnSync(TIME, ['-f', '__TIME__ %e %M', cmd, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  const m = /__TIME__ ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`${cmd} failed (${r.status}):\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  return { seconds: Number(m[1]), maxRssMb: Number(m[2]) / 1024, stdout: r.stdout };
}

function actionEnv(dir: string, inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = { GITHUB_WORKSPACE: dir, RUNNER_TEMP: join(dir, 'runner'), GITHUB_OUTPUT: join(dir, 'output.txt') };
  const defaults: Record<string, string> = {
    mode: 'compare',
    format: 'auto',
    'drift-share': '0.5',
    correction: 'none',
    'schema-changes': 'drift',
    'upload-artifact': 'false',
    'fail-on-drift': 'false',
    issue: 'false',
    alias: 'production',
    registry: 'git:origin',
    'registry-branch': 'mlops-registry',
  };
  for (const [k, v] of Object.entries({ ...defaults, ...inputs })) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

const fmt = (x: number, d = 2) => x.toFixed(d);

function best(runs: Measured[]): Measured {
  return runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
}

async function main(): Promise<void> {
  if (!existsSync(PYTHON) || !existsSync(TIME)) {
    console.error(`needs ${PYTHON} (with pandas and scipy) and GNU time at ${TIME}`);
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'drift-bench-'));
  try {
    const dist = join(dir, 'dist');
    await buildAction('drift-report', dist);
    const action = join(dist, 'index.js');
    const ref = join(dir, 'reference.csv');
    const cur = join(dir, 'current.csv');
    const t = performance.now();
    generate(ref, ROWS, 0, 1);
    generate(cur, ROWS, 0.3, 2);
    console.log(
      `data: ${ROWS.toLocaleString('en-US')} rows × 25 columns per file, ${fmt(statSync(ref).size / 1e6, 0)} MB + ${fmt(statSync(cur).size / 1e6, 0)} MB (generated in ${fmt((performance.now() - t) / 1000, 1)} s)`,
    );
    const peerScript = join(dir, 'peer.py');
    writeFileSync(peerScript, PEER);
    writeFileSync(join(dir, 'output.txt'), '');

    // chi-square-gof is scipy's chisquare against the reference shares (the peer's test); the default
    // chi-square is now the two-sample contingency test.
    const likeForLike = JSON.stringify({
      '*': 'ks',
      cat_0: 'chi-square-gof',
      cat_1: 'chi-square-gof',
      cat_2: 'chi-square-gof',
      cat_3: 'chi-square-gof',
      cat_4: 'chi-square-gof',
    });
    const peerRuns: Measured[] = [];
    const oursRuns: Measured[] = [];
    const autoRuns: Measured[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Interleaved, so a burst of load on the machine hits both sides alike.
      peerRuns.push(measure(PYTHON, [peerScript, ref, cur]));
      oursRuns.push(
        measure(
          process.execPath,
          [action],
          actionEnv(dir, { reference: 'reference.csv', current: 'current.csv', tests: likeForLike, 'report-dir': 'out-ks' }),
        ),
      );
      autoRuns.push(
        measure(
          process.execPath,
          [action],
          actionEnv(dir, { reference: 'reference.csv', current: 'current.csv', 'report-dir': 'out-auto' }),
        ),
      );
    }
    const peer = best(peerRuns);
    const ours = best(oursRuns);
    const auto = best(autoRuns);
    const peerOut = JSON.parse(peer.stdout.trim().split('\n').pop()!) as {
      read: number;
      tests: number;
      columns: Record<string, [number, number]>;
    };
    const report = JSON.parse(readFileSync(join(dir, 'out-ks', 'report.json'), 'utf8')) as {
      columns: { name: string; statistic: number; p_value: number }[];
      timing: { passes: number };
    };

    let maxStat = 0;
    let maxP = 0;
    for (const c of report.columns) {
      const [s, p] = peerOut.columns[c.name]!;
      const rel = (a: number, b: number) => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));
      maxStat = Math.max(maxStat, rel(c.statistic, s));
      // p-values below 1e-300 are 0 on both sides or denormal noise.
      if (p > 1e-300 || c.p_value > 1e-300) maxP = Math.max(maxP, rel(c.p_value, p));
    }
    console.log('\n1. Exact comparison (best of %d runs each)', RUNS);
    console.log('   %s', ['side', 'wall s', 'peak RSS MB', 'time ratio', 'memory ratio'].join(' | '));
    console.log(
      '   peer: pandas read_csv + scipy | %s | %s | 1.00 | 1.00   (read %s s, tests %s s)',
      fmt(peer.seconds),
      fmt(peer.maxRssMb, 0),
      fmt(peerOut.read),
      fmt(peerOut.tests),
    );
    console.log(
      '   ours: ks + chi-square         | %s | %s | %s | %s   (%d reading pass(es); target ≤ 1.0 and ≤ 0.5)',
      fmt(ours.seconds),
      fmt(ours.maxRssMb, 0),
      fmt(ours.seconds / peer.seconds),
      fmt(ours.maxRssMb / peer.maxRssMb),
      report.timing.passes,
    );
    console.log(
      '   ours: automatic choice        | %s | %s | %s | %s',
      fmt(auto.seconds),
      fmt(auto.maxRssMb, 0),
      fmt(auto.seconds / peer.seconds),
      fmt(auto.maxRssMb / peer.maxRssMb),
    );
    console.log(
      '   agreement with scipy over %d columns: statistic max rel. diff %s, p-value max rel. diff %s',
      report.columns.length,
      maxStat.toExponential(2),
      maxP.toExponential(2),
    );
    console.log(
      '   all runs (s/MB): peer %s; ours %s; auto %s',
      peerRuns.map((r) => `${fmt(r.seconds)}/${fmt(r.maxRssMb, 0)}`).join(' '),
      oursRuns.map((r) => `${fmt(r.seconds)}/${fmt(r.maxRssMb, 0)}`).join(' '),
      autoRuns.map((r) => `${fmt(r.seconds)}/${fmt(r.maxRssMb, 0)}`).join(' '),
    );

    // 3. Building blocks, in this process.
    await blocks(ref);

    // 2. Profile mode on growing files: the 1M-row reference repeated (data rows only after the first).
    if (PROFILE_GB.length === 0) return;
    console.log('\n2. Profile mode (mode: profile) on growing CSV files');
    console.log('   size GB | rows | wall s | rows/s | peak RSS MB');
    rmSync(cur);
    const body = join(dir, 'body.csv');
    generate(body, ROWS, 0, 3, false);
    const bodySize = statSync(body).size;
    const bodyText = readFileSync(body);
    const headerLen = readFileSync(ref).indexOf(10) + 1;
    const big = join(dir, 'big.csv');
    const fd = openSync(big, 'w');
    writeSync(fd, readFileSync(ref).subarray(0, headerLen));
    let rows = 0;
    let size = headerLen;
    for (const gb of PROFILE_GB.sort((a, b) => a - b)) {
      while (size < gb * 1e9) {
        writeSync(fd, bodyText);
        size += bodySize;
        rows += ROWS;
      }
      const m = measure(process.execPath, [action], actionEnv(dir, { mode: 'profile', current: 'big.csv', 'report-dir': 'out-profile' }));
      console.log(
        '   %s | %s | %s | %s | %s',
        fmt(size / 1e9, 2),
        rows.toLocaleString('en-US'),
        fmt(m.seconds, 1),
        Math.round(rows / m.seconds).toLocaleString('en-US'),
        fmt(m.maxRssMb, 0),
      );
    }
    closeSync(fd);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function blocks(file: string): Promise<void> {
  const { readCsvFile } = await import('../../packages/drift/src/index.ts');
  const { sortFloat64 } = await import('../../packages/statistics/src/index.ts');
  console.log('\n3. Building blocks (this process)');
  let t = performance.now();
  let _fields = 0;
  readCsvFile(file, {
    header() {},
    row(_b, bounds) {
      _fields += bounds.length > 0 ? 1 : 0;
    },
  });
  const ours = (performance.now() - t) / 1000;
  const mb = statSync(file).size / 1e6;
  console.log('   CSV tokenising, our reader: %s s (%s MB/s)', fmt(ours), fmt(mb / ours, 0));
  try {
    // The general-purpose library most projects would pick, for comparison (not a dependency).
    const { parse } = (await import('csv-parse/sync' as string)) as { parse: (b: Buffer, o: object) => unknown[] };
    t = performance.now();
    parse(readFileSync(file), { from_line: 1 });
    const lib = (performance.now() - t) / 1000;
    console.log('   CSV parsing, csv-parse (sync, strings per field): %s s (%s× ours)', fmt(lib), fmt(lib / ours, 1));
  } catch {
    console.log('   (csv-parse is not installed: `npm i --no-save csv-parse` to compare with it)');
  }
  const a = new Float64Array(1_000_000);
  const r = rng(7);
  for (let i = 0; i < a.length; i++) a[i] = (r() - 0.5) * 1e6;
  const b = a.slice();
  sortFloat64(a.slice()); // warm up
  t = performance.now();
  sortFloat64(a);
  const radix = performance.now() - t;
  t = performance.now();
  b.sort();
  const native = performance.now() - t;
  console.log(
    '   sorting 1M doubles: radix %s ms, Float64Array.prototype.sort %s ms (%s×)',
    fmt(radix, 0),
    fmt(native, 0),
    fmt(native / radix, 1),
  );
}

await main();
