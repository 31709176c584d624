import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { directoryCache, hasContent } from '@mlops-actions/training-gate';
import { removeTempDirs, tempDirSync } from '../../harness/temp.ts';

afterAll(removeTempDirs);

/** A model folder with the given files (path → content). */
function folder(files: Record<string, string>): string {
  const root = tempDirSync('gate-cache-');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('directoryCache (local runs)', () => {
  it('saves once, says "exists" the second time, and restores the saved folder', async () => {
    const root = tempDirSync('dircache-');
    const out = join(root, 'model');
    mkdirSync(out);
    writeFileSync(join(out, 'w.bin'), 'weights');
    const cache = directoryCache(join(root, 'cache', 'deep'));
    expect(await cache.save('k1', out)).toEqual({ outcome: 'saved' });
    expect(await cache.save('k1', out)).toEqual({ outcome: 'exists' });
    const restored = join(root, 'again', 'model');
    expect(await cache.restore('k1', restored)).toBe(true);
    expect(readFileSync(join(restored, 'w.bin'), 'utf8')).toBe('weights');
    expect(await cache.restore('k2', restored)).toBe(false);
  });

  it('a restore replaces what the folder held: no file of another training is left beside it', async () => {
    const model = folder({ 'model/w.bin': 'new', 'model/sub/cfg.json': '{}' });
    const cacheDir = join(tempDirSync('gate-cache-dir-'), 'c');
    const cache = directoryCache(cacheDir);
    await cache.save('k', join(model, 'model'));
    const target = folder({ 'model/w.bin': 'old', 'model/stale.bin': 'left over' });
    expect(await cache.restore('k', join(target, 'model'))).toBe(true);
    expect(readdirSync(join(target, 'model'), { recursive: true }).sort()).toEqual(['sub', 'sub/cfg.json', 'w.bin']);
    expect(readFileSync(join(target, 'model', 'w.bin'), 'utf8')).toBe('new');
  });

  it('saves under a temporary name and renames: the cache holds the entry and nothing else', async () => {
    const model = folder({ 'm/a': '1' });
    const cacheDir = join(tempDirSync('gate-cache-dir-'), 'c');
    await directoryCache(cacheDir).save('key-1', join(model, 'm'));
    expect(readdirSync(cacheDir)).toEqual(['key-1']);
  });

  it('keeps symbolic links as links (they are not followed out of the model folder)', async () => {
    const model = folder({ 'm/weights.bin': 'w' });
    symlinkSync('weights.bin', join(model, 'm', 'latest'));
    const cacheDir = join(tempDirSync('gate-cache-dir-'), 'c');
    const cache = directoryCache(cacheDir);
    await cache.save('k', join(model, 'm'));
    const target = join(tempDirSync('gate-cache-out-'), 'm');
    await cache.restore('k', target);
    expect(readlinkSync(join(target, 'latest'))).toBe('weights.bin');
  });

  it('names the folder in its description', () => {
    expect(directoryCache('/var/cache/mlops').description).toBe('the local cache /var/cache/mlops');
  });

  // Node's mkdir -p never settles where the parent exists but refuses new folders (/proc): the cache
  // must fail, not hang the post step.
  it('fails fast when the cache folder cannot be created', { timeout: 5_000 }, async () => {
    const root = folder({ f: 'x' });
    const cache = directoryCache('/proc/mlops-cache-test/x');
    await expect(cache.save('k', root)).rejects.toThrow();
    expect(existsSync('/proc/mlops-cache-test')).toBe(false);
  });
});

describe('hasContent (is there a training to save?)', () => {
  it.each<[string, Record<string, string>, string, boolean]>([
    ['a folder with a file', { 'm/w.bin': 'w' }, 'm', true],
    ['a file deep inside', { 'm/a/b/c/w.bin': 'w' }, 'm', true],
    ['a single file as the path', { 'w.bin': 'w' }, 'w.bin', true],
    ['an empty file is still a file', { 'm/empty': '' }, 'm', true],
    ['a missing path', {}, 'm', false],
  ])('%s → %s', async (_, files, path, expected) => {
    expect(await hasContent(join(folder(files), path))).toBe(expected);
  });

  it('a folder holding only empty folders has nothing to save', async () => {
    const root = tempDirSync('gate-cache-');
    mkdirSync(join(root, 'm', 'a', 'b'), { recursive: true });
    expect(await hasContent(join(root, 'm'))).toBe(false);
  });
});
