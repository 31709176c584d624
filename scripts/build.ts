/**
 * Bundles each action into actions/<name>/dist/ with esbuild: ESM, one file per entry point (main and
 * post), and separate chunks for what is loaded lazily (@actions/artifact, @actions/cache), so a step
 * that does not use them does not pay for loading them.
 *
 *   node scripts/build.ts [--out <dir>] [action ...]
 *
 * With --out, bundles go to <dir>/<name>/ instead (the freshness check compares them with dist/).
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { actionNames, repoRoot } from './lib/actions.ts';

// Some bundled CommonJS dependencies call require() on Node built-ins; in an ESM bundle that needs a real require.
const banner = "import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);";

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

/** `src` defaults to actions/<name>/src; tests bundle fixture actions (test/fixtures/*) with it. */
export async function buildAction(name: string, outdir: string, src = join(repoRoot, 'actions', name, 'src')): Promise<void> {
  const entryPoints: Record<string, string> = { index: join(src, 'main.ts') };
  if (existsSync(join(src, 'post.ts'))) entryPoints['post'] = join(src, 'post.ts');
  await rm(outdir, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node24',
    minify: true,
    legalComments: 'linked',
    banner: { js: banner },
    logLevel: 'warning',
    plugins: [noOidcClient],
    // esbuild writes paths relative to this, so bundles do not depend on where the checkout lives.
    absWorkingDir: repoRoot,
    // Keep module paths as seen from the checkout (node_modules/…), so a build is byte-identical
    // wherever the checkout and its installed packages really live.
    preserveSymlinks: true,
  });
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
  const names = positionals.length ? positionals : actionNames();
  for (const name of names) {
    const outdir = values.out ? join(values.out, name) : join(repoRoot, 'actions', name, 'dist');
    await buildAction(name, outdir);
    console.log(`built ${name} -> ${outdir}`);
  }
}

if (import.meta.main) await main();
