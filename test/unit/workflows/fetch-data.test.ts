/**
 * workflows-examples/fetch-data.ts, the example workflows' stand-in for a data store: which batches it
 * holds on a given day, which of them training and monitoring read, and its settings file's errors.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../harness/index.ts';
import { batchSpec, latestBatch, readDataSource, type DataSource } from '../../../workflows-examples/fetch-data.ts';
import { tempDir } from '../../harness/temp.ts';

const source: DataSource = {
  start: '2026-11-02',
  batchDays: 7,
  trainingWindow: 4,
  rows: 10_000,
  scenario: 'seasonal',
  driftStart: 3,
  seed: 42,
};

describe('latestBatch', () => {
  it.each([
    ['2026-10-01T00:00:00Z', 1], // before the start: the first batch
    ['2026-11-02T00:00:00Z', 1],
    ['2026-11-08T23:59:59Z', 1],
    ['2026-11-09T00:00:00Z', 2],
    ['2026-11-30T12:00:00Z', 5],
    ['2027-11-01T00:00:00Z', 53],
  ])('on %s the newest batch is %i', (now, batch) => {
    expect(latestBatch(source, new Date(now))).toBe(batch);
  });

  it('takes LATEST_BATCH over the date, and refuses anything but a whole number from 1', () => {
    expect(latestBatch(source, new Date('2026-11-30T00:00:00Z'), '2')).toBe(2);
    expect(latestBatch(source, new Date('2026-11-30T00:00:00Z'), '')).toBe(5);
    for (const bad of ['0', '-1', '1.5', 'two', '1-3'])
      expect(() => latestBatch(source, new Date(), bad)).toThrow(/LATEST_BATCH must be a whole number from 1 up/);
  });
});

describe('batchSpec', () => {
  it.each([
    ['training', 1, '1'],
    ['training', 3, '1-3'],
    ['training', 4, '1-4'],
    ['training', 9, '6-9'],
    ['production', 9, '9'],
  ] as const)('%s data at batch %i is --batch %s', (kind, latest, spec) => {
    expect(batchSpec(kind, source, latest)).toBe(spec);
  });
});

describe('readDataSource', () => {
  it('reads the examples’ settings', () => {
    const s = readDataSource(join(repoRoot, 'workflows-examples', 'data-source.json'));
    expect(s.trainingWindow).toBeGreaterThanOrEqual(1);
    expect(latestBatch(s, new Date(`${s.start}T00:00:00Z`))).toBe(1);
  });

  it.each([
    ['not JSON', '{', /cannot read it as JSON/],
    ['a list', '[]', /must hold a JSON object/],
    ['a missing key', JSON.stringify({ ...source, seed: undefined }), /'seed' must be a number/],
    ['a bad date', JSON.stringify({ ...source, start: '02/11/2026' }), /'start' must be a date written YYYY-MM-DD/],
    ['a zero window', JSON.stringify({ ...source, trainingWindow: 0 }), /'trainingWindow' must be a whole number from 1 up/],
  ])('names the file and the key for %s', async (_what, text, message) => {
    const file = join(await tempDir('mlops-data-source-'), 'data-source.json');
    await writeFile(file, text);
    expect(() => readDataSource(file)).toThrow(message);
    expect(() => readDataSource(file)).toThrow(file);
  });
});
