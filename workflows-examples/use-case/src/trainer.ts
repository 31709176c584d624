/**
 * Trains the machine-failure classifier and writes what the MLOps steps read: the library behind
 * train.ts.
 *
 *   model.json, model-meta.json   the model (register-model, deploy and the server read these)
 *   metrics.json                  accuracy, precision, recall, f1, roc_auc on the held-out rows
 *   params.json                   the hyperparameters and the split (train-gate, validate-metrics)
 *   predictions.csv               UDI, y_true, candidate (0/1), candidate_score (probability) per
 *                                 held-out row; with a baseline model also baseline, baseline_score
 *                                 (validate-metrics' significance tests read y_true/baseline/candidate);
 *                                 last the product variant Type (L/M/H), the column to slice by
 *   plots.csv                     the training curve: held-out ROC AUC and Brier score of the first k
 *                                 trees, k = 1..trees (a DVC-style plot file for validate-metrics' plots)
 *   baseline-metrics.json         with a baseline model: its metrics on the same held-out rows
 *   baseline-plots.csv            with a baseline model: its curve on the same held-out rows
 *
 * Outputs are deterministic: the same data, parameters and seed give byte-identical files, so a
 * rerun can be recognised by its digest.
 */
import { basename, join } from 'node:path';
import { UserError } from '@mlops-actions/errors';
import { readStructuredFile, removeQuietly, writeFileAtomic, writeJsonAtomic } from '@mlops-actions/files';
import { readDataset, type DataRow } from './data.ts';
import { FEATURES, TARGET } from './features.ts';
import {
  DEFAULT_FOREST_OPTIONS,
  predictProbability,
  stagedProbabilities,
  trainForest,
  validateOptions,
  type ForestJson,
  type ForestOptions,
} from './forest.ts';
import { encodeRow } from './features.ts';
import { binaryMetrics, rocAuc, type BinaryMetrics } from './metrics.ts';
import { loadModel, META_FILE, MODEL_FILE, ModelLoadError, TRAINER, type ModelMeta } from './model.ts';
import { stratifiedSplit } from './split.ts';

export const SPLIT_METHOD = 'stratified per file and class, by sha256(seed:UDI)';

export interface TrainParams {
  trees: number;
  max_depth: number;
  min_samples_split: number;
  min_samples_leaf: number;
  max_features: 'sqrt' | 'all' | number;
  max_bins: number;
  class_weight: 'none' | 'balanced';
  threshold: number;
  seed: number;
  test_size: number;
}

export const DEFAULT_PARAMS: TrainParams = {
  trees: DEFAULT_FOREST_OPTIONS.trees,
  max_depth: DEFAULT_FOREST_OPTIONS.maxDepth,
  min_samples_split: DEFAULT_FOREST_OPTIONS.minSamplesSplit,
  min_samples_leaf: DEFAULT_FOREST_OPTIONS.minSamplesLeaf,
  max_features: DEFAULT_FOREST_OPTIONS.maxFeatures,
  max_bins: DEFAULT_FOREST_OPTIONS.maxBins,
  class_weight: DEFAULT_FOREST_OPTIONS.classWeight,
  threshold: 0.5,
  seed: DEFAULT_FOREST_OPTIONS.seed,
  test_size: 0.2,
};

export interface TrainOptions {
  /** Folders of CSV batches or CSV files. */
  data: string[];
  out: string;
  /** Model name written into model-meta.json. */
  name: string;
  params: TrainParams;
  /** A model folder (model.json + model-meta.json) to score on the same held-out rows. */
  baselineModel?: string | undefined;
  /** Write a deliberately broken model.json (see README: the rollback scenario). */
  break?: boolean | undefined;
  log?: (line: string) => void;
}

export interface TrainResult {
  metrics: BinaryMetrics;
  baselineMetrics?: BinaryMetrics | undefined;
  rows: { train: number; heldOut: number; trainPositives: number; heldOutPositives: number };
  files: string[];
  seconds: { read: number; train: number; total: number };
}

/** Checks one parameter's value; `where` names the flag or the params-file key for the message. */
export function checkParam(
  key: keyof TrainParams,
  value: unknown,
  where: { file?: string; line?: number | undefined; flag?: string },
): TrainParams[typeof key] {
  const err = (want: string) =>
    new UserError(`${where.flag ? `--${where.flag}` : `'${key}'`} must be ${want}, not ${JSON.stringify(value)}`, {
      ...(where.file ? { file: where.file, key } : {}),
      ...(where.line ? { line: where.line } : {}),
    });
  const num = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  const int = (min: number, max: number) => {
    if (!Number.isInteger(num) || num < min || num > max) throw err(`a whole number from ${min} to ${max}`);
    return num;
  };
  switch (key) {
    case 'trees':
      return int(1, 10_000);
    case 'max_depth':
      return int(1, 64);
    case 'min_samples_split':
      return int(2, 1_000_000);
    case 'min_samples_leaf':
      return int(1, 1_000_000);
    case 'max_bins':
      return int(2, 4096);
    case 'seed':
      return int(-(2 ** 31), 2 ** 31 - 1);
    case 'max_features':
      if (value === 'sqrt' || value === 'all') return value;
      if (!(num > 0 && num <= 1)) throw err('sqrt, all, or a fraction in (0, 1]');
      return num;
    case 'class_weight':
      if (value !== 'none' && value !== 'balanced') throw err('none or balanced');
      return value;
    case 'threshold':
      if (!(num >= 0 && num <= 1)) throw err('a number from 0 to 1');
      return num;
    case 'test_size':
      if (!(num > 0 && num < 1)) throw err('a fraction between 0 and 1 (exclusive)');
      return num;
  }
}

/**
 * Reads a params file (YAML or JSON, keys as in params.json, e.g. `trees: 200`); the keys it sets
 * override the defaults. Unknown keys are errors naming the line.
 */
export async function readParamsFile(path: string): Promise<Partial<TrainParams>> {
  const doc = await readStructuredFile(path);
  const v = doc.value;
  if (v === null || v === undefined) return {};
  if (typeof v !== 'object' || Array.isArray(v))
    throw new UserError('a params file must be a mapping of parameter names to values', { file: path, line: 1 });
  const out: Partial<TrainParams> = {};
  for (const [key, value] of Object.entries(v)) {
    const line = doc.lineOf([key]);
    if (!(key in DEFAULT_PARAMS)) {
      throw new UserError(`unknown parameter '${key}'`, {
        file: path,
        ...(line ? { line } : {}),
        key,
        fix: `Use ${Object.keys(DEFAULT_PARAMS).join(', ')}`,
      });
    }
    (out as Record<string, unknown>)[key] = checkParam(key as keyof TrainParams, value, { file: path, line });
  }
  return out;
}

function forestOptions(p: TrainParams): ForestOptions {
  const o: ForestOptions = {
    trees: p.trees,
    maxDepth: p.max_depth,
    minSamplesSplit: p.min_samples_split,
    minSamplesLeaf: p.min_samples_leaf,
    maxFeatures: p.max_features,
    maxBins: p.max_bins,
    classWeight: p.class_weight,
    seed: p.seed,
  };
  validateOptions(o);
  return o;
}

/** The params.json the trainer writes: configuration only, so it changes only when the configuration does. */
export function paramsDocument(p: TrainParams) {
  return {
    model: 'random-forest',
    trees: p.trees,
    max_depth: p.max_depth,
    min_samples_split: p.min_samples_split,
    min_samples_leaf: p.min_samples_leaf,
    max_features: p.max_features,
    max_bins: p.max_bins,
    class_weight: p.class_weight,
    threshold: p.threshold,
    seed: p.seed,
    split: { method: SPLIT_METHOD, test_size: p.test_size },
    features: [...FEATURES],
  };
}

/** Up to `perClass` held-out rows of each class, in data order: the self-test rows. */
function selfTestRows(rows: readonly DataRow[], perClass = 8): DataRow[] {
  const pos = rows.filter((r) => r.y === 1).slice(0, perClass);
  const neg = rows.filter((r) => r.y === 0).slice(0, perClass);
  return [...pos, ...neg];
}

/**
 * The --break model: every leaf's probability inverted. The file is valid and loads, but predicts the
 * opposite of what was trained, and its self-test says so: the server refuses it (503 on /health).
 */
function brokenCopy(f: ForestJson): ForestJson {
  return {
    ...f,
    trees: f.trees.map((t) => ({ ...t, value: t.value.map((v, i) => (t.feature[i] === -1 ? Math.round((1 - v) * 1e6) / 1e6 : v)) })),
  };
}

/** A row as a /predict request sends it: Type as text, the measurements as numbers. */
function asRequestRow(raw: Readonly<Record<string, string>>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, k === 'Type' ? v.trim() : Number(v)]));
}

/** A probability for predictions.csv: ten decimals drop float noise (scores are multiples of 1e-8). */
function score(p: number): number {
  return Number(p.toFixed(10));
}

/**
 * plots.csv: the forest's held-out ROC AUC and Brier score (mean squared error of the probability)
 * when only its first k trees vote, for k = 1..trees: how the forest improves as trees are added.
 */
export function trainingCurve(forest: ForestJson, xs: readonly (readonly number[])[], yTrue: readonly number[]): string {
  const staged = xs.map((x) => stagedProbabilities(forest, x));
  const lines = ['trees,roc_auc,brier_score'];
  for (let k = 0; k < forest.trees.length; k++) {
    const p = staged.map((s) => s[k]!);
    const brier = p.reduce((sum, q, i) => sum + (q - yTrue[i]!) ** 2, 0) / p.length;
    lines.push(`${k + 1},${Number(rocAuc(yTrue, p).toFixed(6))},${Number(brier.toFixed(6))}`);
  }
  return `${lines.join('\n')}\n`;
}

function csvLine(values: readonly (string | number)[]): string {
  return values.join(',');
}

export async function train(o: TrainOptions): Promise<TrainResult> {
  const log = o.log ?? (() => undefined);
  const t0 = performance.now();
  const p = o.params;
  const forestOpts = forestOptions(p);
  const data = await readDataset(o.data);
  const tRead = performance.now();

  const isTest = stratifiedSplit(data.rows, { testSize: p.test_size, seed: p.seed });
  const trainRows = data.rows.filter((_, i) => !isTest[i]);
  const testRows = data.rows.filter((_, i) => isTest[i]);
  const positives = (rows: readonly DataRow[]) => rows.reduce((s, r) => s + r.y, 0);
  const rows = {
    train: trainRows.length,
    heldOut: testRows.length,
    trainPositives: positives(trainRows),
    heldOutPositives: positives(testRows),
  };
  const where = data.files.join(', ');
  if (rows.trainPositives === 0 || rows.trainPositives === rows.train) {
    throw new UserError(`the training rows hold only one class of '${TARGET}'`, {
      file: where,
      fix: 'Train on more rows (failures are about 3 % of them)',
    });
  }
  if (rows.heldOutPositives === 0 || rows.heldOutPositives === rows.heldOut) {
    throw new UserError(`the held-out rows hold only one class of '${TARGET}', so recall and ROC AUC are undefined`, {
      file: where,
      fix: 'Train on more rows or raise --test-size',
    });
  }
  log(
    `read ${data.rows.length} rows from ${data.files.length} file(s); training on ${rows.train} (${rows.trainPositives} failures), holding out ${rows.heldOut} (${rows.heldOutPositives} failures)`,
  );

  const forest = trainForest(
    trainRows.map((r) => r.x),
    trainRows.map((r) => r.y),
    forestOpts,
  );
  const tTrain = performance.now();

  const yTrue = testRows.map((r) => r.y);
  const scores = testRows.map((r) => predictProbability(forest, r.x));
  const preds = scores.map((s) => (s >= p.threshold ? 1 : 0));
  const metrics = binaryMetrics(yTrue, preds, scores);

  let baseline: { scores: number[]; preds: (0 | 1)[]; metrics: BinaryMetrics; curve: string } | undefined;
  if (o.baselineModel) {
    let model;
    try {
      model = await loadModel(o.baselineModel);
    } catch (e) {
      if (e instanceof ModelLoadError)
        throw new UserError(`cannot use the baseline model: ${e.message}`, {
          file: o.baselineModel,
          fix: 'Pass the folder of a working model (model.json and model-meta.json)',
        });
      throw e;
    }
    const t = model.meta.training;
    if (t && (t.seed !== p.seed || t.testSize !== p.test_size)) {
      log(
        `warning: the baseline was split with seed ${t.seed} and test size ${t.testSize}, this run with ${p.seed} and ${p.test_size}: ` +
          'it may have trained on some of these held-out rows, which flatters it',
      );
    }
    const scored = model.predict(testRows.map((r) => r.raw));
    baseline = {
      scores: scored.probabilities,
      preds: scored.predictions,
      metrics: binaryMetrics(yTrue, scored.predictions, scored.probabilities),
      curve: trainingCurve(
        model.forest,
        testRows.map((r) => encodeRow(r.raw, model.meta.features)),
        yTrue,
      ),
    };
  }

  const selfTest = selfTestRows(testRows);
  const meta: ModelMeta = {
    name: o.name,
    format: forest.format,
    formatVersion: forest.formatVersion,
    trainer: { ...TRAINER },
    features: [...FEATURES],
    target: TARGET,
    threshold: p.threshold,
    training: {
      rows: rows.train,
      positives: rows.trainPositives,
      heldOut: rows.heldOut,
      heldOutPositives: rows.heldOutPositives,
      files: data.files.map((f) => basename(f)),
      dataDigest: data.digest,
      seed: p.seed,
      testSize: p.test_size,
      splitMethod: SPLIT_METHOD,
    },
    featureImportance: Object.fromEntries(FEATURES.map((f, i) => [f, Math.round(forest.featureImportance[i]! * 1e6) / 1e6])),
    selfTest: { rows: selfTest.map((r) => asRequestRow(r.raw)), probabilities: selfTest.map((r) => predictProbability(forest, r.x)) },
  };
  if (o.break) log('--break: writing a deliberately broken model.json (it loads, but fails its self-test)');

  const header = ['UDI', 'y_true', 'candidate', 'candidate_score', ...(baseline ? ['baseline', 'baseline_score'] : []), 'Type'];
  const lines = [csvLine(header)];
  testRows.forEach((r, i) => {
    lines.push(
      csvLine([
        r.udi,
        r.y,
        preds[i]!,
        score(scores[i]!),
        ...(baseline ? [baseline.preds[i]!, score(baseline.scores[i]!)] : []),
        r.raw['Type']!.trim(),
      ]),
    );
  });

  const outputs: [string, string | object][] = [
    [MODEL_FILE, JSON.stringify(o.break ? brokenCopy(forest) : forest)],
    [META_FILE, meta],
    ['metrics.json', metrics],
    ['params.json', paramsDocument(p)],
    ['predictions.csv', `${lines.join('\n')}\n`],
    [
      'plots.csv',
      trainingCurve(
        forest,
        testRows.map((r) => r.x),
        yTrue,
      ),
    ],
  ];
  if (baseline) outputs.push(['baseline-metrics.json', baseline.metrics], ['baseline-plots.csv', baseline.curve]);

  const written: string[] = [];
  try {
    for (const [name, content] of outputs) {
      const path = join(o.out, name);
      if (typeof content === 'string') await writeFileAtomic(path, content);
      else await writeJsonAtomic(path, content);
      written.push(path);
    }
  } catch (e) {
    await Promise.all(written.map((f) => removeQuietly(f)));
    throw new UserError(`cannot write the outputs: ${(e as Error).message}`, { file: o.out, fix: 'Check that the folder is writable' });
  }
  const tEnd = performance.now();
  return {
    metrics,
    baselineMetrics: baseline?.metrics,
    rows,
    files: written,
    seconds: { read: (tRead - t0) / 1000, train: (tTrain - tRead) / 1000, total: (tEnd - t0) / 1000 },
  };
}
