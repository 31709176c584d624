/**
 * Comparing two profiles (reference and current), column by column. Categorical columns and
 * numerical columns with few distinct values are compared exactly (profiles keep exact counts).
 * Other numerical columns are compared through the quantile sketches, which bound the error:
 * - binned tests (PSI, Jensen–Shannon, Hellinger, L-infinity): bins at the reference sketch's
 *   quantiles; the current shares are exact when the current profile was made against the same
 *   reference (it then holds a histogram on these edges), else read from its sketch;
 * - ks: D estimated over the sketches' retained values (error ≤ the sum of the two rank errors),
 *   asymptotic p-value kstwo.sf(D, round(n1·n2/(n1+n2)));
 * - wasserstein: ∫|Q_ref(p) − Q_cur(p)| dp on 1,000 quantile levels, divided by the exact reference
 *   standard deviation.
 * When a sketch still holds every value it saw (small shards), the exact tests run on those values.
 *
 * When the current profile was made against this reference (it holds exact counts on the
 * reference's fine grid, see `profileGrid`), the current side is read from those exact counts
 * instead of its sketch — for ks, wasserstein, the median and the chart — so the column's report is
 * the same numbers however the current data was split into shards and merged:
 * - ks: D on the grid, max over the grid points g of |F_ref(g) − F_cur(g)|, F_cur(g) exact, F_ref(g)
 *   from the reference sketch (exact when it holds every value, else within its rank error ε_ref).
 *   D on a subset of points is at most the true D, so true D ≥ D_grid − ε_ref (99% confidence); the
 *   p-value is the asymptotic one of that lower bound (conservative);
 * - wasserstein: ∫|F_ref − F_cur| dx with both CDFs linear between their known points (grid points,
 *   min, max), divided as usual; the notes give the interpolation bound.
 */
import {
  BinnedHistogram,
  QuantileSketch,
  ks2sampAsymptoticP,
  quantileBinEdgesFromSketch,
  sketchKsStatistic,
  sortFloat64,
} from '@mlops-actions/statistics';
import { categoricalTest, compareExact, finishColumn, thresholdFor, barsChart, missingLikeShare, type CompareSettings } from './compare.ts';
import type { ColumnData } from './columns.ts';
import { sketchGrid, type CategoricalProfile, type ColumnProfile, type NumericalProfile } from './profile.ts';
import type { Chart, ColumnReport, SideSummary } from './report.ts';
import { TESTS, chooseTest, smallestPooledCount } from './tests.ts';

const GRID = 1000;

/** What a side's distribution is read from: a sketch, or exact counts on grid points. */
interface Distribution {
  cdf(x: number): number;
  quantile(q: number): number;
}

/**
 * A CDF known at strictly increasing points (x_i, F_i), linear between them: 0 below the first
 * point (F jumps to F_0 there, the share at the minimum), 1 from the last (the maximum).
 */
export class PiecewiseCdf implements Distribution {
  readonly xs: number[];
  readonly fs: number[];

  constructor(xs: number[], fs: number[]) {
    this.xs = xs;
    this.fs = fs;
  }

  /**
   * From exact counts on grid edges (right-closed bins), with the exact min and max: the points are
   * (min, F(min)), the grid points strictly between min and max, and (max, 1).
   */
  static fromCounts(edges: readonly number[], counts: ArrayLike<number>, min: number, max: number): PiecewiseCdf {
    let total = 0;
    for (let i = 0; i < counts.length; i++) total += counts[i]!;
    const xs = [min];
    const fs = [0];
    let cum = 0;
    for (let i = 0; i < edges.length; i++) {
      cum += counts[i]!;
      const e = edges[i]!;
      if (e === min) fs[0] = cum / total;
      else if (e > min && e < max) {
        xs.push(e);
        fs.push(cum / total);
      }
    }
    if (max > min) {
      xs.push(max);
      fs.push(1);
    } else fs[0] = 1;
    return new PiecewiseCdf(xs, fs);
  }

  /** A sketch's CDF read at the given points (and its min and max). */
  static fromSketch(k: QuantileSketch, points: readonly number[]): PiecewiseCdf {
    const xs = [k.min];
    const fs = [k.cdf(k.min)];
    for (const p of points) {
      if (p > k.min && p < k.max) {
        xs.push(p);
        fs.push(k.cdf(p));
      }
    }
    if (k.max > k.min) {
      xs.push(k.max);
      fs.push(1);
    } else fs[0] = 1;
    return new PiecewiseCdf(xs, fs);
  }

  /** Right-continuous value at x. */
  cdf(x: number): number {
    const xs = this.xs;
    if (x < xs[0]!) return 0;
    const last = xs.length - 1;
    if (x >= xs[last]!) return this.fs[last]!;
    let lo = 0;
    let hi = last;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (xs[mid]! <= x) lo = mid;
      else hi = mid;
    }
    const t = (x - xs[lo]!) / (xs[hi]! - xs[lo]!);
    return this.fs[lo]! + t * (this.fs[hi]! - this.fs[lo]!);
  }

  /** Left limit at x. */
  cdfBelow(x: number): number {
    return x <= this.xs[0]! ? 0 : this.cdf(x);
  }

  /** The smallest x with cdf(x) ≥ q. */
  quantile(q: number): number {
    const { xs, fs } = this;
    if (q <= fs[0]!) return xs[0]!;
    for (let i = 1; i < xs.length; i++) {
      if (fs[i]! >= q) {
        const d = fs[i]! - fs[i - 1]!;
        return d > 0 ? xs[i - 1]! + ((q - fs[i - 1]!) / d) * (xs[i]! - xs[i - 1]!) : xs[i]!;
      }
    }
    return xs[xs.length - 1]!;
  }

  /** Σ width × rise over the segments: how far ∫F dx can be from the linear interpolation's. */
  interpolationBound(): number {
    let b = 0;
    for (let i = 1; i < this.xs.length; i++) b += (this.xs[i]! - this.xs[i - 1]!) * (this.fs[i]! - this.fs[i - 1]!);
    return b;
  }
}

/** ∫|F − G| dx of two piecewise-linear CDFs, segment by segment over the union of their points. */
export function cdfDistance(f: PiecewiseCdf, g: PiecewiseCdf): number {
  const points = [...new Set([...f.xs, ...g.xs])].sort((a, b) => a - b);
  let sum = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const da = f.cdf(a) - g.cdf(a);
    const db = f.cdfBelow(b) - g.cdfBelow(b);
    const w = b - a;
    if ((da >= 0 && db >= 0) || (da <= 0 && db <= 0)) sum += (w * (Math.abs(da) + Math.abs(db))) / 2;
    else sum += (w * (da * da + db * db)) / (2 * (Math.abs(da) + Math.abs(db)));
  }
  return sum;
}
const CHART_BINS = 24;

function share(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}

function summary(c: ColumnProfile, sketch?: Distribution): SideSummary {
  const missing = c.missing + c.invalid;
  const s: SideSummary = {
    rows: c.rows,
    missing,
    missing_share: missingLikeShare(missing, c.infinite, c.rows),
    invalid: c.invalid,
    infinite: c.infinite,
    count: c.count,
  };
  if (c.type === 'numerical' && c.count > 0) {
    s.mean = c.mean;
    s.std = Math.sqrt(c.m2 / c.count);
    s.min = c.min ?? undefined;
    s.max = c.max ?? undefined;
    if (sketch) s.median = sketch.quantile(0.5);
    if (c.values) s.distinct = Object.keys(c.values).length;
  }
  if (c.type === 'categorical' && c.categories) {
    const entries = Object.entries(c.categories);
    s.distinct = entries.length;
    s.top = entries
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 5)
      .map(([value, n]) => ({ value, share: share(n, c.count) }));
  }
  return s;
}

/** The profile's column as exact column data, when its sketch still holds every value. */
function exactData(c: NumericalProfile, sketch: QuantileSketch): ColumnData | undefined {
  if (sketch.retained !== sketch.count) return undefined;
  const values = sortFloat64(Float64Array.from(sketch.retainedValues()));
  return { name: c.name, type: 'numerical', rows: c.rows, missing: c.missing, invalid: c.invalid, infinite: c.infinite, values };
}

function sharesAt(sketch: Distribution, edges: readonly number[]): number[] {
  const out: number[] = [];
  let prev = 0;
  for (const e of edges) {
    const f = sketch.cdf(e);
    out.push(Math.max(0, f - prev));
    prev = f;
  }
  out.push(Math.max(0, 1 - prev));
  return out;
}

function sketchChart(r: Distribution, c: Distribution, min: number, max: number): Chart {
  let lo = Math.min(r.quantile(0.005), c.quantile(0.005));
  let hi = Math.max(r.quantile(0.995), c.quantile(0.995));
  if (!(hi > lo)) {
    lo = min;
    hi = max;
  }
  if (!(hi > lo)) hi = lo + 1;
  const edges: number[] = [];
  for (let i = 0; i <= CHART_BINS; i++) edges.push(lo + ((hi - lo) * i) / CHART_BINS);
  const inner = edges.slice(1, -1);
  return { kind: 'histogram', edges, reference: sharesAt(r, inner), current: sharesAt(c, inner) };
}

function sameEdges(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function compareProfileColumns(ref: ColumnProfile, cur: ColumnProfile, s: CompareSettings): ColumnReport {
  if (ref.type === 'categorical') {
    const rc = ref as CategoricalProfile;
    const cc = cur as CategoricalProfile;
    const rs = summary(rc);
    const cs = summary(cc);
    const refMap = rc.categories ? new Map(Object.entries(rc.categories)) : undefined;
    const curMap = cc.categories ? new Map(Object.entries(cc.categories)) : undefined;
    const data = (c: CategoricalProfile, m: Map<string, number> | undefined): ColumnData => ({
      name: c.name,
      type: 'categorical',
      rows: c.rows,
      missing: c.missing,
      invalid: c.invalid,
      infinite: c.infinite,
      categories: m,
      highCardinality: m ? undefined : true,
    });
    const out = compareExact(data(rc, refMap), data(cc, curMap), s);
    return { ...out, reference: rs, current: cs };
  }
  const rp = ref as NumericalProfile;
  const cp = cur as NumericalProfile;
  const rk = QuantileSketch.deserialize(rp.sketch);
  const ck = QuantileSketch.deserialize(cp.sketch);
  // The current side from exact counts on the reference's grid, when it was profiled on this grid.
  const refGrid = sketchGrid(rk);
  const curGrid =
    cp.count > 0 && cp.grid && cp.min !== null && cp.max !== null && sameEdges(cp.grid.edges, refGrid)
      ? PiecewiseCdf.fromCounts(cp.grid.edges, cp.grid.counts, cp.min, cp.max)
      : undefined;
  const cd: Distribution = curGrid ?? ck;
  const rs = summary(rp, rk);
  const cs = summary(cp, cd);
  // Small profiles still hold every value: compare them exactly.
  const re = exactData(rp, rk);
  const ce = exactData(cp, ck);
  if (re && ce) {
    const out = compareExact(re, ce, s);
    return {
      ...out,
      reference: { ...out.reference, rows: rs.rows, missing: rs.missing, missing_share: rs.missing_share },
      current: { ...out.current, rows: cs.rows, missing: cs.missing, missing_share: cs.missing_share },
    };
  }
  if (rp.count === 0 || cp.count === 0) {
    const out = compareExact(
      {
        name: rp.name,
        type: 'numerical',
        rows: rp.rows,
        missing: rp.missing,
        invalid: rp.invalid,
        infinite: rp.infinite,
        values: new Float64Array(0),
      },
      {
        name: cp.name,
        type: 'numerical',
        rows: cp.rows,
        missing: cp.missing,
        invalid: cp.invalid,
        infinite: cp.infinite,
        values: new Float64Array(0),
      },
      s,
    );
    return { ...out, reference: rs, current: cs, exact: false };
  }
  // Distinct values over both sides (exact counts are kept up to 64 distinct values per profile).
  const distinct = rp.values && cp.values ? new Set([...Object.keys(rp.values), ...Object.keys(cp.values)]).size : Infinity;
  const valueCounts =
    rp.values && cp.values ? { rm: new Map(Object.entries(rp.values)), cm: new Map(Object.entries(cp.values)) } : undefined;
  const requested = s.tests[rp.name] ?? s.tests['*'];
  const choice = chooseTest(
    'numerical',
    Math.min(rp.count, cp.count),
    distinct,
    requested && TESTS[requested].types.includes('numerical') ? requested : undefined,
    rp.name,
    {
      reference: rp.count,
      current: cp.count,
      jsThreshold: thresholdFor(rp.name, 'jensen-shannon', s),
      ...(valueCounts ? { smallestCount: smallestPooledCount(valueCounts.rm, valueCounts.cm) } : {}),
    },
  );
  if (choice.asCategories && valueCounts) {
    const { rm, cm } = valueCounts;
    const threshold = thresholdFor(rp.name, choice.test, s);
    const out = categoricalTest(choice.test, rm, cm, s);
    return finishColumn(rp.name, 'numerical', choice.test, choice.reason, threshold, out, rs, cs, s, barsChart(rm, cm), true);
  }
  const test = choice.asCategories ? (choice.test === 'jensen-shannon' ? 'jensen-shannon' : 'psi') : choice.test;
  const threshold = thresholdFor(rp.name, test, s);
  const notes: string[] = [];
  let statistic: number;
  let p: number | null = null;
  if (test === 'ks' && curGrid) {
    let d = 0;
    for (const g of refGrid) d = Math.max(d, Math.abs(rk.cdf(g) - curGrid.cdf(g)));
    const errorBound = rk.retained === rk.count ? 0 : QuantileSketch.rankErrorBound(rk.k, true);
    statistic = d;
    const lower = Math.max(0, d - errorBound);
    p = lower > 0 ? ks2sampAsymptoticP(lower, rp.count, cp.count, 'two-sided') : 1;
    notes.push(
      errorBound > 0
        ? `approximate: D on the reference grid (${refGrid.length} points; current CDF exact there, reference CDF from its sketch, ±${errorBound.toFixed(4)}, 99% confidence); conservative asymptotic p-value for D − ${errorBound.toFixed(4)} = ${lower.toFixed(4)}`
        : `approximate: D on the reference's ${refGrid.length} values (both CDFs exact there; a lower bound of the exact D); asymptotic p-value`,
    );
  } else if (test === 'wasserstein' && curGrid) {
    const refCdf = PiecewiseCdf.fromSketch(rk, refGrid);
    const w = cdfDistance(refCdf, curGrid);
    const divisor = wassersteinDivisor(rp, rs, s);
    statistic = divisor > 0 ? w / divisor : w === 0 ? 0 : Infinity;
    const span = Math.max(rp.max!, cp.max!) - Math.min(rp.min!, cp.min!);
    const refError = rk.retained === rk.count ? 0 : QuantileSketch.rankErrorBound(rk.k, true);
    const bound = (refCdf.interpolationBound() + curGrid.interpolationBound() + refError * span) / divisor;
    notes.push(
      `approximate: ∫|F_ref − F_cur| on the reference grid (${refGrid.length} points; current CDF exact there, linear in between; reference CDF from its sketch); within ±${Number.isFinite(bound) ? bound.toPrecision(3) : '∞'} of the exact statistic`,
    );
  } else if (test === 'ks') {
    // The sketches estimate D within ±errorBound (99% confidence): the p-value is computed for the
    // smallest D consistent with the estimate, so it is conservative (never smaller than the exact
    // test's, with that confidence) and identical distributions are not called drifted.
    // D is a supremum over all x, so each sketch contributes its all-queries bound (0 when it still
    // holds every value it saw).
    const x = sketchKsStatistic(rk, ck);
    const bound = (k: QuantileSketch) => (k.retained === k.count ? 0 : QuantileSketch.rankErrorBound(k.k, true));
    const errorBound = bound(rk) + bound(ck);
    statistic = x.statistic;
    const lower = Math.max(0, x.statistic - errorBound);
    p = lower > 0 ? ks2sampAsymptoticP(lower, rp.count, cp.count, 'two-sided') : 1;
    notes.push(
      `approximate: D estimated from the quantile sketches (±${errorBound.toFixed(4)}, 99% confidence); conservative asymptotic p-value for D − ${errorBound.toFixed(4)} = ${lower.toFixed(4)}`,
    );
  } else if (test === 'wasserstein') {
    let sum = 0;
    for (let g = 0; g < GRID; g++) {
      const q = (g + 0.5) / GRID;
      sum += Math.abs(rk.quantile(q) - ck.quantile(q));
    }
    const divisor = wassersteinDivisor(rp, rs, s);
    const w = sum / GRID;
    statistic = divisor > 0 ? w / divisor : w === 0 ? 0 : Infinity;
    notes.push(`Wasserstein distance estimated from the quantile sketches on ${GRID} quantile levels`);
  } else {
    const edges = quantileBinEdgesFromSketch(rk, s.bins);
    const refShares = sharesAt(rk, edges);
    let curShares: number[];
    if (cp.histogram && sameEdges(cp.histogram.edges, edges)) {
      curShares = Array.from(BinnedHistogram.fromJSON(cp.histogram).shares());
      notes.push(
        `${edges.length + 1} bins at the reference sketch's quantiles; current shares exact (profiled on these edges), reference shares from its sketch`,
      );
    } else {
      curShares = sharesAt(ck, edges);
      notes.push(
        `${edges.length + 1} bins at the reference sketch's quantiles; both sides' shares from their sketches (the current profile was not made on these reference edges)`,
      );
    }
    const out = categoricalTest(test, refShares, curShares, s);
    statistic = out.statistic;
    p = out.p;
  }
  if (test !== choice.test) notes.push(`few distinct values but the profiles lack exact counts: ${test} on bins instead of ${choice.test}`);
  const report = finishColumn(
    rp.name,
    'numerical',
    test,
    choice.reason,
    threshold,
    { statistic, p, notes },
    rs,
    cs,
    s,
    sketchChart(rk, cd, Math.min(rp.min!, cp.min!), Math.max(rp.max!, cp.max!)),
    false,
  );
  return report;
}

function wassersteinDivisor(rp: NumericalProfile, rs: SideSummary, s: CompareSettings): number {
  const magnitude = Math.max(Math.abs(rp.min ?? 0), Math.abs(rp.max ?? 0));
  return Math.max(Number.isFinite(rs.std) ? rs.std! : 0, s.wassersteinFloor, s.wassersteinRelativeFloor * magnitude);
}
