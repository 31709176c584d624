import { describe, expect, it } from 'vitest';
import { sortFloat64 } from '@mlops-actions/statistics';

describe('sortFloat64 (radix sort on the IEEE bits)', () => {
  it.each([
    ['wide range with signs', (r: () => number) => (r() - 0.5) * Math.pow(10, Math.floor(r() * 30) - 15)],
    ['many ties', (r: () => number) => Math.floor(r() * 7) - 3],
    ['narrow positive range', (r: () => number) => 100 + r()],
  ])('orders %s exactly as Float64Array.prototype.sort', (_name, gen) => {
    let s = 99;
    const r = () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 4294967296;
    };
    const a = new Float64Array(50_000);
    for (let i = 0; i < a.length; i++) a[i] = gen(r);
    a[0] = -0;
    a[1] = 0;
    a[2] = Infinity;
    a[3] = -Infinity;
    a[4] = Number.MIN_VALUE;
    a[5] = -Number.MAX_VALUE;
    const expected = a.slice().sort();
    const got = sortFloat64(a);
    expect(got).toBe(a);
    for (let i = 0; i < a.length; i++) if (!Object.is(got[i], expected[i])) throw new Error(`index ${i}: ${got[i]} vs ${expected[i]}`);
  });

  it('sorts a subarray in place without touching the rest of the buffer', () => {
    const a = new Float64Array(10_000).map((_, i) => 10_000 - i);
    const view = a.subarray(0, 6000);
    sortFloat64(view);
    expect(view[0]).toBe(4001);
    expect(view[5999]).toBe(10_000);
    expect(a[6000]).toBe(4000);
  });
});
