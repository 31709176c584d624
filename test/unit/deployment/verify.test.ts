import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCardPath, compareWithCard, describeMismatches } from '@mlops-actions/deployment';
import { sha256File } from '@mlops-actions/files';
import { tempDir } from '../../harness/temp.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('verify-');
  for (const [p, c] of Object.entries(files)) {
    await mkdir(join(dir, p, '..'), { recursive: true });
    await writeFile(join(dir, p), c);
  }
  return dir;
}

describe('compareWithCard', () => {
  const card = [
    { path: 'model.onnx', sha256: sha('weights'), size: 7 },
    { path: 'meta/labels.txt', sha256: sha('a\nb'), size: 3 },
  ];

  it('accepts exactly the card', async () => {
    expect(await compareWithCard(await tree({ 'model.onnx': 'weights', 'meta/labels.txt': 'a\nb' }), card)).toEqual([]);
  });

  it('names every difference: changed content, size, missing file, extra file', async () => {
    const dir = await tree({ 'model.onnx': 'weightz', 'meta/labels.txt': 'a\nb\nc', 'notes.txt': 'x' });
    const got = await compareWithCard(dir, [...card, { path: 'vocab.json', sha256: sha('{}'), size: 2 }]);
    expect(got).toEqual([
      { path: 'meta/labels.txt', problem: 'size', expected: '3', actual: '5' },
      { path: 'model.onnx', problem: 'digest', expected: sha('weights'), actual: sha('weightz') },
      { path: 'notes.txt', problem: 'extra' },
      { path: 'vocab.json', problem: 'missing' },
    ]);
    expect(describeMismatches(got, 2)).toBe(
      `meta/labels.txt has 5 bytes, the card says 3; model.onnx has sha256 ${sha('weightz')}, the card says ${sha('weights')}; and 2 more`,
    );
  });

  it('checks presence and sizes only when asked, and ignores named files', async () => {
    const dir = await tree({ 'model.onnx': 'weightz', 'meta/labels.txt': 'a\nb', '.marker': '{}' });
    expect(await compareWithCard(dir, card, { contents: false, ignore: ['.marker'] })).toEqual([]);
    expect(await compareWithCard(dir, card, { ignore: ['.marker'] })).toHaveLength(1);
  });

  it.each(['../escape', '/etc/passwd', 'a//b', 'a/./b', 'a\\b', ''])('refuses the unsafe card path %j', (p) => {
    expect(() => checkCardPath(p, 'files')).toThrow(/unsafe file path/);
  });

  it('hashes a file in chunks like sha256sum', async () => {
    const big = 'x'.repeat(3 * 1024 * 1024 + 17);
    const dir = await tree({ big: big });
    expect(await sha256File(join(dir, 'big'))).toEqual({ sha256: sha(big), size: big.length });
  });
});
