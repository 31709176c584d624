/**
 * validate-metrics from its checked inputs to its outputs: validate here (or publish a report another
 * run wrote), then the verdict as annotations, the outputs and the job summary, then the comment, then
 * whether the step fails. Everything that touches the runner or GitHub comes in as a dependency
 * (ValidateMetricsDeps): the action wires the action kit (annotations, outputs, summary), the registry
 * (the champion) and the GitHub package's publishReport (the sticky comment and its fork fallback);
 * this package reads no environment and imports no runner toolkit.
 */
import type { Logger } from '@mlops-actions/errors';
import type { Check } from './gate.ts';
import { publishForeignReport } from './report-json.ts';
import { validateMetrics, type BaselineSource, type FileRef, type RegistryReader, type ValidateOptions } from './validate.ts';

/** Where the baseline comes from, before anything is opened: the registry is opened through the deps. */
export type BaselineChoice =
  | { kind: 'none' }
  | { kind: 'file'; file: FileRef }
  | { kind: 'registry'; model: string; alias: string; label?: string | undefined };

export interface ValidateMetricsRun {
  /**
   * report mode: a report.json another run wrote (a fork's pull-request run, downloaded as an artifact),
   * re-rendered from its JSON and published, never gated here (the run that validated is the gate).
   */
  report?: FileRef | undefined;
  /** The run that wrote that report, linked from the comment (the workflow_run event's run). */
  sourceRunUrl?: string | undefined;
  options: Omit<ValidateOptions, 'baseline' | 'log'> & { reportDir: string };
  baseline: BaselineChoice;
  failOn: 'regression' | 'never';
}

/** Where an annotation points. */
export interface AnnotationPlace {
  file?: string | undefined;
  line?: number | undefined;
  title?: string | undefined;
}

export type ValidateOutputValue = string | number | boolean;

export interface ValidateMetricsDeps {
  log: Logger;
  annotate: { error(message: string, place: AnnotationPlace): void; warning(message: string, place: AnnotationPlace): void };
  /** Sets step outputs (the last value of an output wins). */
  outputs(values: Record<string, ValidateOutputValue>): void;
  /** Writes the job summary (once). */
  summary(markdown: string): Promise<unknown>;
  /** Opens the registry the champion is read from; asked for only when the baseline is the registry. */
  openRegistry?(): Promise<RegistryReader>;
  /**
   * Posts the report as the pull request's comment, or says why not (see publishReport of
   * @mlops-actions/github): a `url` when one was posted or updated. Never throws for GitHub's refusals.
   */
  publish?(markdown: string): Promise<{ outcome: string; url?: string }>;
}

export interface ValidateMetricsOutcome {
  passed: boolean;
  /** The step must fail: checks failed with fail-on regression (the annotations said which). */
  failStep: boolean;
}

const checkText = (c: Check) => `${c.metric ? `${c.metric}: ` : ''}${c.message}`;

async function baselineSource(b: BaselineChoice, deps: ValidateMetricsDeps): Promise<BaselineSource> {
  if (b.kind !== 'registry') return b;
  if (!deps.openRegistry) throw new Error('baseline is registry, but no registry opener was given');
  return { kind: 'registry', registry: await deps.openRegistry(), model: b.model, alias: b.alias, label: b.label };
}

/**
 * Runs validate-metrics. Every input is read and checked before anything is written or posted; the
 * verdict (annotations, outputs, job summary) is written before GitHub is asked for anything, so a
 * comment that cannot be written never hides it.
 */
export async function runValidateMetrics(run: ValidateMetricsRun, deps: ValidateMetricsDeps): Promise<ValidateMetricsOutcome> {
  const { log } = deps;
  const foreign = run.report !== undefined;
  const result = run.report
    ? await publishForeignReport({
        file: run.report,
        reportDir: run.options.reportDir,
        sourceRunUrl: run.sourceRunUrl,
        precision: run.options.precision,
      })
    : await validateMetrics({ ...run.options, baseline: await baselineSource(run.baseline, deps), log });
  const { report, markdown } = result;

  const failStep = !report.passed && run.failOn === 'regression' && !foreign;
  for (const c of foreign ? [] : report.failed) {
    const place = { file: c.origin?.file, line: c.origin?.line, title: 'validate-metrics' };
    if (failStep) deps.annotate.error(checkText(c), place);
    else deps.annotate.warning(checkText(c), place);
  }
  deps.outputs({
    passed: report.passed,
    'failed-checks': report.failedChecks,
    failed: report.failed.map((c) => `${c.metric ? `${c.metric}: ` : ''}${c.rule}`).join('\n'),
    report: result.reportPath ?? '',
    markdown: result.markdownPath ?? '',
    // Set again below when a comment is posted (the last value of an output wins).
    'comment-url': '',
  });
  await deps.summary(markdown);

  const posted = await deps.publish?.(markdown);
  if (posted?.url) deps.outputs({ 'comment-url': posted.url });

  if (failStep) log.info(`validate-metrics: ${report.failedChecks} of ${report.checks} checks failed (fail-on: regression)`);
  else if (!report.passed) log.info(`validate-metrics: ${report.failedChecks} checks failed, but fail-on is never`);
  return { passed: report.passed, failStep };
}
