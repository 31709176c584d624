/**
 * The drift tests a user can name, their kinds and default thresholds, and the automatic choice by
 * column type and sample size. The statistics themselves come from @mlops-actions/statistics.
 */
import { UserError } from '@mlops-actions/errors';
import { chi2Sf } from '@mlops-actions/statistics';
import type { ColumnType } from './columns.ts';

export const TEST_NAMES = [
  'ks',
  'chi-square',
  'chi-square-gof',
  'psi',
  'jensen-shannon',
  'wasserstein',
  'l-infinity',
  'z',
  'hellinger',
] as const;
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
  'chi-square': {
    name: 'chi-square',
    kind: 'p-value',
    types: ['categorical'],
    threshold: 0.05,
    statistic: 'chi-square statistic of the 2 × k table (two-sample test of homogeneity)',
  },
  'chi-square-gof': {
    name: 'chi-square-gof',
    kind: 'p-value',
    types: ['categorical'],
    threshold: 0.05,
    statistic: 'chi-square statistic of the current counts against the reference shares taken as exact (goodness of fit)',
  },
  z: {
    name: 'z',
    kind: 'p-value',
    types: ['categorical'],
    threshold: 0.05,
    statistic: 'z of the two-proportion test on the most common reference category',
  },
  psi: { name: 'psi', kind: 'distance', types: ['numerical', 'categorical'], threshold: 0.1, statistic: 'PSI (natural log)' },
  'jensen-shannon': {
    name: 'jensen-shannon',
    kind: 'distance',
    types: ['numerical', 'categorical'],
    threshold: 0.1,
    statistic: 'Jensen–Shannon distance (log base 2)',
  },
  wasserstein: {
    name: 'wasserstein',
    kind: 'distance',
    types: ['numerical'],
    threshold: 0.1,
    statistic: 'Wasserstein distance / reference standard deviation',
  },
  'l-infinity': {
    name: 'l-infinity',
    kind: 'distance',
    types: ['numerical', 'categorical'],
    threshold: 0.1,
    statistic: 'largest absolute difference of shares',
  },
  hellinger: { name: 'hellinger', kind: 'distance', types: ['numerical', 'categorical'], threshold: 0.1, statistic: 'Hellinger distance' },
};

/** Below or at this many values (the smaller side), p-value tests; above, distances. */
export const SMALL_SAMPLE = 1000;
/** A numerical column with at most this many distinct values (over both samples) is tested as categories. */
export const FEW_VALUES = 5;
/**
 * Above SMALL_SAMPLE a categorical column gets the Jensen–Shannon distance only when, on two samples
 * of one distribution, the distance would reach its threshold with probability at most this (its
 * sampling noise is below the threshold); otherwise the calibrated chi-square test is kept.
 */
export const DISTANCE_NOISE_LEVEL = 0.05;
/**
 * The noise estimate above assumes no category is sparse. Above SMALL_SAMPLE the Jensen–Shannon
 * distance is used only when every category seen (over both samples) expects at least this many
 * values in the smaller sample — the "rare" notion of the chi-square homogeneity test, which pools
 * categories whose expected count is below 5 in either sample (`minExpected` of
 * chiSquareHomogeneity). Rare categories add noise the estimate misses: 400 Zipf-distributed
 * categories at 9,000 vs 90,000 rows were called drifted in 16% of same-distribution samples.
 */
export const SPARSE_EXPECTED = 5;

/**
 * How often (approximately) the Jensen–Shannon distance (log base 2) of two samples of one category
 * distribution reaches `threshold`: for close distributions JS divergence ≈ X² (1/n1 + 1/n2) / 8 in
 * nats, X² the two-sample chi-square statistic (≈ χ² with k − 1 df under no drift), so
 * P(distance ≥ t) ≈ P(χ²_{k−1} ≥ 8 ln 2 · t² · n1 n2 / (n1 + n2)).
 */
export function jensenShannonNoiseLevel(categories: number, n1: number, n2: number, threshold: number): number {
  if (categories < 2) return 0;
  return chi2Sf((8 * Math.LN2 * threshold * threshold * n1 * n2) / (n1 + n2), categories - 1);
}

export function isTestName(s: string): s is TestName {
  return (TEST_NAMES as readonly string[]).includes(s);
}

export function parseTestName(s: unknown, where: { input: string; key: string }): TestName {
  const v = String(s).trim().toLowerCase();
  const aliases: Record<string, TestName> = {
    chisquare: 'chi-square',
    chi2: 'chi-square',
    'chisquare-gof': 'chi-square-gof',
    'chi2-gof': 'chi-square-gof',
    js: 'jensen-shannon',
    jensenshannon: 'jensen-shannon',
    linf: 'l-infinity',
    'z-test': 'z',
    kolmogorov: 'ks',
  };
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

export interface SampleSizes {
  /** Non-missing values on each side. */
  reference: number;
  current: number;
  /** The Jensen–Shannon threshold that would apply to the column. */
  jsThreshold: number;
  /**
   * The smallest count of any category seen, over both samples together (reference + current), for
   * the sparse-category rule; unknown (omitted) only where no category counts exist.
   */
  smallestCount?: number;
}

/** The smallest count, over both samples together, of a category seen in either. */
export function smallestPooledCount(reference: ReadonlyMap<string, number>, current: ReadonlyMap<string, number>): number {
  let min = Infinity;
  for (const [k, r] of reference) {
    const t = r + (current.get(k) ?? 0);
    if (t > 0 && t < min) min = t;
  }
  for (const [k, c] of current) if (!reference.has(k) && c > 0 && c < min) min = c;
  return min;
}

/**
 * The test for a column: the user's when given (checked against the type), else by type and size.
 * `n` is the smaller of the two non-missing counts; `distinct` the distinct values (or categories)
 * over **both** samples; `sizes` the two counts (for the Jensen–Shannon noise rule; default n and n)
 * and the smallest pooled category count (for the sparse-category rule: without it the rule is skipped).
 */
export function chooseTest(
  type: ColumnType,
  n: number,
  distinct: number,
  requested: TestName | undefined,
  column: string,
  sizes?: SampleSizes,
): Choice {
  const few = type === 'numerical' && distinct <= FEW_VALUES;
  if (requested) {
    const info = TESTS[requested];
    if (!info.types.includes(type)) {
      throw new UserError(`test '${requested}' applies to ${info.types.join(' or ')} columns, but '${column}' is ${type}`, {
        input: 'tests',
        key: column,
        fix:
          type === 'categorical'
            ? `Use chi-square, chi-square-gof, z, psi, jensen-shannon, l-infinity or hellinger, or list '${column}' under 'numerical'`
            : `Use ks, wasserstein, psi, jensen-shannon, l-infinity or hellinger, or list '${column}' under 'categorical'`,
      });
    }
    return { test: requested, asCategories: false, reason: `${requested}, as asked in 'tests'` };
  }
  const small = n <= SMALL_SAMPLE;
  const size = `${fmt(n)} values ${small ? '≤' : '>'} ${fmt(SMALL_SAMPLE)}`;
  if (type === 'numerical' && !few) {
    return small
      ? {
          test: 'ks',
          asCategories: false,
          reason: `numerical, ${size}: two-sample Kolmogorov–Smirnov (a p-value is meaningful at this size)`,
        }
      : {
          test: 'wasserstein',
          asCategories: false,
          reason: `numerical, ${size}: p-values flag trivial shifts at this size, so the Wasserstein distance in reference standard deviations`,
        };
  }
  const what = few
    ? `numerical with ${distinct} distinct value${distinct === 1 ? '' : 's'} (≤ ${FEW_VALUES}, tested as categories)`
    : 'categorical';
  const pTest = (): Choice =>
    distinct <= 2
      ? { test: 'z', asCategories: few, reason: `${what}, two categories, ${size}: two-proportion z-test` }
      : {
          test: 'chi-square',
          asCategories: few,
          reason: `${what}, ${size}: chi-square test of homogeneity (two samples, rare categories pooled)`,
        };
  if (small) return pTest();
  const s = sizes ?? { reference: n, current: n, jsThreshold: TESTS['jensen-shannon'].threshold };
  const noise = jensenShannonNoiseLevel(distinct, s.reference, s.current, s.jsThreshold);
  if (noise > DISTANCE_NOISE_LEVEL) {
    const c = pTest();
    return {
      ...c,
      reason: `${c.reason}; not the Jensen–Shannon distance, whose sampling noise alone would reach ${s.jsThreshold} in about ${Math.round(noise * 100)}% of same-distribution samples with ${fmt(distinct)} categories at these sizes`,
    };
  }
  if (s.smallestCount !== undefined) {
    // Expected count of the rarest category in the smaller sample, as chiSquareHomogeneity computes it.
    const expected = (Math.min(s.reference, s.current) * s.smallestCount) / (s.reference + s.current);
    if (expected < SPARSE_EXPECTED) {
      const c = pTest();
      return {
        ...c,
        reason: `${c.reason}; not the Jensen–Shannon distance, because a category is sparse (expected count ${expected < 0.1 ? expected.toPrecision(1) : expected.toFixed(1)} < ${SPARSE_EXPECTED} in the smaller sample), where the distance's sampling noise is larger than its estimate`,
      };
    }
  }
  return {
    test: 'jensen-shannon',
    asCategories: few,
    reason: `${what}, ${size}: p-values flag trivial shifts at this size, so the Jensen–Shannon distance`,
  };
}
