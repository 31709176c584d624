export { inferDirection, words, type Direction } from './direction.ts';
export {
  readMetricsFile,
  parseMetricsDocument,
  parseMetricsCsv,
  metricSetFromRecord,
  toMetricNumber,
  readParamsFile,
  paramsFromValue,
  type MetricSet,
  type MetricValue,
  type ParamSet,
} from './parse.ts';
export {
  parseRules,
  resolveRule,
  closest,
  EMPTY_RULES,
  RULE_KEYS,
  CHANGE_KEYS,
  CHANGE_MEANING,
  type Rule,
  type RuleSet,
  type RuleOrigin,
  type EffectiveRule,
  type BoundKey,
  type ChangeKey,
} from './rules.ts';
export { runGate, atLeast, TOLERANCE, type Check, type CheckResult, type MetricResult, type MetricStatus, type GateOptions, type GateResult, type NoBaselinePolicy } from './gate.ts';
export { createRng, type Rng } from './random.ts';
export {
  computeSignificance,
  mcnemarExact,
  parsePredictionsCsv,
  readPredictionsFile,
  quantileSorted,
  significanceMetricFor,
  DEFAULT_CONFIDENCE,
  DEFAULT_RESAMPLES,
  DEFAULT_SEED,
  type Predictions,
  type SignificanceOptions,
  type SignificanceReport,
  type MetricSignificance,
  type SignificanceMetric,
  type Task,
} from './significance.ts';
export {
  compareMetrics,
  chooseMainMetric,
  diffParams,
  reportJson,
  REPORT_FORMAT,
  type Report,
  type CompareInput,
  type BaselineInfo,
  type ParamsDiff,
  type ParamChange,
  type DataDiff,
  type Trend,
  type TrendPoint,
} from './report.ts';
export { readDataDiff, type DataDiffInput } from './data.ts';
export { renderMarkdown, formatValue, formatPair, formatSigned, formatPercent, type RenderOptions } from './render.ts';
export { validateMetrics, readRules, type ValidateOptions, type ValidateResult, type FileRef, type RegistryReader, type BaselineSource, type RulesSource } from './validate.ts';
