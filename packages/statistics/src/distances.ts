/**
 * Distances between two distributions: PSI, Jensen–Shannon (scipy.spatial.distance.jensenshannon),
 * Hellinger, L-infinity (TFDV), and the first Wasserstein distance (scipy.stats.wasserstein_distance)
 * with its drift-tool normalisation by the reference standard deviation.
 *
 * Category distributions may be given as aligned arrays or as records/maps keyed by category (then
 * the union of the keys is used, an absent category counting 0). Counts and shares are both
 * accepted: every function normalises its inputs to sum 1 first.
 */
import { alignCounts, pairwiseSum, pairwiseSumOf, type CategoryCounts } from './chisquare.ts';
import { sortedCopy, type Numbers } from './ks.ts';

/** A distribution over categories or bins: counts or shares, aligned arrays or keyed by category. */
export type Distribution = CategoryCounts;

function normalised(x: Float64Array, what: string): Float64Array {
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${what}[${i}] is ${v}; counts and shares must be finite and non-negative`);
  }
  const total = pairwiseSum(x);
  if (!(total > 0)) throw new RangeError(`${what} is empty (its counts sum to 0)`);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i]! / total;
  return out;
}

function pair(p: Distribution, q: Distribution): [Float64Array, Float64Array] {
  const al = alignCounts(p, q);
  if (al.reference.length === 0) throw new RangeError('the distributions have no categories');
  return [normalised(al.reference, 'reference'), normalised(al.current, 'current')];
}

export interface PsiOptions {
  /** Replaces a share of exactly 0 (in either distribution) before taking logs. Default 1e-4. */
  epsilon?: number;
}

/**
 * Population Stability Index, natural log: Σ (r_i - c_i)·ln(r_i / c_i) over bins or categories,
 * r = reference shares, c = current shares (each normalised to sum 1). A share of 0 is replaced by
 * `epsilon` (default 1e-4) and the vector is not renormalised afterwards; a bin empty in both
 * contributes 0. Rule of thumb: < 0.1 no change, 0.1–0.25 moderate, > 0.25 major.
 */
export function psi(referenceShares: Distribution, currentShares: Distribution, opts: PsiOptions = {}): number {
  const epsilon = opts.epsilon ?? 1e-4;
  if (!(epsilon > 0 && epsilon < 1)) throw new RangeError(`epsilon must be in (0, 1), got ${epsilon}`);
  const [r, c] = pair(referenceShares, currentShares);
  let s = 0;
  for (let i = 0; i < r.length; i++) {
    const ri = r[i]! === 0 ? epsilon : r[i]!;
    const ci = c[i]! === 0 ? epsilon : c[i]!;
    s += (ri - ci) * Math.log(ri / ci);
  }
  return s;
}

/** scipy.special.rel_entr(x, y): x·ln(x/y) for x > 0, y > 0; 0 for x = 0; +∞ otherwise. */
function relEntr(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}

/**
 * Jensen–Shannon *distance* as scipy.spatial.distance.jensenshannon(p, q, base): the inputs are
 * normalised to sum 1, m = (p + q)/2, JS = √((KL(p‖m) + KL(q‖m)) / 2), with natural logs unless
 * `base` is given (then divided by ln(base) before the square root). Range [0, √ln 2] for the
 * natural log, [0, 1] for base 2. Square it for the divergence (TFDV reports the base-2 divergence).
 */
export function jensenShannon(p: Distribution, q: Distribution, base?: number): number {
  if (base !== undefined && !(base > 0 && base !== 1)) throw new RangeError(`log base must be positive and not 1, got ${base}`);
  const [a, b] = pair(p, q);
  const k = a.length;
  const left = new Float64Array(k);
  const right = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const m = (a[i]! + b[i]!) / 2.0;
    left[i] = relEntr(a[i]!, m);
    right[i] = relEntr(b[i]!, m);
  }
  let js = pairwiseSum(left) + pairwiseSum(right);
  if (base !== undefined) js /= Math.log(base);
  // Rounding can leave a tiny negative sum for identical inputs.
  return Math.sqrt(Math.max(js / 2.0, 0));
}

/**
 * Hellinger distance √(Σ (√p_i - √q_i)²) / √2 on normalised inputs (as Evidently computes it), in
 * [0, 1]; equal to √(1 - Σ √(p_i q_i)) but without its cancellation for close distributions.
 */
export function hellinger(p: Distribution, q: Distribution): number {
  const [a, b] = pair(p, q);
  const t = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const d = Math.sqrt(a[i]!) - Math.sqrt(b[i]!);
    t[i] = d * d;
  }
  return Math.sqrt(pairwiseSum(t)) / Math.SQRT2;
}

/**
 * L-infinity distance max_i |p_i - q_i| between normalised category shares, over the union of the
 * categories (TFDV's categorical drift measure), in [0, 1].
 */
export function lInfinity(p: Distribution, q: Distribution): number {
  const [a, b] = pair(p, q);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

function checkWeights(w: Numbers, n: number, what: string): void {
  if (w.length !== n) throw new RangeError(`${what} weights have ${w.length} entries for ${n} values`);
  let s = 0;
  for (let i = 0; i < w.length; i++) {
    const v = w[i]!;
    if (!(v >= 0)) throw new RangeError(`${what} weight ${i} is ${v}; weights must be non-negative`);
    s += v;
  }
  if (!(s > 0 && s < Infinity)) throw new RangeError(`${what} weights must sum to a positive finite number`);
}

/** Values sorted ascending with their weights carried along; cumulative weights from 0. */
function sortedWithCumWeights(
  values: Numbers,
  weights: Numbers | undefined,
  what: string,
  alreadySorted = false,
): { x: Numbers; cum: Float64Array | null } {
  if (!weights) return { x: sortedCopy(values, what, alreadySorted), cum: null };
  const n = values.length;
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(values[i]!)) throw new RangeError(`${what} contains NaN at index ${i}`);
    idx[i] = i;
  }
  idx.sort((i, j) => values[i]! - values[j]! || i - j);
  const x = new Float64Array(n);
  const cum = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) {
    x[k] = values[idx[k]!]!;
    cum[k + 1] = cum[k]! + weights[idx[k]!]!;
  }
  return { x, cum };
}

/**
 * First Wasserstein (earth mover's) distance between two empirical distributions, as
 * scipy.stats.wasserstein_distance(u, v, u_weights, v_weights): ∫ |U(x) - V(x)| dx over the merged
 * support, U and V the (weighted) empirical CDFs. Sorting dominates: O((n + m) log(n + m)).
 */
export function wasserstein(u: Numbers, v: Numbers, uWeights?: Numbers, vWeights?: Numbers, opts: { sorted?: boolean } = {}): number {
  if (u.length === 0 || v.length === 0) throw new RangeError("Distribution can't be empty: wasserstein needs two non-empty samples");
  if (uWeights) checkWeights(uWeights, u.length, 'first sample');
  if (vWeights) checkWeights(vWeights, v.length, 'second sample');
  // With sorted: true, unweighted samples are used in place (their order is checked in O(n)).
  const su = sortedWithCumWeights(u, uWeights, 'first sample', opts.sorted === true);
  const sv = sortedWithCumWeights(v, vWeights, 'second sample', opts.sorted === true);
  const nu = su.x.length;
  const nv = sv.x.length;
  const cdfU = (c: number): number => (su.cum ? su.cum[c]! / su.cum[nu]! : c / nu);
  const cdfV = (c: number): number => (sv.cum ? sv.cum[c]! / sv.cum[nv]! : c / nv);
  let i = 0;
  let j = 0;
  // Neumaier-compensated sum of |U - V|·Δx over consecutive distinct support points.
  let sum = 0;
  let comp = 0;
  let prev = NaN;
  let prevDiff = 0;
  while (i < nu || j < nv) {
    const x = i < nu && (j >= nv || su.x[i]! <= sv.x[j]!) ? su.x[i]! : sv.x[j]!;
    if (!Number.isNaN(prev)) {
      const term = prevDiff * (x - prev);
      const t = sum + term;
      comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
      sum = t;
    }
    while (i < nu && su.x[i]! <= x) i++;
    while (j < nv && sv.x[j]! <= x) j++;
    prevDiff = Math.abs(cdfU(i) - cdfV(j));
    prev = x;
  }
  return sum + comp;
}

/**
 * Mean and standard deviation with numpy's two-pass algorithm (pairwise sums); ddof 0 by default.
 * When the sum (or the sum of squared deviations) overflows although every value is finite — values
 * near ±1.8e308 — the pass is repeated on the values scaled by a power of two (exact) and the result
 * scaled back, so the mean of finite values is always finite (numpy would return ±inf there).
 */
export function meanStd(x: Numbers, ddof = 0): { mean: number; std: number } {
  const n = x.length;
  if (n === 0) return { mean: NaN, std: NaN };
  let mean = pairwiseSum(x) / n;
  let squares = pairwiseSumOf(x, (v) => (v - mean) * (v - mean));
  if (Number.isFinite(mean) && Number.isFinite(squares)) return { mean, std: Math.sqrt(squares / Math.max(n - ddof, 0)) };
  let maxAbs = 0;
  for (let i = 0; i < n; i++) {
    const a = Math.abs(x[i]!);
    if (!(a <= Number.MAX_VALUE)) return { mean: pairwiseSum(x) / n, std: NaN }; // ±Infinity or NaN in the data
    if (a > maxAbs) maxAbs = a;
  }
  // Scale so that |v| ≤ 2^490: sums of up to 2^500 values and squares of differences stay finite.
  const shift = Math.max(0, Math.ceil(Math.log2(maxAbs)) - 490);
  const down = 2 ** -shift;
  const up = 2 ** shift;
  const scaledMean = pairwiseSumOf(x, (v) => v * down) / n;
  squares = pairwiseSumOf(x, (v) => (v * down - scaledMean) * (v * down - scaledMean));
  mean = scaledMean * up;
  return { mean, std: Math.sqrt(squares / Math.max(n - ddof, 0)) * up };
}

export interface NormalizedWassersteinOptions {
  /** Lower bound on the reference standard deviation (avoids dividing by ~0). Default 0.001 (Evidently). */
  floor?: number;
  /**
   * A floor relative to the reference's scale: the divisor is at least relativeFloor × max(|min|,
   * |max|) of the reference. Default 0 (off). drift-report uses relativeFloor 0.001 with floor 0.
   */
  relativeFloor?: number;
  /** Both samples are already sorted ascending: no sorted copies are made (checked in O(n)). */
  sorted?: boolean;
}

/**
 * Wasserstein distance divided by the reference standard deviation, as Evidently's
 * `wasserstein` test: wasserstein(u, v) / max(std(u), floor) with std the population standard
 * deviation (ddof = 0, numpy's default np.std), floor 0.001. 0.1 means a shift of about a tenth of
 * a standard deviation (Evidently's default threshold). With `relativeFloor` r the divisor is
 * max(std(u), floor, r × max|u|), so a constant reference is measured against its own magnitude
 * rather than an absolute 0.001. A divisor of 0 (floor 0 and a reference of zeros) gives +Infinity
 * when the samples differ and 0 when they do not.
 */
export function normalizedWasserstein(reference: Numbers, current: Numbers, opts: NormalizedWassersteinOptions = {}): number {
  const floor = opts.floor ?? 0.001;
  const rel = opts.relativeFloor ?? 0;
  if (!(floor >= 0) || !(rel >= 0) || (floor === 0 && rel === 0))
    throw new RangeError(`floor must be positive (or zero with a positive relativeFloor), got ${floor} and ${rel}`);
  const { std } = meanStd(reference, 0);
  let scale = 0;
  if (rel > 0) for (let i = 0; i < reference.length; i++) scale = Math.max(scale, Math.abs(reference[i]!));
  const divisor = Math.max(std, floor, rel * scale);
  const w = wasserstein(reference, current, undefined, undefined, { sorted: opts.sorted === true });
  if (Number.isFinite(w) && Number.isFinite(divisor)) return divisor === 0 ? (w === 0 ? 0 : Infinity) : w / divisor;
  // Values near ±1.8e308: the distance (or the spread) overflows although the ratio does not. The
  // ratio is scale-free, so compute it on the values divided by 2^600 (exact but for subnormals).
  const down = 2 ** -600;
  let finite = true;
  const shrink = (x: Numbers): Float64Array => {
    const out = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) {
      if (!Number.isFinite(x[i]!)) finite = false;
      out[i] = x[i]! * down;
    }
    return out;
  };
  const r = shrink(reference);
  const c = shrink(current);
  if (!finite) return w / divisor;
  return normalizedWasserstein(r, c, { floor: floor * down, relativeFloor: rel, sorted: opts.sorted === true });
}
