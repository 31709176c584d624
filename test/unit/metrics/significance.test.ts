import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  clopperPearson,
  computeSignificance,
  createRng,
  exactAccuracyInterval,
  mcnemarExact,
  MIN_BOOTSTRAP_N,
  parsePredictionsCsv,
  readPredictionsFile,
  significanceMetricFor,
  type SignificanceReport,
} from '@mlops-actions/metrics';
import { quantileSorted } from '@mlops-actions/statistics';
import { repoRoot } from '../../harness/step-runner.ts';

/** Written by test/fixtures/metrics/reference/significance.py (numpy, scikit-learn, scipy). */
const fixtures = join(repoRoot, 'test', 'fixtures', 'metrics');
const reference = JSON.parse(readFileSync(join(fixtures, 'reference', 'reference.json'), 'utf8')) as {
  resamples: number;
  seed: number;
  confidence: number;
  cases: Record<
    string,
    {
      metrics: Record<string, { baseline: number; candidate: number; ci: [number, number] }>;
      mcnemar?: { baselineOnlyCorrect: number; candidateOnlyCorrect: number; pValue: number };
    }
  >;
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
      // Accuracy's interval is the exact one that matches McNemar's test (checked against scipy below).
      if (m.metric === 'accuracy') continue;
      expect([m.method, m.interval]).toEqual(['bootstrap', 'percentile bootstrap']);
      close(m.ci![0], r.ci[0], 1e-9);
      close(m.ci![1], r.ci[1], 1e-9);
    }
    if (ref.mcnemar) {
      const acc = s.metrics.find((m) => m.metric === 'accuracy')!;
      expect(acc.mcnemar).toMatchObject({
        baselineOnlyCorrect: ref.mcnemar.baselineOnlyCorrect,
        candidateOnlyCorrect: ref.mcnemar.candidateOnlyCorrect,
      });
      close(acc.mcnemar!.pValue, ref.mcnemar.pValue, 1e-9);
    }
  });

  it('gives the same numbers on a rerun with the same seed, other numbers with another seed', async () => {
    const p = await readPredictionsFile(join(fixtures, 'predictions-binary.csv'));
    const a = computeSignificance(p, { resamples: 300, seed: 11 });
    const b = computeSignificance(p, { resamples: 300, seed: 11 });
    const c = computeSignificance(p, { resamples: 300, seed: 12 });
    expect(b).toEqual(a);
    expect(c.metrics[1]!.ci).not.toEqual(a.metrics[1]!.ci);
  });

  it('judges accuracy by McNemar and the other metrics by whether the interval excludes 0', async () => {
    const p = await readPredictionsFile(join(fixtures, 'predictions-binary.csv'));
    const s = computeSignificance(p, { resamples: reference.resamples, seed: reference.seed });
    const by = Object.fromEntries(s.metrics.map((m) => [m.metric, m]));
    // p = 0.175: accuracy's gain is not significant; precision's interval lies above 0.
    expect(by['accuracy']!.verdict).toBe('not-significant');
    expect(by['precision']!.ci![0]).toBeGreaterThan(0);
    expect(by['precision']!.verdict).toBe('improvement');
    expect(by['recall']!.verdict).toBe('not-significant');
    const r = computeSignificance(await readPredictionsFile(join(fixtures, 'predictions-regression.csv')), {
      resamples: reference.resamples,
      seed: reference.seed,
    });
    // Larger errors are a regression for MAE and RMSE (lower is better).
    for (const m of r.metrics) expect([m.direction, m.verdict]).toEqual(['lower', m.ci![0] > 0 ? 'regression' : 'not-significant']);
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
    expect(
      computeSignificance(parsePredictionsCsv('y_true,baseline,candidate\nspam,ham,spam\nham,ham,ham\n', 'p.csv'), {
        resamples: 100,
        positiveLabel: 'spam',
      }).task,
    ).toBe('binary');
    expect(
      computeSignificance(parsePredictionsCsv('y_true,baseline,candidate\n1.5,1.4,1.6\n2,2.1,2\n', 'p.csv'), { resamples: 100 }).task,
    ).toBe('regression');
    expect(
      computeSignificance(parsePredictionsCsv('y_true,baseline,candidate\n1.5,1.4,1.6\n2,2.1,2\n', 'p.csv'), {
        resamples: 100,
        task: 'classification',
      }).task,
    ).toBe('multiclass');
    // Integer labels: "1.0" is the class "1".
    const b = computeSignificance(parsePredictionsCsv('y_true,baseline,candidate\n1.0,1,0\n0,0,0\n', 'p.csv'), { resamples: 100 });
    expect([b.task, b.positiveLabel]).toEqual(['binary', '1']);
    expect(
      computeSignificance(parsePredictionsCsv('y_true,baseline,candidate\nTrue,False,True\nFalse,False,False\n', 'p.csv'), {
        resamples: 100,
      }).positiveLabel,
    ).toBe('True');
  });

  it.each([
    [
      'a missing column',
      'y_true,base,candidate\n1,1,1\n',
      /^p\.csv:1: p\.csv has no column 'baseline' \(its columns: 'y_true', 'base', 'candidate'\)/,
    ],
    ['an empty cell', 'y_true,baseline,candidate\n1,1,1\n0,,1\n', /^p\.csv:3, key 'baseline': row has no value in column 'baseline'/],
    ['no rows', 'y_true,baseline,candidate\n', /has a header but no examples/],
    ['an empty file', '', /p\.csv is empty/],
  ])('rejects %s', (_, text, message) => {
    expect(() => parsePredictionsCsv(text, 'p.csv', 'p.csv')).toThrow(message);
  });

  it('rejects a positive label that is not among two labels, and words under task: regression', () => {
    const labels = parsePredictionsCsv('y_true,baseline,candidate\nspam,ham,spam\n', 'p.csv', 'p.csv');
    expect(() => computeSignificance(labels, { resamples: 100 })).toThrow(
      /input 'positive-label': the positive label '1' is not among the labels in p\.csv \('ham', 'spam'\)/,
    );
    expect(() => computeSignificance(labels, { resamples: 100, task: 'regression' })).toThrow(
      /^p\.csv:2: 'spam' in column 'y_true' is not a number, and regression needs numbers/,
    );
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
    ['auc', 'roc_auc'],
    ['test.roc_auc', 'roc_auc'],
    ['val_auroc', 'roc_auc'],
    ['average_precision_score', 'average_precision'],
    ['pr_auc', undefined],
    ['loss', undefined],
  ])('%s → %s', (name, metric) => {
    expect(significanceMetricFor(name)).toBe(metric);
  });

  it("numpy's linear quantile", () => {
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantileSorted([5], 0.975)).toBe(5);
  });
});

/** Written by test/fixtures/metrics/reference/small-n.py (scipy, statsmodels). */
const smallN = JSON.parse(readFileSync(join(fixtures, 'reference', 'small-n.json'), 'utf8')) as {
  clopperPearson: { k: number; n: number; confidence: number; ci: [number, number] }[];
  regression: { y: number[]; baseline: number[]; candidate: number[]; mae: number; rmse: number }[];
  classification: { y: number[]; baseline: number[]; candidate: number[]; precision: number; recall: number; f1: number }[];
};
const csv = (y: readonly (number | string)[], b: readonly (number | string)[], c: readonly (number | string)[]) =>
  parsePredictionsCsv(`y_true,baseline,candidate\n${y.map((v, i) => `${v},${b[i]},${c[i]}`).join('\n')}\n`, 'p.csv', 'p.csv');

describe('accuracy: the interval agrees with McNemar', () => {
  it.each(smallN.clopperPearson)('Clopper–Pearson k=$k of n=$n at $confidence (scipy binomtest exact)', ({ k, n, confidence, ci }) => {
    const [lo, hi] = clopperPearson(k, n, confidence);
    if (k === 0) expect(lo).toBe(0);
    else close(lo, ci[0], 1e-9);
    if (k === n) expect(hi).toBe(1);
    else close(hi, ci[1], 1e-9);
  });

  it('excludes 0 exactly when p < 1 − confidence, for every split of up to 40 discordant examples', () => {
    let checked = 0;
    for (let d = 1; d <= 40; d++) {
      for (let c = 0; c <= d; c++) {
        for (const confidence of [0.9, 0.95, 0.99]) {
          const [lo, hi] = exactAccuracyInterval(d - c, c, 200, confidence);
          const p = mcnemarExact(d - c, c);
          expect(lo > 0 || hi < 0).toBe(p < 1 - confidence);
          checked++;
        }
      }
    }
    expect(checked).toBe(2580);
  });

  it('shows the exact interval, not a bootstrap one, in the accuracy row of a report', async () => {
    const p = await readPredictionsFile(join(fixtures, 'predictions-binary.csv'));
    const acc = computeSignificance(p, { resamples: 200 }).metrics[0]!;
    expect([acc.metric, acc.method, acc.interval]).toEqual(['accuracy', 'mcnemar', 'exact']);
    const { baselineOnlyCorrect: b, candidateOnlyCorrect: c } = acc.mcnemar!;
    expect(acc.ci).toEqual(exactAccuracyInterval(b, c, p.yTrue.length, 0.95));
    // p = 0.175: not significant, and the interval holds 0.
    expect(acc.verdict).toBe('not-significant');
    expect(acc.ci![0]).toBeLessThan(0);
    expect(acc.ci![1]).toBeGreaterThan(0);
  });
});

describe(`below ${MIN_BOOTSTRAP_N} examples: a permutation test, no interval`, () => {
  it.each(smallN.regression.map((r) => ({ ...r, n: r.y.length })))('regression, n = $n: p-values as scipy permutation_test gives', (r) => {
    const s = computeSignificance(csv(r.y, r.baseline, r.candidate), { resamples: 100, task: 'regression' });
    const [mae, rmse] = s.metrics;
    expect([mae!.method, mae!.ci, mae!.interval, mae!.permutation!.exact]).toEqual(['permutation', null, 'none', true]);
    close(mae!.permutation!.pValue, r.mae, 1e-9);
    close(rmse!.permutation!.pValue, r.rmse, 1e-9);
  });

  it.each(smallN.classification.map((r) => ({ ...r, n: r.y.length })))(
    'binary, n = $n: precision, recall and F1 p-values as scipy gives',
    (r) => {
      const s = computeSignificance(csv(r.y, r.baseline, r.candidate), { resamples: 100 });
      const by = Object.fromEntries(s.metrics.map((m) => [m.metric, m]));
      expect(by['accuracy']!.method).toBe('mcnemar');
      for (const m of ['precision', 'recall', 'f1'] as const) close(by[m]!.permutation!.pValue, r[m], 1e-9);
    },
  );

  it('does not call a change on three of five examples significant (the bootstrap called it a regression)', () => {
    // Five examples; the candidate is worse on three of them by the same amount, equal on the rest.
    const s = computeSignificance(csv([1, 2, 3, 4, 5], [1.1, 2.1, 3.1, 4.1, 5.1], [1.1, 2.1, 3.9, 4.9, 5.9]), {
      resamples: 2000,
      task: 'regression',
    });
    for (const m of s.metrics) {
      expect(m.method).toBe('permutation');
      expect(m.verdict).toBe('not-significant');
      // 1 of the 2^3 arrangements is as extreme on each side: p = 2/8.
      expect(m.permutation).toEqual({ pValue: 0.25, exact: true, arrangements: 8 });
    }
  });

  it('falls back to seeded random arrangements past 2^16, reproducibly', () => {
    const n = 25;
    const y = Array.from({ length: n }, (_, i) => i);
    const b = y.map((v, i) => v + ((i * 7) % 5) / 10);
    const c = y.map((v, i) => v + ((i * 3) % 7) / 10);
    const one = computeSignificance(csv(y, b, c), { resamples: 500, seed: 3, task: 'regression' });
    const two = computeSignificance(csv(y, b, c), { resamples: 500, seed: 3, task: 'regression' });
    expect(one.metrics[0]!.permutation).toMatchObject({ exact: false, arrangements: 500 });
    expect(two).toEqual(one);
    expect(one.minBootstrapN).toBe(MIN_BOOTSTRAP_N);
  });

  it(`uses the bootstrap from ${MIN_BOOTSTRAP_N} examples on which the models differ`, () => {
    const n = 45;
    const y = Array.from({ length: n }, (_, i) => i % 2);
    // The baseline is wrong on every third example, the candidate on the next one: they differ on 30.
    const s = computeSignificance(
      csv(
        y,
        y.map((v, i) => (i % 3 === 0 ? 1 - v : v)),
        y.map((v, i) => (i % 3 === 1 ? 1 - v : v)),
      ),
      { resamples: 200 },
    );
    expect(s.differing).toBe(MIN_BOOTSTRAP_N);
    expect(s.metrics.map((m) => m.method)).toEqual(['mcnemar', 'bootstrap', 'bootstrap', 'bootstrap']);
  });

  it('judges a change carried by 4 of 1,000 examples by the permutation test: the bootstrap called it significant', () => {
    // The candidate fixes 4 positives the baseline misses, and is otherwise the same.
    const y = Array.from({ length: 1000 }, (_, i) => i % 2);
    const b = y.map((v, i) => (v === 1 && i < 8 ? 0 : v));
    const s = computeSignificance(csv(y, b, y), { resamples: 2000 });
    expect(s.differing).toBe(4);
    const by = Object.fromEntries(s.metrics.map((m) => [m.metric, m]));
    // McNemar: p = 2 · (1/2)^4 = 0.125; its exact interval holds 0 (the bootstrap's [0.001, 0.008] did not).
    expect(by['accuracy']!.mcnemar!.pValue).toBe(0.125);
    expect(by['accuracy']!.ci![0]).toBeLessThan(0);
    for (const m of ['recall', 'f1'] as const) {
      // All 2^4 arrangements, one as extreme on each side: p = 2/16, where the bootstrap said "improvement".
      expect(by[m]).toMatchObject({
        method: 'permutation',
        ci: null,
        verdict: 'not-significant',
        permutation: { pValue: 0.125, exact: true, arrangements: 16 },
      });
    }
  });
});

describe('classification metrics follow scikit-learn', () => {
  it('a binary task with only negatives gives precision, recall and F1 of 0 (zero_division), not 1', () => {
    const s = computeSignificance(csv([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]), { resamples: 100 });
    expect(s.task).toBe('binary');
    expect(s.positiveLabel).toBe('1');
    expect(Object.fromEntries(s.metrics.map((m) => [m.metric, [m.baseline, m.candidate]]))).toEqual({
      accuracy: [1, 1],
      precision: [0, 0],
      recall: [0, 0],
      f1: [0, 0],
    });
  });

  it('macro averages over the labels of y_true, not a label only a prediction introduces', () => {
    // y_true has cat and dog; the baseline once predicts "bird". scikit-learn, labels=['cat', 'dog']:
    // precision_b = (1/1 + 2/2)/2 = 1, recall_b = (1/2 + 2/2)/2 = 0.75, F1_b = (2/3 + 1)/2.
    const s = computeSignificance(csv(['cat', 'cat', 'dog', 'dog'], ['cat', 'bird', 'dog', 'dog'], ['cat', 'cat', 'dog', 'dog']), {
      resamples: 100,
    });
    expect(s.task).toBe('multiclass');
    expect(s.labels).toEqual(['cat', 'dog']);
    expect(s.predictedOnlyLabels).toEqual(['bird']);
    const by = Object.fromEntries(s.metrics.map((m) => [m.metric, m]));
    expect(by['precision']!.baseline).toBe(1);
    expect(by['recall']!.baseline).toBe(0.75);
    expect(by['f1']!.baseline).toBeCloseTo((2 / 3 + 1) / 2, 15);
    expect(by['f1']!.candidate).toBe(1);
  });
});
