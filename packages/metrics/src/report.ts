import { inferDirection } from './direction.ts';
import { runGate, type Check, type GateOptions, type MetricResult, type NoBaselinePolicy } from './gate.ts';
import type { MetricSet, ParamSet } from './parse.ts';
import { namedMetrics, type RuleSet } from './rules.ts';
import type { SignificanceReport } from './significance.ts';
import type { Curves } from './curves.ts';
import type { ConfusionMatrices } from './confusion.ts';
import type { SliceReport } from './slices.ts';
import type { PlotComparison } from './plots.ts';

export const REPORT_FORMAT = 'mlops-actions/validate-metrics-report@1';

/** Where the baseline came from. */
export type BaselineInfo =
  | { kind: 'none' }
  | { kind: 'file'; source: string }
  | {
      kind: 'registry';
      model: string;
      alias?: string | undefined;
      version: string;
      registry?: string | undefined;
      runUrl?: string | undefined;
    };

export interface ParamChange {
  name: string;
  baseline?: string | undefined;
  candidate?: string | undefined;
}

export interface ParamsDiff {
  changed: ParamChange[];
  added: ParamChange[];
  removed: ParamChange[];
  unchanged: number;
}

export interface DataDiff {
  /** Dataset hash of the baseline's data (`sha256:…`), when known. */
  baselineHash?: string | undefined;
  candidateHash?: string | undefined;
  /** Per-file differences; absent when only hashes are known (e.g. a registry baseline records only its hash). */
  files?: { added: string[]; removed: string[]; modified: string[] } | undefined;
  candidateFiles?: number | undefined;
  candidateBytes?: number | undefined;
}

export interface TrendPoint {
  label: string;
  value: number;
  /** The version the baseline is (the champion), or the candidate itself. */
  role?: 'baseline' | 'candidate' | undefined;
}

export interface Trend {
  metric: string;
  points: TrendPoint[];
}

export interface Report {
  format: typeof REPORT_FORMAT;
  passed: boolean;
  failedChecks: number;
  /** Checks that passed or failed (skipped and not-applicable ones are not counted). */
  checks: number;
  /** The failed checks, each with its metric, rule, message and where the rule was written. */
  failed: Check[];
  candidate: { source: string };
  baseline: BaselineInfo;
  rules: { source: string; file?: string | undefined };
  noBaseline: NoBaselinePolicy;
  /** The metric the trend chart and the verdict lead with. */
  mainMetric?: string | undefined;
  metrics: MetricResult[];
  /** Checks not tied to one metric. */
  globalChecks: Check[];
  counts: { improved: number; regressed: number; unchanged: number; new: number; removed: number; missing: number };
  significance?: SignificanceReport | undefined;
  /** ROC and precision–recall curves of both models (predictions with baseline_score and candidate_score). */
  curves?: Curves | undefined;
  /** Both models' confusion matrices (classification predictions). */
  confusion?: ConfusionMatrices | undefined;
  /** Metrics per slice and the checks of the rules that target slices (the slices input). */
  slices?: SliceReport | undefined;
  params?: ParamsDiff | undefined;
  data?: DataDiff | undefined;
  trend?: Trend | undefined;
  /** Training curves and custom plots, candidate against baseline (inputs plots, baseline-plots). */
  plots?: PlotComparison | undefined;
  links: { run?: string | undefined; fullReport?: string | undefined };
}

export interface CompareInput extends GateOptions {
  candidate: MetricSet;
  baseline?: MetricSet | undefined;
  baselineInfo?: BaselineInfo | undefined;
  rules: RuleSet;
  mainMetric?: string | undefined;
  curves?: Curves | undefined;
  confusion?: ConfusionMatrices | undefined;
  slices?: SliceReport | undefined;
  params?: ParamsDiff | undefined;
  data?: DataDiff | undefined;
  trend?: Trend | undefined;
  plots?: PlotComparison | undefined;
  links?: Report['links'];
}

/** Runs the gate and assembles everything the JSON report and the markdown need. */
export function compareMetrics(input: CompareInput): Report {
  const gate = runGate(input.candidate, input.baseline, input.rules, input);
  const count = (f: (m: MetricResult) => boolean) => gate.metrics.filter(f).length;
  const allChecks = [...gate.metrics.flatMap((m) => m.checks), ...gate.globalChecks];
  const baseline: BaselineInfo =
    input.baselineInfo ?? (input.baseline ? { kind: 'file', source: input.baseline.source } : { kind: 'none' });
  return {
    format: REPORT_FORMAT,
    passed: gate.passed,
    failedChecks: gate.failedChecks,
    checks: allChecks.filter((c) => c.result === 'pass' || c.result === 'fail').length,
    failed: allChecks.filter((c) => c.result === 'fail'),
    candidate: { source: input.candidate.source },
    baseline,
    rules: { source: input.rules.source, file: input.rules.file },
    noBaseline: input.noBaseline ?? 'pass',
    mainMetric: input.mainMetric ?? chooseMainMetric(input.candidate, input.rules),
    metrics: gate.metrics,
    globalChecks: gate.globalChecks,
    counts: {
      improved: count((m) => m.change === 'improved'),
      regressed: count((m) => m.change === 'regressed'),
      unchanged: count((m) => m.change === 'unchanged'),
      new: count((m) => m.status === 'new'),
      removed: count((m) => m.status === 'removed'),
      missing: count((m) => m.status === 'missing'),
    },
    significance: input.significance,
    ...(input.curves ? { curves: input.curves } : {}),
    ...(input.confusion ? { confusion: input.confusion } : {}),
    ...(input.slices ? { slices: input.slices } : {}),
    params: input.params,
    data: input.data,
    trend: input.trend,
    ...(input.plots ? { plots: input.plots } : {}),
    links: input.links ?? {},
  };
}

/**
 * The metric a reader cares about first: the first one the rules name that the candidate reports,
 * else the first with a known direction, else the first.
 */
export function chooseMainMetric(candidate: MetricSet, rules: RuleSet): string | undefined {
  const named = namedMetrics(rules).find((r) => candidate.values.has(r.key));
  if (named) return named.key;
  const names = [...candidate.values.keys()];
  return names.find((n) => inferDirection(n)) ?? names[0];
}

export function diffParams(baseline: ParamSet | undefined, candidate: ParamSet | undefined): ParamsDiff | undefined {
  // One side alone is not a diff: every parameter would show as added or removed.
  if (!baseline || !candidate) return undefined;
  const b = baseline;
  const c = candidate;
  const out: ParamsDiff = { changed: [], added: [], removed: [], unchanged: 0 };
  for (const [name, value] of c) {
    if (!b.has(name)) out.added.push({ name, candidate: value });
    else if (b.get(name) !== value) out.changed.push({ name, baseline: b.get(name), candidate: value });
    else out.unchanged++;
  }
  for (const [name, value] of b) if (!c.has(name)) out.removed.push({ name, baseline: value });
  return out;
}

/** The report as written to report.json. */
export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
