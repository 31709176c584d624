import { describe, expect, it } from 'vitest';
import { binaryMetrics, confusion, rocAuc } from '../../../workflows-examples/use-case/src/metrics.ts';

describe('rocAuc', () => {
  it.each([
    // scikit-learn's roc_auc_score docstring example.
    { name: 'sklearn example', y: [0, 0, 1, 1], s: [0.1, 0.4, 0.35, 0.8], auc: 0.75 },
    { name: 'perfect', y: [0, 0, 1, 1], s: [0.1, 0.2, 0.3, 0.4], auc: 1 },
    { name: 'inverted', y: [1, 1, 0, 0], s: [0.1, 0.2, 0.3, 0.4], auc: 0 },
    { name: 'all scores tied', y: [0, 1, 0, 1, 1], s: [0.5, 0.5, 0.5, 0.5, 0.5], auc: 0.5 },
    // A tie between a failure and a non-failure counts one half: of 6 pairs, 4 won and 2 tied → 5/6.
    { name: 'ties across classes', y: [0, 0, 0, 1, 1], s: [0.1, 0.5, 0.5, 0.5, 0.9], auc: 5 / 6 },
    { name: 'order of rows does not matter', y: [1, 0, 1, 0], s: [0.8, 0.4, 0.35, 0.1], auc: 0.75 },
  ])('$name', ({ y, s, auc }) => {
    expect(rocAuc(y, s)).toBeCloseTo(auc, 12);
  });

  it('uses the scores, not hard predictions', () => {
    // All below 0.5, so the same hard predictions; different rankings.
    expect(rocAuc([0, 1, 0, 1], [0.1, 0.2, 0.3, 0.4])).toBe(0.75);
    expect(rocAuc([0, 1, 0, 1], [0.3, 0.2, 0.4, 0.1])).toBe(0);
  });

  it('is undefined with one class', () => {
    expect(() => rocAuc([1, 1], [0.2, 0.4])).toThrow(/both classes/);
    expect(() => rocAuc([0, 1], [0.2])).toThrow(/length/);
  });
});

describe('binaryMetrics', () => {
  it('computes accuracy, precision, recall and F1 from the confusion matrix', () => {
    const y = [1, 1, 1, 0, 0, 0, 0, 0];
    const p = [1, 1, 0, 1, 0, 0, 0, 0];
    expect(confusion(y, p)).toEqual({ tp: 2, fp: 1, tn: 4, fn: 1 });
    const m = binaryMetrics(y, p, [0.9, 0.8, 0.3, 0.7, 0.2, 0.1, 0.1, 0.05]);
    expect(m.accuracy).toBe(6 / 8);
    expect(m.precision).toBe(2 / 3);
    expect(m.recall).toBe(2 / 3);
    expect(m.f1).toBeCloseTo(2 / 3, 15);
    expect(m.roc_auc).toBeCloseTo(14 / 15, 15);
  });

  it('gives 0 where a denominator is 0 (scikit-learn zero_division=0)', () => {
    const m = binaryMetrics([1, 0, 0], [0, 0, 0], [0.4, 0.3, 0.2]);
    expect(m).toMatchObject({ precision: 0, recall: 0, f1: 0, accuracy: 2 / 3, roc_auc: 1 });
  });
});
