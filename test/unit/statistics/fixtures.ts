/**
 * Reads the scipy reference values in test/fixtures/statistics (made by generate.py there) and
 * regenerates the large samples those files describe by generator spec, bit for bit as the Python
 * script does (xorshift32 and + - * / floor only).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../../fixtures/statistics');

export interface GenSpec {
  gen: 'uniform' | 'normal' | 'ties';
  seed: number;
  n: number;
  scale: number;
  shift: number;
  levels?: number;
}

/** JSON cannot carry NaN/Infinity: generate.py writes them as strings. */
function decode(x: unknown): unknown {
  if (x === 'NaN') return NaN;
  if (x === 'Infinity') return Infinity;
  if (x === '-Infinity') return -Infinity;
  if (Array.isArray(x)) return x.map(decode);
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, decode(v)]));
  return x;
}

export function loadFixture<T>(name: string): T {
  return decode(JSON.parse(readFileSync(join(DIR, name), 'utf8'))) as T;
}

/**
 * xorshift32 as a closure over one number: a generator function (`function*`) allocates an iterator
 * result per draw, which took most of the time of the 27 million draws ks_2samp.json asks for.
 */
function xorshift32(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

export function generate(s: GenSpec): Float64Array {
  const next = xorshift32(s.seed);
  const out = new Float64Array(s.n);
  if (s.gen === 'uniform') {
    for (let i = 0; i < s.n; i++) out[i] = s.shift + s.scale * (next() / 4294967296.0);
  } else if (s.gen === 'normal') {
    for (let i = 0; i < s.n; i++) {
      const u1 = next() / 4294967296.0;
      const u2 = next() / 4294967296.0;
      const u3 = next() / 4294967296.0;
      const u4 = next() / 4294967296.0;
      out[i] = s.shift + s.scale * (u1 + u2 + u3 + u4 - 2.0);
    }
  } else {
    const levels = s.levels!;
    for (let i = 0; i < s.n; i++) out[i] = s.shift + s.scale * Math.floor((next() / 4294967296.0) * levels);
  }
  return out;
}

/** A fixture sample: stored inline, or as a generator spec. */
export function sample(x: number[] | GenSpec): ArrayLike<number> {
  return Array.isArray(x) ? x : generate(x);
}

/** |a - b| ≤ rel·|b| (or both NaN, or equal infinities); `abs` guards values that are ~0. */
export function close(a: number, b: number, rel = 1e-9, abs = 0): boolean {
  if (Number.isNaN(b)) return Number.isNaN(a);
  if (!Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= rel * Math.abs(b) + abs;
}

export function relErr(a: number, b: number): number {
  if (a === b) return 0;
  return Math.abs(a - b) / Math.abs(b);
}

/** numpy.linspace(start, stop, num): arange(num)·step + start, with the last value set to stop. */
export function linspace(start: number, stop: number, num: number): number[] {
  const step = (stop - start) / (num - 1);
  const out = Array.from({ length: num }, (_, i) => i * step + start);
  out[num - 1] = stop;
  return out;
}

/** Fails with both values and the relative error when |got - want| > rel·|want| + abs. */
export function expectClose(got: number, want: number, rel = 1e-9, abs = 0, what = ''): void {
  if (!close(got, want, rel, abs)) {
    throw new Error(`${what ? `${what}: ` : ''}got ${got}, want ${want} (relative error ${relErr(got, want).toExponential(2)} > ${rel})`);
  }
}
