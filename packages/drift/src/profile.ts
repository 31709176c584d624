/**
 * Mergeable per-column profiles: what a dataset shard is reduced to when the whole dataset is too big
 * to hold (or is spread over a workflow matrix). Memory per column is bounded whatever the rows:
 *
 * - numerical: counts, exact min/max and moments (Chan's parallel formula merges them), a KLL
 *   quantile sketch (rank error ≤ about 1.33% at k = 200, see the statistics README), exact value
 *   counts while the column has at most 64 distinct values, and an exact histogram on the
 *   reference's bin edges when the shard was profiled against a reference profile, and then also
 *   exact counts on the reference's fine grid (its sketch's retained values, min and max: the points
 *   where the reference CDF is known) for the Kolmogorov–Smirnov and Wasserstein estimates;
 * - numerical, exact sums: Σx and Σx² as exact partials (exact-sum.ts), so the mean and M2 are the
 *   same numbers whatever the split of the data into shards and the order of the merge;
 * - categorical: exact category counts, up to `maxCategories` distinct values (beyond, the column is
 *   marked as an identifier and its counts dropped).
 *
 * Profiles are JSON with a format name and version; merging checks that they agree (column types,
 * sketch accuracy, bin edges) and says what differs when they do not.
 */
import {
  BinnedHistogram,
  QuantileSketch,
  quantileBinEdgesFromSketch,
  type HistogramJSON,
  type QuantileSketchJSON,
} from '@mlops-actions/statistics';
import { UserError } from '@mlops-actions/errors';
import { ColumnBuilder, DEFAULT_MAX_CATEGORIES, type ColumnType } from './columns.ts';
import { ExactSum, exactMoments } from './exact-sum.ts';
import { readInto, type DataFile } from './read.ts';

export const PROFILE_FORMAT = 'mlops-actions/drift-profile';
export const PROFILE_VERSION = 1;
/** Distinct numerical values counted exactly (for columns such as 0/1 flags). */
export const EXACT_VALUES_CAP = 64;
export const DEFAULT_SKETCH_K = 200;

export interface NumericalProfile {
  name: string;
  type: 'numerical';
  rows: number;
  missing: number;
  invalid: number;
  infinite: number;
  count: number;
  mean: number;
  /** Sum of squared deviations from the mean (Welford / Chan). */
  m2: number;
  min: number | null;
  max: number | null;
  sketch: QuantileSketchJSON;
  /** Exact counts per value while there are at most 64 distinct values; null beyond. */
  values: Record<string, number> | null;
  histogram: HistogramJSON | null;
  /**
   * Exact counts on the reference's fine grid (`profileGrid`): written when the profile was made
   * against a reference; absent from profiles made without one (and from older profiles).
   */
  grid?: HistogramJSON | null;
  /** Σx and Σx² as exact partials (null when they overflowed); absent from older profiles. */
  sums?: { sum: number[]; squares: number[] } | null;
}

export interface CategoricalProfile {
  name: string;
  type: 'categorical';
  rows: number;
  missing: number;
  invalid: number;
  infinite: number;
  count: number;
  /** Null when the column has more distinct values than the limit. */
  categories: Record<string, number> | null;
}

export type ColumnProfile = NumericalProfile | CategoricalProfile;

export interface DatasetProfile {
  format: typeof PROFILE_FORMAT;
  version: typeof PROFILE_VERSION;
  created_at: string;
  /** Files profiled (workspace-relative), over all merged shards. */
  source: string[];
  rows: number;
  sketch_k: number;
  bins: number;
  max_categories: number;
  columns: ColumnProfile[];
}

/**
 * Counts on a fine grid of edges (a few hundred), in right-closed bins as BinnedHistogram (the same
 * JSON), found through a lookup table of equal-width buckets instead of a binary search over every
 * edge: the bucket only gives a starting index, the walk from it settles the bin exactly, so the
 * counts do not depend on how the bucket arithmetic rounds.
 */
export class GridCounter {
  readonly edges: Float64Array;
  readonly counts: Float64Array;
  private readonly lo: number;
  private readonly scale: number;
  private readonly start: Int32Array;

  constructor(edges: readonly number[]) {
    // Validates the edges (finite, strictly ascending) the way histograms do.
    this.edges = Float64Array.from(new BinnedHistogram(edges).edges);
    this.counts = new Float64Array(edges.length + 1);
    const m = edges.length;
    const buckets = Math.max(1, 4 * m);
    this.lo = edges[0] ?? 0;
    const span = (edges[m - 1] ?? 0) - this.lo;
    this.scale = span > 0 && Number.isFinite(buckets / span) ? buckets / span : 0;
    this.start = new Int32Array(buckets + 1);
    let i = 0;
    for (let b = 0; b <= buckets; b++) {
      const at = this.scale > 0 ? this.lo + b / this.scale : this.lo;
      while (i < m && this.edges[i]! < at) i++;
      this.start[b] = i;
    }
  }

  add(x: number): void {
    const e = this.edges;
    const m = e.length;
    let i: number;
    if (m === 0 || x <= e[0]!) i = 0;
    else if (x > e[m - 1]!) i = m;
    else {
      const b = Math.floor((x - this.lo) * this.scale);
      i = this.start[b < 0 ? 0 : b >= this.start.length ? this.start.length - 1 : b]!;
      // The bin is the number of edges strictly below x.
      while (i > 0 && e[i - 1]! >= x) i--;
      while (i < m && e[i]! < x) i++;
    }
    this.counts[i]!++;
  }

  toJSON(): HistogramJSON {
    return { type: 'histogram', version: 1, edges: Array.from(this.edges), counts: Array.from(this.counts), nan: 0 };
  }
}

/** Live accumulators of one numerical column. */
class NumericAccumulator {
  n = 0;
  mean = 0;
  m2 = 0;
  readonly sketch: QuantileSketch;
  values: Map<number, number> | null = new Map();
  readonly histogram: BinnedHistogram | null;
  readonly grid: GridCounter | null;
  readonly sum = new ExactSum();
  readonly squares = new ExactSum();

  constructor(k: number, edges: readonly number[] | undefined, grid: readonly number[] | undefined) {
    this.sketch = new QuantileSketch({ k });
    this.histogram = edges ? new BinnedHistogram(edges) : null;
    this.grid = grid ? new GridCounter(grid) : null;
  }

  add(x: number): void {
    // Welford: stable whatever the offset of the values.
    this.n++;
    const d = x - this.mean;
    if (Number.isFinite(d)) {
      this.mean += d / this.n;
      this.m2 += d * (x - this.mean);
    } else {
      // x and the mean near ±1.8e308 with opposite signs: the difference overflows, the mean need not.
      this.mean = this.mean - this.mean / this.n + x / this.n;
      this.m2 = Infinity;
    }
    this.sketch.add(x);
    this.histogram?.add(x);
    this.grid?.add(x);
    this.sum.add(x);
    this.squares.addSquare(x);
    const v = this.values;
    if (v) {
      const c = v.get(x);
      if (c !== undefined) v.set(x, c + 1);
      else if (v.size < EXACT_VALUES_CAP) v.set(x, 1);
      else this.values = null;
    }
  }
}

export interface ProfileOptions {
  /** Per column (numerical): bin edges from a reference profile, for exact histograms. */
  edges?: ReadonlyMap<string, readonly number[]>;
  /** Per column (numerical): the reference's fine grid (`profileGrid`), for exact CDF points. */
  grid?: ReadonlyMap<string, readonly number[]>;
  sketchK?: number;
  bins?: number;
  maxCategories?: number;
}

/**
 * Profiles a dataset in one streaming pass (memory bounded per column, see the top of this file).
 * `plan` gives the columns and their types.
 */
export async function profileDataset(
  files: readonly DataFile[],
  plan: readonly { name: string; type: ColumnType; forced?: boolean }[],
  options: ProfileOptions = {},
): Promise<DatasetProfile> {
  const k = options.sketchK ?? DEFAULT_SKETCH_K;
  const maxCategories = options.maxCategories ?? DEFAULT_MAX_CATEGORIES;
  const accumulators = new Map<string, NumericAccumulator>();
  const builders = plan.map((p) => {
    const b = new ColumnBuilder(p.name, p.type, { forced: p.forced ?? false, store: false, maxCategories });
    if (p.type === 'numerical') {
      const acc = new NumericAccumulator(k, options.edges?.get(p.name), options.grid?.get(p.name));
      accumulators.set(p.name, acc);
      b.onNumber = (x) => acc.add(x);
    }
    return b;
  });
  const rows = await readInto(files, builders);
  const columns: ColumnProfile[] = builders.map((b) => {
    const base = { name: b.name, rows: b.rows, missing: b.missing, invalid: b.invalid, infinite: b.infinite };
    if (b.type === 'categorical') {
      const cats = b.categoryCounts();
      let count = 0;
      for (const c of cats?.values() ?? []) count += c;
      return {
        ...base,
        type: 'categorical',
        count: cats ? count : b.rows - b.missing,
        categories: cats ? canonicalCounts(Object.fromEntries(cats)) : null,
      };
    }
    const acc = accumulators.get(b.name)!;
    const exact = exactMoments(acc.n, acc.sum, acc.squares);
    const sums = exact ? { sum: acc.sum.toJSON()!, squares: acc.squares.toJSON()! } : null;
    return {
      ...base,
      type: 'numerical',
      count: acc.n,
      mean: exact ? exact.mean : acc.n ? acc.mean : 0,
      m2: exact ? exact.m2 : acc.m2,
      min: acc.n ? acc.sketch.min : null,
      max: acc.n ? acc.sketch.max : null,
      sketch: acc.sketch.serialize(),
      values: acc.values ? canonicalCounts(Object.fromEntries([...acc.values].map(([v, c]) => [String(v), c]))) : null,
      histogram: acc.histogram ? acc.histogram.toJSON() : null,
      ...(acc.grid ? { grid: acc.grid.toJSON() } : {}),
      sums,
    };
  });
  return {
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    created_at: new Date().toISOString(),
    source: files.map((f) => f.display),
    rows,
    sketch_k: k,
    bins: options.bins ?? 10,
    max_categories: maxCategories,
    columns,
  };
}

/** Reference bin edges per numerical column of a (reference) profile. */
export function profileEdges(p: DatasetProfile): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const c of p.columns) {
    if (c.type !== 'numerical' || c.count === 0) continue;
    out.set(c.name, quantileBinEdgesFromSketch(QuantileSketch.deserialize(c.sketch), p.bins));
  }
  return out;
}

/**
 * The reference's fine grid per numerical column: the sorted distinct values its sketch retains,
 * with its exact min and max — the points at which the reference CDF is known (exactly when the
 * sketch still holds every value, else within its rank error). A current profile made against the
 * reference counts its values exactly on these points, so the Kolmogorov–Smirnov and Wasserstein
 * estimates use exact current CDF values, the same for any split of the current data into shards.
 */
export function profileGrid(p: DatasetProfile): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const c of p.columns) {
    if (c.type !== 'numerical' || c.count === 0) continue;
    const points = sketchGrid(QuantileSketch.deserialize(c.sketch));
    if (points.length) out.set(c.name, points);
  }
  return out;
}

/** A sketch's grid: its exact min and max and the values it retains, sorted, each once. */
export function sketchGrid(k: QuantileSketch): number[] {
  if (k.count === 0) return [];
  return [...new Set([k.min, k.max, ...k.retainedValues()])].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
}

/**
 * Count records in one canonical key order (code-unit order), so that a profile and a merge of
 * shard profiles list the same categories in the same order: the tests sum over the categories in
 * that order, and the same order gives the same rounding.
 */
export function canonicalCounts(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** True when a parsed JSON value is a drift profile (any version). */
export function isProfile(v: unknown): boolean {
  return typeof v === 'object' && v !== null && (v as { format?: unknown }).format === PROFILE_FORMAT;
}

/** Checks a parsed JSON value is a profile this version reads; names the file when not. */
export function checkProfile(v: unknown, file: string): DatasetProfile {
  if (!isProfile(v)) {
    throw new UserError(`not a drift profile (no "format": "${PROFILE_FORMAT}")`, {
      file,
      fix: "Pass a profile written by drift-report with 'mode: profile', or data files",
    });
  }
  const p = v as DatasetProfile;
  if (p.version !== PROFILE_VERSION) {
    throw new UserError(`profile version ${String(p.version)} is not supported (this drift-report reads version ${PROFILE_VERSION})`, {
      file,
      fix: 'Write the profile again with the same version of drift-report that compares it',
    });
  }
  if (!Array.isArray(p.columns) || typeof p.rows !== 'number')
    throw new UserError('the profile has no columns or row count', { file, fix: 'Write the profile again' });
  return p;
}

/** A column with no values (all missing) as an empty column of another type. */
export function emptyColumnAs(c: ColumnProfile, type: ColumnType, k: number): ColumnProfile {
  const base = { name: c.name, rows: c.rows, missing: c.missing, invalid: c.invalid, infinite: c.infinite, count: 0 };
  if (type === 'categorical') return { ...base, type: 'categorical', categories: {} };
  return {
    ...base,
    type: 'numerical',
    mean: 0,
    m2: 0,
    min: null,
    max: null,
    sketch: new QuantileSketch({ k }).serialize(),
    values: {},
    histogram: null,
    sums: { sum: [], squares: [] },
  };
}

/**
 * Adds histograms made on the same edges. A shard without values and without a histogram does not
 * count; any other shard without one, or with other edges (profiled against another reference),
 * gives null: the comparison then falls back to the sketches.
 */
function mergeHistograms(parts: readonly [number, HistogramJSON | null | undefined][]): BinnedHistogram | null {
  let out: BinnedHistogram | null = null;
  for (const [count, h] of parts) {
    if (!h) {
      if (count > 0) return null;
      continue;
    }
    try {
      if (out) out.merge(BinnedHistogram.fromJSON(h));
      else out = BinnedHistogram.fromJSON(h);
    } catch {
      return null;
    }
  }
  return out;
}

function mergeCounts(a: Record<string, number> | null, b: Record<string, number> | null, cap: number): Record<string, number> | null {
  if (!a || !b) return null;
  const out: Record<string, number> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return Object.keys(out).length > cap ? null : canonicalCounts(out);
}

/**
 * Merges shard profiles into one: counts add, moments combine (Chan et al.), sketches and
 * histograms merge. Columns must have the same type in every shard; a column missing from a shard
 * counts as missing for that shard's rows.
 */
export function mergeProfiles(profiles: readonly { profile: DatasetProfile; file: string }[]): DatasetProfile {
  const first = profiles[0];
  if (!first) throw new Error('mergeProfiles needs at least one profile');
  if (profiles.length === 1) return first.profile;
  const k = first.profile.sketch_k;
  const bins = first.profile.bins;
  const cap = Math.min(...profiles.map((p) => p.profile.max_categories));
  for (const { profile, file } of profiles) {
    if (profile.sketch_k !== k || profile.bins !== bins) {
      throw new UserError(
        `this profile was written with sketch k ${profile.sketch_k} and ${profile.bins} bins, but ${first.file} with k ${k} and ${bins} bins`,
        {
          file,
          fix: 'Profile every shard with the same settings',
        },
      );
    }
  }
  const order: string[] = [];
  const byName = new Map<string, { col: ColumnProfile; file: string }[]>();
  for (const { profile, file } of profiles) {
    for (const c of profile.columns) {
      if (!byName.has(c.name)) {
        byName.set(c.name, []);
        order.push(c.name);
      }
      byName.get(c.name)!.push({ col: c, file });
    }
  }
  const totalRows = profiles.reduce((s, p) => s + p.profile.rows, 0);
  const columns: ColumnProfile[] = order.map((name) => {
    const found = byName.get(name)!;
    // A shard in which the column has no value at all carries no type evidence: it does not vote.
    const voter = found.find((p) => p.col.rows > p.col.missing) ?? found[0]!;
    const type = voter.col.type;
    const parts = found.map((p) => (p.col.type === type || p.col.rows > p.col.missing ? p : { ...p, col: emptyColumnAs(p.col, type, k) }));
    for (const p of parts) {
      if (p.col.type !== type) {
        throw new UserError(`column '${name}' is ${p.col.type} in this profile but ${type} in ${voter.file}`, {
          file: p.file,
          fix: `Declare the column's type ('categorical:' or 'numerical:') when profiling, so every shard agrees`,
        });
      }
    }
    const rowsSeen = parts.reduce((s, p) => s + p.col.rows, 0);
    const absent = totalRows - rowsSeen; // rows of shards that lack the column count as missing
    const base = {
      name,
      rows: totalRows,
      missing: parts.reduce((s, p) => s + p.col.missing, 0) + absent,
      invalid: parts.reduce((s, p) => s + p.col.invalid, 0),
      infinite: parts.reduce((s, p) => s + p.col.infinite, 0),
    };
    if (type === 'categorical') {
      const cats = parts.map((p) => (p.col as CategoricalProfile).categories).reduce((a, b) => mergeCounts(a, b, cap));
      return { ...base, type: 'categorical', count: parts.reduce((s, p) => s + p.col.count, 0), categories: cats };
    }
    const nums = parts.map((p) => p.col as NumericalProfile);
    let n = 0;
    let mean = 0;
    let m2 = 0;
    // Exact sums when every shard has them: the same mean and M2 for any split and merge order.
    let sum: ExactSum | null = new ExactSum();
    let squares: ExactSum | null = new ExactSum();
    for (const c of nums) {
      const s = ExactSum.fromJSON(c.sums?.sum);
      const q = ExactSum.fromJSON(c.sums?.squares);
      if (s && q && sum && squares) {
        sum.addSum(s);
        squares.addSum(q);
      } else if (c.count > 0) {
        sum = squares = null;
      }
    }
    for (const c of nums) {
      if (c.count === 0) continue;
      const nn = n + c.count;
      const delta = c.mean - mean;
      if (Number.isFinite(delta)) mean += (delta * c.count) / nn;
      else mean = mean * (n / nn) + c.mean * (c.count / nn); // means near ±1.8e308: no overflow
      m2 += c.m2 + (delta * delta * n * c.count) / nn;
      n = nn;
    }
    const sketch = QuantileSketch.deserialize(nums[0]!.sketch);
    for (const c of nums.slice(1)) sketch.merge(QuantileSketch.deserialize(c.sketch));
    const histogram = mergeHistograms(nums.map((c) => [c.count, c.histogram]));
    const grid = mergeHistograms(nums.map((c) => [c.count, c.grid]));
    const exact = sum && squares ? exactMoments(n, sum, squares) : null;
    if (exact) {
      mean = exact.mean;
      m2 = exact.m2;
    }
    const values = nums.map((c) => c.values).reduce((a, b) => mergeCounts(a, b, EXACT_VALUES_CAP));
    const mins = nums.filter((c) => c.min !== null).map((c) => c.min!);
    const maxs = nums.filter((c) => c.max !== null).map((c) => c.max!);
    return {
      ...base,
      type: 'numerical',
      count: n,
      mean,
      m2,
      min: mins.length ? Math.min(...mins) : null,
      max: maxs.length ? Math.max(...maxs) : null,
      sketch: sketch.serialize(),
      values,
      histogram: histogram ? histogram.toJSON() : null,
      ...(grid ? { grid: grid.toJSON() } : {}),
      sums: exact ? { sum: sum!.toJSON()!, squares: squares!.toJSON()! } : null,
    };
  });
  return {
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    created_at: new Date().toISOString(),
    source: profiles.flatMap((p) => p.profile.source),
    rows: totalRows,
    sketch_k: k,
    bins,
    max_categories: cap,
    columns,
  };
}
