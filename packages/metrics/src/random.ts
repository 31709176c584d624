/**
 * The seeded generator behind the bootstrap. It is written here rather than taken from a library
 * because its exact algorithm is part of the reproducibility promise: a rerun, or anyone with the few
 * lines below in another language (test/fixtures/metrics/reference/significance.py does it in Python),
 * draws the same resamples and gets the same confidence intervals.
 *
 * - state: four 32-bit words from splitmix32 applied to the seed;
 * - generator: xoshiro128** (Blackman and Vigna), 32-bit output;
 * - an index in [0, n): Lemire's multiply-and-shift, unbiased — m = x·n as a 64-bit product, redraw x
 *   while (m mod 2^32) < (2^32 − n) mod n, then the index is ⌊m / 2^32⌋. (No division per draw: a
 *   modulo of a 32-bit unsigned number is a floating-point fmod in JavaScript, 8× slower.)
 */
export interface Rng {
  /** A uniform 32-bit unsigned integer. */
  next(): number;
  /** A uniform integer in [0, n), n ≥ 1. */
  index(n: number): number;
  /** Fills `out` with uniform integers in [0, n): the same numbers as out.length calls of index(n), faster. */
  indices(out: Uint32Array, n: number): void;
}

function splitmix32(state: { x: number }): number {
  state.x = (state.x + 0x9e3779b9) >>> 0;
  let z = state.x;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad) >>> 0;
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97) >>> 0;
  return (z ^ (z >>> 15)) >>> 0;
}

const TWO32 = 4294967296;
const INV32 = 1 / TWO32;

/**
 * The 64-bit product x·n (x < 2^32, n ≤ 2^32) as its high and low 32-bit words, exactly, in doubles:
 * x is split in 16-bit halves so that no partial product exceeds 2^53.
 */
function mulHigh(x: number, n: number): number {
  const p1 = (x >>> 16) * n; // < 2^48
  const a1 = Math.floor(p1 * (1 / 65536));
  const s = (p1 - a1 * 65536) * 65536 + (x & 0xffff) * n; // < 2^49
  return a1 + Math.floor(s * INV32);
}

function mulLow(x: number, n: number): number {
  const p1 = (x >>> 16) * n;
  const s = (p1 - Math.floor(p1 * (1 / 65536)) * 65536) * 65536 + (x & 0xffff) * n;
  return s - Math.floor(s * INV32) * TWO32;
}

export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`seed must be an integer in [0, 2^32), got ${seed}`);
  const sm = { x: seed >>> 0 };
  let s0 = splitmix32(sm);
  let s1 = splitmix32(sm);
  let s2 = splitmix32(sm);
  let s3 = splitmix32(sm);
  const next = (): number => {
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };
  return {
    next,
    index(n: number): number {
      const threshold = (TWO32 - n) % n;
      let x = next();
      while (mulLow(x, n) < threshold) x = next();
      return mulHigh(x, n);
    },
    indices(out: Uint32Array, n: number): void {
      // The generator inlined on local copies of the state: the bootstrap's hot loop.
      const threshold = (TWO32 - n) % n;
      let a = s0;
      let b = s1;
      let c = s2;
      let d = s3;
      // Below 2^21 the product x·n < 2^53 is exact as it is; above, it is split (as mulHigh does).
      const small = n <= 2097152;
      for (let i = 0; i < out.length; ) {
        const m = Math.imul(b, 5);
        const x = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
        const t = b << 9;
        c ^= a;
        d ^= b;
        b ^= c;
        a ^= d;
        c ^= t;
        d = (d << 11) | (d >>> 21);
        if (small) {
          const p = x * n;
          const hi = Math.floor(p * INV32);
          if (p - hi * TWO32 >= threshold) out[i++] = hi;
        } else {
          const p1 = (x >>> 16) * n;
          const a1 = Math.floor(p1 * (1 / 65536));
          const sum = (p1 - a1 * 65536) * 65536 + (x & 0xffff) * n;
          const hi = Math.floor(sum * INV32);
          if (sum - hi * TWO32 >= threshold) out[i++] = a1 + hi;
        }
      }
      s0 = a;
      s1 = b;
      s2 = c;
      s3 = d;
    },
  };
}
