export { inferDirection, leafName, words, type Direction } from './direction.ts';
export { parseJsonText, parseYamlText, parseDocumentText, MAX_DOCUMENT_BYTES, MAX_PREDICTIONS_BYTES } from './document.ts';
export {
  readMetricsFile,
  parseMetricsDocument,
  parseMetricsCsv,
  metricSetFromRecord,
  toMetricNumber,
  readParamsFile,
  paramsFromValue,
  readText,
  type ReadTextOptions,
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
  exactAccuracyInterval,
  clopperPearson,
  MIN_BOOTSTRAP_N,
  type SignificanceMethod,
  parsePredictionsCsv,
  readPredictionsFile,
  normaliseLabel,
  type PredictionsCsvOptions,
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
export { parseReportJson, renderForeignReport, publishForeignReport, type ForeignReportOptions, type PublishForeignReportOptions } from './report-json.ts';
export {
  parsePlotText,
  plotSetFromTexts,
  readPlotFiles,
  resolvePlotFiles,
  readPlotsBundle,
  plotsBundle,
  parsePlotsBundle,
  comparePlots,
  chartGrid,
  chartNumber,
  plotChartMermaid,
  renderPlotsSection,
  MAX_PLOT_BYTES,
  MAX_PLOT_FILES,
  MAX_CHART_POINTS,
  MAX_PLOT_CHARTS,
  PLOTS_BUNDLE_FORMAT,
  type PlotSet,
  type PlotSeries,
  type PlotFileText,
  type PlotComparison,
  type PlotChart,
  type PlotSide,
} from './plots.ts';
export { delongPaired, rocAuc, midranks, normalQuantile, MIN_DELONG_CLASS, type DeLongResult } from './delong.ts';
export { MODEL_PALETTE } from './palette.ts';
export { computeCurves, averagePrecision, rocOnGrid, prOnGrid, curveCharts, bootstrapAveragePrecisionDelta, CURVE_POINTS, type Curves, type ModelCurves } from './curves.ts';
export { computeConfusion, renderConfusion, MAX_CONFUSION_CLASSES, type ConfusionMatrices } from './confusion.ts';
export { computeSlices, splitSliceRules, gateSlices, renderSlices, sliceMetricName, MIN_SLICE_SIZE, MAX_SLICE_VALUES, MAX_SHOWN_SLICES, type SliceReport, type SliceResult, type SliceMetric } from './slices.ts';
