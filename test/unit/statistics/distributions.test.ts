/**
 * Distribution functions against scipy on grids that cross every region boundary of the algorithms
 * (test/fixtures/statistics/distributions.json). Target: 1e-11 relative; values below 1e-300
 * (denormal territory, where scipy keeps a few more bits) are compared absolutely.
 */
import { describe, expect, it } from 'vitest';
import {
  chi2Cdf,
  chi2Sf,
  gammaP,
  gammaQ,
  kolmogorovCdf,
  kolmogorovSf,
  kstwoCdf,
  kstwoSf,
  lgamma,
  normCdf,
  normSf,
  smirnovSf,
} from '@mlops-actions/statistics';
import { expectClose, loadFixture } from './fixtures.ts';

interface Dist {
  kstwo: { n: number; d: number; sf: number; cdf: number }[];
  kstwobign: { x: number; sf: number; cdf: number }[];
  smirnov: { n: number; d: number; sf: number }[];
  chi2: { df: number; x: number; sf: number; cdf: number }[];
  norm: { x: number; sf: number; cdf: number }[];
  gammainc: { a: number; x: number; p: number; q: number }[];
  lgamma: { x: number; lgamma: number }[];
}
const f = loadFixture<Dist>('distributions.json');
const REL = 1e-11;
const TINY = 1e-300;

describe('kstwo (two-sided one-sample KS, Simard & L’Ecuyer region choice)', () => {
  it('covers Ruben–Gambino, Durbin, Pomeranz, Pelz–Good and 2·smirnov regions', () => {
    const nxx = f.kstwo.map((c) => c.n * c.d * c.d);
    expect(f.kstwo.some((c) => c.n <= 140 && c.n * c.d * c.d > 0.754693 && c.n * c.d * c.d <= 4 && c.d < 0.5)).toBe(true);
    expect(f.kstwo.some((c) => c.n > 100000 && c.n * c.d * c.d < 2.2)).toBe(true);
    expect(nxx.some((v) => v > 370)).toBe(true);
  });
  it.each(f.kstwo.map((c) => [`n=${c.n} d=${c.d}`, c] as const))('%s', (_l, c) => {
    expectClose(kstwoSf(c.d, c.n), c.sf, REL, TINY, 'sf');
    expectClose(kstwoCdf(c.d, c.n), c.cdf, REL, TINY, 'cdf');
  });
});

describe('kstwobign (Kolmogorov limiting distribution)', () => {
  it.each(f.kstwobign.map((c) => [`x=${c.x}`, c] as const))('%s', (_l, c) => {
    expectClose(kolmogorovSf(c.x), c.sf, REL, TINY, 'sf');
    expectClose(kolmogorovCdf(c.x), c.cdf, REL, TINY, 'cdf');
  });
});

describe('smirnov (one-sided one-sample KS)', () => {
  it.each(f.smirnov.map((c) => [`n=${c.n} d=${c.d}`, c] as const))('%s', (_l, c) => {
    expectClose(smirnovSf(c.n, c.d), c.sf, REL, TINY);
  });
});

describe('chi2', () => {
  it.each(f.chi2.map((c) => [`df=${c.df} x=${c.x}`, c] as const))('%s', (_l, c) => {
    expectClose(chi2Sf(c.x, c.df), c.sf, REL, TINY, 'sf');
    expectClose(chi2Cdf(c.x, c.df), c.cdf, REL, TINY, 'cdf');
  });
  it('edge values', () => {
    expect(chi2Sf(0, 3)).toBe(1);
    expect(chi2Sf(-1, 3)).toBe(1);
    expect(chi2Sf(Infinity, 3)).toBe(0);
    expect(chi2Sf(1, 0)).toBeNaN();
    expect(chi2Sf(NaN, 2)).toBeNaN();
  });
});

describe('norm', () => {
  it.each(f.norm.map((c) => [`x=${c.x}`, c] as const))('%s', (_l, c) => {
    expectClose(normSf(c.x), c.sf, REL, TINY, 'sf');
    expectClose(normCdf(c.x), c.cdf, REL, TINY, 'cdf');
  });
});

describe('regularized incomplete gamma and log-gamma', () => {
  it.each(f.gammainc.map((c) => [`a=${c.a} x=${c.x}`, c] as const))('%s', (_l, c) => {
    expectClose(gammaP(c.a, c.x), c.p, REL, TINY, 'P');
    expectClose(gammaQ(c.a, c.x), c.q, REL, TINY, 'Q');
  });
  it.each(f.lgamma.map((c) => [`x=${c.x}`, c] as const))('lgamma %s', (_l, c) => {
    expectClose(lgamma(c.x), c.lgamma, 1e-14, 1e-15);
  });
});
