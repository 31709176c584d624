/**
 * Distances against scipy (jensenshannon, wasserstein_distance) and against the documented numpy
 * formulas (PSI, Hellinger, L-infinity, normalised Wasserstein) in test/fixtures/statistics/distances.json.
 */
import { describe, expect, it } from 'vitest';
import { hellinger, jensenShannon, lInfinity, normalizedWasserstein, psi, wasserstein } from '@mlops-actions/statistics';
import { expectClose, loadFixture, sample, type GenSpec } from './fixtures.ts';

interface Dist {
  jensenshannon: { p: number[]; q: number[]; base: number | null; value: number }[];
  hellinger: { p: number[]; q: number[]; value: number }[];
  linf: { p: number[]; q: number[]; value: number }[];
  psi: { reference: number[]; current: number[]; epsilon: number; value: number }[];
  wasserstein: { u: number[] | GenSpec; v: number[] | GenSpec; u_weights: number[] | null; v_weights: number[] | null; value: number }[];
  normalized_wasserstein: { u: number[] | GenSpec; v: number[] | GenSpec; value: number }[];
}
const f = loadFixture<Dist>('distances.json');
const lbl = (p: number[]) => (p.length > 6 ? `${p.length} bins` : JSON.stringify(p));

describe('Jensen–Shannon distance agrees with scipy.spatial.distance.jensenshannon', () => {
  it.each(f.jensenshannon.map((c) => [`${lbl(c.p)} vs ${lbl(c.q)} base ${c.base ?? 'e'}`, c] as const))('%s', (_l, c) => {
    expectClose(jensenShannon(c.p, c.q, c.base ?? undefined), c.value, 1e-9, 1e-15);
  });
  it('rejects a log base that is not positive or is 1', () => {
    expect(() => jensenShannon([1], [1], 1)).toThrow(/base/);
    expect(() => jensenShannon([1], [1], -2)).toThrow(/base/);
  });
});

describe('PSI, Hellinger and L-infinity agree with their numpy formulas', () => {
  it.each(f.psi.map((c) => [`${lbl(c.reference)} vs ${lbl(c.current)} ε=${c.epsilon}`, c] as const))('PSI %s', (_l, c) => {
    expectClose(psi(c.reference, c.current, { epsilon: c.epsilon }), c.value, 1e-9, 1e-15);
  });
  it.each(f.hellinger.map((c) => [`${lbl(c.p)} vs ${lbl(c.q)}`, c] as const))('Hellinger %s', (_l, c) => {
    expectClose(hellinger(c.p, c.q), c.value, 1e-9, 1e-15);
  });
  it.each(f.linf.map((c) => [`${lbl(c.p)} vs ${lbl(c.q)}`, c] as const))('L-infinity %s', (_l, c) => {
    expectClose(lInfinity(c.p, c.q), c.value, 1e-9, 1e-15);
  });
  it('Hellinger is 0 for equal and 1 for disjoint distributions', () => {
    expect(hellinger([1, 2, 3], [2, 4, 6])).toBe(0);
    expectClose(hellinger([1, 0], [0, 1]), 1, 1e-15);
  });
  it('refuses negative or all-zero inputs', () => {
    expect(() => psi([1, -1], [1, 1])).toThrow(/non-negative/);
    expect(() => hellinger([0, 0], [1, 1])).toThrow(/sum to 0/);
    expect(() => psi([1], [1], { epsilon: 0 })).toThrow(/epsilon/);
  });
});

describe('Wasserstein distance agrees with scipy.stats.wasserstein_distance', () => {
  it.each(f.wasserstein.map((c, i) => [`case ${i}${c.u_weights ? ' weighted' : ''}`, c] as const))('%s', (_l, c) => {
    expectClose(wasserstein(sample(c.u), sample(c.v), c.u_weights ?? undefined, c.v_weights ?? undefined), c.value, 1e-9, 1e-15);
  });
  it.each(f.normalized_wasserstein.map((c, i) => [`case ${i}`, c] as const))(
    'normalised by the reference std (ddof 0, floor 0.001): %s',
    (_l, c) => {
      expectClose(normalizedWasserstein(sample(c.u), sample(c.v)), c.value, 1e-9);
    },
  );
  it.each(f.normalized_wasserstein.map((c, i) => [`case ${i}`, c] as const))(
    'with pre-sorted samples (no copies), the same value: %s',
    (_l, c) => {
      const u = Float64Array.from(sample(c.u)).sort();
      const v = Float64Array.from(sample(c.v)).sort();
      // The std sums in another order, so the last bits may differ.
      expectClose(normalizedWasserstein(u, v, { sorted: true }), c.value, 1e-9);
    },
  );
  it('refuses samples claimed sorted that are not', () => {
    expect(() => normalizedWasserstein([1, 3, 2], [1, 2], { sorted: true })).toThrow(/not sorted ascending at index 2/);
  });
  it('validates weights like scipy', () => {
    expect(() => wasserstein([1, 2], [1], [1])).toThrow(/weights have 1 entries for 2 values/);
    expect(() => wasserstein([1, 2], [1], [1, -1])).toThrow(/non-negative/);
    expect(() => wasserstein([1, 2], [1], [0, 0])).toThrow(/positive finite/);
    expect(() => wasserstein([], [1])).toThrow(/empty/);
  });
});
