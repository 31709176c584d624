import { describe, expect, it } from 'vitest';
import { decide } from '../../../packages/drift/src/compare.ts';
import { resolveSchema } from '../../../packages/drift/src/load.ts';
import type { ColumnReport } from '../../../packages/drift/src/report.ts';
import { chooseTest, parseTestName } from '../../../packages/drift/src/tests.ts';

describe('chooseTest: by type and sample size, with the reason', () => {
  it.each([
    ['numerical', 500, 400, 'ks', /numerical, 500 values ≤ 1,000: two-sample Kolmogorov–Smirnov/],
    ['numerical', 1001, 400, 'wasserstein', /1,001 values > 1,000: p-values flag trivial shifts.*Wasserstein/],
    ['numerical', 50, 2, 'z', /2 distinct values \(≤ 5, tested as categories\), two categories/],
    ['numerical', 50, 4, 'chi-square', /4 distinct values.*chi-square/],
    ['numerical', 5000, 3, 'jensen-shannon', /3 distinct values.*Jensen–Shannon/],
    ['categorical', 1000, 7, 'chi-square', /categorical, 1,000 values ≤ 1,000: chi-square/],
    ['categorical', 80, 2, 'z', /two-proportion z-test/],
    ['categorical', 2000, 7, 'jensen-shannon', /Jensen–Shannon/],
  ] as const)('%s, n=%d, %d distinct → %s', (type, n, distinct, test, reason) => {
    const c = chooseTest(type, n, distinct, undefined, 'col');
    expect(c.test).toBe(test);
    expect(c.reason).toMatch(reason);
  });

  it('keeps the test a user asked for, and refuses one that does not fit the type', () => {
    expect(chooseTest('numerical', 10, 100, 'psi', 'x')).toMatchObject({ test: 'psi', reason: "psi, as asked in 'tests'" });
    expect(() => chooseTest('categorical', 10, 3, 'ks', 'city')).toThrow(
      /input 'tests', key 'city': test 'ks' applies to numerical columns, but 'city' is categorical/,
    );
  });

  it('parses test names and aliases, and names an unknown one with the list', () => {
    expect(parseTestName('KS', { input: 'tests', key: '*' })).toBe('ks');
    expect(parseTestName('chi2', { input: 'tests', key: 'a' })).toBe('chi-square');
    expect(() => parseTestName('t-test', { input: 'tests', key: 'age' })).toThrow(
      /input 'tests', key 'age': unknown test 't-test'. Use one of: ks, chi-square, chi-square-gof, psi, jensen-shannon, wasserstein, l-infinity, z, hellinger/,
    );
  });
});

function col(name: string, o: Partial<ColumnReport> & { p?: number; missingDrift?: boolean }): ColumnReport {
  return {
    name,
    type: 'numerical',
    test: o.test ?? 'ks',
    test_kind: o.test_kind ?? 'p-value',
    reason: '',
    statistic: o.statistic ?? 0.1,
    p_value: o.p ?? null,
    p_value_adjusted: o.p ?? null,
    threshold: o.threshold ?? 0.05,
    drift: o.drift ?? false,
    score: 0,
    missing: { reference_share: 0, current_share: 0, change: 0, threshold: 0.05, drift: o.missingDrift ?? false },
    reference: { rows: 1, missing: 0, missing_share: 0, invalid: 0, infinite: 0, count: 1 },
    current: { rows: 1, missing: 0, missing_share: 0, invalid: 0, infinite: 0, count: 1 },
    notes: [],
    exact: true,
  };
}

describe('decide: correction, drift share, critical columns, schema changes', () => {
  const base = { driftShare: 0.5, correction: 'none' as const, criticalColumns: [] as string[], schemaChanges: 'drift' as const };

  it('Bonferroni multiplies p-values by the number of p-value tests and decides on the adjusted value', () => {
    const cols = [
      col('a', { p: 0.02, drift: true }),
      col('b', { p: 0.5 }),
      col('c', { test: 'psi', test_kind: 'distance', statistic: 0.3, threshold: 0.1, drift: true }),
    ];
    const v = decide(cols, [], { ...base, correction: 'bonferroni' });
    expect(cols[0]!.p_value_adjusted).toBeCloseTo(0.04, 12);
    expect(cols[0]!.drift).toBe(true);
    expect(cols[1]!.p_value_adjusted).toBe(1);
    expect(v.drifted_columns).toEqual(['a', 'c']);
    const cols2 = [col('a', { p: 0.03, drift: true }), col('b', { p: 0.5 })];
    decide(cols2, [], { ...base, correction: 'bonferroni' });
    expect(cols2[0]!.drift).toBe(false);
  });

  it('Benjamini–Hochberg adjusts step-up', () => {
    const cols = [col('a', { p: 0.01, drift: true }), col('b', { p: 0.04, drift: true }), col('c', { p: 0.03, drift: true })];
    decide(cols, [], { ...base, correction: 'bh' });
    cols.forEach((c, i) => expect(c.p_value_adjusted).toBeCloseTo([0.03, 0.04, 0.04][i]!, 15));
    expect(cols.every((c) => c.drift)).toBe(true);
  });

  it('drifts at the share threshold, on a critical column, and on a schema change (unless reported only)', () => {
    const cols = () => [
      col('a', { drift: true, p: 0.01 }),
      col('b', { p: 0.5 }),
      col('c', { p: 0.5 }),
      col('d', { p: 0.5, missingDrift: true }),
    ];
    expect(decide(cols(), [], base)).toMatchObject({ drift: true, share: 0.5, drifted_columns: ['a', 'd'] });
    expect(decide(cols(), [], { ...base, driftShare: 0.75 }).drift).toBe(false);
    const crit = decide(cols(), [], { ...base, driftShare: 0.75, criticalColumns: ['a'] });
    expect(crit.drift).toBe(true);
    expect(crit.reasons.join(' ')).toMatch(/critical column drifted: a/);
    const schema = [{ column: 'z', change: 'removed' as const, reference: 'numerical' as const }];
    expect(decide(cols(), schema, { ...base, driftShare: 0.75 }).reasons.join(' ')).toMatch(/the schema changed: z removed/);
    expect(decide(cols(), schema, { ...base, driftShare: 0.75, schemaChanges: 'report' }).drift).toBe(false);
  });
});

describe('resolveSchema', () => {
  const ref = [
    { name: 'a', type: 'numerical' as const },
    { name: 'b', type: 'categorical' as const },
    { name: 'gone', type: 'numerical' as const },
  ];
  const cur = [
    { name: 'a', type: 'categorical' as const },
    { name: 'b', type: 'categorical' as const },
    { name: 'new', type: 'numerical' as const },
  ];
  const none = { columns: [], exclude: [], categorical: [], numerical: [] };

  it('reports columns added, removed and changing type, and compares the rest', () => {
    const s = resolveSchema(ref, cur, none);
    expect(s.compared).toEqual([{ name: 'b', type: 'categorical', forced: false }]);
    expect(s.changes).toEqual([
      { column: 'a', change: 'type', reference: 'numerical', current: 'categorical' },
      { column: 'gone', change: 'removed', reference: 'numerical' },
      { column: 'new', change: 'added', current: 'numerical' },
    ]);
  });

  it('applies forced types to both sides and the column selection', () => {
    const s = resolveSchema(ref, cur, { ...none, categorical: ['a'], exclude: ['gone', 'new'] });
    expect(s.compared.map((c) => [c.name, c.type, c.forced])).toEqual([
      ['a', 'categorical', true],
      ['b', 'categorical', false],
    ]);
    expect(s.changes).toEqual([]);
  });

  it('names a column that exists nowhere, with the input it came from', () => {
    expect(() => resolveSchema(ref, cur, { ...none, columns: ['a', 'nope'] })).toThrow(
      /input 'columns': column 'nope' is in neither the reference nor the current data/,
    );
    expect(() => resolveSchema(ref, cur, { ...none, numerical: ['x'] })).toThrow(/input 'numerical'/);
    expect(() => resolveSchema(ref, cur, { ...none, categorical: ['a'], numerical: ['a'] })).toThrow(/both categorical and numerical/);
  });
});
