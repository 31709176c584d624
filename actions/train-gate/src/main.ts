import { resolve } from 'node:path';
import * as core from '@actions/core';
import { Inputs, JobSummary, log, readRunnerContext, run, setOutputs, UserError, defaultRegistry, registryContext } from '@mlops-actions/action-kit';
import { openRegistry, type ModelCard } from '@mlops-actions/registry';
import {
  actionsCache,
  computeComponents,
  decide,
  directoryCache,
  fingerprintOf,
  renderGateSummary,
  trainingCacheKey,
  type Champion,
  type SummaryFacts,
  type TrainingCache,
} from '@mlops-actions/training-gate';

function readInputs() {
  const inputs = new Inputs();
  const ctx = readRunnerContext();
  const workspace = resolve(ctx.workspace);
  const file = (name: string) => inputs.file(name, { root: workspace });
  const dataHash = inputs.optional('data-hash');
  const dataManifest = file('data-manifest');
  if (!dataHash && !dataManifest) {
    throw new UserError('neither data-hash nor data-manifest is set', { input: 'data-hash', fix: 'Pass the hash or manifest output of a data-hash step' });
  }
  const drift = inputs.optional('drift');
  if (drift !== undefined && !['true', 'false'].includes(drift)) {
    throw new UserError(`must be true or false (the drift output of drift-report), got '${drift}'`, { input: 'drift' });
  }
  const cacheDir = inputs.optional('cache-dir');
  return {
    ctx,
    workspace,
    sources: { root: workspace, dataHash, dataManifest, code: inputs.list('code'), params: file('params'), extraKey: inputs.optional('extra-key') },
    model: inputs.optional('model'),
    alias: inputs.string('alias', 'production'),
    registry: inputs.optional('registry') ?? defaultRegistry(ctx),
    branch: inputs.string('registry-branch', 'mlops-registry'),
    token: inputs.secret('github-token'),
    drift: drift === 'true',
    maxAgeMs: inputs.duration('max-age'),
    force: inputs.boolean('force', false),
    cache: inputs.boolean('cache', true),
    cachePath: inputs.string('cache-path', 'model'),
    cacheDir: cacheDir === undefined ? undefined : resolve(workspace, cacheDir),
  };
}

function championOf(card: ModelCard | undefined): Champion | undefined {
  if (!card) return undefined;
  // `training`: the fingerprint parts register-model recorded from this action's fingerprint-parts.
  return { version: card.version, createdAt: card.createdAt, training: card.training, dataHash: card.data?.hash, params: card.params };
}

await run(async () => {
  const i = readInputs();
  const components = await computeComponents(i.sources);
  const fp = fingerprintOf(components);
  let card: ModelCard | undefined;
  if (i.model) {
    const registry = openRegistry({ uri: i.registry, branch: i.branch, token: i.token, log, ...registryContext(i.ctx) });
    try {
      card = await registry.resolve(i.model, { alias: i.alias });
    } finally {
      await registry.close();
    }
  }
  const decision = decide({ current: fp, champion: championOf(card), drift: i.drift, force: i.force, maxAgeMs: i.maxAgeMs, now: new Date() });

  const key = trainingCacheKey(fp.fingerprint);
  let cacheState: SummaryFacts['cache'] = !i.cache ? 'off' : decision.shouldTrain ? 'miss' : 'not-needed';
  let cache: TrainingCache | undefined;
  if (cacheState === 'miss') {
    cache = i.cacheDir ? directoryCache(i.cacheDir) : await actionsCache(log);
    if (!cache) {
      log.info('No Actions cache service here (a local run?): carrying on without the training cache.');
      cacheState = 'unavailable';
    } else if (await cache.restore(key, i.cacheDir ? resolve(i.workspace, i.cachePath) : i.cachePath)) {
      log.info(`Restored an identical training (${fp.fingerprint}) from ${cache.description} into ${i.cachePath}: training is skipped.`);
      cacheState = 'hit';
      decision.shouldTrain = false;
      decision.reasons.push('cache-hit');
    }
  }
  log.info(`Decision: ${decision.shouldTrain ? 'train' : 'skip training'} (${decision.reasons.join(', ')})`);

  // What the post step needs to save this training under its fingerprint once the job has succeeded.
  core.saveState('save', String(cacheState === 'miss'));
  core.saveState('key', key);
  core.saveState('path', i.cachePath);
  core.saveState('cache-dir', i.cacheDir ?? '');

  setOutputs({
    'should-train': decision.shouldTrain,
    reasons: decision.reasons,
    fingerprint: fp.fingerprint,
    'fingerprint-parts': fp,
    'cache-hit': cacheState === 'hit',
    'cache-key': key,
    'champion-version': card?.version ?? '',
  });
  await new JobSummary()
    .add(renderGateSummary({ decision, fingerprint: fp.fingerprint, championVersion: card?.version, model: i.model, cache: cacheState, cacheKey: key }))
    .write();
});
