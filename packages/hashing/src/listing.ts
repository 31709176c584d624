import { createHash } from 'node:crypto';

export type Algorithm = 'sha256' | 'sha512' | 'sha1' | 'md5';
export const ALGORITHMS: readonly Algorithm[] = ['sha256', 'sha512', 'sha1', 'md5'];

/** Hex digest length of each algorithm. */
export const HEX_LENGTH: Readonly<Record<Algorithm, number>> = { sha256: 64, sha512: 128, sha1: 40, md5: 32 };

/** The coreutils tool that prints the same listing as we digest. */
export const COREUTILS_TOOL: Readonly<Record<Algorithm, string>> = {
  sha256: 'sha256sum',
  sha512: 'sha512sum',
  sha1: 'sha1sum',
  md5: 'md5sum',
};

export function isAlgorithm(s: unknown): s is Algorithm {
  return typeof s === 'string' && (ALGORITHMS as readonly string[]).includes(s);
}

/** One file of a listing: its workspace-relative POSIX path and the hex digest of its content. */
export interface ListingEntry {
  path: string;
  digest: string;
}

const PROBLEMATIC = /[\\\n\r]/;

/**
 * The line `sha256sum` (and md5sum, sha1sum, sha512sum) prints for a file in its default text mode:
 * `<hex>  <name>\n`. When the name holds a backslash, newline or carriage return, coreutils (9.x) starts
 * the line with a backslash and escapes those characters as `\\`, `\n` and `\r`, so the output stays
 * one line per file.
 */
export function coreutilsLine(digest: string, path: string): string {
  if (!PROBLEMATIC.test(path)) return `${digest}  ${path}\n`;
  return `\\${digest}  ${path.replace(/[\\\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : '\\r'))}\n`;
}

/**
 * Compares two strings by their UTF-8 bytes, which is the order of `LC_ALL=C sort`. JavaScript's `<`
 * compares UTF-16 code units, which puts astral characters (emoji, surrogate pairs) before U+E000–U+FFFF;
 * UTF-8 (and code point) order puts them after. Mapping the differing units fixes that.
 */
export function compareBytewise(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000; // surrogates (astral) after U+FFFF
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The indices of `paths` in bytewise order (see {@link compareBytewise}). Without astral characters
 * (UTF-16 surrogates) JavaScript's own string order is the bytewise one, and V8 compares two strings
 * natively, far faster than a loop over their characters; a list already in order (a walk's usual
 * case) is only checked, not sorted.
 */
export function bytewiseOrder(paths: readonly string[]): number[] {
  const n = paths.length;
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let astral = false;
  for (let i = 0; i < n && !astral; i++) astral = SURROGATE.test(paths[i]!);
  if (astral) return order.sort((a, b) => compareBytewise(paths[a]!, paths[b]!));
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = paths[i - 1]! < paths[i]!;
  if (!sorted) order.sort((a, b) => (paths[a]! < paths[b]! ? -1 : paths[a]! > paths[b]! ? 1 : 0));
  return order;
}

/** Sorts in place by path, bytewise (the order of `LC_ALL=C sort`). */
export function sortByPath<T extends { path: string }>(entries: T[]): T[] {
  return entries.sort((a, b) => compareBytewise(a.path, b.path));
}

/**
 * The digest of a listing: the hex digest of exactly the text that `sha256sum` (or the matching tool)
 * prints for these files, in the order given. Give them sorted with {@link sortByPath}; an empty listing
 * digests the empty string.
 */
export function digestListing(entries: readonly ListingEntry[], algorithm: Algorithm = 'sha256'): string {
  const h = createHash(algorithm);
  // Feed the hash in slices of a few thousand lines: one update per line is slow, one string of
  // 200,000 lines is big.
  const SLICE = 512; // ~50 KB of text: below the size V8 puts in its large-object space
  for (let i = 0; i < entries.length; i += SLICE) {
    let text = '';
    const end = Math.min(entries.length, i + SLICE);
    for (let j = i; j < end; j++) text += coreutilsLine(entries[j]!.digest, entries[j]!.path);
    h.update(text, 'utf8');
  }
  return h.digest('hex');
}

/** The whole listing text, as the coreutils tool would print it (for tests and troubleshooting). */
export function listingText(entries: readonly ListingEntry[]): string {
  let text = '';
  for (const e of entries) text += coreutilsLine(e.digest, e.path);
  return text;
}

/** A path for a message: quoted, with newlines and carriage returns shown as \n and \r, as coreutils does. */
export function quotePath(p: string): string {
  return `'${p.replace(/[\\\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : '\\r'))}'`;
}
