import { isAbsolute, join, relative, resolve } from 'node:path';
import { Inputs, JobSummary, log, readRunnerContext, run, setOutputs, UserError } from '@mlops-actions/action-kit';
import {
  ALGORITHMS,
  cacheKey,
  compareManifests,
  formatBytes,
  hashPaths,
  readManifest,
  renderSummary,
  writeManifest,
  type Algorithm,
  type ManifestComparison,
} from '@mlops-actions/hashing';

interface DataHashInputs {
  workspace: string;
  paths: string[];
  exclude: string[];
  algorithm: Algorithm;
  /** Absolute path of the manifest to write. */
  manifest: string;
  /** Absolute path and the text the user gave. */
  baseline: { path: string; name: string } | undefined;
  followSymlinks: boolean;
  statCache: string | undefined;
}

function readInputs(): DataHashInputs {
  const inputs = new Inputs();
  const ctx = readRunnerContext();
  const paths = inputs.list('path', { required: true });
  const workspace = resolve(ctx.workspace);
  const baselinePath = inputs.file('baseline', { root: workspace })?.path;
  return {
    workspace,
    paths,
    exclude: inputs.list('exclude'),
    algorithm: inputs.choice('algorithm', ALGORITHMS, 'sha256'),
    manifest: inputs.file('manifest', { root: workspace })?.path ?? join(resolve(ctx.runnerTemp), 'data-hash', 'manifest.json'),
    baseline: baselinePath ? { path: baselinePath, name: inputs.string('baseline') } : undefined,
    followSymlinks: inputs.boolean('follow-symlinks', false),
    statCache: inputs.file('stat-cache', { root: workspace })?.path,
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

await run(async () => {
  const i = readInputs();
  // Read the baseline first: a bad one fails the step before any work, and before a manifest is written.
  const baseline = i.baseline ? await readManifest(i.baseline.path, i.baseline.name) : undefined;

  const m = await hashPaths({
    root: i.workspace,
    paths: i.paths,
    exclude: [...i.exclude, ...ownFiles(i)],
    algorithm: i.algorithm,
    followSymlinks: i.followSymlinks,
    statCache: i.statCache,
    input: 'path',
    onWarning: (w) => log.warning(w),
  });
  const stats = m.stats!;
  if (m.files === 0) log.warning('the selection holds no file (every match was excluded, or the directories are empty); the hash is that of an empty listing');
  if (stats.skippedSymlinks.length) {
    const shown = stats.skippedSymlinks.slice(0, 5).map((p) => JSON.stringify(p)).join(', ');
    log.info(`skipped ${stats.skippedSymlinks.length} symbolic link(s) (follow-symlinks is false): ${shown}${stats.skippedSymlinks.length > 5 ? ', …' : ''}`);
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

  await writeManifest(i.manifest, m);
  const seconds = stats.elapsedMs / 1000;
  log.info(
    `${m.hash}: ${m.files} files, ${formatBytes(m.bytes)} in ${seconds.toFixed(2)} s` +
      (seconds > 0 ? ` (${formatBytes(m.bytes / seconds)}/s)` : '') +
      (i.statCache ? `, ${stats.cacheHits} from the stat cache` : ''),
  );

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
