/**
 * Seeded random numbers that are the same on every run and machine: xoroshiro128+ from `pure-rand`
 * (integer arithmetic only), floats from its 53-bit `uniformFloat64`, normals by Box–Muller
 * (Math.log/cos/sqrt, which V8 computes with the same fdlibm code on every platform).
 *
 * `streams(seed, n)` gives n independent generators (one jump of 2^64 steps apart), so each simulated
 * quantity draws from its own stream: a scenario that changes one quantity leaves every other
 * quantity of the same seed exactly as it was, which makes the scenarios comparable row by row.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';

export class Rng {
  readonly #g: JumpableRandomGenerator;

  constructor(g: JumpableRandomGenerator) {
    this.#g = g;
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    return uniformFloat64(this.#g);
  }

  /** Uniform in [lo, hi). */
  between(lo: number, hi: number): number {
    return lo + (hi - lo) * this.uniform();
  }

  /** Normal with the given mean and standard deviation; always consumes exactly two uniforms. */
  normal(mean = 0, sd = 1): number {
    // 1 - u lies in (0, 1], so the log is finite.
    const u1 = 1 - this.uniform();
    const u2 = this.uniform();
    return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}

/** `count` independent generators derived from one 32-bit seed. */
export function streams(seed: number, count: number): Rng[] {
  const root = xoroshiro128plus(seed | 0);
  // The first outputs of a freshly seeded xoroshiro128+ are weakly mixed for small seeds.
  for (let i = 0; i < 64; i++) root.next();
  const out: Rng[] = [];
  for (let i = 0; i < count; i++) {
    root.jump();
    out.push(new Rng(root.clone()));
  }
  return out;
}
