/**
 * Multiple-testing corrections returning adjusted p-values exactly as statsmodels'
 * multipletests(pvals, method='bonferroni' | 'fdr_bh')[1].
 */
import type { Numbers } from './ks.ts';

function check(p: Numbers): void {
  for (let i = 0; i < p.length; i++) {
    const v = p[i]!;
    if (!(v >= 0 && v <= 1)) throw new RangeError(`p-value ${i} is ${v}; p-values must be in [0, 1] (leave distance tests out)`);
  }
}

/** Bonferroni: min(1, m·p_i) for m tests. */
export function bonferroni(pvalues: Numbers): number[] {
  check(pvalues);
  const m = pvalues.length;
  return Array.from(pvalues, (p) => Math.min(p * m, 1));
}

/**
 * Benjamini–Hochberg step-up (false discovery rate): sort ascending, p_(i)·m/i, then the running
 * minimum from the largest down, capped at 1, returned in the input order.
 */
export function benjaminiHochberg(pvalues: Numbers): number[] {
  check(pvalues);
  const m = pvalues.length;
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => pvalues[a]! - pvalues[b]! || a - b);
  const adj = new Float64Array(m);
  let running = Infinity;
  for (let r = m - 1; r >= 0; r--) {
    const ecdf = (r + 1) / m; // statsmodels divides by the ECDF value (i/m)
    running = Math.min(running, pvalues[order[r]!]! / ecdf);
    adj[r] = running;
  }
  const out = new Array<number>(m);
  for (let r = 0; r < m; r++) out[order[r]!] = Math.min(adj[r]!, 1);
  return out;
}
