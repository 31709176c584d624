/**
 * Two-sample Kolmogorov–Smirnov test, as scipy.stats.ks_2samp (scipy 1.10):
 *
 * - D is the largest difference of the two right-continuous empirical CDFs evaluated at every
 *   observed value (so ties between and within samples count as scipy counts them).
 * - method 'auto' is exact when max(n1, n2) ≤ 10000, asymptotic otherwise; 'exact' falls back to
 *   the asymptotic p-value when lcm(n1, n2) does not fit in int32 or the exact computation overflows.
 * - exact p-values: Hodges (1958) lattice-path counts. Two-sided, n1 = n2: the alternating series
 *   evaluated Horner-style; n1 ≠ n2: the "inside" recursion written for 1 - p (Viehmann 2021).
 *   One-sided, n1 = n2: the product Π (n - j)/(n + j + 1); n1 ≠ n2: paths crossing one diagonal
 *   over C(n1+n2, n1).
 * - asymptotic p-values: two-sided kstwo.sf(D, round(n1·n2/(n1+n2))) (round half to even, like
 *   numpy); one-sided Hodges' eq. 5.3, exp(-2z² - 2z(m+2n)/(3√(mn(m+n)))), z = D·√(mn/(m+n)),
 *   m ≥ n.
 */
import { kstwoSf } from './kolmogorov.ts';
import { sortFloat64 } from './sort.ts';
import { binom, roundHalfEven } from './special.ts';

export type Alternative = 'two-sided' | 'less' | 'greater';
export type KsMethod = 'auto' | 'exact' | 'asymp';
/** Anything array-like holding numbers: number[], Float64Array, … */
export type Numbers = ArrayLike<number>;

export interface Ks2sampOptions {
  /** 'two-sided' (default), 'less' or 'greater', with scipy's meaning (CDF of `a` vs CDF of `b`). */
  alternative?: Alternative;
  /** 'auto' (default), 'exact' or 'asymp'. */
  method?: KsMethod;
  /** Both inputs are already sorted ascending: skip sorting (checked in O(n)). */
  sorted?: boolean;
}

export interface Ks2sampResult {
  /** D (two-sided), D+ ('greater') or D- ('less'). */
  statistic: number;
  pvalue: number;
  /** The method that produced the p-value. */
  method: 'exact' | 'asymp';
  /** The observed value at which the ECDF difference is largest. */
  statisticLocation?: number;
  /** +1 when ECDF(a) > ECDF(b) at statisticLocation, -1 otherwise. */
  statisticSign?: 1 | -1;
  /** Set when the exact method was chosen or asked for but could not be used, and why. */
  exactFallback?: string;
}

const MAX_AUTO_N = 10000;
const INT32_MAX = 2147483647;

/** A sorted Float64Array copy of `x`, or `x` itself (checked) when it is already sorted. */
export function sortedCopy(x: Numbers, name = 'sample', alreadySorted = false): Float64Array | Numbers {
  const n = x.length;
  if (alreadySorted) {
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      if (Number.isNaN(v)) throw new RangeError(`${name} contains NaN at index ${i}; drop or count missing values before testing`);
      if (i > 0 && v < x[i - 1]!) throw new RangeError(`${name} is not sorted ascending at index ${i} although sorted: true was passed`);
    }
    return x;
  }
  const out = x instanceof Float64Array ? x.slice() : Float64Array.from(x);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(out[i]!)) throw new RangeError(`${name} contains NaN at index ${i}; drop or count missing values before testing`);
  }
  return sortFloat64(out);
}

interface EcdfExtremes {
  /** max over observed values of F_a(x) - F_b(x), and the first value (scipy's order) where it occurs */
  max: number;
  maxLoc: number;
  /** min of the same difference, and where */
  min: number;
  minLoc: number;
}

/**
 * Walk both sorted samples once. scipy evaluates the differences at data_all = [sorted a, sorted b]
 * and takes argmax/argmin, i.e. the first occurrence: a value present in `a` wins over one only in
 * `b`, and among equals the smallest value wins.
 */
function ecdfExtremes(a: Numbers, b: Numbers): EcdfExtremes {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let maxA = -Infinity;
  let maxALoc = NaN;
  let maxB = -Infinity;
  let maxBLoc = NaN;
  let minA = Infinity;
  let minALoc = NaN;
  let minB = Infinity;
  let minBLoc = NaN;
  while (i < n1 || j < n2) {
    let v: number;
    if (i < n1 && (j >= n2 || a[i]! <= b[j]!)) v = a[i]!;
    else v = b[j]!;
    const i0 = i;
    while (i < n1 && a[i]! <= v) i++;
    while (j < n2 && b[j]! <= v) j++;
    const diff = i / n1 - j / n2;
    if (i > i0) {
      if (diff > maxA) {
        maxA = diff;
        maxALoc = v;
      }
      if (diff < minA) {
        minA = diff;
        minALoc = v;
      }
    } else {
      if (diff > maxB) {
        maxB = diff;
        maxBLoc = v;
      }
      if (diff < minB) {
        minB = diff;
        minBLoc = v;
      }
    }
  }
  const useMaxA = maxA >= maxB;
  const useMinA = minA <= minB;
  return {
    max: useMaxA ? maxA : maxB,
    maxLoc: useMaxA ? maxALoc : maxBLoc,
    min: useMinA ? minA : minB,
    minLoc: useMinA ? minALoc : minBLoc,
  };
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** P(D_{n,n} ≥ h/n): 2·Σ_k (-1)^(k-1) C(2n, n-kh)/C(2n, n), evaluated as nested products. */
function probOutsideSquare(n: number, h: number): number {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}

/**
 * P(D ≥ h/lcm) for two-sided, n1 ≠ n2: the share of lattice paths from (0,0) to (m,n) that touch
 * |x/m - y/n| ≥ h/lcm. A(i,j) — the share of paths reaching (i,j) that have touched — satisfies
 * A = (i·A(i-1,j) + j·A(i,j-1)) / (i+j) inside the band and A = 1 outside; one column is kept and
 * updated in place.
 */
function probOutsideBand(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  const A = new Float64Array(n + 1).fill(1);
  const maxj0 = Math.min(Math.ceil(h / mg), n + 1);
  for (let j = 0; j < maxj0; j++) A[j] = 0;
  let prevMin = 0;
  for (let i = 1; i <= m; i++) {
    let minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
    minj = Math.min(minj, n);
    const maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    // Points that left the band at the bottom are outside: every path through them has touched.
    for (let j = prevMin; j < minj; j++) A[j] = 1;
    prevMin = minj;
    let below = minj === 0 ? 0 : 1;
    for (let j = minj; j < maxj; j++) {
      below = (A[j]! * i + below * j) / (i + j);
      A[j] = below;
    }
  }
  return A[n]!;
}

/**
 * Number of lattice paths from (0,0) to (m,n) that reach the line m·y ≤ n·x - h·g (one-sided,
 * m ≠ n), by Hodges' first-passage decomposition. Non-finite when it overflows.
 */
function countPathsOutside(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  const lxj = n + Math.floor((mg - h) / mg);
  if (lxj <= 0) return binom(m + n, n);
  // xj[j]: the first x at height j on or past the line.
  const xj = new Float64Array(lxj);
  for (let j = 0; j < lxj; j++) xj[j] = Math.floor((h + mg * j + ng - 1) / ng);
  const B = new Float64Array(lxj);
  B[0] = 1;
  for (let j = 1; j < lxj; j++) {
    let bj = binom(xj[j]! + j, j);
    for (let i = 0; i < j; i++) bj -= binom(xj[j]! - xj[i]! + j - i, j - i) * B[i]!;
    if (!Number.isFinite(bj)) return NaN;
    B[j] = bj;
  }
  let paths = 0;
  for (let j = 0; j < lxj; j++) paths += B[j]! * binom(m - xj[j]! + n - j, n - j);
  return paths;
}

interface ExactAttempt {
  ok: boolean;
  d: number;
  p: number;
}

function attemptExact(n1: number, n2: number, g: number, d: number, alternative: Alternative): ExactAttempt {
  const lcm = (n1 / g) * n2;
  const h = roundHalfEven(d * lcm);
  d = h / lcm;
  if (h === 0) return { ok: true, d, p: 1 };
  let p: number;
  if (alternative === 'two-sided') {
    p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h);
  } else if (n1 === n2) {
    p = 1;
    for (let j = 0; j < h; j++) p *= (n1 - j) / (n1 + j + 1);
  } else {
    const total = binom(n1 + n2, n1);
    if (!Number.isFinite(total)) return { ok: false, d, p: NaN };
    const paths = countPathsOutside(n1, n2, g, h);
    if (!Number.isFinite(paths) || paths > total) return { ok: false, d, p: NaN };
    p = paths / total;
  }
  if (!(p >= 0 && p <= 1)) return { ok: false, d, p };
  return { ok: true, d, p };
}

/**
 * ks_2samp's asymptotic p-value for a statistic D between samples of sizes n1 and n2 (for callers
 * that have D without the samples, e.g. from two quantile sketches): two-sided
 * kstwo.sf(D, round(n1·n2/(n1+n2))) with numpy's round-half-to-even, one-sided Hodges' formula.
 */
export function ks2sampAsymptoticP(d: number, n1: number, n2: number, alternative: Alternative = 'two-sided'): number {
  if (!(n1 >= 1 && n2 >= 1)) throw new RangeError('sample sizes must be at least 1');
  const p = asymptoticP(n1, n2, d, alternative);
  return Number.isNaN(p) ? p : Math.min(Math.max(p, 0), 1);
}

function asymptoticP(n1: number, n2: number, d: number, alternative: Alternative): number {
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const en = (m * n) / (m + n);
  if (alternative === 'two-sided') {
    const N = roundHalfEven(en);
    if (N < 1) return NaN; // scipy: kstwo needs n ≥ 1 (only n1 = n2 = 1 rounds to 0)
    return kstwoSf(d, N);
  }
  const z = Math.sqrt(en) * d;
  const expt = -2 * z ** 2 - (2 * z * (m + 2 * n)) / Math.sqrt(m * n * (m + n)) / 3.0;
  return Math.exp(expt);
}

/**
 * Two-sample Kolmogorov–Smirnov test, agreeing with scipy.stats.ks_2samp (statistic, p-value,
 * method choice, statistic location and sign). NaN values are rejected (RangeError): count missing
 * values separately.
 */
export function ks2samp(a: Numbers, b: Numbers, opts: Ks2sampOptions = {}): Ks2sampResult {
  const alternative = opts.alternative ?? 'two-sided';
  let method: KsMethod = opts.method ?? 'auto';
  if (!['two-sided', 'less', 'greater'].includes(alternative))
    throw new RangeError(`unknown alternative '${alternative}': use two-sided, less or greater`);
  if (!['auto', 'exact', 'asymp'].includes(method)) throw new RangeError(`unknown method '${method}': use auto, exact or asymp`);
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('ks2samp needs two non-empty samples');
  const sa = sortedCopy(a, 'first sample', opts.sorted === true);
  const sb = sortedCopy(b, 'second sample', opts.sorted === true);
  const ex = ecdfExtremes(sa, sb);
  const minS = Math.min(Math.max(-ex.min, 0), 1);
  const maxS = ex.max;
  let d: number;
  let loc: number;
  let sign: 1 | -1;
  if (alternative === 'less' || (alternative === 'two-sided' && minS > maxS)) {
    d = minS;
    loc = ex.minLoc;
    sign = -1;
  } else {
    d = maxS;
    loc = ex.maxLoc;
    sign = 1;
  }
  const g = gcd(n1, n2);
  const n1g = n1 / g;
  const n2g = n2 / g;
  let fallback: string | undefined;
  if (method === 'auto') method = Math.max(n1, n2) <= MAX_AUTO_N ? 'exact' : 'asymp';
  else if (method === 'exact' && n1g >= INT32_MAX / n2g) {
    method = 'asymp';
    fallback = `exact calculation not possible with sample sizes ${n1} and ${n2} (lcm too large)`;
  }
  let p = -Infinity;
  if (method === 'exact') {
    const r = attemptExact(n1, n2, g, d, alternative);
    d = r.d;
    if (r.ok) p = r.p;
    else {
      method = 'asymp';
      fallback = 'exact calculation unsuccessful (overflow); used the asymptotic distribution';
    }
  }
  if (method === 'asymp') p = asymptoticP(n1, n2, d, alternative);
  p = Number.isNaN(p) ? p : Math.min(Math.max(p, 0), 1);
  const result: Ks2sampResult = { statistic: d, pvalue: p, method, statisticLocation: loc, statisticSign: sign };
  if (fallback) result.exactFallback = fallback;
  return result;
}
