import { code, details, escapeText, link, table, xyChart } from '@mlops-actions/markdown';
import type { Check, MetricResult } from './gate.ts';
import type { BoundKey, RuleOrigin } from './rules.ts';
import type { MetricSignificance } from './significance.ts';
import type { Report } from './report.ts';
import { renderPlotsSection } from './plots.ts';
import { renderPictures } from './pictures.ts';

export interface RenderOptions {
  /** Significant digits of the values shown (default 4). */
  precision?: number;
  /** fail-on: never — the verdict says the step does not fail. */
  reportOnly?: boolean;
  /** Rows above which the metrics table keeps only the gated ones in view and folds the rest. */
  maxRows?: number;
  /** Items above which a list (params, files) is folded into <details>. */
  maxListItems?: number;
}

const MINUS = '\u2212';

/** A value with `p` significant digits, without exponent noise for ordinary magnitudes. */
export function formatValue(x: number, p = 4): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x).replace('-', MINUS);
  return String(Number(x.toPrecision(p))).replace('-', MINUS);
}

/** Two values formatted with as many digits as it takes to tell them apart (up to 12). */
export function formatPair(a: number, b: number, p = 4): [string, string] {
  let q = p;
  while (q < 12 && a !== b && formatValue(a, q) === formatValue(b, q)) q++;
  return [formatValue(a, q), formatValue(b, q)];
}

export function formatSigned(x: number, p = 4): string {
  if (x === 0) return '0';
  return `${x > 0 ? '+' : ''}${formatValue(x, p)}`;
}

export function formatPercent(fraction: number, p = 3): string {
  if (fraction === 0) return '0%';
  return `${fraction > 0 ? '+' : ''}${formatValue(fraction * 100, p)}%`;
}

const BOUND_TEXT: Record<BoundKey, (v: number, p: number) => string> = {
  min: (v, p) => `≥ ${formatValue(v, p)}`,
  max: (v, p) => `≤ ${formatValue(v, p)}`,
  max_drop: (v, p) => `drop ≤ ${formatValue(v, p)}`,
  max_drop_relative: (v) => `drop ≤ ${formatValue(v * 100, 3)}%`,
  max_increase: (v, p) => `rise ≤ ${formatValue(v, p)}`,
  max_increase_relative: (v) => `rise ≤ ${formatValue(v * 100, 3)}%`,
  max_regression: (v, p) => `worse by ≤ ${formatValue(v, p)}`,
  max_regression_relative: (v) => `worse by ≤ ${formatValue(v * 100, 3)}%`,
  min_improvement: (v, p) => `better by ≥ ${formatValue(v, p)}`,
  min_improvement_relative: (v) => `better by ≥ ${formatValue(v * 100, 3)}%`,
};

const STATUS: Record<MetricResult['status'], string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  new: '🆕 new',
  missing: '❌ missing',
  removed: '➖ removed',
  info: '',
};

function changeMark(m: MetricResult): string {
  switch (m.change) {
    case 'improved':
      return '🟢';
    case 'regressed':
      return '🔴';
    default:
      return '⚪';
  }
}

function ruleCell(m: MetricResult, p: number): string {
  const parts: string[] = [];
  for (const c of m.checks) {
    if (c.rule === 'present' || c.rule === 'baseline') continue;
    let text = BOUND_TEXT[c.rule](c.threshold ?? 0, p);
    if (c.significance) text += ' if significant';
    if (c.result === 'fail') text = `**${text}** ❌`;
    else if (c.result === 'not-applicable') text += ' (n/a: baseline is 0)';
    else if (c.result === 'skipped') text += ' (skipped: no baseline)';
    parts.push(text);
  }
  if (m.direction && m.directionSource === 'rule') parts.unshift(m.direction === 'higher' ? 'higher is better' : 'lower is better');
  return parts.join('; ');
}

function metricRow(m: MetricResult, p: number): string[] {
  const name = code(m.name);
  if (m.candidate === undefined) {
    return [name, m.baseline === undefined ? '—' : formatValue(m.baseline, p), '—', '', '', ruleCell(m, p), STATUS[m.status]];
  }
  if (m.baseline === undefined) return [name, '—', formatValue(m.candidate, p), '', '', ruleCell(m, p), STATUS[m.status]];
  const [b, c] = formatPair(m.baseline, m.candidate, p);
  const delta = m.delta ?? 0;
  const rel = m.relativeDelta === null ? 'n/a' : formatPercent(m.relativeDelta ?? 0);
  return [name, b, c, `${changeMark(m)} ${formatSigned(delta, p)}`, rel, ruleCell(m, p), STATUS[m.status]];
}

function whereText(o: RuleOrigin | undefined): string {
  if (!o) return '';
  return ` (${o.field ? `${code(o.field)} in ` : ''}${o.file ? code(o.where) : escapeText(o.where)})`;
}

function describeBaseline(r: Report): string {
  const b = r.baseline;
  switch (b.kind) {
    case 'none':
      return 'no baseline';
    case 'file':
      return `baseline ${code(b.source)}`;
    case 'registry':
      return `${code(b.model)} v${escapeText(b.version)}${b.alias ? ` (alias ${code(b.alias)})` : ''} from the registry`;
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function verdict(r: Report, o: RenderOptions): string[] {
  const failed = r.failedChecks;
  const lines: string[] = [];
  if (r.passed) {
    lines.push(
      r.checks === 0
        ? '## ✅ validate-metrics: no rule to check'
        : `## ✅ validate-metrics: the candidate passes ${r.checks === 1 ? 'the only check' : `all ${plural(r.checks, 'check')}`}`,
    );
  } else {
    lines.push(
      `## ❌ validate-metrics: the candidate fails ${failed} of ${plural(r.checks, 'check')}${o.reportOnly ? ' (report only: fail-on is never)' : ''}`,
    );
  }
  const c = r.counts;
  const moves: string[] = [];
  if (r.baseline.kind !== 'none') {
    if (c.improved) moves.push(`${c.improved} improved`);
    if (c.regressed) moves.push(`${c.regressed} regressed`);
    if (c.unchanged) moves.push(`${c.unchanged} unchanged`);
    if (c.new) moves.push(`${c.new} new`);
    if (c.removed) moves.push(`${c.removed} removed`);
  }
  if (c.missing) moves.push(`${c.missing} missing`);
  const against =
    r.baseline.kind === 'none'
      ? `No baseline: ${r.noBaseline === 'pass' ? 'value bounds were checked, change bounds skipped' : 'change bounds fail (no-baseline: fail)'}.`
      : `Compared with ${describeBaseline(r)}`;
  const main = r.metrics.find((m) => m.name === r.mainMetric);
  const lead =
    main && main.candidate !== undefined && main.baseline !== undefined && main.delta !== undefined
      ? ` ${code(main.name)}: ${formatPair(main.baseline, main.candidate, o.precision).join(' → ')} (${changeMark(main)} ${formatSigned(main.delta, o.precision)}).`
      : '';
  lines.push('');
  lines.push(`${against}${r.baseline.kind === 'none' ? '' : `${moves.length ? `: ${moves.join(', ')}` : ''}.`}${lead}`);
  return lines;
}

function failedList(r: Report): string[] {
  const failed = r.failed;
  if (!failed.length) return [];
  return [
    '### Failed checks',
    '',
    ...failed.map((c: Check) => `- ❌ ${c.metric ? `${code(c.metric)}: ` : ''}${escapeText(c.message)}${whereText(c.origin)}`),
    '',
  ];
}

function metricsTable(r: Report, o: Required<RenderOptions>): string[] {
  const p = o.precision;
  const rows = r.metrics.filter((m) => m.status !== 'removed');
  if (!rows.length) return [];
  const headers = ['metric', 'baseline', 'candidate', 'Δ', 'Δ%', 'rule', 'status'];
  const align = ['left', 'right', 'right', 'right', 'right', 'left', 'left'] as const;
  const legend =
    r.baseline.kind === 'none'
      ? []
      : ['', "🟢 better · 🔴 worse · ⚪ unchanged or no known direction — judged by each metric's direction, so a lower loss is 🟢."];
  if (rows.length <= o.maxRows)
    return [
      table(
        headers,
        rows.map((m) => metricRow(m, p)),
        align,
      ),
      ...legend,
      '',
    ];
  const important = (m: MetricResult) => m.checks.length > 0 || m.status === 'fail' || m.status === 'missing' || m.name === r.mainMetric;
  const shown = rows.filter(important);
  const rest = rows.filter((m) => !important(m));
  const out: string[] = [];
  if (shown.length)
    out.push(
      table(
        headers,
        shown.map((m) => metricRow(m, p)),
        align,
      ),
      ...legend,
      '',
    );
  if (rest.length)
    out.push(
      details(
        `${plural(rest.length, 'more metric')} without rules`,
        table(
          headers,
          rest.map((m) => metricRow(m, p)),
          align,
        ),
      ),
      '',
    );
  return out;
}

const VERDICT: Record<MetricSignificance['verdict'], string> = {
  improvement: '🟢 significant improvement',
  regression: '🔴 significant regression',
  'not-significant': '⚪ not significant',
};

function significanceSection(r: Report, p: number): string[] {
  const s = r.significance;
  if (!s) return [];
  const level = formatValue(s.confidence * 100, 4);
  const what =
    s.task === 'regression'
      ? 'regression'
      : s.task === 'binary'
        ? `binary classification, positive class ${code(s.positiveLabel ?? '')}`
        : `${plural(s.labels?.length ?? 0, 'class', 'classes')} of y_true, precision/recall/F1 macro-averaged`;
  const rows = s.metrics.map((m) => {
    const [b, c] = formatPair(m.baseline, m.candidate, p);
    const ci = m.ci ? `[${formatSigned(m.ci[0], 3)}, ${formatSigned(m.ci[1], 3)}]${m.interval === 'exact' ? ' exact' : ''}` : '—';
    const test = m.mcnemar
      ? `McNemar exact p = ${formatValue(m.mcnemar.pValue, 3)} (only the candidate right: ${m.mcnemar.candidateOnlyCorrect}, only the baseline: ${m.mcnemar.baselineOnlyCorrect})`
      : m.permutation
        ? `paired permutation p = ${formatValue(m.permutation.pValue, 3)} (${m.permutation.exact ? `all ${plural(m.permutation.arrangements, 'arrangement')}` : `${plural(m.permutation.arrangements, 'random arrangement')}`})`
        : m.delong
          ? `DeLong paired z = ${formatValue(m.delong.z, 3)}, p = ${formatValue(m.delong.pValue, 3)}`
          : m.interval === 'stratified percentile bootstrap'
            ? 'paired stratified bootstrap'
            : 'paired percentile bootstrap';
    return [m.metric, b, c, formatSigned(m.delta, p), ci, test, VERDICT[m.verdict]];
  });
  const permutation = s.metrics.some((m) => m.method === 'permutation');
  const few =
    s.n < s.minBootstrapN
      ? `fewer than ${s.minBootstrapN} examples`
      : `the two models ${s.task === 'regression' ? 'err differently' : 'predict differently'} on ${s.differing === undefined ? `fewer than ${s.minBootstrapN}` : `only ${plural(s.differing, 'example')}`}`;
  const methods = permutation
    ? `${few}, too few for a bootstrap interval, so ${s.task === 'regression' ? 'MAE and RMSE are' : 'precision, recall and F1 are'} judged by a paired permutation test (seed ${s.seed})`
    : `paired percentile bootstrap with ${plural(s.resamples, 'resample')}, seed ${s.seed}, so a rerun gives the same numbers`;
  const accuracy =
    s.task === 'regression' ? '' : ` Accuracy: McNemar's exact test, with the exact interval that inverts it (the two always agree).`;
  const scored = s.metrics.some((m) => m.method === 'delong')
    ? ` ROC AUC: DeLong's test for two correlated ROC curves, with the interval Δ ± z·SE of the same standard error (so the two agree)${s.metrics.some((m) => m.metric === 'average_precision') ? '; average precision: a paired bootstrap that resamples positives and negatives separately' : ''}.`
    : '';
  const extra = s.predictedOnlyLabels?.length
    ? ` Labels only the predictions use (${s.predictedOnlyLabels.map((l) => code(l)).join(', ')}) count as errors, not as classes.`
    : '';
  return [
    `### Significance (${what})`,
    '',
    `${plural(s.n, 'example')} from ${code(s.source)}; ${methods}.${accuracy}${scored}${extra}`,
    '',
    table(['metric', 'baseline', 'candidate', 'Δ', `${level}% interval of Δ`, 'test', 'verdict'], rows, [
      'left',
      'right',
      'right',
      'right',
      'left',
      'left',
      'left',
    ]),
    '',
  ];
}

function trendSection(r: Report, p: number): string[] {
  const t = r.trend;
  if (!t || t.points.length < 2) return [];
  const values = t.points.map((x) => x.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = hi > lo ? (hi - lo) * 0.1 : Math.abs(hi) * 0.01 || 1;
  const labels = t.points.map((x) => (x.role === 'baseline' ? `${x.label} (baseline)` : x.label));
  return [
    `### ${escapeText(t.metric)} across registered versions`,
    '',
    xyChart({
      title: t.metric,
      xLabels: labels,
      yLabel: t.metric,
      yRange: [Number((lo - pad).toPrecision(p + 1)), Number((hi + pad).toPrecision(p + 1))],
      series: [{ kind: 'line', values }],
    }),
    '',
  ];
}

function changedSection(r: Report, o: Required<RenderOptions>): string[] {
  const out: string[] = [];
  const fold = (summary: string, body: string, count: number) =>
    count > o.maxListItems ? details(summary, body) : `${summary}\n\n${body}`;
  const pm = r.params;
  if (pm) {
    const n = pm.changed.length + pm.added.length + pm.removed.length;
    if (n === 0) out.push(`**Params:** unchanged (${plural(pm.unchanged, 'parameter')}).`, '');
    else {
      const v = (s: string | undefined) => (s === undefined ? '—' : code(s.length > 80 ? `${s.slice(0, 80)}…` : s));
      const rows = [
        ...pm.changed.map((x) => [code(x.name), v(x.baseline), v(x.candidate), 'changed']),
        ...pm.added.map((x) => [code(x.name), '—', v(x.candidate), 'added']),
        ...pm.removed.map((x) => [code(x.name), v(x.baseline), '—', 'removed']),
      ];
      const summary = `Params: ${[pm.changed.length && `${pm.changed.length} changed`, pm.added.length && `${pm.added.length} added`, pm.removed.length && `${pm.removed.length} removed`].filter(Boolean).join(', ')}, ${pm.unchanged} unchanged`;
      out.push(fold(n > o.maxListItems ? summary : `**${summary}**`, table(['param', 'baseline', 'candidate', ''], rows), n), '');
    }
  }
  const d = r.data;
  if (d) {
    const short = (h: string | undefined) =>
      h
        ? code(h.replace(/^(\w+:)?([0-9a-f]{12})[0-9a-f]*$/, (_, alg: string | undefined, hex: string) => `${alg ?? ''}${hex}…`))
        : 'unknown';
    const same = d.baselineHash !== undefined && d.baselineHash === d.candidateHash;
    let hashes = '';
    if (d.baselineHash && d.candidateHash)
      hashes = `dataset ${short(d.baselineHash)} → ${short(d.candidateHash)}${same ? ' (the same data)' : ''}`;
    else if (d.candidateHash)
      hashes = `dataset ${short(d.candidateHash)}${d.candidateFiles !== undefined ? ` (${plural(d.candidateFiles, 'file')})` : ''}; no baseline data to compare with`;
    else if (d.baselineHash) hashes = `the baseline was trained on dataset ${short(d.baselineHash)}; pass data-manifest to compare`;
    const f = d.files;
    if (f && (f.added.length || f.removed.length || f.modified.length)) {
      const n = f.added.length + f.removed.length + f.modified.length;
      const summary = `Data: ${plural(n, 'file')} changed (${[f.added.length && `${f.added.length} added`, f.removed.length && `${f.removed.length} removed`, f.modified.length && `${f.modified.length} modified`].filter(Boolean).join(', ')})`;
      const list = [
        ...f.added.map((x) => `- added ${code(x)}`),
        ...f.modified.map((x) => `- modified ${code(x)}`),
        ...f.removed.map((x) => `- removed ${code(x)}`),
      ].join('\n');
      out.push(n > o.maxListItems ? `**Data:** ${hashes}\n\n${details(summary, list)}` : `**${summary}:** ${hashes}\n\n${list}`, '');
    } else if (hashes) out.push(`**Data:** ${hashes}${f ? ', no file changed' : ''}.`, '');
  }
  const created = r.metrics.filter((m) => m.status === 'new');
  const removed = r.metrics.filter((m) => m.status === 'removed');
  if (created.length) out.push(`**New metrics:** ${created.map((m) => code(m.name)).join(', ')}.`, '');
  if (removed.length)
    out.push(
      `**Removed metrics** (the baseline reports them, the candidate does not): ${removed.map((m) => `${code(m.name)} (was ${formatValue(m.baseline ?? 0, o.precision)})`).join(', ')}.`,
      '',
    );
  return out.length ? ['### What changed', '', ...out] : [];
}

function footer(r: Report): string[] {
  const parts: string[] = [];
  // Without a published report, the run's job summary holds the full (never cut) report.
  if (r.links.run) parts.push(link(r.links.fullReport ? 'Workflow run' : 'Workflow run and full report', r.links.run));
  if (r.links.fullReport) parts.push(link('Full report', r.links.fullReport));
  parts.push(`rules: ${r.rules.file ? code(r.rules.file) : escapeText(r.rules.source)}`);
  if (r.baseline.kind === 'registry' && r.baseline.runUrl) parts.push(link(`run that trained v${r.baseline.version}`, r.baseline.runUrl));
  return ['---', parts.join(' · ')];
}

/** The markdown of a report: the job summary and the pull-request comment. */
export function renderMarkdown(r: Report, options: RenderOptions = {}): string {
  const o: Required<RenderOptions> = { precision: 4, reportOnly: false, maxRows: 20, maxListItems: 10, ...options };
  const lines = [
    ...verdict(r, o),
    '',
    ...metricsTable(r, o),
    ...failedList(r),
    ...significanceSection(r, o.precision),
    ...renderPictures(r, o.precision),
    ...trendSection(r, o.precision),
    ...renderPlotsSection(r.plots, (x) => formatValue(x, o.precision)),
    ...changedSection(r, o),
    ...footer(r),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
