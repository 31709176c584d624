/**
 * The model's files and how they are loaded. A model folder holds:
 *   model.json       the forest (format mlops-use-case/random-forest, see forest.ts)
 *   model-meta.json  name, versions, the feature list, the decision threshold, training lineage, and a
 *                    self-test: a few held-out rows with the probabilities the trainer computed for them
 *
 * Loading checks everything a server must trust before it answers: the files parse, the forest is well
 * formed, every feature is one the serving code can build, and the self-test rows give the recorded
 * probabilities. A model that fails any check is refused with the reason, so a broken release shows as
 * an unhealthy server instead of wrong answers.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { checkForest, predictProbability, type ForestJson } from './forest.ts';
import { encodeRow, FeatureError } from './features.ts';

export const MODEL_FILE = 'model.json';
export const META_FILE = 'model-meta.json';
/** The trainer's version, written into model-meta.json. */
export const TRAINER = { name: 'mlops-actions use-case trainer (Node)', version: '1.0.0' };

export interface ModelMeta {
  name: string;
  format: ForestJson['format'];
  formatVersion: 1;
  /** Who made the model: this trainer, or python/train.py with its scikit-learn version. */
  trainer: { name: string; version: string; library?: string };
  features: string[];
  target: string;
  /** Rows whose probability is at least this are predicted as failures. */
  threshold: number;
  training: {
    rows: number;
    positives: number;
    heldOut: number;
    heldOutPositives: number;
    files: string[];
    dataDigest: string;
    seed: number;
    testSize: number;
    splitMethod: string;
  };
  featureImportance: Record<string, number>;
  selfTest: { rows: Record<string, string | number>[]; probabilities: number[] };
}

/** A model that cannot be served, and why. */
export class ModelLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelLoadError';
  }
}

export interface LoadedModel {
  /** The folder the files were read from. */
  dir: string;
  meta: ModelMeta;
  forest: ForestJson;
  /** sha256 of model.json as stored. */
  digest: string;
  /** Probabilities and 0/1 predictions for rows keyed by column name; a bad row is a FeatureError. */
  predict(rows: readonly Readonly<Record<string, unknown>>[]): { probabilities: number[]; predictions: (0 | 1)[] };
}

/** Tolerance of the self-test: same code, same numbers, so only rounding in JSON could differ. */
const SELF_TEST_TOLERANCE = 1e-9;

/**
 * The folder that holds model-meta.json: `dir` itself, or its only subfolder that does (a deploy may
 * keep the registered folder's name inside the release).
 */
async function findModelDir(dir: string): Promise<string> {
  try {
    await stat(join(dir, META_FILE));
    return dir;
  } catch {
    // Look one level down.
  }
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw new ModelLoadError(`cannot read the model folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const candidates: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!e.isDirectory()) continue;
    try {
      await stat(join(dir, e.name, META_FILE));
      candidates.push(join(dir, e.name));
    } catch {
      // Not a model folder.
    }
  }
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length > 1)
    throw new ModelLoadError(`${dir} holds several model folders (${candidates.join(', ')}); deploy one model per release`);
  throw new ModelLoadError(`${dir} has no ${META_FILE}`);
}

async function readJson(path: string): Promise<{ value: unknown; bytes: Buffer }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new ModelLoadError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  try {
    return { value: JSON.parse(bytes.toString('utf8')), bytes };
  } catch (e) {
    throw new ModelLoadError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
}

function checkMeta(v: unknown, path: string): ModelMeta {
  const m = v as Partial<ModelMeta> | null;
  const fail = (what: string) => {
    throw new ModelLoadError(`${path}: ${what}`);
  };
  if (!m || typeof m !== 'object') fail('not a JSON object');
  if (typeof m!.name !== 'string' || m!.name === '') fail('name must be a non-empty string');
  if (!Array.isArray(m!.features) || m!.features.length === 0 || !m!.features.every((f) => typeof f === 'string'))
    fail('features must be a list of column names');
  if (typeof m!.threshold !== 'number' || !(m!.threshold >= 0 && m!.threshold <= 1)) fail('threshold must be a number from 0 to 1');
  const st = m!.selfTest;
  if (
    !st ||
    !Array.isArray(st.rows) ||
    !Array.isArray(st.probabilities) ||
    st.rows.length === 0 ||
    st.rows.length !== st.probabilities.length
  ) {
    fail('selfTest must hold rows and as many probabilities');
  }
  return m as ModelMeta;
}

function predictor(forest: ForestJson, meta: ModelMeta): LoadedModel['predict'] {
  return (rows) => {
    const probabilities = rows.map((r) => predictProbability(forest, encodeRow(r, meta.features)));
    return { probabilities, predictions: probabilities.map((p) => (p >= meta.threshold ? 1 : 0)) };
  };
}

/** Loads and checks a model folder; any problem is a ModelLoadError that says what is wrong. */
export async function loadModel(dir: string): Promise<LoadedModel> {
  const modelDir = await findModelDir(dir);
  const metaPath = join(modelDir, META_FILE);
  const modelPath = join(modelDir, MODEL_FILE);
  const meta = checkMeta((await readJson(metaPath)).value, metaPath);
  const { value, bytes } = await readJson(modelPath);
  const problems = checkForest(value);
  if (problems.length) throw new ModelLoadError(`${modelPath} is not a usable model: ${problems.slice(0, 3).join('; ')}`);
  const forest = value as ForestJson;
  if (forest.nFeatures !== meta.features.length) {
    throw new ModelLoadError(`${modelPath} expects ${forest.nFeatures} features but ${META_FILE} lists ${meta.features.length}`);
  }
  const predict = predictor(forest, meta);
  let got: number[];
  try {
    got = predict(meta.selfTest.rows).probabilities;
  } catch (e) {
    if (e instanceof FeatureError) throw new ModelLoadError(`self-test: cannot build the model's inputs: ${e.message}`);
    throw e;
  }
  const wrong = got
    .map((p, i) => ({ i, p, want: meta.selfTest.probabilities[i]! }))
    .filter((r) => !(Math.abs(r.p - r.want) <= SELF_TEST_TOLERANCE));
  if (wrong.length) {
    const first = wrong[0]!;
    throw new ModelLoadError(
      `self-test failed: ${wrong.length} of ${got.length} recorded rows get a different probability than at training ` +
        `(row ${first.i}: trained ${first.want}, now ${first.p}); the model file does not match its training`,
    );
  }
  return { dir: modelDir, meta, forest, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`, predict };
}
