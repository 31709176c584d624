import { resolve } from 'node:path';
import {
  Inputs,
  JobSummary,
  log,
  readRegistryInputs,
  readRunnerContext,
  registryContext,
  run as runAction,
  saveState,
  setOutputs,
  UserError,
} from '@mlops-actions/action-kit';
import { openActionsCache } from '@mlops-actions/action-kit/cache';
import { openRegistry, parseAlias, parseModelName, type Alias, type ModelName } from '@mlops-actions/registry';
import { parseCacheDir, parseCachePath, runTrainGate, type TrainGateOptions } from '@mlops-actions/training-gate';

function readInputs() {
  const inputs = new Inputs();
  const ctx = readRunnerContext();
  const workspace = resolve(ctx.workspace);
  const file = (name: string) => inputs.file(name, { root: workspace });
  const dataHash = inputs.optional('data-hash');
  const dataManifest = file('data-manifest');
  if (!dataHash && !dataManifest) {
    throw new UserError('neither data-hash nor data-manifest is set', {
      input: 'data-hash',
      fix: 'Pass the hash or manifest output of a data-hash step',
    });
  }
  const drift = inputs.optional('drift');
  if (drift !== undefined && !['true', 'false'].includes(drift)) {
    throw new UserError(`must be true or false (the drift output of drift-report), got '${drift}'`, { input: 'drift' });
  }
  const cacheDir = parseCacheDir(inputs.optional('cache-dir'), workspace);
  const modelInput = inputs.optional('model');
  const aliasInput = inputs.string('alias', 'production');
  // Checked once, here, and only when there is a champion to look up.
  const named =
    modelInput === undefined
      ? undefined
      : { model: parseModelName(modelInput, { input: 'model' }), alias: parseAlias(aliasInput, { input: 'alias' }) };
  const sources = {
    root: workspace,
    dataHash,
    dataManifest,
    code: inputs.list('code'),
    params: file('params'),
    extraKey: inputs.optional('extra-key'),
  };
  const registry = readRegistryInputs(inputs, ctx);
  const gate: TrainGateOptions<ModelName, Alias> = {
    workspace,
    sources,
    champion:
      named === undefined
        ? undefined
        : { ...named, registry: registry.uri, missingFolder: registry.missing ? registry.directory : undefined },
    drift: drift === 'true',
    maxAgeMs: inputs.duration('max-age'),
    force: inputs.boolean('force', false),
    cache: inputs.boolean('cache', true),
    cachePath: parseCachePath(inputs.string('cache-path', 'model'), workspace),
    cacheDir,
  };
  return { ctx, registry, gate };
}

/** The action: src/index.ts (the bundle's entry) calls it; @github/local-action imports this file and calls it. */
export const run = (): Promise<void> =>
  runAction(async () => {
    const i = readInputs();
    const r = await runTrainGate(i.gate, {
      log,
      openRegistry: () =>
        openRegistry({ uri: i.registry.uri, branch: i.registry.branch, token: i.registry.token, log, ...registryContext(i.ctx) }),
      openActionsCache: () => openActionsCache(),
    });
    // What the post step needs to save this training under its fingerprint once the job has succeeded.
    saveState(r.postState);
    setOutputs({
      'should-train': r.decision.shouldTrain,
      reasons: r.decision.reasons,
      fingerprint: r.fingerprint.fingerprint,
      'fingerprint-parts': r.fingerprint,
      'cache-hit': r.cache === 'hit',
      'cache-key': r.cacheKey,
      'champion-version': r.championVersion ?? '',
    });
    await new JobSummary().add(r.summary).write();
  });
