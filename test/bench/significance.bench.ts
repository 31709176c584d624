/**
 * Significance from predictions: the paired bootstrap (2,000 resamples) of accuracy, precision, recall
 * and F1 plus McNemar's exact test, on 10,000 and 100,000 binary-classification examples, and of MAE
 * and RMSE on as many regression examples.
 *
 * The peer, measured in the same run on the same data, is what a team would write in Python: numpy
 * drawing all resample indices at once (rng.integers(0, n, (B, n))) and computing every metric
 * vectorised over the resamples, and scipy.stats.bootstrap(paired=True, vectorized=True,
 * method='percentile') for the accuracy delta alone. Times are of the computation only (the Python
 * interpreter's start and imports are not counted; neither is reading the CSV on our side).
 *
 *   npm run bench -- significance          RUNS=5 npm run bench -- significance
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { computeSignificance, type Predictions } from '@mlops-actions/metrics';
import { median } from '../harness/stats.ts';

const RUNS = Number(process.env['RUNS'] ?? 3);
const RESAMPLES = 2000;
const PYTHON = '/usr/bin/python3';

/** Deterministic data: a binary task where the candidate fixes a few more examples than it breaks. */
function binary(n: number): Predictions {
  let s = 12345;
  const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
  const y: string[] = [];
  const b: string[] = [];
  const c: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = rand() < 0.4 ? 1 : 0;
    y.push(String(t));
    b.push(String(rand() < 0.15 ? 1 - t : t));
    c.push(String(rand() < 0.13 ? 1 - t : t));
  }
  return { source: 'bench', yTrue: y, baseline: b, candidate: c, lines: [] };
}

function regression(n: number): Predictions {
  let s = 999;
  const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
  const y: string[] = [];
  const b: string[] = [];
  const c: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = 50 + 20 * rand();
    y.push(t.toFixed(3));
    b.push((t + 4 * (rand() - 0.5)).toFixed(3));
    c.push((t + 4.4 * (rand() - 0.5)).toFixed(3));
  }
  return { source: 'bench', yTrue: y, baseline: b, candidate: c, lines: [] };
}

function ours(p: Predictions): number {
  computeSignificance(p, { resamples: RESAMPLES, seed: 1 }); // warm-up
  const t: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    computeSignificance(p, { resamples: RESAMPLES, seed: 1 });
    t.push(performance.now() - s);
  }
  return median(t);
}

const PEER = `
import json, sys, time
import numpy as np
from scipy import stats

data = json.load(sys.stdin)
y = np.asarray(data["y"], dtype=float); b = np.asarray(data["b"], dtype=float); c = np.asarray(data["c"], dtype=float)
B, runs, kind = data["B"], data["runs"], data["kind"]
n = len(y)

def numpy_bootstrap():
    rng = np.random.default_rng(1)
    idx = rng.integers(0, n, (B, n))
    yy, bb, cc = y[idx], b[idx], c[idx]
    out = []
    if kind == "binary":
        for p in (bb, cc):
            tp = ((p == 1) & (yy == 1)).sum(1); fp = ((p == 1) & (yy == 0)).sum(1); fn = ((p == 0) & (yy == 1)).sum(1)
            acc = (p == yy).mean(1)
            prec = np.where(tp + fp > 0, tp / np.maximum(tp + fp, 1), 0.0)
            rec = np.where(tp + fn > 0, tp / np.maximum(tp + fn, 1), 0.0)
            f1 = np.where(2 * tp + fp + fn > 0, 2 * tp / np.maximum(2 * tp + fp + fn, 1), 0.0)
            out.append(np.stack([acc, prec, rec, f1]))
        k = int(((b == y) & (c != y)).sum()); m = int(((c == y) & (b != y)).sum())
        stats.binomtest(min(k, m), k + m, 0.5) if k + m else None
    else:
        for p in (bb, cc):
            e = p - yy
            out.append(np.stack([np.abs(e).mean(1), np.sqrt((e * e).mean(1))]))
    d = out[1] - out[0]
    return np.quantile(d, [0.025, 0.975], axis=1)

def scipy_bootstrap():
    def stat(yy, bb, cc, axis=-1):
        if kind == "binary":
            return (cc == yy).mean(axis) - (bb == yy).mean(axis)
        return np.abs(cc - yy).mean(axis) - np.abs(bb - yy).mean(axis)
    return stats.bootstrap((y, b, c), stat, paired=True, vectorized=True, n_resamples=B, method="percentile", random_state=1).confidence_interval

res = {}
for name, fn in (("numpy", numpy_bootstrap), ("scipy", scipy_bootstrap)):
    fn()
    t = []
    for _ in range(runs):
        s = time.perf_counter(); fn(); t.append((time.perf_counter() - s) * 1000)
    res[name] = sorted(t)[len(t) // 2]
print(json.dumps(res))
`;

function peer(p: Predictions, kind: 'binary' | 'regression'): { numpy: number; scipy: number } | undefined {
  if (!existsSync(PYTHON)) return undefined;
  const input = JSON.stringify({
    y: p.yTrue.map(Number),
    b: p.baseline.map(Number),
    c: p.candidate.map(Number),
    B: RESAMPLES,
    runs: RUNS,
    kind,
  });
  return JSON.parse(execFileSync(PYTHON, ['-c', PEER], { input, encoding: 'utf8', maxBuffer: 1 << 28 })) as {
    numpy: number;
    scipy: number;
  };
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

console.log(`paired bootstrap, ${RESAMPLES} resamples, median of ${RUNS} runs`);
console.log('task        n         ours (all metrics)   numpy vectorised (all)   ratio   scipy.stats.bootstrap (1 metric)   ratio');
for (const [kind, make] of [
  ['binary', binary],
  ['regression', regression],
] as const) {
  for (const n of [10_000, 100_000]) {
    const p = make(n);
    const a = ours(p);
    const q = peer(p, kind);
    const cols = q
      ? `${fmt(q.numpy).padStart(22)}   ${(q.numpy / a).toFixed(2).padStart(5)}×   ${fmt(q.scipy).padStart(32)}   ${(q.scipy / a).toFixed(2).padStart(5)}×`
      : '   (peer skipped: /usr/bin/python3 with numpy and scipy not found)';
    console.log(`${kind.padEnd(11)} ${String(n).padEnd(9)} ${fmt(a).padStart(18)}   ${cols}`);
  }
}
console.log('ratio = peer time / our time (above 1: ours is faster)');
