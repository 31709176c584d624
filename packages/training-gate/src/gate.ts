/**
 * The train-gate flow, from the action's parsed inputs to its decision, and the post step's save: the
 * action reads inputs, calls runTrainGate (or saveTraining in its post step) and writes what comes back.
 * Runner plumbing (the Actions cache service, the registry) is handed in, so this package never loads the
 * runner toolkit.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { type Logger, UserError } from '@mlops-actions/errors';
import { isInside, resolveInside, toPosixRelative } from '@mlops-actions/files';
import { directoryCache, hasContent, type TrainingCache } from './cache.ts';
import { type ComponentSources, computeComponents } from './components.ts';
import { type Champion, type Decision, decide } from './decide.ts';
import { fingerprintOf, type TrainingComponents, type TrainingFingerprint, trainingCacheKey } from './fingerprint.ts';
import { renderGateSummary, type SummaryFacts } from './summary.ts';

/** What the gate reads of the champion's model card (fields of the registry's ModelCard). */
export interface ChampionCard {
  version: string;
  createdAt: string;
  /** The fingerprint parts register-model recorded from this action's `fingerprint-parts` output. */
  training?: Partial<TrainingComponents> | undefined;
  data?: { hash: string } | undefined;
  params?: Record<string, unknown> | undefined;
}

/** The registry as far as the gate uses it: the card an alias points to, then closing it. */
export interface ChampionRegistry<Name = string, Alias = string> {
  resolve(model: Name, ref: { alias: Alias }): Promise<ChampionCard | undefined>;
  close(): Promise<void>;
}

/** Which champion to compare with. */
export interface ChampionQuery<Name = string, Alias = string> {
  model: Name;
  alias: Alias;
  /** The registry URI as the user wrote it (for messages). */
  registry: string;
  /** The absolute folder of a `file:` registry when it does not exist (a first run, or a typo). */
  missingFolder?: string | undefined;
}

export interface TrainGateOptions<Name = string, Alias = string> {
  /** Absolute workspace. */
  workspace: string;
  sources: ComponentSources;
  /** Undefined: no `model`, so no champion. */
  champion?: ChampionQuery<Name, Alias> | undefined;
  drift: boolean;
  force: boolean;
  maxAgeMs?: number | undefined;
  /** Use the training cache (the `cache` input). */
  cache: boolean;
  /** `cache-path` as given (see parseCachePath). */
  cachePath: string;
  /** Absolute `cache-dir`: a local directory instead of the Actions cache. */
  cacheDir?: string | undefined;
  /** Defaults to the current time. */
  now?: Date | undefined;
}

export interface TrainGateDeps<Name = string, Alias = string> {
  log: Logger;
  /** Opens the registry (called only when there is a champion to look up; closed by the gate). */
  openRegistry(): ChampionRegistry<Name, Alias>;
  /** The Actions cache, or undefined where there is no cache service (a local run). */
  openActionsCache(): Promise<TrainingCache | undefined>;
}

export type CacheState = SummaryFacts['cache'];

export interface TrainGateResult {
  decision: Decision;
  /** The fingerprint and its parts (the `fingerprint-parts` output). */
  fingerprint: TrainingFingerprint;
  cacheKey: string;
  cache: CacheState;
  championVersion: string | undefined;
  /** What the post step needs (the runner's step state, strings only): hand it back to saveTraining. */
  postState: Record<string, string>;
  /** The job summary. */
  summary: string;
  /** The step's outputs (an object is written as JSON). */
  outputs: Record<string, string | boolean | object>;
}

/**
 * Fingerprints the training, compares it with the champion, decides, and on a training that must run
 * restores an identical earlier one from the cache instead (then training is skipped: `cache-hit`).
 */
export async function runTrainGate<Name, Alias>(
  o: TrainGateOptions<Name, Alias>,
  deps: TrainGateDeps<Name, Alias>,
): Promise<TrainGateResult> {
  const { log } = deps;
  // paramsValue is the parsed params file, not a part of the fingerprint.
  const { paramsValue: _, ...components } = await computeComponents(o.sources);
  const fp = fingerprintOf(components);
  const card = o.champion ? await findChampion(o.champion, o.workspace, deps) : undefined;
  const decision = decide({
    current: fp,
    champion: championOf(card),
    drift: o.drift,
    force: o.force,
    maxAgeMs: o.maxAgeMs,
    now: o.now ?? new Date(),
  });

  const key = trainingCacheKey(fp.fingerprint);
  let cacheState: CacheState = !o.cache ? 'off' : decision.shouldTrain ? 'miss' : 'not-needed';
  if (cacheState === 'miss') {
    const cache = o.cacheDir ? directoryCache(o.cacheDir) : await deps.openActionsCache();
    if (!cache) {
      log.info('No Actions cache service here (a local run?): carrying on without the training cache.');
      cacheState = 'unavailable';
    } else if (await cache.restore(key, restorePath(o.cachePath, o.cacheDir, o.workspace))) {
      log.info(`Restored an identical training (${fp.fingerprint}) from ${cache.description} into ${o.cachePath}: training is skipped.`);
      cacheState = 'hit';
      decision.shouldTrain = false;
      decision.reasons.push('cache-hit');
    }
  }
  log.info(`Decision: ${decision.shouldTrain ? 'train' : 'skip training'} (${decision.reasons.join(', ')})`);

  const model = o.champion ? String(o.champion.model) : undefined;
  return {
    decision,
    fingerprint: fp,
    cacheKey: key,
    cache: cacheState,
    championVersion: card?.version,
    // Only a miss is saved: the post step stores this training under its fingerprint once the job succeeded.
    postState: { save: String(cacheState === 'miss'), key, path: o.cachePath, 'cache-dir': o.cacheDir ?? '' },
    summary: renderGateSummary({
      decision,
      fingerprint: fp.fingerprint,
      championVersion: card?.version,
      model,
      cache: cacheState,
      cacheKey: key,
    }),
    outputs: {
      'should-train': decision.shouldTrain,
      reasons: decision.reasons,
      fingerprint: fp.fingerprint,
      'fingerprint-parts': fp,
      'cache-hit': cacheState === 'hit',
      'cache-key': key,
      'champion-version': card?.version ?? '',
    },
  };
}

/**
 * The Actions cache versions an entry by its paths as given (a relative path is the runner's working
 * directory, the workspace), so save and restore pass `cache-path` unchanged; a local directory
 * cache copies to and from the absolute folder.
 */
function restorePath(cachePath: string, cacheDir: string | undefined, workspace: string): string {
  return cacheDir ? resolve(workspace, cachePath) : cachePath;
}

async function findChampion<Name, Alias>(
  q: ChampionQuery<Name, Alias>,
  workspace: string,
  deps: TrainGateDeps<Name, Alias>,
): Promise<ChampionCard | undefined> {
  if (q.missingFolder) {
    // Exit 0 (a first run has no registry yet), but a misspelt folder would retrain on every run.
    const shown = isInside(workspace, q.missingFolder) ? toPosixRelative(workspace, q.missingFolder) : q.missingFolder;
    deps.log.warning(
      `input 'registry': the registry folder '${shown}' does not exist, so there is no champion and training runs every time. ` +
        `Check the spelling of the registry input (${q.registry}); on a first run, before any model is registered, this is expected and can be ignored.`,
    );
  }
  const registry = deps.openRegistry();
  try {
    return await registry.resolve(q.model, { alias: q.alias });
  } finally {
    await registry.close();
  }
}

function championOf(card: ChampionCard | undefined): Champion | undefined {
  if (!card) return undefined;
  // `training`: the fingerprint parts register-model recorded from this action's fingerprint-parts.
  return { version: card.version, createdAt: card.createdAt, training: card.training, dataHash: card.data?.hash, params: card.params };
}

/**
 * The folder a cache hit is restored into (replacing what is there) and the post step saves, as given
 * in `cache-path`. It may be absolute (e.g. ~/.cache/model with the Actions cache), but never the
 * workspace or a folder that holds it: a restore would wipe the checkout.
 */
export function parseCachePath(p: string, workspace: string): string {
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

/** `cache-dir` as an absolute folder (created when missing); undefined when not given. */
export function parseCacheDir(dir: string | undefined, workspace: string): string | undefined {
  if (dir === undefined) return undefined;
  const abs = resolve(workspace, dir);
  if (existsSync(abs) && !statSync(abs).isDirectory()) {
    throw new UserError(`'${dir}' is a file, not a directory`, {
      input: 'cache-dir',
      fix: 'Name a directory to keep trainings in (it is created when missing), e.g. .mlops/cache',
    });
  }
  return abs;
}

export interface SaveTrainingDeps {
  log: Logger;
  /** The Actions cache, or undefined where there is no cache service. */
  openActionsCache(): Promise<TrainingCache | undefined>;
}

/**
 * The post step (it runs when the job's steps all succeeded): saves the fresh training under its
 * fingerprint so an identical training is restored next time instead of repeated. `state` reads back
 * runTrainGate's postState. Returns the job summary to write when the save failed (the step still
 * passes: the training itself succeeded, but nobody should believe it was cached), else undefined.
 */
export async function saveTraining(
  state: (name: string) => string,
  o: { workspace: string },
  deps: SaveTrainingDeps,
): Promise<{ summary: string | undefined }> {
  const { log } = deps;
  if (state('save') !== 'true') return { summary: undefined };
  const key = state('key');
  const path = state('path');
  const cacheDir = state('cache-dir') || undefined;
  if (!(await hasContent(resolve(o.workspace, path)))) {
    log.warning(`Not saving the training cache: '${path}' (cache-path) is empty or missing. Make the training write its model there.`);
    return { summary: undefined };
  }
  const cache = cacheDir ? directoryCache(cacheDir) : await deps.openActionsCache();
  if (!cache) return { summary: undefined };
  const saved = await cache.save(key, restorePath(path, cacheDir, o.workspace));
  if (saved.outcome === 'saved') log.info(`Saved the training in '${path}' to ${cache.description} as ${key}.`);
  else if (saved.outcome === 'exists') log.info(`${cache.description} already holds ${key} (another job saved the same training).`);
  else {
    log.warning(`Not saved: the training in '${path}' was not saved to ${cache.description} as ${key}: ${saved.reason}`);
    return {
      summary: `> [!WARNING]\n> **Training cache not saved** (\`${key}\`): the next run with the same fingerprint will train again. See the step's warning for why.`,
    };
  }
  return { summary: undefined };
}
