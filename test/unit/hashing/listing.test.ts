import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ALGORITHMS,
  COREUTILS_TOOL,
  bytewiseOrder,
  compareBytewise,
  coreutilsLine,
  digestListing,
  listingText,
  sortByPath,
} from '@mlops-actions/hashing';
import { sh, tempDir, writeTree } from './helpers.ts';

// Names that exercise every rule of the coreutils format: the escapes (backslash, newline, carriage
// return), characters left alone (tab, space, quotes), UTF-8, and a name starting with a dash.
const NAMES = [
  'plain.txt',
  'back\\slash',
  'new\nline',
  'carriage\rreturn',
  'tab\there',
  'sp ace',
  'quo\'te"',
  'ümlaut-é',
  '😀 emoji',
  '-dash',
  '\\lead',
  'end\\',
];

describe('coreutilsLine', () => {
  it('prints what sha256sum prints for every kind of name, escapes included', () => {
    const dir = tempDir();
    writeTree(dir, Object.fromEntries(NAMES.map((n, i) => [n, `content ${i}`])));
    for (const [i, name] of NAMES.entries()) {
      const digest = createHash('sha256').update(`content ${i}`).digest('hex');
      const real = sh(dir, 'sha256sum -- "$NAME"', { NAME: name });
      expect(coreutilsLine(digest, name), JSON.stringify(name)).toBe(real);
    }
  });

  it('starts an escaped line with a backslash and escapes \\\\, \\n and \\r', () => {
    expect(coreutilsLine('ab', 'x\\y\nz\rw')).toBe('\\ab  x\\\\y\\nz\\rw\n');
    expect(coreutilsLine('ab', 'x\ty')).toBe('ab  x\ty\n');
  });
});

describe('digestListing', () => {
  it.each(ALGORITHMS)('%s: equals `<tool> files | <tool>` over the same names', (algorithm) => {
    const tool = COREUTILS_TOOL[algorithm];
    const dir = tempDir();
    writeTree(dir, Object.fromEntries(NAMES.map((n, i) => [n, 'x'.repeat(i * 100)])));
    const names = sortByPath(readdirSync(dir).map((path) => ({ path })));
    const entries = names.map(({ path }) => ({
      path,
      digest: createHash(algorithm)
        .update('x'.repeat(NAMES.indexOf(path) * 100))
        .digest('hex'),
    }));
    const expected = sh(dir, `set -o pipefail; printf '%s\\0' * | LC_ALL=C sort -z | xargs -0 ${tool} -- | ${tool}`).split(' ')[0];
    expect(digestListing(entries, algorithm)).toBe(expected);
    // And the listing text itself is byte for byte what the tool prints.
    const listed = sh(dir, `set -o pipefail; printf '%s\\0' * | LC_ALL=C sort -z | xargs -0 ${tool} --`);
    expect(listingText(entries)).toBe(listed);
  });

  it('of an empty listing is the digest of the empty string (what `: | sha256sum` prints)', () => {
    expect(digestListing([], 'sha256')).toBe(createHash('sha256').digest('hex'));
    expect(digestListing([], 'sha256')).toBe(sh('/', ': | sha256sum').split(' ')[0]);
  });

  it('feeds long listings in slices without changing the result', () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => ({ path: `f${String(i).padStart(5, '0')}`, digest: 'a'.repeat(64) }));
    expect(digestListing(entries)).toBe(createHash('sha256').update(listingText(entries)).digest('hex'));
  });
});

describe('compareBytewise', () => {
  it('orders like `LC_ALL=C sort`, astral characters and U+FFFD included', () => {
    const words = [
      'b',
      'a',
      'B',
      'a/b',
      'a-b',
      'a.b',
      'a b',
      'ab',
      'é',
      'e',
      '\uFFFD',
      '😀',
      '\uE000',
      'z',
      'Z',
      '_',
      '~',
      'a/b/c',
      'a/bc',
      '中',
      '\u00A0',
    ];
    const dir = tempDir();
    const input = words.join('\n');
    const sorted = sh(dir, `printf '%s\\n' "$WORDS" | LC_ALL=C sort`, { WORDS: input })
      .split('\n')
      .filter((w) => w !== '');
    expect([...words].sort(compareBytewise)).toEqual(sorted);
    // The naive JavaScript order differs here, which is why compareBytewise exists.
    expect([...words].sort()).not.toEqual(sorted);
  });

  it('sorts a shorter prefix first', () => {
    expect(compareBytewise('a', 'ab')).toBeLessThan(0);
    expect(compareBytewise('ab', 'a')).toBeGreaterThan(0);
    expect(compareBytewise('ab', 'ab')).toBe(0);
  });
});

describe('bytewiseOrder', () => {
  // Paths from a small alphabet so that prefixes, shared stems and every kind of character meet.
  const alphabet = ['a', 'b', '/', '-', '.', 'é', '中', '\uE000', '\uFFFD', '😀', '𝄞'];
  function randomPaths(n: number, seed: number, chars: readonly string[]): string[] {
    let x = seed;
    const next = () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x);
    const set = new Set<string>();
    while (set.size < n) {
      let p = '';
      for (let len = 1 + (next() % 6); len > 0; len--) p += chars[next() % chars.length];
      set.add(p);
    }
    return [...set];
  }
  const byCompare = (paths: string[]) => [...paths].sort(compareBytewise);

  it.each([
    ['without astral characters, shuffled', alphabet.filter((c) => c.length === 1 && c < '\uD800'), false],
    ['without astral characters, already sorted', alphabet.filter((c) => c.length === 1 && c < '\uD800'), true],
    ['with astral characters and U+E000–U+FFFF, shuffled', alphabet, false],
    ['with astral characters and U+E000–U+FFFF, already sorted', alphabet, true],
  ])('gives the order of compareBytewise %s', (_, chars, presorted) => {
    for (let seed = 1; seed <= 5; seed++) {
      let paths = randomPaths(300, seed, chars);
      if (presorted) paths = byCompare(paths);
      expect(bytewiseOrder(paths).map((k) => paths[k])).toEqual(byCompare(paths));
    }
  });

  it('puts an astral character after U+E000–U+FFFF, as UTF-8 does (JavaScript order does not)', () => {
    const paths = ['😀', '\uFFFD', 'a', '\uE000'];
    expect(bytewiseOrder(paths).map((k) => paths[k])).toEqual(['a', '\uE000', '\uFFFD', '😀']);
    expect(bytewiseOrder([])).toEqual([]);
  });
});
