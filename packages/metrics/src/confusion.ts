import { code, table } from '@mlops-actions/markdown';
import { normaliseLabel, type Predictions, type SignificanceReport } from './significance.ts';

/**
 * The confusion matrices of the baseline and the candidate on the same examples: rows are the actual
 * classes, columns the predicted ones. A binary task shows both classes; a multiclass one its
 * MAX_CONFUSION_CLASSES most frequent true classes, with the other classes (and labels only a
 * prediction uses) pooled into one row and column.
 */
export const MAX_CONFUSION_CLASSES = 6;

export interface ConfusionMatrices {
  /** The classes shown, in row and column order (then `other` when some were pooled). */
  labels: string[];
  /** How many classes were pooled into the last row and column (0: none). */
  pooled: number;
  /** counts[actual][predicted], rows and columns in `labels` order, then the pooled class. */
  baseline: number[][];
  candidate: number[][];
}

/** Both models' matrices for a classification task; undefined for regression. */
export function computeConfusion(p: Predictions, s: SignificanceReport, maxClasses = MAX_CONFUSION_CLASSES): ConfusionMatrices | undefined {
  if (s.task === 'regression') return undefined;
  const truth = p.yTrue.map(normaliseLabel);
  let labels: string[];
  let pooled = 0;
  if (s.task === 'binary') {
    const all = [...new Set([...truth, ...p.baseline.map(normaliseLabel), ...p.candidate.map(normaliseLabel)])];
    const positive = s.positiveLabel!;
    // The negative class first, as scikit-learn sorts 0 before 1.
    labels = [...all.filter((l) => l !== positive), positive];
  } else {
    const order = s.labels ?? [];
    const count = new Map<string, number>();
    for (const t of truth) count.set(t, (count.get(t) ?? 0) + 1);
    const rank = [...order].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || order.indexOf(a) - order.indexOf(b));
    const kept = new Set(rank.slice(0, maxClasses));
    labels = order.filter((l) => kept.has(l));
    pooled = order.length - labels.length + (s.predictedOnlyLabels?.length ?? 0);
  }
  const index = new Map(labels.map((l, i) => [l, i]));
  const k = labels.length + (pooled ? 1 : 0);
  const at = (l: string) => index.get(l) ?? labels.length;
  const matrix = (pred: string[]) => {
    const m = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (let i = 0; i < truth.length; i++) m[at(truth[i]!)]![at(normaliseLabel(pred[i]!))]!++;
    return m;
  };
  return { labels, pooled, baseline: matrix(p.baseline), candidate: matrix(p.candidate) };
}

function pct(x: number): string {
  if (x === 0) return '0%';
  if (x === 1) return '100%';
  return `${Number((x * 100).toPrecision(3))}%`;
}

/**
 * One markdown table, the two matrices side by side: the first column names the actual class, then a
 * column per predicted class for the baseline, then for the candidate. A cell is the count and the
 * share of its row (the class's recall on the diagonal, which is bold).
 */
export function renderConfusion(c: ConfusionMatrices): string[] {
  // Class labels are code spans; the pooled row and column are italic prose that no label renders as,
  // so a class literally named `other` cannot be taken for them.
  const pooled = c.pooled ? `*${c.pooled} other ${c.pooled === 1 ? 'class' : 'classes'}, pooled*` : undefined;
  const names = [...c.labels.map((l) => code(l)), ...(pooled ? [pooled] : [])];
  const headers = ['actual ↓ · predicted →', ...names.map((n) => `baseline: ${n}`), ...names.map((n) => `candidate: ${n}`)];
  const cells = (m: number[][], r: number) => {
    const total = m[r]!.reduce((a, b) => a + b, 0);
    return m[r]!.map((v, j) => {
      const text = `${v.toLocaleString('en-US')} (${total ? pct(v / total) : '—'})`;
      return j === r ? `**${text}**` : text;
    });
  };
  const rows = names.map((n, r) => [n, ...cells(c.baseline, r), ...cells(c.candidate, r)]);
  const align = ['left', ...names.map(() => 'right' as const), ...names.map(() => 'right' as const)] as const;
  return [
    '### Confusion matrices',
    '',
    `Rows: the actual class; columns: the class each model predicted (left the baseline, right the candidate), each cell the count and its share of the row.${c.pooled ? ` The ${c.labels.length} most frequent true classes are shown; the ${c.pooled} others are pooled in ${pooled}.` : ''}`,
    '',
    table(headers, rows, [...align]),
    '',
  ];
}
