import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '@mlops-actions/errors';
import {
  MANIFEST_FORMAT,
  buildManifest,
  cacheKey,
  compareManifests,
  parseManifest,
  readManifest,
  serializeManifest,
  writeManifest,
  type ManifestEntry,
} from '@mlops-actions/hashing';
import { tempDir } from './helpers.ts';

const d = (s: string) => createHash('sha256').update(s).digest('hex');
const entry = (path: string, content: string): ManifestEntry => ({ path, size: content.length, digest: d(content) });

function sample() {
  return buildManifest('sha256', [entry('data/a.csv', 'a'), entry('data/b\nc.csv', 'bc'), entry('data/é.csv', '')], {
    paths: ['data'],
    exclude: [],
    followSymlinks: false,
  });
}

describe('manifest files', () => {
  it('round-trip through write and read, one entry per line', async () => {
    const dir = tempDir();
    const m = sample();
    const file = join(dir, 'out', 'manifest.json');
    await writeManifest(file, m);
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: MANIFEST_FORMAT, algorithm: 'sha256', hash: m.hash, files: 3, bytes: 3 });
    expect(text.split('\n').filter((l) => l.includes('"digest"'))).toHaveLength(3);
    const back = await readManifest(file);
    expect(back).toEqual({ ...m, stats: undefined, selection: m.selection });
    expect(readdirSync(join(dir, 'out'))).toEqual(['manifest.json']); // no temp file left
  });

  it('serialises the same data to the same bytes, and an empty manifest too', () => {
    expect(serializeManifest(sample())).toBe(serializeManifest(sample()));
    const empty = buildManifest('sha256', []);
    expect(empty.hash).toBe(`sha256:${d('')}`);
    expect(parseManifest(serializeManifest(empty), 'm.json')).toEqual(empty);
  });

  it('leaves nothing behind when the write fails', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'not a directory');
    await expect(writeManifest(join(dir, 'file', 'manifest.json'), sample())).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['file']);
  });

  const good = () => JSON.parse(serializeManifest(sample())) as Record<string, unknown> & { entries: Record<string, unknown>[] };
  it.each<[string, (m: ReturnType<typeof good>) => unknown, RegExp]>([
    ['not JSON', () => '{"format": \n oops', /m\.json:2: is not a data-hash manifest: invalid JSON/],
    ['a list', () => [], /the top level is not a JSON object/],
    ['no format', (m) => ({ ...m, format: undefined }), /key 'format': is not a data-hash manifest: it has no "format" key/],
    ['another format', (m) => ({ ...m, format: 'dvc' }), /unknown format "dvc"/],
    ['an unknown algorithm', (m) => ({ ...m, algorithm: 'crc32' }), /key 'algorithm'.*unknown algorithm "crc32"/],
    ['entries not a list', (m) => ({ ...m, entries: {} }), /"entries" is not a list/],
    ['a short digest', (m) => ((m.entries[1]!['digest'] = 'abc'), m), /key 'entries\[1\]\.digest'.*not 64 hex digits \(sha256\)/],
    ['a negative size', (m) => ((m.entries[0]!['size'] = -1), m), /key 'entries\[0\]\.size'/],
    ['a missing path', (m) => (delete m.entries[2]!['path'], m), /key 'entries\[2\]\.path'/],
    ['unsorted entries', (m) => (m.entries.reverse(), m), /not sorted by path/],
    ['a wrong file count', (m) => ({ ...m, files: 4 }), /"files" says 4 but there are 3 entries/],
    ['wrong bytes', (m) => ({ ...m, bytes: 99 }), /"bytes" says 99 but the entries add up to 3/],
    [
      'a hash that does not match the entries',
      (m) => ((m.entries[0]!['digest'] = d('tampered')), (m.entries[0]!['size'] = 1), m),
      /key 'hash'.*does not match its entries/,
    ],
  ])('refuses %s, naming the file and the key', async (_, mutate, message) => {
    const dir = tempDir();
    const file = join(dir, 'm.json');
    const v = mutate(good());
    writeFileSync(file, typeof v === 'string' ? v : JSON.stringify(v));
    const run = readManifest(file, 'm.json');
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toThrow(message);
    await expect(run).rejects.toThrow(/^m\.json[,:]/);
  });

  it('says when the manifest is missing', async () => {
    await expect(readManifest(join(tempDir(), 'none.json'), 'baseline.json')).rejects.toThrow(/baseline\.json: manifest not found/);
  });
});

describe('compareManifests', () => {
  it('lists added, removed and modified files', () => {
    const base = buildManifest('sha256', [entry('a', '1'), entry('b', '2'), entry('c', '3'), entry('e', '5')]);
    const cur = buildManifest('sha256', [entry('a', '1'), entry('b', '22'), entry('d', '4'), entry('e', '5'), entry('f', '6')]);
    expect(compareManifests(base, cur)).toEqual({ changed: true, added: ['d', 'f'], removed: ['c'], modified: ['b'] });
    expect(compareManifests(cur, cur)).toEqual({ changed: false, added: [], removed: [], modified: [] });
    expect(compareManifests(buildManifest('sha256', []), cur).added).toHaveLength(5);
  });

  it('refuses manifests of different algorithms', () => {
    const md5 = buildManifest('md5', [{ path: 'a', size: 1, digest: createHash('md5').update('1').digest('hex') }]);
    expect(() => compareManifests(md5, buildManifest('sha256', [entry('a', '1')]))).toThrow(
      /baseline manifest uses md5 and this run uses sha256/,
    );
  });
});

describe('cacheKey', () => {
  it('is short, stable, and follows the hash', () => {
    const m = sample();
    expect(cacheKey(m)).toMatch(/^sha256-[0-9a-f]{24}$/);
    expect(cacheKey(m)).toBe(`sha256-${m.hash.slice(7, 31)}`);
    expect(cacheKey(buildManifest('sha256', [entry('x', 'y')]))).not.toBe(cacheKey(m));
  });
});
