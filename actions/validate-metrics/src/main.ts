import { resolve } from 'node:path';
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
  type RegistryInputs,
  type RunnerContext,
} from '@mlops-actions/action-kit';
import { publishReport } from '@mlops-actions/github';
import { parseValidateMetricsOptions, runValidateMetrics, type ValidateMetricsOptions } from '@mlops-actions/metrics';
// Only the name rules: the registry itself is loaded on demand, for a registry baseline.
import { parseAlias, parseModelName } from '@mlops-actions/registry/names';

function readInputs(ctx: RunnerContext): ValidateMetricsOptions<RegistryInputs> {
  const inputs = new Inputs();
  const workspace = resolve(ctx.workspace);
  const file = (name: string) => inputs.file(name, { root: workspace });
  return parseValidateMetricsOptions({
    report: file('report'),
    metrics: file('metrics'),
    rules: inputs.optional('rules'),
    baseline: inputs.optional('baseline'),
    model: inputs.optional('model'),
    file: (name) => file(name)!,
    // Read only for a registry baseline; the names are checked here, once, naming the inputs (the
    // registry package itself loads only for this baseline).
    champion: (model) => {
      const registry = readRegistryInputs(inputs, ctx);
      return {
        registry,
        model: parseModelName(model, { input: 'model' }),
        alias: parseAlias(inputs.string('alias', 'production'), { input: 'alias' }),
      };
    },
    reportDir: file('report-dir'),
    failOn: inputs.choice('fail-on', ['regression', 'never'] as const, 'regression'),
    reportUrl: inputs.optional('report-url'),
    pullRequest: inputs.optional('pull-request'),
    comment: inputs.choice('comment', ['auto', 'always', 'never'] as const, 'auto'),
    commentKey: inputs.string('comment-key', 'default'),
    token: inputs.secret('github-token'),
    validate: {
      noBaseline: inputs.choice('no-baseline', ['pass', 'fail'] as const, 'pass'),
      mainMetric: inputs.optional('main-metric'),
      params: file('params'),
      baselineParams: file('baseline-params'),
      dataManifest: file('data-manifest'),
      baselineDataManifest: file('baseline-data-manifest'),
      predictions: file('predictions'),
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
    },
    ctx,
  });
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
