/**
 * Sharded hashing (issue 20): the assignment is deterministic and balanced, the shards' partial
 * manifests merge into the manifest one job writes (byte for byte, and the hash coreutils gives), and
 * the merge refuses shards that are missing, given twice, from another selection or edited.
 */
import { randomBytes } from 'node:crypto';
import { rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '@mlops-actions/errors';
import {
  FILE_COST,
  assignShards,
  buildManifest,
  compareBytewise,
  hashPaths,
  mergeShards,
  parseManifest,
  selectionId,
  serializeManifest,
  type DatasetManifest,
  type PartInput,
} from '@mlops-actions/hashing';
import { coreutilsHash, sh, tempDir, writeTree } from './helpers.ts';

function tree(): string {
  const root = tempDir('shards-');
  const files: Record<string, string | Uint8Array> = {
    'data/big.bin': randomBytes(3_000_000),
    'data/mid-a.bin': randomBytes(700_000),
    'data/mid-b.bin': randomBytes(700_000),
    'data/été/🐱.csv': 'a,b\n1,2\n',
    'data/with space.txt': 'spaced',
  };
  for (let i = 0; i < 40; i++) files[`data/small/${String(i).padStart(2, '0')}.txt`] = randomBytes(i * 97);
  for (let i = 0; i < 12; i++) files[`data/empty/${i}.txt`] = '';
  writeTree(root, files);
  return root;
}

/** Every shard's partial manifest, as written to a file and read back (what the merge job reads). */
async function shardsOf(
  root: string,
  count: number,
  extra: { exclude?: string[]; algorithm?: 'sha256' | 'md5' } = {},
): Promise<PartInput[]> {
  const parts: PartInput[] = [];
  for (let index = 0; index < count; index++) {
    const m = await hashPaths({ root, paths: ['data'], ...extra, shard: { index, count }, concurrency: 2 });
    parts.push({ manifest: parseManifest(serializeManifest(m), `part-${index}.json`, { partial: true }), file: `part-${index}.json` });
  }
  return parts;
}

function refusal(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('assignShards', () => {
  it('gives every file to one shard, balances the cost within one file, and spreads empty files', () => {
    const n = 5000;
    const paths = Array.from({ length: n }, (_, i) => `f/${i}`).sort(compareBytewise);
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const sizes = paths.map((_, i) => (i % 10 === 0 ? 0 : Math.floor(rand() ** 3 * 50_000_000)));
    for (const count of [1, 3, 8, 256]) {
      const owner = assignShards(paths, sizes, count);
      const load = new Array<number>(count).fill(0);
      const empties = new Array<number>(count).fill(0);
      owner.forEach((s, i) => {
        load[s]! += sizes[i]! + FILE_COST;
        if (sizes[i] === 0) empties[s]!++;
      });
      expect(Math.max(...owner)).toBeLessThan(count);
      const biggest = Math.max(...sizes) + FILE_COST;
      expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(biggest);
      if (count === 8) expect(Math.max(...empties)).toBeLessThan(n / 10); // not all on one shard
    }
  });

  it('depends only on the (path, size) list: the same answer every time, whatever the sizes tie', () => {
    const paths = ['a', 'b', 'c', 'd', 'e', 'f'];
    const sizes = [10, 10, 10, 10, 10, 10];
    expect([...assignShards(paths, sizes, 4)]).toEqual([0, 1, 2, 3, 0, 1]);
    expect([...assignShards(paths, [1, 2, 3, 4, 5, 6], 2)]).toEqual([...assignShards([...paths], [1, 2, 3, 4, 5, 6], 2)]);
    // The largest file first, on shard 0; the next to the least loaded.
    expect([...assignShards(['x', 'y', 'z'], [100, 5_000_000, 3], 2)]).toEqual([1, 0, 1]);
  });

  it('selectionId changes with a path or a size', () => {
    const id = selectionId(['a', 'b'], [1, 2]);
    expect(selectionId(['a', 'b'], [1, 3])).not.toBe(id);
    expect(selectionId(['a', 'c'], [1, 2])).not.toBe(id);
    expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('sharded hashPaths and mergeShards', () => {
  it.each([1, 3, 8])("%i shards merge into the single job's manifest, byte for byte, and the coreutils hash", async (count) => {
    const root = tree();
    const single = await hashPaths({ root, paths: ['data'] });
    const parts = await shardsOf(root, count);
    expect(parts.reduce((s, p) => s + p.manifest.files, 0)).toBe(single.files);
    for (const p of parts) expect(p.manifest.shard).toMatchObject({ count, files: single.files, bytes: single.bytes });
    // In any order.
    const merged = mergeShards([...parts].reverse());
    expect(serializeManifest(merged)).toBe(serializeManifest(single));
    expect(merged.hash).toBe(`sha256:${coreutilsHash(root, 'data')}`);
  });

  it('more shards than files: the empty parts merge too', async () => {
    const root = tempDir('few-');
    writeTree(root, { 'data/a': 'a', 'data/b': 'bb', 'data/c': '' });
    const parts = await shardsOf(root, 8);
    expect(parts.map((p) => p.manifest.files)).toEqual([1, 1, 1, 0, 0, 0, 0, 0]);
    expect(serializeManifest(mergeShards(parts))).toBe(serializeManifest(await hashPaths({ root, paths: ['data'] })));
  });

  it("reads only its own files: a shard does not fail on another shard's unreadable file", async () => {
    const root = tree();
    const parts = await shardsOf(root, 3);
    const other = parts[1]!.manifest.entries.find((e) => e.size > 0)!.path;
    // Replaced by a directory of the same name would change the selection; make it unreadable instead.
    const { chmodSync } = await import('node:fs');
    chmodSync(join(root, other), 0o000);
    try {
      if (process.getuid?.() === 0) return; // root reads anything
      const again = await hashPaths({ root, paths: ['data'], shard: { index: 0, count: 3 } });
      expect(serializeManifest(again)).toBe(serializeManifest(parts[0]!.manifest));
      await expect(hashPaths({ root, paths: ['data'], shard: { index: 1, count: 3 } })).rejects.toThrow(/permission denied/);
    } finally {
      chmodSync(join(root, other), 0o644);
    }
  });

  it('a shard keeps its own stat cache: the second run reads none of its files and writes the same part', async () => {
    const root = tree();
    const old = new Date(Date.now() - 60_000);
    for (const f of sh(root, 'find data -type f').trim().split('\n')) utimesSync(join(root, f), old, old);
    const statCache = join(tempDir('shard-cache-'), 'stat.json');
    const first = await hashPaths({ root, paths: ['data'], shard: { index: 2, count: 3 }, statCache });
    const second = await hashPaths({ root, paths: ['data'], shard: { index: 2, count: 3 }, statCache });
    expect(second.stats!.cacheHits).toBe(first.files);
    expect(second.stats!.hashed).toBe(0);
    expect(serializeManifest(second)).toBe(serializeManifest(first));
  });

  it('the files the action writes itself are left out of the walk but not recorded in the selection', async () => {
    const root = tree();
    writeFileSync(join(root, 'data/manifest.json'), '{}');
    const m = await hashPaths({ root, paths: ['data'], exclude: ['*.tmp'], ownFiles: ['data/manifest.json'] });
    expect(m.entries.some((e) => e.path === 'data/manifest.json')).toBe(false);
    expect(m.selection).toEqual({ paths: ['data'], exclude: ['*.tmp'], followSymlinks: false });
  });

  it('a partial manifest is written with its own format and refused where a whole manifest is expected', async () => {
    const root = tree();
    const m = await hashPaths({ root, paths: ['data'], shard: { index: 1, count: 3 } });
    const text = serializeManifest(m);
    expect(JSON.parse(text)).toMatchObject({ format: 'mlops-actions/data-manifest-part@1', shard: { index: 1, count: 3 } });
    const e = refusal(() => parseManifest(text, 'part.json'));
    expect(e.message).toContain('partial manifest of one shard (shard 1 of 3)');
    expect(e.fix).toContain('mode: merge');
  });

  it('refuses a missing shard, naming it', async () => {
    const parts = await shardsOf(tree(), 8);
    const e = refusal(() => mergeShards(parts.filter((p) => ![2, 5].includes(p.manifest.shard!.index))));
    expect(e.message).toContain('lacks shards 2, 5 of 8 (2 missing)');
    expect(e.input).toBe('manifests');
  });

  it('refuses a shard given twice, naming both files', async () => {
    const parts = await shardsOf(tree(), 3);
    const e = refusal(() => mergeShards([...parts, { ...parts[1]!, file: 'copy/part-1.json' }]));
    expect(e.message).toContain('is shard 1 of 3 again (also part-1.json)');
    expect(e.file).toBe('copy/part-1.json');
  });

  it('refuses shards of different data, inputs, algorithm or shard count', async () => {
    const root = tree();
    const parts = await shardsOf(root, 3);
    writeFileSync(join(root, 'data/late.csv'), 'arrived between two shards');
    const changed = await shardsOf(root, 3);
    let e = refusal(() => mergeShards([parts[0]!, changed[1]!, parts[2]!]));
    expect(e.message).toMatch(/is shard 1 of a different run than part-0\.json: a selection of 58 files .* vs 57 files/);
    expect(e.file).toBe('part-1.json');
    rmSync(join(root, 'data/late.csv'));

    const excluded = await shardsOf(root, 3, { exclude: ['nothing-matches'] });
    e = refusal(() => mergeShards([parts[0]!, parts[1]!, excluded[2]!]));
    expect(e.message).toContain('other path, exclude or follow-symlinks inputs');

    const md5 = await shardsOf(root, 3, { algorithm: 'md5' });
    e = refusal(() => mergeShards([md5[0]!, parts[1]!, parts[2]!]));
    expect(e.message).toContain('algorithm sha256 vs md5');

    const four = await shardsOf(root, 4);
    e = refusal(() => mergeShards([...parts, four[3]!]));
    expect(e.message).toContain('4 shards vs 3');
  });

  it('refuses a whole manifest among the partial ones', async () => {
    const root = tree();
    const parts = await shardsOf(root, 2);
    const whole = await hashPaths({ root, paths: ['data'] });
    const e = refusal(() => mergeShards([parts[0]!, { manifest: whole, file: 'manifest.json' }]));
    expect(e.message).toContain('is a whole manifest, not a partial one written by a shard');
    expect(e.file).toBe('manifest.json');
  });

  it('refuses partial manifests whose files were moved from one shard to another', async () => {
    const parts = await shardsOf(tree(), 2);
    const [a, b] = parts.map((p) => p.manifest) as [DatasetManifest, DatasetManifest];
    const moved = a.entries[0]!;
    const rebuilt = (m: DatasetManifest, entries: DatasetManifest['entries']) => ({
      ...buildManifest(m.algorithm, entries, m.selection),
      shard: m.shard,
    });
    const a2 = rebuilt(a, a.entries.slice(1));
    const b2 = rebuilt(
      b,
      [...b.entries, moved].sort((x, y) => compareBytewise(x.path, y.path)),
    );
    const e = refusal(() =>
      mergeShards([
        { manifest: a2, file: 'a.json' },
        { manifest: b2, file: 'b.json' },
      ]),
    );
    expect(e.message).toContain(`holds '${moved.path}', which belongs to shard 0`);
    expect(e.file).toBe('b.json');
    // A file left out altogether.
    const e2 = refusal(() => mergeShards([{ manifest: a2, file: 'a.json' }, parts[1]!]));
    expect(e2.message).toMatch(/hold \d+ files, not the \d+ files of the selection/);
  });
});
