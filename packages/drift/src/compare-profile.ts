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
 */
import { BinnedHistogram, QuantileSketch, ks2sampAsymptoticP, quantileBinEdgesFromSketch, sketchKsStatistic, sortFloat64 } from '@mlops-actions/statistics';
import { categoricalTest, compareExact, finishColumn, thresholdFor, barsChart, type CompareSettings } from './compare.ts';
import type { ColumnData } from './columns.ts';
import type { CategoricalProfile, ColumnProfile, NumericalProfile } from './profile.ts';
import type { Chart, ColumnReport, SideSummary } from './report.ts';
import { TESTS, chooseTest } from './tests.ts';

const GRID = 1000;
const CHART_BINS = 24;

function share(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}

function summary(c: ColumnProfile, sketch?: QuantileSketch): SideSummary {
  const missing = c.missing + c.invalid;
  const s: SideSummary = { rows: c.rows, missing, missing_share: share(missing, c.rows), invalid: c.invalid, infinite: c.infinite, count: c.count };
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

function sharesAt(sketch: QuantileSketch, edges: readonly number[]): number[] {
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

function sketchChart(r: QuantileSketch, c: QuantileSketch): Chart {
  let lo = Math.min(r.quantile(0.005), c.quantile(0.005));
  let hi = Math.max(r.quantile(0.995), c.quantile(0.995));
  if (!(hi > lo)) {
    lo = Math.min(r.min, c.min);
    hi = Math.max(r.max, c.max);
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
  const rs = summary(rp, rk);
  const cs = summary(cp, ck);
  // Small profiles still hold every value: compare them exactly.
  const re = exactData(rp, rk);
  const ce = exactData(cp, ck);
  if (re && ce) {
    const out = compareExact(re, ce, s);
    return { ...out, reference: { ...out.reference, rows: rs.rows, missing: rs.missing, missing_share: rs.missing_share }, current: { ...out.current, rows: cs.rows, missing: cs.missing, missing_share: cs.missing_share } };
  }
  if (rp.count === 0 || cp.count === 0) {
    const out = compareExact(
      { name: rp.name, type: 'numerical', rows: rp.rows, missing: rp.missing, invalid: rp.invalid, infinite: rp.infinite, values: new Float64Array(0) },
      { name: cp.name, type: 'numerical', rows: cp.rows, missing: cp.missing, invalid: cp.invalid, infinite: cp.infinite, values: new Float64Array(0) },
      s,
    );
    return { ...out, reference: rs, current: cs, exact: false };
  }
  const distinct = rp.values ? Object.keys(rp.values).length : Infinity;
  const requested = s.tests[rp.name] ?? s.tests['*'];
  const choice = chooseTest('numerical', Math.min(rp.count, cp.count), distinct, requested && TESTS[requested].types.includes('numerical') ? requested : undefined, rp.name);
  if (choice.asCategories && rp.values && cp.values) {
    const rm = new Map(Object.entries(rp.values));
    const cm = new Map(Object.entries(cp.values));
    const threshold = thresholdFor(rp.name, choice.test, s);
    const out = categoricalTest(choice.test, rm, cm, s);
    return finishColumn(rp.name, 'numerical', choice.test, choice.reason, threshold, out, rs, cs, s, barsChart(rm, cm), true);
  }
  const test = choice.asCategories ? (choice.test === 'jensen-shannon' ? 'jensen-shannon' : 'psi') : choice.test;
  const threshold = thresholdFor(rp.name, test, s);
  const notes: string[] = [];
  let statistic: number;
  let p: number | null = null;
  if (test === 'ks') {
    const x = sketchKsStatistic(rk, ck);
    statistic = x.statistic;
    p = ks2sampAsymptoticP(statistic, rp.count, cp.count, 'two-sided');
    notes.push(`D estimated from the quantile sketches (within ±${x.errorBound.toFixed(4)}); asymptotic p-value`);
  } else if (test === 'wasserstein') {
    let sum = 0;
    for (let g = 0; g < GRID; g++) {
      const q = (g + 0.5) / GRID;
      sum += Math.abs(rk.quantile(q) - ck.quantile(q));
    }
    statistic = sum / GRID / Math.max(rs.std ?? 0, s.wassersteinFloor);
    notes.push(`Wasserstein distance estimated from the quantile sketches on ${GRID} quantile levels`);
  } else {
    const edges = quantileBinEdgesFromSketch(rk, s.bins);
    const refShares = sharesAt(rk, edges);
    let curShares: number[];
    if (cp.histogram && sameEdges(cp.histogram.edges, edges)) {
      curShares = Array.from(BinnedHistogram.fromJSON(cp.histogram).shares());
      notes.push(`${edges.length + 1} bins at the reference sketch's quantiles; current shares exact (profiled on these edges), reference shares from its sketch`);
    } else {
      curShares = sharesAt(ck, edges);
      notes.push(`${edges.length + 1} bins at the reference sketch's quantiles; both sides' shares from their sketches (the current profile was not made on these reference edges)`);
    }
    const out = categoricalTest(test, refShares, curShares, s);
    statistic = out.statistic;
    p = out.p;
  }
  if (test !== choice.test) notes.push(`few distinct values but the profiles lack exact counts: ${test} on bins instead of ${choice.test}`);
  const report = finishColumn(rp.name, 'numerical', test, choice.reason, threshold, { statistic, p, notes }, rs, cs, s, sketchChart(rk, ck), false);
  return report;
}

