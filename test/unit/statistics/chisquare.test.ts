/**
 * chisquare, the drift form and chi2_contingency against scipy
 * (test/fixtures/statistics/chisquare.json), plus the documented edge cases.
 */
import { describe, expect, it } from 'vitest';
import { chi2Contingency, chiSquareDrift, chisquare } from '@mlops-actions/statistics';
import { expectClose, loadFixture } from './fixtures.ts';

interface Chi {
  chisquare: { observed: number[]; expected: number[] | null; ddof: number; statistic: number; pvalue: number }[];
  drift: { reference: number[]; current: number[]; statistic: number; pvalue: number; df: number }[];
  contingency: { table: number[][]; correction: boolean; statistic: number; pvalue: number; dof: number; expected: number[][] }[];
}
const f = loadFixture<Chi>('chisquare.json');

describe('chisquare agrees with scipy.stats.chisquare', () => {
  it.each(f.chisquare.map((c) => [`${JSON.stringify(c.observed)} f_exp=${JSON.stringify(c.expected)} ddof=${c.ddof}`, c] as const))(
    '%s',
    (_l, c) => {
      const r = chisquare(c.observed, c.expected ?? undefined, c.ddof);
      expectClose(r.statistic, c.statistic, 1e-12, 0, 'statistic');
      expectClose(r.pvalue, c.pvalue, 1e-9, 0, 'p-value');
    },
  );

  it('refuses expected counts whose total differs from the observed total (scipy rtol 1e-8)', () => {
    expect(() => chisquare([10, 10], [10, 11])).toThrow(/relative tolerance of 1e-8/);
    expect(() => chisquare([10, 10], [10, 10 + 1e-9])).not.toThrow();
  });

  it('an expected 0 with observations gives an infinite statistic and p = 0', () => {
    const r = chisquare([5, 5], [10, 0]);
    expect(r.statistic).toBe(Infinity);
    expect(r.pvalue).toBe(0);
  });
});

describe('chiSquareDrift (expected = reference shares × current total, df = k − 1)', () => {
  it.each(f.drift.map((c) => [`${c.reference.length} categories`, c] as const))('%s', (_l, c) => {
    const r = chiSquareDrift(c.reference, c.current);
    expect(r.df).toBe(c.df);
    expectClose(r.statistic, c.statistic, 1e-12, 0, 'statistic');
    expectClose(r.pvalue, c.pvalue, 1e-9, 1e-300, 'p-value');
  });

  it('drops categories absent from both samples', () => {
    const r = chiSquareDrift({ a: 10, b: 0, c: 5 }, { a: 3, c: 9 });
    expect(r.categories).toEqual(['a', 'c']);
    expect(r.df).toBe(1);
  });

  it('a category never seen in the reference is drift: infinite statistic, p = 0, counted', () => {
    const r = chiSquareDrift({ a: 10, b: 20 }, { a: 3, b: 4, new: 5 });
    expect(r.statistic).toBe(Infinity);
    expect(r.pvalue).toBe(0);
    expect(r.unseenCategories).toBe(1);
  });

  it('records and maps are joined on category names', () => {
    const rec = chiSquareDrift({ x: 16, y: 18, z: 16 }, { z: 14, y: 12, x: 12 });
    const map = chiSquareDrift(
      new Map([
        ['x', 16],
        ['y', 18],
        ['z', 16],
      ]),
      new Map([
        ['x', 12],
        ['y', 12],
        ['z', 14],
      ]),
    );
    const arr = chiSquareDrift([16, 18, 16], [12, 12, 14]);
    expect(rec.pvalue).toBe(arr.pvalue);
    expect(map.pvalue).toBe(arr.pvalue);
  });

  it('a single category cannot drift: df 0, statistic 0, p 1', () => {
    expect(chiSquareDrift([5], [9])).toMatchObject({ df: 0, statistic: 0, pvalue: 1 });
  });

  it('rejects negative counts, mismatched arrays and empty samples', () => {
    expect(() => chiSquareDrift([1, -1], [1, 1])).toThrow(/non-negative/);
    expect(() => chiSquareDrift([1, 2], [1, 2, 3])).toThrow(/align/);
    expect(() => chiSquareDrift([0, 0], [1, 2])).toThrow(/at least one count/);
  });
});

describe('chi2Contingency agrees with scipy.stats.chi2_contingency', () => {
  it.each(f.contingency.map((c) => [`${JSON.stringify(c.table)} correction=${c.correction}`, c] as const))('%s', (_l, c) => {
    const r = chi2Contingency(c.table, c.correction);
    expect(r.dof).toBe(c.dof);
    expectClose(r.statistic, c.statistic, 1e-12, 1e-15, 'statistic');
    expectClose(r.pvalue, c.pvalue, 1e-9, 0, 'p-value');
    r.expected.forEach((row, i) => row.forEach((e, j) => expectClose(e, c.expected[i]![j]!, 1e-15)));
  });

  it('applies Yates only for dof 1, and never moves a count past its expected value', () => {
    const yates = chi2Contingency([
      [10, 20],
      [30, 40],
    ]);
    const plain = chi2Contingency(
      [
        [10, 20],
        [30, 40],
      ],
      false,
    );
    expect(yates.statistic).toBeLessThan(plain.statistic);
    // |o - e| < 0.5 everywhere: the correction moves o onto e, statistic 0.
    expect(
      chi2Contingency([
        [10, 10],
        [10, 11],
      ]).statistic,
    ).toBe(0);
  });

  it('a zero expected frequency is an error naming the cell', () => {
    expect(() =>
      chi2Contingency([
        [0, 0],
        [1, 2],
      ]),
    ).toThrow(/\(0, 0\) is zero/);
  });
});
