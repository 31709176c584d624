import { isAbsolute, join, relative, resolve } from 'node:path';
import { Inputs, JobSummary, log, readRunnerContext, run as runAction, setOutputs, UserError } from '@mlops-actions/action-kit';
import {
  ALGORITHMS,
  cacheKey,
  checkOwnFileTarget,
  checkShardSpec,
  compareManifests,
  formatBytes,
  hashPaths,
  mergeManifestFiles,
  readManifest,
  renderSummary,
  writeManifest,
  type Algorithm,
  type ManifestComparison,
  type ShardSpec,
} from '@mlops-actions/hashing';

interface DataHashInputs {
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
  /** Absolute path of the manifest to write. */
  manifest: string;
  /** The manifest path as the user gave it (workspace-relative when inside it), for messages. */
  manifestDisplay: string;
  /** Absolute path and the text the user gave. */
  baseline: { path: string; name: string } | undefined;
  followSymlinks: boolean;
  statCache: string | undefined;
  statCacheDisplay: string | undefined;
}

function readInputs(): DataHashInputs {
  const inputs = new Inputs();
  const ctx = readRunnerContext();
  const mode = inputs.choice('mode', ['hash', 'merge'] as const, 'hash');
  const paths = inputs.list('path', { required: mode === 'hash' });
  const manifests = inputs.list('manifests');
  const shardText = inputs.string('shard', '');
  const shardsText = inputs.string('shards', '');
  let shard: ShardSpec | undefined;
  if (mode === 'merge') {
    if (!manifests.length)
      throw new UserError('is required with mode: merge', {
        input: 'manifests',
        fix: 'Name the partial manifests the shards wrote (e.g. a glob over the folder the artifacts were downloaded to)',
      });
    if (shardText || shardsText)
      throw new UserError('is for the shards, not the merge', {
        input: shardText ? 'shard' : 'shards',
        fix: 'Remove shard and shards from the merge step',
      });
  } else {
    if (manifests.length)
      throw new UserError('is read only with mode: merge', {
        input: 'manifests',
        fix: "Add 'mode: merge' to merge partial manifests, or remove manifests",
      });
    if (shardText !== '' || shardsText !== '') {
      if (shardText === '' || shardsText === '') {
        throw new UserError('is needed too: shard and shards go together', {
          input: shardText === '' ? 'shard' : 'shards',
          fix: 'Set shard: ${{ strategy.job-index }} and shards: ${{ strategy.job-total }}',
        });
      }
      shard = checkShardSpec(Number(shardText), Number(shardsText));
    }
  }
  const workspace = resolve(ctx.workspace);
  const baselinePath = inputs.file('baseline', { root: workspace })?.path;
  const manifest = inputs.file('manifest', { root: workspace }) ?? {
    path: join(resolve(ctx.runnerTemp), 'data-hash', 'manifest.json'),
    display: 'data-hash/manifest.json under runner.temp',
  };
  const statCache = inputs.file('stat-cache', { root: workspace });
  // Files this step writes: checked before any work, so a bad path fails fast and nothing is destroyed.
  checkOwnFileTarget(manifest.path, 'manifest', { input: 'manifest', display: manifest.display });
  if (statCache) {
    checkOwnFileTarget(statCache.path, 'stat-cache', { input: 'stat-cache', display: statCache.display });
    if (statCache.path === manifest.path) {
      throw new UserError(`'${statCache.display}' is also the manifest`, {
        input: 'stat-cache',
        fix: 'Give the stat cache a file of its own',
      });
    }
  }
  if (shard && baselinePath)
    throw new UserError('cannot be compared with one shard', {
      input: 'baseline',
      fix: 'Give the baseline to the merge step (mode: merge), which has the whole manifest',
    });
  return {
    workspace,
    mode,
    shard,
    manifests,
    paths,
    exclude: inputs.list('exclude'),
    algorithm: inputs.choice('algorithm', ALGORITHMS, 'sha256'),
    manifest: manifest.path,
    manifestDisplay: manifest.display,
    baseline: baselinePath ? { path: baselinePath, name: inputs.string('baseline') } : undefined,
    followSymlinks: inputs.boolean('follow-symlinks', false),
    statCache: statCache?.path,
    statCacheDisplay: statCache?.display,
  };
}

/** The manifest and the stat cache never hash themselves when they are written inside the data. */
function ownFiles(i: DataHashInputs): string[] {
  return [i.manifest, i.statCache]
    .filter((p): p is string => p !== undefined)
    .map((p) => relative(i.workspace, p))
    .filter((r) => r !== '' && !r.startsWith('..') && !isAbsolute(r))
    .map((r) => r.split('\\').join('/'));
}

/** The action: src/index.ts (the bundle's entry) calls it; @github/local-action imports this file and calls it. */
export const run = (): Promise<void> =>
  runAction(async () => {
    const i = readInputs();
    // Read the baseline first: a bad one fails the step before any work, and before a manifest is written.
    const baseline = i.baseline ? await readManifest(i.baseline.path, i.baseline.name) : undefined;

    const merged =
      i.mode === 'merge'
        ? await mergeManifestFiles({
            root: i.workspace,
            paths: i.manifests,
            input: 'manifests',
            // With path given, the shards must have hashed that selection.
            expect: i.paths.length
              ? { selection: { paths: i.paths, exclude: i.exclude, followSymlinks: i.followSymlinks }, algorithm: i.algorithm }
              : undefined,
          })
        : undefined;
    if (merged) log.info(`merged ${merged.parts} partial manifests`);
    const m =
      merged?.manifest ??
      (await hashPaths({
        root: i.workspace,
        paths: i.paths,
        exclude: i.exclude,
        ownFiles: ownFiles(i),
        shard: i.shard,
        algorithm: i.algorithm,
        followSymlinks: i.followSymlinks,
        statCache: i.statCache,
        statCacheTarget: { input: 'stat-cache', display: i.statCacheDisplay },
        input: 'path',
        excludeInput: 'exclude',
        onWarning: (w) => log.warning(w),
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
        if (e instanceof UserError) throw new UserError(e.message, { input: 'baseline', file: i.baseline!.name });
        throw e;
      }
    }

    await writeManifest(i.manifest, m, { input: 'manifest', display: i.manifestDisplay });
    const seconds = stats.elapsedMs / 1000;
    log.info(
      (m.shard
        ? `shard ${m.shard.index} of ${m.shard.count} (the selection holds ${m.shard.files} files, ${formatBytes(m.shard.bytes)}): `
        : '') +
        `${m.hash}: ${m.files} files, ${formatBytes(m.bytes)}` +
        (merged ? ' (merged)' : ` in ${seconds.toFixed(2)} s`) +
        (!merged && seconds > 0 ? ` (${formatBytes(m.bytes / seconds)}/s)` : '') +
        (i.statCache ? `, ${stats.cacheHits} from the stat cache` : ''),
    );

    if (m.shard) {
      // A shard's hash covers its files only; the dataset hash comes from the merge.
      setOutputs({
        hash: '',
        files: m.files,
        bytes: m.bytes,
        manifest: i.manifest,
        changed: '',
        added: '',
        removed: '',
        modified: '',
        'cache-key': '',
      });
      await new JobSummary()
        .add(
          `### Dataset hash: shard ${m.shard.index} of ${m.shard.count}\n\n${m.files.toLocaleString('en-US')} of ${m.shard.files.toLocaleString('en-US')} files, ${formatBytes(m.bytes)} of ${formatBytes(m.shard.bytes)}, in the partial manifest \`${relativeOrAbsolute(i.workspace, i.manifest)}\`. Merge every shard's partial manifest with \`mode: merge\` for the dataset hash.\n`,
        )
        .write();
      return;
    }
    setOutputs({
      hash: m.hash,
      files: m.files,
      bytes: m.bytes,
      manifest: i.manifest,
      changed: comparison ? comparison.changed : true,
      added: comparison ? comparison.added.length : m.files,
      removed: comparison ? comparison.removed.length : 0,
      modified: comparison ? comparison.modified.length : 0,
      'cache-key': cacheKey(m),
    });
    await new JobSummary()
      .add(renderSummary(m, comparison, { baselineName: i.baseline?.name, manifestPath: relativeOrAbsolute(i.workspace, i.manifest) }))
      .write();
  });

function relativeOrAbsolute(root: string, p: string): string {
  const r = relative(root, p);
  return r.startsWith('..') || isAbsolute(r) ? p : r;
}
