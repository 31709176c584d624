import { describe, expect, it } from 'vitest';
import { splitKey, stratifiedSplit } from '../../../workflows-examples/use-case/src/split.ts';

/** Rows of two files, with every 25th row a failure. */
function rows(files: number, perFile: number) {
  const out: { file: number; udi: number; y: number }[] = [];
  for (let f = 0; f < files; f++)
    for (let i = 0; i < perFile; i++) out.push({ file: f, udi: f * perFile + i + 1, y: i % 25 === 0 ? 1 : 0 });
  return out;
}

describe('stratifiedSplit', () => {
  it('keys rows by sha256("seed:UDI"), as python/train.py does (values from Python hashlib)', () => {
    expect(splitKey(42, 1)).toBe(64878673);
    expect(splitKey(7, 12345)).toBe(462987856);
  });

  it('holds out round(n × test size) of each class in each file', () => {
    const r = rows(2, 1000);
    const test = stratifiedSplit(r, { testSize: 0.2, seed: 42 });
    for (const f of [0, 1]) {
      for (const y of [0, 1]) {
        const group = r.map((row, i) => ({ row, t: test[i] })).filter((x) => x.row.file === f && x.row.y === y);
        expect(group.filter((x) => x.t).length).toBe(Math.floor(group.length * 0.2 + 0.5));
      }
    }
  });

  it('is seeded: same seed, same rows; another seed, other rows', () => {
    const r = rows(1, 2000);
    expect(stratifiedSplit(r, { testSize: 0.25, seed: 1 })).toEqual(stratifiedSplit(r, { testSize: 0.25, seed: 1 }));
    expect(stratifiedSplit(r, { testSize: 0.25, seed: 1 })).not.toEqual(stratifiedSplit(r, { testSize: 0.25, seed: 2 }));
  });

  it("never moves an old file's row across the split when a new file is added", () => {
    const one = rows(1, 3000);
    const two = rows(2, 3000);
    const before = stratifiedSplit(one, { testSize: 0.2, seed: 42 });
    const after = stratifiedSplit(two, { testSize: 0.2, seed: 42 });
    expect(after.slice(0, 3000)).toEqual(before);
  });

  it('does not depend on the order of the rows within a file', () => {
    const r = rows(1, 500);
    const reversed = [...r].reverse();
    const a = stratifiedSplit(r, { testSize: 0.3, seed: 9 });
    const b = stratifiedSplit(reversed, { testSize: 0.3, seed: 9 }).reverse();
    expect(b).toEqual(a);
  });

  it('refuses a test size outside (0, 1)', () => {
    expect(() => stratifiedSplit(rows(1, 10), { testSize: 1, seed: 1 })).toThrow(RangeError);
    expect(() => stratifiedSplit(rows(1, 10), { testSize: 0, seed: 1 })).toThrow(RangeError);
  });
});
