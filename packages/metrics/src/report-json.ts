/**
 * Reads a report.json that validate-metrics wrote in ANOTHER run, possibly one a fork's code controlled
 * (the workflow_run commenter downloads it as an artifact): data to be checked, not trusted. It is
 * parsed field by field into a fresh Report: every field the renderer prints is the type it expects
 * (numbers finite, enums one of their values, strings strings), unknown fields are dropped, and a
 * wrong type is an error naming its path. Strings still go through the renderer's escaping, so the
 * comment it gives cannot carry HTML, links or mentions the report's author wrote.
 */
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError, messageOf } from '@mlops-actions/errors';
import { checkSize, mib, parseJsonText, sha256Bytes, writeFileAtomic } from '@mlops-actions/files';
import { link } from '@mlops-actions/markdown';
import { renderMarkdown } from './render.ts';
import { REPORT_FORMAT, type Report } from './report.ts';
import { CHANGE_KEYS, RULE_KEYS, VALUE_KEYS } from './rules.ts';
import { MAX_CHART_POINTS } from './plots.ts';

type Spec =
  | 'string'
  | 'number'
  | 'int'
  | 'boolean'
  | { enum: readonly (string | number | boolean | null)[] }
  | { array: Spec }
  | { tuple: Spec[] }
  | { object: Record<string, Spec>; required?: readonly string[] }
  | { nullable: Spec }
  | { union: { when: { key: string; value: string }; spec: Spec }[] };

const S = 'string' as const;
const N = 'number' as const;
const I = 'int' as const;
const B = 'boolean' as const;
const obj = (object: Record<string, Spec>, required: readonly string[] = []): Spec => ({ object, required });
const arr = (array: Spec): Spec => ({ array });
const oneOf = (...values: (string | number | boolean | null)[]): Spec => ({ enum: values });

const SIGNIFICANCE_METRICS = ['accuracy', 'precision', 'recall', 'f1', 'mae', 'rmse', 'roc_auc', 'average_precision'] as const;
const ORIGIN = obj({ key: S, field: oneOf(...RULE_KEYS), file: S, line: I, where: S }, ['key', 'where']);
const CHECK = obj(
  {
    metric: S,
    // The renderer looks the rule up in a table: only the keys it knows.
    rule: oneOf(...VALUE_KEYS, ...CHANGE_KEYS, 'present', 'baseline'),
    threshold: N,
    observed: N,
    result: oneOf('pass', 'fail', 'not-applicable', 'skipped'),
    message: S,
    significance: obj(
      {
        required: oneOf(true),
        verdict: oneOf('improvement', 'regression', 'not-significant', 'unavailable'),
        againstBound: oneOf('beyond', 'within', 'undetermined'),
        decisive: B,
      },
      ['required', 'verdict', 'decisive'],
    ),
    origin: ORIGIN,
  },
  ['metric', 'rule', 'result', 'message'],
);
const METRIC_SIGNIFICANCE = obj(
  {
    metric: oneOf(...SIGNIFICANCE_METRICS),
    direction: oneOf('higher', 'lower'),
    baseline: N,
    candidate: N,
    delta: N,
    ci: { nullable: { tuple: [N, N] } },
    method: oneOf('mcnemar', 'bootstrap', 'permutation', 'delong'),
    interval: oneOf('exact', 'percentile bootstrap', 'stratified percentile bootstrap', 'delong', 'none'),
    delong: obj({ pValue: N, z: N }, ['pValue', 'z']),
    mcnemar: obj({ baselineOnlyCorrect: I, candidateOnlyCorrect: I, pValue: N }, ['baselineOnlyCorrect', 'candidateOnlyCorrect', 'pValue']),
    permutation: obj({ pValue: N, exact: B, arrangements: I }, ['pValue', 'exact', 'arrangements']),
    verdict: oneOf('improvement', 'regression', 'not-significant'),
  },
  ['metric', 'direction', 'baseline', 'candidate', 'delta', 'ci', 'method', 'interval', 'verdict'],
);
const METRIC = obj(
  {
    name: S,
    candidate: N,
    baseline: N,
    delta: N,
    relativeDelta: { nullable: N },
    direction: oneOf('higher', 'lower'),
    directionSource: oneOf('rule', 'name', 'bound'),
    change: oneOf('improved', 'regressed', 'unchanged', 'changed'),
    status: oneOf('pass', 'fail', 'new', 'missing', 'removed', 'info'),
    checks: arr(CHECK),
    significance: METRIC_SIGNIFICANCE,
    line: I,
  },
  ['name', 'status', 'checks'],
);
const MODEL_CURVES = obj({ auc: N, averagePrecision: N, roc: arr(N), pr: arr(N) }, ['auc', 'averagePrecision', 'roc', 'pr']);
const CURVES = obj({ positives: I, negatives: I, points: I, baseline: MODEL_CURVES, candidate: MODEL_CURVES }, [
  'positives',
  'negatives',
  'points',
  'baseline',
  'candidate',
]);
const CONFUSION = obj({ labels: arr(S), pooled: I, baseline: arr(arr(I)), candidate: arr(arr(I)) }, [
  'labels',
  'pooled',
  'baseline',
  'candidate',
]);
const SLICE = obj(
  {
    column: S,
    value: S,
    n: I,
    gated: B,
    metrics: arr(
      obj({ metric: oneOf(...SIGNIFICANCE_METRICS), baseline: { nullable: N }, candidate: { nullable: N } }, [
        'metric',
        'baseline',
        'candidate',
      ]),
    ),
  },
  ['column', 'value', 'n', 'gated', 'metrics'],
);
const SLICES = obj({ columns: arr(S), minSize: I, metrics: arr(oneOf(...SIGNIFICANCE_METRICS)), slices: arr(SLICE), checks: arr(CHECK) }, [
  'columns',
  'minSize',
  'metrics',
  'slices',
  'checks',
]);
const PARAM_CHANGE = obj({ name: S, baseline: S, candidate: S }, ['name']);
const PLOT_SIDE = obj({ file: S, values: arr(N), points: I, first: N, last: N, final: N }, [
  'file',
  'values',
  'points',
  'first',
  'last',
  'final',
]);
const PLOTS = obj(
  {
    candidate: arr(S),
    baseline: arr(S),
    baselineSource: S,
    charts: arr(
      obj({ name: S, xName: S, x: arr(N), resampled: B, baseline: PLOT_SIDE, candidate: PLOT_SIDE }, ['name', 'xName', 'x', 'resampled']),
    ),
    skipped: arr(obj({ file: S, fields: arr(S) }, ['file', 'fields'])),
  },
  ['candidate', 'charts', 'skipped'],
);
const REPORT = obj(
  {
    format: oneOf(REPORT_FORMAT),
    passed: B,
    failedChecks: I,
    checks: I,
    failed: arr(CHECK),
    candidate: obj({ source: S }, ['source']),
    baseline: {
      union: [
        { when: { key: 'kind', value: 'none' }, spec: obj({ kind: oneOf('none') }, ['kind']) },
        { when: { key: 'kind', value: 'file' }, spec: obj({ kind: oneOf('file'), source: S }, ['kind', 'source']) },
        {
          when: { key: 'kind', value: 'registry' },
          spec: obj({ kind: oneOf('registry'), model: S, alias: S, version: S, registry: S, runUrl: S }, ['kind', 'model', 'version']),
        },
      ],
    },
    rules: obj({ source: S, file: S }, ['source']),
    noBaseline: oneOf('pass', 'fail'),
    mainMetric: S,
    metrics: arr(METRIC),
    globalChecks: arr(CHECK),
    counts: obj({ improved: I, regressed: I, unchanged: I, new: I, removed: I, missing: I }, [
      'improved',
      'regressed',
      'unchanged',
      'new',
      'removed',
      'missing',
    ]),
    significance: obj(
      {
        source: S,
        task: oneOf('binary', 'multiclass', 'regression'),
        n: I,
        resamples: I,
        seed: I,
        confidence: N,
        minBootstrapN: I,
        positiveLabel: S,
        labels: arr(S),
        predictedOnlyLabels: arr(S),
        metrics: arr(METRIC_SIGNIFICANCE),
      },
      ['source', 'task', 'n', 'resamples', 'seed', 'confidence', 'minBootstrapN', 'metrics'],
    ),
    curves: CURVES,
    confusion: CONFUSION,
    slices: SLICES,
    params: obj({ changed: arr(PARAM_CHANGE), added: arr(PARAM_CHANGE), removed: arr(PARAM_CHANGE), unchanged: I }, [
      'changed',
      'added',
      'removed',
      'unchanged',
    ]),
    data: obj({
      baselineHash: S,
      candidateHash: S,
      files: obj({ added: arr(S), removed: arr(S), modified: arr(S) }, ['added', 'removed', 'modified']),
      candidateFiles: I,
      candidateBytes: I,
    }),
    trend: obj({ metric: S, points: arr(obj({ label: S, value: N, role: oneOf('baseline', 'candidate') }, ['label', 'value'])) }, [
      'metric',
      'points',
    ]),
    plots: PLOTS,
    links: obj({ run: S, fullReport: S }),
  },
  [
    'format',
    'passed',
    'failedChecks',
    'checks',
    'failed',
    'candidate',
    'baseline',
    'rules',
    'noBaseline',
    'metrics',
    'globalChecks',
    'counts',
    'links',
  ],
);

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'string' ? `a string` : typeof v;
}

function parse(spec: Spec, v: unknown, path: string, fail: (path: string, problem: string) => never): unknown {
  if (spec === 'string') return typeof v === 'string' ? v : fail(path, `must be a string, not ${describe(v)}`);
  if (spec === 'number') return typeof v === 'number' && Number.isFinite(v) ? v : fail(path, `must be a finite number, not ${describe(v)}`);
  if (spec === 'int')
    return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : fail(path, `must be a whole number, not ${describe(v)}`);
  if (spec === 'boolean') return typeof v === 'boolean' ? v : fail(path, `must be true or false, not ${describe(v)}`);
  if ('enum' in spec)
    return spec.enum.includes(v as string) ? v : fail(path, `must be one of ${spec.enum.map((e) => JSON.stringify(e)).join(', ')}`);
  if ('nullable' in spec) return v === null ? null : parse(spec.nullable, v, path, fail);
  if ('array' in spec) {
    if (!Array.isArray(v)) return fail(path, `must be a list, not ${describe(v)}`);
    return v.map((x, i) => parse(spec.array, x, `${path}[${i}]`, fail));
  }
  if ('tuple' in spec) {
    if (!Array.isArray(v) || v.length !== spec.tuple.length) return fail(path, `must be a list of ${spec.tuple.length}`);
    return spec.tuple.map((s, i) => parse(s, v[i], `${path}[${i}]`, fail));
  }
  if ('union' in spec) {
    const kind = v && typeof v === 'object' ? (v as Record<string, unknown>)[spec.union[0]!.when.key] : undefined;
    const branch = spec.union.find((u) => u.when.value === kind);
    return branch ? parse(branch.spec, v, path, fail) : fail(path, `has an unknown ${spec.union[0]!.when.key}`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return fail(path, `must be a mapping, not ${describe(v)}`);
  const input = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, s] of Object.entries(spec.object)) {
    const x = input[key];
    if (x === undefined || (x === null && !(typeof s === 'object' && 'nullable' in s))) {
      if (spec.required?.includes(key)) fail(`${path}.${key}`, 'is missing');
      continue;
    }
    out[key] = parse(s, x, `${path}.${key}`, fail);
  }
  return out;
}

/** The largest report.json read back (a report of tens of thousands of metrics stays far below it). */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/** The report formats validate-metrics has written, each with its reader; the newest is REPORT_FORMAT. */
const READERS: Readonly<Record<string, (value: unknown, fail: (path: string, problem: string) => never) => Report>> = {
  [REPORT_FORMAT]: readFormat1,
};
const FORMAT_FAMILY = /^mlops-actions\/validate-metrics-report@(\d+)$/;

/** A version-1 report (the fields below REPORT), checked field by field and rebuilt. */
function readFormat1(value: unknown, fail: (path: string, problem: string) => never): Report {
  const report = parse(REPORT, value, '$', fail) as Report;
  // A chart has one value per x on each side, at most MAX_CHART_POINTS of them.
  report.plots?.charts.forEach((chart, i) => {
    if (chart.x.length === 0 || chart.x.length > MAX_CHART_POINTS)
      fail(`plots.charts[${i}].x`, `must hold 1 to ${MAX_CHART_POINTS} values`);
    for (const side of ['baseline', 'candidate'] as const) {
      if (chart[side] && chart[side].values.length !== chart.x.length)
        fail(`plots.charts[${i}].${side}.values`, `must hold one value per x (${chart.x.length})`);
    }
  });
  // The renderer walks a confusion matrix by its labels: every matrix must be square, one row per label
  // (and one for the pooled classes).
  const c = report.confusion;
  if (c) {
    const k = c.labels.length + (c.pooled ? 1 : 0);
    for (const side of ['baseline', 'candidate'] as const) {
      if (c[side].length !== k || c[side].some((row) => row.length !== k))
        fail(`confusion.${side}`, `must be ${k} rows of ${k} counts (one per label${c.pooled ? ' and the pooled classes' : ''})`);
    }
  }
  return report;
}

/** A validate-metrics report as read back: the typed report, its format and the digest of its bytes. */
export interface MetricsReportFile {
  report: Report;
  /** The format the file declared (one of the versions this package reads). */
  format: string;
  /** `sha256:<hex>` of the file's bytes as given. */
  digest: string;
  /** How the file is named in messages. */
  file: string;
}

export interface ReadMetricsReportOptions {
  /** The action input the report came from, named in errors (e.g. `validation-report`). */
  input?: string | undefined;
}

/** Where a report comes from: a file on disk, or its text already read (`file` names it in messages). */
export type MetricsReportSource = { path: string; display?: string | undefined } | { text: string; file: string };

function reportError(
  message: string,
  file: string,
  o: ReadMetricsReportOptions,
  extra: { key?: string; line?: number | undefined; fix: string },
) {
  return new UserError(message, {
    file,
    ...(o.input ? { input: o.input } : {}),
    ...(extra.key ? { key: extra.key } : {}),
    ...(extra.line ? { line: extra.line } : {}),
    fix: extra.fix,
  });
}

function parseBytes(bytes: Buffer, file: string, o: ReadMetricsReportOptions): MetricsReportFile {
  const digest = `sha256:${sha256Bytes(bytes)}`;
  const doc = parseJsonText(bytes.toString('utf8'), file, file);
  const v = doc.value;
  const fix = "Pass the 'report' output of validate-metrics (its report.json)";
  if (v === null || typeof v !== 'object' || Array.isArray(v))
    throw reportError('is not a validate-metrics report: the top level is not a JSON object', file, o, { fix });
  const format = (v as Record<string, unknown>)['format'];
  if (format === undefined) throw reportError("is not a validate-metrics report: it has no 'format'", file, o, { key: 'format', fix });
  const reader = typeof format === 'string' ? READERS[format] : undefined;
  if (!reader) {
    const line = doc.lineOf(['format']);
    const known = Object.keys(READERS).join(', ');
    const version = typeof format === 'string' ? FORMAT_FAMILY.exec(format)?.[1] : undefined;
    if (version !== undefined && Number(version) > Math.max(...Object.keys(READERS).map((k) => Number(FORMAT_FAMILY.exec(k)![1]))))
      throw reportError(`was written by a newer validate-metrics (format ${JSON.stringify(format)}); this one reads ${known}`, file, o, {
        key: 'format',
        line,
        fix: 'Use the same release of mlops-actions for the step that writes the report and the step that reads it',
      });
    throw reportError(`is not a validate-metrics report: its format ${JSON.stringify(format)} is none of ${known}`, file, o, {
      key: 'format',
      line,
      fix,
    });
  }
  const fail = (path: string, problem: string): never => {
    const key = path.replace(/^\$\.?/, '');
    throw reportError(`${key || 'the report'} ${problem}`, file, o, {
      fix: `Pass a report.json written by validate-metrics (format ${format}); a report that does not match is not read`,
    });
  };
  return { report: reader(v, fail), format: format as string, digest, file };
}

/**
 * The reader of validate-metrics' own report.json, keyed on its `format`: every version this package
 * has written is read (today `mlops-actions/validate-metrics-report@1`); a report without a format, of a
 * format not known, or of a newer version is a UserError naming the file, the key and the fix. The
 * report is checked field by field into a fresh, typed Report (unknown fields dropped), so it may come
 * from another run (a fork's). The digest is of the bytes as given.
 */
export async function readMetricsReport(source: MetricsReportSource, o: ReadMetricsReportOptions = {}): Promise<MetricsReportFile> {
  if ('text' in source) return parseBytes(Buffer.from(source.text, 'utf8'), source.file, o);
  const file = source.display ?? source.path;
  const fix = "Pass the 'report' output of validate-metrics (its report.json)";
  await checkSize(
    source.path,
    file,
    MAX_REPORT_BYTES,
    'validate-metrics report',
    `${fix}; it is never over ${mib(MAX_REPORT_BYTES)}`,
    o.input,
  );
  let bytes: Buffer;
  try {
    bytes = await readFile(source.path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw reportError(`cannot be read: ${code === 'ENOENT' ? 'file not found' : messageOf(e)}`, file, o, { fix });
  }
  return parseBytes(bytes, file, o);
}

/** The same as readMetricsReport for a report's text already in memory. */
export function parseMetricsReport(text: string, file: string, o: ReadMetricsReportOptions = {}): MetricsReportFile {
  return parseBytes(Buffer.from(text, 'utf8'), file, o);
}

/**
 * The report in `text` (the content of a report.json from another run), checked and rebuilt; a
 * UserError naming the file and the first field that is wrong otherwise.
 */
export function parseReportJson(text: string, file: string): Report {
  return parseMetricsReport(text, file).report;
}

/**
 * What a model card records of a report: the verdict, what failed (each failed metric's name once, in
 * the report's order, as model cards have always recorded it; the rule of a check tied to no metric)
 * and how many checks passed or failed.
 */
export function reportVerdict(report: Report): { passed: boolean; failed: string[]; checks: number } {
  return {
    passed: report.passed,
    failed: [...new Set(report.failed.map((c) => c.metric || c.rule))],
    checks: report.checks,
  };
}

export interface ForeignReportOptions {
  /** The run that wrote the report (the pull request's own run), linked from the note and the footer. */
  sourceRunUrl?: string | undefined;
  precision?: number;
}

/**
 * The comment for a report another run wrote: re-rendered from its JSON (never its markdown), with
 * the links replaced by the source run's, under a note that the numbers come from that run. For the
 * workflow_run commenter of fork pull requests.
 */
export function renderForeignReport(text: string, file: string, o: ForeignReportOptions = {}): { report: Report; markdown: string } {
  return renderForeign(parseMetricsReport(text, file).report, o);
}

function renderForeign(parsed: Report, o: ForeignReportOptions): { report: Report; markdown: string } {
  const run = o.sourceRunUrl && /^https:\/\//i.test(o.sourceRunUrl) ? o.sourceRunUrl : undefined;
  // The report's own links are the other run's to choose: replaced by the run we know.
  const report: Report = { ...parsed, links: { run } };
  if (report.baseline.kind === 'registry') delete report.baseline.runUrl;
  const where = run ? link("the pull request's own run", run) : "the pull request's own run";
  const note =
    `> [!NOTE]\n> The numbers come from ${where}, where the pull request's code computed them. ` +
    "This comment was rendered from that run's JSON report by a workflow of the base repository.\n";
  return { report, markdown: `${note}\n${renderMarkdown(report, { precision: o.precision ?? 4 })}` };
}

export interface PublishForeignReportOptions extends ForeignReportOptions {
  /** The report.json's path, and how to name it in messages. */
  file: { path: string; display: string };
  /** Where report.md (the rendered comment) is written. */
  reportDir: string;
}

/** Reads, checks and renders a report.json another run wrote; writes the markdown to reportDir/report.md. */
export async function publishForeignReport(
  o: PublishForeignReportOptions,
): Promise<{ report: Report; markdown: string; reportPath: string; markdownPath: string }> {
  try {
    await access(o.file.path);
  } catch (e) {
    throw new UserError(`cannot be read: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : messageOf(e)}`, {
      input: 'report',
      file: o.file.display,
      fix: 'Download the report artifact first and pass the path of its report.json',
    });
  }
  const { report, markdown } = renderForeign((await readMetricsReport({ path: o.file.path, display: o.file.display })).report, o);
  const markdownPath = join(o.reportDir, 'report.md');
  await writeFileAtomic(markdownPath, markdown);
  return { report, markdown, reportPath: o.file.path, markdownPath };
}
