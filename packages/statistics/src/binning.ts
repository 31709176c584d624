/**
 * Binning helpers: numpy-compatible quantiles, quantile bin edges of a reference sample, exact
 * mergeable histograms on given edges, and share vectors with explicit epsilon handling.
 *
 * Bin convention (used everywhere here): edges e_0 < e_1 < … < e_{m-1} define m + 1 bins
 * (-∞, e_0], (e_0, e_1], …, (e_{m-1}, +∞). Bins are closed on the right so that a bin ending at a
 * reference quantile q holds at least a q share of the reference, even when values repeat; the
 * two open-ended outer bins catch current values outside the reference range.
 */
import { sortedCopy, type Numbers } from './ks.ts';

/**
 * The q-quantile of sorted data with numpy's default 'linear' method (Hyndman & Fan type 7):
 * index h = (n - 1)·q, value a[⌊h⌋] + (h - ⌊h⌋)·(a[⌊h⌋+1] - a[⌊h⌋]) (numpy's lerp, the same float
 * operations).
 */
export function quantileSorted(sorted: Numbers, q: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('quantile of an empty sample');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile level must be in [0, 1], got ${q}`);
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  if (lo >= n - 1) return sorted[n - 1]!;
  const t = h - lo;
  const a = sorted[lo]!;
  const b = sorted[lo + 1]!;
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** numpy.quantile(x, qs) with the default linear method. NaN values are rejected. */
export function quantiles(values: Numbers, qs: Numbers, opts: { sorted?: boolean } = {}): number[] {
  const s = sortedCopy(values, 'sample', opts.sorted === true);
  return Array.from(qs, (q) => quantileSorted(s, q));
}

export interface QuantileEdgesOptions {
  /** The values are already sorted ascending (checked). */
  sorted?: boolean;
}

/**
 * Bin edges at the reference quantiles i/bins, i = 1 … bins-1 (numpy 'linear' quantiles), with
 * repeated edges removed, for use with the right-closed bins above. `bins` = 10 gives deciles: each
 * bin holds about a tenth of the reference. Fewer edges come back when the reference has few
 * distinct values (e.g. a column that is mostly 0); a constant reference gives a single edge.
 */
export function quantileBinEdges(reference: Numbers, bins = 10, opts: QuantileEdgesOptions = {}): number[] {
  if (!Number.isInteger(bins) || bins < 2) throw new RangeError(`bins must be an integer ≥ 2, got ${bins}`);
  if (reference.length === 0) throw new RangeError('cannot bin an empty reference sample');
  const s = sortedCopy(reference, 'reference', opts.sorted === true);
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) edges.push(quantileSorted(s, i / bins));
  return dedupeEdges(edges);
}

/** Sorted, strictly increasing, finite edges (duplicates dropped). */
export function dedupeEdges(edges: Numbers): number[] {
  const out: number[] = [];
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    if (!Number.isFinite(e)) throw new RangeError(`bin edge ${i} is ${e}; edges must be finite`);
    if (out.length && e < out[out.length - 1]!) throw new RangeError(`bin edges must be ascending (edge ${i} is ${e})`);
    if (!out.length || e > out[out.length - 1]!) out.push(e);
  }
  return out;
}

/** Index of the right-closed bin holding x: the number of edges strictly below x. */
export function binIndex(edges: Numbers, x: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edges[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Counts of `values` in the right-closed bins of `edges` (length edges.length + 1); NaN is skipped and counted apart. */
export function binCounts(values: Numbers, edges: Numbers): { counts: Float64Array; nan: number } {
  const counts = new Float64Array(edges.length + 1);
  let nan = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isNaN(x)) nan++;
    else counts[binIndex(edges, x)]!++;
  }
  return { counts, nan };
}

export interface ShareOptions {
  /**
   * Replace shares of exactly 0 by this value (not renormalised afterwards). Default 0: no
   * replacement. PSI uses 1e-4.
   */
  epsilon?: number;
}

/** Counts → shares summing to 1, with zero shares optionally replaced by `epsilon`. */
export function shareVector(counts: Numbers, opts: ShareOptions = {}): Float64Array {
  const epsilon = opts.epsilon ?? 0;
  if (!(epsilon >= 0 && epsilon < 1)) throw new RangeError(`epsilon must be in [0, 1), got ${epsilon}`);
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    if (!Number.isFinite(c) || c < 0) throw new RangeError(`count ${i} is ${c}; counts must be finite and non-negative`);
    total += c;
  }
  if (!(total > 0)) throw new RangeError('cannot turn counts that sum to 0 into shares');
  const out = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) {
    const s = counts[i]! / total;
    out[i] = s === 0 && epsilon > 0 ? epsilon : s;
  }
  return out;
}

export interface HistogramJSON {
  type: 'histogram';
  version: 1;
  edges: number[];
  counts: number[];
  nan: number;
}

/**
 * An exact histogram on fixed edges (right-closed bins plus the two open outer bins). Histograms on
 * the same edges merge by adding counts, so shards can be profiled apart and combined exactly.
 */
export class BinnedHistogram {
  readonly edges: readonly number[];
  readonly counts: Float64Array;
  /** NaN values seen (not in any bin). */
  nan = 0;

  constructor(edges: Numbers) {
    this.edges = Object.freeze(dedupeEdges(edges));
    if (this.edges.length !== edges.length) throw new RangeError('histogram edges must be strictly ascending');
    this.counts = new Float64Array(this.edges.length + 1);
  }

  add(x: number): void {
    if (Number.isNaN(x)) this.nan++;
    else this.counts[binIndex(this.edges, x)]!++;
  }

  addAll(values: Numbers): void {
    for (let i = 0; i < values.length; i++) this.add(values[i]!);
  }

  /** Number of non-NaN values counted. */
  get total(): number {
    let s = 0;
    for (const c of this.counts) s += c;
    return s;
  }

  merge(other: BinnedHistogram): this {
    if (other.edges.length !== this.edges.length || other.edges.some((e, i) => e !== this.edges[i])) {
      throw new RangeError('cannot merge histograms with different edges; build both on the reference edges');
    }
    for (let i = 0; i < this.counts.length; i++) this.counts[i] = this.counts[i]! + other.counts[i]!;
    this.nan += other.nan;
    return this;
  }

  shares(opts: ShareOptions = {}): Float64Array {
    return shareVector(this.counts, opts);
  }

  toJSON(): HistogramJSON {
    return { type: 'histogram', version: 1, edges: [...this.edges], counts: Array.from(this.counts), nan: this.nan };
  }

  static fromJSON(json: unknown): BinnedHistogram {
    const j = json as Partial<HistogramJSON> | null;
    if (j?.type !== 'histogram' || j.version !== 1 || !Array.isArray(j.edges) || !Array.isArray(j.counts)) {
      throw new RangeError('not a serialized histogram (expected {type: "histogram", version: 1, edges, counts})');
    }
    const h = new BinnedHistogram(j.edges);
    if (j.counts.length !== h.counts.length)
      throw new RangeError(`histogram has ${j.counts.length} counts for ${j.edges.length} edges (expected edges + 1)`);
    j.counts.forEach((c, i) => {
      if (!(Number.isFinite(c) && c >= 0)) throw new RangeError(`histogram count ${i} is ${c}`);
      h.counts[i] = c;
    });
    h.nan = typeof j.nan === 'number' && j.nan >= 0 ? j.nan : 0;
    return h;
  }
}
