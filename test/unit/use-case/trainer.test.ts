import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isUserError } from '@mlops-actions/errors';
import { writeBatches } from '../../../workflows-examples/use-case/src/generator.ts';
import { binaryMetrics } from '../../../workflows-examples/use-case/src/metrics.ts';
import { loadModel } from '../../../workflows-examples/use-case/src/model.ts';
import { DEFAULT_PARAMS, readParamsFile, train, type TrainParams } from '../../../workflows-examples/use-case/src/trainer.ts';
import { tempDir } from '../../harness/temp.ts';

let dir: string;
const params: TrainParams = { ...DEFAULT_PARAMS, trees: 30 };

beforeAll(async () => {
  dir = await tempDir('use-case-train-');
  await writeBatches({ out: join(dir, 'data'), batches: [1, 2], rowsPerBatch: 4000, scenario: 'seasonal', driftStart: 2, seed: 11 });
});

const read = (d: string, f: string) => readFile(join(d, f), 'utf8');
function csv(text: string) {
  const [h, ...lines] = text.trimEnd().split('\n');
  const cols = h!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, Number(v)])));
}

describe('train', () => {
  it('writes the six files; metrics.json is what predictions.csv gives', async () => {
    const out = join(dir, 'm1');
    const r = await train({ data: [join(dir, 'data', 'batch-0001.csv')], out, name: 'machine-failure', params });
    expect(r.files.map((f) => f.slice(out.length + 1))).toEqual([
      'model.json',
      'model-meta.json',
      'metrics.json',
      'params.json',
      'predictions.csv',
      'plots.csv',
    ]);
    const metrics = JSON.parse(await read(out, 'metrics.json'));
    expect(Object.keys(metrics)).toEqual(['accuracy', 'precision', 'recall', 'f1', 'roc_auc']);
    const rows = csv(await read(out, 'predictions.csv'));
    expect(Object.keys(rows[0]!)).toEqual(['UDI', 'y_true', 'candidate', 'candidate_score', 'Type']);
    expect(rows).toHaveLength(800);
    const again = binaryMetrics(
      rows.map((x) => x['y_true']!),
      rows.map((x) => x['candidate']!),
      rows.map((x) => x['candidate_score']!),
    );
    for (const k of Object.keys(metrics)) expect(again[k as keyof typeof again]).toBeCloseTo(metrics[k], 9);
    // A useful model: the failure rules are learnable.
    expect(metrics.roc_auc).toBeGreaterThan(0.85);
    expect(metrics.recall).toBeGreaterThan(0.3);
  });

  it("predictions.csv carries each row's product variant Type, the column validate-metrics slices by", async () => {
    const text = await read(join(dir, 'data'), 'batch-0001.csv');
    const [h, ...lines] = text.trimEnd().split('\n');
    const cols = h!.split(',');
    const type = new Map(lines.map((l) => l.split(',')).map((v) => [Number(v[cols.indexOf('UDI')]), v[cols.indexOf('Type')]]));
    const [, ...rows] = (await read(join(dir, 'm1'), 'predictions.csv')).trimEnd().split('\n');
    const seen = rows.map((l) => l.split(','));
    expect(seen.map((v) => v.at(-1))).toEqual(seen.map((v) => type.get(Number(v[0]))));
    expect(new Set(seen.map((v) => v.at(-1)))).toEqual(new Set(['L', 'M', 'H']));
  });

  it('plots.csv is the training curve: held-out ROC AUC and Brier score of the first k trees', async () => {
    const text = await read(join(dir, 'm1'), 'plots.csv');
    expect(text.split('\n')[0]).toBe('trees,roc_auc,brier_score');
    const curve = csv(text);
    expect(curve.map((x) => x['trees'])).toEqual(Array.from({ length: params.trees }, (_, k) => k + 1));
    // All trees: the held-out metrics; the Brier score recomputed from predictions.csv.
    const metrics = JSON.parse(await read(join(dir, 'm1'), 'metrics.json'));
    expect(curve.at(-1)!['roc_auc']).toBeCloseTo(metrics.roc_auc, 6);
    const rows = csv(await read(join(dir, 'm1'), 'predictions.csv'));
    const brier = rows.reduce((s, x) => s + (x['candidate_score']! - x['y_true']!) ** 2, 0) / rows.length;
    expect(curve.at(-1)!['brier_score']).toBeCloseTo(brier, 6);
    // More trees help: the forest beats its first tree.
    expect(curve.at(-1)!['roc_auc']).toBeGreaterThan(curve[0]!['roc_auc']!);
  });

  it('never learns from the failure-mode columns or the IDs', async () => {
    const meta = JSON.parse(await read(join(dir, 'm1'), 'model-meta.json'));
    expect(meta.features).toEqual([
      'Type',
      'Air temperature [K]',
      'Process temperature [K]',
      'Rotational speed [rpm]',
      'Torque [Nm]',
      'Tool wear [min]',
    ]);
    const params = JSON.parse(await read(join(dir, 'm1'), 'params.json'));
    expect(params).toMatchObject({ model: 'random-forest', trees: 30, seed: 42, split: { test_size: 0.2 } });
    expect(meta.training).toMatchObject({ rows: 3200, heldOut: 800, seed: 42, testSize: 0.2, files: ['batch-0001.csv'] });
  });

  it('writes byte-identical files when run again on the same data', async () => {
    const out = join(dir, 'm1-again');
    await train({ data: [join(dir, 'data', 'batch-0001.csv')], out, name: 'machine-failure', params });
    for (const f of ['model.json', 'model-meta.json', 'metrics.json', 'params.json', 'predictions.csv', 'plots.csv']) {
      expect(await read(out, f), f).toBe(await read(join(dir, 'm1'), f));
    }
  });

  it('with --baseline-model, scores the champion on the same held-out rows', async () => {
    const out = join(dir, 'm2');
    const r = await train({ data: [join(dir, 'data')], out, name: 'machine-failure', params, baselineModel: join(dir, 'm1') });
    const rows = csv(await read(out, 'predictions.csv'));
    expect(Object.keys(rows[0]!)).toEqual(['UDI', 'y_true', 'candidate', 'candidate_score', 'baseline', 'baseline_score', 'Type']);
    const baseline = JSON.parse(await read(out, 'baseline-metrics.json'));
    expect(baseline).toEqual(r.baselineMetrics);
    const again = binaryMetrics(
      rows.map((x) => x['y_true']!),
      rows.map((x) => x['baseline']!),
      rows.map((x) => x['baseline_score']!),
    );
    expect(again.f1).toBeCloseTo(baseline.f1, 12);
    // The held-out rows of batch 1 are those the champion held out too: it never trained on them.
    const champion = csv(await read(join(dir, 'm1'), 'predictions.csv'));
    const batch1 = rows.filter((x) => x['UDI']! <= 4000);
    expect(batch1.map((x) => x['UDI'])).toEqual(champion.map((x) => x['UDI']));
    expect(batch1.map((x) => x['baseline_score'])).toEqual(champion.map((x) => x['candidate_score']));
    // Batch 2 is summer: the champion, trained on spring, misses failures the candidate catches.
    expect(r.metrics.recall).toBeGreaterThan(baseline.recall);
    // The champion's training curve on the same rows: its 30 trees, ending at its ROC AUC here.
    const curve = csv(await read(out, 'baseline-plots.csv'));
    expect(curve.map((x) => x['trees'])).toEqual(Array.from({ length: 30 }, (_, k) => k + 1));
    expect(curve.at(-1)!['roc_auc']).toBeCloseTo(baseline.roc_auc, 6);
  });

  it('with --break, writes metrics of the trained model but a model.json that fails its self-test', async () => {
    const out = join(dir, 'broken');
    const r = await train({ data: [join(dir, 'data', 'batch-0001.csv')], out, name: 'machine-failure', params, break: true });
    expect(r.metrics).toEqual(JSON.parse(await read(join(dir, 'm1'), 'metrics.json')));
    expect(JSON.parse(await read(out, 'model.json')).trees.length).toBe(30);
    await expect(loadModel(out)).rejects.toThrow(/self-test failed/);
  });

  it('refuses data whose held-out rows hold one class, naming the file and the fix', async () => {
    const p = join(dir, 'tiny.csv');
    const text = await read(join(dir, 'data'), 'batch-0001.csv');
    const noFailures = text
      .split('\n')
      .filter((l, i) => i === 0 || (l !== '' && l.split(',')[8] === '0'))
      .slice(0, 200);
    await writeFile(p, `${noFailures.join('\n')}\n`);
    const e = await train({ data: [p], out: join(dir, 'none'), name: 'x', params }).catch((x: unknown) => x);
    expect(isUserError(e)).toBe(true);
    expect((e as Error).message).toMatch(/tiny\.csv: the training rows hold only one class of 'Machine failure'/);
  });

  it('refuses a baseline folder that holds no usable model', async () => {
    const e = await train({
      data: [join(dir, 'data', 'batch-0001.csv')],
      out: join(dir, 'm3'),
      name: 'x',
      params,
      baselineModel: join(dir, 'data'),
    }).catch((x: unknown) => x);
    expect(isUserError(e)).toBe(true);
    expect((e as Error).message).toMatch(/cannot use the baseline model: .*has no model-meta.json/);
  });
});

describe('readParamsFile', () => {
  it('reads YAML keys as in params.json', async () => {
    const p = join(dir, 'params.yaml');
    await writeFile(p, 'trees: 200\nmax_features: sqrt\nthreshold: 0.3\n');
    expect(await readParamsFile(p)).toEqual({ trees: 200, max_features: 'sqrt', threshold: 0.3 });
  });

  it.each([
    ['trees: 100\nn_estimators: 5\n', /params-bad.yaml:2, key 'n_estimators': unknown parameter 'n_estimators'/],
    ['trees: 100\nmax_depth: deep\n', /params-bad.yaml:2, key 'max_depth': 'max_depth' must be a whole number from 1 to 64, not "deep"/],
    ['test_size: 1\n', /'test_size' must be a fraction between 0 and 1/],
    ['- trees\n', /must be a mapping/],
  ])('refuses %j with the line and key', async (text, message) => {
    const p = join(dir, 'params-bad.yaml');
    await writeFile(p, text);
    await expect(readParamsFile(p)).rejects.toThrow(message);
  });
});
