import { lstatSync, mkdirSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { DigestPool } from '../../../packages/hashing/src/pool.ts';
import { tempDir, writeTree } from './helpers.ts';

const pools: DigestPool[] = [];
afterEach(() => {
  while (pools.length) pools.pop()!.close();
});

/** A pool with one worker, once that worker is up (batches submitted then go to it, not the main thread). */
async function startedPool(root: string, noFollow: boolean): Promise<DigestPool> {
  const pool = new DigestPool({ algorithm: 'sha256', root, concurrency: 2, noFollow });
  pools.push(pool);
  for (let waited = 0; !pool.started; waited += 10) {
    if (waited > 20_000) throw new Error('the worker did not start');
    await sleep(10);
  }
  return pool;
}

describe('DigestPool stat batches', () => {
  it.each([
    ['lstat (links not followed)', true],
    ['stat (links followed)', false],
  ])('give on a worker what %s gives on the main thread, and -1 for anything but a regular file', async (_, noFollow) => {
    const root = tempDir();
    writeTree(root, { 'a.txt': 'a', 'dir/b.bin': 'bb', empty: '' });
    mkdirSync(join(root, 'folder'));
    symlinkSync('a.txt', join(root, 'link'));
    const names = ['a.txt', 'dir/b.bin', 'empty', 'folder', 'link', 'gone', 'a.txt/not-a-dir'];
    const pool = await startedPool(root, noFollow);
    // Not run on the main thread (nothing calls runQueuedOnMain): the worker answers.
    const { meta } = await pool.submitStat(names);
    const expected = names.map((n) => {
      let st;
      try {
        st = noFollow ? lstatSync(join(root, n)) : statSync(join(root, n));
      } catch {
        return [-1];
      }
      return st.isFile() ? [st.size, st.mtimeMs, st.ino] : [-1];
    });
    expect(names.map((_, i) => (meta[i * 3] === -1 ? [-1] : [meta[i * 3], meta[i * 3 + 1], meta[i * 3 + 2]]))).toEqual(expected);
    expect(expected.map((e) => e[0])).toEqual([1, 2, 0, -1, noFollow ? -1 : 1, -1, -1]);
  });

  it('are sent to a worker still starting, which answers once it is up; the main thread can take queued ones', async () => {
    const root = tempDir();
    writeTree(root, { 'a.txt': 'abc', 'b.txt': 'de', 'c.txt': 'f' });
    const pool = new DigestPool({ algorithm: 'sha256', root, concurrency: 2, noFollow: true });
    pools.push(pool);
    expect(pool.started).toBe(false);
    // Two batches go to the worker's port at once (two in flight per worker); the third waits.
    const sent = [pool.submitStat(['a.txt']), pool.submitStat(['b.txt'])];
    const third = pool.submitStat(['c.txt']);
    expect(pool.queued).toBe(1);
    expect(pool.runQueuedOnMain()).toBe(true);
    expect((await third).meta[0]).toBe(1);
    expect(pool.runQueuedOnMain()).toBe(false);
    expect((await Promise.all(sent)).map((r) => r.meta[0])).toEqual([3, 2]);
    expect(pool.started).toBe(true);
  });
});
