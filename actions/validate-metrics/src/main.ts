import { join, resolve } from 'node:path';
import {
  annotate,
  Inputs,
  JobSummary,
  log,
  readRunnerContext,
  requireRepository,
  run as runAction,
  setOutputs,
  UserError,
  type RunnerContext,
  defaultRegistry,
} from '@mlops-actions/action-kit';
import { createGitHubClient, upsertComment } from '@mlops-actions/github';
import {
  publishForeignReport,
  validateMetrics,
  type BaselineSource,
  type FileRef,
  type RulesSource,
  type ValidateOptions,
} from '@mlops-actions/metrics';
import { openRegistryReader } from './registry.ts';

interface ActionInputs {
  /** A report.json another run wrote, to publish instead of validating (the workflow_run commenter). */
  report: FileRef | undefined;
  options: Omit<ValidateOptions, 'baseline'>;
  baseline:
    | { kind: 'none' }
    | { kind: 'file'; file: FileRef }
    | { kind: 'registry'; uri: string; branch: string; model: string; alias: string };
  failOn: 'regression' | 'never';
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
  let baseline: ActionInputs['baseline'] = { kind: 'none' };
  if (baselineValue === 'registry') {
    const model = inputs.optional('model');
    if (!model)
      throw new UserError('is required when baseline is registry', {
        input: 'model',
        fix: "Name the registered model, e.g. 'model: churn'",
      });
    baseline = {
      kind: 'registry',
      uri: inputs.optional('registry') ?? defaultRegistry(ctx),
      branch: inputs.string('registry-branch', 'mlops-registry'),
      model,
      alias: inputs.string('alias', 'production'),
    };
  } else if (baselineValue !== undefined) {
    baseline = { kind: 'file', file: inputs.file('baseline', { root: workspace })! };
  }
  const reportDir = inputs.file('report-dir', { root: workspace })?.path ?? join(resolve(ctx.runnerTemp), 'validate-metrics');
  const failOn = inputs.choice('fail-on', ['regression', 'never'] as const, 'regression');
  const reportUrl = inputs.optional('report-url');
  if (reportUrl !== undefined && !/^https?:\/\//i.test(reportUrl))
    throw new UserError(`must be an http(s) URL, got '${reportUrl}'`, { input: 'report-url' });
  return {
    report,
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
      log: log,
    },
    baseline,
    failOn,
    comment: inputs.choice('comment', ['auto', 'always', 'never'] as const, 'auto'),
    commentKey: inputs.string('comment-key', 'default'),
    pullRequest: pullRequestInput(inputs) ?? ctx.pullRequest,
    token: inputs.secret('github-token'),
  };
}

async function baselineSource(i: ActionInputs, ctx: RunnerContext): Promise<BaselineSource> {
  const b = i.baseline;
  if (b.kind !== 'registry') return b;
  const registry = await openRegistryReader({ uri: b.uri, branch: b.branch, ctx, token: i.token, log: log });
  return { kind: 'registry', registry, model: b.model, alias: b.alias, label: b.uri };
}

/**
 * report: mode. The report another run wrote (a fork's pull-request run, downloaded as an artifact) is
 * re-rendered from its JSON with every string escaped, never posted as that run's markdown; the step
 * publishes it and does not gate (the run that validated is the gate).
 */
function foreignReport(i: ActionInputs, ctx: RunnerContext) {
  const source = (ctx.event['workflow_run'] as { html_url?: unknown } | undefined)?.html_url;
  return publishForeignReport({
    file: i.report!,
    reportDir: i.options.reportDir ?? join(resolve(ctx.runnerTemp), 'validate-metrics'),
    sourceRunUrl: typeof source === 'string' ? source : ctx.runUrl,
    precision: i.options.precision,
  });
}

/** The action: src/index.ts (the bundle's entry) calls it; @github/local-action imports this file and calls it. */
export const run = (): Promise<void> =>
  runAction(async () => {
    const ctx = readRunnerContext();
    const i = readInputs(ctx);
    // Everything is read and checked here; a bad input fails the step before any comment is posted.
    const result = i.report ? await foreignReport(i, ctx) : await validateMetrics({ ...i.options, baseline: await baselineSource(i, ctx) });
    const { report, markdown } = result;

    // The verdict first: annotations, outputs and the job summary are written before GitHub is asked
    // for anything, so a comment that cannot be written never hides them (it becomes one warning).
    const blocking = !report.passed && i.failOn === 'regression' && !i.report;
    for (const c of i.report ? [] : report.failed) {
      const text = `${c.metric ? `${c.metric}: ` : ''}${c.message}`;
      const place = { file: c.origin?.file, line: c.origin?.line, title: 'validate-metrics' };
      if (blocking) annotate.error(text, place);
      else annotate.warning(text, place);
    }
    setOutputs({
      passed: report.passed,
      'failed-checks': report.failedChecks,
      failed: report.failed.map((c) => `${c.metric ? `${c.metric}: ` : ''}${c.rule}`).join('\n'),
      report: result.reportPath,
      markdown: result.markdownPath,
      // Set again below when a comment is posted (the last value of an output wins).
      'comment-url': '',
    });
    await new JobSummary().add(markdown).write();

    const wantComment = i.comment === 'always' || (i.comment === 'auto' && i.pullRequest !== undefined);
    if (wantComment && i.pullRequest === undefined) {
      log.warning('comment is always, but this run is not for a pull request: the report is in the job summary only');
    } else if (wantComment && !i.token) {
      log.warning('no github-token to comment with: the report is in the job summary only');
    } else if (wantComment) {
      const { owner, repo } = requireRepository(ctx);
      const octokit = createGitHubClient({ token: i.token!, apiUrl: ctx.apiUrl, log: log });
      const outcome = await upsertComment({
        octokit,
        owner,
        repo,
        issueNumber: i.pullRequest!,
        action: 'validate-metrics',
        key: i.commentKey,
        body: markdown,
        fullReportUrl: i.options.links?.fullReport ?? ctx.runUrl,
        permission: 'pull-requests: write',
        log: log,
      });
      if (outcome.outcome === 'created' || outcome.outcome === 'updated') {
        setOutputs({ 'comment-url': outcome.url });
        log.info(
          `${outcome.outcome === 'created' ? 'Posted' : 'Updated'} the comment: ${outcome.url}${outcome.truncated ? " (cut to fit GitHub's limit)" : ''}`,
        );
      }
    }

    if (blocking) {
      log.info(`validate-metrics: ${report.failedChecks} of ${report.checks} checks failed (fail-on: regression)`);
      // The annotations above say what failed; exit code 1 fails the step without a second error.
      process.exitCode = 1;
    } else if (!report.passed) {
      log.info(`validate-metrics: ${report.failedChecks} checks failed, but fail-on is never`);
    }
  });
