/**
 * Bins for the binned tests (PSI, Jensen–Shannon, Hellinger, L-infinity on numerical columns): the
 * statistics package's reference quantile edges, and counting on already-sorted samples by binary
 * search (O(bins · log n) instead of a pass over every value).
 */
import { quantileBinEdges } from '@mlops-actions/statistics';

/** Edges at the reference deciles (bins = 10), repeated edges removed; right-closed bins. */
export function referenceBinEdges(sortedReference: Float64Array, bins: number): number[] {
  return quantileBinEdges(sortedReference, bins, { sorted: true });
}

/** How many values of a sorted sample are ≤ x. */
export function countBelowOrEqual(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
