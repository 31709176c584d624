/**
 * The comparison engine: one column's reference and current data → its test, statistic, p-value,
 * threshold, drift and missing-share change; then the dataset verdict (correction for multiple
 * p-value tests, drift share, critical columns, schema changes).
 */
import {
  benjaminiHochberg,
  bonferroni,
  chiSquareDrift,
  chiSquareHomogeneity,
  hellinger,
  jensenShannon,
  ks2samp,
  lInfinity,
  meanStd,
  normalizedWasserstein,
  psi,
  quantileSorted,
  twoProportionZ,
} from '@mlops-actions/statistics';
import type { ColumnData, ColumnType } from './columns.ts';
import type { SchemaChange } from './load.ts';
import type { Chart, ColumnReport, Correction, DatasetVerdict, SideSummary } from './report.ts';
import { chooseTest, FEW_VALUES, smallestPooledCount, TESTS, type TestName } from './tests.ts';
import { countBelowOrEqual, referenceBinEdges } from './binning.ts';

export interface CompareSettings {
  /** Column name or '*' → test. */
  tests: Readonly<Record<string, TestName>>;
  /** Column name or test name → threshold (a column's own wins). */
  thresholds: Readonly<Record<string, number>>;
  /** Absolute change of the missing share that counts as drift. */
  missingShareThreshold: number;
  bins: number;
  psiEpsilon: number;
  jsBase: number;
  /** Absolute floor of the Wasserstein divisor (Evidently: 0.001). drift-report: 0 (off). */
  wassersteinFloor: number;
  /** Floor of the Wasserstein divisor relative to the reference's magnitude max|x|. */
  wassersteinRelativeFloor: number;
  /** Chi-square test of homogeneity: smallest expected count before rare categories are pooled. */
  chiSquareMinExpected: number;
}

export const DEFAULT_SETTINGS: CompareSettings = {
  tests: {},
  thresholds: {},
  missingShareThreshold: 0.05,
  bins: 10,
  psiEpsilon: 1e-4,
  jsBase: 2,
  wassersteinFloor: 0,
  wassersteinRelativeFloor: 0.001,
  chiSquareMinExpected: 5,
};

const CHART_BINS = 24;
const CHART_CATEGORIES = 12;
const SCORE_CAP = 100;

export function thresholdFor(column: string, test: TestName, s: CompareSettings): number {
  return s.thresholds[column] ?? s.thresholds[test] ?? TESTS[test].threshold;
}

/** ≥ 1 means drift, for sorting and the chart; comparable across tests. */
export function scoreOf(kind: 'p-value' | 'distance', statistic: number, p: number | null, threshold: number): number {
  if (kind === 'distance') return Number.isFinite(statistic) ? Math.min(SCORE_CAP, statistic / threshold) : SCORE_CAP;
  if (p === null || !(threshold > 0 && threshold < 1)) return 0;
  if (p <= 0) return SCORE_CAP;
  return Math.min(SCORE_CAP, Math.log(p) / Math.log(threshold));
}

function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

/**
 * The missing-like share of a side: missing values, values of a numerical column that are not
 * numbers, and ±Infinity (which no test can use) over all rows.
 */
export function missingLikeShare(missing: number, infinite: number, rows: number): number {
  return share(missing + infinite, rows);
}

function sideCounts(c: ColumnData, count: number): SideSummary {
  const missing = c.missing + c.invalid;
  return {
    rows: c.rows,
    missing,
    missing_share: missingLikeShare(missing, c.infinite, c.rows),
    invalid: c.invalid,
    infinite: c.infinite,
    count,
  };
}

function numericSummary(c: ColumnData): SideSummary {
  const v = c.values!;
  const s = sideCounts(c, v.length);
  if (v.length > 0) {
    const { mean, std } = meanStd(v, 0);
    s.mean = mean;
    s.std = std;
    s.min = v[0]!;
    s.max = v[v.length - 1]!;
    s.median = v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
    s.distinct = distinctSorted(v);
  }
  return s;
}

function categoricalSummary(c: ColumnData): SideSummary {
  let count = 0;
  for (const n of c.categories?.values() ?? []) count += n;
  const s = sideCounts(c, count);
  if (c.categories) {
    s.distinct = c.categories.size;
    s.top = [...c.categories.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 5)
      .map(([value, n]) => ({ value, share: share(n, count) }));
  }
  return s;
}

/** Distinct values over two sorted samples together, counting no further than `cap` + 1. */
export function unionDistinctSorted(a: Float64Array, b: Float64Array, cap = Infinity): number {
  let i = 0;
  let j = 0;
  let d = 0;
  while ((i < a.length || j < b.length) && d <= cap) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    d++;
    while (i < a.length && a[i] === x) i++;
    while (j < b.length && b[j] === x) j++;
  }
  return d;
}

/** Categories over two count maps together. */
export function unionSize(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let n = a.size;
  for (const k of b.keys()) if (!a.has(k)) n++;
  return n;
}

function distinctSorted(v: Float64Array): number {
  if (v.length === 0) return 0;
  let d = 1;
  for (let i = 1; i < v.length; i++) if (v[i] !== v[i - 1]) d++;
  return d;
}

/** Sorted numbers → value counts (labels are the numbers written the shortest way). */
function countsOfSorted(v: Float64Array): Map<string, number> {
  const m = new Map<string, number>();
  let i = 0;
  while (i < v.length) {
    let j = i + 1;
    while (j < v.length && v[j] === v[i]) j++;
    m.set(String(v[i]), j - i);
    i = j;
  }
  return m;
}

/** Counts per bin of a sorted sample for the bins (-∞, e1], (e1, e2], …, (e_last, ∞). */
function binCounts(sorted: Float64Array, edges: readonly number[]): number[] {
  const out: number[] = [];
  let prev = 0;
  for (const e of edges) {
    const k = countBelowOrEqual(sorted, e);
    out.push(k - prev);
    prev = k;
  }
  out.push(sorted.length - prev);
  return out;
}

function histogramChart(ref: Float64Array, cur: Float64Array): Chart | undefined {
  if (ref.length === 0 || cur.length === 0) return undefined;
  // Outliers would squash the picture: the range spans the 0.5%–99.5% quantiles of both sides
  // (numpy's linear quantile, as everywhere); values beyond fall into the outer bins.
  let lo = Math.min(quantileSorted(ref, 0.005), quantileSorted(cur, 0.005));
  let hi = Math.max(quantileSorted(ref, 0.995), quantileSorted(cur, 0.995));
  if (!(hi > lo)) {
    lo = Math.min(ref[0]!, cur[0]!);
    hi = Math.max(ref[ref.length - 1]!, cur[cur.length - 1]!);
  }
  if (!(hi > lo)) {
    hi = lo + 1;
  }
  const edges: number[] = [];
  for (let i = 0; i <= CHART_BINS; i++) edges.push(lo + ((hi - lo) * i) / CHART_BINS);
  const inner = edges.slice(1, -1);
  const toShares = (v: Float64Array) => binCounts(v, inner).map((n) => share(n, v.length));
  return { kind: 'histogram', edges, reference: toShares(ref), current: toShares(cur) };
}

export function barsChart(ref: ReadonlyMap<string, number>, cur: ReadonlyMap<string, number>): Chart {
  const total = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const rt = total(ref);
  const ct = total(cur);
  const keys = [...new Set([...ref.keys(), ...cur.keys()])];
  const weight = new Map(keys.map((k) => [k, Math.max(share(ref.get(k) ?? 0, rt), share(cur.get(k) ?? 0, ct))]));
  keys.sort((a, b) => weight.get(b)! - weight.get(a)! || (a < b ? -1 : 1));
  const shown = keys.slice(0, CHART_CATEGORIES);
  const rest = keys.slice(CHART_CATEGORIES);
  const chart: Chart = {
    kind: 'bars',
    labels: shown,
    reference: shown.map((k) => share(ref.get(k) ?? 0, rt)),
    current: shown.map((k) => share(cur.get(k) ?? 0, ct)),
  };
  if (rest.length) {
    chart.other = {
      reference: share(
        rest.reduce((a, k) => a + (ref.get(k) ?? 0), 0),
        rt,
      ),
      current: share(
        rest.reduce((a, k) => a + (cur.get(k) ?? 0), 0),
        ct,
      ),
    };
  }
  return chart;
}

/**
 * The missing-share comparison. The change is computed from the counts in one division,
 * (m_cur·n_ref − m_ref·n_cur) / (n_ref·n_cur), exact integers until the last step while
 * n_ref·n_cur < 2^53 (about 9.0e15, e.g. 90 million rows a side; beyond, the products are rounded
 * and the result is within a few ulps), so a change of exactly 0.05 is the double nearest 0.05 (the
 * threshold itself) and does not count as "more than 0.05" (0.8 − 0.75 in floating point is
 * 0.050000000000000044).
 */
export function missingPart(ref: SideSummary, cur: SideSummary, threshold: number): ColumnReport['missing'] {
  const mr = ref.missing + ref.infinite;
  const mc = cur.missing + cur.infinite;
  const nr = ref.rows;
  const nc = cur.rows;
  let change: number;
  if (nr > 0 && nc > 0) change = (mc * nr - mr * nc) / (nr * nc);
  else change = cur.missing_share - ref.missing_share;
  return { reference_share: ref.missing_share, current_share: cur.missing_share, change, threshold, drift: Math.abs(change) > threshold };
}

function skippedColumn(
  name: string,
  type: ColumnType,
  reference: SideSummary,
  current: SideSummary,
  reason: string,
  s: CompareSettings,
  exact: boolean,
): ColumnReport {
  return {
    name,
    type,
    test: null,
    test_kind: null,
    reason,
    statistic: null,
    p_value: null,
    p_value_adjusted: null,
    threshold: null,
    drift: false,
    score: 0,
    missing: missingPart(reference, current, s.missingShareThreshold),
    reference,
    current,
    skipped: reason,
    notes: [],
    exact,
  };
}

interface Outcome {
  statistic: number;
  p: number | null;
  notes: string[];
}

/** Runs a distribution test on two category-count maps (or bin counts). */
export function categoricalTest(
  test: TestName,
  ref: ReadonlyMap<string, number> | number[],
  cur: ReadonlyMap<string, number> | number[],
  s: CompareSettings,
): Outcome {
  // Categories in one canonical order: the statistics sum over them in that order, so the data read
  // whole, a profile of it and a merge of shard profiles give the same rounding (first-seen order
  // depends on how the rows were split).
  const r = Array.isArray(ref) ? ref : canonicalOrder(ref);
  const c = Array.isArray(cur) ? cur : canonicalOrder(cur);
  switch (test) {
    case 'chi-square': {
      const x = chiSquareHomogeneity(r, c, { minExpected: s.chiSquareMinExpected });
      const notes: string[] = [];
      if (x.pooledCategories > 0) {
        notes.push(
          `${x.pooledCategories} rare categor${x.pooledCategories === 1 ? 'y' : 'ies'} (expected count < ${s.chiSquareMinExpected}) pooled ${x.pooledGroups > 0 ? `into ${x.pooledGroups} group${x.pooledGroups === 1 ? '' : 's'}` : 'with the smallest other category'}; ${x.cells} cells, df ${x.df}`,
        );
      }
      if (x.df === 0) notes.push('fewer than two cells after pooling: too few values to test, p = 1');
      if (x.unseenCategories > 0)
        notes.push(
          `${x.unseenCategories} categor${x.unseenCategories === 1 ? 'y is' : 'ies are'} new in the current data (absent from the reference)`,
        );
      return { statistic: x.statistic, p: x.pvalue, notes };
    }
    case 'chi-square-gof': {
      const x = chiSquareDrift(r, c);
      const notes = [
        'goodness of fit: the reference shares are taken as exact (Evidently-compatible; anti-conservative when the reference is a sample)',
      ];
      if (x.unseenCategories > 0)
        notes.push(
          `${x.unseenCategories} categor${x.unseenCategories === 1 ? 'y is' : 'ies are'} new in the current data (absent from the reference): the chi-square statistic is infinite`,
        );
      return { statistic: x.statistic, p: x.pvalue, notes };
    }
    case 'z': {
      const x = twoProportionZ(r, c);
      const notes =
        x.tests > 1
          ? [`z-test per category against the rest, ${x.tests} tests combined by Bonferroni; the smallest p-value is for '${x.category}'`]
          : [];
      return { statistic: x.statistic, p: x.pvalue, notes };
    }
    case 'psi':
      return { statistic: psi(r, c, { epsilon: s.psiEpsilon }), p: null, notes: [] };
    case 'jensen-shannon':
      return { statistic: jensenShannon(r, c, s.jsBase), p: null, notes: [] };
    case 'hellinger':
      return { statistic: hellinger(r, c), p: null, notes: [] };
    case 'l-infinity':
      return { statistic: lInfinity(r, c), p: null, notes: [] };
    default:
      throw new Error(`test ${test} does not take counts`);
  }
}

/** The entries of a count map sorted by key (code-unit order). */
export function canonicalOrder(m: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** One column, exact: all values of both sides (numerical values sorted). */
export function compareExact(ref: ColumnData, cur: ColumnData, s: CompareSettings): ColumnReport {
  const name = ref.name;
  if (ref.type === 'categorical') {
    const rs = categoricalSummary(ref);
    const cs = categoricalSummary(cur);
    if (!ref.categories || !cur.categories) {
      return skippedColumn(
        name,
        'categorical',
        rs,
        cs,
        `more than ${ref.categories ? '' : 'the limit of '}distinct values (an identifier, most likely): not tested`,
        s,
        true,
      );
    }
    return categoricalColumn(name, ref.categories, cur.categories, rs, cs, s, true);
  }
  const rv = ref.values!;
  const cv = cur.values!;
  const rs = numericSummary(ref);
  const cs = numericSummary(cur);
  if (rv.length === 0 || cv.length === 0) {
    return skippedColumn(
      name,
      'numerical',
      rs,
      cs,
      `no numeric values in the ${rv.length === 0 ? 'reference' : 'current'} data: not tested`,
      s,
      true,
    );
  }
  const requested = s.tests[name] ?? s.tests['*'];
  const distinct = unionDistinctSorted(rv, cv, 64);
  // Few values: counted once, for the sparse-category rule and the test on them as categories.
  const valueCounts = distinct <= FEW_VALUES ? { ref: countsOfSorted(rv), cur: countsOfSorted(cv) } : undefined;
  const choice = chooseTest(
    'numerical',
    Math.min(rv.length, cv.length),
    distinct,
    requested && TESTS[requested].types.includes('numerical') ? requested : undefined,
    name,
    {
      reference: rv.length,
      current: cv.length,
      jsThreshold: thresholdFor(name, 'jensen-shannon', s),
      ...(valueCounts ? { smallestCount: smallestPooledCount(valueCounts.ref, valueCounts.cur) } : {}),
    },
  );
  if (choice.asCategories) {
    const vc = valueCounts ?? { ref: countsOfSorted(rv), cur: countsOfSorted(cv) };
    return { ...categoricalColumn(name, vc.ref, vc.cur, rs, cs, s, true, choice.test, choice.reason), type: 'numerical' };
  }
  const test = choice.test;
  const threshold = thresholdFor(name, test, s);
  let out: Outcome;
  if (test === 'ks') {
    const x = ks2samp(rv, cv, { sorted: true });
    out = { statistic: x.statistic, p: x.pvalue, notes: [`${x.method} p-value${x.exactFallback ? ` (${x.exactFallback})` : ''}`] };
  } else if (test === 'wasserstein') {
    out = {
      statistic: normalizedWasserstein(rv, cv, { floor: s.wassersteinFloor, relativeFloor: s.wassersteinRelativeFloor, sorted: true }),
      p: null,
      notes: [],
    };
    if (out.statistic === Infinity)
      out.notes.push('the reference is all zeros and the current data is not: the normalised distance is infinite');
  } else {
    const edges = referenceBinEdges(rv, s.bins);
    out = categoricalTest(test, binCounts(rv, edges), binCounts(cv, edges), s);
    out.notes.push(`${edges.length + 1} bins at the reference quantiles`);
  }
  return finishColumn(name, 'numerical', test, choice.reason, threshold, out, rs, cs, s, histogramChart(rv, cv), true);
}

function categoricalColumn(
  name: string,
  ref: ReadonlyMap<string, number>,
  cur: ReadonlyMap<string, number>,
  rs: SideSummary,
  cs: SideSummary,
  s: CompareSettings,
  exact: boolean,
  chosen?: TestName,
  chosenReason?: string,
): ColumnReport {
  if (rs.count === 0 || cs.count === 0) {
    return skippedColumn(
      name,
      'categorical',
      rs,
      cs,
      `no values in the ${rs.count === 0 ? 'reference' : 'current'} data: not tested`,
      s,
      exact,
    );
  }
  let test = chosen;
  let reason = chosenReason;
  if (!test) {
    const requested = s.tests[name] ?? s.tests['*'];
    const choice = chooseTest(
      'categorical',
      Math.min(rs.count, cs.count),
      unionSize(ref, cur),
      requested && TESTS[requested].types.includes('categorical') ? requested : undefined,
      name,
      {
        reference: rs.count,
        current: cs.count,
        jsThreshold: thresholdFor(name, 'jensen-shannon', s),
        smallestCount: smallestPooledCount(ref, cur),
      },
    );
    test = choice.test;
    reason = choice.reason;
  }
  const threshold = thresholdFor(name, test, s);
  const out = categoricalTest(test, ref, cur, s);
  return finishColumn(name, 'categorical', test, reason!, threshold, out, rs, cs, s, barsChart(ref, cur), exact);
}

export function finishColumn(
  name: string,
  type: ColumnType,
  test: TestName,
  reason: string,
  threshold: number,
  out: Outcome,
  rs: SideSummary,
  cs: SideSummary,
  s: CompareSettings,
  chart: Chart | undefined,
  exact: boolean,
): ColumnReport {
  const kind = TESTS[test].kind;
  const notes = [...out.notes];
  if (Number.isNaN(out.statistic) || (out.p !== null && Number.isNaN(out.p))) {
    // Not a score of 100 with no drift: say the test could not be computed, and leave the column
    // out of the drift share like any other column that was not tested.
    const why = `${test} could not be computed on these values (the statistic is not a number): not tested`;
    return { ...skippedColumn(name, type, rs, cs, why, s, exact), test, test_kind: kind, chart, notes: [...notes, why] };
  }
  const drift = kind === 'p-value' ? out.p! < threshold : out.statistic >= threshold;
  if (rs.invalid || cs.invalid) notes.push(`${rs.invalid + cs.invalid} value(s) that are not numbers counted as missing`);
  if (rs.infinite || cs.infinite) notes.push(`${rs.infinite + cs.infinite} infinite value(s) left out of the test`);
  return {
    name,
    type,
    test,
    test_kind: kind,
    reason,
    statistic: out.statistic,
    p_value: out.p,
    p_value_adjusted: out.p,
    threshold,
    drift,
    score: scoreOf(kind, out.statistic, out.p, threshold),
    missing: missingPart(rs, cs, s.missingShareThreshold),
    reference: rs,
    current: cs,
    chart,
    notes,
    exact,
  };
}

export interface VerdictOptions {
  driftShare: number;
  correction: Correction;
  criticalColumns: readonly string[];
  schemaChanges: 'drift' | 'report';
}

/**
 * Applies the multiple-testing correction to the p-value tests (drift is then decided on the
 * adjusted p-value), and decides the dataset verdict. A column drifts when its test says so or its
 * missing share changed by more than the threshold. Mutates and returns the columns.
 */
export function decide(columns: ColumnReport[], changes: readonly SchemaChange[], o: VerdictOptions): DatasetVerdict {
  const tested = columns.filter((c) => c.test_kind === 'p-value' && c.p_value !== null);
  if (o.correction !== 'none' && tested.length > 1) {
    const adjusted = (o.correction === 'bonferroni' ? bonferroni : benjaminiHochberg)(tested.map((c) => c.p_value!));
    tested.forEach((c, i) => {
      c.p_value_adjusted = adjusted[i]!;
      c.drift = c.p_value_adjusted < c.threshold!;
      c.score = scoreOf('p-value', c.statistic!, c.p_value_adjusted, c.threshold!);
    });
  }
  // A column whose distribution was not tested (an identifier, no values on one side, a statistic that
  // cannot be computed) counts in the share only through its missing share: when that moved it is
  // compared and drifted, otherwise it is in neither the numerator nor the denominator.
  const inShare = columns.filter((c) => !c.skipped || c.missing.drift);
  const driftedCols = inShare.filter((c) => c.drift || c.missing.drift);
  const compared = inShare.length;
  const share = compared > 0 ? driftedCols.length / compared : 0;
  const reasons: string[] = [];
  let drift = false;
  // Three decimals, or more when three would show the share equal to a threshold it is not equal to.
  const digits = share !== o.driftShare && fmtShare(share, 3) === fmtShare(o.driftShare, 3) ? 6 : 3;
  if (compared > 0 && share >= o.driftShare) {
    drift = true;
    reasons.push(
      `${driftedCols.length} of ${compared} columns drifted (share ${fmtShare(share, digits)} ≥ ${fmtShare(o.driftShare, digits)})`,
    );
  } else {
    reasons.push(
      `${driftedCols.length} of ${compared} columns drifted (share ${fmtShare(share, digits)} < ${fmtShare(o.driftShare, digits)})`,
    );
  }
  const left = columns.filter((c) => c.skipped && !c.missing.drift);
  if (left.length)
    reasons.push(
      `${left.length} column${left.length === 1 ? '' : 's'} not tested, left out of the share: ${left.map((c) => c.name).join(', ')}`,
    );
  const critical = driftedCols.filter((c) => o.criticalColumns.includes(c.name));
  if (critical.length) {
    drift = true;
    reasons.push(`critical column${critical.length > 1 ? 's' : ''} drifted: ${critical.map((c) => c.name).join(', ')}`);
  }
  if (changes.length && o.schemaChanges === 'drift') {
    drift = true;
    reasons.push(
      `the schema changed: ${changes.map((c) => `${c.column} ${c.change === 'type' ? `changed type (${c.reference} → ${c.current})` : c.change}`).join(', ')}`,
    );
  }
  return { drift, share, drifted_columns: driftedCols.map((c) => c.name), compared_columns: compared, reasons };
}

function fmtShare(x: number, digits: number): string {
  return Number(x.toFixed(digits)).toString();
}
