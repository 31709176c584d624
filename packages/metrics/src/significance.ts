import { parse as parseCsv } from 'csv-parse/sync';
import { UserError, messageOf } from '@mlops-actions/errors';
import { quantileSorted } from '@mlops-actions/statistics';
import { leafName, type Direction } from './direction.ts';
import { MAX_PREDICTIONS_BYTES } from './document.ts';
import { bootstrapAveragePrecisionDelta, averagePrecision } from './curves.ts';
import { delongPaired, MIN_DELONG_CLASS } from './delong.ts';
import { readText } from './parse.ts';
import { createRng, type Rng } from './random.ts';

/**
 * Is the candidate's change real or noise? From per-example predictions of both models on the same
 * examples (CSV columns y_true, baseline, candidate) this computes, for each metric that predictions
 * determine, the paired bootstrap confidence interval of the delta (candidate − baseline), and for
 * accuracy McNemar's exact test on the examples where the two models disagree.
 */
export type SignificanceMetric = 'accuracy' | 'precision' | 'recall' | 'f1' | 'mae' | 'rmse' | 'roc_auc' | 'average_precision';
export type Task = 'binary' | 'multiclass' | 'regression';

export const SIGNIFICANCE_DIRECTION: Record<SignificanceMetric, Direction> = {
  accuracy: 'higher',
  precision: 'higher',
  recall: 'higher',
  f1: 'higher',
  mae: 'lower',
  rmse: 'lower',
  roc_auc: 'higher',
  average_precision: 'higher',
};

export interface Predictions {
  source: string;
  file?: string | undefined;
  yTrue: string[];
  baseline: string[];
  candidate: string[];
  /** Line of each row, for messages. */
  lines: number[];
  /** Scores of the positive class (columns baseline_score, candidate_score), when the file has them. */
  baselineScore?: Float64Array | undefined;
  candidateScore?: Float64Array | undefined;
  /** The values of each slice column the caller asked for, per row (trimmed; '' when empty). */
  slices?: Map<string, string[]> | undefined;
}

/** Options of the predictions reader. */
export interface PredictionsCsvOptions {
  /** Columns to slice the metrics by (the `slices` input); each must be in the header. */
  slices?: readonly string[] | undefined;
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
  /** Fewest examples for a bootstrap verdict (default MIN_BOOTSTRAP_N); lower only to measure calibration. */
  minBootstrapN?: number;
}

/**
 * How a row was judged:
 * - `mcnemar`: accuracy, by McNemar's exact test, with the exact interval of Δ that inverts the same
 *   binomial test (so the interval excludes 0 exactly when p < α);
 * - `bootstrap`: from MIN_BOOTSTRAP_N examples on which the two models differ, by whether the percentile
 *   bootstrap interval excludes 0;
 * - `delong`: ROC AUC, by DeLong's test for two correlated ROC curves (delong.ts), whose interval of Δ
 *   is Δ ± z·SE with the same standard error, so it excludes 0 exactly when p < α;
 * - `permutation`: below that (where the percentile bootstrap calls noise significant far more often than
 *   1 − confidence: at n = 5–10, or at any n when 4 differing examples all go one way), by a paired
 *   permutation test: every example's two predictions
 *   swapped or not, all 2^d arrangements of the d examples where they differ when d ≤ 16, else
 *   `resamples` seeded random arrangements. It gives a p-value and no interval.
 */
export type SignificanceMethod = 'mcnemar' | 'bootstrap' | 'permutation' | 'delong';

export interface MetricSignificance {
  metric: SignificanceMetric;
  direction: Direction;
  baseline: number;
  candidate: number;
  delta: number;
  /** The interval of Δ at `confidence` (see `method`); null under a permutation test. */
  ci: [number, number] | null;
  method: SignificanceMethod;
  /**
   * What the interval is: `exact` (accuracy), `percentile bootstrap`, `stratified percentile bootstrap`
   * (average precision: positives and negatives resampled separately), `delong` (ROC AUC), or none.
   */
  interval: 'exact' | 'percentile bootstrap' | 'stratified percentile bootstrap' | 'delong' | 'none';
  /** McNemar's exact test (accuracy only). */
  mcnemar?: { baselineOnlyCorrect: number; candidateOnlyCorrect: number; pValue: number };
  /** DeLong's paired test (ROC AUC): its Z statistic and two-sided p-value. */
  delong?: { pValue: number; z: number } | undefined;
  /** The paired permutation test (fewer than MIN_BOOTSTRAP_N examples, or examples the models differ on). */
  permutation?: { pValue: number; exact: boolean; arrangements: number };
  /** Whether Δ differs from 0 at 1 − confidence, by `method`. */
  verdict: 'improvement' | 'regression' | 'not-significant';
}

export interface SignificanceReport {
  source: string;
  task: Task;
  n: number;
  resamples: number;
  seed: number;
  confidence: number;
  /** Below this many examples, or examples on which the two models differ, a permutation test replaces the bootstrap. */
  minBootstrapN: number;
  /** Examples on which the two models' predictions (classification) or errors (regression) differ. */
  differing?: number | undefined;
  /** binary: the positive label; multiclass: precision/recall/F1 are macro averages over these labels (those of y_true). */
  positiveLabel?: string | undefined;
  labels?: string[] | undefined;
  /** Labels only the predictions use (multiclass): they count as errors, not as classes of the average. */
  predictedOnlyLabels?: string[] | undefined;
  metrics: MetricSignificance[];
}

/**
 * The fewest examples for a percentile bootstrap verdict. Measured (test/bench/metrics.bench.ts,
 * calibration): on regression predictions of two models with the same error distribution, the 95%
 * bootstrap interval excluded 0 in about 15% of runs at n = 5, 10–13% at n = 10, 9% at n = 20 and
 * 5–6% from n = 30, against a nominal 5%.
 */
export const MIN_BOOTSTRAP_N = 30;
/** A permutation test enumerates every arrangement up to 2^16 of them. */
const MAX_EXACT_SWAPS = 16;

export const DEFAULT_RESAMPLES = 2000;
export const DEFAULT_SEED = 42;
export const DEFAULT_CONFIDENCE = 0.95;
/** Up to this many distinct integer values, integer predictions are class labels (under task: auto). */
const MAX_INTEGER_CLASSES = 20;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const COLUMNS = ['y_true', 'baseline', 'candidate'] as const;
const SCORE_COLUMNS = ['baseline_score', 'candidate_score'] as const;

export function parsePredictionsCsv(text: string, source: string, file?: string, options: PredictionsCsvOptions = {}): Predictions {
  const place = (line?: number) => ({ ...(file ? { file } : {}), ...(file && line ? { line } : {}) });
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parseCsv(text, {
      info: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: true,
    }) as unknown as typeof rows;
  } catch (e) {
    throw new UserError(`cannot parse ${source} as CSV: ${messageOf(e)}`, {
      ...place((e as { lines?: number }).lines),
      fix: 'Write a header y_true,baseline,candidate and one row per example',
    });
  }
  const header = rows[0]?.record.map((h) => h.toLowerCase());
  if (!header)
    throw new UserError(`${source} is empty`, { ...place(), fix: 'Write a header y_true,baseline,candidate and one row per example' });
  const at = COLUMNS.map((c) => header.indexOf(c));
  const missing = COLUMNS.filter((_, i) => at[i]! < 0);
  if (missing.length) {
    throw new UserError(
      `${source} has no column ${missing.map((m) => `'${m}'`).join(', ')} (its columns: ${rows[0]!.record.map((h) => `'${h}'`).join(', ')})`,
      {
        ...place(1),
        fix: "Name the columns y_true (the truth), baseline (the champion's prediction) and candidate (the new model's prediction)",
      },
    );
  }
  const out: Predictions = { source, file, yTrue: [], baseline: [], candidate: [], lines: [] };
  const cols = [out.yTrue, out.baseline, out.candidate];
  // Scores: both columns or neither (a ROC comparison needs both models' scores).
  const scoreAt = SCORE_COLUMNS.map((c) => header.indexOf(c));
  if (scoreAt.some((j) => j >= 0) && scoreAt.some((j) => j < 0)) {
    const [has, lacks] = scoreAt[0]! >= 0 ? SCORE_COLUMNS : ([SCORE_COLUMNS[1], SCORE_COLUMNS[0]] as const);
    throw new UserError(`${source} has a column '${has}' but no '${lacks}'`, {
      ...place(1),
      fix: `Write both models' scores of the positive class (columns baseline_score and candidate_score), or neither`,
    });
  }
  const scores: number[][] | undefined = scoreAt[0]! >= 0 ? [[], []] : undefined;
  const sliceNames = [...new Set(options.slices ?? [])];
  const sliceAt = sliceNames.map((name) => rows[0]!.record.indexOf(name));
  const absent = sliceNames.filter((_, i) => sliceAt[i]! < 0);
  if (absent.length) {
    throw new UserError(
      `${source} has no column ${absent.map((m) => `'${m}'`).join(', ')} to slice by (its columns: ${rows[0]!.record.map((h) => `'${h}'`).join(', ')})`,
      {
        input: 'slices',
        ...place(1),
        fix: 'Name columns of the predictions file in slices (the names are case-sensitive), or add the column to the file',
      },
    );
  }
  const sliceCols = sliceNames.map(() => [] as string[]);
  for (const { record, info } of rows.slice(1)) {
    at.forEach((j, c) => {
      const v = record[j];
      if (v === undefined || v === '') {
        throw new UserError(`row has no value in column '${COLUMNS[c]}'`, {
          ...place(info.lines),
          key: COLUMNS[c],
          fix: 'Every example needs the truth and both predictions; drop incomplete rows',
        });
      }
      cols[c]!.push(v);
    });
    if (scores) {
      scoreAt.forEach((j, c) => {
        const v = record[j] ?? '';
        const x = NUMBER.test(v) ? Number(v) : NaN;
        if (!Number.isFinite(x)) {
          throw new UserError(`${v === '' ? 'row has no value' : `'${v}' is not a finite number`} in column '${SCORE_COLUMNS[c]}'`, {
            ...place(info.lines),
            key: SCORE_COLUMNS[c],
            fix: "Write each model's score (or probability) of the positive class as a plain number, e.g. 0.731, for every example",
          });
        }
        scores[c]!.push(x);
      });
    }
    sliceAt.forEach((j, c) => sliceCols[c]!.push(record[j] ?? ''));
    out.lines.push(info.lines);
  }
  if (scores) {
    out.baselineScore = Float64Array.from(scores[0]!);
    out.candidateScore = Float64Array.from(scores[1]!);
  }
  if (sliceNames.length) out.slices = new Map(sliceNames.map((name, c) => [name, sliceCols[c]!]));
  if (out.yTrue.length === 0)
    throw new UserError(`${source} has a header but no examples`, { ...place(), fix: 'Write one row per evaluation example' });
  return out;
}

export async function readPredictionsFile(
  path: string,
  displayPath = path,
  input?: string,
  options: PredictionsCsvOptions = {},
): Promise<Predictions> {
  const text = await readText(path, displayPath, 'Check the path (it is relative to the workspace), or leave predictions empty', {
    input,
    what: 'predictions file',
    limit: MAX_PREDICTIONS_BYTES,
    sizeFix: 'Evaluate on a sample of the examples (a few hundred thousand are plenty for the intervals)',
  });
  return parsePredictionsCsv(text, displayPath, displayPath, options);
}

/** A label as compared: a number in canonical form ("1.0" is "1"), anything else as written. */
export function normaliseLabel(s: string): string {
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
  const scoresFor = (t: Task) => {
    if (!p.baselineScore) return;
    throw new UserError(`${p.source} has baseline_score and candidate_score, scores of the positive class, but this is a ${t} task`, {
      ...(p.file ? { file: p.file } : {}),
      fix:
        t === 'regression'
          ? 'Drop the score columns (a regression has no positive class), or set task: classification'
          : 'Scores of the positive class need a binary task (two labels in y_true and the predictions); drop the score columns',
    });
  };
  const n = p.yTrue.length;
  const minN = o.minBootstrapN ?? MIN_BOOTSTRAP_N;
  const base = { source: p.source, n, resamples, seed, confidence, minBootstrapN: minN };
  if (task === 'regression') {
    let differing = 0;
    for (let i = 0; i < n; i++) {
      const t = Number(p.yTrue[i]);
      if (Math.abs(Number(p.baseline[i]) - t) !== Math.abs(Number(p.candidate[i]) - t)) differing++;
    }
    scoresFor('regression');
    return { ...base, task, differing, metrics: regression(p, resamples, rng, confidence, minN, seed) };
  }
  let labels = [...new Set([...p.yTrue, ...p.baseline, ...p.candidate].map(normaliseLabel))].sort(compareLabels);
  let positive: string | undefined;
  if (labels.length <= 2) {
    positive = normaliseLabel(o.positiveLabel ?? '1');
    const has = (l: string) => labels.includes(l);
    if (!has(positive) && labels.every((l) => /^(true|false)$/i.test(l)))
      positive = labels.find((l) => /^true$/i.test(l)) ?? (labels[0] === 'false' ? 'true' : 'True');
    if (!has(positive) && labels.length === 2) {
      throw new UserError(
        `the positive label '${positive}' is not among the labels in ${p.source} (${labels.map((l) => `'${l}'`).join(', ')})`,
        {
          input: 'positive-label',
          fix: `Set positive-label to the class that precision and recall are about, e.g. '${labels[1]}'`,
        },
      );
    }
    // One label only (every example negative, say): the positive class is still the one precision and
    // recall are about; with no positive example or prediction they are 0, scikit-learn's zero_division.
    if (!has(positive)) labels = [...labels, positive].sort(compareLabels);
  }
  const id = new Map(labels.map((l, i) => [l, i]));
  const encode = (xs: string[]) => Int32Array.from(xs, (x) => id.get(normaliseLabel(x))!);
  const y = encode(p.yTrue);
  const b = encode(p.baseline);
  const c = encode(p.candidate);
  let differing = 0;
  for (let i = 0; i < n; i++) if (b[i] !== c[i]) differing++;
  if (positive !== undefined) {
    const pos = Int32Array.of(id.get(positive)!);
    const metrics = classification(y, b, c, labels.length, pos, resamples, rng, confidence, minN);
    if (p.baselineScore && p.candidateScore) {
      const isPositive = Uint8Array.from(y, (v) => (v === pos[0] ? 1 : 0));
      metrics.push(...scoreRows(isPositive, p.baselineScore, p.candidateScore, resamples, rng, confidence, minN));
    }
    return { ...base, task: 'binary', positiveLabel: positive, differing, metrics };
  }
  // Macro averages over the classes of y_true (scikit-learn with labels = the true labels): a label only a
  // prediction uses is an error of that prediction, not a class with a 0 score that drags the average down.
  const inTruth = new Set(y);
  const macro = Int32Array.from([...inTruth].sort((a, z) => a - z));
  const trueLabels = [...macro].map((j) => labels[j]!);
  const predictedOnly = labels.filter((_, j) => !inTruth.has(j));
  scoresFor('multiclass');
  return {
    ...base,
    task: 'multiclass',
    labels: trueLabels,
    ...(predictedOnly.length ? { predictedOnlyLabels: predictedOnly } : {}),
    differing,
    metrics: classification(y, b, c, labels.length, macro, resamples, rng, confidence, minN),
  };
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
        if (!Number.isFinite(x))
          throw new UserError(`'${v}' in column '${COLUMNS[c]}' is not finite`, {
            ...(p.file ? { file: p.file, line: p.lines[i] } : {}),
            fix: 'Write finite numbers',
          });
        if (!Number.isInteger(x)) allIntegers = false;
        else if (distinct.size <= MAX_INTEGER_CLASSES) distinct.add(String(x));
      }
    }),
  );
  if (wanted === 'regression') return wanted;
  if (!allNumbers) return 'classification';
  return allIntegers && distinct.size <= MAX_INTEGER_CLASSES ? 'classification' : 'regression';
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

/**
 * Precision, recall and F1 from per-class counts, averaged (macro) over the classes in `over`: the positive
 * class alone for a binary task. A 0/0 is 0, as scikit-learn's zero_division default ("warn") gives.
 */
function prf(tp: Int32Array, fp: Int32Array, fn: Int32Array, over: Int32Array): [number, number, number] {
  let sp = 0;
  let sr = 0;
  let sf = 0;
  for (const j of over) {
    const t = tp[j]!;
    sp += t + fp[j]! === 0 ? 0 : t / (t + fp[j]!);
    sr += t + fn[j]! === 0 ? 0 : t / (t + fn[j]!);
    const d = 2 * t + fp[j]! + fn[j]!;
    sf += d === 0 ? 0 : (2 * t) / d;
  }
  const k = over.length;
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

function classMetrics(cc: ClassCounts, n: number, over: Int32Array): [number, number, number, number] {
  const [p, r, f] = prf(cc.tp, cc.fp, cc.fn, over);
  return [cc.correct / n, p, r, f];
}

/**
 * The bootstrap over classification examples. An example matters only through its (truth, baseline,
 * candidate) triple, so each example is coded by the triple and a resample is a histogram of codes:
 * n increments, then the counts of each model from the few distinct triples.
 */
function classification(
  y: Int32Array,
  b: Int32Array,
  c: Int32Array,
  k: number,
  over: Int32Array,
  resamples: number,
  rng: Rng,
  confidence: number,
  minN: number,
): MetricSignificance[] {
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
  const pointB = classMetrics(cb, n, over);
  const pointC = classMetrics(cc, n, over);
  const alpha = 1 - confidence;
  const accuracy = (): MetricSignificance => {
    const pValue = mcnemarExact(bOnly, cOnly);
    const ci = exactAccuracyInterval(bOnly, cOnly, n, confidence);
    return {
      metric: 'accuracy',
      direction: 'higher',
      baseline: pointB[0],
      candidate: pointC[0],
      delta: pointC[0] - pointB[0],
      ci,
      method: 'mcnemar',
      interval: 'exact',
      mcnemar: { baselineOnlyCorrect: bOnly, candidateOnlyCorrect: cOnly, pValue },
      verdict: pValue < alpha ? (cOnly > bOnly ? 'improvement' : 'regression') : 'not-significant',
    };
  };
  const differ: number[] = [];
  for (let i = 0; i < n; i++) if (b[i] !== c[i]) differ.push(i);
  if (n < minN || differ.length < minN) {
    // The examples where both models predict the same are the same in every arrangement: counted once.
    const same = classCounts(k);
    for (let i = 0; i < n; i++) if (b[i] === c[i]) addExample(same, y[i]!, b[i]!);
    const copy = (to: ClassCounts) => {
      to.correct = same.correct;
      to.tp.set(same.tp);
      to.fp.set(same.fp);
      to.fn.set(same.fn);
    };
    const stat = (swapped: Uint8Array): number[] => {
      copy(cb);
      copy(cc);
      for (let k2 = 0; k2 < differ.length; k2++) {
        const i = differ[k2]!;
        const s = swapped[k2] === 1;
        addExample(cb, y[i]!, s ? c[i]! : b[i]!);
        addExample(cc, y[i]!, s ? b[i]! : c[i]!);
      }
      const mb = classMetrics(cb, n, over);
      const mc = classMetrics(cc, n, over);
      return [mc[1] - mb[1], mc[2] - mb[2], mc[3] - mb[3]];
    };
    const tests = permutationTest(differ.length, stat, resamples, rng);
    return [
      accuracy(),
      ...(['precision', 'recall', 'f1'] as const).map((metric, m) =>
        permutationRow(metric, 'higher', pointB[m + 1]!, pointC[m + 1]!, tests[m]!, alpha),
      ),
    ];
  }
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
    const mb = classMetrics(cb, n, over);
    const mc = classMetrics(cc, n, over);
    for (let m = 1; m < 4; m++) deltas[m]![r] = mc[m]! - mb[m]!;
  }
  return [
    accuracy(),
    ...(['precision', 'recall', 'f1'] as const).map((metric, j): MetricSignificance => {
      const m = j + 1;
      const ci = interval(deltas[m]!, confidence);
      return {
        metric,
        direction: 'higher',
        baseline: pointB[m]!,
        candidate: pointC[m]!,
        delta: pointC[m]! - pointB[m]!,
        ci,
        method: 'bootstrap',
        interval: 'percentile bootstrap',
        verdict: ciVerdict('higher', ci),
      };
    }),
  ];
}

/**
 * The rows that scores give: ROC AUC by DeLong's paired test (from MIN_DELONG_CLASS positives and
 * negatives), and average precision by the paired stratified bootstrap (from `minN` examples and the
 * same class minimum). Fewer examples: no row (the curves section says why).
 */
function scoreRows(
  positive: Uint8Array,
  baseline: Float64Array,
  candidate: Float64Array,
  resamples: number,
  rng: Rng,
  confidence: number,
  minN: number,
): MetricSignificance[] {
  let m = 0;
  for (const v of positive) m += v;
  const n = positive.length;
  if (m < MIN_DELONG_CLASS || n - m < MIN_DELONG_CLASS) return [];
  const d = delongPaired(positive, baseline, candidate, confidence);
  const alpha = 1 - confidence;
  const rows: MetricSignificance[] = [
    {
      metric: 'roc_auc',
      direction: 'higher',
      baseline: d.baseline,
      candidate: d.candidate,
      delta: d.delta,
      ci: d.ci,
      method: 'delong',
      interval: 'delong',
      // Z is infinite only when the two models' components differ by a constant (SE 0): kept finite for JSON.
      delong: { pValue: d.pValue, z: Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, d.z)) },
      verdict: d.pValue < alpha && d.delta !== 0 ? (d.delta > 0 ? 'improvement' : 'regression') : 'not-significant',
    },
  ];
  if (n >= minN) {
    const apB = averagePrecision(positive, baseline);
    const apC = averagePrecision(positive, candidate);
    const ci = interval(bootstrapAveragePrecisionDelta(positive, baseline, candidate, resamples, rng), confidence);
    rows.push({
      metric: 'average_precision',
      direction: 'higher',
      baseline: apB,
      candidate: apC,
      delta: apC - apB,
      ci,
      method: 'bootstrap',
      interval: 'stratified percentile bootstrap',
      verdict: ciVerdict('higher', ci),
    });
  }
  return rows;
}

/**
 * The paired permutation test of several statistics at once: under the null hypothesis the two models
 * are exchangeable, so each example's pair of predictions may be swapped. `stat(swap)` gives the
 * statistics (candidate − baseline) with example i swapped when swap(i). Only the examples in `differ`
 * (where the two predictions differ) change anything. Two-sided p-values as scipy.stats.permutation_test
 * computes them (twice the smaller tail, with its relative tolerance of 100 ulp for ties).
 */
function permutationTest(
  d: number,
  stat: (swapped: Uint8Array) => number[],
  resamples: number,
  rng: Rng,
): { pValue: number; exact: boolean; arrangements: number }[] {
  const swapped = new Uint8Array(d);
  const observed = stat(swapped);
  const m = observed.length;
  const ge = new Float64Array(m);
  const le = new Float64Array(m);
  const exact = d <= MAX_EXACT_SWAPS;
  const count = (values: number[]) => {
    for (let j = 0; j < m; j++) {
      const t = observed[j]!;
      const gamma = Math.abs(t) * 100 * Number.EPSILON;
      if (values[j]! >= t - gamma) ge[j]!++;
      if (values[j]! <= t + gamma) le[j]!++;
    }
  };
  let arrangements: number;
  if (exact) {
    arrangements = 2 ** d;
    for (let mask = 0; mask < arrangements; mask++) {
      for (let k = 0; k < d; k++) swapped[k] = (mask >>> k) & 1;
      count(stat(swapped));
    }
  } else {
    arrangements = resamples;
    for (let r = 0; r < resamples; r++) {
      let bits = 0;
      for (let k = 0; k < d; k++) {
        if (k % 32 === 0) bits = rng.next();
        swapped[k] = (bits >>> (k % 32)) & 1;
      }
      count(stat(swapped));
    }
  }
  return observed.map((_, j) => {
    const tail = exact ? Math.min(ge[j]!, le[j]!) / arrangements : (Math.min(ge[j]!, le[j]!) + 1) / (arrangements + 1);
    return { pValue: Math.min(1, 2 * tail), exact, arrangements };
  });
}

/** The result of a permutation test of the mean gain against a bound. */
export interface BoundTest {
  /** Two-sided p-value of H0: mean gain = required. */
  pValue: number;
  exact: boolean;
  arrangements: number;
  /** The observed mean gain (improvement in the metric's better direction, per example). */
  gain: number;
}

/**
 * Permutation rows whose metric is a mean of per-example values (MAE: the mean |error|), with the test
 * of their mean gain against a bound. Kept beside the row, not in it, so report.json stays plain data.
 * (Accuracy, also a mean, has an exact interval that any bound is read against; precision, recall, F1
 * and RMSE are not means of per-example values, so a shifted permutation test would not be valid.)
 */
const boundTests = new WeakMap<MetricSignificance, (required: number) => BoundTest>();

/**
 * Is the mean gain of a permutation row past `required` (the improvement a bound asks for, in Δ's units
 * and the metric's better direction: −max_drop, +min_improvement)? Undefined when the row's metric is not
 * a mean of per-example values (or the row was not computed here): no valid test exists then.
 */
export function testAgainstBound(sig: MetricSignificance, required: number): BoundTest | undefined {
  return boundTests.get(sig)?.(required);
}

/**
 * The shifted sign-flip test of H0: mean(g) = required, for per-example gains g (paired): under H0 each
 * g_i − required is as likely positive as negative, so the statistic Σ s_i (g_i − required) is compared
 * over signs s_i = ±1. All 2^n sign patterns when n ≤ 16, else `resamples` seeded random ones (the
 * examples with g_i = 0 form one block whose flipped count is a popcount of random bits, so a large set
 * with few differing examples costs n/32 draws per arrangement). Exact when the gains are symmetric about
 * `required` under H0; otherwise approximate, like any sign-flip test of a mean. Two-sided p-values as
 * permutationTest computes them.
 */
function shiftedSignFlip(gains: Float64Array, required: number, resamples: number, seed: number): BoundTest {
  const n = gains.length;
  let sum = 0;
  for (const g of gains) sum += g;
  const observed = sum - n * required;
  const gamma = Math.abs(observed) * 100 * Number.EPSILON + n * 4 * Number.EPSILON * Math.abs(required);
  let ge = 0;
  let le = 0;
  const count = (t: number) => {
    if (t >= observed - gamma) ge++;
    if (t <= observed + gamma) le++;
  };
  const exact = n <= MAX_EXACT_SWAPS;
  let arrangements: number;
  if (exact) {
    arrangements = 2 ** n;
    for (let mask = 0; mask < arrangements; mask++) {
      let t = 0;
      for (let i = 0; i < n; i++) t += ((mask >>> i) & 1 ? -1 : 1) * (gains[i]! - required);
      count(t);
    }
  } else {
    const moved: number[] = [];
    for (const g of gains) if (g !== 0) moved.push(g - required);
    const zeros = n - moved.length;
    const rng = createRng(seed);
    arrangements = resamples;
    for (let r = 0; r < resamples; r++) {
      let t = 0;
      let bits = 0;
      for (let k = 0; k < moved.length; k++) {
        if (k % 32 === 0) bits = rng.next();
        t += ((bits >>> (k % 32)) & 1 ? -1 : 1) * moved[k]!;
      }
      let flipped = 0;
      for (let z = 0; z < zeros; z += 32) {
        let w = rng.next();
        if (zeros - z < 32) w &= (1 << (zeros - z)) - 1;
        w = w - ((w >>> 1) & 0x55555555);
        w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
        flipped += Math.imul((w + (w >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
      }
      // Each zero gain contributes −required, or +required when flipped.
      count(t - required * (zeros - 2 * flipped));
    }
  }
  const tail = exact ? Math.min(ge, le) / arrangements : (Math.min(ge, le) + 1) / (arrangements + 1);
  return { pValue: Math.min(1, 2 * tail), exact, arrangements, gain: sum / n };
}

function permutationRow(
  metric: SignificanceMetric,
  direction: Direction,
  baseline: number,
  candidate: number,
  test: { pValue: number; exact: boolean; arrangements: number },
  alpha: number,
): MetricSignificance {
  const delta = candidate - baseline;
  const better = direction === 'higher' ? delta > 0 : delta < 0;
  return {
    metric,
    direction,
    baseline,
    candidate,
    delta,
    ci: null,
    method: 'permutation',
    interval: 'none',
    permutation: test,
    verdict: test.pValue < alpha && delta !== 0 ? (better ? 'improvement' : 'regression') : 'not-significant',
  };
}

/**
 * The exact interval of the accuracy difference that matches McNemar's exact test. Given the d = b + c
 * examples only one model gets right, the candidate's share of them is Binomial(d, π) and Δ accuracy is
 * d(2π − 1)/n; the Clopper–Pearson interval of π (scipy's binomtest(...).proportion_ci(method='exact'))
 * maps to an interval of Δ that excludes 0 exactly when McNemar's p < 1 − confidence.
 */
export function exactAccuracyInterval(b: number, c: number, n: number, confidence: number): [number, number] {
  const d = b + c;
  if (d === 0) return [0, 0];
  const [lo, hi] = clopperPearson(c, d, confidence);
  return [(d * (2 * lo - 1)) / n, (d * (2 * hi - 1)) / n];
}

/** log P(X ≤ k) for X ~ Binomial(n, p), summed in log space. */
function logBinomCdf(k: number, n: number, p: number): number {
  if (k >= n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return -Infinity;
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  let term = n * lq; // log P(X = 0)
  let top = term;
  const logs = new Float64Array(k + 1);
  logs[0] = term;
  for (let j = 0; j < k; j++) {
    term += Math.log((n - j) / (j + 1)) + lp - lq;
    logs[j + 1] = term;
    if (term > top) top = term;
  }
  let sum = 0;
  for (let j = 0; j <= k; j++) sum += Math.exp(logs[j]! - top);
  return top + Math.log(sum);
}

/** The Clopper–Pearson interval of a binomial proportion: k successes of n, at `confidence`. */
export function clopperPearson(k: number, n: number, confidence: number): [number, number] {
  const tail = Math.log((1 - confidence) / 2);
  // lower: P(X ≥ k | π) = α/2, i.e. P(X ≤ k − 1 | π) = 1 − α/2; upper: P(X ≤ k | π) = α/2. Both CDFs fall as π grows.
  const solve = (j: number, target: number): number => {
    let lo = 0;
    let hi = 1;
    for (let it = 0; it < 200 && hi - lo > 1e-17; it++) {
      const mid = (lo + hi) / 2;
      if (mid === lo || mid === hi) break;
      if (logBinomCdf(j, n, mid) > target) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  const lower = k === 0 ? 0 : solve(k - 1, Math.log1p(-Math.exp(tail)));
  const upper = k === n ? 1 : solve(k, tail);
  return [lower, upper];
}

function regression(p: Predictions, resamples: number, rng: Rng, confidence: number, minN: number, seed: number): MetricSignificance[] {
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
  const alpha = 1 - confidence;
  const differ: number[] = [];
  for (let i = 0; i < n; i++) if (v[4 * i] !== v[4 * i + 1] || v[4 * i + 2] !== v[4 * i + 3]) differ.push(i);
  if (n < minN || differ.length < minN) {
    // Examples with equal errors add the same to both sides in every arrangement: summed once.
    let a0 = 0;
    let s0 = 0;
    for (let i = 0; i < n; i++) {
      if (v[4 * i] === v[4 * i + 1] && v[4 * i + 2] === v[4 * i + 3]) {
        a0 += v[4 * i]!;
        s0 += v[4 * i + 2]!;
      }
    }
    const stat = (swapped: Uint8Array): number[] => {
      let ab = a0;
      let ac = a0;
      let sb = s0;
      let sc = s0;
      for (let k = 0; k < differ.length; k++) {
        const j = 4 * differ[k]!;
        const s = swapped[k] === 1;
        ab += v[s ? j + 1 : j]!;
        ac += v[s ? j : j + 1]!;
        sb += v[s ? j + 3 : j + 2]!;
        sc += v[s ? j + 2 : j + 3]!;
      }
      return [ac / n - ab / n, Math.sqrt(sc / n) - Math.sqrt(sb / n)];
    };
    const [mae, rmse] = permutationTest(differ.length, stat, resamples, rng);
    const maeRow = permutationRow('mae', 'lower', point[0], point[1], mae!, alpha);
    // MAE is a mean of per-example values, so it can be tested against a bound too (testAgainstBound).
    const gains = new Float64Array(n);
    for (let i = 0; i < n; i++) gains[i] = v[4 * i]! - v[4 * i + 1]!;
    boundTests.set(maeRow, (required) => shiftedSignFlip(gains, required, resamples, seed));
    return [maeRow, permutationRow('rmse', 'lower', point[2], point[3], rmse!, alpha)];
  }
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
    return {
      metric,
      direction: 'lower' as const,
      baseline: vb,
      candidate: vc,
      delta: vc - vb,
      ci,
      method: 'bootstrap' as const,
      interval: 'percentile bootstrap' as const,
      verdict: ciVerdict('lower', ci),
    };
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
  const leaf = leafName(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_');
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
    auc: 'roc_auc',
    roc_auc: 'roc_auc',
    rocauc: 'roc_auc',
    auroc: 'roc_auc',
    average_precision: 'average_precision',
    ap: 'average_precision',
  };
  return aliases[trimmed];
}
