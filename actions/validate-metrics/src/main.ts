import { join, resolve } from 'node:path';
import {
  annotate,
  Inputs,
  JobSummary,
  log,
  readRegistryInputs,
  readRunnerContext,
  registryContext,
  run as runAction,
  setOutputs,
  UserError,
  type RegistryInputs,
  type RunnerContext,
} from '@mlops-actions/action-kit';
import { publishReport } from '@mlops-actions/github';
import { runValidateMetrics, type RulesSource, type ValidateMetricsRun } from '@mlops-actions/metrics';

interface ActionInputs {
  run: ValidateMetricsRun;
  /** The registry inputs, when the baseline is the registry's champion. */
  registry: RegistryInputs | undefined;
  comment: 'auto' | 'always' | 'never';
  commentKey: string;
  /** The pull request to comment on: the input, else the event's. */
  pullRequest: number | undefined;
  token: string | undefined;
}

/** Inline YAML (it has a newline, a colon or a brace) or the path of a rules file. */
function rulesInput(inputs: Inputs, workspace: string): RulesSource {
  const v = inputs.optional('rules');
  if (v === undefined) return { kind: 'none' };
  if (v.includes('\n') || /:\s|[{}]|:$/.test(v)) return { kind: 'inline', text: v };
  return { kind: 'file', file: inputs.file('rules', { root: workspace })! };
}

/** A pull-request number given explicitly (the workflow_run pattern for fork PRs). */
function pullRequestInput(inputs: Inputs): number | undefined {
  const v = inputs.optional('pull-request');
  if (v === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(v)) throw new UserError(`must be a pull-request number, got '${v}'`, { input: 'pull-request' });
  return Number(v);
}

function readInputs(ctx: RunnerContext): ActionInputs {
  const inputs = new Inputs();
  const workspace = resolve(ctx.workspace);
  const report = inputs.file('report', { root: workspace });
  const metrics = inputs.file('metrics', { root: workspace }) ?? (report ? { path: report.path, display: report.display } : undefined);
  if (!metrics)
    throw new UserError('is required but was not set', {
      input: 'metrics',
      fix: "Add 'metrics:' under 'with:' in the step: the candidate's metrics file (or 'report:' to publish a report another run wrote)",
    });
  if (report && inputs.optional('metrics') !== undefined)
    throw new UserError('cannot be combined with metrics: report publishes a report another run wrote, metrics validates here', {
      input: 'report',
      fix: "Keep one of 'report:' and 'metrics:'",
    });
  const baselineValue = inputs.optional('baseline');
  let baseline: ValidateMetricsRun['baseline'] = { kind: 'none' };
  let registry: RegistryInputs | undefined;
  if (baselineValue === 'registry') {
    const model = inputs.optional('model');
    if (!model)
      throw new UserError('is required when baseline is registry', {
        input: 'model',
        fix: "Name the registered model, e.g. 'model: churn'",
      });
    registry = readRegistryInputs(inputs, ctx);
    baseline = { kind: 'registry', model, alias: inputs.string('alias', 'production'), label: registry.uri };
  } else if (baselineValue !== undefined) {
    baseline = { kind: 'file', file: inputs.file('baseline', { root: workspace })! };
  }
  const reportDir = inputs.file('report-dir', { root: workspace })?.path ?? join(resolve(ctx.runnerTemp), 'validate-metrics');
  const failOn = inputs.choice('fail-on', ['regression', 'never'] as const, 'regression');
  const reportUrl = inputs.optional('report-url');
  if (reportUrl !== undefined && !/^https?:\/\//i.test(reportUrl))
    throw new UserError(`must be an http(s) URL, got '${reportUrl}'`, { input: 'report-url' });
  // report: mode links the comment to the run that wrote the report (the workflow_run event's run).
  const source = (ctx.event['workflow_run'] as { html_url?: unknown } | undefined)?.html_url;
  return {
    run: {
      report,
      sourceRunUrl: typeof source === 'string' ? source : ctx.runUrl,
      options: {
        metrics,
        rules: rulesInput(inputs, workspace),
        noBaseline: inputs.choice('no-baseline', ['pass', 'fail'] as const, 'pass'),
        mainMetric: inputs.optional('main-metric'),
        params: inputs.file('params', { root: workspace }),
        baselineParams: inputs.file('baseline-params', { root: workspace }),
        dataManifest: inputs.file('data-manifest', { root: workspace }),
        baselineDataManifest: inputs.file('baseline-data-manifest', { root: workspace }),
        predictions: inputs.file('predictions', { root: workspace }),
        slices: inputs.list('slices', { commas: true }),
        minSliceSize: inputs.number('min-slice-size', 30, { min: 1, max: 1_000_000_000, integer: true }),
        plots: { workspace, candidate: inputs.list('plots'), baseline: inputs.list('baseline-plots') },
        significance: {
          task: inputs.choice('task', ['auto', 'classification', 'regression'] as const, 'auto'),
          positiveLabel: inputs.string('positive-label', '1'),
          resamples: inputs.number('bootstrap-resamples', 2000, { min: 100, max: 100_000, integer: true }),
          seed: inputs.number('seed', 42, { min: 0, max: 0xffffffff, integer: true }),
          confidence: inputs.number('confidence', 0.95, { min: 0.5, max: 0.999 }),
        },
        precision: inputs.number('precision', 4, { min: 1, max: 12, integer: true }),
        reportOnly: failOn === 'never',
        links: { run: ctx.runUrl, fullReport: reportUrl },
        reportDir,
      },
      baseline,
      failOn,
    },
    registry,
    comment: inputs.choice('comment', ['auto', 'always', 'never'] as const, 'auto'),
    commentKey: inputs.string('comment-key', 'default'),
    pullRequest: pullRequestInput(inputs) ?? ctx.pullRequest,
    token: registry ? registry.token : inputs.secret('github-token'),
  };
}

/** The action: src/index.ts (the bundle's entry) calls it; @github/local-action imports this file and calls it. */
export const run = (): Promise<void> =>
  runAction(async () => {
    const ctx = readRunnerContext();
    const i = readInputs(ctx);
    const registry = i.registry;
    const outcome = await runValidateMetrics(i.run, {
      log,
      annotate,
      outputs: setOutputs,
      summary: (markdown) => new JobSummary().add(markdown).write(),
      // The registry package is loaded only when the baseline is the registry's champion.
      openRegistry: registry
        ? async () =>
            (await import('@mlops-actions/registry')).openRegistry({
              uri: registry.uri,
              branch: registry.branch,
              token: registry.token,
              log,
              ...registryContext(ctx),
            })
        : undefined,
      publish: (body) =>
        publishReport({
          when: i.comment,
          pullRequest: i.pullRequest,
          token: i.token,
          owner: ctx.owner,
          repo: ctx.repo,
          apiUrl: ctx.apiUrl,
          timeScale: ctx.timeScale,
          action: 'validate-metrics',
          key: i.commentKey,
          body,
          fullReportUrl: i.run.options.links?.fullReport ?? ctx.runUrl,
          permission: 'pull-requests: write',
          log,
        }),
    });
    // The annotations said what failed; exit code 1 fails the step without a second error.
    if (outcome.failStep) process.exitCode = 1;
  });
