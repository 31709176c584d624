import { join } from 'node:path';
import {
  Inputs,
  JobSummary,
  log,
  mappingInput,
  readRegistryInputs,
  readRunnerContext,
  registryContext,
  requireRepository,
  run as runAction,
  setOutputs,
  type RunnerContext,
} from '@mlops-actions/action-kit';
// Its own entry point: only this action bundles @actions/artifact (loaded on demand, in its own chunk).
import { uploadArtifact } from '@mlops-actions/action-kit/artifact';
import { isDriftWorker, parseDriftOptions, runDriftReport, serveDriftWorker, type DriftInputs } from '@mlops-actions/drift';
import { createGitHubClient } from '@mlops-actions/github';
import { parseAlias, parseModelName, readReferenceProfile } from '@mlops-actions/registry';

/** Every input, typed; the rules between them are the drift package's (parseDriftOptions). */
function readInputs(inputs: Inputs, ctx: RunnerContext): DriftInputs & { registry: ReturnType<typeof readRegistryInputs> } {
  const current = inputs.list('current', { required: true });
  const mode = inputs.choice('mode', ['compare', 'profile'] as const, 'compare');
  const reference = inputs.list('reference');
  const registry = readRegistryInputs(inputs, ctx);
  return {
    mode,
    reference,
    current,
    format: inputs.choice('format', ['auto', 'csv', 'jsonl', 'parquet'] as const, 'auto'),
    selection: {
      columns: inputs.list('columns', { commas: true }),
      exclude: inputs.list('exclude-columns', { commas: true }),
      categorical: inputs.list('categorical', { commas: true }),
      numerical: inputs.list('numerical', { commas: true }),
    },
    tests: mappingInput(inputs, 'tests'),
    thresholds: mappingInput(inputs, 'thresholds'),
    driftShare: inputs.number('drift-share', 0.5, { min: 0, max: 1 }),
    criticalColumns: inputs.list('critical-columns', { commas: true }),
    correction: inputs.choice('correction', ['none', 'bonferroni', 'bh'] as const, 'none'),
    schemaChanges: inputs.choice('schema-changes', ['drift', 'report'] as const, 'drift'),
    model: inputs.optional('model'),
    alias: inputs.string('alias', 'production'),
    reportDir: inputs.file('report-dir', { root: ctx.workspace })?.path ?? join(ctx.runnerTemp, 'drift-report'),
    parallel: inputs.choice('parallel', ['auto', 'true', 'false'] as const, 'auto'),
    uploadArtifact: inputs.boolean('upload-artifact', true),
    failOnDrift: inputs.boolean('fail-on-drift', false),
    issue: inputs.boolean('issue', false),
    hasToken: registry.token !== undefined,
    registry,
  };
}

async function main(): Promise<void> {
  const ctx = readRunnerContext();
  const i = readInputs(new Inputs(), ctx);
  await runDriftReport(parseDriftOptions(i), {
    runner: { workspace: ctx.workspace, serverUrl: ctx.serverUrl, runUrl: ctx.runUrl },
    log,
    outputs: setOutputs,
    summary: (markdown) => new JobSummary().add(markdown).write(),
    uploadArtifact: (dir, name) => uploadArtifact(dir, name),
    // The model and alias inputs enter the registry here: checked once, naming the inputs.
    registryReference: (model, alias) =>
      readReferenceProfile(
        { uri: i.registry.uri, branch: i.registry.branch, token: i.registry.token, log, ...registryContext(ctx) },
        parseModelName(model, { input: 'model' }),
        parseAlias(alias, { input: 'alias' }),
      ),
    issueTarget: () => ({
      octokit: createGitHubClient({ token: i.registry.token!, apiUrl: ctx.apiUrl, log, timeScale: ctx.timeScale }),
      ...requireRepository(ctx),
    }),
    // Reader threads start from this bundle, whose top level serves them (below).
    workerEntry: new URL(import.meta.url),
  });
}

// In a drift worker thread (started from this module's own file, see workerEntry) serve its request.
if (isDriftWorker()) await serveDriftWorker();

/** The action: src/index.ts (the bundle's entry) calls it; @github/local-action imports this file and calls it. */
export function run(): Promise<void> {
  // A worker has served its request above; only the main thread runs the action.
  return isDriftWorker() ? Promise.resolve() : runAction(main);
}
