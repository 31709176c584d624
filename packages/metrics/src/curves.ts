import { xyChart } from '@mlops-actions/markdown';
import { rocAuc } from './delong.ts';
import { MODEL_PALETTE } from './palette.ts';
import type { Rng } from './random.ts';

/**
 * ROC and precision–recall curves of two scored models, downsampled for a mermaid chart, and average
 * precision (scikit-learn's `average_precision_score`: Σ (R_k − R_{k−1})·P_k over the distinct score
 * thresholds, from the highest, with no interpolation).
 *
 * Mermaid's xychart draws every series over the same x values, evenly spaced across the axis, so a
 * curve is resampled on a fixed grid of CURVE_POINTS values from 0 to 1:
 * - ROC: the true-positive rate at each false-positive rate of the grid, linearly interpolated along
 *   the empirical ROC curve (whose area is the AUC); where the curve rises vertically (ties, or
 *   positives scored above every negative) the top of the rise is drawn;
 * - precision–recall: the interpolated precision at each recall of the grid, i.e. the best precision
 *   at that recall or higher (the usual envelope of the saw-toothed curve).
 * The exact AUC and average precision, not the drawn ones, are the numbers reported.
 */
export const CURVE_POINTS = 51;

export interface ModelCurves {
  auc: number;
  averagePrecision: number;
  /** True-positive rate at false-positive rates 0, 1/(CURVE_POINTS−1), …, 1. */
  roc: number[];
  /** Interpolated precision at recalls 0, 1/(CURVE_POINTS−1), …, 1. */
  pr: number[];
}

export interface Curves {
  positives: number;
  negatives: number;
  points: number;
  baseline: ModelCurves;
  candidate: ModelCurves;
}

/** Indices of the examples by decreasing score, and where each run of equal scores ends (exclusive). */
function ranked(scores: ArrayLike<number>): { order: Uint32Array; ends: Uint32Array } {
  const n = scores.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => scores[b]! - scores[a]!);
  const ends: number[] = [];
  for (let i = 1; i <= n; i++) if (i === n || scores[order[i]!] !== scores[order[i - 1]!]) ends.push(i);
  return { order, ends: Uint32Array.from(ends) };
}

/** The cumulative (fp, tp) counts after each run of equal scores, from the highest score down. */
function thresholds(positive: ArrayLike<boolean | number>, scores: ArrayLike<number>): { fp: Float64Array; tp: Float64Array } {
  const { order, ends } = ranked(scores);
  const fp = new Float64Array(ends.length);
  const tp = new Float64Array(ends.length);
  let f = 0;
  let t = 0;
  let i = 0;
  ends.forEach((end, k) => {
    for (; i < end; i++) {
      if (positive[order[i]!]) t++;
      else f++;
    }
    fp[k] = f;
    tp[k] = t;
  });
  return { fp, tp };
}

/** Average precision as scikit-learn computes it; NaN without a positive example. */
export function averagePrecision(positive: ArrayLike<boolean | number>, scores: ArrayLike<number>): number {
  const { fp, tp } = thresholds(positive, scores);
  const total = tp.length ? tp[tp.length - 1]! : 0;
  if (total === 0) return NaN;
  let ap = 0;
  let prevTp = 0;
  for (let k = 0; k < tp.length; k++) {
    if (tp[k] !== prevTp) ap += ((tp[k]! - prevTp) / total) * (tp[k]! / (tp[k]! + fp[k]!));
    prevTp = tp[k]!;
  }
  return ap;
}

function round6(x: number): number {
  return Number(x.toFixed(6));
}

/** The ROC curve's true-positive rate on the grid (see the module comment). */
export function rocOnGrid(positive: ArrayLike<boolean | number>, scores: ArrayLike<number>, points = CURVE_POINTS): number[] {
  const { fp, tp } = thresholds(positive, scores);
  const P = tp[tp.length - 1]!;
  const N = fp[fp.length - 1]!;
  // The curve's vertices from (0, 0), in order; a vertical rise has its bottom and top at the same x.
  const xs: number[] = [0];
  const ys: number[] = [0];
  for (let k = 0; k < fp.length; k++) {
    xs.push(fp[k]! / N);
    ys.push(tp[k]! / P);
  }
  const out: number[] = [];
  let s = 0;
  for (let g = 0; g < points; g++) {
    const x = g / (points - 1);
    // s: the last vertex at or left of x (at a vertical rise, its top); s + 1 the first to the right.
    while (s + 1 < xs.length && xs[s + 1]! <= x) s++;
    if (s + 1 >= xs.length || xs[s] === x) out.push(round6(ys[s]!));
    else out.push(round6(ys[s]! + ((ys[s + 1]! - ys[s]!) * (x - xs[s]!)) / (xs[s + 1]! - xs[s]!)));
  }
  return out;
}

/** The interpolated precision on the recall grid (see the module comment). */
export function prOnGrid(positive: ArrayLike<boolean | number>, scores: ArrayLike<number>, points = CURVE_POINTS): number[] {
  const { fp, tp } = thresholds(positive, scores);
  const P = tp[tp.length - 1]!;
  const K = tp.length;
  // env[k]: the best precision at threshold k or any lower one (recall never falls as k grows).
  const env = new Float64Array(K);
  let best = 0;
  for (let k = K - 1; k >= 0; k--) {
    best = Math.max(best, tp[k]! + fp[k]! === 0 ? 0 : tp[k]! / (tp[k]! + fp[k]!));
    env[k] = best;
  }
  const out: number[] = [];
  let k = 0;
  for (let g = 0; g < points; g++) {
    const r = g / (points - 1);
    // The first threshold whose recall reaches r (recall 1 is reached at the last one).
    while (k < K - 1 && tp[k]! / P < r) k++;
    out.push(round6(env[k]!));
  }
  return out;
}

function modelCurves(positive: ArrayLike<boolean | number>, scores: ArrayLike<number>, points: number): ModelCurves {
  return {
    auc: rocAuc(positive, scores),
    averagePrecision: averagePrecision(positive, scores),
    roc: rocOnGrid(positive, scores, points),
    pr: prOnGrid(positive, scores, points),
  };
}

/** Both models' curves; undefined without at least one positive and one negative example. */
export function computeCurves(
  positive: ArrayLike<boolean | number>,
  baseline: ArrayLike<number>,
  candidate: ArrayLike<number>,
  points = CURVE_POINTS,
): Curves | undefined {
  let m = 0;
  for (let i = 0; i < positive.length; i++) if (positive[i]) m++;
  const n = positive.length - m;
  if (m === 0 || n === 0) return undefined;
  return {
    positives: m,
    negatives: n,
    points,
    baseline: modelCurves(positive, baseline, points),
    candidate: modelCurves(positive, candidate, points),
  };
}

/**
 * The paired, stratified bootstrap of Δ average precision (candidate − baseline): each resample draws
 * the positives from the positives and the negatives from the negatives with replacement (as pROC's
 * default `boot.stratified = TRUE` does for AUC), so every resample has both classes. A resample is a
 * weight per example; both models are scored on the same weights, in their own score order, in O(n).
 */
export function bootstrapAveragePrecisionDelta(
  positive: ArrayLike<boolean | number>,
  baseline: ArrayLike<number>,
  candidate: ArrayLike<number>,
  resamples: number,
  rng: Rng,
): Float64Array {
  const n = positive.length;
  const pos: number[] = [];
  const neg: number[] = [];
  for (let i = 0; i < n; i++) (positive[i] ? pos : neg).push(i);
  const rb = ranked(baseline);
  const rc = ranked(candidate);
  // Per model, in its score order: whether the example is positive (read sequentially, not looked up).
  const posIn = (r: { order: Uint32Array }) => Uint8Array.from(r.order, (j) => (positive[j] ? 1 : 0));
  const pb = posIn(rb);
  const pc = posIn(rc);
  const w = new Int32Array(n);
  const pi = new Uint32Array(pos.length);
  const ni = new Uint32Array(neg.length);
  const deltas = new Float64Array(resamples);
  const weighted = (r: { order: Uint32Array; ends: Uint32Array }, isPos: Uint8Array, total: number): number => {
    let ap = 0;
    let t = 0;
    let f = 0;
    let prev = 0;
    let i = 0;
    const { order, ends } = r;
    for (let k = 0; k < ends.length; k++) {
      const end = ends[k]!;
      for (; i < end; i++) {
        const x = w[order[i]!]!;
        if (isPos[i]) t += x;
        else f += x;
      }
      if (t !== prev) {
        ap += ((t - prev) / total) * (t / (t + f));
        prev = t;
      }
    }
    return ap;
  };
  for (let r = 0; r < resamples; r++) {
    w.fill(0);
    rng.indices(pi, pos.length);
    rng.indices(ni, neg.length);
    for (let k = 0; k < pi.length; k++) w[pos[pi[k]!]!]!++;
    for (let k = 0; k < ni.length; k++) w[neg[ni[k]!]!]!++;
    deltas[r] = weighted(rc, pc, pos.length) - weighted(rb, pb, pos.length);
  }
  return deltas;
}

function fmt(x: number): string {
  return Number(x.toPrecision(4)).toString();
}

/** Baseline first, candidate second: the comparison's one palette. */
const PALETTE = [MODEL_PALETTE.baseline.color, MODEL_PALETTE.candidate.color] as const;

/** The ROC chart and the precision–recall chart, each one mermaid block with a line per model. */
export function curveCharts(c: Curves): { roc: string; pr: string } {
  const roc = xyChart({
    title: `ROC: baseline AUC ${fmt(c.baseline.auc)}, candidate AUC ${fmt(c.candidate.auc)}`,
    xLabels: [],
    xRange: [0, 1],
    xLabel: 'false-positive rate',
    yLabel: 'true-positive rate',
    yRange: [0, 1],
    palette: PALETTE,
    series: [
      { kind: 'line', title: `baseline (AUC ${fmt(c.baseline.auc)})`, values: c.baseline.roc },
      { kind: 'line', title: `candidate (AUC ${fmt(c.candidate.auc)})`, values: c.candidate.roc },
    ],
  });
  const pr = xyChart({
    title: `Precision-recall: baseline AP ${fmt(c.baseline.averagePrecision)}, candidate AP ${fmt(c.candidate.averagePrecision)}`,
    xLabels: [],
    xRange: [0, 1],
    xLabel: 'recall',
    yLabel: 'precision',
    yRange: [0, 1],
    palette: PALETTE,
    series: [
      { kind: 'line', title: `baseline (AP ${fmt(c.baseline.averagePrecision)})`, values: c.baseline.pr },
      { kind: 'line', title: `candidate (AP ${fmt(c.candidate.averagePrecision)})`, values: c.candidate.pr },
    ],
  });
  return { roc, pr };
}
