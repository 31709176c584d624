/**
 * @mlops-actions/statistics — drift statistics that agree with scipy, as pure functions.
 * Formulas, references, epsilons, log bases and the exact/asymptotic choices: see ../README.md.
 */
export { ks2samp, ks2sampAsymptoticP, sortedCopy } from './ks.ts';
export { sortFloat64 } from './sort.ts';
export type { Alternative, KsMethod, Ks2sampOptions, Ks2sampResult, Numbers } from './ks.ts';

export { chisquare, chiSquareDrift, chiSquareHomogeneity, chi2Contingency, alignCounts, pairwiseSum } from './chisquare.ts';
export type {
  ChiSquareResult,
  ChiSquareDriftResult,
  ChiSquareHomogeneityOptions,
  ChiSquareHomogeneityResult,
  Chi2ContingencyResult,
  CategoryCounts,
} from './chisquare.ts';

export { psi, jensenShannon, hellinger, lInfinity, wasserstein, normalizedWasserstein, meanStd } from './distances.ts';
export type { Distribution, PsiOptions, NormalizedWassersteinOptions } from './distances.ts';

export { twoProportionZ, twoProportionZTest } from './ztest.ts';
export type { ZTestResult, CategoryZ, TwoProportionZResult } from './ztest.ts';

export { bonferroni, benjaminiHochberg } from './multitest.ts';

export { kolmogorovSf, kolmogorovCdf, smirnovSf, kstwoSf, kstwoCdf } from './kolmogorov.ts';
export { chi2Sf, chi2Cdf, normSf, normCdf, gammaP, gammaQ, lgamma, gamma, erf, erfc } from './special.ts';

export { QuantileSketch, quantileBinEdgesFromSketch, sketchKsStatistic } from './sketch.ts';
export type { QuantileSketchOptions, QuantileSketchJSON } from './sketch.ts';

export {
  BinnedHistogram,
  binCounts,
  binIndex,
  dedupeEdges,
  quantileBinEdges,
  quantileSorted,
  quantiles,
  shareVector,
} from './binning.ts';
export type { HistogramJSON, QuantileEdgesOptions, ShareOptions } from './binning.ts';
