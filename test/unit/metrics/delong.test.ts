import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  averagePrecision,
  computeSignificance,
  createRng,
  delongPaired,
  midranks,
  MIN_BOOTSTRAP_N,
  normalQuantile,
  parsePredictionsCsv,
  rocAuc,
} from '@mlops-actions/metrics';
import { repoRoot } from '../../harness/step-runner.ts';

/** Written by test/fixtures/metrics/reference/delong.R with R's pROC (roc.test, method = "delong", paired = TRUE). */
interface Case {
  name: string;
  y: number[];
  baseline: number[];
  candidate: number[];
  auc: { baseline: number; candidate: number };
  z: number;
  pValue: number;
  ci: [number, number];
  var: { baseline: number; candidate: number };
  cov: number;
  ap: { baseline: number; candidate: number };
}
const reference = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'metrics', 'reference', 'delong.json'), 'utf8')) as {
  source: string;
  cases: Case[];
};

function close(actual: number, expected: number, rel = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1e-300, Math.abs(expected)));
}

/** DeLong's AUC by its definition, every positive against every negative: O(m·n), for checking the fast one. */
function pairwiseAuc(y: number[], s: number[]): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < y.length; i++) {
    if (y[i] !== 1) continue;
    for (let j = 0; j < y.length; j++) {
      if (y[j] !== 0) continue;
      sum += s[i]! > s[j]! ? 1 : s[i] === s[j] ? 0.5 : 0;
      pairs++;
    }
  }
  return sum / pairs;
}

describe("DeLong's paired test agrees with pROC", () => {
  it('covers ties and heavy imbalance', () => {
    const names = reference.cases.map((c) => c.name);
    expect(names).toEqual(['continuous', 'ties', 'imbalance-1pct', 'worse-small']);
    const imbalance = reference.cases.find((c) => c.name === 'imbalance-1pct')!;
    expect(imbalance.y.filter((v) => v === 1).length / imbalance.y.length).toBe(0.01);
    const ties = reference.cases.find((c) => c.name === 'ties')!;
    expect(new Set(ties.candidate).size).toBeLessThanOrEqual(11);
  });

  it.each(reference.cases)('$name: AUCs, Z, p, the 95% interval, variances and covariance to 1e-9', (c) => {
    const r = delongPaired(
      c.y.map((v) => v === 1),
      c.baseline,
      c.candidate,
      0.95,
    );
    close(r.baseline, c.auc.baseline);
    close(r.candidate, c.auc.candidate);
    close(r.z, c.z);
    close(r.pValue, c.pValue);
    close(r.ci[0], c.ci[0]);
    close(r.ci[1], c.ci[1]);
    close(r.varBaseline, c.var.baseline);
    close(r.varCandidate, c.var.candidate);
    close(r.covariance, c.cov);
    close(r.delta, c.auc.candidate - c.auc.baseline, 1e-12);
  });

  it.each(reference.cases)('$name: the fast AUC equals the pairwise definition', (c) => {
    close(rocAuc(c.y, c.baseline), pairwiseAuc(c.y, c.baseline), 1e-12);
    close(rocAuc(c.y, c.candidate), pairwiseAuc(c.y, c.candidate), 1e-12);
  });

  it.each(reference.cases)('$name: average precision as scikit-learn defines it (computed in R)', (c) => {
    close(averagePrecision(c.y, c.baseline), c.ap.baseline, 1e-12);
    close(averagePrecision(c.y, c.candidate), c.ap.candidate, 1e-12);
  });

  it('is antisymmetric: swapping the models negates Z and the interval, keeps p', () => {
    const c = reference.cases[0]!;
    const ab = delongPaired(c.y, c.baseline, c.candidate);
    const ba = delongPaired(c.y, c.candidate, c.baseline);
    close(ba.z, -ab.z, 1e-12);
    close(ba.pValue, ab.pValue, 1e-12);
    close(ba.ci[0], -ab.ci[1], 1e-12);
  });

  it('gives p = 1 and a zero-width interval for the same scores twice', () => {
    const c = reference.cases[1]!;
    const r = delongPaired(c.y, c.baseline, c.baseline);
    expect(r.z).toBe(0);
    expect(r.pValue).toBe(1);
    expect(r.ci).toEqual([0, 0]);
  });

  it('refuses fewer than 2 positives or negatives', () => {
    expect(() => delongPaired([1, 0, 0, 0], [0.9, 0.1, 0.2, 0.3], [0.8, 0.2, 0.1, 0.3])).toThrow(RangeError);
  });
});

describe('helpers', () => {
  it('mid-ranks ties as scipy.stats.rankdata does', () => {
    expect(Array.from(midranks(Float64Array.of(3, 1, 3, 2, 3)))).toEqual([4, 1, 4, 2, 4]);
  });

  it("normalQuantile matches R's qnorm", () => {
    // R: sprintf("%.17g", qnorm(c(0.975, 0.5, 1e-10, 0.3, 0.999999)))
    close(normalQuantile(0.975), 1.9599639845400536, 1e-15);
    expect(normalQuantile(0.5)).toBe(0);
    close(normalQuantile(1e-10), -6.3613409024040557, 1e-14);
    close(normalQuantile(0.3), -0.52440051270804067, 1e-14);
    close(normalQuantile(0.999999), 4.7534243088170891, 1e-14);
  });
});

/** A predictions CSV of a reference case: hard predictions at a threshold, the scores beside them. */
function csvOf(c: Case, threshold: number): string {
  const lines = ['y_true,baseline,candidate,baseline_score,candidate_score'];
  c.y.forEach((y, i) =>
    lines.push(`${y},${c.baseline[i]! > threshold ? 1 : 0},${c.candidate[i]! > threshold ? 1 : 0},${c.baseline[i]},${c.candidate[i]}`),
  );
  return `${lines.join('\n')}\n`;
}

describe('significance rows from scores', () => {
  it.each(reference.cases)('$name: roc_auc is the DeLong row pROC gives, at the report confidence', (c) => {
    const threshold = c.name === 'ties' ? 5 : c.name === 'imbalance-1pct' ? 0.05 : c.name === 'worse-small' ? 0 : 0.5;
    const s = computeSignificance(parsePredictionsCsv(csvOf(c, threshold), 'p.csv', 'p.csv'), { resamples: 200, seed: 1 });
    const row = s.metrics.find((m) => m.metric === 'roc_auc')!;
    expect(row.method).toBe('delong');
    close(row.baseline, c.auc.baseline);
    close(row.candidate, c.auc.candidate);
    close(row.delong!.pValue, c.pValue);
    close(row.ci![0], c.ci[0]);
    close(row.ci![1], c.ci[1]);
    expect(row.verdict).toBe(c.pValue < 0.05 ? (c.z > 0 ? 'improvement' : 'regression') : 'not-significant');
    const ap = s.metrics.find((m) => m.metric === 'average_precision')!;
    close(ap.baseline, c.ap.baseline, 1e-12);
    close(ap.candidate, c.ap.candidate, 1e-12);
    expect(ap.ci![0]).toBeLessThan(ap.delta);
    expect(ap.ci![1]).toBeGreaterThan(ap.delta);
  });

  it('the interval follows the confidence (90%: z 1.645)', () => {
    const c = reference.cases[0]!;
    const s = computeSignificance(parsePredictionsCsv(csvOf(c, 0.5), 'p.csv'), { resamples: 200, confidence: 0.9 });
    const row = s.metrics.find((m) => m.metric === 'roc_auc')!;
    const se = (c.ci[1] - c.ci[0]) / 2 / normalQuantile(0.975);
    close(row.ci![1] - row.delta, se * normalQuantile(0.95), 1e-9);
  });

  it('leaves roc_auc out below 2 positives, and average precision below the bootstrap minimum', () => {
    const one = 'y_true,baseline,candidate,baseline_score,candidate_score\n1,1,1,0.9,0.8\n0,0,0,0.2,0.1\n0,0,1,0.3,0.6\n0,0,0,0.1,0.2\n';
    expect(computeSignificance(parsePredictionsCsv(one, 'p.csv'), { resamples: 100 }).metrics.map((m) => m.metric)).toEqual([
      'accuracy',
      'precision',
      'recall',
      'f1',
    ]);
    const few = 'y_true,baseline,candidate,baseline_score,candidate_score\n1,1,1,0.9,0.8\n1,0,1,0.4,0.7\n0,0,0,0.2,0.1\n0,0,1,0.3,0.6\n';
    const s = computeSignificance(parsePredictionsCsv(few, 'p.csv'), { resamples: 100 });
    expect(s.n).toBeLessThan(MIN_BOOTSTRAP_N);
    expect(s.metrics.map((m) => m.metric)).toEqual(['accuracy', 'precision', 'recall', 'f1', 'roc_auc']);
  });

  it('the stratified AP bootstrap is seeded: the same seed, the same interval; another seed, another', () => {
    const c = reference.cases[0]!;
    const run = (seed: number) =>
      computeSignificance(parsePredictionsCsv(csvOf(c, 0.5), 'p.csv'), { resamples: 300, seed }).metrics.find(
        (m) => m.metric === 'average_precision',
      )!.ci;
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });
});

describe('calibration', () => {
  it('on two exchangeable models (same score distribution), DeLong rejects at about its nominal 5%', () => {
    const rng = createRng(11);
    const u = () => (rng.next() + 0.5) / 2 ** 32;
    const normal = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
    let rejected = 0;
    const sims = 1000;
    for (let s = 0; s < sims; s++) {
      const y: number[] = [];
      const b: number[] = [];
      const c: number[] = [];
      for (let i = 0; i < 200; i++) {
        const yy = u() < 0.3 ? 1 : 0;
        const shared = normal(); // correlated models, as two versions of one model are
        y.push(yy);
        b.push(yy + 0.7 * shared + normal());
        c.push(yy + 0.7 * shared + normal());
      }
      if (delongPaired(y, b, c).pValue < 0.05) rejected++;
    }
    // Binomial(1000, 0.05) has a standard deviation of 0.7%: this band is about ±2.9 of them.
    expect(rejected / sims).toBeGreaterThan(0.03);
    expect(rejected / sims).toBeLessThan(0.07);
  });
});
