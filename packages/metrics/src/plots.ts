/**
 * Training curves and custom plots: DVC-style plot files (a JSON or YAML list of objects, or an object
 * whose first list holds them; CSV or TSV with a header row), read into one numeric series per field
 * and charted candidate against baseline, one mermaid `xychart-beta` per field.
 *
 * - x is the `step` field when the file has one (DVCLive writes it), else the first column; when
 *   that column is not numeric, the row number (from 0) is x, as DVC's own default is a row index.
 * - Every other field whose values are all numbers (empty cells and non-finite values are skipped
 *   points) is one series; a field with any other text is not charted.
 * - A field name used by several files of one side is qualified with the file's path (without its
 *   extension and the folders all files share), so `train/loss.tsv` and `eval/loss.tsv` give `train/loss`
 *   and `eval/loss`; candidate and baseline series are matched by that name.
 * - A chart has at most MAX_CHART_POINTS points: the steps of both sides, or, past that, that many
 *   evenly spaced steps between the first and the last, each side linearly interpolated there. Outside
 *   a side's own steps its first or last value is held (and the chart says so).
 */
import { statSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { UserError, messageOf } from '@mlops-actions/errors';
import { chartNumber as chartNumberOf, code, details, escapeText, mermaidLabel, table } from '@mlops-actions/markdown';
import { resolveInside, toPosixRelative, type StructuredDocument } from '@mlops-actions/files';
import { mib, parseDocumentText } from './document.ts';
import { MODEL_PALETTE } from './palette.ts';
import { readText } from './parse.ts';

/** The largest plot file read (16 MiB: a few hundred thousand rows). */
export const MAX_PLOT_BYTES = 16 * 1024 * 1024;
/** Plot files per side. */
export const MAX_PLOT_FILES = 20;
/** Points per chart (per line). */
export const MAX_CHART_POINTS = 100;
/** Charts in the comment; the other fields are in the table and in report.json. */
export const MAX_PLOT_CHARTS = 10;
/** What the registry keeps as a version's `plots` attachment: the files' names and texts. */
export const PLOTS_BUNDLE_FORMAT = 'mlops-actions/plots@1';

/** The comparison's one palette (palette.ts). */
const BASELINE_COLOR = MODEL_PALETTE.baseline.color;
const CANDIDATE_COLOR = MODEL_PALETTE.candidate.color;

export interface PlotSeries {
  /** The series name (the field, qualified with the file when two files share it). */
  name: string;
  field: string;
  /** The file it came from, as shown to people. */
  file: string;
  /** The x field ('step', the first column, or 'row' for the row number). */
  xName: string;
  /** Sorted by x, one value per x (a repeated x keeps its last row). */
  x: number[];
  y: number[];
}

export interface PlotSet {
  /** The files, as shown to people. */
  files: string[];
  series: PlotSeries[];
  /** Fields left out because a value is not a number: file → fields. */
  skipped: { file: string; fields: string[] }[];
}

export interface PlotFileText {
  /** The file's name as shown (workspace-relative path); its extension says the format. */
  name: string;
  text: string;
}

type Format = 'json' | 'yaml' | 'csv' | 'tsv';

function formatOf(name: string): Format | undefined {
  const ext = extname(name).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.csv') return 'csv';
  if (ext === '.tsv') return 'tsv';
  return undefined;
}

const FORMATS_FIX =
  'Name a plot file .json, .yaml, .yml, .csv or .tsv (a list of objects, or rows with a header row), as DVC plots are written';

interface Rows {
  columns: string[];
  rows: { cells: Map<string, unknown>; line: number | undefined }[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function documentRows(doc: StructuredDocument, file: string, input: string | undefined): Rows {
  const v = doc.value;
  let list: unknown[] | undefined;
  let at: (string | number)[] = [];
  if (Array.isArray(v)) list = v;
  else if (isObject(v)) {
    // DVC plots the first list found in the file (e.g. {"train": [{...}, ...]}).
    const key = Object.keys(v).find((k) => Array.isArray(v[k]));
    if (key !== undefined) {
      list = v[key] as unknown[];
      at = [key];
    }
  }
  const where = (path: (string | number)[]) => {
    const line = doc.lineOf(path);
    return { file, ...(line ? { line } : {}), ...(input ? { input } : {}) };
  };
  if (!list) {
    throw new UserError('holds no list of data points', {
      ...where([]),
      fix: 'Write a list of objects, one per step, e.g. [{"step": 0, "loss": 0.9}, {"step": 1, "loss": 0.7}] (or an object whose first key holds that list)',
    });
  }
  const columns: string[] = [];
  const seen = new Set<string>();
  const rows: Rows['rows'] = [];
  list.forEach((item, i) => {
    if (!isObject(item)) {
      throw new UserError(
        `data point ${i + 1} is ${Array.isArray(item) ? 'a list' : item === null ? 'null' : `a ${typeof item}`}, not an object`,
        {
          ...where([...at, i]),
          fix: 'Write every data point as an object of field names and numbers, e.g. {"step": 3, "loss": 0.42}',
        },
      );
    }
    for (const k of Object.keys(item)) {
      if (!seen.has(k)) {
        seen.add(k);
        columns.push(k);
      }
    }
    rows.push({ cells: new Map(Object.entries(item)), line: doc.lineOf([...at, i]) });
  });
  return { columns, rows };
}

function tableRows(text: string, format: 'csv' | 'tsv', file: string, input: string | undefined): Rows {
  const place = (line: number | undefined) => ({ file, ...(line ? { line } : {}), ...(input ? { input } : {}) });
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(text, {
      info: true,
      delimiter: format === 'tsv' ? '\t' : ',',
      skip_empty_lines: true,
      bom: true,
      trim: true,
      relax_column_count: true,
      relax_quotes: format === 'tsv',
    }) as unknown as typeof records;
  } catch (e) {
    throw new UserError(`cannot parse it as ${format.toUpperCase()}: ${messageOf(e).replace(/^Invalid [^:]*: /, '')}`, {
      ...place((e as { lines?: number }).lines),
      fix: `Write a header row, then one row per step with the same number of ${format === 'tsv' ? 'tab-separated' : 'comma-separated'} fields`,
    });
  }
  const header = records[0]?.record;
  if (!header) throw new UserError('is empty', { ...place(undefined), fix: 'Write a header row (e.g. step,loss) and one row per step' });
  const blank = header.indexOf('');
  if (blank >= 0)
    throw new UserError(`column ${blank + 1} of the header row has no name`, {
      ...place(records[0]!.info.lines),
      fix: 'Name every column in the first row, e.g. step,loss,accuracy',
    });
  const dup = header.findIndex((h, i) => header.indexOf(h) !== i);
  if (dup >= 0)
    throw new UserError(`the header row names the column ${JSON.stringify(header[dup])} twice`, {
      ...place(records[0]!.info.lines),
      fix: 'Give every column its own name',
    });
  const rows: Rows['rows'] = [];
  for (const { record, info } of records.slice(1)) {
    if (record.length !== header.length) {
      throw new UserError(`a row has ${record.length} fields, the header ${header.length}`, {
        ...place(info.lines),
        fix: `Write ${header.length} fields on every row (leave a cell empty rather than out)`,
      });
    }
    rows.push({ cells: new Map(header.map((h, i) => [h, record[i]])), line: info.lines });
  }
  return { columns: header, rows };
}

/** A number, undefined for an empty cell or a non-finite value, null for text. */
function numberOf(v: unknown): number | undefined | null {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '' || /^[+-]?(nan|inf|infinity)$/i.test(t)) return undefined;
    const n = Number(t);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** One plot file's fields (names not yet qualified). */
export function parsePlotText(
  text: string,
  file: string,
  input?: string,
): { xName: string; fields: { field: string; x: number[]; y: number[] }[]; skipped: string[] } {
  const format = formatOf(file);
  if (!format)
    throw new UserError(`is not a plot file this action reads (${extname(file) || 'no extension'})`, {
      file,
      ...(input ? { input } : {}),
      fix: FORMATS_FIX,
    });
  const data =
    format === 'csv' || format === 'tsv'
      ? tableRows(text, format, file, input)
      : documentRows(parseDocumentText(text, file, file, format), file, input);
  if (data.rows.length === 0)
    throw new UserError('holds no data point', {
      file,
      ...(input ? { input } : {}),
      fix: 'Write one row (or object) per step; an empty log means the training wrote nothing',
    });
  const xName = data.columns.includes('step') ? 'step' : data.columns[0]!;
  const xs = data.rows.map((r) => numberOf(r.cells.get(xName)));
  const byRow = xs.some((v) => v === null || v === undefined);
  const x = byRow ? data.rows.map((_, i) => i) : (xs as number[]);
  const fields: { field: string; x: number[]; y: number[] }[] = [];
  const skipped: string[] = [];
  for (const c of data.columns) {
    if (c === xName && !byRow) continue;
    const points = new Map<number, number>();
    let text = false;
    for (const [i, r] of data.rows.entries()) {
      const v = numberOf(r.cells.get(c));
      if (v === null) {
        text = true;
        break;
      }
      if (v !== undefined) points.set(x[i]!, v);
    }
    if (text || points.size === 0) {
      if (text || c !== xName) skipped.push(c);
      continue;
    }
    const sorted = [...points.entries()].sort((a, b) => a[0] - b[0]);
    fields.push({ field: c, x: sorted.map((p) => p[0]), y: sorted.map((p) => p[1]) });
  }
  if (!fields.length) {
    throw new UserError(
      `has no numeric field to chart besides ${JSON.stringify(xName)}${skipped.length ? ` (${skipped.map((s) => JSON.stringify(s)).join(', ')} hold text)` : ''}`,
      {
        file,
        ...(input ? { input } : {}),
        fix: 'Log at least one number per step, e.g. a loss or accuracy column',
      },
    );
  }
  return { xName: byRow ? 'row' : xName, fields, skipped };
}

/** The folders every name shares, so qualified names stay short. */
function commonDir(names: readonly string[]): string {
  const parts = names.map((n) => n.split('/').slice(0, -1));
  const first = parts[0] ?? [];
  let k = 0;
  while (k < first.length && parts.every((p) => p[k] === first[k])) k++;
  return first.slice(0, k).join('/');
}

/** Several files' texts as one side's series (see the naming rule at the top). */
export function plotSetFromTexts(files: readonly PlotFileText[], input?: string): PlotSet {
  if (files.length > MAX_PLOT_FILES) {
    throw new UserError(`names ${files.length} plot files, more than the ${MAX_PLOT_FILES} a report charts`, {
      ...(input ? { input } : {}),
      fix: 'Pass the curves a reviewer should compare; merge related fields into one file',
    });
  }
  const parsed = files.map((f) => ({ name: f.name, ...parsePlotText(f.text, f.name, input) }));
  const count = new Map<string, number>();
  for (const p of parsed) for (const f of p.fields) count.set(f.field, (count.get(f.field) ?? 0) + 1);
  const dir = commonDir(parsed.map((p) => p.name));
  const series: PlotSeries[] = [];
  for (const p of parsed) {
    const stem = (dir ? p.name.slice(dir.length + 1) : p.name).replace(/\.[^./]*$/, '');
    for (const f of p.fields) {
      const name = count.get(f.field)! > 1 ? (basename(stem) === f.field ? stem : `${stem}/${f.field}`) : f.field;
      series.push({ name, field: f.field, file: p.name, xName: p.xName, x: f.x, y: f.y });
    }
  }
  const names = new Set<string>();
  for (const s of series) {
    if (names.has(s.name)) {
      throw new UserError(`two plot files give a series named ${JSON.stringify(s.name)}`, {
        file: s.file,
        ...(input ? { input } : {}),
        fix: 'Rename a field or a file so that every series has its own name',
      });
    }
    names.add(s.name);
  }
  return {
    files: files.map((f) => f.name),
    series,
    skipped: parsed.filter((p) => p.skipped.length).map((p) => ({ file: p.name, fields: p.skipped })),
  };
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * The plot files an input names: paths or globs relative to the workspace, one per line, sorted; each
 * with its workspace-relative name. A path that does not exist, a folder, or a glob that matches
 * nothing is an error naming the input.
 */
export async function resolvePlotFiles(
  workspace: string,
  patterns: readonly string[],
  input: string,
): Promise<{ path: string; display: string }[]> {
  const out = new Map<string, string>();
  for (const p of patterns) {
    if (!GLOB_CHARS.test(p)) {
      const abs = resolveInside(workspace, p, { input });
      const s = statSync(abs, { throwIfNoEntry: false });
      if (!s)
        throw new UserError(`'${p}' does not exist`, {
          input,
          fix: 'Check the path; it is relative to the workspace (the training step must have written it)',
        });
      if (s.isDirectory())
        throw new UserError(`'${p}' is a folder`, { input, fix: `Name the files, e.g. '${p.replace(/\/$/, '')}/**/*.tsv'` });
      out.set(abs, toPosixRelative(workspace, abs));
      continue;
    }
    let n = 0;
    for await (const m of glob(p, { cwd: workspace })) {
      const abs = resolveInside(workspace, m, { input });
      if (statSync(abs).isFile() && formatOf(abs)) {
        out.set(abs, toPosixRelative(workspace, abs));
        n++;
      }
    }
    if (n === 0)
      throw new UserError(`no .json, .yaml, .csv or .tsv file matches '${p}'`, {
        input,
        fix: 'Check the glob; it is relative to the workspace',
      });
  }
  return [...out]
    .map(([path, display]) => ({ path, display }))
    .sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

/** Reads plot files (each at most MAX_PLOT_BYTES). */
export async function readPlotFiles(files: readonly { path: string; display: string }[], input: string): Promise<PlotSet> {
  return plotSetFromTexts(await readPlotTexts(files, input), input);
}

async function readPlotTexts(files: readonly { path: string; display: string }[], input: string): Promise<PlotFileText[]> {
  const texts: PlotFileText[] = [];
  for (const f of files) {
    if (!formatOf(f.display))
      throw new UserError(`is not a plot file this action reads (${extname(f.display) || 'no extension'})`, {
        input,
        file: f.display,
        fix: FORMATS_FIX,
      });
    texts.push({
      name: f.display,
      text: await readText(f.path, f.display, 'Check the path; it is relative to the workspace', {
        input,
        what: 'plot file',
        limit: MAX_PLOT_BYTES,
        sizeFix: 'Log fewer steps (e.g. every 10th) or split the file',
      }),
    });
  }
  return texts;
}

/**
 * register-model's plots input: the files (paths or globs in the workspace) read, checked as
 * validate-metrics reads them, and bundled as the registry's `plots` attachment (at most
 * MAX_PLOT_BYTES in all: it is committed to the registry).
 */
export async function readPlotsBundle(workspace: string, patterns: readonly string[], input: string): Promise<string> {
  const files = await resolvePlotFiles(workspace, patterns, input);
  const total = files.reduce((sum, f) => sum + (statSync(f.path, { throwIfNoEntry: false })?.size ?? 0), 0);
  const tooBig = (bytes: number) =>
    new UserError(`holds ${mib(bytes)} of plots, more than the ${mib(MAX_PLOT_BYTES)} stored with a version`, {
      input,
      fix: 'Register the curves a later comparison needs, logged at fewer steps (e.g. every 10th)',
    });
  if (total > MAX_PLOT_BYTES) throw tooBig(total);
  const texts = await readPlotTexts(files, input);
  plotSetFromTexts(texts, input);
  const bundle = plotsBundle(texts);
  const bytes = Buffer.byteLength(bundle);
  // JSON escaping makes the bundle larger than the files.
  if (bytes > MAX_PLOT_BYTES) throw tooBig(bytes);
  return bundle;
}

/** The JSON the registry keeps as a version's `plots` attachment. */
export function plotsBundle(files: readonly PlotFileText[]): string {
  return `${JSON.stringify({ format: PLOTS_BUNDLE_FORMAT, files: files.map((f) => ({ name: f.name, text: f.text })) })}\n`;
}

/** The files of a `plots` attachment; `source` names it in messages (e.g. "the plots of churn@1.2.0"). */
export function parsePlotsBundle(text: string, source: string): PlotFileText[] {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${source} is not valid JSON (${messageOf(e)})`, {
      fix: 'The registry was altered: restore the attachment from its history, or pass baseline-plots',
    });
  }
  const files = isObject(v) && v['format'] === PLOTS_BUNDLE_FORMAT && Array.isArray(v['files']) ? v['files'] : undefined;
  if (!files?.every((f) => isObject(f) && typeof f['name'] === 'string' && typeof f['text'] === 'string')) {
    throw new UserError(`${source} is not a ${PLOTS_BUNDLE_FORMAT} bundle`, {
      fix: 'Register the plots with register-model (input plots), or pass baseline-plots',
    });
  }
  return (files as { name: string; text: string }[]).map((f) => ({ name: f.name, text: f.text }));
}

export interface PlotSide {
  file: string;
  /** The side's values at the chart's x values (held flat outside its own steps). */
  values: number[];
  /** Its own steps: how many, the first and last x, and the value at the last. */
  points: number;
  first: number;
  last: number;
  final: number;
}

export interface PlotChart {
  name: string;
  xName: string;
  x: number[];
  /** True when the steps were more than MAX_CHART_POINTS and were resampled evenly. */
  resampled: boolean;
  baseline?: PlotSide | undefined;
  candidate?: PlotSide | undefined;
}

export interface PlotComparison {
  candidate: string[];
  baseline?: string[] | undefined;
  /** Where the baseline's plots came from ("baseline-plots", or the registry version). */
  baselineSource?: string | undefined;
  charts: PlotChart[];
  skipped: { file: string; fields: string[] }[];
}

function interpolate(s: PlotSeries, at: number): number {
  const { x, y } = s;
  if (at <= x[0]!) return y[0]!;
  if (at >= x[x.length - 1]!) return y[y.length - 1]!;
  let lo = 0;
  let hi = x.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (x[mid]! <= at) lo = mid;
    else hi = mid;
  }
  if (x[lo] === at) return y[lo]!;
  const t = (at - x[lo]!) / (x[hi]! - x[lo]!);
  return y[lo]! + t * (y[hi]! - y[lo]!);
}

function side(s: PlotSeries | undefined, grid: readonly number[]): PlotSide | undefined {
  if (!s) return undefined;
  return {
    file: s.file,
    values: grid.map((g) => interpolate(s, g)),
    points: s.x.length,
    first: s.x[0]!,
    last: s.x[s.x.length - 1]!,
    final: s.y[s.y.length - 1]!,
  };
}

/** The chart's x values: both sides' steps, or MAX_CHART_POINTS evenly spaced ones past that. */
export function chartGrid(xs: readonly (readonly number[])[], max = MAX_CHART_POINTS): { x: number[]; resampled: boolean } {
  const all = [...new Set(xs.flat())].sort((a, b) => a - b);
  if (all.length <= max) return { x: all, resampled: false };
  const lo = all[0]!;
  const hi = all[all.length - 1]!;
  return { x: Array.from({ length: max }, (_, i) => (i === max - 1 ? hi : lo + ((hi - lo) * i) / (max - 1))), resampled: true };
}

export function comparePlots(candidate: PlotSet, baseline?: PlotSet, baselineSource?: string): PlotComparison {
  const names = [...candidate.series.map((s) => s.name), ...(baseline?.series.map((s) => s.name) ?? [])];
  const charts: PlotChart[] = [];
  for (const name of [...new Set(names)]) {
    const c = candidate.series.find((s) => s.name === name);
    const b = baseline?.series.find((s) => s.name === name);
    const grid = chartGrid([c?.x ?? [], b?.x ?? []]);
    charts.push({
      name,
      xName: (c ?? b)!.xName,
      x: grid.x,
      resampled: grid.resampled,
      baseline: side(b, grid.x),
      candidate: side(c, grid.x),
    });
  }
  return {
    candidate: candidate.files,
    ...(baseline ? { baseline: baseline.files, baselineSource } : {}),
    charts,
    skipped: [...candidate.skipped, ...(baseline?.skipped ?? [])],
  };
}

/**
 * A value with 6 significant digits, written without an exponent: mermaid's xychart grammar reads
 * `0.0000001` but not `1e-7` (a learning-rate curve has such values).
 */
/** Six significant digits: a curve needs no more, and the comment stays small. */
export const chartNumber = (n: number): string => chartNumberOf(n, 6);
const num = chartNumber;

function evenlySpaced(x: readonly number[]): boolean {
  if (x.length < 3) return false;
  const step = (x[x.length - 1]! - x[0]!) / (x.length - 1);
  return step > 0 && x.every((v, i) => Math.abs(v - (x[0]! + step * i)) <= 1e-9 * Math.max(1, Math.abs(x[x.length - 1]!), Math.abs(x[0]!)));
}

/** One chart as a mermaid block: baseline then candidate, each a line over the shared x. */
export function plotChartMermaid(c: PlotChart): string {
  const lines = [c.baseline, c.candidate];
  const colors = [c.baseline ? BASELINE_COLOR : undefined, c.candidate ? CANDIDATE_COLOR : undefined].filter(Boolean).join(', ');
  const xAxis = evenlySpaced(c.x)
    ? `  x-axis "${mermaidLabel(c.xName)}" ${num(c.x[0]!)} --> ${num(c.x[c.x.length - 1]!)}`
    : `  x-axis "${mermaidLabel(c.xName)}" [${c.x.map((x) => `"${mermaidLabel(num(x))}"`).join(', ')}]`;
  const body = [
    // The palette is ours (no user text): the first line drawn is the baseline's.
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${colors}"}}}}%%`,
    'xychart-beta',
    `  title "${mermaidLabel(c.name)}"`,
    xAxis,
    `  y-axis "${mermaidLabel(c.name.split('/').pop() ?? c.name)}"`,
    ...lines.filter((s): s is PlotSide => s !== undefined).map((s) => `  line [${s.values.map(num).join(', ')}]`),
  ];
  return `\`\`\`mermaid\n${body.join('\n')}\n\`\`\``;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function held(c: PlotChart): string[] {
  const lo = c.x[0]!;
  const hi = c.x[c.x.length - 1]!;
  const out: string[] = [];
  for (const [who, s] of [
    ['baseline', c.baseline],
    ['candidate', c.candidate],
  ] as const) {
    if (!s) continue;
    if (s.last < hi) out.push(`the ${who} ends at ${escapeText(c.xName)} ${num(s.last)} (its last value is held after it)`);
    if (s.first > lo) out.push(`the ${who} starts at ${escapeText(c.xName)} ${num(s.first)}`);
  }
  return out;
}

/** The markdown section: a table of final values, then up to MAX_PLOT_CHARTS charts (folded when more than two). */
export function renderPlotsSection(p: PlotComparison | undefined, format: (x: number) => string = num): string[] {
  if (!p?.charts.length) return [];
  const both = p.baseline !== undefined;
  const rows = p.charts.map((c) => [
    code(c.name),
    escapeText(c.xName),
    ...(both ? [c.baseline ? `${format(c.baseline.final)} (${plural(c.baseline.points, 'point')})` : '—'] : []),
    c.candidate ? `${format(c.candidate.final)} (${plural(c.candidate.points, 'point')})` : '—',
  ]);
  const headers = ['series', 'x', ...(both ? ['baseline, last value'] : []), 'candidate, last value'];
  const shown = p.charts.slice(0, MAX_PLOT_CHARTS);
  const square = { baseline: MODEL_PALETTE.baseline.legend, candidate: MODEL_PALETTE.candidate.legend };
  const legend = both ? `${square.baseline} baseline · ${square.candidate} candidate` : `${square.candidate} candidate (no baseline plots)`;
  const charts = shown.map((c) => {
    const notes = [...held(c), ...(c.resampled ? [`${plural(MAX_CHART_POINTS, 'evenly spaced step')} shown, linearly interpolated`] : [])];
    const whose = both && (!c.baseline || !c.candidate) ? ` (${c.baseline ? 'baseline only' : 'candidate only'})` : '';
    return `${plotChartMermaid(c)}${whose || notes.length ? `\n\n${code(c.name)}${whose}${notes.length ? `: ${notes.join('; ')}` : ''}.` : ''}`;
  });
  const from = [
    `candidate: ${p.candidate.map((f) => code(f)).join(', ')}`,
    ...(p.baseline
      ? [`baseline: ${p.baseline.map((f) => code(f)).join(', ')}${p.baselineSource ? ` (${escapeText(p.baselineSource)})` : ''}`]
      : []),
  ].join(' · ');
  const out = [
    `### Training curves and plots`,
    '',
    `${from}. ${legend}.`,
    '',
    table(headers, rows, ['left', 'left', 'right', 'right']),
    '',
  ];
  if (p.skipped.length)
    out.push(
      `Not charted (not numbers): ${p.skipped.map((s) => `${s.fields.map((f) => code(f)).join(', ')} in ${code(s.file)}`).join('; ')}.`,
      '',
    );
  const more =
    p.charts.length > shown.length
      ? `\n\n${plural(p.charts.length - shown.length, 'more series', 'more series')} in the table above and in report.json.`
      : '';
  if (charts.length <= 2) out.push(charts.join('\n\n') + more, '');
  else out.push(details(`${plural(shown.length, 'chart')} (${legend})`, charts.join('\n\n') + more), '');
  return out;
}
