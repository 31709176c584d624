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
import { build } from 'esbuild';
import { actionNames, repoRoot } from './lib/actions.ts';

// Some bundled CommonJS dependencies call require() on Node built-ins; in an ESM bundle that needs a real require.
const banner = "import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);";

export async function buildAction(name: string, outdir: string): Promise<void> {
  const src = join(repoRoot, 'actions', name, 'src');
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
