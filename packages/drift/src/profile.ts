/**
 * Mergeable per-column profiles: what a dataset shard is reduced to when the whole dataset is too big
 * to hold (or is spread over a workflow matrix). Memory per column is bounded whatever the rows:
 *
 * - numerical: counts, exact min/max and moments (Chan's parallel formula merges them), a KLL
 *   quantile sketch (rank error ≤ about 1.33% at k = 200, see the statistics README), exact value
 *   counts while the column has at most 64 distinct values, and an exact histogram on the
 *   reference's bin edges when the shard was profiled against a reference profile;
 * - categorical: exact category counts, up to `maxCategories` distinct values (beyond, the column is
 *   marked as an identifier and its counts dropped).
 *
 * Profiles are JSON with a format name and version; merging checks that they agree (column types,
 * sketch accuracy, bin edges) and says what differs when they do not.
 */
import { BinnedHistogram, QuantileSketch, quantileBinEdgesFromSketch, type HistogramJSON, type QuantileSketchJSON } from '@mlops-actions/statistics';
import { UserError } from '@mlops-actions/errors';
import { ColumnBuilder, DEFAULT_MAX_CATEGORIES, type ColumnType } from './columns.ts';
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

/** Live accumulators of one numerical column. */
class NumericAccumulator {
  n = 0;
  mean = 0;
  m2 = 0;
  readonly sketch: QuantileSketch;
  values: Map<number, number> | null = new Map();
  readonly histogram: BinnedHistogram | null;

  constructor(k: number, edges: readonly number[] | undefined) {
    this.sketch = new QuantileSketch({ k });
    this.histogram = edges ? new BinnedHistogram(edges) : null;
  }

  add(x: number): void {
    // Welford: stable whatever the offset of the values.
    this.n++;
    const d = x - this.mean;
    this.mean += d / this.n;
    this.m2 += d * (x - this.mean);
    this.sketch.add(x);
    this.histogram?.add(x);
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
      const acc = new NumericAccumulator(k, options.edges?.get(p.name));
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
      return { ...base, type: 'categorical', count: cats ? count : b.rows - b.missing, categories: cats ? Object.fromEntries(cats) : null };
    }
    const acc = accumulators.get(b.name)!;
    return {
      ...base,
      type: 'numerical',
      count: acc.n,
      mean: acc.n ? acc.mean : 0,
      m2: acc.m2,
      min: acc.n ? acc.sketch.min : null,
      max: acc.n ? acc.sketch.max : null,
      sketch: acc.sketch.serialize(),
      values: acc.values ? Object.fromEntries([...acc.values].map(([v, c]) => [String(v), c])) : null,
      histogram: acc.histogram ? acc.histogram.toJSON() : null,
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

/** True when a parsed JSON value is a drift profile (any version). */
export function isProfile(v: unknown): boolean {
  return typeof v === 'object' && v !== null && (v as { format?: unknown }).format === PROFILE_FORMAT;
}

/** Checks a parsed JSON value is a profile this version reads; names the file when not. */
export function checkProfile(v: unknown, file: string): DatasetProfile {
  if (!isProfile(v)) {
    throw new UserError(`not a drift profile (no "format": "${PROFILE_FORMAT}")`, { file, fix: "Pass a profile written by drift-report with 'mode: profile', or data files" });
  }
  const p = v as DatasetProfile;
  if (p.version !== PROFILE_VERSION) {
    throw new UserError(`profile version ${String(p.version)} is not supported (this drift-report reads version ${PROFILE_VERSION})`, {
      file,
      fix: 'Write the profile again with the same version of drift-report that compares it',
    });
  }
  if (!Array.isArray(p.columns) || typeof p.rows !== 'number') throw new UserError('the profile has no columns or row count', { file, fix: 'Write the profile again' });
  return p;
}

function mergeCounts(a: Record<string, number> | null, b: Record<string, number> | null, cap: number): Record<string, number> | null {
  if (!a || !b) return null;
  const out: Record<string, number> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return Object.keys(out).length > cap ? null : out;
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
      throw new UserError(`this profile was written with sketch k ${profile.sketch_k} and ${profile.bins} bins, but ${first.file} with k ${k} and ${bins} bins`, {
        file,
        fix: 'Profile every shard with the same settings',
      });
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
    const parts = byName.get(name)!;
    const type = parts[0]!.col.type;
    for (const p of parts) {
      if (p.col.type !== type) {
        throw new UserError(`column '${name}' is ${p.col.type} in this profile but ${type} in ${parts[0]!.file}`, {
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
    for (const c of nums) {
      if (c.count === 0) continue;
      const nn = n + c.count;
      const delta = c.mean - mean;
      mean += (delta * c.count) / nn;
      m2 += c.m2 + (delta * delta * n * c.count) / nn;
      n = nn;
    }
    const sketch = QuantileSketch.deserialize(nums[0]!.sketch);
    for (const c of nums.slice(1)) sketch.merge(QuantileSketch.deserialize(c.sketch));
    let histogram: BinnedHistogram | null = null;
    if (nums.every((c) => c.histogram)) {
      try {
        histogram = BinnedHistogram.fromJSON(nums[0]!.histogram);
        for (const c of nums.slice(1)) histogram.merge(BinnedHistogram.fromJSON(c.histogram));
      } catch {
        histogram = null; // different reference edges: the sketch still serves
      }
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
