/**
 * validate-metrics' inputs to its checked options (parseValidateMetricsOptions): which of report and
 * metrics, the rules inline or from a file, the baseline, the defaults taken from the run, the pull
 * request and the token. The rules between the inputs live here, where a unit test reaches them; the
 * action only reads the inputs and calls runValidateMetrics with what comes back.
 */
import { join, resolve } from 'node:path';
import { UserError } from '@mlops-actions/errors';
import type { ValidateMetricsRun } from './run.ts';
import type { FileRef, RulesSource, ValidateOptions } from './validate.ts';

/** The inputs whose text is a workspace path only in some cases, resolved when that case is known. */
export type LazyFileInput = 'rules' | 'baseline';

/** The inputs as the action reads them (typed, not yet checked against each other). */
export interface ValidateMetricsInputs<Registry extends { uri: string; token: string | undefined }, Name = string, Alias = string> {
  report: FileRef | undefined;
  metrics: FileRef | undefined;
  /** The `rules` input as given: inline YAML or the path of a rules file. */
  rules: string | undefined;
  /** The `baseline` input as given: `registry` or the path of a metrics file. */
  baseline: string | undefined;
  /** The `model` input as given. */
  model: string | undefined;
  /** Resolves `rules` or `baseline` as a path in the workspace (called only when it is one). */
  file(input: LazyFileInput): FileRef;
  /**
   * Reads the registry inputs and parses the model name and alias where they enter (called only for a
   * registry baseline, once the model is known to be set).
   */
  champion(model: string): { registry: Registry; model: Name; alias: Alias };
  reportDir: FileRef | undefined;
  failOn: 'regression' | 'never';
  reportUrl: string | undefined;
  /** The `pull-request` input as given. */
  pullRequest: string | undefined;
  comment: 'auto' | 'always' | 'never';
  commentKey: string;
  /** The `github-token` input; undefined when empty. */
  token: string | undefined;
  /** Everything else validateMetrics reads, already typed by the action. */
  validate: Omit<ValidateOptions, 'metrics' | 'baseline' | 'rules' | 'reportOnly' | 'links' | 'log'>;
  /** Where the step runs. */
  ctx: {
    runnerTemp: string;
    runUrl: string | undefined;
    /** The event's pull request number. */
    pullRequest: number | undefined;
    /** The event payload (a workflow_run event names the run that wrote a report). */
    event: Readonly<Record<string, unknown>>;
  };
}

/** The checked options of one run. */
export interface ValidateMetricsOptions<Registry> {
  run: ValidateMetricsRun;
  /** The registry inputs, when the baseline is the registry's champion. */
  registry: Registry | undefined;
  comment: 'auto' | 'always' | 'never';
  commentKey: string;
  /** The pull request to comment on: the input, else the event's. */
  pullRequest: number | undefined;
  token: string | undefined;
}

/** Inline YAML: it has a newline, a colon followed by a space or ending it, or a brace. */
export function isInlineRules(text: string): boolean {
  return text.includes('\n') || /:\s|[{}]|:$/.test(text);
}

/** Checks the inputs against each other; every error names the input and the fix. */
export function parseValidateMetricsOptions<
  Registry extends { uri: string; token: string | undefined },
  Name extends string,
  Alias extends string,
>(i: ValidateMetricsInputs<Registry, Name, Alias>): ValidateMetricsOptions<Registry> {
  // report: publishes a report another run wrote; its metrics stand in for the metrics input.
  const metrics = i.metrics ?? (i.report ? { path: i.report.path, display: i.report.display } : undefined);
  if (!metrics)
    throw new UserError('is required but was not set', {
      input: 'metrics',
      fix: "Add 'metrics:' under 'with:' in the step: the candidate's metrics file (or 'report:' to publish a report another run wrote)",
    });
  if (i.report && i.metrics !== undefined)
    throw new UserError('cannot be combined with metrics: report publishes a report another run wrote, metrics validates here', {
      input: 'report',
      fix: "Keep one of 'report:' and 'metrics:'",
    });
  let baseline: ValidateMetricsRun['baseline'] = { kind: 'none' };
  let registry: Registry | undefined;
  if (i.baseline === 'registry') {
    if (!i.model)
      throw new UserError('is required when baseline is registry', {
        input: 'model',
        fix: "Name the registered model, e.g. 'model: churn'",
      });
    const champion = i.champion(i.model);
    registry = champion.registry;
    baseline = { kind: 'registry', model: champion.model, alias: champion.alias, label: registry.uri };
  } else if (i.baseline !== undefined) {
    baseline = { kind: 'file', file: i.file('baseline') };
  }
  if (i.reportUrl !== undefined && !/^https?:\/\//i.test(i.reportUrl))
    throw new UserError(`must be an http(s) URL, got '${i.reportUrl}'`, { input: 'report-url' });
  let rules: RulesSource = { kind: 'none' };
  if (i.rules !== undefined) rules = isInlineRules(i.rules) ? { kind: 'inline', text: i.rules } : { kind: 'file', file: i.file('rules') };
  // A pull-request number given explicitly (the workflow_run pattern for fork PRs), else the event's.
  let pullRequest = i.ctx.pullRequest;
  if (i.pullRequest !== undefined) {
    if (!/^[1-9]\d*$/.test(i.pullRequest))
      throw new UserError(`must be a pull-request number, got '${i.pullRequest}'`, { input: 'pull-request' });
    pullRequest = Number(i.pullRequest);
  }
  // report: mode links the comment to the run that wrote the report (the workflow_run event's run).
  const source = (i.ctx.event['workflow_run'] as { html_url?: unknown } | undefined)?.html_url;
  return {
    run: {
      report: i.report,
      sourceRunUrl: typeof source === 'string' ? source : i.ctx.runUrl,
      options: {
        ...i.validate,
        metrics,
        rules,
        reportOnly: i.failOn === 'never',
        links: { run: i.ctx.runUrl, fullReport: i.reportUrl },
        reportDir: i.reportDir?.path ?? join(resolve(i.ctx.runnerTemp), 'validate-metrics'),
      },
      baseline,
      failOn: i.failOn,
    },
    registry,
    comment: i.comment,
    commentKey: i.commentKey,
    pullRequest,
    // A registry baseline reads the token with the registry inputs.
    token: registry ? registry.token : i.token,
  };
}
