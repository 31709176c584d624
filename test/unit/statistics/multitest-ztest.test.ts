/**
 * Multiple-testing corrections against statsmodels' multipletests and the two-proportion z-test
 * against Evidently's formula (test/fixtures/statistics/misc.json).
 */
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, bonferroni, twoProportionZ, twoProportionZTest } from '@mlops-actions/statistics';
import { expectClose, loadFixture } from './fixtures.ts';

interface Misc {
  ztest: { x1: number; n1: number; x2: number; n2: number; statistic: number; pvalue: number; evidently_pvalue: number }[];
  multitest: { pvalues: number[]; bonferroni: number[]; bh: number[] }[];
}
const f = loadFixture<Misc>('misc.json');

describe('multiple testing agrees with statsmodels multipletests', () => {
  it.each(f.multitest.map((c) => [`${c.pvalues.length} p-values`, c] as const))('%s', (_l, c) => {
    expect(bonferroni(c.pvalues)).toEqual(c.bonferroni);
    expect(benjaminiHochberg(c.pvalues)).toEqual(c.bh);
  });
  it('refuses values that are not p-values', () => {
    expect(() => bonferroni([0.1, NaN])).toThrow(/p-value 1 is NaN/);
    expect(() => benjaminiHochberg([1.5])).toThrow(/\[0, 1\]/);
  });
  it('BH never rejects more than it should: adjusted p-values are monotone in the raw ones', () => {
    const p = [0.04, 0.001, 0.03, 0.5, 0.02];
    const adj = benjaminiHochberg(p);
    const order = p.map((_, i) => i).sort((a, b) => p[a]! - p[b]!);
    for (let i = 1; i < order.length; i++) expect(adj[order[i]!]!).toBeGreaterThanOrEqual(adj[order[i - 1]!]!);
    adj.forEach((a, i) => expect(a).toBeGreaterThanOrEqual(p[i]!));
  });
});

describe('two-proportion z-test (Evidently)', () => {
  it.each(f.ztest.map((c) => [`${c.x1}/${c.n1} vs ${c.x2}/${c.n2}`, c] as const))('%s', (_l, c) => {
    const r = twoProportionZTest(c.x1, c.n1, c.x2, c.n2);
    expectClose(r.statistic, c.statistic, 1e-12, 0, 'z');
    expectClose(r.pvalue, c.pvalue, 1e-9, 0, 'p');
    // Evidently's 2·(1 - Φ(|z|)) agrees where it has digits to spare (it loses them in the tail).
    if (c.evidently_pvalue > 1e-3) expectClose(r.pvalue, c.evidently_pvalue, 1e-9);
  });

  it('a binary column gives exactly the single z test, whichever category is tested', () => {
    const r = twoProportionZ({ yes: 30, no: 70 }, { yes: 45, no: 55 });
    const single = twoProportionZTest(30, 100, 45, 100);
    expect(r.tests).toBe(1);
    expect(r.pvalue).toBe(single.pvalue);
    expect(Math.abs(r.statistic)).toBe(Math.abs(single.statistic));
  });

  it('k > 2 categories: one-vs-rest tests combined by Bonferroni, min(1, k·min p)', () => {
    const r = twoProportionZ({ a: 30, b: 50, c: 20 }, { a: 45, b: 35, c: 20 });
    expect(r.perCategory).toHaveLength(3);
    const minP = Math.min(...r.perCategory.map((c) => c.pvalue));
    expect(r.tests).toBe(3);
    expect(r.pvalue).toBe(Math.min(1, 3 * minP));
    expect(r.perCategory.find((c) => c.category === 'c')!.pvalue).toBeGreaterThan(0.5);
    expect(r.category).toBe(r.perCategory.reduce((a, b) => (b.pvalue < a.pvalue ? b : a)).category);
  });

  it('one shared value on both sides cannot drift: p = 1', () => {
    expect(twoProportionZ({ a: 10 }, { a: 99 })).toMatchObject({ statistic: 0, pvalue: 1 });
  });

  it('rejects impossible counts', () => {
    expect(() => twoProportionZTest(11, 10, 1, 10)).toThrow(/exceeds/);
    expect(() => twoProportionZTest(1, 0, 1, 10)).toThrow(/at least one/);
  });
});
