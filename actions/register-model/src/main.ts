import { join, resolve } from 'node:path';
import {
  Inputs,
  JobSummary,
  log,
  readRegistryInputs,
  readRunnerContext,
  registryContext,
  run as runAction,
  setOutputs,
  type RunnerContext,
} from '@mlops-actions/action-kit';
import {
  checkJsonFile,
  modelSelection,
  parseAlias,
  parseModelName,
  parseModelVersion,
  parseStoreChoice,
  readDataLineage,
  readMappingFile,
  runRegisterModel,
  type Bump,
  type RegisterOptions,
  type RegisterStepOptions,
  type ReleaseClient,
} from '@mlops-actions/registry';

interface RegisterModelInputs extends RegisterStepOptions {
  ctx: RunnerContext;
}

/** train-gate's fingerprint or fingerprint-parts, parsed by the training-gate package (which writes them). */
async function fingerprint(text: string | undefined): Promise<Pick<RegisterOptions, 'fingerprint' | 'training'>> {
  if (text === undefined) return {};
  const { parseFingerprintParts } = await import('@mlops-actions/training-gate');
  const p = parseFingerprintParts(text, { input: 'fingerprint' });
  return { fingerprint: p.fingerprint, ...(p.parts ? { training: p.parts } : {}) };
}

/**
 * The validate-metrics report, read by the metrics package (which writes it, keyed on its format) and
 * recorded as its verdict and digest. The package is loaded only when a report is given.
 */
async function validationReport(f: { path: string; display: string } | undefined): Promise<RegisterOptions['validation']> {
  if (!f) return undefined;
  const { readMetricsReport, reportVerdict } = await import('@mlops-actions/metrics');
  const read = await readMetricsReport(f, { input: 'validation-report' });
  return { summary: { ...reportVerdict(read.report), reportDigest: read.digest }, file: f.path };
}

/** Every input, checked (and the files they name read by their formats' readers) before anything is registered. */
async function readInputs(): Promise<RegisterModelInputs> {
  const inputs = new Inputs();
  const ctx = readRunnerContext();
  const workspace = resolve(ctx.workspace);
  const file = (name: string) => inputs.file(name, { root: workspace });
  const mapping = async (name: string) => {
    const f = file(name);
    return f && readMappingFile(f, name);
  };
  const name = parseModelName(inputs.string('name'));
  const pathLines = inputs.list('path', { required: true });
  const version = inputs.optional('version');
  const bump = inputs.choice<Bump>('bump', ['major', 'minor', 'patch'], 'minor');
  // The embedded default for local runs is a directory registry: no remote, no token needed (the first registration creates it).
  const registry = readRegistryInputs(inputs, ctx);
  const store = parseStoreChoice(inputs.string('store', 'auto'));
  const alias = inputs.optional('alias');
  const data = await readDataLineage(file('data-manifest'), inputs.optional('data-hash'));
  const report = file('validation-report');
  const profile = file('reference-profile');
  if (profile) await checkJsonFile(profile.path, profile.display, 'reference-profile');
  const plotPatterns = inputs.list('plots');
  // The plot reader (and its CSV and YAML parsers) is loaded only when plots are registered.
  const plots = plotPatterns.length
    ? await (await import('@mlops-actions/metrics')).readPlotsBundle(workspace, plotPatterns, 'plots')
    : undefined;
  return {
    ctx,
    registry: { uri: registry.uri, branch: registry.branch },
    token: registry.token,
    events: inputs.boolean('events', false),
    cardDir: join(resolve(ctx.runnerTemp), 'register-model'),
    register: {
      name,
      files: await modelSelection(workspace, pathLines),
      version: version === undefined ? undefined : parseModelVersion(version),
      bump,
      store,
      metrics: await mapping('metrics'),
      params: await mapping('params'),
      data,
      validation: await validationReport(report),
      referenceProfile: profile?.path,
      plots,
      ...(await fingerprint(inputs.optional('fingerprint'))),
      description: inputs.optional('description'),
      alias: alias === undefined ? undefined : parseAlias(alias),
      tag: inputs.boolean('tag', false),
      lineage: {
        repository: ctx.repository,
        commit: ctx.sha,
        ref: ctx.ref,
        workflow: ctx.workflow,
        job: ctx.job,
        runId: ctx.runId,
        runAttempt: ctx.runAttempt,
        runUrl: ctx.runUrl,
        actor: ctx.actor,
        event: ctx.eventName,
        pullRequest: ctx.pullRequest,
      },
    },
  };
}

/** The action: src/index.ts (the bundle's entry) calls it; @github/local-action imports this file and calls it. */
export const run = (): Promise<void> =>
  runAction(async () => {
    const { ctx, ...options } = await readInputs();
    const r = await runRegisterModel(options, {
      ctx: { ...registryContext(ctx), owner: ctx.owner, repo: ctx.repo, repository: ctx.repository, runUrl: ctx.runUrl, actor: ctx.actor },
      log,
      // The GitHub client (and its code) is loaded on the first Release or repository_dispatch request only.
      gitHubClient: (token) =>
        import('@mlops-actions/github').then(
          (m) => m.createGitHubClient({ token, apiUrl: ctx.apiUrl, log, timeScale: ctx.timeScale }) as unknown as ReleaseClient,
        ),
    });
    // The registration landed: its outputs and summary are written even when an event then failed (r.error).
    setOutputs(r.outputs);
    await new JobSummary().add(r.summary).write();
    if (r.error) throw r.error;
  });
