/**
 * chiSquareHomogeneity — the two-sample chi-square test of the 2 × k table — against scipy's
 * chi2_contingency after the documented pooling of rare categories
 * (test/fixtures/statistics/homogeneity.json, made by generate_homogeneity.py there).
 */
import { describe, expect, it } from 'vitest';
import { chiSquareDrift, chiSquareHomogeneity } from '@mlops-actions/statistics';
import { expectClose, loadFixture } from './fixtures.ts';

interface Case {
  reference: Record<string, number>;
  current: Record<string, number>;
  min_expected: number;
  correction: boolean;
  note: string;
  cells: number;
  pooled_categories: number;
  pooled_groups: number;
  statistic: number;
  pvalue: number;
  df: number;
}
const f = loadFixture<{ cases: Case[] }>('homogeneity.json');

describe('chiSquareHomogeneity agrees with scipy.stats.chi2_contingency on the pooled 2 × k table', () => {
  it.each(f.cases.map((c) => [c.note || `${Object.keys(c.reference).length} categories`, c] as const))('%s', (_l, c) => {
    const r = chiSquareHomogeneity(c.reference, c.current, { minExpected: c.min_expected, correction: c.correction });
    expect([r.cells, r.pooledCategories, r.pooledGroups, r.df]).toEqual([c.cells, c.pooled_categories, c.pooled_groups, c.df]);
    expectClose(r.statistic, c.statistic, 1e-12, 1e-15, 'statistic');
    expectClose(r.pvalue, c.pvalue, 1e-9, 0, 'p-value');
  });
});

describe('chiSquareHomogeneity: a two-sample test, not a goodness of fit', () => {
  it('a category absent from the reference is a cell, not an infinite statistic', () => {
    const gof = chiSquareDrift({ a: 50, b: 50 }, { a: 48, b: 50, c: 2 });
    expect(gof.pvalue).toBe(0);
    const h = chiSquareHomogeneity({ a: 50, b: 50 }, { a: 48, b: 50, c: 2 }, { minExpected: 0 });
    expect(h.unseenCategories).toBe(1);
    expect(Number.isFinite(h.statistic)).toBe(true);
    expect(h.pvalue).toBeGreaterThan(0.1);
  });

  it('is symmetric in the two samples (both are estimates), unlike the goodness of fit', () => {
    const a = { x: 30, y: 12, z: 8 };
    const b = { x: 210, y: 160, z: 130 };
    expect(chiSquareHomogeneity(a, b).pvalue).toBeCloseTo(chiSquareHomogeneity(b, a).pvalue, 14);
    expect(chiSquareDrift(a, b).pvalue).not.toBeCloseTo(chiSquareDrift(b, a).pvalue, 3);
  });

  it('pools sparse categories so that every expected count is at least minExpected', () => {
    const ref: Record<string, number> = {};
    const cur: Record<string, number> = {};
    for (let i = 0; i < 100; i++) {
      ref[`k${i}`] = 1 + (i % 3);
      cur[`k${i}`] = 1 + ((i + 1) % 3);
    }
    const r = chiSquareHomogeneity(ref, cur);
    expect(r.pooledCategories).toBe(100);
    expect(r.cells).toBeGreaterThan(2);
    // each group totals at least 5 / (min row share) = 10 values: 400 values make at most 40 cells
    expect(r.cells).toBeLessThanOrEqual(40);
    expect(r.df).toBe(r.cells - 1);
  });

  it('rejects empty samples and bad options', () => {
    expect(() => chiSquareHomogeneity([0, 0], [1, 2])).toThrow(/at least one count in each sample/);
    expect(() => chiSquareHomogeneity([1, 2], [1, 2], { minExpected: -1 })).toThrow(/minExpected/);
  });
});
