/**
 * @mlops-actions/statistics against scipy/numpy on the same data, in one run:
 *
 * - two-sample KS on two 1,000,000-element samples (unsorted input; and pre-sorted for ours),
 *   against scipy.stats.ks_2samp (asymptotic p-value, method 'auto'), with a tiny shift (p-value
 *   from Pelz–Good) and a drifted one (p-value from the exact Smirnov sum over n = 500,000);
 * - KS on 150,000 vs 150,000 (p-value from Durbin's matrix, the costliest kstwo region);
 * - exact KS at the 10000 boundary (n = 10000 vs 9999), against ks_2samp (exact);
 * - Wasserstein distance on 1,000,000 vs 1,000,000, against scipy.stats.wasserstein_distance;
 * - reference decile edges of 1,000,000 values: our KLL sketch (streaming, 1 pass, O(k) memory)
 *   and our exact quantileBinEdges, against numpy.quantile (exact, needs all values in memory).
 *
 * Data: xorshift-generated samples written once to a temp file that Python reads with
 * numpy.fromfile, so both sides see identical doubles. Python loading time is not counted; each
 * figure is the median of RUNS (default 5) repetitions. Also checks that both sides agree.
 *
 *   npm run bench -- statistics
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QuantileSketch, ks2samp, quantileBinEdges, quantileBinEdgesFromSketch, wasserstein } from '@mlops-actions/statistics';
import { median } from '../harness/stats.ts';

const RUNS = Number(process.env['RUNS'] ?? 5);
const PYTHON = '/usr/bin/python3';

function normalish(seed: number, n: number, shift: number): Float64Array {
  let x = seed >>> 0 || 1;
  const next = (): number => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = shift + (next() + next() + next() + next() - 2);
  return out;
}

function time(fn: () => unknown): { ms: number; value: unknown } {
  const samples: number[] = [];
  let value: unknown;
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    value = fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { ms: median(samples), value };
}

const M = 1_000_000;
const a = normalish(1, M, 0);
const b = normalish(2, M, 0.002);
const c = normalish(5, M, 0.01);
const d1 = normalish(6, 150_000, 0);
const d2 = normalish(7, 150_000, 0);
const e1 = normalish(3, 10000, 0);
const e2 = normalish(4, 9999, 0.05);
const dir = mkdtempSync(join(tmpdir(), 'stats-bench-'));
try {
  for (const [name, arr] of Object.entries({ a, b, c, d1, d2, e1, e2 })) writeFileSync(join(dir, `${name}.f64`), arr);

  const py = `
import json, time, sys
import numpy as np
from scipy import stats
d = sys.argv[1]; runs = int(sys.argv[2])
a, b, c, d1, d2, e1, e2 = (np.fromfile(f"{d}/{n}.f64", dtype="<f8") for n in ("a", "b", "c", "d1", "d2", "e1", "e2"))
def t(fn):
    xs = []
    for _ in range(runs):
        s = time.perf_counter(); v = fn(); xs.append((time.perf_counter() - s) * 1000)
    xs.sort(); return xs[len(xs) // 2], v
out = {}
ms, r = t(lambda: stats.ks_2samp(a, b)); out["ks1m"] = [ms, float(r.statistic), float(r.pvalue)]
ms, r = t(lambda: stats.ks_2samp(a, c)); out["ksdrift"] = [ms, float(r.statistic), float(r.pvalue)]
ms, r = t(lambda: stats.ks_2samp(d1, d2)); out["ksdurbin"] = [ms, float(r.statistic), float(r.pvalue)]
ms, r = t(lambda: stats.ks_2samp(e1, e2)); out["ksexact"] = [ms, float(r.statistic), float(r.pvalue)]
ms, r = t(lambda: stats.wasserstein_distance(a, b)); out["wd"] = [ms, float(r)]
qs = [i / 10 for i in range(1, 10)]
ms, r = t(lambda: np.quantile(a, qs)); out["deciles"] = [ms, [float(v) for v in r]]
print(json.dumps(out))
`;
  const res = spawnSync(PYTHON, ['-c', py, dir, String(RUNS)], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`python peer failed: ${res.stderr}`);
  const peer = JSON.parse(res.stdout) as Record<string, [number, ...unknown[]]>;

  const ks = time(() => ks2samp(a, b));
  const sa = a.slice().sort();
  const sb = b.slice().sort();
  const ksSorted = time(() => ks2samp(sa, sb, { sorted: true }));
  const ksDrift = time(() => ks2samp(a, c));
  const ksDurbin = time(() => ks2samp(d1, d2));
  const ksExact = time(() => ks2samp(e1, e2));
  const wd = time(() => wasserstein(a, b));
  const sketch = time(() => {
    const s = new QuantileSketch();
    s.addAll(a);
    return quantileBinEdgesFromSketch(s, 10);
  });
  const exactEdges = time(() => quantileBinEdges(a, 10));

  const r = ks.value as ReturnType<typeof ks2samp>;
  const re = ksExact.value as ReturnType<typeof ks2samp>;
  const rel = (x: number, y: number): string => (x === y ? '0' : (Math.abs(x - y) / Math.abs(y)).toExponential(1));
  console.log(`node ${process.version}, scipy via ${PYTHON}; median of ${RUNS} runs; ours/peer < 1 means ours is faster`);
  console.log('| task | ours | scipy/numpy | ours/peer | agreement (relative) |');
  console.log('|---|---:|---:|---:|---|');
  const row = (task: string, ours: number, theirs: number, agree: string): void =>
    console.log(`| ${task} | ${ours.toFixed(1)} ms | ${theirs.toFixed(1)} ms | ${(ours / theirs).toFixed(2)}× | ${agree} |`);
  row(
    'KS 1M vs 1M (unsorted)',
    ks.ms,
    peer['ks1m']![0],
    `D ${rel(r.statistic, peer['ks1m']![1] as number)}, p ${rel(r.pvalue, peer['ks1m']![2] as number)}`,
  );
  row('KS 1M vs 1M (pre-sorted, ours)', ksSorted.ms, peer['ks1m']![0], 'same result');
  const rd = ksDrift.value as ReturnType<typeof ks2samp>;
  const rb = ksDurbin.value as ReturnType<typeof ks2samp>;
  row(
    'KS 1M vs 1M drifted (Smirnov sum p-value)',
    ksDrift.ms,
    peer['ksdrift']![0],
    `D ${rel(rd.statistic, peer['ksdrift']![1] as number)}, p ${rel(rd.pvalue, peer['ksdrift']![2] as number)}`,
  );
  row(
    'KS 150k vs 150k (Durbin matrix p-value)',
    ksDurbin.ms,
    peer['ksdurbin']![0],
    `D ${rel(rb.statistic, peer['ksdurbin']![1] as number)}, p ${rel(rb.pvalue, peer['ksdurbin']![2] as number)}`,
  );
  row(
    'KS exact 10000 vs 9999',
    ksExact.ms,
    peer['ksexact']![0],
    `D ${rel(re.statistic, peer['ksexact']![1] as number)}, p ${rel(re.pvalue, peer['ksexact']![2] as number)}`,
  );
  row('Wasserstein 1M vs 1M', wd.ms, peer['wd']![0], rel(wd.value as number, peer['wd']![1] as number));
  const np10 = peer['deciles']![1] as number[];
  const exact = exactEdges.value as number[];
  row(
    'decile edges of 1M, exact (ours) vs np.quantile',
    exactEdges.ms,
    peer['deciles']![0],
    `max ${Math.max(...exact.map((v, i) => Math.abs(v - np10[i]!) / Math.abs(np10[i]!))).toExponential(1)}`,
  );
  row('decile edges of 1M, KLL sketch k=200 (streaming)', sketch.ms, peer['deciles']![0], 'rank error ≤ 1.65%');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
