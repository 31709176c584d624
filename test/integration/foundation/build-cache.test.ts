/**
 * scripts/build.ts with MLOPS_BUILD_CACHE (scripts/lib/build-cache.ts) and the real esbuild: a second build
 * of unchanged sources is copied from the cache, byte for byte what esbuild makes; a changed source is
 * bundled again; without the variable (a maintainer's `npm run build`, `check`, `release`) nothing is cached.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAction } from '../../../scripts/build.ts';
import { buildCacheStats } from '../../../scripts/lib/build-cache.ts';
import { repoRoot } from '../../harness/step-runner.ts';
import { tempDir } from '../../harness/temp.ts';

let base: string;
let src: string;
const saved = process.env['MLOPS_BUILD_CACHE'];

/** A source file of the fixture action, dated a minute back (as sources are, long before a build). */
function put(file: string, text: string): void {
  const p = join(src, file);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
  const t = (Date.now() - 60_000) / 1000;
  for (const q of [p, dirname(p)]) utimesSync(q, t, t);
}

const tree = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .filter((f) => f.endsWith('.js') || f.endsWith('.txt'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

/** What esbuild makes of the sources now, without the cache. */
async function uncached(out: string) {
  delete process.env['MLOPS_BUILD_CACHE'];
  try {
    await buildAction('cache-probe', out, src);
  } finally {
    process.env['MLOPS_BUILD_CACHE'] = join(base, 'cache');
  }
  return tree(out);
}

beforeEach(async () => {
  base = await tempDir('mlops-build-cache-');
  src = join(base, 'src');
  put('main.ts', "import { greet } from './lib.ts';\nconsole.log(greet('cache'));\n");
  put('lib.ts', 'export const greet = (who: string): string => `hello ${who}`;\n');
  process.env['MLOPS_BUILD_CACHE'] = join(base, 'cache');
});

afterEach(() => {
  if (saved === undefined) delete process.env['MLOPS_BUILD_CACHE'];
  else process.env['MLOPS_BUILD_CACHE'] = saved;
});

describe('scripts/build.ts with MLOPS_BUILD_CACHE', () => {
  it('copies a second build of unchanged sources from the cache: the same files esbuild makes', async () => {
    const before = { ...buildCacheStats };
    await buildAction('cache-probe', join(base, 'a'), src);
    const meta = await buildAction('cache-probe', join(base, 'b'), src);
    expect(buildCacheStats.misses - before.misses).toBe(1);
    expect(buildCacheStats.hits - before.hits).toBe(1);
    expect(tree(join(base, 'b'))).toEqual(await uncached(join(base, 'c')));
    expect(Object.keys(meta.outputs)).toEqual([`${relative(repoRoot, join(base, 'b'))}/index.js`]);
  });

  it('bundles a changed source again', async () => {
    await buildAction('cache-probe', join(base, 'a'), src);
    put('lib.ts', 'export const greet = (who: string): string => `goodbye ${who}`;\n');
    const before = { ...buildCacheStats };
    await buildAction('cache-probe', join(base, 'b'), src);
    expect(buildCacheStats.misses - before.misses).toBe(1);
    expect(readFileSync(join(base, 'b', 'index.js'), 'utf8')).toContain('goodbye');
    expect(tree(join(base, 'b'))).toEqual(await uncached(join(base, 'c')));
  });

  it('is not used without the variable', async () => {
    delete process.env['MLOPS_BUILD_CACHE'];
    const before = { ...buildCacheStats };
    await buildAction('cache-probe', join(base, 'a'), src);
    await buildAction('cache-probe', join(base, 'b'), src);
    expect(buildCacheStats).toEqual(before);
    expect(tree(join(base, 'b'))).toEqual(tree(join(base, 'a')));
  });

  it('is not used outside a test run: a cache folder not in the run folder (MLOPS_TEST_TMPDIR), or no run folder', async () => {
    const runFolder = process.env['MLOPS_TEST_TMPDIR'];
    // Beside the run folder, not in it.
    const outside = mkdtempSync(join(dirname(runFolder ?? base), 'mlops-build-cache-probe-'));
    try {
      process.env['MLOPS_BUILD_CACHE'] = outside;
      const before = { ...buildCacheStats };
      await buildAction('cache-probe', join(base, 'a'), src);
      await buildAction('cache-probe', join(base, 'b'), src);
      expect(buildCacheStats).toEqual(before);
      process.env['MLOPS_BUILD_CACHE'] = join(base, 'cache');
      delete process.env['MLOPS_TEST_TMPDIR'];
      await buildAction('cache-probe', join(base, 'c'), src);
      await buildAction('cache-probe', join(base, 'd'), src);
      expect(buildCacheStats).toEqual(before);
      expect(readdirSync(outside)).toEqual([]);
    } finally {
      if (runFolder !== undefined) process.env['MLOPS_TEST_TMPDIR'] = runFolder;
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
