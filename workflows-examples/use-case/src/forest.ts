/**
 * A random forest classifier for two classes (Breiman 2001, as scikit-learn's RandomForestClassifier
 * does it: bootstrap samples, a random subset of features tried at every split, Gini impurity, leaf
 * probabilities averaged over the trees).
 *
 * Why not ml-random-forest: its trees (ml-cart) evaluate every threshold where the sorted labels change
 * with a full pass that allocates new arrays, so 25 useful trees on 8,000 rows take about 90 s (10
 * trees with its default gain threshold take 12 s and never predict a failure); the demo has two
 * minutes for everything. Here features are binned once into at most `maxBins` quantile bins (as
 * LightGBM and scikit-learn's HistGradientBoosting do), and a split costs one histogram pass over the
 * node's rows: 100 trees on 8,000 rows train in well under a second. See test/bench/use-case.bench.ts.
 *
 * Seeded and deterministic: the same data, options and seed give the same trees on every machine.
 */
import { streams, type Rng } from './random.ts';

/** Bins are stored as 16-bit integers; histograms are sized for this many. */
const MAX_BINS = 4096;

export interface ForestOptions {
  /** Number of trees. */
  trees: number;
  /** Maximum depth of a tree (the root has depth 0). */
  maxDepth: number;
  /** A node with fewer (bootstrap-weighted) rows than this is a leaf. */
  minSamplesSplit: number;
  /** Each child of a split must hold at least this many (bootstrap-weighted) rows. */
  minSamplesLeaf: number;
  /** Features tried at each split: 'sqrt', 'all', or a fraction in (0, 1]. */
  maxFeatures: 'sqrt' | 'all' | number;
  /** Quantile bins per feature (2–4096); a feature with fewer distinct values splits exactly. */
  maxBins: number;
  /** 'balanced' weighs each class by n / (2 · n_class), as scikit-learn's class_weight='balanced'. */
  classWeight: 'none' | 'balanced';
  seed: number;
}

export const DEFAULT_FOREST_OPTIONS: ForestOptions = {
  trees: 100,
  maxDepth: 14,
  minSamplesSplit: 4,
  minSamplesLeaf: 2,
  maxFeatures: 0.5,
  maxBins: 1024,
  classWeight: 'none',
  seed: 42,
};

/** One tree as flat arrays; a node i is a leaf when feature[i] === -1, and then value[i] is P(class 1). */
export interface TreeJson {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export interface ForestJson {
  format: 'mlops-use-case/random-forest';
  formatVersion: 1;
  nFeatures: number;
  /**
   * How a node sends a row left: 'lt' (value < threshold, this trainer) or 'le' (value <= threshold,
   * scikit-learn's trees, which python/train.py exports in this format).
   */
  splitRule: 'lt' | 'le';
  /**
   * 'float32': inputs are rounded to 32-bit floats before each comparison, as scikit-learn does (its
   * thresholds can equal a float32 input exactly, so comparing the float64 value would go the other
   * way). Absent or 'float64': compared as they are.
   */
  inputPrecision?: 'float32' | 'float64';
  /** How the forest was trained (free-form: this trainer's options, or scikit-learn's parameters). */
  options: Record<string, unknown>;
  trees: TreeJson[];
  /** Mean decrease in impurity per feature, normalised to sum 1. */
  featureImportance: number[];
}

/** Thresholds between quantile bins of one column: a value v falls in bin #{t : t <= v}. */
function binEdges(values: Float64Array, maxBins: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const distinct: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]!);
  const edges: number[] = [];
  if (distinct.length <= maxBins) {
    // Few distinct values: split exactly between each pair (midpoints, as CART does).
    for (let i = 1; i < distinct.length; i++) edges.push((distinct[i - 1]! + distinct[i]!) / 2);
    return edges;
  }
  for (let b = 1; b < maxBins; b++) {
    const v = sorted[Math.floor((b * sorted.length) / maxBins)]!;
    // Edge just above the previous distinct value, so the quantile value opens its bin.
    const k = lowerBound(distinct, v);
    if (k === 0) continue;
    const edge = (distinct[k - 1]! + distinct[k]!) / 2;
    if (edges.length === 0 || edge > edges[edges.length - 1]!) edges.push(edge);
  }
  return edges;
}

function lowerBound(a: readonly number[], v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function binOf(edges: readonly number[], v: number): number {
  // Number of edges <= v.
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edges[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function featuresPerSplit(option: ForestOptions['maxFeatures'], nFeatures: number): number {
  if (option === 'all') return nFeatures;
  if (option === 'sqrt') return Math.max(1, Math.floor(Math.sqrt(nFeatures)));
  return Math.min(nFeatures, Math.max(1, Math.floor(option * nFeatures)));
}

export function validateOptions(o: ForestOptions): void {
  const int = (name: keyof ForestOptions, min: number, max = Number.MAX_SAFE_INTEGER) => {
    const v = o[name];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      throw new RangeError(
        `${name} must be an integer from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}, got ${String(v)}`,
      );
    }
  };
  int('trees', 1, 10_000);
  int('maxDepth', 1, 64);
  int('minSamplesSplit', 2);
  int('minSamplesLeaf', 1);
  int('maxBins', 2, MAX_BINS);
  int('seed', -(2 ** 31), 2 ** 31 - 1);
  const mf = o.maxFeatures;
  if (!(mf === 'sqrt' || mf === 'all' || (typeof mf === 'number' && mf > 0 && mf <= 1))) {
    throw new RangeError(`maxFeatures must be sqrt, all or a fraction in (0, 1], got ${String(mf)}`);
  }
  if (o.classWeight !== 'none' && o.classWeight !== 'balanced') {
    throw new RangeError(`classWeight must be none or balanced, got ${String(o.classWeight)}`);
  }
}

/**
 * Adds one node's rows order[start..end), in that order, to a feature's histogram: per bin b,
 * stats[3b + class] sums the rows' weights and stats[3b + 2] their bootstrap counts (integers, exact
 * as doubles). One array keeps a bin's three sums together in memory; a small function of its own is
 * optimised by V8 early in a run, before the large trainForest is.
 */
function fillHistogram(
  stats: Float64Array,
  fb: Uint16Array,
  order: Int32Array,
  start: number,
  end: number,
  labels: Uint8Array,
  weight: Float64Array,
  counts: Uint32Array,
): void {
  for (let p = start; p < end; p++) {
    const i = order[p]!;
    const b = fb[i]! * 3;
    stats[b + labels[i]!]! += weight[i]!;
    stats[b + 2]! += counts[i]!;
  }
}

/** Trains a forest on rows X (numbers, no NaN) and labels y (0/1). */
export function trainForest(X: readonly (readonly number[])[], y: readonly number[], options: ForestOptions): ForestJson {
  validateOptions(options);
  const n = X.length;
  if (n === 0 || n !== y.length) throw new RangeError('X and y must be non-empty and of equal length');
  const nFeatures = X[0]!.length;
  const o = options;

  // Bin every column once.
  const edges: number[][] = [];
  const bins: Uint16Array[] = [];
  for (let f = 0; f < nFeatures; f++) {
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) col[i] = X[i]![f]!;
    const e = binEdges(col, o.maxBins);
    edges.push(e);
    const b = new Uint16Array(n);
    for (let i = 0; i < n; i++) b[i] = binOf(e, col[i]!);
    bins.push(b);
  }
  const labels = Uint8Array.from(y, (v) => (v ? 1 : 0));
  const positives = labels.reduce((s, v) => s + v, 0);
  const classWeight: [number, number] =
    o.classWeight === 'balanced' && positives > 0 && positives < n ? [n / (2 * (n - positives)), n / (2 * positives)] : [1, 1];

  const [rng] = streams(o.seed, 1) as [Rng];
  const mtry = featuresPerSplit(o.maxFeatures, nFeatures);
  const importance = new Float64Array(nFeatures);
  const trees: TreeJson[] = [];
  const counts = new Uint32Array(n);
  const featureOrder = Array.from({ length: nFeatures }, (_, f) => f);
  // Histogram per bin: class-0 weight, class-1 weight, row count (see fillHistogram); reused across nodes.
  const stats = new Float64Array(MAX_BINS * 3);
  // For speed, without changing a single floating-point sum: a tree's rows live in one index buffer,
  // each node owns a [start, end) range of it, and a split partitions its range stably (left rows,
  // then right rows, each in their previous, ascending, order, through `scratch`), so every sum below
  // adds the same doubles in the same row order as a separate row array per node would.
  const order = new Int32Array(n);
  const scratch = new Int32Array(n);
  // Bootstrap-weighted row weight, counts[i] * classWeight[labels[i]], computed once per tree.
  const weight = new Float64Array(n);

  for (let t = 0; t < o.trees; t++) {
    // Bootstrap: multiplicities instead of copies.
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[Math.floor(rng.uniform() * n)]!++;
    let nRows = 0;
    let rootW0 = 0;
    let rootW1 = 0;
    let rootCount = 0;
    for (let i = 0; i < n; i++) {
      const c = counts[i]!;
      if (c === 0) continue;
      order[nRows++] = i;
      const wi = c * classWeight[labels[i]!]!;
      weight[i] = wi;
      if (labels[i]) rootW1 += wi;
      else rootW0 += wi;
      rootCount += c;
    }

    const tree: TreeJson = { feature: [], threshold: [], left: [], right: [], value: [] };
    const newNode = () => {
      tree.feature.push(-1);
      tree.threshold.push(0);
      tree.left.push(-1);
      tree.right.push(-1);
      tree.value.push(0);
      return tree.feature.length - 1;
    };
    // Work stack: node id, its rows order[start..end), depth, and its class weights and row count
    // (summed over its rows in order, by the parent's partition pass).
    const stack: { id: number; start: number; end: number; depth: number; w0: number; w1: number; count: number }[] = [
      { id: newNode(), start: 0, end: nRows, depth: 0, w0: rootW0, w1: rootW1, count: rootCount },
    ];
    while (stack.length > 0) {
      const { id, start, end, depth, w0, w1, count } = stack.pop()!;
      const total = w0 + w1;
      // Six decimals keep model.json small; predictions use the stored value, so nothing disagrees.
      tree.value[id] = total > 0 ? Math.round((w1 / total) * 1e6) / 1e6 : 0;
      if (depth >= o.maxDepth || count < o.minSamplesSplit || w0 === 0 || w1 === 0) continue;

      // Try mtry features drawn without replacement (partial Fisher–Yates).
      for (let k = 0; k < mtry; k++) {
        const j = k + Math.floor(rng.uniform() * (nFeatures - k));
        [featureOrder[k], featureOrder[j]] = [featureOrder[j]!, featureOrder[k]!];
      }
      const parentScore = (w0 * w0 + w1 * w1) / total;
      let bestGain = 1e-12;
      let bestFeature = -1;
      let bestBin = -1;
      for (let k = 0; k < mtry; k++) {
        const f = featureOrder[k]!;
        const nb = edges[f]!.length + 1;
        if (nb < 2) continue;
        stats.fill(0, 0, nb * 3);
        fillHistogram(stats, bins[f]!, order, start, end, labels, weight, counts);
        let l0 = 0;
        let l1 = 0;
        let lc = 0;
        for (let b = 0; b < nb - 1; b++) {
          l0 += stats[b * 3]!;
          l1 += stats[b * 3 + 1]!;
          lc += stats[b * 3 + 2]!;
          const rc = count - lc;
          if (lc < o.minSamplesLeaf) continue;
          if (rc < o.minSamplesLeaf) break;
          const r0 = w0 - l0;
          const r1 = w1 - l1;
          const lw = l0 + l1;
          const rw = r0 + r1;
          if (lw <= 0 || rw <= 0) continue;
          // Weighted Gini decrease, up to the constant factor 1/total.
          const gain = (l0 * l0 + l1 * l1) / lw + (r0 * r0 + r1 * r1) / rw - parentScore;
          if (gain > bestGain) {
            bestGain = gain;
            bestFeature = f;
            bestBin = b;
          }
        }
      }
      if (bestFeature < 0) continue;

      importance[bestFeature]! += bestGain;
      // Stable partition of order[start..end): left rows compacted in place (the write position never
      // passes the read position), right rows via scratch; the children's sums in the same pass.
      const fb = bins[bestFeature]!;
      let mid = start;
      let nRight = 0;
      let lw0 = 0;
      let lw1 = 0;
      let lCount = 0;
      let rw0 = 0;
      let rw1 = 0;
      let rCount = 0;
      for (let p = start; p < end; p++) {
        const i = order[p]!;
        const wi = weight[i]!;
        if (fb[i]! <= bestBin) {
          order[mid++] = i;
          if (labels[i]) lw1 += wi;
          else lw0 += wi;
          lCount += counts[i]!;
        } else {
          scratch[nRight++] = i;
          if (labels[i]) rw1 += wi;
          else rw0 += wi;
          rCount += counts[i]!;
        }
      }
      order.set(scratch.subarray(0, nRight), mid);
      tree.feature[id] = bestFeature;
      // Bin b holds values below edges[b]: "value < threshold" goes left.
      tree.threshold[id] = edges[bestFeature]![bestBin]!;
      const l = newNode();
      const r = newNode();
      tree.left[id] = l;
      tree.right[id] = r;
      stack.push(
        { id: r, start: mid, end, depth: depth + 1, w0: rw0, w1: rw1, count: rCount },
        { id: l, start, end: mid, depth: depth + 1, w0: lw0, w1: lw1, count: lCount },
      );
    }
    trees.push(tree);
  }

  const sum = importance.reduce((s, v) => s + v, 0);
  return {
    format: 'mlops-use-case/random-forest',
    formatVersion: 1,
    nFeatures,
    splitRule: 'lt',
    options: { ...o },
    trees,
    featureImportance: Array.from(importance, (v) => (sum > 0 ? v / sum : 0)),
  };
}

/** P(class 1) for one row: the mean of the trees' leaf probabilities. */
/** The leaf value (P(class 1)) one tree gives a row. */
function leafValue(model: ForestJson, t: TreeJson, x: readonly number[]): number {
  const le = model.splitRule === 'le';
  const f32 = model.inputPrecision === 'float32';
  let i = 0;
  while (t.feature[i]! >= 0) {
    const v = f32 ? Math.fround(x[t.feature[i]!]!) : x[t.feature[i]!]!;
    i = (le ? v <= t.threshold[i]! : v < t.threshold[i]!) ? t.left[i]! : t.right[i]!;
  }
  return t.value[i]!;
}

export function predictProbability(model: ForestJson, x: readonly number[]): number {
  let s = 0;
  for (const t of model.trees) s += leafValue(model, t, x);
  return s / model.trees.length;
}

/**
 * The forest's staged predictions: element k is P(class 1) from the first k + 1 trees alone, so the
 * last one is predictProbability's. A training curve evaluates them against the number of trees.
 */
export function stagedProbabilities(model: ForestJson, x: readonly number[]): number[] {
  const out = new Array<number>(model.trees.length);
  let s = 0;
  model.trees.forEach((t, k) => {
    s += leafValue(model, t, x);
    out[k] = s / (k + 1);
  });
  return out;
}

/**
 * Checks that a parsed JSON value is a usable forest (shape, indices in range, finite numbers), so a
 * damaged model file is refused on load instead of crashing or looping at prediction time. Returns a
 * list of problems; empty means usable.
 */
export function checkForest(value: unknown): string[] {
  const problems: string[] = [];
  const m = value as Partial<ForestJson> | null;
  if (!m || typeof m !== 'object') return ['the model is not a JSON object'];
  if (m.format !== 'mlops-use-case/random-forest') problems.push(`unknown model format ${JSON.stringify(m.format)}`);
  if (m.formatVersion !== 1) problems.push(`unsupported formatVersion ${JSON.stringify(m.formatVersion)}`);
  if (!Number.isInteger(m.nFeatures) || (m.nFeatures ?? 0) < 1) problems.push('nFeatures must be a positive integer');
  if (m.splitRule !== 'lt' && m.splitRule !== 'le') problems.push(`splitRule must be lt or le, not ${JSON.stringify(m.splitRule)}`);
  if (m.inputPrecision !== undefined && m.inputPrecision !== 'float32' && m.inputPrecision !== 'float64') {
    problems.push(`inputPrecision must be float32 or float64, not ${JSON.stringify(m.inputPrecision)}`);
  }
  if (!Array.isArray(m.trees) || m.trees.length === 0) {
    problems.push('the model has no trees');
    return problems;
  }
  m.trees.forEach((t, k) => {
    const arrays = ['feature', 'threshold', 'left', 'right', 'value'] as const;
    if (!t || arrays.some((a) => !Array.isArray(t[a]))) {
      problems.push(`tree ${k}: missing arrays`);
      return;
    }
    const size = t.feature.length;
    if (size === 0 || arrays.some((a) => t[a].length !== size)) {
      problems.push(`tree ${k}: arrays of different lengths`);
      return;
    }
    for (let i = 0; i < size; i++) {
      const f = t.feature[i]!;
      if (f === -1) {
        const v = t.value[i]!;
        if (!(typeof v === 'number' && v >= 0 && v <= 1))
          problems.push(`tree ${k} node ${i}: leaf value ${String(v)} is not a probability`);
      } else if (!Number.isInteger(f) || f < 0 || f >= (m.nFeatures ?? 0)) {
        problems.push(`tree ${k} node ${i}: feature ${String(f)} out of range`);
      } else if (!Number.isFinite(t.threshold[i]) || !(t.left[i]! > i && t.left[i]! < size) || !(t.right[i]! > i && t.right[i]! < size)) {
        // Children after their parent: no cycles, so prediction always ends.
        problems.push(`tree ${k} node ${i}: bad threshold or children`);
      }
      if (problems.length > 20) return;
    }
  });
  return problems;
}
