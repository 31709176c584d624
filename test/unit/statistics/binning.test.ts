/**
 * Quantiles as numpy, quantile bin edges of a reference, exact mergeable histograms and share
 * vectors (test/fixtures/statistics/misc.json for numpy's values).
 */
import { describe, expect, it } from 'vitest';
import { BinnedHistogram, binCounts, psi, quantileBinEdges, quantiles, shareVector } from '@mlops-actions/statistics';
import { generate, loadFixture, sample, type GenSpec } from './fixtures.ts';

const f = loadFixture<{ quantiles: { x: number[] | GenSpec; q: number[]; values: number[]; deciles: number[] }[] }>('misc.json');

describe('quantiles agree with numpy.quantile (linear)', () => {
  it.each(f.quantiles.map((c, i) => [`case ${i}`, c] as const))('%s', (_l, c) => {
    const x = sample(c.x);
    expect(quantiles(x, c.q)).toEqual(c.values);
    // bin edges are the deciles with repeats removed
    expect(quantileBinEdges(x, 10)).toEqual([...new Set(c.deciles)]);
  });
  it('rejects levels outside [0, 1] and empty samples', () => {
    expect(() => quantiles([1, 2], [1.5])).toThrow(/\[0, 1\]/);
    expect(() => quantileBinEdges([], 10)).toThrow(/empty/);
    expect(() => quantileBinEdges([1], 1)).toThrow(/bins/);
  });
});

describe('quantile bins of a reference', () => {
  it('each of 10 right-closed bins holds a tenth of a continuous reference', () => {
    const ref = generate({ gen: 'uniform', seed: 21, n: 10_000, scale: 1, shift: 0 });
    const edges = quantileBinEdges(ref, 10);
    const { counts } = binCounts(ref, edges);
    expect(counts).toHaveLength(10);
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThanOrEqual(1);
  });

  it('a mostly-zero column gets fewer bins, the first holding all the zeros', () => {
    const ref = [...Array(70).fill(0), ...Array.from({ length: 30 }, (_, i) => i + 1)];
    const edges = quantileBinEdges(ref, 10);
    expect(edges[0]).toBe(0);
    const { counts } = binCounts(ref, edges);
    expect(counts[0]).toBe(70);
    expect(counts.length).toBe(edges.length + 1);
  });

  it('current values beyond the reference range land in the open outer bins', () => {
    const { counts, nan } = binCounts([-100, 0.5, 100, NaN], [0, 1]);
    expect(Array.from(counts)).toEqual([1, 1, 1]);
    expect(nan).toBe(1);
  });
});

describe('BinnedHistogram', () => {
  it('merging shard histograms equals the histogram of all the data', () => {
    const data = generate({ gen: 'normal', seed: 22, n: 30_000, scale: 1, shift: 0 });
    const edges = quantileBinEdges(data.subarray(0, 1000), 10);
    const whole = new BinnedHistogram(edges);
    whole.addAll(data);
    const shards = [0, 1, 2].map((i) => {
      const h = new BinnedHistogram(edges);
      h.addAll(data.subarray(i * 10_000, (i + 1) * 10_000));
      return BinnedHistogram.fromJSON(JSON.parse(JSON.stringify(h.toJSON())));
    });
    const merged = shards.reduce((a, b) => a.merge(b));
    expect(Array.from(merged.counts)).toEqual(Array.from(whole.counts));
    expect(merged.total).toBe(30_000);
  });

  it('refuses to merge histograms on different edges and corrupt JSON', () => {
    expect(() => new BinnedHistogram([0, 1]).merge(new BinnedHistogram([0, 2]))).toThrow(/different edges/);
    expect(() => new BinnedHistogram([1, 0])).toThrow(/ascending/);
    expect(() => BinnedHistogram.fromJSON({ type: 'histogram', version: 1, edges: [0], counts: [1] })).toThrow(/expected edges \+ 1/);
    expect(() => BinnedHistogram.fromJSON({ type: 'sketch' })).toThrow(/not a serialized histogram/);
  });

  it('counts NaN apart and keeps it out of the shares', () => {
    const h = new BinnedHistogram([0]);
    h.addAll([-1, 1, 1, NaN]);
    expect(h.nan).toBe(1);
    expect(Array.from(h.shares())).toEqual([1 / 3, 2 / 3]);
  });
});

describe('shareVector', () => {
  it('normalises and, only when asked, replaces empty shares by epsilon without renormalising', () => {
    expect(Array.from(shareVector([1, 0, 3]))).toEqual([0.25, 0, 0.75]);
    expect(Array.from(shareVector([1, 0, 3], { epsilon: 1e-4 }))).toEqual([0.25, 1e-4, 0.75]);
    expect(() => shareVector([0, 0])).toThrow(/sum to 0/);
    expect(() => shareVector([1, -1])).toThrow(/non-negative/);
  });

  it('PSI on counts equals PSI on the same shares', () => {
    expect(psi([10, 0, 30], [5, 5, 10])).toBe(psi(shareVector([10, 0, 30]), shareVector([5, 5, 10])));
  });
});
