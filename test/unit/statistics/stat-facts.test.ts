/**
 * Every value in shared/reference/stat-facts.md (scipy's test suite and docstrings, TFDV's and
 * Evidently's test suites), to about 1e-9 relative.
 */
import { describe, expect, it } from 'vitest';
import {
  chiSquareDrift,
  chisquare,
  jensenShannon,
  ks2samp,
  kstwoSf,
  lInfinity,
  normalizedWasserstein,
  psi,
  wasserstein,
} from '@mlops-actions/statistics';
import { expectClose, linspace } from './fixtures.ts';

const ties = [...Array(3).fill(2), ...Array(4).fill(3), ...Array(5).fill(5), ...Array(4).fill(6)] as number[];

describe('two-sample Kolmogorov–Smirnov (scipy ks_2samp)', () => {
  it.each([
    ['[0] vs [1]', [0], [1], 1, 1.0],
    ['[1.01, 2.01] vs [1, 2, 3]', [1.01, 2.01], [1, 2, 3], 1 / 3, 1.0],
    ['[0.99, 1.99] vs [1, 2, 3]', [0.99, 1.99], [1, 2, 3], 2 / 3, 0.6],
    ['[1.01, 2.01] vs [1, 2, 3, 4]', [1.01, 2.01], [1, 2, 3, 4], 0.5, 14 / 15],
    [
      'linspace(1,100,100) vs linspace(1,100,110)+20.1',
      linspace(1, 100, 100),
      linspace(1, 100, 110).map((v) => v + 20.1),
      232 / 1100,
      0.015739183865607353,
    ],
    ['ties vs ties + 1', ties, ties.map((v) => v + 1), 5 / 16, 0.4262934613454952],
    ['linspace(1,100,100) vs +2.1', linspace(1, 100, 100), linspace(1, 100, 100).map((v) => v + 2.1), 0.03, 0.999999999996206],
  ])('%s: D and p', (_name, a, b, D, p) => {
    const r = ks2samp(a, b);
    expectClose(r.statistic, D, 1e-12, 0, 'D');
    expectClose(r.pvalue, p, 1e-9, 0, 'p');
    expect(r.method).toBe('exact');
  });

  it.each([
    ['[0] vs [1]', [0], [1], 1, 0.5],
    ['linspace shift 20.1', linspace(1, 100, 100), linspace(1, 100, 110).map((v) => v + 20.1), 232 / 1100, 0.007869594319053203],
  ])("%s: one-sided 'greater'", (_name, a, b, D, p) => {
    const r = ks2samp(a, b, { alternative: 'greater' });
    expectClose(r.statistic, D, 1e-12, 0, 'D');
    expectClose(r.pvalue, p, 1e-9, 0, 'p');
  });

  it('auto: exact up to max(n1, n2) = 10000, then kstwo.sf(D, round(n1 n2 / (n1 + n2)))', () => {
    const a = linspace(0, 1, 10000);
    const b = linspace(0.01, 1.01, 10000);
    expect(ks2samp(a, b).method).toBe('exact');
    const c = linspace(0.01, 1.01, 10001);
    const r = ks2samp(a, c);
    expect(r.method).toBe('asymp');
    expect(r.pvalue).toBe(kstwoSf(r.statistic, Math.round((10000 * 10001) / 20001)));
  });

  it('ties count: D is the supremum over all observed values', () => {
    // Identical samples with many ties: the ECDFs coincide at every observed value.
    expect(ks2samp(ties, ties).statistic).toBe(0);
    expect(ks2samp(ties, ties).pvalue).toBe(1);
  });
});

describe('distances', () => {
  it('Jensen–Shannon distance as scipy: base 2 and natural log', () => {
    expect(jensenShannon([1, 0, 0], [0, 1, 0], 2)).toBe(1.0);
    expectClose(jensenShannon([1, 0], [0.5, 0.5]), 0.46450140402245893, 1e-12);
  });

  it('Jensen–Shannon of non-overlapping distributions: √ln2 (natural), 1 (base 2)', () => {
    expectClose(jensenShannon([0.2, 0.8, 0, 0], [0, 0, 0.5, 0.5]), Math.sqrt(Math.LN2), 1e-12);
    expectClose(jensenShannon([0.2, 0.8, 0, 0], [0, 0, 0.5, 0.5], 2), 1, 1e-12);
  });

  it('renormalises its inputs like scipy (counts and shares give the same value)', () => {
    expect(jensenShannon([10, 30], [5, 5])).toBe(jensenShannon([0.25, 0.75], [0.5, 0.5]));
  });

  it("TFDV's base-2 divergence on re-bucketed histograms: 0.65563906222", () => {
    // [1,2):2 [2,3):2 vs [2,4):2 [4,6):2 re-bucketed on the union of boundaries {1,2,3,4,6}
    // (mass spread uniformly inside a bucket): p = [2,2,0,0], q = [0,1,1,2].
    // TFDV's test states 11 decimals (truncated), so agreement is checked to 1e-11.
    expectClose(jensenShannon([2, 2, 0, 0], [0, 1, 1, 2], 2) ** 2, 0.65563906222, 0, 1e-11);
  });

  it('wasserstein_distance([0,1,3], [5,6,8]) = 5 and the weighted example = 0.25', () => {
    expect(wasserstein([0, 1, 3], [5, 6, 8])).toBe(5.0);
    expect(wasserstein([0, 1], [0, 1], [3, 1], [2, 2])).toBe(0.25);
  });

  it('normalised Wasserstein: 0.1 means a shift of a tenth of a (population) standard deviation', () => {
    const ref = linspace(-3, 3, 601);
    const mean = ref.reduce((a, b) => a + b, 0) / ref.length;
    const sd = Math.sqrt(ref.reduce((a, b) => a + (b - mean) ** 2, 0) / ref.length);
    expectClose(
      normalizedWasserstein(
        ref,
        ref.map((v) => v + 0.1 * sd),
      ),
      0.1,
      1e-9,
    );
    // A constant reference has std 0: the floor 0.001 applies.
    expectClose(normalizedWasserstein([2, 2, 2], [2, 2.5, 3]), 0.5 / 0.001, 1e-12);
  });

  it('L-infinity between category shares over the union of categories', () => {
    expectClose(lInfinity({ hello: 0.1, world: 0.9 }, { hello: 0.3, world: 0.7 }), 0.2, 1e-12);
    expectClose(lInfinity({ b: 0.9, c: 0.1 }, { a: 0.3, b: 0.7 }), 0.3, 1e-12);
  });
});

describe('chi-square', () => {
  it('chisquare([16,18,16,14,12,12]): 2.0, p = 0.84914503608460956', () => {
    const r = chisquare([16, 18, 16, 14, 12, 12]);
    expect(r.statistic).toBe(2.0);
    expectClose(r.pvalue, 0.84914503608460956, 1e-12);
  });

  it('with f_exp = [16,16,16,16,16,8]: 3.5, p = 0.62338762774958223', () => {
    const r = chisquare([16, 18, 16, 14, 12, 12], [16, 16, 16, 16, 16, 8]);
    expect(r.statistic).toBe(3.5);
    expectClose(r.pvalue, 0.62338762774958223, 1e-12);
  });

  it('drift form: expected = reference shares × current total, df = k − 1: p ≈ 0.67309', () => {
    const r = chiSquareDrift([16, 18, 16, 14, 12, 12], [16, 16, 16, 16, 16, 8]);
    expect(r.df).toBe(5);
    expect(Math.abs(r.pvalue - 0.67309)).toBeLessThan(5e-6);
  });

  it('doubling every reference count leaves p unchanged', () => {
    const a = chiSquareDrift([16, 18, 16, 14, 12, 12], [16, 16, 16, 16, 16, 8]);
    const b = chiSquareDrift([32, 36, 32, 28, 24, 24], [16, 16, 16, 16, 16, 8]);
    expect(b.pvalue).toBe(a.pvalue);
    expect(b.statistic).toBe(a.statistic);
  });
});

describe('PSI', () => {
  it('Σ (r - c)·ln(r / c), natural log', () => {
    // r = [.5, .5], c = [.25, .75]: .25 ln 2 - .25 ln(2/3) = .25 ln 3
    expectClose(psi([0.5, 0.5], [0.25, 0.75]), 0.25 * Math.log(3), 1e-14);
    expect(psi([0.2, 0.3, 0.5], [0.2, 0.3, 0.5])).toBe(0);
  });

  it('an empty share is replaced by epsilon (default 1e-4), not renormalised', () => {
    const want = (1 - 0.5) * Math.log(1 / 0.5) + (1e-4 - 0.5) * Math.log(1e-4 / 0.5);
    expectClose(psi([1, 0], [0.5, 0.5]), want, 1e-14);
    const want6 = (1 - 0.5) * Math.log(1 / 0.5) + (1e-6 - 0.5) * Math.log(1e-6 / 0.5);
    expectClose(psi([1, 0], [0.5, 0.5], { epsilon: 1e-6 }), want6, 1e-14);
  });

  it('credit-scoring rule of thumb: a small reshuffle is < 0.1, a large shift > 0.25', () => {
    expect(psi([0.25, 0.25, 0.25, 0.25], [0.27, 0.24, 0.25, 0.24])).toBeLessThan(0.1);
    expect(psi([0.25, 0.25, 0.25, 0.25], [0.1, 0.1, 0.3, 0.5])).toBeGreaterThan(0.25);
  });
});
