/**
 * The drift tests a user can name, their kinds and default thresholds, and the automatic choice by
 * column type and sample size. The statistics themselves come from @mlops-actions/statistics.
 */
import { UserError } from '@mlops-actions/errors';
import type { ColumnType } from './columns.ts';

export const TEST_NAMES = ['ks', 'chi-square', 'psi', 'jensen-shannon', 'wasserstein', 'l-infinity', 'z', 'hellinger'] as const;
export type TestName = (typeof TEST_NAMES)[number];

export interface TestInfo {
  name: TestName;
  /** p-value tests flag drift when p < threshold; distances when the distance ≥ threshold. */
  kind: 'p-value' | 'distance';
  /** Column types it applies to. */
  types: readonly ColumnType[];
  threshold: number;
  /** What the reported statistic is. */
  statistic: string;
}

export const TESTS: Readonly<Record<TestName, TestInfo>> = {
  ks: { name: 'ks', kind: 'p-value', types: ['numerical'], threshold: 0.05, statistic: 'D (largest gap between the two empirical CDFs)' },
  'chi-square': { name: 'chi-square', kind: 'p-value', types: ['categorical'], threshold: 0.05, statistic: 'chi-square statistic against the reference shares' },
  z: { name: 'z', kind: 'p-value', types: ['categorical'], threshold: 0.05, statistic: 'z of the two-proportion test on the most common reference category' },
  psi: { name: 'psi', kind: 'distance', types: ['numerical', 'categorical'], threshold: 0.1, statistic: 'PSI (natural log)' },
  'jensen-shannon': { name: 'jensen-shannon', kind: 'distance', types: ['numerical', 'categorical'], threshold: 0.1, statistic: 'Jensen–Shannon distance (log base 2)' },
  wasserstein: { name: 'wasserstein', kind: 'distance', types: ['numerical'], threshold: 0.1, statistic: 'Wasserstein distance / reference standard deviation' },
  'l-infinity': { name: 'l-infinity', kind: 'distance', types: ['numerical', 'categorical'], threshold: 0.1, statistic: 'largest absolute difference of shares' },
  hellinger: { name: 'hellinger', kind: 'distance', types: ['numerical', 'categorical'], threshold: 0.1, statistic: 'Hellinger distance' },
};

/** Below or at this many values (the smaller side), p-value tests; above, distances. */
export const SMALL_SAMPLE = 1000;
/** A numerical column with at most this many distinct reference values is tested as categories. */
export const FEW_VALUES = 5;

export function isTestName(s: string): s is TestName {
  return (TEST_NAMES as readonly string[]).includes(s);
}

export function parseTestName(s: unknown, where: { input: string; key: string }): TestName {
  const v = String(s).trim().toLowerCase();
  const aliases: Record<string, TestName> = { chisquare: 'chi-square', chi2: 'chi-square', js: 'jensen-shannon', jensenshannon: 'jensen-shannon', linf: 'l-infinity', 'z-test': 'z', kolmogorov: 'ks' };
  const name = aliases[v] ?? v;
  if (!isTestName(name)) {
    throw new UserError(`unknown test '${String(s)}'`, { ...where, fix: `Use one of: ${TEST_NAMES.join(', ')}` });
  }
  return name;
}

export interface Choice {
  test: TestName;
  /** Whether a numerical column is tested on its values as categories (few distinct values). */
  asCategories: boolean;
  reason: string;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * The test for a column: the user's when given (checked against the type), else by type and size.
 * `n` is the smaller of the two non-missing counts; `distinct` the reference's distinct values.
 */
export function chooseTest(type: ColumnType, n: number, distinct: number, requested: TestName | undefined, column: string): Choice {
  const few = type === 'numerical' && distinct <= FEW_VALUES;
  if (requested) {
    const info = TESTS[requested];
    if (!info.types.includes(type)) {
      throw new UserError(`test '${requested}' applies to ${info.types.join(' or ')} columns, but '${column}' is ${type}`, {
        input: 'tests',
        key: column,
        fix: type === 'categorical' ? `Use chi-square, z, psi, jensen-shannon, l-infinity or hellinger, or list '${column}' under 'numerical'` : `Use ks, wasserstein, psi, jensen-shannon, l-infinity or hellinger, or list '${column}' under 'categorical'`,
      });
    }
    return { test: requested, asCategories: false, reason: `${requested}, as asked in 'tests'` };
  }
  const small = n <= SMALL_SAMPLE;
  const size = `${fmt(n)} values ${small ? '≤' : '>'} ${fmt(SMALL_SAMPLE)}`;
  if (type === 'numerical' && !few) {
    return small
      ? { test: 'ks', asCategories: false, reason: `numerical, ${size}: two-sample Kolmogorov–Smirnov (a p-value is meaningful at this size)` }
      : { test: 'wasserstein', asCategories: false, reason: `numerical, ${size}: p-values flag trivial shifts at this size, so the Wasserstein distance in reference standard deviations` };
  }
  const what = few ? `numerical with ${distinct} distinct value${distinct === 1 ? '' : 's'} (≤ ${FEW_VALUES}, tested as categories)` : 'categorical';
  if (small) {
    return distinct <= 2
      ? { test: 'z', asCategories: few, reason: `${what}, two categories, ${size}: two-proportion z-test` }
      : { test: 'chi-square', asCategories: few, reason: `${what}, ${size}: chi-square test against the reference shares` };
  }
  return { test: 'jensen-shannon', asCategories: few, reason: `${what}, ${size}: p-values flag trivial shifts at this size, so the Jensen–Shannon distance` };
}
