/**
 * Calibration: on data drawn from one distribution on both sides, the default test of each column
 * calls about its nominal share (5%) of columns drifted — here at most twice that — whatever the
 * number of categories, the sizes of the two samples (and their ratio) and the mode (raw data or
 * profiles); and it still finds real shifts. Seeded (pure-rand xoroshiro128+), so deterministic.
 *
 * Measured before the two-sample default (goodness of fit against the reference shares): 4
 * categories with 500 rows a side called 24–33% of columns drifted, a 60-row reference 84–86%, and
 * 400 categories 100% (a category unseen in the reference gave p = 0).
 */
import { describe, expect, it } from 'vitest';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { QuantileSketch, sortFloat64 } from '@mlops-actions/statistics';
import { compareExact, DEFAULT_SETTINGS, type CompareSettings } from '../../../packages/drift/src/compare.ts';
import { compareProfileColumns } from '../../../packages/drift/src/compare-profile.ts';
import type { ColumnData } from '../../../packages/drift/src/columns.ts';
import type { CategoricalProfile, NumericalProfile } from '../../../packages/drift/src/profile.ts';
import type { ColumnReport } from '../../../packages/drift/src/report.ts';
import { chooseTest, smallestPooledCount } from '../../../packages/drift/src/tests.ts';

const NOMINAL = 0.05;
const rng = xoroshiro128plus(20261205);
// Cases that draw from a generator of their own (swapped in for their duration) leave the draws of
// the others unchanged.
let source = rng;
const u = () => uniformFloat64(source);

/**
 * Category counts of n draws from the weights: the first category whose cumulative share exceeds the draw.
 * A guide table (one start per k-th of the total) puts each search next to its answer, and the two
 * scans from there end on that same first category whatever the start, so the counts are those of a
 * binary search over the cumulative shares, draw for draw (the tens of millions of draws here were
 * half of the file's time with the binary search).
 */
function drawCategories(weights: readonly number[], n: number): Map<string, number> {
  const k = weights.length;
  const cum = new Float64Array(k);
  let s = 0;
  for (let i = 0; i < k; i++) cum[i] = s += weights[i]!;
  const guide = new Int32Array(k + 1);
  for (let j = 0, i = 0; j <= k; j++) {
    while (i < k - 1 && cum[i]! <= (j * s) / k) i++;
    guide[j] = i;
  }
  const counts = new Int32Array(k);
  for (let d = 0; d < n; d++) {
    const x = u() * s;
    let i = guide[Math.min(k, Math.floor((x * k) / s))]!;
    while (i > 0 && x < cum[i - 1]!) i--;
    while (i < k - 1 && !(x < cum[i]!)) i++;
    counts[i]!++;
  }
  const m = new Map<string, number>();
  counts.forEach((c, i) => c > 0 && m.set(`c${i}`, c));
  return m;
}

function normals(n: number, shift = 0): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = shift + Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
  return out;
}

const categoricalData = (m: Map<string, number>, n: number): ColumnData => ({
  name: 'x',
  type: 'categorical',
  rows: n,
  missing: 0,
  invalid: 0,
  infinite: 0,
  categories: m,
});
const categoricalProfile = (m: Map<string, number>, n: number): CategoricalProfile => ({
  name: 'x',
  type: 'categorical',
  rows: n,
  missing: 0,
  invalid: 0,
  infinite: 0,
  count: n,
  categories: Object.fromEntries(m),
});
const numericData = (v: Float64Array): ColumnData => ({
  name: 'x',
  type: 'numerical',
  rows: v.length,
  missing: 0,
  invalid: 0,
  infinite: 0,
  values: sortFloat64(v),
});

function numericProfile(v: Float64Array): NumericalProfile {
  const sk = new QuantileSketch();
  sk.addAll(v);
  let mean = 0;
  for (const x of v) mean += x / v.length;
  let m2 = 0;
  for (const x of v) m2 += (x - mean) ** 2;
  // The distinct values are kept only up to 64 of them: counting stops at the 65th.
  const counts = new Map<number, number>();
  for (const x of v) {
    counts.set(x, (counts.get(x) ?? 0) + 1);
    if (counts.size > 64) break;
  }
  return {
    name: 'x',
    type: 'numerical',
    rows: v.length,
    missing: 0,
    invalid: 0,
    infinite: 0,
    count: v.length,
    mean,
    m2,
    min: sk.min,
    max: sk.max,
    sketch: sk.serialize(),
    values: counts.size <= 64 ? Object.fromEntries([...counts].map(([k, c]) => [String(k), c])) : null,
    histogram: null,
  };
}

type Mode = 'raw' | 'profile';

function compareCategories(
  mode: Mode,
  weights: number[],
  nRef: number,
  nCur: number,
  curWeights = weights,
  s: CompareSettings = DEFAULT_SETTINGS,
): ColumnReport {
  const r = drawCategories(weights, nRef);
  const c = drawCategories(curWeights, nCur);
  return mode === 'raw'
    ? compareExact(categoricalData(r, nRef), categoricalData(c, nCur), s)
    : compareProfileColumns(categoricalProfile(r, nRef), categoricalProfile(c, nCur), s);
}

function compareNumbers(mode: Mode, ref: Float64Array, cur: Float64Array, s: CompareSettings = DEFAULT_SETTINGS): ColumnReport {
  return mode === 'raw'
    ? compareExact(numericData(ref), numericData(cur), s)
    : compareProfileColumns(numericProfile(ref), numericProfile(cur), s);
}

/** Share of `reps` comparisons called drifted, and the tests used. */
function driftRate(reps: number, one: () => ColumnReport): { rate: number; tests: string[] } {
  let drifted = 0;
  const tests = new Set<string>();
  for (let i = 0; i < reps; i++) {
    const r = one();
    tests.add(r.test ?? 'skipped');
    if (r.drift) drifted++;
  }
  return { rate: drifted / reps, tests: [...tests] };
}

const uniform = (k: number) => Array.from({ length: k }, () => 1);
const zipf = (k: number) => Array.from({ length: k }, (_, i) => 1 / (i + 1));
const SIZES: [number, number][] = [
  [500, 500],
  [60, 500],
  [500, 60],
  [300, 3000],
  [2000, 2000],
];

describe('calibration: same distribution on both sides → at most about twice the nominal 5% called drifted', () => {
  const cases: [string, Mode, number[], number, number][] = [];
  for (const mode of ['raw', 'profile'] as const) {
    for (const [name, w] of [
      ['2 categories', uniform(2)],
      ['4 categories', uniform(4)],
      ['4 categories (skewed)', zipf(4)],
      ['20 categories (skewed)', zipf(20)],
      ['400 categories', uniform(400)],
      ['400 categories (skewed)', zipf(400)],
    ] as const) {
      for (const [nRef, nCur] of SIZES)
        cases.push([`${mode}, ${name}, ${nRef} reference vs ${nCur} current rows`, mode, [...w], nRef, nCur]);
    }
  }
  it.each(cases)('%s', (_label, mode, weights, nRef, nCur) => {
    // 100 same-distribution pairs per case (fewer for 400 categories, to keep the file fast).
    const { rate, tests } = driftRate(weights.length > 100 ? 60 : 100, () => compareCategories(mode, weights, nRef, nCur));
    expect(rate, `tests used: ${tests.join(', ')}`).toBeLessThanOrEqual(2 * NOMINAL);
  });

  // Large samples, where the default switches to the Jensen–Shannon distance (with 400 categories only
  // from about 16,000 rows a side, when its sampling noise stays under the 0.1 threshold, and only when
  // no category is sparse).
  // The skewed 400 categories keep chi-square even at 17,000 rows a side: their rarest categories
  // expect fewer than 5 values a side (the sparse-category rule below).
  const large: [string, Mode, number[], number, number, string][] = [];
  for (const mode of ['raw', 'profile'] as const) {
    large.push([
      `${mode}, 400 categories, 17000 reference vs 17000 current rows (Jensen–Shannon)`,
      mode,
      uniform(400),
      17000,
      17000,
      'jensen-shannon',
    ]);
    large.push([
      `${mode}, 400 categories (skewed), 17000 reference vs 17000 current rows (sparse: chi-square)`,
      mode,
      zipf(400),
      17000,
      17000,
      'chi-square',
    ]);
    large.push([
      `${mode}, 400 categories, 9000 reference vs 90000 current rows (Jensen–Shannon)`,
      mode,
      uniform(400),
      9000,
      90000,
      'jensen-shannon',
    ]);
  }
  // 400 skewed categories, 9,000 vs 90,000 rows: many categories are sparse in the smaller sample (the
  // rarest expects about 3.4 values there), where the distance's noise estimate is too low — with the
  // distance, 16% of 150 same-distribution columns were called drifted. The sparse-category rule keeps
  // the calibrated chi-square test.
  const sparse: [string, Mode][] = [
    ['raw, 400 categories (skewed), 9000 reference vs 90000 current rows (sparse: chi-square)', 'raw'],
    ['profile, 400 categories (skewed), 9000 reference vs 90000 current rows (sparse: chi-square)', 'profile'],
  ];
  it('the sparse-category rule: the rarest category (over both samples) must expect ≥ 5 values in the smaller sample', () => {
    expect(
      smallestPooledCount(
        new Map([
          ['a', 30],
          ['b', 2],
        ]),
        new Map([
          ['a', 300],
          ['c', 1],
        ]),
      ),
    ).toBe(1);
    const at = (smallestCount: number) =>
      chooseTest('categorical', 9000, 4, undefined, 'x', { reference: 9000, current: 90000, jsThreshold: 0.1, smallestCount });
    // 9,000 of 99,000 rows are in the smaller sample: a pooled count of 55 expects exactly 5 there.
    expect(at(55).test).toBe('jensen-shannon');
    const c = at(54);
    expect(c.test).toBe('chi-square');
    expect(c.reason).toMatch(
      /not the Jensen–Shannon distance, because a category is sparse \(expected count 4\.9 < 5 in the smaller sample\)/,
    );
  });
  const sparseRng = xoroshiro128plus(7);
  it.each(sparse)('%s', (_label, mode) => {
    source = sparseRng;
    let drawn: ReturnType<typeof driftRate>;
    try {
      drawn = driftRate(40, () => compareCategories(mode, zipf(400), 9000, 90000));
    } finally {
      source = rng;
    }
    const { rate, tests } = drawn;
    expect(rate, `tests used: ${tests.join(', ')}`).toBeLessThanOrEqual(2 * NOMINAL);
    expect(tests).toEqual(['chi-square']);
  });
  const largeRng = xoroshiro128plus(20261207);
  it.each(large)('%s', (_label, mode, weights, nRef, nCur, expectedTest) => {
    source = largeRng;
    let drawn: ReturnType<typeof driftRate>;
    try {
      drawn = driftRate(40, () => compareCategories(mode, weights, nRef, nCur));
    } finally {
      source = rng;
    }
    const { rate, tests } = drawn;
    expect(tests).toContain(expectedTest);
    expect(rate, `tests used: ${tests.join(', ')}`).toBeLessThanOrEqual(2 * NOMINAL);
  });

  it.each([
    ['raw', 500, 500],
    ['raw', 60, 500],
    ['raw', 2000, 2000],
    ['profile', 500, 500],
    ['profile', 60, 500],
    ['profile', 3000, 3000],
  ] as const)('%s, numerical (normal), %d vs %d rows', (mode, nRef, nCur) => {
    const { rate } = driftRate(60, () => compareNumbers(mode, normals(nRef), normals(nCur)));
    expect(rate).toBeLessThanOrEqual(2 * NOMINAL);
  });

  it.each([
    ['raw', 500, 500],
    ['raw', 60, 500],
    ['profile', 500, 500],
    ['profile', 60, 500],
  ] as const)('%s, numerical with 3 distinct values (tested as categories), %d vs %d rows', (mode, nRef, nCur) => {
    const three = (n: number) => Float64Array.from({ length: n }, () => Math.floor(u() * 3));
    const { rate, tests } = driftRate(120, () => compareNumbers(mode, three(nRef), three(nCur)));
    expect(tests).not.toContain('ks');
    expect(rate).toBeLessThanOrEqual(2 * NOMINAL);
  });

  it('profile mode, ks asked for on 30,000 values a side (sketches, not exact): identical distributions are not called drifted', () => {
    const s = { ...DEFAULT_SETTINGS, tests: { '*': 'ks' as const } };
    const { rate } = driftRate(12, () => compareNumbers('profile', normals(30000), normals(30000), s));
    expect(rate).toBe(0);
  });
});

describe('power: real shifts are still found', () => {
  it.each([
    ['raw', '4 categories, one share 0.25 → 0.4', uniform(4), [2, 1, 1, 1], 500, 500],
    ['profile', '4 categories, one share 0.25 → 0.4', uniform(4), [2, 1, 1, 1], 500, 500],
    ['raw', '20 categories, 60-row reference, mass moved to the first 5', zipf(20), zipf(20).map((w, i) => (i < 5 ? w * 3 : w)), 60, 500],
    [
      'raw',
      '400 categories, half of them twice as likely, 1,000 rows',
      uniform(400),
      uniform(400).map((w, i) => (i < 200 ? 2 * w : w)),
      1000,
      1000,
    ],
    [
      'profile',
      '400 categories, half of them twice as likely, 2,000 rows',
      uniform(400),
      uniform(400).map((w, i) => (i < 200 ? 2 * w : w)),
      2000,
      2000,
    ],
  ] as const)('%s, %s', (mode, _name, w, w2, nRef, nCur) => {
    const { rate } = driftRate(40, () => compareCategories(mode, [...w], nRef, nCur, [...w2]));
    expect(rate).toBeGreaterThanOrEqual(0.8);
  });

  it.each(['raw', 'profile'] as const)('%s, numerical shifted by half a standard deviation', (mode) => {
    const { rate } = driftRate(20, () => compareNumbers(mode, normals(500), normals(500, 0.5)));
    expect(rate).toBe(1);
  });
});

describe('the goodness-of-fit form stays available, and is what the calibration test would catch', () => {
  it('chi-square-gof on 4 categories, 500 rows a side, calls far more than 10% drifted', () => {
    const s = { ...DEFAULT_SETTINGS, tests: { '*': 'chi-square-gof' as const } };
    const { rate, tests } = driftRate(120, () => compareCategories('raw', uniform(4), 500, 500, uniform(4), s));
    expect(tests).toEqual(['chi-square-gof']);
    expect(rate).toBeGreaterThan(0.15);
  });
});
