/** parseDataHashOptions and runDataHash: the data-hash step from its typed inputs to outputs and summary, in process. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '@mlops-actions/errors';
import { type DataHashInputs, StatCache, parseDataHashOptions, runDataHash, saveStatCache } from '@mlops-actions/hashing';
import { coreutilsHash, tempDir, writeTree } from './helpers.ts';

let ws: string;
let temp: string;
const lines: string[] = [];
const log = { info: (m: string) => void lines.push(m), warning: (m: string) => void lines.push(`warning: ${m}`) };

beforeEach(() => {
  lines.length = 0;
  ws = tempDir('run-ws-');
  temp = tempDir('run-temp-');
  writeTree(ws, { 'data/a.csv': 'x,y\n1,2\n', 'data/sub/b.bin': new Uint8Array([0, 1, 2, 255]), 'data/empty.txt': '' });
});

const inputs = (over: Partial<DataHashInputs> = {}): DataHashInputs => ({
  workspace: ws,
  tempDir: temp,
  mode: 'hash',
  paths: ['data'],
  manifests: [],
  shard: '',
  shards: '',
  exclude: [],
  algorithm: 'sha256',
  manifest: undefined,
  baseline: undefined,
  followSymlinks: false,
  statCache: undefined,
  ...over,
});
const file = (rel: string) => ({ path: join(ws, rel), display: rel });

describe('parseDataHashOptions', () => {
  it.each([
    ['merge without manifests', { mode: 'merge', paths: [] }, 'manifests', /is required with mode: merge/],
    ['shard given to the merge', { mode: 'merge', manifests: ['parts'], shard: '0' }, 'shard', /for the shards, not the merge/],
    ['shards given to the merge', { mode: 'merge', manifests: ['parts'], shards: '2' }, 'shards', /for the shards, not the merge/],
    ['manifests in hash mode', { manifests: ['parts'] }, 'manifests', /read only with mode: merge/],
    ['shard without shards', { shard: '1' }, 'shards', /shard and shards go together/],
    ['shards without shard', { shards: '3' }, 'shard', /shard and shards go together/],
    ['a shard index past the count', { shard: '3', shards: '3' }, 'shard', /from 0 to 2/],
    [
      'the stat cache on the manifest',
      () => ({ manifest: file('m.json'), statCache: file('m.json') }),
      'stat-cache',
      /is also the manifest/,
    ],
    [
      'a baseline with one shard',
      () => ({ shard: '0', shards: '2', baseline: { ...file('b.json'), name: 'b.json' } }),
      'baseline',
      /one shard/,
    ],
  ] as const)('%s: a UserError naming %s', (_, over, input, message) => {
    // Rows that name files are functions: the workspace exists only once the test runs.
    const run = () => parseDataHashOptions(inputs((typeof over === 'function' ? over() : over) as Partial<DataHashInputs>));
    expect(run).toThrow(UserError);
    expect(run).toThrow(message);
    try {
      run();
    } catch (e) {
      expect((e as UserError).input).toBe(input);
    }
  });

  it('refuses to overwrite a file that is not a manifest, before any work', () => {
    writeFileSync(join(ws, 'notes.txt'), 'my notes, not a manifest\n');
    expect(() => parseDataHashOptions(inputs({ manifest: file('notes.txt') }))).toThrow(expect.objectContaining({ input: 'manifest' }));
  });

  it('puts the manifest under the temp folder by default, and parses the shard', () => {
    const o = parseDataHashOptions(inputs({ shard: '1', shards: '3' }));
    expect(o.manifest).toEqual({ path: join(temp, 'data-hash', 'manifest.json'), display: 'data-hash/manifest.json under runner.temp' });
    expect(o.shard).toEqual({ index: 1, count: 3 });
  });
});

describe('runDataHash', () => {
  it('hashes as coreutils does, writes the manifest, and returns the outputs and the summary', async () => {
    const r = await runDataHash(parseDataHashOptions(inputs()), { log });
    const manifest = join(temp, 'data-hash', 'manifest.json');
    expect(r.outputs).toEqual({
      hash: `sha256:${coreutilsHash(ws, 'data')}`,
      files: 3,
      bytes: 12,
      manifest,
      changed: true,
      added: 3,
      removed: 0,
      modified: 0,
      'cache-key': `sha256-${coreutilsHash(ws, 'data').slice(0, 24)}`,
    });
    expect(JSON.parse(readFileSync(manifest, 'utf8'))).toMatchObject({ hash: r.outputs.hash, files: 3 });
    expect(r.summary).toContain(r.outputs.hash);
    expect(lines.some((l) => l.startsWith(`${r.outputs.hash}: 3 files, `))).toBe(true);
  });

  it('against a baseline: what changed, and the manifest written inside the data does not hash itself', async () => {
    const first = await runDataHash(parseDataHashOptions(inputs({ manifest: file('data/manifest.json') })), { log });
    writeFileSync(join(ws, 'data/a.csv'), 'x,y\n1,3\n');
    writeTree(ws, { 'data/new.txt': 'new' });
    const r = await runDataHash(
      parseDataHashOptions(
        // The baseline is the manifest the last run wrote (restored from a cache): read first, then replaced.
        inputs({ manifest: file('data/manifest.json'), baseline: { ...file('data/manifest.json'), name: 'data/manifest.json' } }),
      ),
      { log },
    );
    expect(r.outputs).toMatchObject({ changed: true, added: 1, removed: 0, modified: 1, files: 4 });
    expect(r.outputs.hash).not.toBe(first.outputs.hash);
    // The manifest is not in the listing: the hash is that of the data alone.
    expect(r.manifest.entries.map((e) => e.path)).not.toContain('data/manifest.json');
    expect(r.outputs.hash).toBe(`sha256:${coreutilsHash(ws, 'data/a.csv data/empty.txt data/new.txt data/sub')}`);
    expect(r.summary).toContain('data/manifest.json');
  });

  it('a bad baseline fails before any manifest is written, naming the file', async () => {
    writeFileSync(join(ws, 'base.json'), '{"not": "a manifest"}\n');
    const run = runDataHash(parseDataHashOptions(inputs({ baseline: { ...file('base.json'), name: 'base.json' } })), { log });
    await expect(run).rejects.toBeInstanceOf(UserError);
    await expect(run).rejects.toMatchObject({ file: 'base.json' });
    expect(existsSync(join(temp, 'data-hash', 'manifest.json'))).toBe(false);
  });

  it('one shard: the hash outputs are empty and the summary says to merge', async () => {
    const r = await runDataHash(parseDataHashOptions(inputs({ shard: '0', shards: '2' })), { log });
    expect(r.outputs).toMatchObject({ hash: '', changed: '', added: '', removed: '', modified: '', 'cache-key': '' });
    expect(r.outputs.files).toBeLessThanOrEqual(3);
    expect(r.summary).toMatch(/^### Dataset hash: shard 0 of 2/);
    expect(r.summary).toContain('mode: merge');
  });

  it('an empty selection: the hash of an empty listing, with a warning', async () => {
    const r = await runDataHash(parseDataHashOptions(inputs({ exclude: ['data/**'] })), { log });
    expect(r.outputs.files).toBe(0);
    expect(lines).toContainEqual(expect.stringMatching(/^warning: the selection holds no file/));
  });

  it("a damaged stat cache: the step's Logger gets the warning, and every file is hashed again", async () => {
    const statCache = { path: join(temp, 'stat.bin'), display: 'stat.bin' };
    const cache = new StatCache();
    cache.set('data/a.csv', { size: 8, mtimeMs: 1_700_000_000_000, ino: 1, digest: '0'.repeat(64) });
    await saveStatCache(statCache.path, 'sha256', cache);
    writeFileSync(statCache.path, readFileSync(statCache.path).subarray(0, -5));
    const r = await runDataHash(parseDataHashOptions(inputs({ statCache })), { log });
    expect(r.outputs.hash).toBe(`sha256:${coreutilsHash(ws, 'data')}`);
    expect(lines).toContainEqual(expect.stringMatching(/^warning: .*is not a stat cache/));
  });
});
