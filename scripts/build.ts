/**
 * Bundles each action into actions/<name>/dist/ with esbuild: ESM, one file per entry point (main and
 * post), and separate chunks for what is loaded lazily (@actions/artifact, @actions/cache), so a step
 * that does not use them does not pay for loading them. Bundles are readable (not minified, names
 * kept) so a reviewer can read a dist/ diff, and dist/THIRD-PARTY-NOTICES.txt lists every package the
 * bundler included, with its license text (scripts/lib/notices.ts).
 *
 *   node scripts/build.ts [--out <dir>] [action ...]
 *
 * With --out, bundles go to <dir>/<name>/ instead (the freshness check compares them with dist/).
 */
import { existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { build, type Metafile, type Plugin, version as esbuildVersion } from 'esbuild';
import { actionNames, repoRoot } from './lib/actions.ts';
import { cachedBuild } from './lib/build-cache.ts';
import { bundledPackages, NOTICES_FILE, renderNotices } from './lib/notices.ts';

// Some bundled CommonJS dependencies call require() on Node built-ins; in an ESM bundle that needs a real require.
const banner =
  "import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);";

/*
 * @actions/core imports @actions/http-client (and with it undici, ~400 KiB) only for getIDToken(),
 * the OIDC token request, which no action of ours makes. Bundled, it costs every step ~50 ms of cold
 * start, so for @actions/core alone it is replaced by a stub that fails loudly if it is ever used.
 * @actions/artifact and @actions/cache, which need the real client, still get it.
 */
const noOidcClient: Plugin = {
  name: 'no-oidc-client',
  setup(b) {
    b.onResolve({ filter: /^@actions\/http-client(\/|$)/ }, (args) =>
      /[\\/]@actions[\\/]core[\\/]/.test(args.importer) ? { path: args.path, namespace: 'no-oidc-client' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'no-oidc-client' }, () => ({
      loader: 'js',
      contents: `const no = () => { throw new Error('@actions/core OIDC (getIDToken) is not bundled in MLOps Actions'); };
        export class HttpClient { constructor() { no(); } }
        export class BearerCredentialHandler { constructor() { no(); } }`,
    }));
  },
};

/**
 * With MLOPS_BUILD_CACHE=<folder> inside the test run's folder (MLOPS_TEST_TMPDIR; test runs only: the
 * harness sets both), the same sources are bundled once
 * and the output copied after (scripts/lib/build-cache.ts): keyed by the entry points, esbuild's version,
 * these files' contents (the options and plugins above, the notices, the lock file) and every input the
 * earlier build read. Unset, as on a maintainer's machine and in CI's `npm run check`, every call bundles.
 */
const CACHE_KEY_FILES = [
  'scripts/build.ts',
  'scripts/lib/notices.ts',
  'scripts/lib/build-cache.ts',
  'package-lock.json',
  'package.json',
  'tsconfig.json',
];

function cached(kind: string, entryPoints: Record<string, string>, outdir: string, run: (into: string) => Promise<Metafile>) {
  const dir = process.env['MLOPS_BUILD_CACHE'];
  // Only inside a test run's own folder (test/harness/global-setup.ts sets both): a maintainer's
  // `npm run check` or `npm run release` with the variable left exported bundles afresh.
  const testRun = process.env['MLOPS_TEST_TMPDIR'];
  if (!dir || !testRun || !resolve(dir).startsWith(`${resolve(testRun)}${sep}`)) return run(outdir);
  const entries = Object.fromEntries(Object.entries(entryPoints).map(([k, v]) => [k, relative(repoRoot, v).split(sep).join('/')]));
  return cachedBuild({
    dir,
    root: repoRoot,
    key: { kind, entryPoints: entries, esbuild: esbuildVersion },
    keyFiles: CACHE_KEY_FILES,
    outdir,
    build: run,
  });
}

/** `src` defaults to actions/<name>/src; tests bundle fixture actions (test/fixtures/*) with it. */
/** Returns esbuild's metafile (output files relative to the repository root, with their inputs). */
export async function buildAction(name: string, outdir: string, src = join(repoRoot, 'actions', name, 'src')): Promise<Metafile> {
  // src/index.ts is the tiny entry that calls main.ts's exported run() (what @github/local-action
  // imports and calls); an action without one is bundled from main.ts.
  const entryPoints: Record<string, string> = { index: join(src, existsSync(join(src, 'index.ts')) ? 'index.ts' : 'main.ts') };
  // Likewise src/post-index.ts calls post.ts's exported run() (local-action run <dir> src/post.ts).
  if (existsSync(join(src, 'post.ts')))
    entryPoints['post'] = join(src, existsSync(join(src, 'post-index.ts')) ? 'post-index.ts' : 'post.ts');
  return cached(`action:${name}`, entryPoints, outdir, (into) => bundleAction(name, into, entryPoints));
}

async function bundleAction(name: string, outdir: string, entryPoints: Record<string, string>): Promise<Metafile> {
  // Built beside dist/ and swapped in at the end: a test running the bundle meanwhile (test files rebuild
  // in beforeAll, two at a time) never sees a half-written bundle (between the swap's renames dist/ is
  // briefly missing).
  const staging = `${outdir}.building-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    return await buildInto(name, staging, outdir, entryPoints);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function buildInto(name: string, staging: string, outdir: string, entryPoints: Record<string, string>): Promise<Metafile> {
  const result = await build({
    entryPoints,
    outdir: staging,
    bundle: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node24',
    // Readable bundles: a dist/ diff in a pull request can be reviewed. Minifying saves little cold start
    // (V8 parses lazily; see test/bench/cold-start.bench.ts) and hid the code from review.
    minify: false,
    // The toolkit compares error classes by name (@actions/cache: `typedError.name === ValidationError.name`);
    // without keepNames esbuild renames colliding classes (ValidationError2) and those checks fail.
    keepNames: true,
    // License texts go to dist/THIRD-PARTY-NOTICES.txt, complete, instead of scattered comments.
    legalComments: 'none',
    metafile: true,
    banner: { js: banner },
    logLevel: 'warning',
    plugins: [noOidcClient],
    // esbuild writes paths relative to this, so bundles do not depend on where the checkout lives.
    absWorkingDir: repoRoot,
    // Keep module paths as seen from the checkout (node_modules/…), so a build is byte-identical
    // wherever the checkout and its installed packages really live.
    preserveSymlinks: true,
  });
  const packages = bundledPackages(repoRoot, result.metafile, staging);
  await writeFile(join(staging, NOTICES_FILE), renderNotices(name, packages));
  const old = `${outdir}.old-${process.pid}`;
  await rename(outdir, old).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
  await rename(staging, outdir);
  await rm(old, { recursive: true, force: true });
  // The metafile names the staging folder; callers read the outputs where they now are.
  const from = relative(repoRoot, staging).split(sep).join('/');
  const to = relative(repoRoot, outdir).split(sep).join('/');
  const outputs = Object.fromEntries(
    Object.entries(result.metafile.outputs).map(([k, v]) => [k.startsWith(`${from}/`) ? `${to}${k.slice(from.length)}` : k, v]),
  );
  return { ...result.metafile, outputs };
}

/** The `mlops` command's package: its bundle is what npm publishes (scripts/build.ts cli). */
export const CLI = 'cli';
export const cliDir = join(repoRoot, 'packages', 'cli');

/**
 * Bundles the `mlops` command (packages/cli/src/cli.ts with every workspace and package it imports)
 * into one file, <outdir>/mlops.js, with its THIRD-PARTY-NOTICES.txt: the published package
 * (@mlops-actions/cli) depends on nothing, so installing it fetches nothing else. Same settings as the
 * actions' bundles (ESM, node24, readable, names kept), but one file: the CLI loads nothing lazily.
 */
export async function buildCli(outdir: string): Promise<Metafile> {
  return cached(CLI, { mlops: join(cliDir, 'src', 'cli.ts') }, outdir, bundleCli);
}

async function bundleCli(outdir: string): Promise<Metafile> {
  const staging = `${outdir}.building-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    const result = await build({
      entryPoints: { mlops: join(cliDir, 'src', 'cli.ts') },
      outdir: staging,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node24',
      minify: false,
      keepNames: true,
      legalComments: 'none',
      metafile: true,
      banner: { js: banner },
      logLevel: 'warning',
      plugins: [noOidcClient],
      absWorkingDir: repoRoot,
      preserveSymlinks: true,
    });
    const packages = bundledPackages(repoRoot, result.metafile, staging);
    await writeFile(join(staging, NOTICES_FILE), renderNotices('packages/cli', packages, 'packages/cli/dist/'));
    const old = `${outdir}.old-${process.pid}`;
    await rename(outdir, old).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
    await rename(staging, outdir);
    await rm(old, { recursive: true, force: true });
    // As buildAction's: the outputs named where they now are, not in the staging folder.
    const from = relative(repoRoot, staging).split(sep).join('/');
    const to = relative(repoRoot, outdir).split(sep).join('/');
    const outputs = Object.fromEntries(
      Object.entries(result.metafile.outputs).map(([k, v]) => [k.startsWith(`${from}/`) ? `${to}${k.slice(from.length)}` : k, v]),
    );
    return { ...result.metafile, outputs };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
  // `cli` names the mlops command (packages/cli/dist); no argument builds every action and the CLI.
  const names = positionals.length ? positionals : [...actionNames(), CLI];
  for (const name of names) {
    const outdir =
      name === CLI
        ? values.out
          ? join(values.out, CLI)
          : join(cliDir, 'dist')
        : values.out
          ? join(values.out, name)
          : join(repoRoot, 'actions', name, 'dist');
    if (name === CLI) await buildCli(outdir);
    else await buildAction(name, outdir);
    console.log(`built ${name} -> ${outdir}`);
  }
}

if (import.meta.main) await main();
