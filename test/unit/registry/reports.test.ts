import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelSelection, parseDataHash, readDataManifest, readValidationReport } from '@mlops-actions/registry';
import { hashPaths, writeManifest } from '@mlops-actions/hashing';
import { tempDir, writeFiles } from './helpers.ts';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function report(content: unknown): Promise<string> {
  const p = join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(p, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return p;
}

describe('validation reports', () => {
  it.each([
    [{ passed: true, metrics: [{ name: 'accuracy', status: 'pass' }] }, true, [], 1],
    [{ passed: false, failedChecks: ['accuracy: min 0.9'], metrics: [{}, {}] }, false, ['accuracy: min 0.9'], 2],
    [{ passed: false, metrics: { accuracy: { status: 'fail' }, loss: { status: 'pass' } } }, false, ['accuracy'], 2],
    [{ verdict: 'fail', checks: [{ metric: 'f1', rule: 'max-drop', status: 'fail' }] }, false, ['f1: max-drop'], 1],
    [{ status: 'passed' }, true, [], undefined],
  ])('reads %j', async (content, passed, failed, checks) => {
    const { summary } = await readValidationReport(await report(content));
    expect(summary.passed).toBe(passed);
    expect(summary.failed).toEqual(failed);
    expect(summary.checks).toBe(checks);
    expect(summary.reportDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('refuses a file that is not a report, naming it and the key', async () => {
    const p = await report({ accuracy: 0.9 });
    await expect(readValidationReport(p, 'reports/validation.json')).rejects.toThrow(
      /reports\/validation\.json.*key 'passed'.*is not a validate-metrics report/,
    );
    await expect(readValidationReport(await report('{"passed": tru'), 'bad.json')).rejects.toThrow(/bad\.json/);
    await expect(readValidationReport(join(dir, 'missing.json'), 'missing.json')).rejects.toThrow(
      /input 'validation-report'.*missing\.json.*cannot read/,
    );
  });
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
