import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '@mlops-actions/errors';
import { normalizeLine, selectFiles } from '@mlops-actions/hashing';
import { tempDir, writeTree } from './helpers.ts';

function tree(): string {
  const root = tempDir();
  writeTree(root, {
    'data/a.csv': '1',
    'data/b.json': '2',
    'data/tmp/x.csv': '3',
    'data/sub/c.csv': '4',
    'data/sub/d.tmp': '5',
    'data/.cache/e.csv': '6',
    'data/file[1].csv': '7',
    'data/file1.csv': '8',
    'other/f.csv': '9',
    'top.txt': '10',
  });
  return root;
}

const select = (root: string, paths: string[], exclude: string[] = [], followSymlinks = false) =>
  selectFiles({ root, paths, exclude, followSymlinks, input: 'path' }).files.map((f) => f.path);

describe('selectFiles', () => {
  it.each([
    [
      'a directory takes every file, dot files included',
      ['data'],
      [],
      [
        'data/.cache/e.csv',
        'data/a.csv',
        'data/b.json',
        'data/file1.csv',
        'data/file[1].csv',
        'data/sub/c.csv',
        'data/sub/d.tmp',
        'data/tmp/x.csv',
      ],
    ],
    ['a glob matches workspace-relative paths', ['data/*.csv'], [], ['data/a.csv', 'data/file1.csv', 'data/file[1].csv']],
    [
      '** crosses folders',
      ['data/**/*.csv'],
      [],
      ['data/.cache/e.csv', 'data/a.csv', 'data/file1.csv', 'data/file[1].csv', 'data/sub/c.csv', 'data/tmp/x.csv'],
    ],
    ['a path that exists is literal even when it looks like a glob', ['data/file[1].csv'], [], ['data/file[1].csv']],
    [
      'an exclude without a slash matches a name at any depth',
      ['data'],
      ['*.tmp', '.cache'],
      ['data/a.csv', 'data/b.json', 'data/file1.csv', 'data/file[1].csv', 'data/sub/c.csv', 'data/tmp/x.csv'],
    ],
    [
      'an excluded folder is not entered',
      ['data'],
      ['data/tmp', 'data/sub/**'],
      ['data/.cache/e.csv', 'data/a.csv', 'data/b.json', 'data/file1.csv', 'data/file[1].csv'],
    ],
    [
      'a line starting with ! excludes',
      ['data/**/*.csv', '!data/sub'],
      [],
      ['data/.cache/e.csv', 'data/a.csv', 'data/file1.csv', 'data/file[1].csv', 'data/tmp/x.csv'],
    ],
    [
      'overlapping lines give each file once, sorted',
      ['other', 'data/a.csv', './data/a.csv', 'top.txt', 'other/f.csv'],
      [],
      ['data/a.csv', 'other/f.csv', 'top.txt'],
    ],
    ['a file inside an excluded folder is out even when named', ['data/tmp/x.csv', 'top.txt'], ['data/tmp'], ['top.txt']],
    ['"." is the whole workspace', ['.'], ['data', 'other'], ['top.txt']],
  ])('%s', (_, paths, exclude, expected) => {
    expect(select(tree(), paths, exclude)).toEqual(expected);
  });

  it('accepts an absolute path inside the root', () => {
    const root = tree();
    expect(select(root, [join(root, 'other')])).toEqual(['other/f.csv']);
  });

  it.each([
    ['a missing path', ['data/nope'], /input 'path', key 'data\/nope': 'data\/nope' does not exist/],
    ['a glob that matches no file', ['data/**/*.parquet'], /the glob 'data\/\*\*\/\*\.parquet' matches no file/],
    ['a glob whose base is missing', ['nope/*.csv'], /matches no file/],
    ['a relative path out of the root', ['../elsewhere'], /'..\/elsewhere' leads outside the workspace/],
    ['a path that climbs out', ['data/../../x'], /leads outside the workspace/],
    ['an absolute path elsewhere', ['/etc'], /'\/etc' leads outside the workspace/],
    ['no path at all', ['', '# comment'], /no path to hash was given/],
  ])('refuses %s', (_, paths, message) => {
    const root = tree();
    const run = () => select(root, paths);
    expect(run).toThrow(UserError);
    expect(run).toThrow(message);
  });
});

describe('symbolic links', () => {
  function linked(): { root: string; outside: string } {
    const root = tempDir();
    const outside = tempDir();
    writeTree(root, { 'data/real.csv': 'r', 'data/dir/in.csv': 'i' });
    writeTree(outside, { 'secret.txt': 's' });
    symlinkSync('real.csv', join(root, 'data/link.csv'));
    symlinkSync('dir', join(root, 'data/dirlink'));
    return { root, outside };
  }

  it('are skipped when follow-symlinks is false', () => {
    const { root } = linked();
    const s = selectFiles({ root, paths: ['data'] });
    expect(s.files.map((f) => f.path)).toEqual(['data/dir/in.csv', 'data/real.csv']);
    expect(s.skippedSymlinks).toEqual(['data/dirlink', 'data/link.csv']);
  });

  it('are followed inside the root when follow-symlinks is true', () => {
    const { root } = linked();
    expect(select(root, ['data'], [], true)).toEqual(['data/dir/in.csv', 'data/dirlink/in.csv', 'data/link.csv', 'data/real.csv']);
  });

  it.each([false, true])('that lead outside the root are an error when named (follow %s)', (follow) => {
    const { root, outside } = linked();
    symlinkSync(outside, join(root, 'out'));
    expect(() => select(root, ['out'], [], follow)).toThrow(/'out' leads outside the workspace through a symbolic link/);
  });

  it('that lead outside the root are an error when followed inside a folder', () => {
    const { root, outside } = linked();
    symlinkSync(join(outside, 'secret.txt'), join(root, 'data/escape.txt'));
    expect(() => select(root, ['data'], [], true)).toThrow(/'data\/escape.txt' leads outside the workspace/);
    // Not followed, it is simply skipped.
    expect(select(root, ['data'], [], false)).not.toContain('data/escape.txt');
  });

  it('named directly need follow-symlinks', () => {
    const { root } = linked();
    expect(() => select(root, ['data/link.csv'])).toThrow(/symbolic link, and follow-symlinks is false/);
    expect(() => select(root, ['data/dirlink/in.csv'])).toThrow(/goes through, a symbolic link/);
    expect(select(root, ['data/dirlink/in.csv'], [], true)).toEqual(['data/dirlink/in.csv']);
  });

  it('that loop are an error', () => {
    const { root } = linked();
    symlinkSync('..', join(root, 'data/dir/up'));
    expect(() => select(root, ['data'], [], true)).toThrow(/'data\/(dir|dirlink)\/up' points back to a directory it is in/);
  });

  it('that dangle are an error when followed', () => {
    const { root } = linked();
    symlinkSync('missing.csv', join(root, 'data/dangling.csv'));
    expect(() => select(root, ['data'], [], true)).toThrow(/'data\/dangling.csv' is a symbolic link whose target does not exist/);
  });
});

describe('special files and names', () => {
  it('skips FIFOs inside a folder and refuses one named directly', () => {
    const root = tempDir();
    writeTree(root, { 'data/a.txt': 'a' });
    spawnSync('mkfifo', [join(root, 'data/pipe')]);
    const s = selectFiles({ root, paths: ['data'] });
    expect(s.files.map((f) => f.path)).toEqual(['data/a.txt']);
    expect(s.skippedSpecial).toEqual(['data/pipe']);
    expect(() => selectFiles({ root, paths: ['data/pipe'] })).toThrow(/not a regular file or a directory/);
  });

  it('refuses a file name that is not UTF-8, naming it', () => {
    const root = tempDir();
    mkdirSync(join(root, 'data'));
    writeFileSync(Buffer.concat([Buffer.from(join(root, 'data/bad-')), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]), 'x');
    expect(() => selectFiles({ root, paths: ['data'] })).toThrow(/the file name 'data\/bad-\uFFFD\uFFFD.txt' is not valid UTF-8/);
  });

  it('keeps a real U+FFFD in a name', () => {
    const root = tempDir();
    writeTree(root, { 'data/\uFFFD.txt': 'x' });
    expect(select(root, ['data'])).toEqual(['data/\uFFFD.txt']);
  });
});

describe('normalizeLine', () => {
  it.each([
    ['data/', 'data'],
    ['./data//sub/', 'data/sub'],
    ['data/./x', 'data/x'],
    ['data/sub/../x', 'data/x'],
    ['.', ''],
    ['/ws/data', 'data'],
  ])('%j → %j', (line, want) => {
    expect(normalizeLine('/ws', line, undefined)).toBe(want);
  });
});
