/**
 * Two-proportion z-test (pooled variance), per category, as Evidently's `z` test computes it for a
 * binary column, extended to k categories by testing each category against the rest.
 */
import { alignCounts, pairwiseSum, type CategoryCounts } from './chisquare.ts';
import { normSf } from './special.ts';

export interface ZTestResult {
  /** z = (p_current - p_reference) / √(P(1-P)(1/n_reference + 1/n_current)), P the pooled share. */
  statistic: number;
  /** Two-sided p-value 2·Φ(-|z|). */
  pvalue: number;
}

/**
 * Two-sided two-proportion z-test of x1/n1 (reference) against x2/n2 (current) with the pooled
 * variance, Evidently's formula: P = (p1·n1 + p2·n2)/(n1 + n2), z = (p1 - p2)/√(P(1-P)(1/n1 + 1/n2)),
 * p = 2(1 - Φ(|z|)) — computed here as 2·Φ(-|z|), equal up to rounding and exact in the tail.
 * The sign is reported as current minus reference. When P is 0 or 1 (no variation at all) the test
 * is undefined; we return z = 0, p = 1 (Evidently's special case for one shared value).
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): ZTestResult {
  for (const [v, what] of [
    [x1, 'x1'],
    [n1, 'n1'],
    [x2, 'x2'],
    [n2, 'n2'],
  ] as const) {
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${what} is ${v}; counts must be finite and non-negative`);
  }
  if (n1 === 0 || n2 === 0) throw new RangeError('both samples need at least one observation');
  if (x1 > n1 || x2 > n2) throw new RangeError('a category count exceeds its sample size');
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const P = (p1 * n1 + p2 * n2) / (n1 + n2);
  const v = P * (1 - P) * (1.0 / n1 + 1.0 / n2);
  if (!(v > 0)) return { statistic: 0, pvalue: 1 };
  const z = (p2 - p1) / Math.sqrt(v);
  return { statistic: z, pvalue: Math.min(1, 2 * normSf(Math.abs(z))) };
}

export interface CategoryZ extends ZTestResult {
  category: string;
  referenceShare: number;
  currentShare: number;
}

export interface TwoProportionZResult extends ZTestResult {
  /** One test per category (that category against all others). */
  perCategory: CategoryZ[];
  /** The category whose test gave the smallest p-value (the one reported in statistic). */
  category: string;
  /** How many tests the Bonferroni combination counted (1 for a binary column). */
  tests: number;
}

/**
 * Per-category two-proportion z-tests between reference and current category counts, combined into
 * one column verdict:
 * - each category present in either sample is tested against the rest (one-vs-rest);
 * - with 2 categories the two tests are the same test (z flips sign), so the column p-value is that
 *   test's — exactly Evidently's binary z test;
 * - with k > 2 categories the column p-value is the Bonferroni combination min(1, k · min_i p_i),
 *   which keeps the family-wise error at the nominal level however the tests are correlated;
 * - statistic and category are those of the smallest p-value.
 */
export function twoProportionZ(referenceCounts: CategoryCounts, currentCounts: CategoryCounts): TwoProportionZResult {
  const al = alignCounts(referenceCounts, currentCounts);
  const n1 = pairwiseSum(al.reference);
  const n2 = pairwiseSum(al.current);
  if (!(n1 > 0) || !(n2 > 0)) throw new RangeError('twoProportionZ needs at least one count in each sample');
  const perCategory: CategoryZ[] = [];
  for (let i = 0; i < al.categories.length; i++) {
    const x1 = al.reference[i]!;
    const x2 = al.current[i]!;
    if (x1 === 0 && x2 === 0) continue;
    perCategory.push({
      category: al.categories[i]!,
      referenceShare: x1 / n1,
      currentShare: x2 / n2,
      ...twoProportionZTest(x1, n1, x2, n2),
    });
  }
  let best = perCategory[0]!;
  for (const c of perCategory) if (c.pvalue < best.pvalue) best = c;
  const k = perCategory.length;
  const tests = k <= 2 ? 1 : k;
  return { statistic: best.statistic, pvalue: Math.min(1, tests * best.pvalue), category: best.category, tests, perCategory };
}
