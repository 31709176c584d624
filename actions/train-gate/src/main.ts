import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import {
  Inputs,
  JobSummary,
  log,
  readRunnerContext,
  run as runAction,
  saveState,
  setOutputs,
  UserError,
  defaultRegistry,
  registryContext,
} from '@mlops-actions/action-kit';
import { isInside, resolveInside, toPosixRelative } from '@mlops-actions/files';
import { missingFileRegistry, openRegistry, validateAlias, validateModelName, type ModelCard } from '@mlops-actions/registry';
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
    throw new UserError('neither data-hash nor data-manifest is set', {
      input: 'data-hash',
      fix: 'Pass the hash or manifest output of a data-hash step',
    });
  }
  const drift = inputs.optional('drift');
  if (drift !== undefined && !['true', 'false'].includes(drift)) {
    throw new UserError(`must be true or false (the drift output of drift-report), got '${drift}'`, { input: 'drift' });
  }
  const cacheDir = inputs.optional('cache-dir');
  const cacheDirPath = cacheDir === undefined ? undefined : resolve(workspace, cacheDir);
  if (cacheDirPath !== undefined && existsSync(cacheDirPath) && !statSync(cacheDirPath).isDirectory()) {
    throw new UserError(`'${cacheDir}' is a file, not a directory`, {
      input: 'cache-dir',
      fix: 'Name a directory to keep trainings in (it is created when missing), e.g. .mlops/cache',
    });
  }
  const model = inputs.optional('model');
  const alias = inputs.string('alias', 'production');
  if (model !== undefined) {
    validateModelName(model, { input: 'model' });
    validateAlias(alias, { input: 'alias' });
  }
  return {
    ctx,
    workspace,
    sources: {
      root: workspace,
      dataHash,
      dataManifest,
      code: inputs.list('code'),
      params: file('params'),
      extraKey: inputs.optional('extra-key'),
    },
    model,
    alias,
    registry: inputs.optional('registry') ?? defaultRegistry(ctx),
    branch: inputs.string('registry-branch', 'mlops-registry'),
    token: inputs.secret('github-token'),
    drift: drift === 'true',
    maxAgeMs: inputs.duration('max-age'),
    force: inputs.boolean('force', false),
    cache: inputs.boolean('cache', true),
    cachePath: cachePath(inputs.string('cache-path', 'model'), workspace),
    cacheDir: cacheDirPath,
  };
}

/**
 * The folder a cache hit is restored into (replacing what is there) and the post step saves. It may
 * be absolute (e.g. ~/.cache/model with the Actions cache), but never the workspace or a folder that
 * holds it: a restore would wipe the checkout.
 */
function cachePath(p: string, workspace: string): string {
  if (/[\r\n]/.test(p))
    throw new UserError('must be one path, got several lines', {
      input: 'cache-path',
      fix: 'Give the one folder the training writes its model to',
    });
  const abs = isAbsolute(p) ? resolve(p) : resolveInside(workspace, p, { input: 'cache-path' });
  if (isInside(abs, workspace)) {
    throw new UserError(
      `'${p}' is the workspace${abs === workspace ? '' : ' or a folder holding it'}; restoring a training there would replace the checkout`,
      {
        input: 'cache-path',
        fix: 'Name the folder the training writes its model to, e.g. model',
      },
    );
  }
  return p;
}

function championOf(card: ModelCard | undefined): Champion | undefined {
  if (!card) return undefined;
  // `training`: the fingerprint parts register-model recorded from this action's fingerprint-parts.
  return { version: card.version, createdAt: card.createdAt, training: card.training, dataHash: card.data?.hash, params: card.params };
}

/** The action: src/index.ts (the bundle's entry) calls it; @github/local-action imports this file and calls it. */
export const run = (): Promise<void> =>
  runAction(async () => {
    const i = readInputs();
    const components = await computeComponents(i.sources);
    const fp = fingerprintOf(components);
    let card: ModelCard | undefined;
    if (i.model) {
      const absent = missingFileRegistry(i.registry, i.workspace);
      if (absent) {
        // Exit 0 (a first run has no registry yet), but a misspelt folder would retrain on every run.
        const shown = isInside(i.workspace, absent) ? toPosixRelative(i.workspace, absent) : absent;
        log.warning(
          `input 'registry': the registry folder '${shown}' does not exist, so there is no champion and training runs every time. ` +
            `Check the spelling of the registry input (${i.registry}); on a first run, before any model is registered, this is expected and can be ignored.`,
        );
      }
      const registry = openRegistry({ uri: i.registry, branch: i.branch, token: i.token, log, ...registryContext(i.ctx) });
      try {
        card = await registry.resolve(i.model, { alias: i.alias });
      } finally {
        await registry.close();
      }
    }
    const decision = decide({
      current: fp,
      champion: championOf(card),
      drift: i.drift,
      force: i.force,
      maxAgeMs: i.maxAgeMs,
      now: new Date(),
    });

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
    saveState({ save: String(cacheState === 'miss'), key, path: i.cachePath, 'cache-dir': i.cacheDir ?? '' });

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
      .add(
        renderGateSummary({
          decision,
          fingerprint: fp.fingerprint,
          championVersion: card?.version,
          model: i.model,
          cache: cacheState,
          cacheKey: key,
        }),
      )
      .write();
  });
