/**
 * The drift engine's numbers against scipy: the published values of shared/reference/stat-facts.md
 * through the engine's own paths, and generated cases (test/fixtures/drift/scipy, made by
 * make_cases.py with Debian's python3-scipy) read from CSV files end to end.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoricalTest, compareExact, DEFAULT_SETTINGS, type CompareSettings } from '../../../packages/drift/src/compare.ts';
import type { ColumnData } from '../../../packages/drift/src/columns.ts';
import { readColumns, sniff, type DataFile } from '../../../packages/drift/src/read.ts';
import { sortFloat64 } from '@mlops-actions/statistics';
import type { TestName } from '../../../packages/drift/src/tests.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'drift', 'scipy');

function close(actual: number | null, expected: number, rel = 1e-9): void {
  expect(actual).not.toBeNull();
  const a = actual!;
  if (a === expected) return;
  const err = Math.abs(a - expected) / Math.max(Math.abs(expected), 1e-300);
  if (err > rel) throw new Error(`${a} differs from ${expected} by ${err.toExponential(2)} (relative)`);
}

function numeric(name: string, values: number[]): ColumnData {
  return {
    name,
    type: 'numerical',
    rows: values.length,
    missing: 0,
    invalid: 0,
    infinite: 0,
    values: sortFloat64(Float64Array.from(values)),
  };
}

function settings(test: TestName): CompareSettings {
  return { ...DEFAULT_SETTINGS, tests: { '*': test } };
}

const linspace = (a: number, b: number, n: number) => Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));

describe('published values (stat-facts.md) through the engine', () => {
  it.each([
    [[1.01, 2.01], [1, 2, 3], 1 / 3, 1.0],
    [[0.99, 1.99], [1, 2, 3], 2 / 3, 0.6],
    [[1.01, 2.01], [1, 2, 3, 4], 0.5, 14 / 15],
    [linspace(1, 100, 100), linspace(1, 100, 110).map((x) => x + 20.1), 232 / 1100, 0.015739183865607353],
    [
      [...Array(3).fill(2), ...Array(4).fill(3), ...Array(5).fill(5), ...Array(4).fill(6)],
      [...Array(3).fill(3), ...Array(4).fill(4), ...Array(5).fill(6), ...Array(4).fill(7)],
      5 / 16,
      0.4262934613454952,
    ],
    [linspace(1, 100, 100), linspace(1, 100, 100).map((x) => x + 2.1), 0.03, 0.999999999996206],
  ])('ks %#: D and p as scipy ks_2samp', (ref, cur, d, p) => {
    const r = compareExact(numeric('x', ref), numeric('x', cur), settings('ks'));
    expect(r.test).toBe('ks');
    close(r.statistic, d);
    close(r.p_value, p);
  });

  it('wasserstein: [0,1,3] vs [5,6,8] is 5, divided by the reference std', () => {
    const r = compareExact(numeric('x', [0, 1, 3]), numeric('x', [5, 6, 8]), settings('wasserstein'));
    const std = Math.sqrt(((0 - 4 / 3) ** 2 + (1 - 4 / 3) ** 2 + (3 - 4 / 3) ** 2) / 3);
    close(r.statistic, 5 / std);
  });

  it('chi-square-gof (against the reference shares, the explicit option): p ≈ 0.67309, unchanged when the reference doubles', () => {
    const cats = (xs: number[]) => new Map(xs.map((n, i) => [String(i + 1), n]));
    const a = categoricalTest('chi-square-gof', cats([16, 18, 16, 14, 12, 12]), cats([16, 16, 16, 16, 16, 8]), DEFAULT_SETTINGS);
    const b = categoricalTest('chi-square-gof', cats([32, 36, 32, 28, 24, 24]), cats([16, 16, 16, 16, 16, 8]), DEFAULT_SETTINGS);
    expect(a.p!).toBeCloseTo(0.67309, 5);
    close(b.p, a.p!, 1e-12);
    close(b.statistic, a.statistic, 1e-12);
  });

  it('L-infinity between category shares', () => {
    close(
      categoricalTest(
        'l-infinity',
        new Map([
          ['hello', 1],
          ['world', 9],
        ]),
        new Map([
          ['hello', 3],
          ['world', 7],
        ]),
        DEFAULT_SETTINGS,
      ).statistic,
      0.2,
    );
    close(
      categoricalTest(
        'l-infinity',
        new Map([
          ['b', 9],
          ['c', 1],
        ]),
        new Map([
          ['a', 3],
          ['b', 7],
        ]),
        DEFAULT_SETTINGS,
      ).statistic,
      0.3,
    );
  });

  it('Jensen–Shannon distance in base 2: 1 for non-overlapping categories', () => {
    close(categoricalTest('jensen-shannon', new Map([['a', 5]]), new Map([['b', 5]]), DEFAULT_SETTINGS).statistic, 1);
  });
});

interface Expected {
  cases: Record<string, Record<string, Record<string, number | number[]>>>;
}

describe('generated cases: CSV files read end to end agree with scipy (make_cases.py)', async () => {
  const expected = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8')) as Expected;
  for (const name of ['small', 'large']) {
    const ref: DataFile[] = [{ path: join(fixtures, `${name}-reference.csv`), display: `${name}-reference.csv`, format: 'csv' }];
    const cur: DataFile[] = [{ path: join(fixtures, `${name}-current.csv`), display: `${name}-current.csv`, format: 'csv' }];
    const plan = (await sniff(ref)).columns;
    const [r, c] = await Promise.all([readColumns(ref, plan, { capacity: 100 }), readColumns(cur, plan, { capacity: 100 })]);
    const col = (side: typeof r, n: string) => side.columns.find((x) => x.name === n)!;
    const want = expected.cases[name]!;
    const rows: [string, TestName, number | number[]][] = [];
    for (const [column, tests] of Object.entries(want)) {
      if (column === 'missing') continue;
      for (const [test, value] of Object.entries(tests)) rows.push([column, test as TestName, value]);
    }
    it.each(rows)(`${name}: %s %s`, (column, test, value) => {
      const out = compareExact(col(r, column), col(c, column), settings(test));
      expect(out.test).toBe(test);
      if (Array.isArray(value)) {
        close(test === 'z' ? Math.abs(out.statistic!) : out.statistic, value[0]!);
        close(out.p_value, value[1]!);
      } else {
        close(out.statistic, value);
      }
    });
    it(`${name}: missing shares as pandas counts them`, () => {
      for (const [column, [refShare, curShare]] of Object.entries(want['missing'] as Record<string, number[]>)) {
        const out = compareExact(col(r, column), col(c, column), DEFAULT_SETTINGS);
        close(out.missing.reference_share, refShare!, 1e-12);
        close(out.missing.current_share, curShare!, 1e-12);
      }
    });
  }
});
