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
} from '@mlops-actions/action-kit';
import { openActionsCache } from '@mlops-actions/action-kit/cache';
import { openRegistry, parseAlias, parseModelName, type Alias, type ModelName } from '@mlops-actions/registry';
import { parseTrainGateOptions, runTrainGate, type TrainGateInputs } from '@mlops-actions/training-gate';

function readInputs() {
  const inputs = new Inputs();
  const ctx = readRunnerContext();
  const workspace = resolve(ctx.workspace);
  const file = (name: string) => inputs.file(name, { root: workspace });
  const dataHash = inputs.optional('data-hash');
  const dataManifest = file('data-manifest');
  const drift = inputs.optional('drift');
  const cacheDir = inputs.optional('cache-dir');
  const modelInput = inputs.optional('model');
  const aliasInput = inputs.string('alias', 'production');
  // Parsed where they enter, and only when there is a champion to look up.
  const named =
    modelInput === undefined
      ? undefined
      : { model: parseModelName(modelInput, { input: 'model' }), alias: parseAlias(aliasInput, { input: 'alias' }) };
  const registry = readRegistryInputs(inputs, ctx);
  const gate: TrainGateInputs<ModelName, Alias> = {
    workspace,
    dataHash,
    dataManifest,
    code: inputs.list('code'),
    params: file('params'),
    extraKey: inputs.optional('extra-key'),
    drift,
    named,
    registry,
    maxAgeMs: inputs.duration('max-age'),
    force: inputs.boolean('force', false),
    cache: inputs.boolean('cache', true),
    cachePath: inputs.string('cache-path', 'model'),
    cacheDir,
  };
  return { ctx, registry, gate };
}

/** The action: src/index.ts (the bundle's entry) calls it; @github/local-action imports this file and calls it. */
export const run = (): Promise<void> =>
  runAction(async () => {
    const i = readInputs();
    const r = await runTrainGate(parseTrainGateOptions(i.gate), {
      log,
      openRegistry: () =>
        openRegistry({ uri: i.registry.uri, branch: i.registry.branch, token: i.registry.token, log, ...registryContext(i.ctx) }),
      openActionsCache: () => openActionsCache(),
    });
    // What the post step needs to save this training under its fingerprint once the job has succeeded.
    saveState(r.postState);
    setOutputs(r.outputs);
    await new JobSummary().add(r.summary).write();
  });
