import { extname, join } from 'node:path';
import { type Logger, UserError } from '@mlops-actions/errors';
import { writeFileAtomic } from '@mlops-actions/files';
import { readDataDiff } from './data.ts';
import { parseDocumentText, parseYamlText } from './document.ts';
import { metricSetFromRecord, paramsFromValue, readMetricsFile, readParamsFile, readText, type MetricSet, type ParamSet } from './parse.ts';
import {
  compareMetrics,
  diffParams,
  reportJson,
  chooseMainMetric,
  type BaselineInfo,
  type Report,
  type Trend,
  type TrendPoint,
} from './report.ts';
import { renderMarkdown } from './render.ts';
import { EMPTY_RULES, parseRules, type RuleSet } from './rules.ts';
import { computeSignificance, normaliseLabel, readPredictionsFile, type SignificanceOptions } from './significance.ts';
import { computeCurves } from './curves.ts';
import { computeConfusion } from './confusion.ts';
import { computeSlices, gateSlices, splitSliceRules, MIN_SLICE_SIZE } from './slices.ts';
import type { NoBaselinePolicy } from './gate.ts';
import { comparePlots, parsePlotsBundle, plotSetFromTexts, readPlotFiles, resolvePlotFiles, type PlotSet } from './plots.ts';

/** A file to read, and how to name it to people (workspace-relative). */
export interface FileRef {
  path: string;
  display: string;
}

/**
 * What validate-metrics needs from the registry: the champion's card and the versions for the trend.
 * Structural, so this package does not depend on the registry's implementation (@mlops-actions/registry
 * satisfies it; tests pass a fake).
 */
export interface RegistryReader {
  resolve(
    name: string,
    ref?: { alias?: string | undefined },
  ): Promise<
    | {
        version: string;
        metrics?: Record<string, unknown> | undefined;
        params?: Record<string, unknown> | undefined;
        data?: { hash: string } | undefined;
        lineage?: { runUrl?: string | undefined } | undefined;
      }
    | undefined
  >;
  versions(name: string): Promise<{ version: string; metrics: Record<string, number> }[]>;
  /** A version's attachment (its `plots`, registered with register-model's plots input); undefined when it has none. */
  readAttachment?(name: string, version: string, attachment: 'plots'): Promise<Uint8Array | undefined>;
  /** Removes what opening it left behind (a git registry's temporary clone). */
  close?(): Promise<void>;
}

export type BaselineSource =
  | { kind: 'none' }
  | { kind: 'file'; file: FileRef }
  | { kind: 'registry'; registry: RegistryReader; model: string; alias: string; label?: string | undefined };

export type RulesSource = { kind: 'none' } | { kind: 'file'; file: FileRef } | { kind: 'inline'; text: string; source?: string };

export interface ValidateOptions {
  metrics: FileRef;
  baseline: BaselineSource;
  rules: RulesSource;
  noBaseline?: NoBaselinePolicy;
  mainMetric?: string | undefined;
  params?: FileRef | undefined;
  baselineParams?: FileRef | undefined;
  dataManifest?: FileRef | undefined;
  baselineDataManifest?: FileRef | undefined;
  predictions?: FileRef | undefined;
  /**
   * Training curves and custom plots (DVC-style plot files, see plots.ts): paths or globs relative to
   * `workspace` for the candidate and the baseline; with a registry baseline and no baseline files,
   * the champion's plots attachment.
   */
  plots?: { workspace: string; candidate: string[]; baseline?: string[] | undefined } | undefined;
  significance?: SignificanceOptions;
  /** Columns of the predictions file to compute every metric per value of (rules may target them). */
  slices?: string[] | undefined;
  /** Fewest examples for a slice to be gated (default MIN_SLICE_SIZE). */
  minSliceSize?: number | undefined;
  /** Versions shown in the trend chart (default 10, the candidate included). */
  trendVersions?: number;
  precision?: number;
  reportOnly?: boolean;
  links?: Report['links'];
  /** Where report.json and report.md are written; nothing is written when undefined. */
  reportDir?: string | undefined;
  log?: Logger;
}

export interface ValidateResult {
  report: Report;
  markdown: string;
  reportPath?: string | undefined;
  markdownPath?: string | undefined;
}

export async function readRules(source: RulesSource): Promise<RuleSet> {
  if (source.kind === 'none') return EMPTY_RULES;
  if (source.kind === 'inline') return parseRules(parseYamlText(source.text, source.source ?? "input 'rules'"));
  const text = await readText(
    source.file.path,
    source.file.display,
    'Check the path (it is relative to the workspace), or write the rules inline',
    { input: 'rules', what: 'rules file' },
  );
  const format = extname(source.file.path).toLowerCase() === '.json' ? 'json' : 'yaml';
  return parseRules(parseDocumentText(text, source.file.display, source.file.display, format), source.file.display);
}

interface ResolvedBaseline {
  metrics?: MetricSet | undefined;
  info: BaselineInfo;
  params?: ParamSet | undefined;
  dataHash?: string | undefined;
  trend?: (main: string, candidate: number | undefined) => Promise<Trend | undefined>;
  /** The champion's plots attachment, when the registry has one. */
  plots?: () => Promise<{ set: PlotSet; source: string } | undefined>;
}

async function resolveBaseline(source: BaselineSource, o: ValidateOptions): Promise<ResolvedBaseline> {
  if (source.kind === 'none') return { info: { kind: 'none' } };
  if (source.kind === 'file') {
    const metrics = await readMetricsFile(source.file.path, source.file.display, 'baseline');
    return { metrics, info: { kind: 'file', source: source.file.display } };
  }
  const { registry, model, alias } = source;
  const card = await registry.resolve(model, { alias });
  if (!card) {
    o.log?.info(
      `No version of ${model} has the alias ${alias} yet: comparing without a baseline (no-baseline: ${o.noBaseline ?? 'pass'}).`,
    );
    return { info: { kind: 'none' } };
  }
  const label = `registry: ${model}@${card.version} (${alias})`;
  const hasMetrics = card.metrics && Object.keys(card.metrics).length > 0;
  if (!hasMetrics) o.log?.warning(`${model} ${card.version} (${alias}) has no recorded metrics: comparing without a baseline.`);
  const trend = async (main: string, candidate: number | undefined): Promise<Trend | undefined> => {
    const versions = await registry.versions(model);
    const keep = Math.max(2, o.trendVersions ?? 10) - (candidate === undefined ? 0 : 1);
    const points: TrendPoint[] = versions
      .filter((v) => typeof v.metrics[main] === 'number' && Number.isFinite(v.metrics[main]))
      .slice(0, keep)
      .reverse()
      .map((v) => ({
        label: `v${v.version}`,
        value: v.metrics[main]!,
        ...(v.version === card.version ? { role: 'baseline' as const } : {}),
      }));
    if (candidate !== undefined) points.push({ label: 'candidate', value: candidate, role: 'candidate' });
    return points.length >= 2 ? { metric: main, points } : undefined;
  };
  return {
    metrics: hasMetrics
      ? metricSetFromRecord(card.metrics!, label, (_name, why) =>
          o.log?.warning(`${why}: a change rule on it fails unless the rule says no_baseline: pass`),
        )
      : undefined,
    info: hasMetrics
      ? { kind: 'registry', model, alias, version: card.version, registry: source.label, runUrl: card.lineage?.runUrl }
      : { kind: 'none' },
    params: card.params ? paramsFromValue(card.params, label) : undefined,
    dataHash: card.data?.hash,
    trend,
    plots: async () => {
      const bytes = await registry.readAttachment?.(model, card.version, 'plots');
      if (!bytes) return undefined;
      const source = `registry: ${model}@${card.version} (${alias})`;
      return {
        set: plotSetFromTexts(parsePlotsBundle(Buffer.from(bytes).toString('utf8'), `the plots attachment of ${model}@${card.version}`)),
        source,
      };
    },
  };
}

/**
 * The whole validation: read and check every input (any problem is a UserError before anything is
 * written or posted), run the gate, compute significance, and write report.json and report.md
 * atomically. Posting the comment is left to the caller, with the markdown returned here.
 */
export async function validateMetrics(o: ValidateOptions): Promise<ValidateResult> {
  try {
    return await validate(o);
  } finally {
    if (o.baseline.kind === 'registry') await o.baseline.registry.close?.();
  }
}

/** The plots section's data: the candidate's plot files against baseline-plots, else the registry champion's attachment. */
async function readPlots(o: ValidateOptions, baseline: ResolvedBaseline) {
  const p = o.plots;
  if (!p?.candidate.length) {
    if (p?.baseline?.length)
      throw new UserError('is set but plots is not: there is nothing to compare the baseline curves with', {
        input: 'baseline-plots',
        fix: "Pass the candidate's plot files in 'plots' too",
      });
    return undefined;
  }
  const candidate = await readPlotFiles(await resolvePlotFiles(p.workspace, p.candidate, 'plots'), 'plots');
  if (p.baseline?.length)
    return comparePlots(
      candidate,
      await readPlotFiles(await resolvePlotFiles(p.workspace, p.baseline, 'baseline-plots'), 'baseline-plots'),
      'baseline-plots',
    );
  const stored = await baseline.plots?.();
  if (!stored && o.baseline.kind === 'registry' && baseline.info.kind === 'registry')
    o.log?.info(`${baseline.info.model} ${baseline.info.version} has no plots attachment: charting the candidate's curves alone.`);
  return comparePlots(candidate, stored?.set, stored?.source);
}

async function validate(o: ValidateOptions): Promise<ValidateResult> {
  if (o.slices?.length && !o.predictions) {
    throw new UserError('is set but predictions is not: slices are columns of the predictions file', {
      input: 'slices',
      fix: 'Pass the predictions file (with the slice columns) in predictions, or leave slices empty',
    });
  }
  const { metricRules: rules, sliceRules } = splitSliceRules(await readRules(o.rules), o.slices);
  const candidate = await readMetricsFile(o.metrics.path, o.metrics.display, 'metrics');
  const baseline = await resolveBaseline(o.baseline, o);
  const params = o.params ? await readParamsFile(o.params.path, o.params.display, 'params') : undefined;
  const baselineParams = o.baselineParams
    ? await readParamsFile(o.baselineParams.path, o.baselineParams.display, 'baseline-params')
    : undefined;
  const data = await readDataDiff({
    candidate: o.dataManifest,
    baseline: o.baselineDataManifest,
    baselineHash: o.baselineDataManifest ? undefined : baseline.dataHash,
  });
  const predictions = o.predictions
    ? await readPredictionsFile(o.predictions.path, o.predictions.display, 'predictions', { slices: o.slices })
    : undefined;
  const significance = predictions ? computeSignificance(predictions, o.significance) : undefined;
  const positive =
    predictions && significance?.task === 'binary'
      ? predictions.yTrue.map((t) => normaliseLabel(t) === significance.positiveLabel)
      : undefined;
  const curves =
    positive && predictions?.baselineScore && predictions.candidateScore
      ? computeCurves(positive, predictions.baselineScore, predictions.candidateScore)
      : undefined;
  const confusion = predictions && significance ? computeConfusion(predictions, significance) : undefined;
  const slices = predictions && significance ? computeSlices(predictions, significance, o.minSliceSize ?? MIN_SLICE_SIZE) : undefined;
  const plots = await readPlots(o, baseline);
  if (o.mainMetric !== undefined && !candidate.values.has(o.mainMetric)) {
    throw new UserError(`the main metric ${JSON.stringify(o.mainMetric)} is not in ${candidate.source}`, {
      input: 'main-metric',
      fix: `Name one of its metrics (${[...candidate.values.keys()].slice(0, 8).join(', ')}${candidate.values.size > 8 ? ', …' : ''}), or leave it empty`,
    });
  }
  const mainMetric = o.mainMetric ?? chooseMainMetric(candidate, rules);
  const trend = baseline.trend && mainMetric ? await baseline.trend(mainMetric, candidate.values.get(mainMetric)?.value) : undefined;

  const report = compareMetrics({
    candidate,
    baseline: baseline.metrics,
    baselineInfo: baseline.info,
    rules,
    noBaseline: o.noBaseline ?? 'pass',
    significance,
    curves,
    confusion,
    slices,
    mainMetric,
    params: diffParams(baselineParams ?? baseline.params, params),
    data,
    trend,
    plots,
    links: o.links,
  });
  if (sliceRules && slices) gateSlices(report, sliceRules, slices);
  const markdown = renderMarkdown(report, { precision: o.precision ?? 4, reportOnly: o.reportOnly ?? false });
  if (!o.reportDir) return { report, markdown };
  const reportPath = join(o.reportDir, 'report.json');
  const markdownPath = join(o.reportDir, 'report.md');
  await writeFileAtomic(reportPath, reportJson(report));
  await writeFileAtomic(markdownPath, markdown);
  return { report, markdown, reportPath, markdownPath };
}
