/**
 * An opt-in, content-keyed cache of bundles, for test runs: with MLOPS_BUILD_CACHE=<folder> set (the test
 * harness sets it to a folder in the run's temporary folder; `npm run build`, `npm run check` and
 * `npm run release` on a maintainer's machine never set it), scripts/build.ts bundles the same sources once
 * per run instead of once per freshness check, and copies the earlier output otherwise.
 *
 * A cached output is reused only when everything that made it is unchanged:
 *  - the key: what the caller says decides the build (the action, its entry points, esbuild's version) and
 *    the contents of the key files (the build script with its options and plugins, the notices script, the
 *    lock file, the root package.json and tsconfig.json);
 *  - every file esbuild's metafile listed as an input of that build, by content;
 *  - every folder between those inputs and the root, by its list of names (a new file there can change how
 *    an import resolves), and in those folders the package.json, tsconfig.json and license or readme files
 *    the resolver and the notices read, by content.
 * An input or folder that changed while the build ran (modified from 100 ms before it started on) keeps
 * the output out of the cache. Entries are written whole in a temporary folder and renamed into place, so
 * concurrent test files never see half of one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Metafile } from 'esbuild';

export interface CachedBuild {
  /** The cache folder (MLOPS_BUILD_CACHE). */
  dir: string;
  /** esbuild's absWorkingDir: the metafile's paths are relative to it. */
  root: string;
  /** What decides the output besides the files: the bundle's name, entry points, options, esbuild's version (JSON). */
  key: unknown;
  /** Files (relative to root) whose contents decide the output whatever the inputs: build script, lock file. */
  keyFiles: readonly string[];
  /** Where the output goes (replaced whole, as scripts/build.ts does). */
  outdir: string;
  /** Builds into `into` (a folder the cache chooses) and returns esbuild's metafile, outputs named under `into`. */
  build(into: string): Promise<Metafile>;
}

/** What a cache entry records about the build that made it. */
interface Dependencies {
  /** File (relative to root) → sha256 of its contents, or null where it did not exist. */
  files: Record<string, string | null>;
  /** Folder (relative to root) → sha256 of its sorted list of names. */
  dirs: Record<string, string>;
}

/** Files the resolver and the notices (scripts/lib/notices.ts) read in the folders they walk through. */
const READ_IN_FOLDER = /^(package\.json|tsconfig\.json|jsconfig\.json|licen[cs]e|copying|notice|readme)/i;
/**
 * A file written after a build started can carry an mtime a little before that start: the kernel stamps
 * files from a coarse clock (one tick, 4-10 ms on Linux). Anything modified from this long before the
 * start on counts as changed during the build.
 */
const SLACK_MS = 100;

const posix = (p: string) => p.split(sep).join('/');
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Hashes of files and folder listings, each read once per lookup or store. */
class Snapshot {
  private readonly files = new Map<string, string | null>();
  private readonly dirs = new Map<string, string | null>();
  private readonly root: string;
  constructor(root: string) {
    this.root = root;
  }

  file(rel: string): string | null {
    let h = this.files.get(rel);
    if (h === undefined) {
      try {
        h = sha256(readFileSync(join(this.root, rel)));
      } catch {
        h = null;
      }
      this.files.set(rel, h);
    }
    return h;
  }

  dir(rel: string): string | null {
    let h = this.dirs.get(rel);
    if (h === undefined) {
      try {
        h = sha256(readdirSync(join(this.root, rel)).sort().join('\n'));
      } catch {
        h = null;
      }
      this.dirs.set(rel, h);
    }
    return h;
  }

  matches(deps: Dependencies): boolean {
    for (const [d, h] of Object.entries(deps.dirs)) if (this.dir(d) !== h) return false;
    for (const [f, h] of Object.entries(deps.files)) if (this.file(f) !== h) return false;
    return true;
  }
}

/** The metafile's inputs that are files (not a plugin's virtual modules), relative to root. */
function inputFiles(root: string, metafile: Metafile): string[] {
  return Object.keys(metafile.inputs).filter((p) => !/^[\w-]+:/.test(p) || existsSync(join(root, p)));
}

function dependenciesOf(root: string, metafile: Metafile, snap: Snapshot): Dependencies {
  const files = new Set(inputFiles(root, metafile));
  const dirs = new Set<string>();
  for (const f of [...files]) {
    for (let d = posix(dirname(f)); d !== '.' && d !== '' && !d.startsWith('..') && !dirs.has(d); d = posix(dirname(d))) dirs.add(d);
    // Inputs outside the root (a fixture action's sources): their own folder's listing still counts.
    if (f.startsWith('..')) dirs.add(posix(dirname(f)));
  }
  for (const d of dirs) {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, d));
    } catch {
      // Recorded as missing below.
    }
    for (const n of names) if (READ_IN_FOLDER.test(n)) files.add(`${d}/${n}`);
  }
  const out: Dependencies = { files: {}, dirs: {} };
  for (const d of [...dirs].sort()) out.dirs[d] = snap.dir(d) ?? '';
  for (const f of [...files].sort()) out.files[f] = snap.file(f);
  return out;
}

/** Renames the metafile's output paths from one output folder to another (both relative to root). */
function rebase(metafile: Metafile, from: string, to: string): Metafile {
  const move = (p: string) => (p === from ? to : p.startsWith(`${from}/`) ? `${to}${p.slice(from.length)}` : p);
  const outputs = Object.fromEntries(
    Object.entries(metafile.outputs).map(([k, v]) => [move(k), { ...v, imports: v.imports.map((i) => ({ ...i, path: move(i.path) })) }]),
  );
  return { ...metafile, outputs };
}

/**
 * Puts `src`'s copy in place of `outdir`: copied whole beside it first, then two renames (the old folder
 * aside, the copy in), so a reader never sees a half-copied folder, though `outdir` is briefly missing.
 */
async function copyInto(src: string, outdir: string): Promise<void> {
  const staging = `${outdir}.building-${process.pid}-${randomBytes(4).toString('hex')}`;
  const old = `${outdir}.old-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await cp(src, staging, { recursive: true });
    await rename(outdir, old).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
    await rename(staging, outdir);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(old, { recursive: true, force: true });
  }
}

/** The digest every entry of this key lives under: the key and the contents of the key files. */
function keyDigest(c: CachedBuild): string {
  const h = createHash('sha256').update(JSON.stringify(c.key));
  for (const f of c.keyFiles) {
    const p = join(c.root, f);
    h.update(`\0${f}\0`).update(existsSync(p) ? readFileSync(p) : 'missing');
  }
  return h.digest('hex');
}

/** Counts, for tests and measurements: builds the cache answered and builds it ran. */
export const buildCacheStats = { hits: 0, misses: 0 };

/** The output of `c.build`, from the cache when everything that made it is unchanged. */
export async function cachedBuild(c: CachedBuild): Promise<Metafile> {
  const base = join(c.dir, keyDigest(c));
  const outRel = posix(relative(c.root, c.outdir));
  const snap = new Snapshot(c.root);
  const entries = existsSync(base) ? (await readdir(base)).filter((e) => !e.startsWith('.')) : [];
  for (const e of entries) {
    let deps: Dependencies;
    let meta: { metafile: Metafile; out: string };
    try {
      deps = JSON.parse(await readFile(join(base, e, 'deps.json'), 'utf8')) as Dependencies;
      meta = JSON.parse(await readFile(join(base, e, 'metafile.json'), 'utf8')) as { metafile: Metafile; out: string };
    } catch {
      continue;
    }
    if (!snap.matches(deps)) continue;
    await copyInto(join(base, e, 'out'), c.outdir);
    buildCacheStats.hits++;
    return rebase(meta.metafile, meta.out, outRel);
  }

  buildCacheStats.misses++;
  await mkdir(base, { recursive: true });
  const tmp = join(base, `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  try {
    const into = join(tmp, 'out');
    const started = Date.now();
    const metafile = await c.build(into);
    // Hashed after the build (a fresh snapshot: the lookup's may predate the build), then checked unchanged
    // since before it started: the recorded contents are the ones esbuild read.
    const fresh = new Snapshot(c.root);
    const deps = dependenciesOf(c.root, metafile, fresh);
    const changedDuring = [...Object.keys(deps.files), ...Object.keys(deps.dirs)].some((f) => {
      try {
        return statSync(join(c.root, f)).mtimeMs > started - SLACK_MS;
      } catch {
        return false;
      }
    });
    const intoRel = posix(relative(c.root, into));
    await copyInto(into, c.outdir);
    if (!changedDuring) {
      await writeFile(join(tmp, 'deps.json'), JSON.stringify(deps));
      await writeFile(join(tmp, 'metafile.json'), JSON.stringify({ metafile, out: intoRel }));
      // The entry's name is the digest of what it depends on: a concurrent build of the same sources
      // renames onto the same name and fails, and the first entry stays.
      await rename(tmp, join(base, sha256(JSON.stringify(deps)).slice(0, 32))).catch(() => undefined);
    }
    return rebase(metafile, intoRel, outRel);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
