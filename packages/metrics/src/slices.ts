import { UserError } from '@mlops-actions/errors';
import { code, details, table } from '@mlops-actions/markdown';
import { averagePrecision } from './curves.ts';
import { rocAuc } from './delong.ts';
import { runGate, type Check } from './gate.ts';
import type { MetricSet, MetricValue } from './parse.ts';
import type { Report } from './report.ts';
import { inlineAware, type Rule, type RuleSet } from './rules.ts';
import {
  normaliseLabel,
  SIGNIFICANCE_DIRECTION,
  significanceMetricFor,
  type Predictions,
  type SignificanceMetric,
  type SignificanceReport,
} from './significance.ts';

/**
 * Metrics per slice: for each column named in the `slices` input and each of its values, every metric
 * the predictions determine, for the baseline and the candidate, on the examples with that value.
 * Rules may target slices: `accuracy[segment=B]` one slice, `accuracy[segment=*]` every slice of a column.
 * A slice with fewer than MIN_SLICE_SIZE examples is reported but never gated: its checks are skipped.
 */
export const MIN_SLICE_SIZE = 30;
/** More distinct values than this in a slice column is an error (an id or a continuous column). */
export const MAX_SLICE_VALUES = 100;

export interface SliceMetric {
  metric: SignificanceMetric;
  /** null where the metric is undefined on the slice (ROC AUC of a slice with one class). */
  baseline: number | null;
  candidate: number | null;
}

export interface SliceResult {
  column: string;
  value: string;
  n: number;
  /** Whether the slice is large enough to be gated (n ≥ minSize). */
  gated: boolean;
  metrics: SliceMetric[];
}

export interface SliceReport {
  columns: string[];
  minSize: number;
  metrics: SignificanceMetric[];
  slices: SliceResult[];
  /** The checks of the rules that target slices (their metric names the slice: `accuracy[segment=B]`). */
  checks: Check[];
}

/** The name of a metric on a slice, as rules write it: `accuracy[segment=B]`. */
export function sliceMetricName(metric: string, column: string, value: string): string {
  return `${metric}[${column}=${value}]`;
}

const SLICE_KEY = /^([^[\]]+)\[([^=[\]]+)=([^\]]*)\]$/;

function classification(
  truth: string[],
  pred: string[],
  idx: number[],
  positive: string | undefined,
): Record<'accuracy' | 'precision' | 'recall' | 'f1', number> {
  let correct = 0;
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const classes = new Set<string>();
  for (const i of idx) {
    const t = truth[i]!;
    const p = pred[i]!;
    classes.add(t);
    if (t === p) {
      correct++;
      add(tp, t);
    } else {
      add(fp, p);
      add(fn, t);
    }
  }
  // Binary: the positive class; multiclass: macro averages over the classes of y_true in the slice.
  const over = positive !== undefined ? [positive] : [...classes];
  let sp = 0;
  let sr = 0;
  let sf = 0;
  for (const k of over) {
    const t = tp.get(k) ?? 0;
    const f = fp.get(k) ?? 0;
    const m = fn.get(k) ?? 0;
    sp += t + f === 0 ? 0 : t / (t + f);
    sr += t + m === 0 ? 0 : t / (t + m);
    sf += 2 * t + f + m === 0 ? 0 : (2 * t) / (2 * t + f + m);
  }
  const k = over.length;
  return { accuracy: correct / idx.length, precision: sp / k, recall: sr / k, f1: sf / k };
}

function regression(truth: number[], pred: number[], idx: number[]): Record<'mae' | 'rmse', number> {
  let a = 0;
  let s = 0;
  for (const i of idx) {
    const e = pred[i]! - truth[i]!;
    a += Math.abs(e);
    s += e * e;
  }
  return { mae: a / idx.length, rmse: Math.sqrt(s / idx.length) };
}

function compareValues(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every metric per slice value of each slice column; undefined when the predictions have no slice column. */
export function computeSlices(p: Predictions, s: SignificanceReport, minSize = MIN_SLICE_SIZE): SliceReport | undefined {
  if (!p.slices || p.slices.size === 0) return undefined;
  const metrics: SignificanceMetric[] = s.task === 'regression' ? ['mae', 'rmse'] : ['accuracy', 'precision', 'recall', 'f1'];
  const scored = s.task === 'binary' && p.baselineScore !== undefined && p.candidateScore !== undefined;
  if (scored) metrics.push('roc_auc', 'average_precision');
  const truth = p.yTrue.map(normaliseLabel);
  const base = p.baseline.map(normaliseLabel);
  const cand = p.candidate.map(normaliseLabel);
  const numbers = (xs: string[]) => xs.map(Number);
  const [yt, yb, yc] = s.task === 'regression' ? [numbers(p.yTrue), numbers(p.baseline), numbers(p.candidate)] : [[], [], []];
  const positive = s.task === 'binary' ? s.positiveLabel : undefined;
  const slices: SliceResult[] = [];
  for (const [column, values] of p.slices) {
    const groups = new Map<string, number[]>();
    values.forEach((v, i) => {
      let g = groups.get(v);
      if (!g) {
        if (groups.size === MAX_SLICE_VALUES) {
          throw new UserError(
            `column '${column}' of ${p.source} has more than ${MAX_SLICE_VALUES} distinct values: too many slices to report`,
            {
              input: 'slices',
              ...(p.file ? { file: p.file, line: p.lines[i] } : {}),
              fix: 'Slice by a categorical column (write a bucketed copy of a numeric or id column, e.g. age_band), or drop it from slices',
            },
          );
        }
        groups.set(v, (g = []));
      }
      g.push(i);
    });
    const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || compareValues(a[0], b[0]));
    for (const [value, idx] of ordered) {
      const row: SliceMetric[] = [];
      if (s.task === 'regression') {
        const mb = regression(yt, yb, idx);
        const mc = regression(yt, yc, idx);
        for (const m of ['mae', 'rmse'] as const) row.push({ metric: m, baseline: mb[m], candidate: mc[m] });
      } else {
        const mb = classification(truth, base, idx, positive);
        const mc = classification(truth, cand, idx, positive);
        for (const m of ['accuracy', 'precision', 'recall', 'f1'] as const) row.push({ metric: m, baseline: mb[m], candidate: mc[m] });
        if (scored) {
          const isPos = idx.map((i) => truth[i] === positive);
          const sb = idx.map((i) => p.baselineScore![i]!);
          const sc = idx.map((i) => p.candidateScore![i]!);
          const finite = (x: number) => (Number.isFinite(x) ? x : null);
          row.push({ metric: 'roc_auc', baseline: finite(rocAuc(isPos, sb)), candidate: finite(rocAuc(isPos, sc)) });
          row.push({
            metric: 'average_precision',
            baseline: finite(averagePrecision(isPos, sb)),
            candidate: finite(averagePrecision(isPos, sc)),
          });
        }
      }
      slices.push({ column, value, n: idx.length, gated: idx.length >= minSize, metrics: row });
    }
  }
  return { columns: [...p.slices.keys()], minSize, metrics, slices, checks: [] };
}

/**
 * Separates the rules that target slices (`metric[column=value]`) from the others, checking each:
 * the metric must be one the predictions determine, the column one of `slices`, and `significant`
 * is not supported on a slice. Slice rules get the metric's direction, so a value that reads like a
 * word ("loss") cannot change it.
 */
export function splitSliceRules(
  rules: RuleSet,
  sliceColumns: readonly string[] | undefined,
): { metricRules: RuleSet; sliceRules: RuleSet | undefined } {
  const metricRules: Rule[] = [];
  const sliceRules: Rule[] = [];
  for (const r of rules.rules) {
    if (!r.key.includes('[')) {
      metricRules.push(r);
      continue;
    }
    const error = (message: string, fix: string) =>
      inlineAware(message, { file: rules.file, line: r.line, key: r.key, fix, source: rules.source });
    const m = SLICE_KEY.exec(r.key);
    if (!m)
      throw error(
        `${JSON.stringify(r.key)} is neither a metric name nor a slice rule`,
        'Write a slice rule as metric[column=value], e.g. accuracy[segment=B], or accuracy[segment=*] for every slice of the column',
      );
    const [, rawMetric, column, value] = m as unknown as [string, string, string, string];
    const metric = significanceMetricFor(rawMetric.trim());
    if (!metric) {
      throw error(
        `a slice rule needs a metric that predictions determine, and ${JSON.stringify(rawMetric.trim())} is none of them`,
        'Use accuracy, precision, recall, f1, roc_auc or average_precision (classification) or mae, rmse (regression)',
      );
    }
    if (!sliceColumns?.includes(column)) {
      throw error(
        `the rule for ${JSON.stringify(r.key)} targets slices of column '${column}', which is not ${sliceColumns?.length ? `among the slices (${sliceColumns.map((c) => `'${c}'`).join(', ')})` : 'sliced: the slices input is empty'}`,
        `Add '${column}' to the slices input (and pass predictions with that column), or fix the column name`,
      );
    }
    if (r.significant?.value)
      throw error(
        `significant is not supported on a slice rule (${JSON.stringify(r.key)})`,
        'Remove significant from the slice rule; a slice is gated on its point estimates',
      );
    sliceRules.push({
      ...r,
      key: sliceMetricName(metric, column, value),
      isPattern: value.includes('*'),
      direction:
        r.direction === undefined
          ? {
              value: SIGNIFICANCE_DIRECTION[metric],
              origin: {
                key: r.key,
                where: r.line ? `${rules.file ?? rules.source}${rules.file ? ':' : ', line '}${r.line}` : (rules.file ?? rules.source),
              },
            }
          : r.direction,
    });
  }
  return { metricRules: { ...rules, rules: metricRules }, sliceRules: sliceRules.length ? { ...rules, rules: sliceRules } : undefined };
}

/**
 * Runs the slice rules over the slice metrics and adds their checks to the report: each check's metric
 * and message name the slice; checks of slices below the minimum size are skipped (reported, not
 * gated); a rule naming a slice value no example has fails.
 */
export function gateSlices(report: Report, sliceRules: RuleSet, slices: SliceReport): void {
  const set = (source: string, side: 'baseline' | 'candidate'): MetricSet => {
    const values = new Map<string, MetricValue>();
    for (const sl of slices.slices) {
      for (const m of sl.metrics) {
        const v = m[side];
        if (v === null) continue;
        const name = sliceMetricName(m.metric, sl.column, sl.value);
        values.set(name, { name, value: v });
      }
    }
    return { source, values };
  };
  const gate = runGate(set(`${report.candidate.source} (slices)`, 'candidate'), set('baseline (slices)', 'baseline'), sliceRules, {
    noBaseline: report.noBaseline,
  });
  const byName = new Map<string, SliceResult>();
  for (const sl of slices.slices) for (const m of slices.metrics) byName.set(sliceMetricName(m, sl.column, sl.value), sl);
  const checks: Check[] = [];
  for (const row of gate.metrics) {
    for (const c of row.checks) {
      const m = SLICE_KEY.exec(c.metric);
      const where = m ? `${m[2]}=${m[3]}` : c.metric;
      const sl = byName.get(c.metric);
      let out: Check = c;
      if (c.rule === 'present') {
        out = sl
          ? { ...c, result: 'skipped', message: `${m?.[1]} is not defined on this slice (it needs both classes)` }
          : { ...c, message: `no example has ${where}, and a rule names this slice` };
      } else if (sl && !sl.gated && (c.result === 'pass' || c.result === 'fail')) {
        out = {
          ...c,
          result: 'skipped',
          message: `${sl.n} examples, fewer than the ${slices.minSize} a slice needs to be gated: reported, not gated (${c.message})`,
        };
      }
      checks.push({ ...out, message: `${where}: ${out.message}` });
    }
  }
  slices.checks = checks;
  const failed = checks.filter((c) => c.result === 'fail');
  report.failed.push(...failed);
  report.failedChecks += failed.length;
  report.checks += checks.filter((c) => c.result === 'pass' || c.result === 'fail').length;
  report.passed = report.failedChecks === 0;
}

function fmt(x: number | null, p: number): string {
  if (x === null) return '—';
  return String(Number(x.toPrecision(p))).replace('-', '\u2212');
}

function cell(m: SliceMetric, p: number): string {
  if (m.baseline === null || m.candidate === null) return `${fmt(m.baseline, p)} → ${fmt(m.candidate, p)}`;
  const d = m.candidate - m.baseline;
  const better = SIGNIFICANCE_DIRECTION[m.metric] === 'higher' ? d > 0 : d < 0;
  const mark = Math.abs(d) < 1e-12 ? '⚪' : better ? '🟢' : '🔴';
  return `${fmt(m.baseline, p)} → ${fmt(m.candidate, p)} ${mark}`;
}

/** Text for raw HTML (a <summary>): no markup, no line break, no mention. */
function htmlText(t: string): string {
  return t
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/@/g, '@\u200b');
}

/** Slice rows above which a column's table is folded into <details>. */
const MAX_OPEN_ROWS = 8;
/**
 * Slices shown per column: the largest ones, and every slice with a failed check. The rest are in
 * report.json; the comment says how many (100 values × a few columns would not fit GitHub's limit).
 */
export const MAX_SHOWN_SLICES = 25;

/** The slices section of the comment: a table per slice column. */
export function renderSlices(s: SliceReport, precision = 3): string[] {
  const out = [
    '### Slices',
    '',
    `Each metric on the examples of each slice, baseline → candidate (🟢 better, 🔴 worse). Slices with fewer than ${s.minSize} examples are reported, not gated.`,
    '',
  ];
  for (const column of s.columns) {
    const all = s.slices.filter((sl) => sl.column === column);
    const failing = (sl: SliceResult) =>
      s.checks.some((c) => c.result === 'fail' && SLICE_KEY.exec(c.metric)?.[2] === column && SLICE_KEY.exec(c.metric)?.[3] === sl.value);
    const rows = all.filter((sl, i) => i < MAX_SHOWN_SLICES || failing(sl));
    const hidden = all.length - rows.length;
    const body = table(
      [code(column), 'n', ...s.metrics.map((m) => code(m)), 'checks'],
      rows.map((sl) => {
        const mine = s.checks.filter((c) => SLICE_KEY.exec(c.metric)?.[2] === column && SLICE_KEY.exec(c.metric)?.[3] === sl.value);
        const failed = mine.filter((c) => c.result === 'fail');
        const passed = mine.filter((c) => c.result === 'pass');
        const status = failed.length
          ? `❌ ${failed.map((c) => code(SLICE_KEY.exec(c.metric)?.[1] ?? c.metric)).join(', ')}`
          : passed.length
            ? '✅'
            : sl.gated
              ? ''
              : 'not gated (small)';
        return [
          sl.value === '' ? '(empty)' : code(sl.value),
          sl.n.toLocaleString('en-US'),
          ...sl.metrics.map((m) => cell(m, precision)),
          status,
        ];
      }),
      ['left', 'right', ...s.metrics.map(() => 'left' as const), 'left'],
    );
    const count = `${all.length} ${all.length === 1 ? 'slice' : 'slices'}${hidden ? ` (the ${hidden} smallest are in report.json)` : ''}`;
    // A <summary> is HTML, where markdown (a code span) is not parsed: the column name is escaped as HTML text there.
    out.push(
      rows.length > MAX_OPEN_ROWS
        ? details(`By <code>${htmlText(column)}</code>: ${count}`, body)
        : `**By ${code(column)}: ${count}**\n\n${body}`,
      '',
    );
  }
  return out;
}
