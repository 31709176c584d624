/**
 * Distributions of Kolmogorov–Smirnov statistics, chosen region by region as scipy does:
 *
 * - `kolmogorovSf` / `kolmogorovCdf`: Kolmogorov's limiting distribution of √n·D_n
 *   (scipy.stats.kstwobign, scipy.special.kolmogorov): the two Jacobi-theta series, switching at
 *   x = 0.82.
 * - `smirnovSf(n, d)`: the exact one-sided distribution P(D_n⁺ ≥ d) (Smirnov 1944, Birnbaum &
 *   Tingey 1951), a sum of positive binomial-like terms each evaluated with Loader's saddle-point
 *   method; for n > 10⁶ the approximation exp(-(6nd+1)² / 18n) as scipy.special.smirnov.
 * - `kstwoSf(d, n)` / `kstwoCdf(d, n)`: the exact two-sided one-sample distribution of D_n
 *   (scipy.stats.kstwo) with the algorithm selection of Simard & L'Ecuyer (2011): Ruben–Gambino
 *   closed forms at the ends, Durbin's matrix (Marsaglia–Tsang–Wang), Pomeranz's recursion,
 *   2·smirnov for the upper tail, Pelz–Good's asymptotic series for large n.
 */
import { bd0, binomPmf, LN_SQRT_2PI, SQRT_2PI, stirlerr, twoProduct } from './special.ts';

const EPS = 2.220446049250313e-16;
const MINLOG = -708.3964185322641; // ln(2^-1022)
const TWO128 = 2 ** 128;
const TWOM128 = 2 ** -128;

const clip01 = (p: number): number => (p < 0 ? 0 : Math.min(p, 1));

// ---------------------------------------------------------------------------------------------
// Kolmogorov's limiting distribution (kstwobign)

function kolmogorovBoth(x: number): { sf: number; cdf: number } {
  if (Number.isNaN(x)) return { sf: NaN, cdf: NaN };
  // Below π/√(8·746) the first term of the small-x series underflows.
  if (x <= Math.PI / Math.sqrt(8 * 746)) return { sf: 1, cdf: 0 };
  if (x <= 0.82) {
    // K(x) = √(2π)/x · Σ_{k≥1} exp(-(2k-1)² π² / (8x²)); four terms suffice below 0.82.
    const w = SQRT_2PI / x;
    const logu8 = (-Math.PI * Math.PI) / (x * x);
    const u = Math.exp(logu8 / 8);
    let cdf: number;
    if (u === 0) {
      cdf = Math.exp(logu8 / 8 + Math.log(w));
    } else {
      const u8 = Math.exp(logu8);
      // Σ u^((2k-1)²) = u·(1 + u^8 + u^24 + u^48 + …), nested as 1 + u^8(1 + u^16(1 + u^24))
      let s = 1 + u8 * u8 * u8;
      s = 1 + u8 * u8 * s;
      s = 1 + u8 * s;
      cdf = w * u * s;
    }
    return { sf: clip01(1 - cdf), cdf: clip01(cdf) };
  }
  // 1 - K(x) = 2 Σ_{k≥1} (-1)^(k-1) exp(-2k²x²) = 2v(1 - v³(1 - v⁵(1 - v⁷(...)))), v = exp(-2x²).
  const v = Math.exp(-2 * x * x);
  const v3 = v * v * v;
  let p = 1 - v3 * v3 * v;
  p = 1 - v3 * v * v * p;
  p = 1 - v3 * p;
  const sf = 2 * v * p;
  return { sf: clip01(sf), cdf: clip01(1 - sf) };
}

/** P(K > x) for Kolmogorov's limiting distribution (scipy.special.kolmogorov, kstwobign.sf). */
export function kolmogorovSf(x: number): number {
  if (x <= 0) return 1;
  return kolmogorovBoth(x).sf;
}

/** P(K ≤ x) for Kolmogorov's limiting distribution (scipy.special.kolmogc, kstwobign.cdf). */
export function kolmogorovCdf(x: number): number {
  if (x <= 0) return 0;
  return kolmogorovBoth(x).cdf;
}

// ---------------------------------------------------------------------------------------------
// Smirnov's one-sided distribution

/**
 * P(D_n⁺ ≥ d), the exact one-sided one-sample KS survival function (scipy.special.smirnov).
 *
 * sf = d · Σ_{v=0}^{⌊n(1-d)⌋} C(n,v) (d + v/n)^(v-1) (1 - d - v/n)^(n-v); each term is
 * binomPmf(v; n, p = d + v/n) / p, all positive, so the sum keeps full relative precision.
 */
export function smirnovSf(n: number, d: number): number {
  if (!(n > 0 && d >= 0 && d <= 1) || !Number.isInteger(n)) return NaN;
  if (n === 1) return 1 - d;
  if (d === 0) return 1;
  if (d === 1) return 0;
  // n·d exactly, as hi + lo, to get ⌊n d⌋ and its fractional part right.
  const [nxHi, nxLo] = twoProduct(n, d);
  let nxfl = Math.floor(nxHi);
  if (nxfl === nxHi && nxLo < 0) nxfl -= 1;
  const alpha = nxHi - nxfl + nxLo; // fractional part of n·d, in [0, 1)
  if (nxfl === 0 || (nxfl === 1 && alpha === 0)) {
    // d ≤ 1/n: cdf = d (1 + d)^(n-1)
    return clip01(1 - d * Math.pow(1 + d, n - 1));
  }
  if (-2 * n * d * d < MINLOG) return 0;
  if (nxfl >= n - 1) return clip01(Math.pow(1 - d, n));
  if (n > 1_000_000) {
    const logp = -Math.pow(6 * n * d + 1, 2) / 18 / n;
    return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
  }
  // Terms v = 0..⌊n(1-d)⌋. When n·d is not an integer that is n - ⌊nd⌋ - 1; when it is, the last
  // term (d + v/n = 1) is zero and is left out, which gives the same bound.
  const vmax = n - nxfl - 1;
  let sum = 0;
  let peaked = false;
  let prev = 0;
  const sN = stirlerr(n);
  const log2pi = Math.log(2 * Math.PI);
  for (let v = 0; v <= vmax; v++) {
    // n·p = n·d + v and n·q = n - v - n·d, computed from the exact product.
    const np = nxHi + v + nxLo;
    const nq = n - v - nxHi - nxLo;
    const p = np / n;
    // binomPmf(v; n, p) / p, inlined with stirlerr(n) hoisted out of the loop.
    let pmf: number;
    if (v === 0) pmf = binomPmf(0, n, p, nq / n, np, nq);
    else {
      const lc = sN - stirlerr(v) - stirlerr(n - v) - bd0(v, np) - bd0(n - v, nq);
      pmf = Math.exp(lc - 0.5 * (log2pi + Math.log(v) + Math.log1p(-v / n)));
    }
    const term = pmf / p;
    sum += term;
    if (term < prev) peaked = true;
    prev = term;
    if (peaked && 4 * (vmax - v + 1) * term < EPS * sum) break;
  }
  return clip01(d * sum);
}

// ---------------------------------------------------------------------------------------------
// Two-sided one-sample distribution (kstwo)

/** ln(n! / n^n) by Stirling's series with n·ln n removed up front. */
function logNFactorialOverNPowN(n: number): number {
  // ln n! - n ln n = ½ ln n - n + ln √(2π) + Σ B_2j / (2j(2j-1) n^(2j-1))
  const coeffs = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];
  const r = 1 / n;
  const r2 = r * r;
  let s = 0;
  for (let j = coeffs.length - 1; j >= 0; j--) s = s * r2 + coeffs[j]!;
  return Math.log(n) / 2 - n + LN_SQRT_2PI + s * r;
}

/** P(D_n ≤ d) by Durbin's matrix method as evaluated by Marsaglia, Tsang & Wang (2003). */
function durbinMatrixCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  // H[i][j] = 1/(i-j+1)! for i-j+1 ≥ 0, with the first column and last row corrected by h.
  const H = new Float64Array(m * m);
  const invFact = new Float64Array(m + 1);
  invFact[0] = 1;
  for (let j = 1; j <= m; j++) invFact[j] = invFact[j - 1]! / j;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      if (i - j + 1 >= 0) H[i * m + j] = invFact[i - j + 1]!;
    }
  }
  let hp = 1;
  for (let i = 0; i < m; i++) {
    hp *= h;
    H[i * m] = H[i * m]! - hp * invFact[i + 1]!; // first column: (1 - h^(i+1)) / (i+1)!
    H[(m - 1) * m + (m - 1 - i)] = H[(m - 1) * m + (m - 1 - i)]! - hp * invFact[i + 1]!; // last row, mirrored
  }
  // The corner got h^m/m! subtracted twice; add back (2h-1)^m/m! when 2h > 1.
  if (2 * h - 1 > 0) H[(m - 1) * m] = H[(m - 1) * m]! + Math.pow(2 * h - 1, m) * invFact[m]!;

  // P = n!/n^n · (H^n)[k-1][k-1]. Binary powering: square P_i = H^(2^i) and multiply the row
  // vector e_{k-1} by the P_i for the bits of n that are set (the powers commute), so only the
  // squarings are matrix products. Binary exponents are kept apart to stay in range.
  const row = new Float64Array(m);
  row[k - 1] = 1;
  let rowExp = 0;
  let P = H;
  let pExp = 0;
  let e = n;
  let sq = new Float64Array(m * m);
  const nextRow = new Float64Array(m);
  while (e > 0) {
    if (e & 1) {
      nextRow.fill(0);
      for (let l = 0; l < m; l++) {
        const r = row[l]!;
        if (r === 0) continue;
        const o = l * m;
        for (let j = 0; j < m; j++) nextRow[j] = nextRow[j]! + r * P[o + j]!;
      }
      row.set(nextRow);
      rowExp += pExp;
      let big = 0;
      for (let j = 0; j < m; j++) big = Math.max(big, Math.abs(row[j]!));
      if (big > TWO128) {
        for (let j = 0; j < m; j++) row[j] = row[j]! * TWOM128;
        rowExp += 128;
      }
    }
    e = Math.floor(e / 2);
    if (e === 0) break;
    sq.fill(0);
    for (let i = 0; i < m; i++) {
      const oi = i * m;
      for (let l = 0; l < m; l++) {
        const a = P[oi + l]!;
        if (a === 0) continue;
        const ol = l * m;
        for (let j = 0; j < m; j++) sq[oi + j] = sq[oi + j]! + a * P[ol + j]!;
      }
    }
    [P, sq] = [sq, P === H ? new Float64Array(m * m) : P];
    pExp *= 2;
    let big = 0;
    for (let i = 0; i < P.length; i++) big = Math.max(big, Math.abs(P[i]!));
    if (big > TWO128) {
      for (let i = 0; i < P.length; i++) P[i] = P[i]! * TWOM128;
      pExp += 128;
    }
  }
  let resultExp = rowExp;
  let p = row[k - 1]!;
  // Multiply by n!/n^n, rescaling to stay in range.
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < TWOM128) {
      p *= TWO128;
      resultExp -= 128;
    }
  }
  return clip01(p * Math.pow(2, resultExp));
}

/**
 * P(D_n ≤ d) by Pomeranz's recursion (1974) over the breakpoints of the band |N(s) - s| ≤ t,
 * t = n·d, with N the count of the n uniform points (scaled to [0, n]) at or below s.
 *
 * Poissonised: between breakpoints A_i < A_{i+1} the count grows by j with weight Δ^j / j!
 * (Δ = (A_{i+1} - A_i)/n here, so the final factor is n! instead of n!/n^n). The breakpoints are
 * 0, g, 1-g, 1+g, 2-g, …, n-g, n with g = min(f, 1-f), f = frac(t), so the steps are
 * g, 1-2g, 2g, 1-2g, …, 2g, 1-2g, g.
 */
function pomeranzCdf(n: number, d: number): number {
  const t = n * d;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const fHigh = f >= 0.5 ? 1 : 0;
  const fLow = f < 0.5 ? 1 : 0;
  const maxPow = 2 * (ll + 2) + 2;
  const powers = (delta: number): Float64Array => {
    const out = new Float64Array(maxPow);
    out[0] = 1;
    const r = delta / n;
    for (let j = 1; j < maxPow; j++) out[j] = (out[j - 1]! * r) / j;
    return out;
  };
  const pg = powers(g);
  const p2g = powers(2 * g);
  const p12g = powers(1 - 2 * g);

  // Bounds of the interval that ends at breakpoint index i (1-based, i = 2..2n+2) and of the one
  // that starts there: N(A_i) ≤ U(interval before) and N(A_i) ≥ L(interval after).
  // Interval r (between A_r and A_{r+1}), r = 1..2n+1:
  //   r = 1: (0, g): L ≤ 0, U = ll
  //   r = 2k (k = 1..n): (k-1+g, k-g), midpoint k - ½: L = k - ll - [f ≥ ½], U = k + ll - [f < ½]
  //   r = 2k+1 (k = 1..n-1): (k-g, k+g), midpoint k: L = k - ll, U = k + ll
  //   r = 2n+1: (n-g, n): L = n - ll, U ≥ n
  const lower = (r: number): number => {
    if (r === 1) return 0;
    if (r === 2 * n + 1) return n - ll;
    if (r % 2 === 0) return r / 2 - ll - fHigh;
    return (r - 1) / 2 - ll;
  };
  const upper = (r: number): number => {
    if (r === 1) return ll;
    if (r === 2 * n + 1) return n;
    if (r % 2 === 0) return r / 2 + ll - fLow;
    return (r - 1) / 2 + ll;
  };

  let cur = new Float64Array(n + 1);
  let next = new Float64Array(n + 1);
  cur[0] = 1;
  let lo = 0;
  let hi = 0;
  let expo = 0;
  for (let r = 1; r <= 2 * n + 1; r++) {
    const pw = r === 1 || r === 2 * n + 1 ? pg : r % 2 === 0 ? p12g : p2g;
    // Valid counts at breakpoint r+1.
    const nlo = Math.max(0, r + 1 <= 2 * n + 1 ? lower(r + 1) : n);
    const nhi = Math.min(n, upper(r));
    if (nhi < nlo) return 0;
    next.fill(0);
    let max = 0;
    for (let j = nlo; j <= nhi; j++) {
      let s = 0;
      const kmax = Math.min(j, hi);
      for (let kk = lo; kk <= kmax; kk++) {
        const gap = j - kk;
        if (gap < maxPow) s += cur[kk]! * pw[gap]!;
      }
      next[j] = s;
      if (s > max) max = s;
    }
    if (max > 0 && max < TWOM128) {
      for (let j = nlo; j <= nhi; j++) next[j] = next[j]! * TWO128;
      expo -= 128;
    }
    [cur, next] = [next, cur];
    lo = nlo;
    hi = nhi;
  }
  let ans = cur[n]!;
  for (let i = 1; i <= n; i++) {
    if (Math.abs(ans) > TWO128) {
      ans *= TWOM128;
      expo += 128;
    }
    ans *= i;
  }
  return clip01(ans * Math.pow(2, expo));
}

/**
 * Pelz & Good (1976) asymptotic series for P(D_n ≤ d): Li-Chien/Korolyuk's expansion
 * K0 + K1/√n + K2/n + K3/n^1.5 in z = d√n, rewritten with the Jacobi theta transformation so it
 * converges for small z.
 */
function pelzGoodCdf(n: number, d: number): number {
  if (d <= 0) return 0;
  if (d >= 1) return 1;
  const z = Math.sqrt(n) * d;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const pi2 = Math.PI * Math.PI;
  const pi4 = pi2 * pi2;
  const pi6 = pi4 * pi2;
  const qlog = -pi2 / 8 / z2;
  if (qlog < -708) return 0;
  const q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = pi2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * pi2) / 4;
  const k2c = (pi4 * (1 - 2 * z2)) / 16;
  const k3d = (pi6 * (5 - 30 * z2)) / 64;
  const k3c = (pi4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (pi2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z4 * z4;
  // Σ_{k≥1} c_k(m) q^(m²), m = 2k-1, by a Horner scheme in q^8k.
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k >= 1; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qp = Math.pow(q, 8 * k);
    s0 = s0 * qp + 1;
    s1 = s1 * qp + (k1a + k1b * m2);
    s2 = s2 * qp + (k2a + k2b * m2 + k2c * m4);
    s3 = s3 * qp + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
  }
  const f = q * SQRT_2PI;
  const K0 = (s0 * f) / z;
  let K1 = (s1 * f) / (6 * z4);
  let K2 = (s2 * f) / (72 * z4 * z2 * z);
  let K3 = (s3 * f) / (6480 * z4 * z6);
  // Terms of K2 and K3 summed over all integers k with q' = exp(-π²/(2z²)).
  const qq = Math.exp(-pi2 / 2 / z2);
  let e2 = 0;
  let e3 = 0;
  const sqrt3z = Math.sqrt(3) * z;
  for (let k = maxk; k >= 1; k--) {
    const k2 = k * k;
    const w = Math.pow(qq, k2);
    e2 += k2 * w;
    const kpi = Math.PI * k;
    e3 += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * w;
  }
  K2 += (e2 * pi2 * SQRT_2PI) / (-36 * z2 * z);
  K3 += (e3 * pi2 * SQRT_2PI) / (216 * z6);
  K1 /= Math.sqrt(n);
  K2 /= n;
  K3 /= n * Math.sqrt(n);
  return K0 + K1 + K2 + K3;
}

function kolmogn(n: number, x: number, wantCdf: boolean): number {
  const pick = (cdf: number, sf: number): number => clip01(wantCdf ? cdf : sf);
  if (Number.isNaN(n) || Number.isNaN(x)) return NaN;
  if (!Number.isInteger(n) || n <= 0) return NaN;
  if (x >= 1) return pick(1, 0);
  if (x <= 0) return pick(0, 1);
  const t = n * x;
  if (t <= 1) {
    // Ruben–Gambino: 1/(2n) ≤ x ≤ 1/n, P(D_n ≤ x) = n!/n^n (2t - 1)^n.
    if (t <= 0.5) return pick(0, 1);
    let prob: number;
    if (n <= 140) {
      prob = 1;
      const w = 2 * t - 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * w;
    } else {
      prob = Math.exp(logNFactorialOverNPowN(n) + n * Math.log(2 * t - 1));
    }
    return pick(prob, 1 - prob);
  }
  if (t >= n - 1) {
    // Ruben–Gambino: P(D_n ≥ x) = 2 (1 - x)^n for x ≥ 1 - 1/n.
    const prob = 2 * Math.pow(1 - x, n);
    return pick(1 - prob, prob);
  }
  if (x >= 0.5) {
    // The two one-sided events are disjoint: P(D_n ≥ x) = 2 P(D_n⁺ ≥ x).
    const prob = 2 * smirnovSf(n, x);
    return pick(1 - prob, prob);
  }
  const nxx = t * x;
  if (n <= 140) {
    if (nxx <= 0.754693) {
      const c = durbinMatrixCdf(n, x);
      return pick(c, 1 - c);
    }
    if (nxx <= 4) {
      const c = pomeranzCdf(n, x);
      return pick(c, 1 - c);
    }
    const prob = 2 * smirnovSf(n, x);
    return pick(1 - prob, prob);
  }
  if (!wantCdf) {
    if (nxx >= 370) return 0;
    if (nxx >= 2.2) return clip01(2 * smirnovSf(n, x));
  }
  let c: number;
  if (nxx >= 18) c = 1;
  else if (n <= 100000 && n * Math.pow(x, 1.5) <= 1.4) c = durbinMatrixCdf(n, x);
  else c = pelzGoodCdf(n, x);
  return pick(c, 1 - c);
}

/** P(D_n > d) for the two-sided one-sample KS statistic (scipy.stats.kstwo.sf(d, n)). */
export function kstwoSf(d: number, n: number): number {
  if (!Number.isInteger(n) || n < 1) return NaN;
  if (d <= 0.5 / n) return 1;
  if (d >= 1) return 0;
  return kolmogn(n, d, false);
}

/** P(D_n ≤ d) for the two-sided one-sample KS statistic (scipy.stats.kstwo.cdf(d, n)). */
export function kstwoCdf(d: number, n: number): number {
  if (!Number.isInteger(n) || n < 1) return NaN;
  if (d <= 0.5 / n) return 0;
  if (d >= 1) return 1;
  return kolmogn(n, d, true);
}
