export type Direction = 'higher' | 'lower';

/**
 * Words that say which way a metric should move. A name is split into words (on any non-alphanumeric
 * character and at camelCase boundaries) and judged by them: `val_loss` and `p95LatencyMs` are lower is
 * better, `f1_macro` and `test.roc_auc` higher. A name with words of both kinds, or of neither, gets no
 * direction (its changes are reported, not gated, unless a rule sets `direction`).
 */
const HIGHER = new Set([
  'accuracy',
  'acc',
  'auc',
  'rocauc',
  'prauc',
  'auroc',
  'auprc',
  'f1',
  'f1score',
  'fscore',
  'fbeta',
  'f2',
  'precision',
  'recall',
  'sensitivity',
  'specificity',
  'tpr',
  'tnr',
  'r2',
  'rsquared',
  'map',
  'ndcg',
  'mrr',
  'iou',
  'miou',
  'dice',
  'bleu',
  'rouge',
  'meteor',
  'kappa',
  'mcc',
  'hitrate',
  'hits',
  'top1',
  'top5',
  'throughput',
  'qps',
  'explainedvariance',
  'ap',
  'gini',
]);
const LOWER = new Set([
  'loss',
  'error',
  'err',
  'errors',
  'rmse',
  'mae',
  'mse',
  'msle',
  'rmsle',
  'mape',
  'smape',
  'mdape',
  'logloss',
  'crossentropy',
  'entropy',
  'perplexity',
  'ppl',
  'latency',
  'fpr',
  'fnr',
  'brier',
  'wer',
  'cer',
  'hamming',
  'deviance',
  'regret',
  'ms',
  'seconds',
  'duration',
  'time',
  'memory',
  'misclassification',
]);

/** Splits a metric name into lower-case words: `p95LatencyMs` → p95, latency, ms. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The last dotted segment of a name (`test.loss` → loss). A dot between two digits is a decimal point,
 * not a separator: `mAP@0.5` and `test.iou@0.75` end in `mAP@0.5` and `iou@0.75`.
 */
export function leafName(name: string): string {
  const parts = name.split(/(?<!\d)\.|\.(?!\d)/);
  return parts[parts.length - 1] || name;
}

/**
 * The direction a metric's name implies, judged on its last dotted segment (`test.loss` → loss). The
 * scikit-learn scorer convention of negated scores (`neg_mean_squared_error`, `test_neg_log_loss`:
 * the word `neg` anywhere in the name) makes an error higher-is-better.
 */
export function inferDirection(name: string): Direction | undefined {
  const ws = words(leafName(name));
  // `neg` as a word is scikit-learn's negation of what follows it (test_neg_log_loss); a `neg` after the
  // metric's words names the negative class instead (recall_neg). `negative` counts only first (negative_mse),
  // since negative_log_likelihood names a loss itself.
  const neg = ws.indexOf('neg');
  if (neg >= 0) {
    const after = judge(ws.slice(neg + 1));
    if (after) return after === 'higher' ? 'lower' : 'higher';
  }
  const all = judge(ws);
  if (all && ws[0] === 'negative') return all === 'higher' ? 'lower' : 'higher';
  return all;
}

function judge(ws: string[]): Direction | undefined {
  // Joined pairs catch spellings such as roc_auc, log_loss, cross_entropy, r_squared, f1_score.
  // Trailing digits are dropped too: ap50 and map50 are average precision.
  const joined = ws.slice(1).map((w, i) => `${ws[i]}${w}`);
  const candidates = [...ws, ...joined, ...ws.map((w) => w.replace(/\d+$/, '')).filter((w) => w.length > 1)];
  const higher = candidates.some((w) => HIGHER.has(w));
  const lower = candidates.some((w) => LOWER.has(w));
  if (higher === lower) return undefined;
  return higher ? 'higher' : 'lower';
}
