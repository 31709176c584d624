/**
 * Binary classification metrics, with the conventions of scikit-learn: the positive class is 1;
 * precision, recall and F1 are 0 when their denominator is 0 (zero_division=0); ROC AUC is computed from
 * the scores (not the hard predictions) as the Mann–Whitney statistic with mid-ranks for ties, which
 * equals the trapezoidal area under the ROC curve (roc_auc_score).
 */
export interface BinaryMetrics {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  roc_auc: number;
}

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export function confusion(yTrue: readonly number[], yPred: readonly number[]): Confusion {
  if (yTrue.length !== yPred.length) throw new RangeError('yTrue and yPred differ in length');
  const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i] === 1;
    const p = yPred[i] === 1;
    if (t && p) c.tp++;
    else if (p) c.fp++;
    else if (t) c.fn++;
    else c.tn++;
  }
  return c;
}

/** Area under the ROC curve; undefined (a RangeError) when yTrue holds only one class. */
export function rocAuc(yTrue: readonly number[], scores: readonly number[]): number {
  if (yTrue.length !== scores.length) throw new RangeError('yTrue and scores differ in length');
  const order = scores.map((_s, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  // Mid-ranks: tied scores share the mean of the ranks they occupy.
  let rankSumPositives = 0;
  let positives = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const midRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (yTrue[order[k]!] === 1) {
        rankSumPositives += midRank;
        positives++;
      }
    }
    i = j + 1;
  }
  const negatives = yTrue.length - positives;
  if (positives === 0 || negatives === 0) throw new RangeError('ROC AUC needs both classes among the true labels');
  return (rankSumPositives - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export function binaryMetrics(yTrue: readonly number[], yPred: readonly number[], scores: readonly number[]): BinaryMetrics {
  const c = confusion(yTrue, yPred);
  const n = yTrue.length;
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return {
    accuracy: n === 0 ? 0 : (c.tp + c.tn) / n,
    precision,
    recall,
    // 2·tp / (2·tp + fp + fn): the harmonic mean of precision and recall, computed as scikit-learn does.
    f1: c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn),
    roc_auc: rocAuc(yTrue, scores),
  };
}
