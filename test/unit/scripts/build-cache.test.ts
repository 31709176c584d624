/**
 * scripts/lib/build-cache.ts: a build the cache answers runs no bundler, and the cache answers only while
 * everything that made the output is unchanged: each input file, the key (options, esbuild's version),
 * each key file (the lock file), the folders the inputs sit in and the package.json files along the way.
 * The "bundler" here is a fake that concatenates its inputs and counts its calls.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Metafile } from 'esbuild';
import { beforeEach, describe, expect, it } from 'vitest';
import { cachedBuild } from '../../../scripts/lib/build-cache.ts';
import { tempDirSync } from '../../harness/temp.ts';

const INPUTS = ['src/main.ts', 'src/util.ts', 'node_modules/dep/index.js'];

let root: string;
let cacheDir: string;
let calls: number;

/** Writes a file of the fake project, dated a minute back (as sources are, long before a build). */
function put(rel: string, text: string, ago = 60_000): void {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
  const t = (Date.now() - ago) / 1000;
  utimesSync(p, t, t);
  for (let d = dirname(p); d.startsWith(root); d = dirname(d)) utimesSync(d, t, t);
}

/** The fake bundler: index.js is its inputs joined, plus the options; the metafile names the inputs. */
function fakeBuild(options: string, during?: () => void) {
  return async (into: string): Promise<Metafile> => {
    calls++;
    mkdirSync(join(into, 'chunks'), { recursive: true });
    const text = INPUTS.map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
    during?.();
    writeFileSync(join(into, 'index.js'), `${options}\n${text}`);
    writeFileSync(join(into, 'chunks', 'lazy.js'), 'export {};');
    const out = relative(root, into).split('\\').join('/');
    const inputs = Object.fromEntries([...INPUTS, 'virtual-ns:stub'].map((f) => [f, { bytes: 1, imports: [] }])) as Metafile['inputs'];
    return {
      inputs,
      outputs: {
        [`${out}/index.js`]: {
          bytes: 1,
          inputs: {},
          imports: [{ path: `${out}/chunks/lazy.js`, kind: 'dynamic-import' }],
          exports: [],
          entryPoint: 'src/main.ts',
        },
        [`${out}/chunks/lazy.js`]: { bytes: 1, inputs: {}, imports: [], exports: [] },
      },
    };
  };
}

const outdir = () => join(root, 'out', String(calls) + Math.random().toString(36).slice(2));

function run(o: { options?: string; during?: () => void; out?: string } = {}) {
  const out = o.out ?? outdir();
  return cachedBuild({
    dir: cacheDir,
    root,
    key: { entryPoints: { index: 'src/main.ts' }, options: o.options ?? 'minify=false', esbuild: '0.0.0' },
    keyFiles: ['package-lock.json', 'build.ts'],
    outdir: out,
    build: fakeBuild(o.options ?? 'minify=false', o.during),
  }).then((metafile) => ({ metafile, out, index: readFileSync(join(out, 'index.js'), 'utf8') }));
}

beforeEach(() => {
  const base = tempDirSync('mlops-build-cache-');
  root = join(base, 'repo');
  cacheDir = join(base, 'cache');
  calls = 0;
  put('package-lock.json', '{"lockfileVersion":3}');
  put('build.ts', 'options');
  put('src/main.ts', 'main();');
  put('src/util.ts', 'util();');
  put('node_modules/dep/package.json', '{"name":"dep","version":"1.0.0","main":"index.js"}');
  put('node_modules/dep/LICENSE', 'MIT');
  put('node_modules/dep/index.js', 'dep();');
});

describe('the build cache', () => {
  it('answers a second build of unchanged sources without running the bundler, with the same files', async () => {
    const first = await run();
    expect(calls).toBe(1);
    const second = await run();
    expect(calls).toBe(1);
    expect(second.index).toBe(first.index);
    expect(readdirSync(join(second.out, 'chunks'))).toEqual(['lazy.js']);
    // The metafile names the folder the output now is in, as a build into it would.
    const rel = relative(root, second.out);
    expect(Object.keys(second.metafile.outputs).sort()).toEqual([`${rel}/chunks/lazy.js`, `${rel}/index.js`]);
    expect(second.metafile.outputs[`${rel}/index.js`]!.imports[0]!.path).toBe(`${rel}/chunks/lazy.js`);
    expect(second.metafile.inputs).toEqual(first.metafile.inputs);
  });

  it('replaces whatever the output folder held', async () => {
    await run();
    const out = outdir();
    put(`${relative(root, out)}/stale.js`, 'old');
    const r = await run({ out });
    expect(calls).toBe(1);
    expect(existsSync(join(out, 'stale.js'))).toBe(false);
    expect(r.index).toContain('main();');
  });

  it.each([
    ['an entry source', () => put('src/main.ts', 'main(2);'), 'main(2);'],
    ['a source it imports', () => put('src/util.ts', 'util(2);'), 'util(2);'],
    ['a bundled dependency', () => put('node_modules/dep/index.js', 'dep(2);'), 'dep(2);'],
  ])('rebuilds when %s changed, and gives the new output', async (_, change, expected) => {
    await run();
    change();
    const r = await run();
    expect(calls).toBe(2);
    expect(r.index).toContain(expected);
    // ...and changed back, the first entry answers again.
    await run();
    expect(calls).toBe(2);
  });

  it('rebuilds when the options (the key) changed', async () => {
    await run();
    const r = await run({ options: 'minify=true' });
    expect(calls).toBe(2);
    expect(r.index.startsWith('minify=true\n')).toBe(true);
  });

  it.each([
    ['the lock file', 'package-lock.json'],
    ['the build script', 'build.ts'],
  ])('rebuilds when %s changed', async (_, file) => {
    await run();
    put(file, `${readFileSync(join(root, file), 'utf8')} changed`);
    await run();
    expect(calls).toBe(2);
  });

  it.each([
    ['a new file beside an input (it may shadow an import)', () => put('src/util/index.ts', 'shadow();')],
    ["a dependency's package.json", () => put('node_modules/dep/package.json', '{"name":"dep","version":"1.0.1","main":"index.js"}')],
    ["a dependency's license (the notices)", () => put('node_modules/dep/LICENSE', 'ISC')],
    ['a new package.json above an input', () => put('src/package.json', '{"type":"commonjs"}')],
  ])('rebuilds on %s', async (_, change) => {
    await run();
    change();
    await run();
    expect(calls).toBe(2);
  });

  it('does not keep an output whose input changed while it was built', async () => {
    const first = await run({ during: () => put('src/main.ts', 'main(during);', 0) });
    expect(first.index).not.toContain('during');
    // The recorded contents would be the new ones, the output is of the old: nothing was kept.
    const second = await run();
    expect(calls).toBe(2);
    expect(second.index).toContain('main(during);');
  });

  it('gives concurrent builds of the same sources one entry, and each its whole output', async () => {
    const rs = await Promise.all([run(), run(), run()]);
    for (const r of rs) expect(r.index).toBe(rs[0]!.index);
    const [key] = readdirSync(cacheDir);
    expect(readdirSync(join(cacheDir, key!))).toHaveLength(1);
    await run();
    expect(calls).toBe(3);
  });
});
