import { parse as parseCsv } from 'csv-parse/sync';
import { UserError, messageOf } from '@mlops-actions/errors';
import type { Direction } from './direction.ts';
import { readText } from './parse.ts';
import { createRng, type Rng } from './random.ts';

/**
 * Is the candidate's change real or noise? From per-example predictions of both models on the same
 * examples (CSV columns y_true, baseline, candidate) this computes, for each metric that predictions
 * determine, the paired bootstrap confidence interval of the delta (candidate − baseline), and for
 * accuracy McNemar's exact test on the examples where the two models disagree.
 */
export type SignificanceMetric = 'accuracy' | 'precision' | 'recall' | 'f1' | 'mae' | 'rmse';
export type Task = 'binary' | 'multiclass' | 'regression';

export const SIGNIFICANCE_DIRECTION: Record<SignificanceMetric, Direction> = {
  accuracy: 'higher',
  precision: 'higher',
  recall: 'higher',
  f1: 'higher',
  mae: 'lower',
  rmse: 'lower',
};

export interface Predictions {
  source: string;
  file?: string | undefined;
  yTrue: string[];
  baseline: string[];
  candidate: string[];
  /** Line of each row, for messages. */
  lines: number[];
}

export interface SignificanceOptions {
  task?: 'auto' | 'classification' | 'regression';
  /** The positive class of a binary task (compared after number normalisation: "1.0" is "1"). */
  positiveLabel?: string;
  /** Bootstrap resamples (default 2000). */
  resamples?: number;
  seed?: number;
  /** Confidence level of the intervals, and 1 − α of the tests (default 0.95). */
  confidence?: number;
}

export interface MetricSignificance {
  metric: SignificanceMetric;
  direction: Direction;
  baseline: number;
  candidate: number;
  delta: number;
  /** Percentile bootstrap interval of the delta at `confidence`. */
  ci: [number, number];
  /** McNemar's exact test (accuracy only). */
  mcnemar?: { baselineOnlyCorrect: number; candidateOnlyCorrect: number; pValue: number };
  /** Judged by McNemar's test for accuracy, by whether the interval excludes 0 for the others. */
  verdict: 'improvement' | 'regression' | 'not-significant';
}

export interface SignificanceReport {
  source: string;
  task: Task;
  n: number;
  resamples: number;
  seed: number;
  confidence: number;
  /** binary: the positive label; multiclass: precision/recall/F1 are macro averages over these labels. */
  positiveLabel?: string | undefined;
  labels?: string[] | undefined;
  metrics: MetricSignificance[];
}

export const DEFAULT_RESAMPLES = 2000;
export const DEFAULT_SEED = 42;
export const DEFAULT_CONFIDENCE = 0.95;
/** Up to this many distinct integer values, integer predictions are class labels (under task: auto). */
const MAX_INTEGER_CLASSES = 20;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const COLUMNS = ['y_true', 'baseline', 'candidate'] as const;

export function parsePredictionsCsv(text: string, source: string, file?: string): Predictions {
  const place = (line?: number) => ({ ...(file ? { file } : {}), ...(file && line ? { line } : {}) });
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parseCsv(text, { info: true, skip_empty_lines: true, trim: true, bom: true, relax_column_count: true }) as unknown as typeof rows;
  } catch (e) {
    throw new UserError(`cannot parse ${source} as CSV: ${messageOf(e)}`, { ...place((e as { lines?: number }).lines), fix: 'Write a header y_true,baseline,candidate and one row per example' });
  }
  const header = rows[0]?.record.map((h) => h.toLowerCase());
  if (!header) throw new UserError(`${source} is empty`, { ...place(), fix: 'Write a header y_true,baseline,candidate and one row per example' });
  const at = COLUMNS.map((c) => header.indexOf(c));
  const missing = COLUMNS.filter((_, i) => at[i]! < 0);
  if (missing.length) {
    throw new UserError(`${source} has no column ${missing.map((m) => `'${m}'`).join(', ')} (its columns: ${rows[0]!.record.map((h) => `'${h}'`).join(', ')})`, {
      ...place(1),
      fix: 'Name the columns y_true (the truth), baseline (the champion\'s prediction) and candidate (the new model\'s prediction)',
    });
  }
  const out: Predictions = { source, file, yTrue: [], baseline: [], candidate: [], lines: [] };
  const cols = [out.yTrue, out.baseline, out.candidate];
  for (const { record, info } of rows.slice(1)) {
    at.forEach((j, c) => {
      const v = record[j];
      if (v === undefined || v === '') {
        throw new UserError(`row has no value in column '${COLUMNS[c]}'`, { ...place(info.lines), key: COLUMNS[c], fix: 'Every example needs the truth and both predictions; drop incomplete rows' });
      }
      cols[c]!.push(v);
    });
    out.lines.push(info.lines);
  }
  if (out.yTrue.length === 0) throw new UserError(`${source} has a header but no examples`, { ...place(), fix: 'Write one row per evaluation example' });
  return out;
}

export async function readPredictionsFile(path: string, displayPath = path): Promise<Predictions> {
  return parsePredictionsCsv(await readText(path, displayPath, 'Check the path; it is relative to the workspace'), displayPath, displayPath);
}

function normaliseLabel(s: string): string {
  return NUMBER.test(s) ? String(Number(s)) : s;
}

export function computeSignificance(p: Predictions, o: SignificanceOptions = {}): SignificanceReport {
  const resamples = o.resamples ?? DEFAULT_RESAMPLES;
  const seed = o.seed ?? DEFAULT_SEED;
  const confidence = o.confidence ?? DEFAULT_CONFIDENCE;
  if (!Number.isInteger(resamples) || resamples < 100) throw new RangeError(`resamples must be an integer ≥ 100, got ${resamples}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  const task = decideTask(p, o.task ?? 'auto');
  const rng = createRng(seed);
  const base = { source: p.source, n: p.yTrue.length, resamples, seed, confidence };
  if (task === 'regression') {
    return { ...base, task, metrics: regression(p, resamples, rng, confidence) };
  }
  const labels = [...new Set([...p.yTrue, ...p.baseline, ...p.candidate].map(normaliseLabel))].sort(compareLabels);
  const id = new Map(labels.map((l, i) => [l, i]));
  const encode = (xs: string[]) => Int32Array.from(xs, (x) => id.get(normaliseLabel(x))!);
  const y = encode(p.yTrue);
  const b = encode(p.baseline);
  const c = encode(p.candidate);
  if (labels.length <= 2) {
    let positive = normaliseLabel(o.positiveLabel ?? '1');
    if (!id.has(positive) && labels.length === 2 && labels.every((l) => /^(true|false)$/i.test(l))) positive = labels.find((l) => /^true$/i.test(l))!;
    if (!id.has(positive) && labels.length === 2) {
      throw new UserError(`the positive label '${positive}' is not among the labels in ${p.source} (${labels.map((l) => `'${l}'`).join(', ')})`, {
        input: 'positive-label',
        fix: `Set positive-label to the class that precision and recall are about, e.g. '${labels[1]}'`,
      });
    }
    const pos = id.get(positive) ?? -1;
    return { ...base, task: 'binary', positiveLabel: positive, metrics: classification(y, b, c, labels.length, pos, resamples, rng, confidence) };
  }
  return { ...base, task: 'multiclass', labels, metrics: classification(y, b, c, labels.length, -1, resamples, rng, confidence) };
}

function compareLabels(a: string, b: string): number {
  const na = NUMBER.test(a);
  const nb = NUMBER.test(b);
  if (na && nb) return Number(a) - Number(b);
  if (na !== nb) return na ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function decideTask(p: Predictions, wanted: 'auto' | 'classification' | 'regression'): 'classification' | 'regression' {
  if (wanted === 'classification') return wanted;
  const columns = [p.yTrue, p.baseline, p.candidate];
  let allNumbers = true;
  let allIntegers = true;
  const distinct = new Set<string>();
  columns.forEach((col, c) =>
    col.forEach((v, i) => {
      if (!NUMBER.test(v)) {
        if (wanted === 'regression') {
          throw new UserError(`'${v}' in column '${COLUMNS[c]}' is not a number, and regression needs numbers`, {
            ...(p.file ? { file: p.file, line: p.lines[i] } : {}),
            fix: 'Write numeric predictions, or set task: classification',
          });
        }
        allNumbers = false;
      } else {
        const x = Number(v);
        if (!Number.isFinite(x)) throw new UserError(`'${v}' in column '${COLUMNS[c]}' is not finite`, { ...(p.file ? { file: p.file, line: p.lines[i] } : {}), fix: 'Write finite numbers' });
        if (!Number.isInteger(x)) allIntegers = false;
        else if (distinct.size <= MAX_INTEGER_CLASSES) distinct.add(String(x));
      }
    }),
  );
  if (wanted === 'regression') return wanted;
  if (!allNumbers) return 'classification';
  return allIntegers && distinct.size <= MAX_INTEGER_CLASSES ? 'classification' : 'regression';
}

/** numpy's default (linear) quantile of sorted values. */
export function quantileSorted(sorted: Float64Array | readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

function interval(deltas: Float64Array, confidence: number): [number, number] {
  const sorted = Float64Array.from(deltas).sort();
  const a = (1 - confidence) / 2;
  return [quantileSorted(sorted, a), quantileSorted(sorted, 1 - a)];
}

function ciVerdict(direction: Direction, ci: [number, number]): MetricSignificance['verdict'] {
  if (ci[0] > 0) return direction === 'higher' ? 'improvement' : 'regression';
  if (ci[1] < 0) return direction === 'higher' ? 'regression' : 'improvement';
  return 'not-significant';
}

/** Precision, recall and F1 from per-class counts: one class (binary) or the macro average (pos = −1). */
function prf(tp: Int32Array, fp: Int32Array, fn: Int32Array, k: number, pos: number): [number, number, number] {
  const one = (j: number): [number, number, number] => {
    const t = tp[j]!;
    const p = t + fp[j]! === 0 ? 0 : t / (t + fp[j]!);
    const r = t + fn[j]! === 0 ? 0 : t / (t + fn[j]!);
    const d = 2 * t + fp[j]! + fn[j]!;
    return [p, r, d === 0 ? 0 : (2 * t) / d];
  };
  if (pos >= 0) return one(pos);
  let sp = 0;
  let sr = 0;
  let sf = 0;
  for (let j = 0; j < k; j++) {
    const [p, r, f] = one(j);
    sp += p;
    sr += r;
    sf += f;
  }
  return [sp / k, sr / k, sf / k];
}

interface ClassCounts {
  correct: number;
  tp: Int32Array;
  fp: Int32Array;
  fn: Int32Array;
}

function classCounts(k: number): ClassCounts {
  return { correct: 0, tp: new Int32Array(k), fp: new Int32Array(k), fn: new Int32Array(k) };
}

function resetCounts(cc: ClassCounts): void {
  cc.correct = 0;
  cc.tp.fill(0);
  cc.fp.fill(0);
  cc.fn.fill(0);
}

function addExample(cc: ClassCounts, truth: number, pred: number, weight = 1): void {
  if (truth === pred) {
    cc.correct += weight;
    cc.tp[truth]! += weight;
  } else {
    cc.fp[pred]! += weight;
    cc.fn[truth]! += weight;
  }
}

function classMetrics(cc: ClassCounts, n: number, k: number, pos: number): [number, number, number, number] {
  const [p, r, f] = prf(cc.tp, cc.fp, cc.fn, k, pos);
  return [cc.correct / n, p, r, f];
}

/**
 * The bootstrap over classification examples. An example matters only through its (truth, baseline,
 * candidate) triple, so each example is coded by the triple and a resample is a histogram of codes:
 * n increments, then the counts of each model from the few distinct triples.
 */
function classification(y: Int32Array, b: Int32Array, c: Int32Array, k: number, pos: number, resamples: number, rng: Rng, confidence: number): MetricSignificance[] {
  const n = y.length;
  const cb = classCounts(k);
  const cc = classCounts(k);
  let bOnly = 0;
  let cOnly = 0;
  const ids = new Map<number, number>();
  const triples: number[] = [];
  const code = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    addExample(cb, y[i]!, b[i]!);
    addExample(cc, y[i]!, c[i]!);
    const br = b[i] === y[i];
    const cr = c[i] === y[i];
    if (br && !cr) bOnly++;
    else if (cr && !br) cOnly++;
    const key = (y[i]! * k + b[i]!) * k + c[i]!;
    let id = ids.get(key);
    if (id === undefined) {
      id = triples.length / 3;
      ids.set(key, id);
      triples.push(y[i]!, b[i]!, c[i]!);
    }
    code[i] = id;
  }
  const pointB = classMetrics(cb, n, k, pos);
  const pointC = classMetrics(cc, n, k, pos);
  const deltas = [0, 1, 2, 3].map(() => new Float64Array(resamples));
  const hist = new Int32Array(triples.length / 3);
  const idx = new Uint32Array(n);
  for (let r = 0; r < resamples; r++) {
    rng.indices(idx, n);
    hist.fill(0);
    for (let i = 0; i < n; i++) hist[code[idx[i]!]!]!++;
    resetCounts(cb);
    resetCounts(cc);
    for (let j = 0; j < hist.length; j++) {
      const w = hist[j]!;
      if (w === 0) continue;
      const t = triples[3 * j]!;
      addExample(cb, t, triples[3 * j + 1]!, w);
      addExample(cc, t, triples[3 * j + 2]!, w);
    }
    const mb = classMetrics(cb, n, k, pos);
    const mc = classMetrics(cc, n, k, pos);
    for (let m = 0; m < 4; m++) deltas[m]![r] = mc[m]! - mb[m]!;
  }
  const alpha = 1 - confidence;
  return (['accuracy', 'precision', 'recall', 'f1'] as const).map((metric, m) => {
    const ci = interval(deltas[m]!, confidence);
    const delta = pointC[m]! - pointB[m]!;
    const out: MetricSignificance = { metric, direction: 'higher', baseline: pointB[m]!, candidate: pointC[m]!, delta, ci, verdict: ciVerdict('higher', ci) };
    if (metric === 'accuracy') {
      const pValue = mcnemarExact(bOnly, cOnly);
      out.mcnemar = { baselineOnlyCorrect: bOnly, candidateOnlyCorrect: cOnly, pValue };
      out.verdict = pValue < alpha ? (cOnly > bOnly ? 'improvement' : 'regression') : 'not-significant';
    }
    return out;
  });
}

function regression(p: Predictions, resamples: number, rng: Rng, confidence: number): MetricSignificance[] {
  const n = p.yTrue.length;
  // Per example, side by side so a resample reads one cache line: |e_b|, |e_c|, e_b², e_c².
  const v = new Float64Array(4 * n);
  for (let i = 0; i < n; i++) {
    const t = Number(p.yTrue[i]);
    const eb = Number(p.baseline[i]) - t;
    const ec = Number(p.candidate[i]) - t;
    v[4 * i] = Math.abs(eb);
    v[4 * i + 1] = Math.abs(ec);
    v[4 * i + 2] = eb * eb;
    v[4 * i + 3] = ec * ec;
  }
  const sums = (at: (i: number) => number): [number, number, number, number] => {
    let ab = 0;
    let ac = 0;
    let sb = 0;
    let sc = 0;
    for (let i = 0; i < n; i++) {
      const j = 4 * at(i);
      ab += v[j]!;
      ac += v[j + 1]!;
      sb += v[j + 2]!;
      sc += v[j + 3]!;
    }
    return [ab / n, ac / n, Math.sqrt(sb / n), Math.sqrt(sc / n)];
  };
  const point = sums((i) => i);
  const dMae = new Float64Array(resamples);
  const dRmse = new Float64Array(resamples);
  const idx = new Uint32Array(n);
  for (let r = 0; r < resamples; r++) {
    rng.indices(idx, n);
    let ab = 0;
    let ac = 0;
    let sb = 0;
    let sc = 0;
    for (let i = 0; i < n; i++) {
      const j = 4 * idx[i]!;
      ab += v[j]!;
      ac += v[j + 1]!;
      sb += v[j + 2]!;
      sc += v[j + 3]!;
    }
    dMae[r] = ac / n - ab / n;
    dRmse[r] = Math.sqrt(sc / n) - Math.sqrt(sb / n);
  }
  return (['mae', 'rmse'] as const).map((metric) => {
    const [vb, vc] = metric === 'mae' ? [point[0], point[1]] : [point[2], point[3]];
    const ci = interval(metric === 'mae' ? dMae : dRmse, confidence);
    return { metric, direction: 'lower' as const, baseline: vb, candidate: vc, delta: vc - vb, ci, verdict: ciVerdict('lower', ci) };
  });
}

/**
 * McNemar's exact test: b examples only the baseline gets right, c only the candidate. Under the null
 * the discordant pairs split as Binomial(b + c, 1/2); the two-sided p-value is min(1, 2·P(X ≤ min(b, c)))
 * (statsmodels' mcnemar(exact=True), scipy's binomtest for p = 1/2). Summed in log space, so it holds
 * for any number of examples.
 */
export function mcnemarExact(b: number, c: number): number {
  const n = b + c;
  if (n === 0) return 1;
  const k = Math.min(b, c);
  // log P(X = j) for j = 0..k by the ratio P(j+1)/P(j) = (n − j)/(j + 1), summed relative to the largest term.
  const logs = new Float64Array(k + 1);
  logs[0] = -n * Math.LN2;
  for (let j = 0; j < k; j++) logs[j + 1] = logs[j]! + Math.log((n - j) / (j + 1));
  const top = logs[k]!; // terms increase up to the mode n/2 ≥ k
  let sum = 0;
  for (let j = 0; j <= k; j++) sum += Math.exp(logs[j]! - top);
  return Math.min(1, 2 * Math.exp(top + Math.log(sum)));
}

/** The predictions metric a gated metric's name refers to: `test.accuracy` → accuracy, `val_f1_score` → f1. */
export function significanceMetricFor(name: string): SignificanceMetric | undefined {
  const leaf = (name.split('.').pop() ?? name).toLowerCase().replace(/[^a-z0-9]+/g, '_');
  const trimmed = leaf.replace(/^(test|val|valid|validation|eval|holdout)_/, '').replace(/_score$/, '');
  const aliases: Record<string, SignificanceMetric> = {
    accuracy: 'accuracy',
    acc: 'accuracy',
    precision: 'precision',
    recall: 'recall',
    f1: 'f1',
    f1_macro: 'f1',
    precision_macro: 'precision',
    recall_macro: 'recall',
    mae: 'mae',
    mean_absolute_error: 'mae',
    rmse: 'rmse',
    root_mean_squared_error: 'rmse',
  };
  return aliases[trimmed];
}
