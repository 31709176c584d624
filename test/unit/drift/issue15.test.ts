/**
 * Issue 15, items 2, 3, 4 and 7: type detection that does not guess from an empty window, ±Infinity
 * as missing-like values, the verdict rules as documented (missing share at exactly the threshold,
 * a statistic that cannot be computed, skipped columns and the drift share, huge values), the
 * Wasserstein floor relative to the column's scale, distinct values counted over both samples, and
 * infinite statistics written to report.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { meanStd, normalizedWasserstein, sortFloat64 } from '@mlops-actions/statistics';
import { compareExact, decide, DEFAULT_SETTINGS, finishColumn, missingPart } from '../../../packages/drift/src/compare.ts';
import type { ColumnData } from '../../../packages/drift/src/columns.ts';
import { driftReport } from '../../../packages/drift/src/engine.ts';
import { resolveSchema } from '../../../packages/drift/src/load.ts';
import { mergeProfiles, profileDataset } from '../../../packages/drift/src/profile.ts';
import { sniff, SNIFF_ROWS, type DataFile } from '../../../packages/drift/src/read.ts';
import type { ColumnReport, SideSummary } from '../../../packages/drift/src/report.ts';
import { tempDirSync } from '../../harness/temp.ts';

const dir = tempDirSync('drift-issue15-');
function file(name: string, content: string, format: DataFile['format'] = 'csv'): DataFile {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { path, display: name, format };
}
const none = { columns: [], exclude: [], categorical: [], numerical: [] };
const numeric = (values: number[], extra: Partial<ColumnData> = {}): ColumnData => ({
  name: 'x',
  type: 'numerical',
  rows: values.length + (extra.missing ?? 0) + (extra.infinite ?? 0),
  missing: 0,
  invalid: 0,
  infinite: 0,
  ...extra,
  values: sortFloat64(Float64Array.from(values)),
});
const side = (rows: number, missing: number, infinite = 0): SideSummary => ({
  rows,
  missing,
  missing_share: (missing + infinite) / rows,
  invalid: 0,
  infinite,
  count: rows - missing - infinite,
});

/** A CSV whose column `late` is empty for the first `empty` rows, then numbers. */
function lateNumbers(empty: number, rows: number): string {
  const lines = ['id,late,cat'];
  for (let i = 0; i < rows; i++) lines.push(`${i},${i < empty ? '' : (i * 0.37).toFixed(2)},${i % 3 ? 'a' : 'b'}`);
  return `${lines.join('\n')}\n`;
}

describe('item 2: types are decided on non-missing values, not on an empty window', () => {
  it('CSV: a numerical column empty in the first 1,000 rows is numerical (it read as categorical)', async () => {
    const s = await sniff([file('late.csv', lateNumbers(SNIFF_ROWS + 200, SNIFF_ROWS + 400))]);
    expect(s.columns.find((c) => c.name === 'late')).toEqual({ name: 'late', type: 'numerical' });
  });

  it('CSV: the window extends into the next files of the dataset', async () => {
    const a = file('late-a.csv', lateNumbers(1200, 1200));
    const b = file('late-b.csv', lateNumbers(0, 10));
    expect((await sniff([a, b])).columns.find((c) => c.name === 'late')).toEqual({ name: 'late', type: 'numerical' });
    expect((await sniff([a])).columns.find((c) => c.name === 'late')).toMatchObject({ undecided: true });
  });

  it('JSONL: nulls in the first 1,000 lines do not decide the type', async () => {
    const lines = Array.from({ length: 1500 }, (_, i) => JSON.stringify({ v: i < 1100 ? null : i / 7, c: 'x' }));
    const s = await sniff([file('late.jsonl', `${lines.join('\n')}\n`, 'jsonl')]);
    expect(s.columns).toEqual([
      { name: 'v', type: 'numerical' },
      { name: 'c', type: 'categorical' },
    ]);
  });

  it('a column with no value at all on one side takes the other side’s type: no type change', () => {
    const s = resolveSchema([{ name: 'x', type: 'numerical' }], [{ name: 'x', type: 'categorical', undecided: true }], none);
    expect(s.changes).toEqual([]);
    expect(s.compared).toEqual([{ name: 'x', type: 'numerical', forced: false }]);
  });

  it('end to end: a numerical column empty in the current data is compared (missing share), not a schema change that flags the dataset', async () => {
    const ref = ['x,y', ...Array.from({ length: 300 }, (_, i) => `${i % 17},${i % 5 ? 'a' : 'b'}`)].join('\n');
    const cur = ['x,y', ...Array.from({ length: 300 }, (_, i) => `,${i % 5 ? 'a' : 'b'}`)].join('\n');
    file('e-ref.csv', `${ref}\n`);
    file('e-cur.csv', `${cur}\n`);
    const r = await driftReport({
      workspace: dir,
      reference: ['e-ref.csv'],
      current: ['e-cur.csv'],
      format: 'auto',
      selection: none,
      tests: {},
      thresholds: {},
      driftShare: 0.5,
      criticalColumns: [],
      correction: 'none',
      schemaChanges: 'drift',
      reportDir: join(dir, 'out-empty'),
    });
    expect(r.report.schema_changes).toEqual([]);
    const x = r.report.columns.find((c) => c.name === 'x')!;
    expect(x.type).toBe('numerical');
    expect(x.missing.drift).toBe(true);
  });

  it('profiles: a shard where the column is empty does not vote on its type when merged', async () => {
    const a = file('shard-a.csv', lateNumbers(0, 50));
    const b = file('shard-b.csv', lateNumbers(50, 50));
    const pa = await profileDataset([a], (await sniff([a])).columns);
    const pb = await profileDataset([b], (await sniff([b])).columns);
    expect(pb.columns.find((c) => c.name === 'late')!.type).toBe('categorical'); // no evidence in that shard
    const merged = mergeProfiles([
      { profile: pb, file: 'b.json' },
      { profile: pa, file: 'a.json' },
    ]);
    const late = merged.columns.find((c) => c.name === 'late')!;
    expect(late.type).toBe('numerical');
    expect([late.rows, late.count, late.missing]).toEqual([100, 50, 50]);
  });

  it('±Infinity counts as a missing-like value that can drift', () => {
    const values = Array.from({ length: 90 }, (_, i) => i);
    const r = compareExact(numeric(values), numeric(values, { infinite: 10 }), DEFAULT_SETTINGS);
    expect(r.current.missing_share).toBeCloseTo(0.1, 15);
    expect(r.missing).toMatchObject({ reference_share: 0, drift: true });
  });
});

describe('item 3: verdict rules as documented', () => {
  it('a missing-share change of exactly 0.05 is not "more than 0.05" (0.80 − 0.75 is 0.050000000000000044 in floating point)', () => {
    expect(0.8 - 0.75).toBeGreaterThan(0.05);
    expect(missingPart(side(100, 75), side(100, 80), 0.05)).toMatchObject({ change: 0.05, drift: false });
    expect(missingPart(side(20, 15), side(40, 32), 0.05)).toMatchObject({ change: 0.05, drift: false });
    expect(missingPart(side(100, 75), side(100, 81), 0.05).drift).toBe(true);
    expect(missingPart(side(100, 81), side(100, 75), 0.05).drift).toBe(true);
  });

  it('a NaN statistic is reported as not computable, not as a score of 100 with no drift', () => {
    const s = side(10, 0);
    const r = finishColumn(
      'x',
      'numerical',
      'wasserstein',
      'r',
      0.1,
      { statistic: NaN, p: null, notes: [] },
      s,
      s,
      DEFAULT_SETTINGS,
      undefined,
      true,
    );
    expect(r).toMatchObject({ test: 'wasserstein', statistic: null, drift: false, score: 0 });
    expect(r.skipped).toMatch(/could not be computed/);
  });

  it('skipped columns (identifiers) are not in the drift share’s denominator; one whose missing share moved is', () => {
    const col = (name: string, o: Partial<ColumnReport>): ColumnReport => ({
      name,
      type: 'categorical',
      test: 'chi-square',
      test_kind: 'p-value',
      reason: '',
      statistic: 1,
      p_value: 0.5,
      p_value_adjusted: 0.5,
      threshold: 0.05,
      drift: false,
      score: 0,
      missing: { reference_share: 0, current_share: 0, change: 0, threshold: 0.05, drift: false },
      reference: side(10, 0),
      current: side(10, 0),
      notes: [],
      exact: true,
      ...o,
    });
    const skipped = {
      test: null,
      test_kind: null,
      statistic: null,
      p_value: null,
      p_value_adjusted: null,
      threshold: null,
      skipped: 'an identifier',
    } as const;
    const cols = [col('a', { drift: true, p_value: 0.01, p_value_adjusted: 0.01 }), col('b', {}), col('id1', skipped), col('id2', skipped)];
    const base = { driftShare: 0.5, correction: 'none' as const, criticalColumns: [], schemaChanges: 'drift' as const };
    const v = decide(cols, [], base);
    expect(v).toMatchObject({ share: 0.5, compared_columns: 2, drift: true, drifted_columns: ['a'] });
    expect(v.reasons.join(' ')).toMatch(/2 columns not tested, left out of the share: id1, id2/);
    const moved = [
      ...cols.slice(0, 3),
      col('id2', { ...skipped, missing: { reference_share: 0, current_share: 0.5, change: 0.5, threshold: 0.05, drift: true } }),
    ];
    expect(decide(moved, [], base)).toMatchObject({ compared_columns: 3, drifted_columns: ['a', 'id2'] });
  });

  it('means of values near ±1.8e308 do not overflow (report, statistics and profiles)', async () => {
    expect(meanStd([1.7e308, 1.7e308, 1.6e308]).mean).toBeCloseTo(1.6666666666666667e308, -295);
    expect(meanStd([-1.7e308, 1.7e308])).toEqual({ mean: 0, std: 1.7e308 });
    const big = [1.7e308, 1.6e308, 1.5e308, -1.7e308, 1.2e308];
    const r = compareExact(numeric(big), numeric(big.map((v) => v * 0.999)), { ...DEFAULT_SETTINGS, tests: { '*': 'wasserstein' } });
    expect(Number.isFinite(r.reference.mean)).toBe(true);
    expect(Number.isFinite(r.reference.std)).toBe(true);
    expect(Number.isFinite(r.statistic)).toBe(true);
    expect(r.drift).toBe(false);
    const f = file('huge.csv', `v\n${big.join('\n')}\n`);
    const p = await profileDataset([f], [{ name: 'v', type: 'numerical' }]);
    const col = p.columns[0]! as { mean: number };
    expect(col.mean).toBeCloseTo(0.86e308, -295);
  });
});

describe('the Wasserstein floor is relative to the column’s scale', () => {
  it('a constant reference of 1e6 against 1e6 + 1 is a tiny change (it was 1,000 reference "standard deviations")', () => {
    const r = compareExact(numeric(Array(20).fill(1e6)), numeric(Array(20).fill(1e6 + 1)), {
      ...DEFAULT_SETTINGS,
      tests: { '*': 'wasserstein' },
    });
    expect(r.statistic).toBeCloseTo(0.001, 9);
    expect(r.drift).toBe(false);
  });

  it('a constant reference of 1e-9 against 2e-9 doubled every value: drift (it was 1e-6, no drift)', () => {
    const r = compareExact(numeric(Array(20).fill(1e-9)), numeric(Array(20).fill(2e-9)), {
      ...DEFAULT_SETTINGS,
      tests: { '*': 'wasserstein' },
    });
    expect(r.statistic).toBeCloseTo(1000, 6);
    expect(r.drift).toBe(true);
  });

  it('statistics: normalizedWasserstein keeps Evidently’s absolute floor by default', () => {
    expect(normalizedWasserstein([1e-9, 1e-9], [2e-9, 2e-9])).toBeCloseTo(1e-6, 15);
    expect(normalizedWasserstein([0, 0], [0, 1], { floor: 0, relativeFloor: 0.001 })).toBe(Infinity);
    expect(normalizedWasserstein([0, 0], [0, 0], { floor: 0, relativeFloor: 0.001 })).toBe(0);
  });
});

describe('distinct values are counted over both samples', () => {
  it('a reference of 0/1 flags against a continuous current column is tested by KS, not as two categories', () => {
    const ref = Array.from({ length: 200 }, (_, i) => i % 2);
    const cur = Array.from({ length: 200 }, (_, i) => (i % 50) / 50);
    const r = compareExact(numeric(ref), numeric(cur), DEFAULT_SETTINGS);
    expect(r.test).toBe('ks');
  });
});

describe('item 7: infinite statistics in report.json', () => {
  it('are written as the string "Infinity", not null', async () => {
    file('inf-ref.csv', `c\n${['a', 'b'].flatMap((v) => Array(30).fill(v)).join('\n')}\n`);
    file('inf-cur.csv', `c\n${['a', 'b', 'new'].flatMap((v) => Array(20).fill(v)).join('\n')}\n`);
    const r = await driftReport({
      workspace: dir,
      reference: ['inf-ref.csv'],
      current: ['inf-cur.csv'],
      format: 'auto',
      selection: none,
      tests: { c: 'chi-square-gof' },
      thresholds: {},
      driftShare: 0.5,
      criticalColumns: [],
      correction: 'none',
      schemaChanges: 'drift',
      reportDir: join(dir, 'out-inf'),
    });
    expect(r.report.columns[0]!.statistic).toBe(Infinity);
    const json = JSON.parse(readFileSync(r.paths.json, 'utf8')) as { columns: { statistic: unknown }[] };
    expect(json.columns[0]!.statistic).toBe('Infinity');
  });
});

describe('item 7: the share in the verdict’s reasons is not rounded onto the threshold', () => {
  it('1999 of 4000 columns is "0.49975 < 0.5", not "0.5 < 0.5"', () => {
    const col = (i: number, drift: boolean): ColumnReport => ({
      name: `c${i}`,
      type: 'numerical',
      test: 'ks',
      test_kind: 'p-value',
      reason: '',
      statistic: 0.1,
      p_value: drift ? 0.001 : 0.5,
      p_value_adjusted: drift ? 0.001 : 0.5,
      threshold: 0.05,
      drift,
      score: 0,
      missing: { reference_share: 0, current_share: 0, change: 0, threshold: 0.05, drift: false },
      reference: side(10, 0),
      current: side(10, 0),
      notes: [],
      exact: true,
    });
    const cols = Array.from({ length: 4000 }, (_, i) => col(i, i < 1999));
    const v = decide(cols, [], { driftShare: 0.5, correction: 'none', criticalColumns: [], schemaChanges: 'drift' });
    expect(v.drift).toBe(false);
    expect(v.reasons[0]).toBe('1999 of 4000 columns drifted (share 0.49975 < 0.5)');
  });
});
