import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directoryCache } from '../../../packages/training-gate/src/cache.ts';

describe('directoryCache (local runs)', () => {
  it('saves once, says "exists" the second time, and restores the saved folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dircache-'));
    const out = join(root, 'model');
    await mkdir(out);
    await writeFile(join(out, 'w.bin'), 'weights');
    const cache = directoryCache(join(root, 'cache', 'deep'));
    expect(await cache.save('k1', out)).toEqual({ outcome: 'saved' });
    expect(await cache.save('k1', out)).toEqual({ outcome: 'exists' });
    const restored = join(root, 'again', 'model');
    expect(await cache.restore('k1', restored)).toBe(true);
    expect(await readFile(join(restored, 'w.bin'), 'utf8')).toBe('weights');
    expect(await cache.restore('k2', restored)).toBe(false);
  });

  // Node's mkdir -p never settles where the parent exists but refuses new folders (/proc): the cache
  // must fail, not hang the post step.
  it('fails fast when the cache folder cannot be created', { timeout: 5_000 }, async () => {
    const root = await mkdtemp(join(tmpdir(), 'dircache-'));
    await writeFile(join(root, 'f'), 'x');
    const cache = directoryCache('/proc/mlops-cache-test/x');
    await expect(cache.save('k', root)).rejects.toThrow();
  });
});
