import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeSignificance, createRng, mcnemarExact, parsePredictionsCsv, quantileSorted, readPredictionsFile, significanceMetricFor, type SignificanceReport } from '@mlops-actions/metrics';
import { repoRoot } from '../../harness/step-runner.ts';

/** Written by test/fixtures/metrics/reference/significance.py (numpy, scikit-learn, scipy). */
const fixtures = join(repoRoot, 'test', 'fixtures', 'metrics');
const reference = JSON.parse(readFileSync(join(fixtures, 'reference', 'reference.json'), 'utf8')) as {
  resamples: number;
  seed: number;
  confidence: number;
  cases: Record<string, { metrics: Record<string, { baseline: number; candidate: number; ci: [number, number] }>; mcnemar?: { baselineOnlyCorrect: number; candidateOnlyCorrect: number; pValue: number } }>;
  rng: { seed: number; first: number[]; indices1000: number[] };
  mcnemar: { b: number; c: number; p: number }[];
};

function close(actual: number, expected: number, rel = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1e-12, Math.abs(expected)));
}

describe('seeded generator', () => {
  it('matches the independent Python implementation of its published recipe', () => {
    const rng = createRng(reference.rng.seed);
    expect(Array.from({ length: 8 }, () => rng.next())).toEqual(reference.rng.first);
    expect(Array.from({ length: 8 }, () => rng.index(1000))).toEqual(reference.rng.indices1000);
  });

  it('draws every index with equal chance (no modulo bias)', () => {
    const rng = createRng(3);
    const counts = new Array(3).fill(0);
    for (let i = 0; i < 30000; i++) counts[rng.index(3)]++;
    for (const c of counts) expect(Math.abs(c - 10000)).toBeLessThan(400); // ~4.5 standard deviations
  });

  it('draws the same numbers one by one or in bulk, rejections included', () => {
    for (const n of [7, 1000, 3_000_000_000]) {
      const one = createRng(5);
      const bulk = createRng(5);
      const out = new Uint32Array(500);
      bulk.indices(out, n);
      expect(Array.from(out)).toEqual(Array.from({ length: 500 }, () => one.index(n)));
      expect(bulk.next()).toBe(one.next());
    }
  });

  it('refuses a seed it cannot reproduce', () => {
    expect(() => createRng(-1)).toThrow(RangeError);
    expect(() => createRng(1.5)).toThrow(RangeError);
  });
});

describe("McNemar's exact test", () => {
  it.each(reference.mcnemar)('b=$b c=$c → p=$p (statsmodels/scipy)', ({ b, c, p }) => {
    close(mcnemarExact(b, c), p, 1e-9);
  });

  it('is symmetric and 1 without discordant pairs', () => {
    expect(mcnemarExact(0, 0)).toBe(1);
    expect(mcnemarExact(3, 12)).toBe(mcnemarExact(12, 3));
  });
});

describe('paired bootstrap against scikit-learn on the same resamples', () => {
  const options = { resamples: reference.resamples, seed: reference.seed, confidence: reference.confidence };

  it.each(['binary', 'multiclass', 'regression'])('%s predictions', async (name) => {
    const p = await readPredictionsFile(join(fixtures, `predictions-${name}.csv`), `predictions-${name}.csv`);
    const s = computeSignificance(p, options);
    const ref = reference.cases[name]!;
    expect(s.task).toBe(name);
    expect(s.metrics.map((m) => m.metric)).toEqual(Object.keys(ref.metrics));
    for (const m of s.metrics) {
      const r = ref.metrics[m.metric]!;
      close(m.baseline, r.baseline, 1e-12);
      close(m.candidate, r.candidate, 1e-12);
      close(m.delta, r.candidate - r.baseline, 1e-9);
      close(m.ci[0], r.ci[0], 1e-9);
      close(m.ci[1], r.ci[1], 1e-9);
    }
    if (ref.mcnemar) {
      const acc = s.metrics.find((m) => m.metric === 'accuracy')!;
      expect(acc.mcnemar).toMatchObject({ baselineOnlyCorrect: ref.mcnemar.baselineOnlyCorrect, candidateOnlyCorrect: ref.mcnemar.candidateOnlyCorrect });
      close(acc.mcnemar!.pValue, ref.mcnemar.pValue, 1e-9);
    }
  });

  it('gives the same numbers on a rerun with the same seed, other numbers with another seed', async () => {
    const p = await readPredictionsFile(join(fixtures, 'predictions-binary.csv'));
    const a = computeSignificance(p, { resamples: 300, seed: 11 });
    const b = computeSignificance(p, { resamples: 300, seed: 11 });
    const c = computeSignificance(p, { resamples: 300, seed: 12 });
    expect(b).toEqual(a);
    expect(c.metrics[0]!.ci).not.toEqual(a.metrics[0]!.ci);
  });

  it('judges accuracy by McNemar and the other metrics by whether the interval excludes 0', async () => {
    const p = await readPredictionsFile(join(fixtures, 'predictions-binary.csv'));
    const s = computeSignificance(p, { resamples: reference.resamples, seed: reference.seed });
    const by = Object.fromEntries(s.metrics.map((m) => [m.metric, m]));
    // p = 0.175: accuracy's gain is not significant; precision's interval lies above 0.
    expect(by['accuracy']!.verdict).toBe('not-significant');
    expect(by['precision']!.ci[0]).toBeGreaterThan(0);
    expect(by['precision']!.verdict).toBe('improvement');
    expect(by['recall']!.verdict).toBe('not-significant');
    const r = computeSignificance(await readPredictionsFile(join(fixtures, 'predictions-regression.csv')), { resamples: reference.resamples, seed: reference.seed });
    // Larger errors are a regression for MAE and RMSE (lower is better).
    for (const m of r.metrics) expect([m.direction, m.verdict]).toEqual(['lower', m.ci[0] > 0 ? 'regression' : 'not-significant']);
  });

  it('agrees with a hand count on a tiny example', () => {
    const p = parsePredictionsCsv('y_true,baseline,candidate\n1,1,1\n1,0,1\n0,0,1\n0,0,0\n', 'tiny.csv');
    const s: SignificanceReport = computeSignificance(p, { resamples: 100 });
    const [acc, prec, rec, f1] = s.metrics;
    expect([acc!.baseline, acc!.candidate]).toEqual([0.75, 0.75]);
    expect([prec!.baseline, prec!.candidate]).toEqual([1, 2 / 3]);
    expect([rec!.baseline, rec!.candidate]).toEqual([0.5, 1]);
    expect(f1!.baseline).toBeCloseTo(2 / 3, 15);
    expect(f1!.candidate).toBeCloseTo(0.8, 15);
    expect(acc!.mcnemar).toEqual({ baselineOnlyCorrect: 1, candidateOnlyCorrect: 1, pValue: 1 });
  });
});

describe('predictions files', () => {
  it('decides the task: labels, integers, floats', () => {
    expect(computeSignificance(parsePredictionsCsv('y_true,baseline,candidate\nspam,ham,spam\nham,ham,ham\n', 'p.csv'), { resamples: 100, positiveLabel: 'spam' }).task).toBe('binary');
    expect(computeSignificance(parsePredictionsCsv('y_true,baseline,candidate\n1.5,1.4,1.6\n2,2.1,2\n', 'p.csv'), { resamples: 100 }).task).toBe('regression');
    expect(computeSignificance(parsePredictionsCsv('y_true,baseline,candidate\n1.5,1.4,1.6\n2,2.1,2\n', 'p.csv'), { resamples: 100, task: 'classification' }).task).toBe('multiclass');
    // Integer labels: "1.0" is the class "1".
    const b = computeSignificance(parsePredictionsCsv('y_true,baseline,candidate\n1.0,1,0\n0,0,0\n', 'p.csv'), { resamples: 100 });
    expect([b.task, b.positiveLabel]).toEqual(['binary', '1']);
    expect(computeSignificance(parsePredictionsCsv('y_true,baseline,candidate\nTrue,False,True\nFalse,False,False\n', 'p.csv'), { resamples: 100 }).positiveLabel).toBe('True');
  });

  it.each([
    ['a missing column', 'y_true,base,candidate\n1,1,1\n', /^p\.csv:1: p\.csv has no column 'baseline' \(its columns: 'y_true', 'base', 'candidate'\)/],
    ['an empty cell', 'y_true,baseline,candidate\n1,1,1\n0,,1\n', /^p\.csv:3, key 'baseline': row has no value in column 'baseline'/],
    ['no rows', 'y_true,baseline,candidate\n', /has a header but no examples/],
    ['an empty file', '', /p\.csv is empty/],
  ])('rejects %s', (_, text, message) => {
    expect(() => parsePredictionsCsv(text, 'p.csv', 'p.csv')).toThrow(message);
  });

  it('rejects a positive label that is not among two labels, and words under task: regression', () => {
    const labels = parsePredictionsCsv('y_true,baseline,candidate\nspam,ham,spam\n', 'p.csv', 'p.csv');
    expect(() => computeSignificance(labels, { resamples: 100 })).toThrow(/input 'positive-label': the positive label '1' is not among the labels in p\.csv \('ham', 'spam'\)/);
    expect(() => computeSignificance(labels, { resamples: 100, task: 'regression' })).toThrow(/^p\.csv:2: 'spam' in column 'y_true' is not a number, and regression needs numbers/);
  });
});

describe('which gated metric a predictions metric judges', () => {
  it.each([
    ['accuracy', 'accuracy'],
    ['test.accuracy', 'accuracy'],
    ['val_acc', 'accuracy'],
    ['f1_score', 'f1'],
    ['test.f1_macro', 'f1'],
    ['eval.mean_absolute_error', 'mae'],
    ['rmse', 'rmse'],
    ['auc', undefined],
    ['loss', undefined],
  ])('%s → %s', (name, metric) => {
    expect(significanceMetricFor(name)).toBe(metric);
  });

  it("numpy's linear quantile", () => {
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantileSorted([5], 0.975)).toBe(5);
  });
});
