/**
 * The KLL quantile sketch: exact count/min/max, the documented rank-error bound (checked against
 * the exact ranks on generated data, alone and merged from shards), serialization round trips,
 * determinism, and its use for bin edges and a KS estimate.
 */
import { describe, expect, it } from 'vitest';
import { QuantileSketch, ks2samp, quantileBinEdgesFromSketch, sketchKsStatistic } from '@mlops-actions/statistics';
import { generate } from './fixtures.ts';

function exactCdf(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo / sorted.length;
}

/** Largest |estimated - true| normalized rank over a grid of quantile levels and values. */
function maxRankError(s: QuantileSketch, sorted: Float64Array): number {
  let worst = 0;
  for (let i = 1; i < 1000; i++) {
    const q = i / 1000;
    const x = sorted[Math.floor(q * (sorted.length - 1))]!;
    worst = Math.max(worst, Math.abs(s.cdf(x) - exactCdf(sorted, x)));
    const v = s.quantile(q);
    // The value returned for q must have a true rank within the bound of q.
    const lo = exactCdf(sorted, v - Number.EPSILON * Math.abs(v) * 4 - Number.MIN_VALUE);
    const hi = exactCdf(sorted, v);
    worst = Math.max(worst, q < lo ? lo - q : q > hi ? q - hi : 0);
  }
  return worst;
}

describe('QuantileSketch (KLL)', () => {
  const bound = QuantileSketch.rankErrorBound(200, true);

  it('documents ~1.33% (one query) and ~1.65% (all queries) at k = 200', () => {
    expect(QuantileSketch.rankErrorBound(200)).toBeCloseTo(0.0133, 4);
    expect(bound).toBeCloseTo(0.0165, 4);
    expect(QuantileSketch.rankErrorBound(1000)).toBeLessThan(0.003);
  });

  it('count, min and max are exact; NaN is counted apart', () => {
    const s = new QuantileSketch();
    s.addAll([3, NaN, -2, 7.5, 7.5]);
    expect(s).toMatchObject({ count: 4, nan: 1, min: -2, max: 7.5 });
    expect(s.quantile(0)).toBe(-2);
    expect(s.quantile(1)).toBe(7.5);
    expect(s.cdf(-3)).toBe(0);
    expect(s.cdf(7.5)).toBe(1);
  });

  it('is exact while it holds every value', () => {
    const s = new QuantileSketch();
    const xs = [5, 1, 4, 2, 3];
    s.addAll(xs);
    expect(s.cdf(3)).toBe(0.6);
    expect(s.quantile(0.5)).toBe(3);
    expect(s.quantile(0.2)).toBe(1);
  });

  it.each([
    ['uniform', 1, 200_000],
    ['normal', 2, 200_000],
    ['ties', 3, 200_000],
    ['uniform', 4, 1_000_000],
  ] as const)('%s data (seed %i, %i values): rank error within the bound, memory O(k)', (gen, seed, n) => {
    const data = generate({ gen, seed, n, scale: 10, shift: 100, levels: 50 });
    const s = new QuantileSketch({ k: 200 });
    s.addAll(data);
    const sorted = data.slice().sort();
    expect(s.count).toBe(n);
    expect(s.min).toBe(sorted[0]);
    expect(s.max).toBe(sorted[n - 1]);
    expect(maxRankError(s, sorted)).toBeLessThanOrEqual(bound);
    expect(s.retained).toBeLessThan(3 * 200 + 100);
  });

  it('merging sketches of shards keeps the bound and the exact count/min/max', () => {
    const data = generate({ gen: 'normal', seed: 9, n: 300_000, scale: 1, shift: 0 });
    const shards: QuantileSketch[] = [];
    for (let i = 0; i < 12; i++) {
      const s = new QuantileSketch({ seed: i + 1 });
      s.addAll(data.subarray(i * 25_000, (i + 1) * 25_000));
      shards.push(s);
    }
    // a balanced tree of merges and a left fold must both stay within the bound
    const fold = shards.map((s) => QuantileSketch.deserialize(s.serialize())).reduce((a, b) => a.merge(b));
    let level = shards;
    while (level.length > 1) {
      const next: QuantileSketch[] = [];
      for (let i = 0; i < level.length; i += 2) next.push(level[i + 1] ? level[i]!.merge(level[i + 1]!) : level[i]!);
      level = next;
    }
    const sorted = data.slice().sort();
    for (const merged of [fold, level[0]!]) {
      expect(merged.count).toBe(300_000);
      expect(merged.min).toBe(sorted[0]);
      expect(merged.max).toBe(sorted[sorted.length - 1]);
      expect(maxRankError(merged, sorted)).toBeLessThanOrEqual(bound);
    }
  });

  it('serializes to JSON and back without changing any answer (Infinity included)', () => {
    const s = new QuantileSketch({ k: 64 });
    s.addAll(generate({ gen: 'uniform', seed: 5, n: 50_000, scale: 1, shift: 0 }));
    s.add(Infinity);
    s.add(-Infinity);
    s.add(NaN);
    const back = QuantileSketch.deserialize(JSON.parse(JSON.stringify(s.serialize())));
    expect(back.serialize()).toEqual(s.serialize());
    for (const q of [0, 0.01, 0.3, 0.5, 0.99, 1]) expect(back.quantile(q)).toBe(s.quantile(q));
    expect(back.max).toBe(Infinity);
    expect(back.nan).toBe(1);
    // both continue identically
    s.add(0.5);
    back.add(0.5);
    expect(back.serialize()).toEqual(s.serialize());
  });

  it('rejects corrupt serialized sketches', () => {
    const good = new QuantileSketch();
    good.addAll([1, 2, 3]);
    const j = good.serialize();
    expect(() => QuantileSketch.deserialize({ ...j, count: 4 })).toThrow(/hold 3 values but count says 4/);
    expect(() => QuantileSketch.deserialize({ ...j, type: 'tdigest' })).toThrow(/not a serialized quantile sketch/);
    expect(() => QuantileSketch.deserialize({ ...j, levels: [['x']] })).toThrow(/not a number/);
    expect(() => new QuantileSketch().merge(new QuantileSketch({ k: 100 }))).toThrow(/k = 200 and k = 100/);
  });

  it('is deterministic: the same values in the same order give the same sketch', () => {
    const data = generate({ gen: 'normal', seed: 11, n: 20_000, scale: 1, shift: 0 });
    const a = new QuantileSketch();
    const b = new QuantileSketch();
    a.addAll(data);
    b.addAll(data);
    expect(a.serialize()).toEqual(b.serialize());
  });

  it('bin edges from a sketch hold i/bins of the data within the bound', () => {
    const data = generate({ gen: 'normal', seed: 12, n: 100_000, scale: 3, shift: 7 });
    const s = new QuantileSketch();
    s.addAll(data);
    const sorted = data.slice().sort();
    const edges = quantileBinEdgesFromSketch(s, 10);
    expect(edges).toHaveLength(9);
    edges.forEach((e, i) => expect(Math.abs(exactCdf(sorted, e) - (i + 1) / 10)).toBeLessThanOrEqual(bound));
  });

  it('KS statistic from two sketches is within its error bound of the exact D', () => {
    const a = generate({ gen: 'normal', seed: 13, n: 100_000, scale: 1, shift: 0 });
    const b = generate({ gen: 'normal', seed: 14, n: 80_000, scale: 1, shift: 0.1 });
    const sa = new QuantileSketch();
    const sb = new QuantileSketch();
    sa.addAll(a);
    sb.addAll(b);
    const est = sketchKsStatistic(sa, sb);
    const exact = ks2samp(a, b).statistic;
    expect(Math.abs(est.statistic - exact)).toBeLessThanOrEqual(est.errorBound);
    expect(est.statistic).toBeGreaterThan(0.05);
  });
});
