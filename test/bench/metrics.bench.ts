/**
 * Two measurements of @mlops-actions/metrics.
 *
 * 1. Reading a metrics file of 20,000 and 100,000 metrics (JSON, YAML, CSV), the whole of
 *    readMetricsFile: parse, line numbers, duplicate check, flattening, number checks. The peer is the
 *    runtime's JSON.parse on the same text (no line numbers, no duplicate check): the floor for JSON.
 *    Each figure is the CPU time of a fresh process (an action reads its file once, cold), median of RUNS.
 *    The parser used to be quadratic (a general YAML reader checking duplicate keys and finding each
 *    key's line by scanning its mapping): 20,000 metrics took 4.9 s and 100,000 did not finish.
 *
 * 2. Calibration of the significance verdicts: on predictions of two models with the same error
 *    distribution, the share of runs called significant, which should be about 1 − confidence (5%).
 *    The percentile bootstrap (forced at every n) against what computeSignificance does by default
 *    (a paired permutation test below MIN_BOOTSTRAP_N examples).
 *
 *   npm run bench -- metrics          RUNS=5 TRIALS=1000 npm run bench -- metrics
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { computeSignificance, createRng, MIN_BOOTSTRAP_N, readMetricsFile, type Predictions } from '@mlops-actions/metrics';
import { median } from '../harness/stats.ts';

const RUNS = Number(process.env['RUNS'] ?? 3);
const TRIALS = Number(process.env['TRIALS'] ?? 400);

// A child run: read one file and print the CPU milliseconds it took.
if (process.argv[2] === '--read') {
  const path = process.argv[3]!;
  const c0 = process.cpuUsage();
  if (process.argv[4] === 'native') {
    const { readFileSync } = await import('node:fs');
    JSON.parse(readFileSync(path, 'utf8'));
  } else {
    const set = await readMetricsFile(path, 'm');
    if (set.values.size < 1) throw new Error('no metrics');
  }
  const c = process.cpuUsage(c0);
  console.log(((c.user + c.system) / 1000).toFixed(1));
  process.exit(0);
}

function cold(path: string, mode: 'ours' | 'native'): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, [import.meta.filename, '--read', path, mode], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    times.push(Number(r.stdout.trim()));
  }
  return median(times);
}

function parsing(): void {
  const dir = mkdtempSync(join(tmpdir(), 'metrics-bench-'));
  try {
    console.log('reading a metrics file (CPU ms of a cold process, median of %d runs)', RUNS);
    console.log('metrics    format  ours      JSON.parse (no lines, no duplicate check)');
    for (const n of [20_000, 100_000]) {
      const o: Record<string, Record<string, number>> = {};
      for (let i = 0; i < n; i++) (o[`segment_${i % 100}`] ??= {})[`metric_${i}`] = i / 7;
      const flat = Object.entries(o).flatMap(([g, ms]) => Object.entries(ms).map(([k, v]) => [`${g}.${k}`, v] as const));
      const files = {
        json: JSON.stringify(o, null, 2),
        yaml: stringify(o),
        csv: `metric,value\n${flat.map(([k, v]) => `${k},${v}`).join('\n')}\n`,
      };
      for (const [ext, text] of Object.entries(files)) {
        const path = join(dir, `m${n}.${ext}`);
        writeFileSync(path, text);
        const ours = cold(path, 'ours');
        const peer = ext === 'json' ? `${cold(path, 'native').toFixed(0)} ms` : '';
        console.log(`${String(n).padEnd(10)} ${ext.padEnd(7)} ${`${ours.toFixed(0)} ms`.padEnd(9)} ${peer}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function calibration(): void {
  const rng = createRng(7);
  const u = () => (rng.next() + 0.5) / 4294967296;
  const gauss = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
  const draw = (n: number): Predictions => {
    const y: string[] = [];
    const b: string[] = [];
    const c: string[] = [];
    for (let i = 0; i < n; i++) {
      const t = gauss();
      y.push(String(t));
      b.push(String(t + gauss()));
      c.push(String(t + gauss()));
    }
    return { source: 'bench', yTrue: y, baseline: b, candidate: c, lines: [] };
  };
  console.log(`\ncalibration: share of ${TRIALS} runs called significant at 95% when both models err alike (nominal 5%)`);
  console.log('n     bootstrap MAE  bootstrap RMSE  default MAE  default RMSE  (default: permutation test below %d)', MIN_BOOTSTRAP_N);
  for (const n of [5, 10, 20, 30, 50]) {
    const hits = [0, 0, 0, 0];
    for (let t = 0; t < TRIALS; t++) {
      const p = draw(n);
      const boot = computeSignificance(p, { resamples: 1000, seed: t, task: 'regression', minBootstrapN: 1 });
      const def = computeSignificance(p, { resamples: 1000, seed: t, task: 'regression' });
      [...boot.metrics, ...def.metrics].forEach((m, j) => (hits[j]! += m.verdict === 'not-significant' ? 0 : 1));
    }
    const pct = (h: number) => `${((100 * h) / TRIALS).toFixed(1)}%`;
    console.log(
      `${String(n).padEnd(5)} ${pct(hits[0]!).padEnd(14)} ${pct(hits[1]!).padEnd(15)} ${pct(hits[2]!).padEnd(12)} ${pct(hits[3]!)}`,
    );
  }
}

parsing();
calibration();
