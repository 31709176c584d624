import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { directoryTarget, type Release } from '@mlops-actions/deployment';
import { memoryLog } from './servers.ts';
import { tempDir } from '../../harness/temp.ts';

/**
 * A reader on another thread reads `current/` in a tight loop (synchronous fs calls, no yielding)
 * while the main thread switches between releases. It must never see a missing file, a file from
 * another release than the directory's marker, or a short file.
 */
const READER = `
const { readFileSync, realpathSync } = require('node:fs');
const { join } = require('node:path');
const { workerData, parentPort } = require('node:worker_threads');
const stop = new Int32Array(workerData.stop);
const current = join(workerData.serving, 'current');
let reads = 0, problems = [], seen = new Set();
while (Atomics.load(stop, 0) === 0) {
  try {
    // Like a server: open files through the link...
    const model = readFileSync(join(current, 'model.bin'));
    const version = model.subarray(0, 8).toString().trim();
    if (model.length !== workerData.size) problems.push('short model.bin: ' + model.length);
    if (!model.subarray(8).every((b) => b === version.charCodeAt(0))) problems.push('mixed content in model.bin');
    // ...or resolve the link once and read a whole release from one place.
    const dir = realpathSync(current);
    const marker = JSON.parse(readFileSync(join(dir, '.mlops-release.json'), 'utf8'));
    const model2 = readFileSync(join(dir, 'model.bin'));
    if (model2.subarray(0, 8).toString().trim() !== marker.version) problems.push('model.bin and marker disagree in ' + dir);
    seen.add(version);
  } catch (e) {
    if (e.code === 'ENOENT' && reads === 0) continue; // before the first deploy
    problems.push(e.code || e.message);
  }
  if (reads++ === 0) parentPort.postMessage('ready');
  if (problems.length > 20) break;
}
parentPort.postMessage({ reads, problems, seen: [...seen] });
`;

async function release(version: string, size: number): Promise<Release> {
  const dir = await tempDir(`r-${version}-`);
  // The version padded to 8 bytes, then the version's first character over and over.
  const content = Buffer.alloc(size, version.charCodeAt(0));
  content.write(version.padEnd(8, ' '), 0);
  await writeFile(join(dir, 'model.bin'), content);
  return {
    model: 'm',
    version,
    digest: `sha256:${version}`,
    environment: 'prod',
    alias: 'prod',
    path: dir,
    files: [{ path: 'model.bin', sha256: createHash('sha256').update(content).digest('hex'), size }],
    reason: 'deploy',
  };
}

describe('directory target switch', () => {
  it('is atomic for a reader polling current during many switches', async () => {
    const serving = await tempDir('serving-atomic-');
    await mkdir(serving, { recursive: true });
    const size = 64 * 1024;
    const releases = await Promise.all(['1.0.0', '2.0.0', '3.0.0'].map((v) => release(v, size)));
    const t = directoryTarget({ servingDir: serving, log: memoryLog() });
    await t.deploy(releases[0]!);

    const stop = new SharedArrayBuffer(4);
    const worker = new Worker(READER, { eval: true, workerData: { serving, size, stop } });
    const ready = new Promise((resolve) => worker.once('message', resolve));
    const result = ready.then(
      () =>
        new Promise<{ reads: number; problems: string[]; seen: string[] }>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    );
    await ready;
    // First switches copy; later ones find the release in place and only swap the link.
    for (let i = 1; i <= 150; i++) await t.deploy(releases[i % 3]!);
    Atomics.store(new Int32Array(stop), 0, 1);
    const r = await result;
    await worker.terminate();

    expect(r.problems).toEqual([]);
    expect(r.reads).toBeGreaterThan(50);
    // The reader really saw the switches happen.
    expect(r.seen.length).toBeGreaterThanOrEqual(2);
  });
});
