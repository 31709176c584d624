import { extname, join } from 'node:path';
import { UserError } from '@mlops-actions/errors';
import { parseStructured, writeFileAtomic } from '@mlops-actions/files';
import { readDataDiff } from './data.ts';
import { checkJsonSyntax, metricSetFromRecord, paramsFromValue, readMetricsFile, readParamsFile, readText, type MetricSet, type ParamSet } from './parse.ts';
import { compareMetrics, diffParams, reportJson, chooseMainMetric, type BaselineInfo, type Report, type Trend, type TrendPoint } from './report.ts';
import { renderMarkdown } from './render.ts';
import { EMPTY_RULES, parseRules, type RuleSet } from './rules.ts';
import { computeSignificance, readPredictionsFile, type SignificanceOptions } from './significance.ts';
import type { NoBaselinePolicy } from './gate.ts';

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
  significance?: SignificanceOptions;
  /** Versions shown in the trend chart (default 10, the candidate included). */
  trendVersions?: number;
  precision?: number;
  reportOnly?: boolean;
  links?: Report['links'];
  /** Where report.json and report.md are written; nothing is written when undefined. */
  reportDir?: string | undefined;
  log?: { info(m: string): void; warning(m: string): void };
}

export interface ValidateResult {
  report: Report;
  markdown: string;
  reportPath?: string | undefined;
  markdownPath?: string | undefined;
}

export async function readRules(source: RulesSource): Promise<RuleSet> {
  if (source.kind === 'none') return EMPTY_RULES;
  if (source.kind === 'inline') return parseRules(parseStructured(source.text, source.source ?? "input 'rules'"));
  const text = await readText(source.file.path, source.file.display, 'Check the path; it is relative to the workspace');
  if (extname(source.file.path).toLowerCase() === '.json') checkJsonSyntax(text, source.file.display, source.file.display);
  return parseRules(parseStructured(text, source.file.display, source.file.display), source.file.display);
}

interface ResolvedBaseline {
  metrics?: MetricSet | undefined;
  info: BaselineInfo;
  params?: ParamSet | undefined;
  dataHash?: string | undefined;
  trend?: (main: string, candidate: number | undefined) => Promise<Trend | undefined>;
}

async function resolveBaseline(source: BaselineSource, o: ValidateOptions): Promise<ResolvedBaseline> {
  if (source.kind === 'none') return { info: { kind: 'none' } };
  if (source.kind === 'file') {
    const metrics = await readMetricsFile(source.file.path, source.file.display);
    return { metrics, info: { kind: 'file', source: source.file.display } };
  }
  const { registry, model, alias } = source;
  const card = await registry.resolve(model, { alias });
  if (!card) {
    o.log?.info(`No version of ${model} has the alias ${alias} yet: comparing without a baseline (no-baseline: ${o.noBaseline ?? 'pass'}).`);
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
      .map((v) => ({ label: `v${v.version}`, value: v.metrics[main]!, ...(v.version === card.version ? { role: 'baseline' as const } : {}) }));
    if (candidate !== undefined) points.push({ label: 'candidate', value: candidate, role: 'candidate' });
    return points.length >= 2 ? { metric: main, points } : undefined;
  };
  return {
    metrics: hasMetrics ? metricSetFromRecord(card.metrics!, label, (name, why) => o.log?.warning(`${why}: left out of the baseline`)) : undefined,
    info: hasMetrics ? { kind: 'registry', model, alias, version: card.version, registry: source.label, runUrl: card.lineage?.runUrl } : { kind: 'none' },
    params: card.params ? paramsFromValue(card.params, label) : undefined,
    dataHash: card.data?.hash,
    trend,
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

async function validate(o: ValidateOptions): Promise<ValidateResult> {
  const rules = await readRules(o.rules);
  const candidate = await readMetricsFile(o.metrics.path, o.metrics.display);
  const baseline = await resolveBaseline(o.baseline, o);
  const [params, baselineParams] = await Promise.all([o.params ? readParamsFile(o.params.path, o.params.display) : undefined, o.baselineParams ? readParamsFile(o.baselineParams.path, o.baselineParams.display) : undefined]);
  const data = await readDataDiff({ candidate: o.dataManifest, baseline: o.baselineDataManifest, baselineHash: o.baselineDataManifest ? undefined : baseline.dataHash });
  const significance = o.predictions ? computeSignificance(await readPredictionsFile(o.predictions.path, o.predictions.display), o.significance) : undefined;
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
    mainMetric,
    params: diffParams(baselineParams ?? baseline.params, params),
    data,
    trend,
    links: o.links,
  });
  const markdown = renderMarkdown(report, { precision: o.precision ?? 4, reportOnly: o.reportOnly ?? false });
  if (!o.reportDir) return { report, markdown };
  const reportPath = join(o.reportDir, 'report.json');
  const markdownPath = join(o.reportDir, 'report.md');
  await writeFileAtomic(reportPath, reportJson(report));
  await writeFileAtomic(markdownPath, markdown);
  return { report, markdown, reportPath, markdownPath };
}
