/**
 * Exact, order-independent sums for mergeable profiles. A shard's mean and spread must come out the
 * same, bit for bit, whether the data was profiled in one job or in 3 or 8 shards merged in any
 * order; floating-point running sums (Welford, Chan) round differently for each split.
 *
 * `ExactSum` keeps a sum as Shewchuk's non-overlapping partials (the `msum` of Python's
 * `math.fsum`, Shewchuk 1997, "Adaptive Precision Floating-Point Arithmetic and Fast Robust
 * Geometric Predicates"): adding a double or another sum is exact, so the partials always represent
 * the exact real sum, and `value()` rounds that real number once (correctly, as `math.fsum`) — a
 * function of the exact sum only, whatever the order or grouping of the additions.
 *
 * Squares are added exactly too (x² = hi + lo by Dekker's product), so the sum of squared deviations
 * n·Σx² − (Σx)² is computed exactly and rounded once. When a sum or product would overflow (values
 * beyond about 1e154 squared), the sum says so (`finite` false) and callers fall back to the
 * floating-point moments.
 */

const SPLITTER = 134217729; // 2^27 + 1

/** a·b = hi + lo exactly (Dekker/Veltkamp), as [hi, lo]; NaN parts when the product overflows. */
export function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const ca = SPLITTER * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLITTER * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  const err = ah * bh - p + ah * bl + al * bh + al * bl;
  return [p, err];
}

export class ExactSum {
  /** Non-overlapping partials, increasing magnitude: p[0 … n). */
  private p = new Float64Array(8);
  private n = 0;
  /** False once an addition overflowed (or a non-finite value was added). */
  finite = true;

  /** The partials (non-overlapping, increasing magnitude). */
  get partials(): number[] {
    return Array.from(this.p.subarray(0, this.n));
  }

  add(x: number): this {
    if (!this.finite) return this;
    if (x - x !== 0) {
      this.finite = false; // ±Infinity or NaN
      return this;
    }
    const p = this.p;
    const n = this.n;
    let i = 0;
    for (let j = 0; j < n; j++) {
      let y = p[j]!;
      if ((x < 0 ? -x : x) < (y < 0 ? -y : y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    if (x - x !== 0) {
      this.finite = false; // the sum overflowed
      return this;
    }
    if (i === p.length) {
      const grown = new Float64Array(p.length * 2);
      grown.set(p);
      this.p = grown;
    }
    this.p[i] = x;
    this.n = i + 1;
    return this;
  }

  /** Adds x² exactly (x·x = hi + lo by Dekker's product). */
  addSquare(x: number): this {
    const hi = x * x;
    const c = SPLITTER * x;
    const xh = c - (c - x);
    const xl = x - xh;
    const lo = xh * xh - hi + 2 * xh * xl + xl * xl;
    if (hi - hi !== 0 || lo - lo !== 0) {
      this.finite = false;
      return this;
    }
    return this.add(hi).add(lo);
  }

  addSum(other: ExactSum): this {
    if (!other.finite) this.finite = false;
    for (let j = 0; j < other.n; j++) this.add(other.p[j]!);
    return this;
  }

  /** The exact sum rounded once to the nearest double (ties to even), as math.fsum; NaN when not finite. */
  value(): number {
    if (!this.finite) return NaN;
    const p = this.p;
    let n = this.n;
    let hi = 0;
    let lo = 0;
    if (n > 0) {
      hi = p[--n]!;
      while (n > 0) {
        const x = hi;
        const y = p[--n]!;
        hi = x + y;
        const yr = hi - x;
        lo = y - yr;
        if (lo !== 0) break;
      }
      // Round half to even across the partials below (math.fsum's correction).
      if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
        const y = lo * 2;
        const x = hi + y;
        const yr = x - hi;
        if (y === yr) hi = x;
      }
    }
    return hi;
  }

  /**
   * The sum as partials in one canonical form (for a profile): the rounded sum, the rounded rest,
   * and so on, smallest first — a function of the exact sum only, so a merge of shard profiles writes
   * the partials one job writes. Null when the sum overflowed.
   */
  toJSON(): number[] | null {
    if (!this.finite) return null;
    const rest = new ExactSum().addSum(this);
    const out: number[] = [];
    for (let i = 0; i < 64 && rest.partials.some((x) => x !== 0); i++) {
      const v = rest.value();
      out.push(v);
      rest.add(-v);
    }
    return out.reverse();
  }

  static fromJSON(v: unknown): ExactSum | null {
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'number' && Number.isFinite(x))) return null;
    const s = new ExactSum();
    // Added one by one, not copied: a hand-edited profile cannot break the partials' invariant.
    for (const x of v as number[]) s.add(x);
    return s;
  }
}

/**
 * Mean and sum of squared deviations M2 = Σ(x − mean)² = (n·Σx² − (Σx)²)/n from the exact sums,
 * each rounded once from an exact value: the same numbers for any split of the data. Null when a
 * sum or product overflowed.
 */
export function exactMoments(n: number, sum: ExactSum, squares: ExactSum): { mean: number; m2: number } | null {
  if (n === 0) return { mean: 0, m2: 0 };
  if (!sum.finite || !squares.finite) return null;
  const num = new ExactSum();
  const s = sum.partials;
  for (const q of squares.partials) {
    const [hi, lo] = twoProduct(n, q);
    num.add(hi).add(lo);
  }
  for (const a of s) {
    for (const b of s) {
      const [hi, lo] = twoProduct(a, b);
      num.add(-hi).add(-lo);
    }
  }
  const mean = sum.value() / n;
  const m2 = Math.max(0, num.value()) / n;
  if (!Number.isFinite(mean) || !Number.isFinite(m2)) return null;
  return { mean, m2 };
}
