/**
 * ks2samp against scipy.stats.ks_2samp on the generated cases in
 * test/fixtures/statistics/ks_2samp.json: small to 1,000,000-row samples, ties, all alternatives,
 * exact near the 10000 boundary, forced methods and the exact → asymptotic fallbacks.
 */
import { describe, expect, it } from 'vitest';
import { ks2samp, ks2sampAsymptoticP, kstwoSf, sortFloat64, type Alternative, type KsMethod } from '@mlops-actions/statistics';
import { expectClose, generate, loadFixture, sample, type GenSpec } from './fixtures.ts';

interface KsCase {
  a: number[] | GenSpec;
  b: number[] | GenSpec;
  alternative: Alternative;
  method: KsMethod;
  note: string;
  statistic: number;
  pvalue: number;
  statistic_location: number;
  statistic_sign: 1 | -1;
  used: 'exact' | 'asymp';
  fallback: boolean;
}

const { cases } = loadFixture<{ cases: KsCase[] }>('ks_2samp.json');
const size = (x: number[] | GenSpec): number => (Array.isArray(x) ? x.length : x.n);
const label = (c: KsCase): string => `${c.note}: n=${size(c.a)}/${size(c.b)} ${c.alternative} ${c.method}`;

describe('ks2samp agrees with scipy.stats.ks_2samp', () => {
  it('covers the cases the brief asks for', () => {
    const notes = new Set(cases.map((c) => c.note));
    for (const n of [
      'small',
      'ties',
      'exact two-sided',
      'exact one-sided',
      '10000 boundary',
      'asymptotic',
      '1M vs 1M',
      'forced asymp',
      'separated',
    ]) {
      expect(notes).toContain(n);
    }
    expect(cases.some((c) => c.fallback)).toBe(true);
    expect(cases.length).toBeGreaterThan(150);
  });

  it.each(cases.map((c) => [label(c), c] as const))('%s', (_label, c) => {
    const r = ks2samp(sample(c.a), sample(c.b), { alternative: c.alternative, method: c.method });
    expectClose(r.statistic, c.statistic, 1e-12, 0, 'statistic');
    expectClose(r.pvalue, c.pvalue, 1e-9, 0, 'p-value');
    expect(r.statisticLocation).toBe(c.statistic_location);
    expect(r.statisticSign).toBe(c.statistic_sign);
    expect(r.method).toBe(c.used);
    expect(r.exactFallback !== undefined).toBe(c.fallback);
  });
});

describe('ks2samp behaviour', () => {
  const a = [0.3, -1.2, 4.5, 2.2, 0.3, 9.1, -0.7];
  const b = [1.1, 0.3, 5.5, 7.2, 2.2];

  it('accepts Float64Array and number[] alike and never reorders the caller’s arrays', () => {
    const fa = Float64Array.from(a);
    const r1 = ks2samp(fa, b);
    expect(Array.from(fa)).toEqual(a);
    expect(ks2samp(a, Float64Array.from(b))).toEqual(r1);
  });

  it('sorted: true skips sorting and gives the same answer', () => {
    const sa = [...a].sort((x, y) => x - y);
    const sb = [...b].sort((x, y) => x - y);
    expect(ks2samp(sa, sb, { sorted: true })).toEqual(ks2samp(a, b));
  });

  it('sorted: true with unsorted input is an error, not a wrong answer', () => {
    expect(() => ks2samp(a, b, { sorted: true })).toThrow(/not sorted ascending at index 1/);
  });

  it('rejects NaN and empty samples with a message saying what to do', () => {
    expect(() => ks2samp([1, NaN], [1])).toThrow(/NaN at index 1.*missing/);
    expect(() => ks2samp([], [1])).toThrow(/non-empty/);
    expect(() => ks2samp([1], [2], { alternative: 'both' as Alternative })).toThrow(/alternative/);
    expect(() => ks2samp([1], [2], { method: 'fast' as KsMethod })).toThrow(/method/);
  });

  it('the statistic is symmetric and the sign flips with the order of the samples', () => {
    const r1 = ks2samp(a, b);
    const r2 = ks2samp(b, a);
    expect(r2.statistic).toBe(r1.statistic);
    expect(r2.pvalue).toBe(r1.pvalue);
    expect(r2.statisticSign).toBe(-r1.statisticSign!);
  });
});

describe('sortFloat64 (radix sort used before the KS walk)', () => {
  it('orders exactly like Float64Array.prototype.sort, signed zeros, infinities and subnormals included', () => {
    const x = generate({ gen: 'normal', seed: 31, n: 50_000, scale: 1e3, shift: 0 });
    x.set([-0, 0, Infinity, -Infinity, 5e-324, -5e-324, -0, 1e308, -1e308, 0], 100);
    const want = x.slice().sort();
    const got = sortFloat64(x.slice());
    expect(got.every((v, i) => Object.is(v, want[i]))).toBe(true);
  });
  it('handles many ties and short arrays', () => {
    const ties = Float64Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 13);
    expect(Array.from(sortFloat64(ties.slice()))).toEqual(Array.from(ties.slice().sort()));
    expect(Array.from(sortFloat64(Float64Array.of(3, 1, 2)))).toEqual([1, 2, 3]);
  });
});

describe('ks2sampAsymptoticP', () => {
  it('is the p-value ks2samp uses above 10000 (round half to even, like numpy)', () => {
    const a = generate({ gen: 'normal', seed: 41, n: 10_001, scale: 1, shift: 0 });
    const b = generate({ gen: 'normal', seed: 42, n: 10_001, scale: 1, shift: 0.05 });
    const r = ks2samp(a, b);
    // n1 = n2 = 10001: n1·n2/(n1+n2) = 5000.5 rounds to 5000, not 5001
    expect(ks2sampAsymptoticP(r.statistic, 10_001, 10_001)).toBe(r.pvalue);
    expect(r.pvalue).toBe(kstwoSf(r.statistic, 5000));
    expect(ks2sampAsymptoticP(r.statistic, 10_001, 10_001, 'greater')).toBe(ks2samp(a, b, { alternative: 'greater' }).pvalue);
  });
});
