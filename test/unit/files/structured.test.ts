import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStructured, readStructuredFile, writeFileAtomic } from '@mlops-actions/files';

describe('parseStructured', () => {
  it('finds the line of a nested key in YAML and JSON', () => {
    const yaml = parseStructured('rules:\n  accuracy:\n    min: 0.9\n  loss:\n    max: 1\n', 'rules.yml');
    expect(yaml.lineOf(['rules', 'loss'])).toBe(4);
    expect(yaml.lineOf(['rules', 'accuracy', 'min'])).toBe(3);
    expect(yaml.lineOf(['rules', 'nope'])).toBeUndefined();
    const json = parseStructured('{\n  "a": {\n    "b": 1\n  }\n}', 'm.json');
    expect(json.lineOf(['a', 'b'])).toBe(3);
  });

  it('reports syntax errors and duplicate keys with file and line', () => {
    expect(() => parseStructured('a: 1\nb: [2\n', 'x.yml', 'x.yml')).toThrow(/x\.yml:\d+: cannot parse x\.yml/);
    expect(() => parseStructured('a: 1\na: 2\n', 'x.yml', 'x.yml')).toThrow(/x\.yml:2: cannot parse x\.yml: Map keys must be unique/);
  });

  it('names a missing file', async () => {
    await expect(readStructuredFile('/nonexistent/m.json', 'm.json')).rejects.toThrow("m.json: file not found. Check the path");
  });
});

describe('writeFileAtomic', () => {
  it('leaves only the final file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atomic-'));
    await writeFileAtomic(join(dir, 'sub', 'r.json'), '{}');
    expect(await readdir(join(dir, 'sub'))).toEqual(['r.json']);
  });

  it('leaves nothing behind when the write fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atomic-'));
    await writeFile(join(dir, 'blocker'), 'x');
    // A file where a directory should be makes the write fail.
    await expect(writeFileAtomic(join(dir, 'blocker', 'r.json'), '{}')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['blocker']);
  });
});
