import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStructured, readStructuredFile, writeFileAtomic } from '@mlops-actions/files';
import { tempDir } from '../../harness/temp.ts';

describe('parseStructured', () => {
  it('finds the line of a nested key in YAML and JSON', () => {
    const yaml = parseStructured('rules:\n  accuracy:\n    min: 0.9\n  loss:\n    max: 1\n', 'rules.yml');
    expect(yaml.lineOf(['rules', 'loss'])).toBe(4);
    expect(yaml.lineOf(['rules', 'accuracy', 'min'])).toBe(3);
    expect(yaml.lineOf(['rules', 'nope'])).toBeUndefined();
    const json = parseStructured('{\n  "a": {\n    "b": 1\n  }\n}', 'm.json');
    expect(json.lineOf(['a', 'b'])).toBe(3);
  });

  it('reports syntax errors with file and line', () => {
    expect(() => parseStructured('a: 1\nb: [2\n', 'x.yml', 'x.yml')).toThrow(/x\.yml:\d+: cannot parse x\.yml/);
  });

  it.each([
    [
      'YAML',
      'a: 1\nb: 2\na: 3\n',
      'x.yml',
      'x.yml:3, key \'a\': the key "a" is written twice (lines 1 and 3). Keep one of the two: a JSON or YAML mapping holds each key once.',
    ],
    [
      'YAML (full parser)',
      'm:\n  "a": [1]\n  "a": 2\n',
      'x.yml',
      'x.yml:3, key \'m.a\': the key "a" under "m" is written twice (lines 2 and 3). Keep one of the two',
    ],
    [
      'JSON',
      '{\n  "m": {\n    "a": 1,\n    "a": 2\n  }\n}',
      'x.json',
      'x.json:4, key \'m.a\': the key "a" under "m" is written twice (lines 3 and 4). Keep one of the two',
    ],
  ])('names a duplicate key and both its lines (%s)', (_kind, text, name, message) => {
    expect(() => parseStructured(text, name, name)).toThrow(message);
  });

  it('reads a .json file as strict JSON: a trailing comma or a missing value is an error with its line and the fix, not a null', () => {
    expect(() => parseStructured('{"a": 1,}', 'p.json', 'p.json')).toThrow(
      'p.json:1: cannot parse p.json as JSON: a comma before "}". Fix the JSON syntax (or name the file .yaml if it is YAML).',
    );
    expect(() => parseStructured('{\n  "a": \n}', 'p.json', 'p.json')).toThrow(
      /^p\.json:3: cannot parse p\.json as JSON: unexpected "}"\. Fix the JSON syntax/,
    );
    // The same texts are YAML flow mappings when the name says YAML (what the .json files were read as before).
    expect(parseStructured('{"a": 1,}', 'p.yaml', 'p.yaml').value).toEqual({ a: 1 });
    expect(parseStructured('{\n  "a": \n}', 'p.yaml').value).toEqual({ a: null });
    // The format can be given, and a source without a file name is YAML (an action input).
    expect(() => parseStructured('{"a": }', "input 'x'", undefined, 'json')).toThrow(/^input 'x', line 1: cannot parse it as JSON/);
    // Without a file the line is still on the error, for callers that point at it themselves.
    expect(() => parseStructured('a: 1\na: 2\n', 'manifest')).toThrow(
      expect.objectContaining({ line: 2, message: expect.stringMatching(/^manifest, line 2, key 'a': /) }),
    );
    expect(() => parseStructured('{\n "a": }', 'manifest', undefined, 'json')).toThrow(expect.objectContaining({ line: 2 }));
    expect(parseStructured('a: 1', "input 'x'").value).toEqual({ a: 1 });
  });

  it('gives the lines of JSON list items', () => {
    const doc = parseStructured('{\n  "l": [\n    1,\n    {"x": 2}\n  ]\n}', 'l.json');
    expect([doc.lineOf(['l', 0]), doc.lineOf(['l', 1]), doc.lineOf(['l', 1, 'x'])]).toEqual([3, 4, 4]);
  });

  // The yaml library's duplicate-key check and key-line lookup are quadratic: 50,000 keys took 21 s as
  // JSON and 40 s as YAML; read in one pass they take well under a second. A regression times out.
  it.each([
    ['m.json', (i: number) => `"k${i}": ${i}`, (l: string[]) => `{\n${l.join(',\n')}\n}`],
    ['m.yaml', (i: number) => `"k${i}": [${i}]`, (l: string[]) => l.join('\n')],
  ])(
    'reads 50,000 keys of %s in linear time, with their lines',
    (name, line, wrap) => {
      const n = 50_000;
      const doc = parseStructured(wrap(Array.from({ length: n }, (_, i) => line(i))), name, name);
      expect(Object.keys(doc.value as object)).toHaveLength(n);
      expect(doc.lineOf([`k${n - 1}`])).toBe(name.endsWith('.json') ? n + 1 : n);
    },
    15_000,
  );

  it('names a missing file', async () => {
    await expect(readStructuredFile('/nonexistent/m.json', 'm.json')).rejects.toThrow('m.json: file not found. Check the path');
  });

  it('refuses a file over the size limit before reading it, and reads .json strictly', async () => {
    const dir = await tempDir('structured-');
    await writeFile(join(dir, 'm.json'), `{"a": "${'x'.repeat(2000)}"}`);
    await expect(readStructuredFile(join(dir, 'm.json'), 'm.json', { maxBytes: 1024, input: 'metrics' })).rejects.toThrow(
      "input 'metrics', m.json: is 0.00192 MiB, more than the 0.000977 MiB a JSON or YAML file may be. Keep it under the limit",
    );
    await writeFile(join(dir, 'p.json'), '{"lr": 0.1,}');
    await expect(readStructuredFile(join(dir, 'p.json'), 'p.json')).rejects.toThrow(
      'p.json:1: cannot parse p.json as JSON: a comma before "}"',
    );
    expect(await readStructuredFile(join(dir, 'm.json'), 'm.json')).toMatchObject({ format: 'json', value: { a: 'x'.repeat(2000) } });
  });
});

describe('writeFileAtomic', () => {
  it('leaves only the final file', async () => {
    const dir = await tempDir('atomic-');
    await writeFileAtomic(join(dir, 'sub', 'r.json'), '{}');
    expect(await readdir(join(dir, 'sub'))).toEqual(['r.json']);
  });

  it('leaves nothing behind when the write fails', async () => {
    const dir = await tempDir('atomic-');
    await writeFile(join(dir, 'blocker'), 'x');
    // A file where a directory should be makes the write fail.
    await expect(writeFileAtomic(join(dir, 'blocker', 'r.json'), '{}')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['blocker']);
  });
});
