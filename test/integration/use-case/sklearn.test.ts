/**
 * The scikit-learn variant of the trainer (python/train.py).
 *
 * OPTIONAL: this suite needs Debian's /usr/bin/python3 with scikit-learn, pandas and numpy
 * (python3-sklearn). The product, the demo and CI never need Python; where that interpreter or those
 * modules are missing, the whole suite is skipped (see `reason` below) and says why.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBatches } from '../../../workflows-examples/use-case/src/generator.ts';
import { binaryMetrics } from '../../../workflows-examples/use-case/src/metrics.ts';
import { loadModel } from '../../../workflows-examples/use-case/src/model.ts';
import { DEFAULT_PARAMS, train } from '../../../workflows-examples/use-case/src/trainer.ts';
import { tempDir } from '../../harness/temp.ts';

const PYTHON = '/usr/bin/python3';
const TRAIN_PY = join(import.meta.dirname, '../../../workflows-examples/use-case/python/train.py');

function skipReason(): string | undefined {
  if (!existsSync(PYTHON)) return `${PYTHON} is not installed`;
  const r = spawnSync(PYTHON, ['-c', 'import sklearn, pandas, numpy'], { encoding: 'utf8' });
  if (r.status !== 0) return `${PYTHON} lacks scikit-learn, pandas or numpy (apt-get install python3-sklearn python3-pandas)`;
  return undefined;
}
const reason = skipReason();
if (reason) console.warn(`skipping the scikit-learn trainer tests: ${reason}`);

let dir: string;
const python = (args: string[]) => spawnSync(PYTHON, [TRAIN_PY, ...args], { encoding: 'utf8', timeout: 120_000 });
const read = (d: string, f: string) => readFile(join(d, f), 'utf8');
function csv(text: string) {
  const [h, ...lines] = text.trimEnd().split('\n');
  const cols = h!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, Number(v)])));
}

describe.skipIf(reason !== undefined)('python/train.py (scikit-learn; optional, needs /usr/bin/python3 with python3-sklearn)', () => {
  beforeAll(async () => {
    dir = await tempDir('use-case-sklearn-');
    await writeBatches({ out: join(dir, 'data'), batches: [1, 2], rowsPerBatch: 4000, scenario: 'seasonal', driftStart: 2, seed: 21 });
    const params = { ...DEFAULT_PARAMS, trees: 40 };
    await train({ data: [join(dir, 'data', 'batch-0001.csv')], out: join(dir, 'node-champion'), name: 'machine-failure', params });
    await train({
      data: [join(dir, 'data')],
      out: join(dir, 'node'),
      name: 'machine-failure',
      params,
      baselineModel: join(dir, 'node-champion'),
    });
    const r = python([
      '--data',
      join(dir, 'data'),
      '--out',
      join(dir, 'py'),
      '--trees',
      '40',
      '--baseline-model',
      join(dir, 'node-champion'),
    ]);
    if (r.status !== 0) throw new Error(`train.py failed: ${r.stderr}`);
  });

  it('writes the same files as the Node trainer, params with the same keys', async () => {
    expect((await readdir(join(dir, 'py'))).sort()).toEqual((await readdir(join(dir, 'node'))).sort());
    const node = JSON.parse(await read(join(dir, 'node'), 'params.json'));
    const py = JSON.parse(await read(join(dir, 'py'), 'params.json'));
    expect(py.model).toBe('sklearn-random-forest');
    expect(Object.keys(py).sort()).toEqual(
      Object.keys(node)
        .filter((k) => k !== 'max_bins')
        .sort(),
    );
    expect(py.split).toEqual(node.split);
  });

  it('holds out exactly the rows the Node trainer holds out', async () => {
    const node = csv(await read(join(dir, 'node'), 'predictions.csv'));
    const py = csv(await read(join(dir, 'py'), 'predictions.csv'));
    expect(py.map((r) => r['UDI'])).toEqual(node.map((r) => r['UDI']));
    expect(py.map((r) => r['y_true'])).toEqual(node.map((r) => r['y_true']));
  });

  it('computes metrics as scikit-learn does: ours from its predictions.csv equal its metrics.json', async () => {
    const metrics = JSON.parse(await read(join(dir, 'py'), 'metrics.json'));
    const rows = csv(await read(join(dir, 'py'), 'predictions.csv'));
    const ours = binaryMetrics(
      rows.map((r) => r['y_true']!),
      rows.map((r) => r['candidate']!),
      rows.map((r) => r['candidate_score']!),
    );
    for (const k of ['accuracy', 'precision', 'recall', 'f1', 'roc_auc'] as const) expect(ours[k]).toBeCloseTo(metrics[k], 9);
  });

  it('exports a model the Node server loads and that predicts what scikit-learn predicted', async () => {
    const model = await loadModel(join(dir, 'py'));
    expect(model.meta.trainer.library).toMatch(/^scikit-learn \d/);
    expect(model.forest.splitRule).toBe('le');
    const [header, ...lines] = (await read(join(dir, 'data'), 'batch-0002.csv')).trimEnd().split('\n');
    const cols = header!.split(',');
    const byUdi = new Map(lines.map((l) => [Number(l.split(',')[0]), Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, v]))]));
    const rows = csv(await read(join(dir, 'py'), 'predictions.csv')).filter((r) => byUdi.has(r['UDI']!));
    const out = model.predict(rows.map((r) => byUdi.get(r['UDI']!)!));
    expect(out.predictions).toEqual(rows.map((r) => r['candidate']));
    out.probabilities.forEach((p, i) => expect(p).toBeCloseTo(rows[i]!['candidate_score']!, 9));
  });

  it('scores a baseline exactly as the Node trainer does', async () => {
    const node = csv(await read(join(dir, 'node'), 'predictions.csv'));
    const py = csv(await read(join(dir, 'py'), 'predictions.csv'));
    expect(py.map((r) => r['baseline'])).toEqual(node.map((r) => r['baseline']));
    py.forEach((r, i) => expect(r['baseline_score']).toBeCloseTo(node[i]!['baseline_score']!, 9));
    expect(JSON.parse(await read(join(dir, 'py'), 'baseline-metrics.json')).roc_auc).toBeCloseTo(
      JSON.parse(await read(join(dir, 'node'), 'baseline-metrics.json')).roc_auc,
      9,
    );
  });

  it('agrees in quality with the Node forest on the same rows', async () => {
    const node = JSON.parse(await read(join(dir, 'node'), 'metrics.json'));
    const py = JSON.parse(await read(join(dir, 'py'), 'metrics.json'));
    expect(Math.abs(node.roc_auc - py.roc_auc)).toBeLessThan(0.03);
    expect(Math.abs(node.f1 - py.f1)).toBeLessThan(0.1);
  });

  it('fails with the file and line of bad data', async () => {
    const lines = (await read(join(dir, 'data'), 'batch-0001.csv')).split('\n');
    const cells = lines[3]!.split(',');
    cells[6] = 'heavy'; // Torque [Nm]
    lines[3] = cells.join(',');
    await writeFile(join(dir, 'bad.csv'), lines.join('\n'));
    const r = python(['--data', join(dir, 'bad.csv'), '--out', join(dir, 'never')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: .*bad\.csv:4: key 'Torque \[Nm\]': 'Torque \[Nm\]' is not a number: 'heavy'/m);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });
});
