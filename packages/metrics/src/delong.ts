import { normSf } from '@mlops-actions/statistics';

/**
 * ROC AUC and DeLong's test for two correlated ROC curves (two models scored on the same examples),
 * by the fast algorithm of Sun & Xu (2014, "Fast implementation of DeLong's algorithm for comparing
 * the areas under correlated receiver operating characteristic curves", IEEE Signal Processing
 * Letters 21(11)): the structural components come from three mid-rankings per model, O(n log n),
 * instead of DeLong's O(m·n) pairwise comparisons. It agrees with R's pROC
 * (`roc.test(method = "delong", paired = TRUE)`, `direction = "<"`): same AUCs, Z, p-value and
 * interval of the difference (test/fixtures/metrics/reference/delong.R).
 *
 * A higher score means the positive class; ties count one half (the Mann–Whitney statistic).
 */

/** Mid-ranks (1-based, ties get the average of their ranks) of `values`, as scipy's rankdata('average'). */
export function midranks(values: Float64Array): Float64Array {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => values[a]! - values[b]!);
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]!] === values[order[i]!]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]!] = r;
    i = j + 1;
  }
  return ranks;
}

/** The DeLong structural components of one model: V10 per positive, V01 per negative, and the AUC. */
interface Components {
  auc: number;
  v10: Float64Array;
  v01: Float64Array;
}

function components(positives: Float64Array, negatives: Float64Array): Components {
  const m = positives.length;
  const n = negatives.length;
  const all = new Float64Array(m + n);
  all.set(positives);
  all.set(negatives, m);
  const tz = midranks(all);
  const tx = midranks(positives);
  const ty = midranks(negatives);
  const v10 = new Float64Array(m);
  const v01 = new Float64Array(n);
  let sum = 0;
  // V10[i]: the share of negatives a positive outscores (ties one half); V01[j]: the share of positives
  // that outscore a negative.
  for (let i = 0; i < m; i++) {
    v10[i] = (tz[i]! - tx[i]!) / n;
    sum += tz[i]!;
  }
  for (let j = 0; j < n; j++) v01[j] = 1 - (tz[m + j]! - ty[j]!) / m;
  const auc = sum / (m * n) - (m + 1) / (2 * n);
  return { auc, v10, v01 };
}

function covariance(a: Float64Array, b: Float64Array): number {
  const k = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < k; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= k;
  mb /= k;
  let s = 0;
  for (let i = 0; i < k; i++) s += (a[i]! - ma) * (b[i]! - mb);
  return s / (k - 1);
}

/** Splits scores into those of the positive and of the negative examples. */
function split(positive: ArrayLike<boolean | number>, scores: ArrayLike<number>): [Float64Array, Float64Array] {
  let m = 0;
  for (let i = 0; i < positive.length; i++) if (positive[i]) m++;
  const pos = new Float64Array(m);
  const neg = new Float64Array(positive.length - m);
  let a = 0;
  let b = 0;
  for (let i = 0; i < positive.length; i++) {
    if (positive[i]) pos[a++] = scores[i]!;
    else neg[b++] = scores[i]!;
  }
  return [pos, neg];
}

/** ROC AUC (the Mann–Whitney statistic, ties one half); NaN without a positive and a negative example. */
export function rocAuc(positive: ArrayLike<boolean | number>, scores: ArrayLike<number>): number {
  const [pos, neg] = split(positive, scores);
  if (pos.length === 0 || neg.length === 0) return NaN;
  return components(pos, neg).auc;
}

export interface DeLongResult {
  /** AUC of the baseline and the candidate. */
  baseline: number;
  candidate: number;
  /** candidate − baseline. */
  delta: number;
  /** DeLong variances of each AUC and their covariance. */
  varBaseline: number;
  varCandidate: number;
  covariance: number;
  /** Standard error of the difference. */
  se: number;
  /** Z = delta / se (0 when both are 0). */
  z: number;
  /** Two-sided p-value, 2·Φ(−|Z|). */
  pValue: number;
  /** The interval of candidate − baseline at `confidence`: delta ± z₁₋α/₂ · se. */
  ci: [number, number];
  positives: number;
  negatives: number;
}

/** The fewest positive and negative examples for DeLong's variance (it divides by m − 1 and n − 1). */
export const MIN_DELONG_CLASS = 2;

/**
 * The paired DeLong test of two models' scores on the same examples. Throws a RangeError with fewer
 * than MIN_DELONG_CLASS positives or negatives (the caller reports the test as unavailable).
 */
export function delongPaired(
  positive: ArrayLike<boolean | number>,
  baseline: ArrayLike<number>,
  candidate: ArrayLike<number>,
  confidence = 0.95,
): DeLongResult {
  const [bp, bn] = split(positive, baseline);
  const [cp, cn] = split(positive, candidate);
  const m = bp.length;
  const n = bn.length;
  if (m < MIN_DELONG_CLASS || n < MIN_DELONG_CLASS)
    throw new RangeError(
      `DeLong's test needs at least ${MIN_DELONG_CLASS} positive and ${MIN_DELONG_CLASS} negative examples, got ${m} and ${n}`,
    );
  const b = components(bp, bn);
  const c = components(cp, cn);
  const varB = covariance(b.v10, b.v10) / m + covariance(b.v01, b.v01) / n;
  const varC = covariance(c.v10, c.v10) / m + covariance(c.v01, c.v01) / n;
  const cov = covariance(b.v10, c.v10) / m + covariance(b.v01, c.v01) / n;
  const delta = c.auc - b.auc;
  const v = Math.max(0, varB + varC - 2 * cov);
  const se = Math.sqrt(v);
  const z = se === 0 ? (delta === 0 ? 0 : Math.sign(delta) * Infinity) : delta / se;
  const pValue = Math.min(1, 2 * normSf(Math.abs(z)));
  const q = normalQuantile(1 - (1 - confidence) / 2);
  return {
    baseline: b.auc,
    candidate: c.auc,
    delta,
    varBaseline: varB,
    varCandidate: varC,
    covariance: cov,
    se,
    z,
    pValue,
    ci: [delta - q * se, delta + q * se],
    positives: m,
    negatives: n,
  };
}

/**
 * The standard normal quantile (R's qnorm, scipy's norm.ppf): Wichura's algorithm AS 241 (PPND16),
 * relative accuracy about 1e-16.
 */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r + 45921.953931549871457) * r +
          13731.693765509461125) *
          r +
          1971.5909503065514427) *
          r +
          133.14166789178437745) *
          r +
          3.387132872796366608)) /
      (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r + 21213.794301586595867) * r +
        5394.1960214247511077) *
        r +
        687.1870074920579083) *
        r +
        42.313330701600911252) *
        r +
        1)
    );
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-Math.log(r));
  let x: number;
  if (r <= 5) {
    r -= 1.6;
    x =
      (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r + 1.27045825245236838258) * r +
        3.64784832476320460504) *
        r +
        5.7694972214606914055) *
        r +
        4.6303378461565452959) *
        r +
        1.42343711074968357734) /
      (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r + 0.14810397642748007459) * r +
        0.68976733498510000455) *
        r +
        1.6763848301838038494) *
        r +
        2.05319162663775882187) *
        r +
        1);
  } else {
    r -= 5;
    x =
      (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r + 0.026532189526576123093) * r +
        0.29656057182850489123) *
        r +
        1.7848265399172913358) *
        r +
        5.4637849111641143699) *
        r +
        6.6579046435011037772) /
      (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r +
        0.0148753612908506148525) *
        r +
        0.13692988092273580531) *
        r +
        0.59983220655588793769) *
        r +
        1);
  }
  return q < 0 ? -x : x;
}
