/**
 * Pearson chi-square tests as scipy.stats.chisquare and scipy.stats.chi2_contingency, and the drift
 * form used on categorical columns.
 */
import { chi2Sf } from './special.ts';
import type { Numbers } from './ks.ts';

export interface ChiSquareResult {
  statistic: number;
  pvalue: number;
}

/** Counts given either positionally (aligned arrays) or by category name. */
export type CategoryCounts = Numbers | Record<string, number> | Map<string, number>;

function checkCounts(x: Numbers, what: string): void {
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${what}[${i}] is ${v}; counts must be finite and non-negative`);
  }
}

/**
 * scipy.stats.chisquare(f_obs, f_exp, ddof): statistic Σ (o - e)² / e, p-value chi2.sf(statistic,
 * k - 1 - ddof). Without `expected` every category expects the mean count. With it, the two totals
 * must agree to a relative 1e-8 (scipy's rule). An expected 0 with an observed count > 0 gives an
 * infinite statistic and p = 0; 0 expected and 0 observed gives NaN, as in scipy.
 */
export function chisquare(observed: Numbers, expected?: Numbers, ddof = 0): ChiSquareResult {
  const k = observed.length;
  if (k === 0) throw new RangeError('chisquare needs at least one category');
  const obs = Float64Array.from(observed);
  let exp: Float64Array;
  if (expected !== undefined) {
    if (expected.length !== k) throw new RangeError(`observed has ${k} categories but expected has ${expected.length}`);
    exp = Float64Array.from(expected);
    const so = pairwiseSum(obs);
    const se = pairwiseSum(exp);
    const rel = Math.abs(so - se) / Math.min(so, se);
    if (rel > 1e-8) {
      throw new RangeError(
        `the observed total (${so}) and the expected total (${se}) must agree to a relative tolerance of 1e-8; scale the expected counts to the observed total`,
      );
    }
  } else {
    const mean = pairwiseSum(obs) / k;
    exp = new Float64Array(k).fill(mean);
  }
  const terms = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const d = obs[i]! - exp[i]!;
    terms[i] = (d * d) / exp[i]!;
  }
  const statistic = pairwiseSum(terms);
  const df = k - 1 - ddof;
  return { statistic, pvalue: df > 0 ? chi2Sf(statistic, df) : NaN };
}

export interface ChiSquareDriftResult extends ChiSquareResult {
  /** Degrees of freedom: number of categories seen in either sample, minus 1. */
  df: number;
  /** Categories with current counts but no reference counts (each makes the statistic infinite). */
  unseenCategories: number;
  /** The categories in the order used (names for records/maps, indices as strings for arrays). */
  categories: string[];
}

/**
 * Aligns two category-count collections: arrays must have the same length; records and maps are
 * joined over the union of their keys (absent = 0), in first-seen order (reference, then current).
 */
export function alignCounts(
  reference: CategoryCounts,
  current: CategoryCounts,
): { categories: string[]; reference: Float64Array; current: Float64Array } {
  const isArr = (x: CategoryCounts): x is Numbers => !(x instanceof Map) && typeof (x as Numbers).length === 'number';
  if (isArr(reference) && isArr(current)) {
    if (reference.length !== current.length) {
      throw new RangeError(
        `reference has ${reference.length} categories but current has ${current.length}; align them or pass records keyed by category`,
      );
    }
    return {
      categories: Array.from({ length: reference.length }, (_, i) => String(i)),
      reference: Float64Array.from(reference),
      current: Float64Array.from(current),
    };
  }
  if (isArr(reference) || isArr(current)) throw new RangeError('pass both counts as arrays or both as records/maps keyed by category');
  const r = reference instanceof Map ? reference : new Map(Object.entries(reference));
  const c = current instanceof Map ? current : new Map(Object.entries(current));
  const categories = [...new Set([...r.keys(), ...c.keys()])];
  return {
    categories,
    reference: Float64Array.from(categories, (k) => r.get(k) ?? 0),
    current: Float64Array.from(categories, (k) => c.get(k) ?? 0),
  };
}

/**
 * Chi-square goodness of fit of the current counts against the reference shares:
 * expected_i = reference_i / Σ reference × Σ current, df = k - 1, where k counts the categories
 * present in at least one of the two samples (categories absent from both are dropped).
 * A category present in current but absent from reference has expected count 0: the statistic is
 * +Infinity and the p-value 0 (scipy's arithmetic; a never-seen category is drift). `unseenCategories`
 * says how many there were, so a report can explain it. Scaling the reference counts leaves the
 * result unchanged.
 */
export function chiSquareDrift(referenceCounts: CategoryCounts, currentCounts: CategoryCounts): ChiSquareDriftResult {
  const al = alignCounts(referenceCounts, currentCounts);
  checkCounts(al.reference, 'reference');
  checkCounts(al.current, 'current');
  const keep: number[] = [];
  for (let i = 0; i < al.categories.length; i++) if (al.reference[i]! > 0 || al.current[i]! > 0) keep.push(i);
  const ref = Float64Array.from(keep, (i) => al.reference[i]!);
  const cur = Float64Array.from(keep, (i) => al.current[i]!);
  const categories = keep.map((i) => al.categories[i]!);
  const refTotal = pairwiseSum(ref);
  const curTotal = pairwiseSum(cur);
  if (refTotal === 0 || curTotal === 0) throw new RangeError('chiSquareDrift needs at least one count in each sample');
  const k = ref.length;
  const df = k - 1;
  let unseen = 0;
  const terms = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const e = (ref[i]! / refTotal) * curTotal;
    if (e === 0) unseen++;
    const d = cur[i]! - e;
    terms[i] = (d * d) / e;
  }
  const statistic = pairwiseSum(terms);
  const pvalue = df > 0 ? chi2Sf(statistic, df) : 1;
  return { statistic: df > 0 ? statistic : 0, pvalue, df, unseenCategories: unseen, categories };
}

export interface Chi2ContingencyResult extends ChiSquareResult {
  dof: number;
  expected: number[][];
}

/**
 * scipy.stats.chi2_contingency for a two-dimensional table: expected_ij = row_i × col_j / total,
 * dof = (r-1)(c-1); with dof = 1 and `correction` (default true) Yates' continuity correction moves
 * each observed count by min(0.5, |e - o|) toward its expected count. A zero expected count is an
 * error (as in scipy); dof = 0 gives statistic 0 and p = 1.
 */
export function chi2Contingency(table: ArrayLike<Numbers>, correction = true): Chi2ContingencyResult {
  const r = table.length;
  if (r === 0) throw new RangeError('chi2Contingency needs a non-empty table');
  const c = table[0]!.length;
  if (c === 0) throw new RangeError('chi2Contingency needs a non-empty table');
  const obs: number[][] = [];
  for (let i = 0; i < r; i++) {
    const row = table[i]!;
    if (row.length !== c) throw new RangeError(`table row ${i} has ${row.length} cells but row 0 has ${c}`);
    checkCounts(row, `table[${i}]`);
    obs.push(Array.from(row));
  }
  const rowSums = obs.map((row) => pairwiseSum(row));
  const colSums = Array.from({ length: c }, (_, j) => pairwiseSum(obs.map((row) => row[j]!)));
  const total = pairwiseSum(obs.flat());
  const expected = obs.map((_, i) => colSums.map((cs) => (rowSums[i]! * cs) / total));
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      if (expected[i]![j] === 0) throw new RangeError(`the expected frequency at (${i}, ${j}) is zero: drop empty rows and columns`);
    }
  }
  // scipy: dof = size - sum(shape) + ndim - 1
  const dof = r * c - (r + c) + 2 - 1;
  if (dof === 0) return { statistic: 0, pvalue: 1, dof, expected };
  const adj = obs.map((row, i) =>
    row.map((o, j) => {
      if (!(dof === 1 && correction)) return o;
      const diff = expected[i]![j]! - o;
      return o + Math.min(0.5, Math.abs(diff)) * Math.sign(diff);
    }),
  );
  const terms: number[] = [];
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const d = adj[i]![j]! - expected[i]![j]!;
      terms.push((d * d) / expected[i]![j]!);
    }
  }
  const statistic = pairwiseSum(terms);
  return { statistic, pvalue: chi2Sf(statistic, dof), dof, expected };
}

/** numpy-style pairwise summation (blocks of 8 below 128 items), so sums match numpy closely. */
export function pairwiseSum(x: Numbers, start = 0, end = x.length): number {
  return pairwiseSumOf(x, (v) => v, start, end);
}

/**
 * numpy's pairwise sum of f(x[i]): the same tree as summing an array of the f values, so
 * `pairwiseSumOf(x, (v) => (v - m) ** 2)` equals numpy's sum of squared deviations to the bit, without
 * a temporary array the size of x.
 */
export function pairwiseSumOf(x: Numbers, f: (v: number) => number, start = 0, end = x.length): number {
  const n = end - start;
  if (n < 8) {
    let s = 0;
    for (let i = start; i < end; i++) s += f(x[i]!);
    return s;
  }
  if (n <= 128) {
    const r = [
      f(x[start]!),
      f(x[start + 1]!),
      f(x[start + 2]!),
      f(x[start + 3]!),
      f(x[start + 4]!),
      f(x[start + 5]!),
      f(x[start + 6]!),
      f(x[start + 7]!),
    ];
    let i = start + 8;
    for (; i < end - ((end - start) % 8); i += 8) {
      for (let k = 0; k < 8; k++) r[k] = r[k]! + f(x[i + k]!);
    }
    let s = r[0]! + r[1]! + (r[2]! + r[3]!) + (r[4]! + r[5]! + (r[6]! + r[7]!));
    for (; i < end; i++) s += f(x[i]!);
    return s;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseSumOf(x, f, start, start + half) + pairwiseSumOf(x, f, start + half, end);
}

export interface ChiSquareHomogeneityOptions {
  /**
   * Smallest expected count a cell may have (default 5, the usual rule of thumb after Cochran
   * 1954). Categories whose expected count in either sample is below it are pooled (see below).
   * 0 turns pooling off (then a category must appear in at least one sample, as in scipy).
   */
  minExpected?: number;
  /** Yates' correction when the pooled table has one degree of freedom (scipy's default: true). */
  correction?: boolean;
}

export interface ChiSquareHomogeneityResult extends ChiSquareResult {
  /** Degrees of freedom of the (pooled) 2 × k table: k − 1. */
  df: number;
  /** Categories present in at least one sample. */
  categories: string[];
  /** Cells of the table actually tested (categories left alone plus pooled groups). */
  cells: number;
  /** Categories merged into pooled groups because their expected counts were too small. */
  pooledCategories: number;
  /** Pooled groups made from them. */
  pooledGroups: number;
  /** Categories with current counts but no reference counts (information only: not an infinity here). */
  unseenCategories: number;
}

/**
 * Two-sample chi-square test of homogeneity: are the reference and current counts two samples of one
 * category distribution? It is the Pearson test of the 2 × k contingency table (rows: the two
 * samples, columns: the categories), exactly `scipy.stats.chi2_contingency(table, correction)` on the
 * table after pooling: expected_ij = row_i × col_j / total, df = k − 1. Unlike the goodness-of-fit
 * form (`chiSquareDrift`), the reference shares are estimates, not exact, so the test keeps its
 * nominal level when the reference is small, and a category seen only in the current data is just a
 * cell with a small reference count (not an infinite statistic).
 *
 * Sparse cells: the chi-square distribution is a poor approximation when expected counts are small.
 * With `minExpected` = m (default 5), a category j whose smaller expected count,
 * min(row_0, row_1) × col_j / total, is below m is "rare". Rare categories are sorted by their total
 * count (ascending, then by name) and merged in that order into groups, a group being closed as
 * soon as its expected count reaches m; a last group still below m joins the previous group, or, when
 * there is no other group, the smallest category that was not rare. Pooling depends only on the
 * column totals, which the test conditions on, so it does not bias the null distribution. When
 * fewer than two cells remain the data cannot say anything: df 0, statistic 0, p = 1.
 */
export function chiSquareHomogeneity(
  referenceCounts: CategoryCounts,
  currentCounts: CategoryCounts,
  opts: ChiSquareHomogeneityOptions = {},
): ChiSquareHomogeneityResult {
  const m = opts.minExpected ?? 5;
  if (!(m >= 0 && Number.isFinite(m))) throw new RangeError(`minExpected must be a non-negative number, got ${m}`);
  const al = alignCounts(referenceCounts, currentCounts);
  checkCounts(al.reference, 'reference');
  checkCounts(al.current, 'current');
  const keep: number[] = [];
  for (let i = 0; i < al.categories.length; i++) if (al.reference[i]! > 0 || al.current[i]! > 0) keep.push(i);
  const categories = keep.map((i) => al.categories[i]!);
  const ref = keep.map((i) => al.reference[i]!);
  const cur = keep.map((i) => al.current[i]!);
  const r0 = pairwiseSum(ref);
  const r1 = pairwiseSum(cur);
  if (r0 === 0 || r1 === 0) throw new RangeError('chiSquareHomogeneity needs at least one count in each sample');
  const total = r0 + r1;
  const unseen = ref.reduce((n, v, i) => n + (v === 0 && cur[i]! > 0 ? 1 : 0), 0);
  const minRow = Math.min(r0, r1);
  const expectedMin = (colTotal: number) => (minRow * colTotal) / total;
  const cells: { ref: number; cur: number }[] = [];
  const rare: number[] = [];
  for (let j = 0; j < ref.length; j++) {
    if (m > 0 && expectedMin(ref[j]! + cur[j]!) < m) rare.push(j);
    else cells.push({ ref: ref[j]!, cur: cur[j]! });
  }
  let pooledGroups = 0;
  if (rare.length > 0) {
    rare.sort(
      (a, b) => ref[a]! + cur[a]! - (ref[b]! + cur[b]!) || (categories[a]! < categories[b]! ? -1 : categories[a]! > categories[b]! ? 1 : 0),
    );
    const groups: { ref: number; cur: number }[] = [];
    let g = { ref: 0, cur: 0 };
    for (const j of rare) {
      g.ref += ref[j]!;
      g.cur += cur[j]!;
      if (expectedMin(g.ref + g.cur) >= m) {
        groups.push(g);
        g = { ref: 0, cur: 0 };
      }
    }
    if (g.ref + g.cur > 0) {
      if (groups.length > 0) {
        groups[groups.length - 1]!.ref += g.ref;
        groups[groups.length - 1]!.cur += g.cur;
      } else if (cells.length > 0) {
        let s = 0;
        for (let i = 1; i < cells.length; i++) if (cells[i]!.ref + cells[i]!.cur < cells[s]!.ref + cells[s]!.cur) s = i;
        cells[s]!.ref += g.ref;
        cells[s]!.cur += g.cur;
      } else {
        groups.push(g);
      }
    }
    pooledGroups = groups.length;
    cells.push(...groups);
  }
  const base = { categories, cells: cells.length, pooledCategories: rare.length, pooledGroups, unseenCategories: unseen };
  if (cells.length < 2) return { statistic: 0, pvalue: 1, df: 0, ...base };
  const x = chi2Contingency([cells.map((c) => c.ref), cells.map((c) => c.cur)], opts.correction ?? true);
  return { statistic: x.statistic, pvalue: x.pvalue, df: x.dof, ...base };
}
