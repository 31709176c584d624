/**
 * Sharding data-hash over a workflow matrix (issue 20): every shard walks the same selection, gives
 * each file to one shard by a rule all shards compute alike, hashes only its own files, and writes a
 * partial manifest; the merge checks that the partial manifests are complete, distinct and from the
 * same selection, and builds the manifest a single job would have written, byte for byte.
 *
 * The assignment ("longest processing time first"): files sorted by cost descending, then by path
 * bytewise; each goes to the shard with the least cost so far (the lowest index on a tie). The cost
 * of a file is its size plus FILE_COST bytes, the per-file work (open, read, close, a message to a
 * worker) expressed in bytes hashed, so a folder of many empty files is spread too. The result depends
 * only on the (path, size) list and the shard count, never on the walk order or the machine.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, parse, sep } from 'node:path';
import { UserError } from '@mlops-actions/errors';
import { compareBytewise, quotePath, type Algorithm } from './listing.ts';
import { buildManifest, readManifest, type DatasetManifest, type ManifestEntry, type ManifestSelection } from './manifest.ts';
import { selectFiles } from './select.ts';

/** Per-file cost in bytes added to the size when balancing shards (about 50 µs of work at 1 GB/s). */
export const FILE_COST = 64 * 1024;
/**
 * A matrix makes at most 256 jobs per workflow run
 * (https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/run-job-variations).
 */
export const MAX_SHARDS = 256;

export interface ShardSpec {
  /** 0-based, as `strategy.job-index`. */
  index: number;
  /** As `strategy.job-total`. */
  count: number;
}

/** What a partial manifest records about the whole selection, so a merge can check it. */
export interface ShardInfo extends ShardSpec {
  /** `sha256:<hex>` of the whole selection's sorted (path, size) list: every shard computes the same. */
  selection: string;
  /** Files and bytes of the whole selection (all shards together). */
  files: number;
  bytes: number;
}

/**
 * The shard of each file. `paths` sorted bytewise (no duplicates), `sizes` in the same order; returns
 * the shard index per file, in the same order.
 */
export function assignShards(paths: readonly string[], sizes: readonly number[], count: number): Uint16Array {
  const n = paths.length;
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Paths are sorted and distinct, so the index breaks ties between equal sizes in path order.
  order.sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const out = new Uint16Array(n);
  if (count <= 1) return out;
  // A binary min-heap of shards by (load, index).
  const load = new Float64Array(count);
  const heap: number[] = [];
  for (let s = 0; s < count; s++) heap.push(s);
  const less = (a: number, b: number) => load[a]! < load[b]! || (load[a] === load[b] && a < b);
  for (const i of order) {
    const s = heap[0]!;
    out[i] = s;
    load[s] = load[s]! + sizes[i]! + FILE_COST;
    // Sift the root down.
    let p = 0;
    for (;;) {
      const l = 2 * p + 1;
      const r = l + 1;
      let m = p;
      if (l < count && less(heap[l]!, heap[m]!)) m = l;
      if (r < count && less(heap[r]!, heap[m]!)) m = r;
      if (m === p) break;
      [heap[p], heap[m]] = [heap[m]!, heap[p]!];
      p = m;
    }
  }
  return out;
}

/** The identity of a selection: `sha256:` of its sorted `size<TAB>"path"` lines (paths JSON-quoted). */
export function selectionId(paths: readonly string[], sizes: readonly number[]): string {
  const h = createHash('sha256');
  const SLICE = 512;
  for (let i = 0; i < paths.length; i += SLICE) {
    let text = '';
    const end = Math.min(paths.length, i + SLICE);
    for (let j = i; j < end; j++) text += `${sizes[j]}\t${JSON.stringify(paths[j])}\n`;
    h.update(text, 'utf8');
  }
  return `sha256:${h.digest('hex')}`;
}

/** Checks a shard index and count (e.g. from `strategy.job-index` and `strategy.job-total`). */
export function checkShardSpec(
  index: number,
  count: number,
  inputs: { shard: string; shards: string } = { shard: 'shard', shards: 'shards' },
): ShardSpec {
  if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS) {
    throw new UserError(`must be a whole number from 1 to ${MAX_SHARDS}, got ${count}`, {
      input: inputs.shards,
      fix: 'Use ${{ strategy.job-total }}',
    });
  }
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new UserError(`must be a whole number from 0 to ${count - 1} (shards is ${count}), got ${index}`, {
      input: inputs.shard,
      fix: 'Use ${{ strategy.job-index }} (it counts from 0)',
    });
  }
  return { index, count };
}

export interface PartInput {
  manifest: DatasetManifest;
  /** How to name the file in messages. */
  file: string;
}

/**
 * Merges the partial manifests of every shard into the manifest one job would have written. Refuses,
 * with a UserError naming the file and the fix: a manifest that is not partial, partial manifests of
 * different selections (data, inputs, algorithm or shard count), a shard given twice, a missing shard,
 * and a file hashed by a shard it does not belong to.
 */
export function mergeShards(parts: readonly PartInput[], input = 'manifests'): DatasetManifest {
  if (parts.length === 0) {
    throw new UserError('names no partial manifest', {
      input,
      fix: 'Download the artifacts of every shard first (download-artifact with pattern: and merge-multiple: true) and name their files',
    });
  }
  for (const p of parts) {
    if (!p.manifest.shard) {
      throw new UserError('is a whole manifest, not a partial one written by a shard', {
        input,
        file: p.file,
        fix: 'Name only the partial manifests the shards wrote (data-hash with shard and shards)',
      });
    }
  }
  const first = parts[0]!;
  const f = first.manifest.shard!;
  const byIndex = new Map<number, PartInput>();
  for (const p of parts) {
    const s = p.manifest.shard!;
    const differs: string[] = [];
    if (p.manifest.algorithm !== first.manifest.algorithm) differs.push(`algorithm ${p.manifest.algorithm} vs ${first.manifest.algorithm}`);
    if (s.count !== f.count) differs.push(`${s.count} shards vs ${f.count}`);
    if (s.selection !== f.selection)
      differs.push(`a selection of ${s.files} files (${s.bytes} bytes) vs ${f.files} files (${f.bytes} bytes)`);
    if (JSON.stringify(p.manifest.selection ?? null) !== JSON.stringify(first.manifest.selection ?? null))
      differs.push('other path, exclude or follow-symlinks inputs');
    if (differs.length) {
      throw new UserError(`is shard ${s.index} of a different run than ${first.file}: ${differs.join('; ')}`, {
        input,
        file: p.file,
        fix: 'Merge the partial manifests of one matrix run only: run every shard on the same data with the same inputs, and give the artifacts names that hold the run (e.g. the run id) so another run cannot mix in',
      });
    }
    const seen = byIndex.get(s.index);
    if (seen) {
      throw new UserError(`is shard ${s.index} of ${s.count} again (also ${seen.file})`, {
        input,
        file: p.file,
        fix: "Give each shard one partial manifest, named by its index (e.g. part-${{ strategy.job-index }}-of-${{ strategy.job-total }}.json), and download only this run's artifacts",
      });
    }
    byIndex.set(s.index, p);
  }
  const missing: number[] = [];
  for (let i = 0; i < f.count; i++) if (!byIndex.has(i)) missing.push(i);
  if (missing.length) {
    const shown = missing.length > 10 ? `${missing.slice(0, 10).join(', ')}, …` : missing.join(', ');
    throw new UserError(`lacks shard${missing.length > 1 ? 's' : ''} ${shown} of ${f.count} (${missing.length} missing)`, {
      input,
      fix: "Let the merge job need the matrix job and run only when every shard succeeded, and download every shard's artifact (pattern: and merge-multiple: true)",
    });
  }
  // Each part is sorted: merge them by path.
  const all: { e: ManifestEntry; shard: number }[] = [];
  for (const p of parts) for (const e of p.manifest.entries) all.push({ e, shard: p.manifest.shard!.index });
  all.sort((a, b) => compareBytewise(a.e.path, b.e.path));
  const entries: ManifestEntry[] = new Array(all.length);
  const paths: string[] = new Array(all.length);
  const sizes: number[] = new Array(all.length);
  for (let i = 0; i < all.length; i++) {
    const { e, shard } = all[i]!;
    if (i > 0 && paths[i - 1] === e.path) {
      throw new UserError(`holds ${quotePath(e.path)}, which shard ${all[i - 1]!.shard} also hashed`, {
        input,
        file: byIndex.get(shard)!.file,
        fix: 'Write each partial manifest with data-hash in shard mode; do not edit or combine them by hand',
      });
    }
    entries[i] = e;
    paths[i] = e.path;
    sizes[i] = e.size;
  }
  const id = selectionId(paths, sizes);
  if (id !== f.selection || entries.length !== f.files) {
    throw new UserError(
      `the partial manifests hold ${entries.length} files, not the ${f.files} files of the selection the shards walked (a file changed size between the walk and its hashing, or a partial manifest was edited)`,
      {
        input,
        fix: 'Do not change the data while the shards run, and run the matrix again',
      },
    );
  }
  const expected = assignShards(paths, sizes, f.count);
  for (let i = 0; i < all.length; i++) {
    if (expected[i] !== all[i]!.shard) {
      throw new UserError(`holds ${quotePath(paths[i]!)}, which belongs to shard ${expected[i]}`, {
        input,
        file: byIndex.get(all[i]!.shard)!.file,
        fix: 'Write each partial manifest with data-hash in shard mode; do not edit or combine them by hand',
      });
    }
  }
  return buildManifest(first.manifest.algorithm as Algorithm, entries, first.manifest.selection as ManifestSelection | undefined);
}

/**
 * Reads the partial manifests that `paths` select and merges them (see mergeShards). Lines are files,
 * directories or globs as data-hash's path input: relative to `root` (the workspace), or absolute
 * anywhere (e.g. under runner.temp, where download-artifact may put them); links are followed.
 */
export async function mergeManifestFiles(o: {
  root: string;
  paths: readonly string[];
  input?: string;
  /** The selection the merge step was given (its path, exclude, follow-symlinks and algorithm inputs): the shards' must be the same. */
  expect?: { selection: ManifestSelection; algorithm: Algorithm } | undefined;
}): Promise<{ manifest: DatasetManifest; parts: number }> {
  const input = o.input ?? 'manifests';
  const lines = o.paths.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  const absolute = lines.filter((l) => isAbsolute(l));
  const relative = lines.filter((l) => !isAbsolute(l));
  const found: { abs: string; shown: string }[] = [];
  if (relative.length)
    for (const f of selectFiles({ root: o.root, paths: relative, followSymlinks: true, input }).files)
      found.push({ abs: f.abs, shown: f.path });
  if (absolute.length) {
    const top = parse(o.root).root; // '/' (or the drive on Windows)
    const rel = absolute.map((l) => l.slice(top.length).split(sep).join('/'));
    for (const f of selectFiles({ root: top, paths: rel, followSymlinks: true, input }).files) found.push({ abs: f.abs, shown: f.abs });
  }
  const parts: PartInput[] = [];
  for (const f of found) parts.push({ manifest: await readManifest(f.abs, f.shown, { partial: true }), file: f.shown });
  const manifest = mergeShards(parts, input);
  if (o.expect) {
    const got = { selection: manifest.selection, algorithm: manifest.algorithm };
    if (JSON.stringify(got) !== JSON.stringify({ selection: o.expect.selection, algorithm: o.expect.algorithm })) {
      const show = (x: typeof got) =>
        `path ${JSON.stringify(x.selection?.paths ?? [])}, exclude ${JSON.stringify(x.selection?.exclude ?? [])}, follow-symlinks ${x.selection?.followSymlinks ?? false}, algorithm ${x.algorithm}`;
      throw new UserError(`were written for ${show(got)}, but this step has ${show(o.expect)}`, {
        input,
        fix: 'Give the merge step the same path, exclude, follow-symlinks and algorithm as the shards, or leave its path empty',
      });
    }
  }
  return { manifest, parts: parts.length };
}
