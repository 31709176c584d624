import { readFile } from 'node:fs/promises';
import { UserError, messageOf } from '@mlops-actions/errors';
import { fsReadError, writeFileAtomic, type OutputTarget } from '@mlops-actions/files';
import { HEX_LENGTH, compareBytewise, digestListing, isAlgorithm, quotePath, type Algorithm } from './listing.ts';
import type { ShardInfo } from './shards.ts';

export const MANIFEST_FORMAT = 'mlops-actions/data-manifest@1';
/** A shard's share of a manifest (data-hash with shard and shards); merged with mode: merge. */
export const PARTIAL_MANIFEST_FORMAT = 'mlops-actions/data-manifest-part@1';

export interface ManifestEntry {
  /** Root-relative POSIX path. */
  path: string;
  size: number;
  /** Hex digest of the file's content. */
  digest: string;
}

/** How the files were selected; recorded so a reader knows what the hash covers. */
export interface ManifestSelection {
  paths: string[];
  exclude: string[];
  followSymlinks: boolean;
}

export interface DatasetManifest {
  /** MANIFEST_FORMAT; a partial manifest (with `shard`) is written as PARTIAL_MANIFEST_FORMAT. */
  format: typeof MANIFEST_FORMAT;
  algorithm: Algorithm;
  /** `<algorithm>:<hex>`: the digest of the coreutils listing of `entries`. */
  hash: string;
  files: number;
  bytes: number;
  selection?: ManifestSelection | undefined;
  /** Sorted bytewise by path. */
  entries: ManifestEntry[];
  /**
   * Set on a shard's partial manifest: which shard, and the identity of the whole selection. `hash`,
   * `files`, `bytes` and `entries` then cover this shard's files only.
   */
  shard?: ShardInfo | undefined;
  /** Figures of the run that produced it; never written to the manifest file. */
  stats?: HashStats | undefined;
}

export interface HashStats {
  /** Files whose digest came from the stat cache without reading them. */
  cacheHits: number;
  /** Files read and hashed. */
  hashed: number;
  /** Symbolic links left out (follow-symlinks false). */
  skippedSymlinks: string[];
  /** FIFOs, sockets and devices left out. */
  skippedSpecial: string[];
  elapsedMs: number;
}

/** `<algorithm>:<hex>` of a listing. */
export function formatHash(algorithm: Algorithm, hex: string): string {
  return `${algorithm}:${hex}`;
}

/**
 * Builds a manifest from sorted entries. `listingDigest`: the digest of their listing when the
 * caller already knows it (a stat cache that recorded it for these very entries), else it is computed.
 */
export function buildManifest(
  algorithm: Algorithm,
  entries: ManifestEntry[],
  selection?: ManifestSelection,
  listingDigest?: string,
): DatasetManifest {
  let bytes = 0;
  for (const e of entries) bytes += e.size;
  return {
    format: MANIFEST_FORMAT,
    algorithm,
    hash: formatHash(algorithm, listingDigest ?? digestListing(entries, algorithm)),
    files: entries.length,
    bytes,
    ...(selection ? { selection } : {}),
    entries,
  };
}

/**
 * The manifest as JSON text: the header keys pretty-printed, then one entry per line, so a big manifest
 * is quick to write and its diffs read line by line. Same data, same bytes.
 */
export function serializeManifest(m: DatasetManifest): string {
  return [...manifestChunks(m)].join('');
}

/** The manifest text in pieces of a few thousand entries, for writing without one big string. */
export function* manifestChunks(m: DatasetManifest): Generator<string, void, void> {
  const head: Record<string, unknown> = {
    format: m.shard ? PARTIAL_MANIFEST_FORMAT : m.format,
    algorithm: m.algorithm,
    hash: m.hash,
    files: m.files,
    bytes: m.bytes,
  };
  if (m.selection) head['selection'] = m.selection;
  if (m.shard) {
    const s = m.shard;
    head['shard'] = { index: s.index, count: s.count, selection: s.selection, files: s.files, bytes: s.bytes };
  }
  const headText = JSON.stringify(head, null, 2).slice(0, -2); // without the closing "\n}"
  const n = m.entries.length;
  yield `${headText},\n  "entries": [${n ? '\n' : ''}`;
  const SLICE = 512; // ~50 KB of text: below the size V8 puts in its large-object space
  for (let i = 0; i < n; i += SLICE) {
    let text = '';
    const end = Math.min(n, i + SLICE);
    for (let j = i; j < end; j++) {
      const e = m.entries[j]!;
      text += `    {"path":${JSON.stringify(e.path)},"size":${e.size},"digest":"${e.digest}"}${j === n - 1 ? '\n' : ',\n'}`;
    }
    yield text;
  }
  yield `${n ? '  ' : ''}]\n}\n`;
}

/** Writes a manifest atomically (temp file and rename): a failure leaves nothing half-written. */
export async function writeManifest(path: string, m: DatasetManifest, target: OutputTarget = {}): Promise<void> {
  await writeFileAtomic(path, manifestChunks(m), target);
}

/**
 * Reads and validates a manifest: format, algorithm, every entry, the sort order, the totals, and the
 * hash against the entries (so a hand-edited or truncated manifest is caught). Anything wrong is a
 * UserError naming the file (as `displayPath`) and the key.
 */
export async function readManifest(path: string, displayPath: string = path, o: ParseOptions = {}): Promise<DatasetManifest> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new UserError('manifest not found', {
        file: displayPath,
        fix: 'Check the path; it must be a manifest written by data-hash (e.g. restored from a cache or an artifact)',
      });
    }
    const err = fsReadError(e, displayPath, { what: 'manifest', fix: undefined });
    if (err !== e) throw err;
    throw new UserError(`cannot read the manifest (${code ?? messageOf(e)})`, { file: displayPath });
  }
  try {
    return parseManifest(text, displayPath, o);
  } catch (e) {
    const withLine = e instanceof UserError ? syntaxErrors.get(e) : undefined;
    const line = withLine && (await yamlErrorLine(text));
    throw line ? withLine(line) : e;
  }
}

/**
 * Invalid-JSON errors of parseManifest whose line V8 did not give, with how to make the same error
 * with a line (readManifest looks the line up).
 */
const syntaxErrors = new WeakMap<UserError, (line: number) => UserError>();

/**
 * The line of a JSON syntax error from the YAML parser (JSON is YAML 1.2), which reports lines. Loaded
 * only on this error path: hashing never loads the YAML parser (it costs several milliseconds of every
 * start).
 */
async function yamlErrorLine(text: string): Promise<number | undefined> {
  const { parseStructured } = await import('@mlops-actions/files/structured');
  try {
    parseStructured(text, 'manifest');
  } catch (ye) {
    if (ye instanceof UserError && ye.line) return ye.line;
  }
  return undefined;
}

export interface ParseOptions {
  /** Accept a shard's partial manifest (for the merge); otherwise it is refused with the fix. */
  partial?: boolean | undefined;
}

export function parseManifest(text: string, displayPath: string, o: ParseOptions = {}): DatasetManifest {
  const notManifest = (why: string, details: { key?: string; line?: number } = {}) =>
    new UserError(`is not a data-hash manifest: ${why}`, {
      file: displayPath,
      ...details,
      fix: `Point to a manifest written by data-hash (format ${MANIFEST_FORMAT})`,
    });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const why = `invalid JSON (${messageOf(e).split('\n')[0]})`;
    const line = jsonErrorLine(text, e);
    const err = notManifest(why, line);
    if (line.line === undefined) syntaxErrors.set(err, (at) => notManifest(why, { line: at }));
    throw err;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw notManifest('the top level is not a JSON object');
  const v = value as Record<string, unknown>;
  const partial = v['format'] === PARTIAL_MANIFEST_FORMAT;
  if (partial && !o.partial) {
    const s = v['shard'] as { index?: unknown; count?: unknown } | undefined;
    throw new UserError(
      `is the partial manifest of one shard${s && typeof s === 'object' ? ` (shard ${String(s.index)} of ${String(s.count)})` : ''}, not a whole manifest`,
      {
        file: displayPath,
        key: 'format',
        fix: 'Merge the partial manifests of every shard first (data-hash with mode: merge) and use the merged manifest',
      },
    );
  }
  if (v['format'] !== MANIFEST_FORMAT && !partial) {
    throw notManifest(v['format'] === undefined ? 'it has no "format" key' : `unknown format ${JSON.stringify(v['format'])}`, {
      key: 'format',
    });
  }
  const algorithm = v['algorithm'];
  if (!isAlgorithm(algorithm)) throw notManifest(`unknown algorithm ${JSON.stringify(algorithm)}`, { key: 'algorithm' });
  const hexLength = HEX_LENGTH[algorithm];
  const hexRe = new RegExp(`^[0-9a-f]{${hexLength}}$`);
  const entriesRaw = v['entries'];
  if (!Array.isArray(entriesRaw)) throw notManifest('"entries" is not a list', { key: 'entries' });
  const entries: ManifestEntry[] = new Array(entriesRaw.length);
  let bytes = 0;
  for (let i = 0; i < entriesRaw.length; i++) {
    const e = entriesRaw[i] as Record<string, unknown> | null;
    const key = `entries[${i}]`;
    if (e === null || typeof e !== 'object') throw notManifest('an entry is not an object', { key });
    const { path, size, digest } = e;
    if (typeof path !== 'string' || path === '') throw notManifest('an entry has no path', { key: `${key}.path` });
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
      throw notManifest(`the size of ${quotePath(path)} is not a byte count`, { key: `${key}.size` });
    if (typeof digest !== 'string' || !hexRe.test(digest))
      throw notManifest(`the digest of ${quotePath(path)} is not ${hexLength} hex digits (${algorithm})`, { key: `${key}.digest` });
    if (i > 0 && compareBytewise(entries[i - 1]!.path, path) >= 0) {
      throw notManifest(
        `the entries are not sorted by path without duplicates (${quotePath(entries[i - 1]!.path)} then ${quotePath(path)})`,
        { key },
      );
    }
    entries[i] = { path, size, digest };
    bytes += size;
  }
  if (v['files'] !== entries.length)
    throw notManifest(`"files" says ${JSON.stringify(v['files'])} but there are ${entries.length} entries`, { key: 'files' });
  if (v['bytes'] !== bytes)
    throw notManifest(`"bytes" says ${JSON.stringify(v['bytes'])} but the entries add up to ${bytes}`, { key: 'bytes' });
  const hash = formatHash(algorithm, digestListing(entries, algorithm));
  if (v['hash'] !== hash) {
    throw notManifest(`"hash" ${JSON.stringify(v['hash'])} does not match its entries (${hash}); it was edited or damaged`, {
      key: 'hash',
    });
  }
  const selection = parseSelection(v['selection']);
  const shard = partial ? parseShard(v['shard'], notManifest) : undefined;
  return {
    format: MANIFEST_FORMAT,
    algorithm,
    hash,
    files: entries.length,
    bytes,
    ...(selection ? { selection } : {}),
    ...(shard ? { shard } : {}),
    entries,
  };
}

function parseShard(s: unknown, notManifest: (why: string, details?: { key?: string }) => UserError): ShardInfo {
  if (s === null || typeof s !== 'object') throw notManifest('a partial manifest without its "shard"', { key: 'shard' });
  const o = s as Record<string, unknown>;
  const whole = (k: string, min: number) => {
    const x = o[k];
    if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < min)
      throw notManifest(`"shard.${k}" is not a whole number`, { key: `shard.${k}` });
    return x;
  };
  const index = whole('index', 0);
  const count = whole('count', 1);
  if (index >= count) throw notManifest(`"shard.index" ${index} is not below "shard.count" ${count}`, { key: 'shard.index' });
  const selection = o['selection'];
  if (typeof selection !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(selection))
    throw notManifest('"shard.selection" is not a selection id', { key: 'shard.selection' });
  return { index, count, selection, files: whole('files', 0), bytes: whole('bytes', 0) };
}

function parseSelection(s: unknown): ManifestSelection | undefined {
  if (s === null || typeof s !== 'object') return undefined;
  const o = s as Record<string, unknown>;
  const strings = (x: unknown) => (Array.isArray(x) ? x.filter((y): y is string => typeof y === 'string') : []);
  return { paths: strings(o['paths']), exclude: strings(o['exclude']), followSymlinks: o['followSymlinks'] === true };
}

export interface ManifestComparison {
  /** True when the dataset hashes differ. */
  changed: boolean;
  /** Paths in `current` and not in `baseline`, sorted. */
  added: string[];
  /** Paths in `baseline` and not in `current`, sorted. */
  removed: string[];
  /** Paths in both whose digest differs, sorted. */
  modified: string[];
}

/**
 * What changed from `baseline` to `current`, by path and digest (a merge of two sorted lists). Both
 * must use the same algorithm: digests of different algorithms cannot say whether content changed.
 */
export function compareManifests(baseline: DatasetManifest, current: DatasetManifest): ManifestComparison {
  if (baseline.algorithm !== current.algorithm) {
    throw new UserError(
      `the baseline manifest uses ${baseline.algorithm} and this run uses ${current.algorithm}, so their files cannot be compared`,
      {
        fix: `Hash with algorithm: ${baseline.algorithm}, or make a new baseline with ${current.algorithm}`,
      },
    );
  }
  const added: string[] = [];
  const removed: string[] = [];
  const modified: string[] = [];
  const a = baseline.entries;
  const b = current.entries;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length) removed.push(a[i++]!.path);
    else if (i >= a.length) added.push(b[j++]!.path);
    else {
      const c = compareBytewise(a[i]!.path, b[j]!.path);
      if (c < 0) removed.push(a[i++]!.path);
      else if (c > 0) added.push(b[j++]!.path);
      else {
        if (a[i]!.digest !== b[j]!.digest || a[i]!.size !== b[j]!.size) modified.push(b[j]!.path);
        i++;
        j++;
      }
    }
  }
  return { changed: baseline.hash !== current.hash, added, removed, modified };
}

/**
 * A short key for `actions/cache` (and other caches): the algorithm and the first 96 bits of the hash,
 * e.g. `sha256-3f0a…` (24 hex digits). Same data, same key, on any machine.
 */
export function cacheKey(m: Pick<DatasetManifest, 'hash'>): string {
  const [algorithm, hex] = m.hash.split(':');
  return `${algorithm}-${(hex ?? '').slice(0, 24)}`;
}

/**
 * The line of a JSON syntax error from V8's "position N", when it gives one (readManifest asks the
 * YAML parser when it does not).
 */
function jsonErrorLine(text: string, e: unknown): { line?: number } {
  const pos = /position (\d+)/.exec(messageOf(e));
  if (pos) return { line: text.slice(0, Number(pos[1])).split('\n').length };
  return {};
}
