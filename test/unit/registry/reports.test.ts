import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelSelection, parseDataHash, readDataManifest } from '@mlops-actions/registry';
import { hashPaths, writeManifest } from '@mlops-actions/hashing';
import { tempDir, writeFiles } from './helpers.ts';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('data lineage', () => {
  it('takes the hash and totals from a data-hash manifest', async () => {
    const data = join(dir, 'data');
    await writeFiles(data, { 'a.csv': 'x,y\n1,2\n', 'b.csv': 'x,y\n' });
    const m = await hashPaths({ root: data, paths: ['.'] });
    const path = join(dir, 'manifest.json');
    await writeManifest(path, m);
    expect(await readDataManifest(path, 'manifest.json')).toEqual({
      hash: m.hash,
      files: 2,
      bytes: m.bytes,
      algorithm: 'sha256',
      manifest: 'manifest.json',
    });
  });
  it('accepts a data hash and refuses anything else', () => {
    expect(parseDataHash(`sha256:${'0'.repeat(64)}`).hash).toBe(`sha256:${'0'.repeat(64)}`);
    expect(() => parseDataHash('abc')).toThrow(/input 'data-hash': 'abc' is not a dataset hash/);
  });
});

describe('model selection', () => {
  it('records files relative to a single directory, a single file, or the workspace', async () => {
    const ws = join(dir, 'ws');
    await writeFiles(ws, { 'out/model/w.bin': 'w', 'out/model/sub/c.json': '{}', 'out/single.onnx': 'o' });
    await mkdir(join(ws, 'empty'), { recursive: true });
    expect(await modelSelection(ws, ['out/model'])).toEqual({ root: join(ws, 'out/model'), paths: ['.'] });
    expect(await modelSelection(ws, ['out/model/'])).toEqual({ root: join(ws, 'out/model'), paths: ['.'] });
    expect(await modelSelection(ws, ['out/single.onnx'])).toEqual({ root: join(ws, 'out'), paths: ['single.onnx'] });
    expect(await modelSelection(ws, ['out/**/*.bin', 'out/single.onnx'])).toEqual({ root: ws, paths: ['out/**/*.bin', 'out/single.onnx'] });
    expect(await modelSelection(ws, ['out/*.onnx'])).toEqual({ root: ws, paths: ['out/*.onnx'] });
    expect(await modelSelection(ws, ['missing'])).toEqual({ root: ws, paths: ['missing'] });
  });
});
