/**
 * Special functions the tests need, written for relative accuracy in the tails (about 1e-14 where
 * the value is representable): log-gamma, the regularized incomplete gamma functions P and Q, and
 * from them the chi-square and normal distributions.
 *
 * Method (see README.md): the prefactor x^a e^-x / Γ(a) is computed as
 * sqrt(a / 2π) · exp(-a·(λ - 1 - ln λ) - stirlerr(a)) with λ = x / a, which avoids the cancellation
 * of a·ln x against x and ln Γ(a) for large a; P comes from its power series when x < a + 1 and Q
 * from its continued fraction (modified Lentz) otherwise; the other one is 1 minus it, which is at
 * least about 0.08 in that region, so no relative precision is lost.
 */

export const LN_SQRT_2PI = 0.91893853320467274178032973640561764;
export const SQRT_2PI = 2.5066282746310005024157652848110452;
const EPS = 2.220446049250313e-16;

/**
 * Stirling's series coefficients B_2j / (2j (2j-1)), j = 1..8 (Bernoulli numbers).
 * stirlerr(x) = ln Γ(x+1) - (x + 1/2) ln x + x - ln √(2π) ~ Σ c_j / x^(2j-1).
 */
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];

function stirlingSeries(x: number): number {
  const r = 1 / x;
  const r2 = r * r;
  let s = 0;
  for (let j = STIRLING.length - 1; j >= 0; j--) s = s * r2 + STIRLING[j]!;
  return s * r;
}

/**
 * The error of Stirling's formula for ln Γ(x+1) (Loader's "stirlerr"), x > 0. Above 15 the
 * asymptotic series is exact to double precision; below, the recurrence
 * stirlerr(x) = stirlerr(x+1) + (x + 1/2)·ln(1 + 1/x) - 1 keeps the absolute error near 1e-16.
 */
export function stirlerr(x: number): number {
  if (!(x > 0)) return x === 0 ? Infinity : NaN;
  if (x > 35) {
    // Fewer terms for larger x (Loader): the first omitted term is below 3e-17 in absolute value.
    const r = 1 / x;
    const r2 = r * r;
    if (x > 500) return (1 / 12 - r2 / 360) * r;
    if (x > 80) return (1 / 12 - (1 / 360 - r2 / 1260) * r2) * r;
    return (1 / 12 - (1 / 360 - (1 / 1260 - r2 / 1680) * r2) * r2) * r;
  }
  if (x >= 15) return stirlingSeries(x);
  let acc = 0;
  let m = x;
  while (m < 15) {
    acc += (m + 0.5) * Math.log1p(1 / m) - 1;
    m += 1;
  }
  return acc + stirlingSeries(m);
}

/** ln Γ(x) for x > 0, absolute error about 1e-15 (relative where |ln Γ| is not near 0). */
export function lgamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) return x === 0 ? Infinity : NaN;
  if (x === Infinity) return Infinity;
  if (x === 1 || x === 2) return 0;
  return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlerr(x);
}

/** Γ(x) for x > 0. */
export function gamma(x: number): number {
  return Math.exp(lgamma(x));
}

/** log(1 + t) - t, accurate for small |t| too; t > -1. */
export function log1pmx(t: number): number {
  if (Math.abs(t) < 0.25) {
    // -t²/2 + t³/3 - t⁴/4 + ...: converges like 0.25^k.
    let term = t;
    let sum = 0;
    for (let k = 2; k < 80; k++) {
      term *= -t;
      const add = term / k;
      sum += add;
      if (Math.abs(add) <= EPS * Math.abs(sum)) break;
    }
    return sum;
  }
  return Math.log1p(t) - t;
}

/**
 * Loader's deviance term bd0(x, m) = x·ln(x/m) + m - x ≥ 0, computed without cancellation when
 * x is close to m.
 */
export function bd0(x: number, m: number): number {
  if (x === 0) return m;
  const d = x - m;
  if (Math.abs(d) < 0.1 * (x + m)) {
    // x ln(x/m) + m - x = d·v + 2x(v³/3 + v⁵/5 + ...), v = d / (x + m).
    const v = d / (x + m);
    const v2 = v * v;
    let s = d * v;
    let ej = 2 * x * v;
    for (let j = 1; j < 1000; j++) {
      ej *= v2;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}

/** x^a e^-x / Γ(a), a > 0, x ≥ 0. */
export function gammaPrefactor(a: number, x: number): number {
  if (x === 0) return 0;
  if (x === Infinity) return 0;
  // a·(λ - 1 - ln λ) with λ = x/a: through log1pmx when λ is near 1 (cancellation), directly
  // otherwise (then λ itself, not 1 + t, must carry the precision).
  const lam = x / a;
  const aphi = Math.abs(lam - 1) < 0.25 ? -a * log1pmx((x - a) / a) : a * (lam - 1 - Math.log(lam));
  return Math.sqrt(a / (2 * Math.PI)) * Math.exp(-aphi - stirlerr(a));
}

const MAX_ITER = 10_000_000;

/** P(a, x) by its power series; good for x < a + 1. */
function gammaPSeries(a: number, x: number): number {
  const fac = gammaPrefactor(a, x);
  if (fac === 0) return 0;
  let term = 1;
  let sum = 1;
  for (let k = 1; k < MAX_ITER; k++) {
    term *= x / (a + k);
    sum += term;
    if (term <= sum * EPS * 0.5) break;
  }
  return (fac / a) * sum;
}

/** Q(a, x) by its continued fraction (modified Lentz); good for x ≥ a + 1. */
function gammaQFraction(a: number, x: number): number {
  const fac = gammaPrefactor(a, x);
  if (fac === 0) return 0;
  const tiny = 1e-300;
  // Q = fac · 1/(x+1-a- 1(1-a)/(x+3-a- 2(2-a)/(x+5-a- ...)))
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= EPS) break;
  }
  return fac * h;
}

/** Regularized lower incomplete gamma P(a, x) = γ(a, x) / Γ(a). */
export function gammaP(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || !(a > 0) || x < 0) return NaN;
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  if (x < a + 1) return gammaPSeries(a, x);
  return 1 - gammaQFraction(a, x);
}

/** Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a) = 1 - P(a, x). */
export function gammaQ(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || !(a > 0) || x < 0) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  if (x < a + 1) return 1 - gammaPSeries(a, x);
  return gammaQFraction(a, x);
}

/** Survival function of the chi-square distribution (scipy.stats.chi2.sf = special.chdtrc). */
export function chi2Sf(x: number, df: number): number {
  if (Number.isNaN(x) || Number.isNaN(df)) return NaN;
  if (!(df > 0)) return NaN;
  if (x <= 0) return 1;
  return gammaQ(df / 2, x / 2);
}

/** Cumulative distribution function of the chi-square distribution. */
export function chi2Cdf(x: number, df: number): number {
  if (Number.isNaN(x) || Number.isNaN(df)) return NaN;
  if (!(df > 0)) return NaN;
  if (x <= 0) return 0;
  return gammaP(df / 2, x / 2);
}

/** Complementary error function, relative accuracy ~1e-14 for all x (erfc(z) = Q(1/2, z²)). */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  return gammaQ(0.5, x * x);
}

/** Error function. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return -erf(-x);
  return gammaP(0.5, x * x);
}

/** Survival function of the standard normal distribution (scipy.stats.norm.sf), precise in the upper tail. */
export function normSf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 1;
  if (x >= 0) return 0.5 * gammaQ(0.5, (x * x) / 2);
  return 0.5 + 0.5 * gammaP(0.5, (x * x) / 2);
}

/** Cumulative distribution function of the standard normal distribution (scipy.stats.norm.cdf). */
export function normCdf(x: number): number {
  return normSf(-x);
}

/**
 * Binomial probability mass C(n, k) p^k q^(n-k) by Loader's saddle-point method (accurate to about
 * 1e-14 relative for any n), with np = n·p and nq = n·q passed in precisely by the caller.
 */
export function binomPmf(k: number, n: number, p: number, q: number, np = n * p, nq = n * q): number {
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return k === n ? 1 : 0;
  if (k === 0) {
    if (n === 0) return 1;
    return p < 0.1 ? Math.exp(-bd0(n, nq) - np) : Math.exp(n * Math.log(q));
  }
  if (k === n) return q < 0.1 ? Math.exp(-bd0(n, np) - nq) : Math.exp(n * Math.log(p));
  if (k < 0 || k > n) return 0;
  const lc = stirlerr(n) - stirlerr(k) - stirlerr(n - k) - bd0(k, np) - bd0(n - k, nq);
  const lf = Math.log(2 * Math.PI) + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(lc - 0.5 * lf);
}

/** Exact product a·b = hi + lo (Dekker / Veltkamp splitting, no FMA needed). */
export function twoProduct(a: number, b: number): [number, number] {
  const hi = a * b;
  const split = 134217729; // 2^27 + 1
  let t = split * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = split * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const lo = ah * bh - hi + ah * bl + al * bh + al * bl;
  return [hi, lo];
}

/** Round half to even, as numpy's np.round. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0) return r - 1;
  return r;
}

/**
 * Binomial coefficient C(n, k) as scipy.special.binom evaluates it for non-negative integers:
 * the product formula for k < 20 (after k → min(k, n-k)), which is exact-ish and identical to
 * scipy's loop; an accurate log-space evaluation otherwise. Returns Infinity on overflow.
 */
export function binom(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let kx = k;
  if (kx > n / 2 && n > 0) kx = n - kx;
  if (kx < 20) {
    let num = 1;
    let den = 1;
    for (let i = 1; i <= kx; i++) {
      num *= i + n - kx;
      den *= i;
      if (Math.abs(num) > 1e50) {
        num /= den;
        den = 1;
      }
    }
    return num / den;
  }
  // ln C(n, k) = stirlerr(n) - stirlerr(k) - stirlerr(n-k) - ½ ln(2π k (n-k)/n) + n·H, written
  // with bd0 so that no large terms cancel.
  const m = n - kx;
  const logc =
    stirlerr(n) -
    stirlerr(kx) -
    stirlerr(m) -
    0.5 * (Math.log(2 * Math.PI) + Math.log(kx) + Math.log1p(-kx / n)) +
    kx * Math.log(n / kx) +
    m * Math.log(n / m);
  return Math.exp(logc);
}
