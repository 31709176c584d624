/**
 * Sharding over the workflow matrix (issue 20): one job against a 4-shard run on the same data, run
 * one after the other on this machine, each shard with the whole machine to itself as a matrix job
 * has its runner. Every step is the bundled action started as the runner starts it (a node process
 * with INPUT_* variables), so node's start and the walk every shard repeats are counted.
 *
 *   1. data-hash: HASH files (default 1.5 GiB: 360 files of 4 MiB and 4,000 of 16 KiB), warm page
 *      cache; one job, then shards 0–3 (shard, shards: 4), then the merge step (mode: merge).
 *   2. drift-report profile mode: a CSV dataset (default 1,000,000 rows, 10 columns, in 16 files);
 *      one job, then 4 shards each profiling the files data-hash's assignment gives it, then the merge
 *      (compare with the 4 profiles as current against a reference profile).
 *
 * It prints rows per second and bytes per second per runner, the per-shard throughput, and the data
 * size from which 4 shards finish sooner than one job, for an assumed matrix job start-up (the table
 * in "Sizing and sharding", action-docs/guide.md).
 *
 *   npm run bench -- sharding
 *   SHARDING_BENCH_HASH_MB=512 SHARDING_BENCH_ROWS=300000 npm run bench -- sharding   (quick)
 *   SHARDING_BENCH_ROUNDS=3 …                                                          (best of 3)
 *
 * The bundles in actions/data-hash/dist and actions/drift-report/dist are used as they are (build
 * them first: node scripts/build.ts data-hash drift-report).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignShards } from '../../packages/hashing/src/shards.ts';

const repo = join(import.meta.dirname, '..', '..');
const HASH_MB = Number(process.env['SHARDING_BENCH_HASH_MB'] ?? 1536);
const ROWS = Number(process.env['SHARDING_BENCH_ROWS'] ?? 1_000_000);
const ROUNDS = Math.max(1, Number(process.env['SHARDING_BENCH_ROUNDS'] ?? 2));
const SHARDS = 4;
/** Assumed start-up of one matrix job (queue, runner, checkout, setup-node, npm ci), seconds. */
const STARTUPS = [20, 60];

const root = mkdtempSync(join(tmpdir(), 'mlops-bench-sharding-'));
const log = (s: string) => console.log(s);

interface Run {
  ms: number;
  outputs: Record<string, string>;
}

/** Runs a bundled action as the runner does; returns its wall time and outputs. */
function action(name: string, inputs: Record<string, string>, ws: string): Run {
  const temp = mkdtempSync(join(root, 'runner-'));
  const out = join(temp, 'output');
  writeFileSync(out, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? temp,
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    GITHUB_ACTIONS: 'true',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(repo, 'actions', name, 'dist', 'index.js')], { env, cwd: ws, encoding: 'utf8' });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${name} failed (${r.status}): ${r.stdout}\n${r.stderr}`);
  const outputs: Record<string, string> = {};
  // name<<delimiter / value / delimiter, as @actions/core writes it.
  const lines = readFileSync(out, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join('\n');
  }
  return { ms, outputs };
}

/**
 * Runs every step once per round, in turn (one job, the shards, the merge), and keeps each step's best
 * run: rounds interleaved, so a burst of load on the shared machine hits one round of every step
 * rather than all rounds of one.
 */
function bestOf(steps: (() => Run)[]): Run[] {
  const bests: (Run | undefined)[] = steps.map(() => undefined);
  for (let round = 0; round < ROUNDS; round++) {
    steps.forEach((f, i) => {
      const r = f();
      if (!bests[i] || r.ms < bests[i]!.ms) bests[i] = r;
    });
  }
  return bests as Run[];
}

const fmtS = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mbps = (bytes: number, ms: number) => `${(bytes / 1e6 / (ms / 1000)).toFixed(0)} MB/s`;
const size = (bytes: number) => (bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${(bytes / 1e6).toFixed(0)} MB`);

/**
 * The data size from which the 4-shard run (one start-up for the matrix, one for the merge job, the
 * merge step) finishes before one job (one start-up): D/R1 − D/R4 = S + M, with R1 the one job's
 * throughput and R4 the matrix's (4 × a shard's rate, the median shard's). A shard's time includes
 * node's start and the walk of the whole selection, so R4 is low at this size and the break-even
 * errs on the high side.
 */
function breakEven(r1: number, r4: number, startupS: number, mergeS: number): number {
  const gain = 1 / r1 - 1 / r4; // seconds saved per byte
  return gain > 0 ? (startupS + mergeS) / gain : Number.POSITIVE_INFINITY;
}

interface Workload {
  what: string;
  bytes: number;
  rows?: number;
  single: Run;
  shards: { run: Run; bytes: number; rows?: number }[];
  merge: Run;
}

function report(w: Workload): string[] {
  const times = w.shards.map((s) => s.run.ms).sort((a, b) => a - b);
  const slowest = times.at(-1)!;
  // The shards' shares are equal by construction, so their spread is the shared machine's noise; on
  // GitHub each runs on a runner of its own. The median shard stands for a shard.
  const typical = (times[(times.length - 1) >> 1]! + times[times.length >> 1]!) / 2;
  const sum = w.shards.reduce((s, x) => s + x.run.ms, 0);
  const r1 = w.bytes / (w.single.ms / 1000);
  const r4 = w.bytes / (typical / 1000);
  log(`\n${w.what}: ${size(w.bytes)}${w.rows ? `, ${w.rows.toLocaleString('en-US')} rows` : ''}`);
  log(
    `  one job            ${fmtS(w.single.ms)}  ${mbps(w.bytes, w.single.ms)}${w.rows ? `  ${Math.round(w.rows / (w.single.ms / 1000)).toLocaleString('en-US')} rows/s` : ''}`,
  );
  for (const [i, s] of w.shards.entries()) {
    log(
      `  shard ${i} of ${SHARDS}       ${fmtS(s.run.ms)}  ${size(s.bytes)}, ${mbps(s.bytes, s.run.ms)}${s.rows ? `  ${Math.round(s.rows / (s.run.ms / 1000)).toLocaleString('en-US')} rows/s` : ''}`,
    );
  }
  log(
    `  4 shards in turn   ${fmtS(sum)} (${(sum / w.single.ms).toFixed(2)}× the one job's time: node's start, and for hashing the walk, are paid by every shard); median ${fmtS(typical)}, slowest ${fmtS(slowest)}`,
  );
  log(`  merge step         ${fmtS(w.merge.ms)}`);
  log(
    `  as a matrix        ${fmtS(typical + w.merge.ms)} of work after start-up (median shard + merge step), against ${fmtS(w.single.ms)} for one job`,
  );
  return STARTUPS.map((s) => {
    const d = breakEven(r1, r4, s, w.merge.ms / 1000);
    const perRunner = w.rows
      ? `${Math.round(w.rows / (w.single.ms / 1000)).toLocaleString('en-US')} rows/s, ${mbps(w.bytes, w.single.ms)}`
      : mbps(w.bytes, w.single.ms);
    return `| ${w.what} | ${perRunner} | ${mbps(w.bytes / SHARDS, typical)} | ${s} s | ${Number.isFinite(d) ? size(d) : 'never'} |`;
  });
}

function hashWorkload(): Workload {
  const ws = join(root, 'hash');
  const big = Math.max(1, Math.round((HASH_MB - 62.5) / 4));
  log(`writing ${big} files of 4 MiB and 4,000 of 16 KiB…`);
  for (let i = 0; i < big; i++) {
    mkdirSync(join(ws, 'data', 'big', String(i % 16)), { recursive: true });
    writeFileSync(join(ws, 'data', 'big', String(i % 16), `${i}.bin`), randomBytes(4 << 20));
  }
  for (let i = 0; i < 4000; i++) {
    mkdirSync(join(ws, 'data', 'small', String(i % 40)), { recursive: true });
    writeFileSync(join(ws, 'data', 'small', String(i % 40), `${i}.bin`), randomBytes(16 << 10));
  }
  const warm = action('data-hash', { path: 'data' }, ws); // warms the page cache
  const bytes = Number(warm.outputs['bytes']);
  const partsDir = join(ws, 'parts');
  const runs = bestOf([
    () => action('data-hash', { path: 'data' }, ws),
    ...[...Array(SHARDS).keys()].map(
      (i) => () =>
        action('data-hash', { path: 'data', shard: String(i), shards: String(SHARDS), manifest: join(partsDir, `part-${i}.json`) }, ws),
    ),
    () => action('data-hash', { mode: 'merge', manifests: 'parts', path: 'data' }, ws),
  ]);
  const single = runs[0]!;
  const merge = runs[SHARDS + 1]!;
  const shards = runs.slice(1, SHARDS + 1).map((run) => ({ run, bytes: Number(run.outputs['bytes']) }));
  if (merge.outputs['hash'] !== single.outputs['hash'])
    throw new Error(`the merged hash ${merge.outputs['hash']} is not the one job's ${single.outputs['hash']}`);
  return { what: 'hashing (data-hash)', bytes, single, shards, merge };
}

function csvWorkload(): Workload {
  const ws = join(root, 'csv');
  mkdirSync(join(ws, 'current'), { recursive: true });
  let s = 42;
  const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const FILES = 16;
  const per = Math.ceil(ROWS / FILES);
  log(`writing ${ROWS.toLocaleString('en-US')} rows in ${FILES} CSV files…`);
  const kinds = ['a', 'b', 'c', 'd', 'e'];
  const write = (path: string, n: number, shift: number) => {
    const lines = ['x0,x1,x2,x3,x4,x5,x6,x7,kind,flag'];
    for (let r = 0; r < n; r++) {
      const xs = Array.from({ length: 8 }, (_, j) => (rand() * 10 + j * 3 + shift).toFixed(4));
      lines.push(`${xs.join(',')},${kinds[Math.floor(rand() * 5)]},${rand() < 0.1 ? 'y' : 'n'}`);
    }
    writeFileSync(path, `${lines.join('\n')}\n`);
  };
  const files: string[] = [];
  for (let f = 0; f < FILES; f++) {
    const p = `current/part-${String(f).padStart(2, '0')}.csv`;
    write(join(ws, p), Math.min(per, ROWS - f * per), 0.2);
    files.push(p);
  }
  write(join(ws, 'reference.csv'), 100_000, 0);
  const ref = action(
    'drift-report',
    { mode: 'profile', current: 'reference.csv', 'report-dir': join(ws, 'ref'), 'upload-artifact': 'false' },
    ws,
  );
  void ref;
  const bytes = files.reduce((t, p) => t + statSync(join(ws, p)).size, 0);
  const rowsOf = (ps: string[]) => ps.reduce((t, p) => t + readFileSync(join(ws, p), 'utf8').split('\n').length - 2, 0);
  action('drift-report', { mode: 'profile', current: 'current/*.csv', 'report-dir': join(ws, 'warm'), 'upload-artifact': 'false' }, ws);
  // Each shard profiles the files data-hash's assignment gives it.
  const owner = assignShards(
    files,
    files.map((p) => statSync(join(ws, p)).size),
    SHARDS,
  );
  const shares = [...Array(SHARDS).keys()].map((i) => files.filter((_, k) => owner[k] === i));
  const runs = bestOf([
    () =>
      action(
        'drift-report',
        { mode: 'profile', current: 'current/*.csv', 'report-dir': join(ws, 'single'), 'upload-artifact': 'false' },
        ws,
      ),
    ...shares.map(
      (mine, i) => () =>
        action(
          'drift-report',
          { mode: 'profile', current: mine.join('\n'), 'report-dir': join(ws, `shard-${i}`), 'upload-artifact': 'false' },
          ws,
        ),
    ),
    () =>
      action(
        'drift-report',
        {
          reference: 'ref/profile.json',
          current: shares.map((_, i) => `shard-${i}/profile.json`).join('\n'),
          'report-dir': join(ws, 'merged'),
          'upload-artifact': 'false',
        },
        ws,
      ),
  ]);
  const single = runs[0]!;
  const merge = runs[SHARDS + 1]!;
  const shards = runs
    .slice(1, SHARDS + 1)
    .map((run, i) => ({ run, bytes: shares[i]!.reduce((t, p) => t + statSync(join(ws, p)).size, 0), rows: rowsOf(shares[i]!) }));
  return { what: 'profiling (drift-report)', bytes, rows: ROWS, single, shards, merge };
}

try {
  log(
    `sharding: ${cpus()[0]?.model ?? 'cpu'}, ${availableParallelism()} cores; one job vs ${SHARDS} shards in turn, best of ${ROUNDS} interleaved rounds; load ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  const rows = [...report(hashWorkload()), ...report(csvWorkload())];
  log('\n| Workload | One runner | Per shard (4 shards) | Matrix job start-up (assumed) | Sharding pays from |');
  log('|---|---|---|---|---|');
  for (const r of rows) log(r);
  log(
    `load after: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
