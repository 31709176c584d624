/**
 * data-hash from its inputs to its outputs: the rules the inputs must follow together
 * (parseDataHashOptions) and the flow (runDataHash): hash the selection (or one shard of it) or merge
 * the shards' partial manifests, compare with the baseline, write the manifest, and say what to output
 * and what the job summary holds. The action reads the inputs and writes the outputs; this package
 * reads no environment and imports no runner toolkit.
 */
import { isAbsolute, join, relative } from 'node:path';
import { type Logger, UserError } from '@mlops-actions/errors';
import { hashPaths } from './hash-paths.ts';
import type { Algorithm } from './listing.ts';
import { cacheKey, compareManifests, type DatasetManifest, type ManifestComparison, readManifest, writeManifest } from './manifest.ts';
import { checkShardSpec, mergeManifestFiles, type ShardSpec } from './shards.ts';
import { formatBytes, renderSummary } from './summary.ts';
import { checkOwnFileTarget } from './targets.ts';

/** A file named by an input: its absolute path and how to show it (workspace-relative when inside it). */
export interface FileTarget {
  path: string;
  display: string;
}

/** The inputs as the action reads them (typed, not yet checked against each other). */
export interface DataHashInputs {
  /** The workspace (absolute). */
  workspace: string;
  mode: 'hash' | 'merge';
  /** The selection (required in hash mode: the action reads it so). */
  paths: string[];
  manifests: string[];
  /** The shard and shards inputs as given ('' when not set). */
  shard: string;
  shards: string;
  exclude: string[];
  algorithm: Algorithm;
  /** The manifest input; undefined for the default (data-hash/manifest.json under `tempDir`). */
  manifest: FileTarget | undefined;
  /** The baseline input, with the text the user gave (for messages and the summary). */
  baseline: (FileTarget & { name: string }) | undefined;
  followSymlinks: boolean;
  statCache: FileTarget | undefined;
  /** Where the default manifest goes (runner.temp). */
  tempDir: string;
}

/** The checked options of one run. */
export interface DataHashOptions {
  workspace: string;
  /** hash: hash the selection (or one shard of it); merge: merge the shards' partial manifests. */
  mode: 'hash' | 'merge';
  /** In hash mode with shard and shards: this job's share. */
  shard: ShardSpec | undefined;
  /** In merge mode: the partial manifests (files, folders, globs). */
  manifests: string[];
  paths: string[];
  exclude: string[];
  algorithm: Algorithm;
  /** The manifest to write. */
  manifest: FileTarget;
  /** Absolute path and the text the user gave. */
  baseline: { path: string; name: string } | undefined;
  followSymlinks: boolean;
  statCache: FileTarget | undefined;
}

/**
 * Checks the inputs against each other, and the files this step writes before any work (a bad path
 * fails fast and nothing is destroyed); every error names the input and the fix.
 */
export function parseDataHashOptions(i: DataHashInputs): DataHashOptions {
  let shard: ShardSpec | undefined;
  if (i.mode === 'merge') {
    if (!i.manifests.length)
      throw new UserError('is required with mode: merge', {
        input: 'manifests',
        fix: 'Name the partial manifests the shards wrote (e.g. a glob over the folder the artifacts were downloaded to)',
      });
    if (i.shard || i.shards)
      throw new UserError('is for the shards, not the merge', {
        input: i.shard ? 'shard' : 'shards',
        fix: 'Remove shard and shards from the merge step',
      });
  } else {
    if (i.manifests.length)
      throw new UserError('is read only with mode: merge', {
        input: 'manifests',
        fix: "Add 'mode: merge' to merge partial manifests, or remove manifests",
      });
    if (i.shard !== '' || i.shards !== '') {
      if (i.shard === '' || i.shards === '') {
        throw new UserError('is needed too: shard and shards go together', {
          input: i.shard === '' ? 'shard' : 'shards',
          fix: 'Set shard: ${{ strategy.job-index }} and shards: ${{ strategy.job-total }}',
        });
      }
      shard = checkShardSpec(Number(i.shard), Number(i.shards));
    }
  }
  const manifest = i.manifest ?? {
    path: join(i.tempDir, 'data-hash', 'manifest.json'),
    display: 'data-hash/manifest.json under runner.temp',
  };
  checkOwnFileTarget(manifest.path, 'manifest', { input: 'manifest', display: manifest.display });
  if (i.statCache) {
    checkOwnFileTarget(i.statCache.path, 'stat-cache', { input: 'stat-cache', display: i.statCache.display });
    if (i.statCache.path === manifest.path) {
      throw new UserError(`'${i.statCache.display}' is also the manifest`, {
        input: 'stat-cache',
        fix: 'Give the stat cache a file of its own',
      });
    }
  }
  if (shard && i.baseline)
    throw new UserError('cannot be compared with one shard', {
      input: 'baseline',
      fix: 'Give the baseline to the merge step (mode: merge), which has the whole manifest',
    });
  return {
    workspace: i.workspace,
    mode: i.mode,
    shard,
    manifests: i.manifests,
    paths: i.paths,
    exclude: i.exclude,
    algorithm: i.algorithm,
    manifest,
    baseline: i.baseline ? { path: i.baseline.path, name: i.baseline.name } : undefined,
    followSymlinks: i.followSymlinks,
    statCache: i.statCache,
  };
}

/** The step's outputs; a shard's hash-related outputs are empty (the dataset hash comes from the merge). */
export type DataHashOutputs = {
  hash: string;
  files: number;
  bytes: number;
  manifest: string;
  changed: boolean | '';
  added: number | '';
  removed: number | '';
  modified: number | '';
  'cache-key': string;
};

export interface DataHashResult {
  outputs: DataHashOutputs;
  /** The job summary (markdown). */
  summary: string;
  manifest: DatasetManifest;
  comparison: ManifestComparison | undefined;
}

/** The manifest and the stat cache never hash themselves when they are written inside the data. */
function ownFiles(o: DataHashOptions): string[] {
  return [o.manifest.path, o.statCache?.path]
    .filter((p): p is string => p !== undefined)
    .map((p) => relative(o.workspace, p))
    .filter((r) => r !== '' && !r.startsWith('..') && !isAbsolute(r))
    .map((r) => r.split('\\').join('/'));
}

/** The data-hash step: hash or merge, compare with the baseline, write the manifest; returns outputs and summary. */
export async function runDataHash(o: DataHashOptions, deps: { log: Logger }): Promise<DataHashResult> {
  const { log } = deps;
  // Read the baseline first: a bad one fails the step before any work, and before a manifest is written.
  const baseline = o.baseline ? await readManifest(o.baseline.path, o.baseline.name) : undefined;

  const merged =
    o.mode === 'merge'
      ? await mergeManifestFiles({
          root: o.workspace,
          paths: o.manifests,
          input: 'manifests',
          // With path given, the shards must have hashed that selection.
          expect: o.paths.length
            ? { selection: { paths: o.paths, exclude: o.exclude, followSymlinks: o.followSymlinks }, algorithm: o.algorithm }
            : undefined,
        })
      : undefined;
  if (merged) log.info(`merged ${merged.parts} partial manifests`);
  const m =
    merged?.manifest ??
    (await hashPaths({
      root: o.workspace,
      paths: o.paths,
      exclude: o.exclude,
      ownFiles: ownFiles(o),
      shard: o.shard,
      algorithm: o.algorithm,
      followSymlinks: o.followSymlinks,
      statCache: o.statCache?.path,
      statCacheTarget: { input: 'stat-cache', display: o.statCache?.display },
      input: 'path',
      excludeInput: 'exclude',
      log,
    }));
  const stats = m.stats ?? { cacheHits: 0, hashed: 0, skippedSymlinks: [], skippedSpecial: [], elapsedMs: 0 };
  if (m.files === 0 && !m.shard)
    log.warning(
      'the selection holds no file (every match was excluded, or the directories are empty); the hash is that of an empty listing',
    );
  if (stats.skippedSymlinks.length) {
    const shown = stats.skippedSymlinks
      .slice(0, 5)
      .map((p) => JSON.stringify(p))
      .join(', ');
    log.info(
      `skipped ${stats.skippedSymlinks.length} symbolic link(s) (follow-symlinks is false): ${shown}${stats.skippedSymlinks.length > 5 ? ', …' : ''}`,
    );
  }
  if (stats.skippedSpecial.length) log.info(`skipped ${stats.skippedSpecial.length} FIFO(s), socket(s) or device(s)`);

  let comparison: ManifestComparison | undefined;
  if (baseline) {
    try {
      comparison = compareManifests(baseline, m);
    } catch (e) {
      if (e instanceof UserError) throw new UserError(e.message, { input: 'baseline', file: o.baseline!.name });
      throw e;
    }
  }

  await writeManifest(o.manifest.path, m, { input: 'manifest', display: o.manifest.display });
  const seconds = stats.elapsedMs / 1000;
  log.info(
    (m.shard
      ? `shard ${m.shard.index} of ${m.shard.count} (the selection holds ${m.shard.files} files, ${formatBytes(m.shard.bytes)}): `
      : '') +
      `${m.hash}: ${m.files} files, ${formatBytes(m.bytes)}` +
      (merged ? ' (merged)' : ` in ${seconds.toFixed(2)} s`) +
      (!merged && seconds > 0 ? ` (${formatBytes(m.bytes / seconds)}/s)` : '') +
      (o.statCache ? `, ${stats.cacheHits} from the stat cache` : ''),
  );

  const shown = relativeOrAbsolute(o.workspace, o.manifest.path);
  if (m.shard) {
    // A shard's hash covers its files only; the dataset hash comes from the merge.
    return {
      outputs: {
        hash: '',
        files: m.files,
        bytes: m.bytes,
        manifest: o.manifest.path,
        changed: '',
        added: '',
        removed: '',
        modified: '',
        'cache-key': '',
      },
      summary: `### Dataset hash: shard ${m.shard.index} of ${m.shard.count}\n\n${m.files.toLocaleString('en-US')} of ${m.shard.files.toLocaleString('en-US')} files, ${formatBytes(m.bytes)} of ${formatBytes(m.shard.bytes)}, in the partial manifest \`${shown}\`. Merge every shard's partial manifest with \`mode: merge\` for the dataset hash.\n`,
      manifest: m,
      comparison: undefined,
    };
  }
  return {
    outputs: {
      hash: m.hash,
      files: m.files,
      bytes: m.bytes,
      manifest: o.manifest.path,
      changed: comparison ? comparison.changed : true,
      added: comparison ? comparison.added.length : m.files,
      removed: comparison ? comparison.removed.length : 0,
      modified: comparison ? comparison.modified.length : 0,
      'cache-key': cacheKey(m),
    },
    summary: renderSummary(m, comparison, { baselineName: o.baseline?.name, manifestPath: shown }),
    manifest: m,
    comparison,
  };
}

function relativeOrAbsolute(root: string, p: string): string {
  const r = relative(root, p);
  return r.startsWith('..') || isAbsolute(r) ? p : r;
}
