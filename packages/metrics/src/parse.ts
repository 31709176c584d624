import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { UserError, messageOf } from '@mlops-actions/errors';
import type { StructuredDocument } from '@mlops-actions/files';
import { checkSize, MAX_DOCUMENT_BYTES, parseDocumentText, parseJsonText } from './document.ts';

/** One metric as read from a file: its flattened name, its value and where it stands. */
export interface MetricValue {
  name: string;
  value: number;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
}

/** The metrics of one model, in file order. */
export interface MetricSet {
  /** What to call it in messages and the report: a path, or e.g. "registry: churn@production". */
  source: string;
  /** The file it came from, for annotations. */
  file?: string | undefined;
  values: Map<string, MetricValue>;
  /**
   * Metrics recorded without a usable value (a model card that stored NaN as null, say), with the value
   * as recorded ("null", "\"NaN\""). They are not in `values`; a change rule on one fails instead of
   * being skipped as if the metric were new.
   */
  unusable?: Map<string, string> | undefined;
}

/** A number as it may be written in YAML, JSON or CSV: no hex, no underscores, no words. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NAN_WORDS = /^[+-]?(?:nan|\.nan)$/i;
const INF_WORDS = /^[+-]?(?:inf|infinity|\.inf)$/i;

const FIX_VALUE = 'Metrics files hold finite numbers only: write the number, or leave the metric out when it could not be computed';

/** Turns a value read from a metrics file into a finite number, or says why it is not one. */
export function toMetricNumber(
  raw: unknown,
  where: { file?: string | undefined; line?: number | undefined; key: string; source?: string },
): number {
  const fail = (what: string): never => {
    const from = !where.file && where.source ? ` in ${where.source}` : '';
    throw new UserError(`metric ${JSON.stringify(where.key)}${from} ${what}`, { ...placeOf(where), fix: FIX_VALUE });
  };
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) fail('is NaN');
    if (!Number.isFinite(raw)) fail(`is ${raw > 0 ? '' : 'minus '}infinity`);
    return raw;
  }
  if (typeof raw === 'string') {
    const s = raw.trim();
    if (NUMBER.test(s)) return Number(s);
    if (NAN_WORDS.test(s)) fail('is NaN');
    if (INF_WORDS.test(s)) fail(`is ${s.startsWith('-') ? 'minus ' : ''}infinity`);
    fail(`is not a number (${JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s)})`);
  }
  if (raw === null || raw === undefined) fail('has no value');
  if (typeof raw === 'boolean') fail(`is ${raw}, not a number`);
  if (Array.isArray(raw)) fail('is a list, not a number (curves and confusion matrices belong in plots, not in a metrics file)');
  return fail('is not a number');
}

function placeOf(w: { file?: string | undefined; line?: number | undefined }): { file?: string; line?: number } {
  return { ...(w.file ? { file: w.file } : {}), ...(w.line ? { line: w.line } : {}) };
}

/**
 * Flattens nested mappings into dotted names, as DVC addresses metrics (`{"train": {"loss": 0.1}}` is
 * `train.loss`). `leaf` decides what a non-mapping value becomes.
 */
function flatten<T>(
  doc: StructuredDocument,
  file: string | undefined,
  leaf: (value: unknown, key: string, line: number | undefined) => T,
): Map<string, { value: T; line: number | undefined; path: string[] }> {
  const out = new Map<string, { value: T; line: number | undefined; path: string[] }>();
  const walk = (node: unknown, path: string[]) => {
    if (node !== null && typeof node === 'object' && !Array.isArray(node) && !(node instanceof Date)) {
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(v, [...path, k]);
      return;
    }
    const name = path.join('.');
    const line = doc.lineOf(path);
    const earlier = out.get(name);
    if (earlier) {
      throw new UserError(
        `${JSON.stringify(name)} is written twice (as ${earlier.path.map((p) => JSON.stringify(p)).join(' › ')}${earlier.line ? ` on line ${earlier.line}` : ''} and as ${path.map((p) => JSON.stringify(p)).join(' › ')})`,
        { ...placeOf({ file, line }), fix: 'Nested keys are joined with dots, so keep one of the two' },
      );
    }
    out.set(name, { value: leaf(node, name, line), line, path });
  };
  const root = doc.value;
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    throw new UserError(`${doc.source} must be a mapping of metric names to numbers`, {
      ...placeOf({ file, line: 1 }),
      fix: 'Write e.g. {"accuracy": 0.91, "loss": 0.23}, or nested groups such as {"test": {"accuracy": 0.91}}',
    });
  }
  walk(root, []);
  return out;
}

/** JSON for a name ending in .json, YAML (which JSON also is) otherwise. */
function formatOf(name: string): 'json' | 'yaml' {
  return extname(name).toLowerCase() === '.json' ? 'json' : 'yaml';
}

/** Parses metrics from JSON or YAML text (nested keys flattened with dots); `.json` names are held to JSON. */
export function parseMetricsDocument(
  text: string,
  source: string,
  file?: string,
  format: 'json' | 'yaml' = formatOf(file ?? source),
): MetricSet {
  const doc = parseDocumentText(text, source, file, format);
  const flat = flatten(doc, file, (v, key, line) => toMetricNumber(v, { file, line, key }));
  const values = new Map<string, MetricValue>();
  for (const [name, { value, line }] of flat) values.set(name, { name, value, line });
  return { source, file, values };
}

/**
 * Parses `metric,value` CSV rows. A first row `metric,value` (or name/key, value/score) is a header; blank lines and
 * lines starting with '#' are skipped; each name appears once.
 */
export function parseMetricsCsv(text: string, source: string, file?: string): MetricSet {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parseCsv(text, {
      info: true,
      skip_empty_lines: true,
      trim: true,
      comment: '#',
      comment_no_infix: true,
      relax_column_count: true,
      bom: true,
    }) as unknown as typeof rows;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new UserError(`cannot parse ${source} as CSV: ${messageOf(e).replace(/^Invalid [^:]*: /, '')}`, {
      ...placeOf({ file, line }),
      fix: 'Write one "metric,value" row per line; quote names that contain commas',
    });
  }
  const values = new Map<string, MetricValue>();
  rows.forEach(({ record, info }, i) => {
    const line = info.lines;
    if (record.length !== 2) {
      throw new UserError(`expected 2 columns (metric,value), found ${record.length}`, {
        ...placeOf({ file, line }),
        fix: 'Write one "metric,value" row per line; quote names that contain commas',
      });
    }
    const [name, raw] = record as [string, string];
    if (i === 0 && /^(metric|metrics|name|key)$/i.test(name) && /^(value|values|score)$/i.test(raw)) return; // header
    if (name === '') throw new UserError('a row has an empty metric name', { ...placeOf({ file, line }), fix: 'Name every metric' });
    const earlier = values.get(name);
    if (earlier) {
      throw new UserError(`metric ${JSON.stringify(name)} appears twice (lines ${earlier.line} and ${line})`, {
        ...placeOf({ file, line }),
        fix: 'Keep one row per metric',
      });
    }
    values.set(name, { name, value: toMetricNumber(raw, { file, line, key: name }), line });
  });
  return { source, file, values };
}

/** Reads a metrics file: CSV by its `.csv` extension, anything else as JSON or YAML. */
export async function readMetricsFile(path: string, displayPath = path, input?: string): Promise<MetricSet> {
  const text = await readText(path, displayPath, 'Check the path; it is relative to the workspace', { input, what: 'metrics file' });
  const ext = extname(path).toLowerCase();
  const set =
    ext === '.csv' ? parseMetricsCsv(text, displayPath, displayPath) : parseMetricsDocument(text, displayPath, displayPath, formatOf(path));
  if (set.values.size === 0) {
    throw new UserError('holds no metrics', {
      ...(input ? { input } : {}),
      file: displayPath,
      fix: 'Write at least one metric, e.g. accuracy: 0.91',
    });
  }
  return set;
}

/**
 * A metric set from values recorded elsewhere (a model card in the registry). A recorded value that is
 * not a finite number is left out and reported through `onSkip` (with no callback it is an error): the
 * card cannot be fixed from this run, and the other metrics are still a baseline.
 */
export function metricSetFromRecord(
  record: Record<string, unknown>,
  source: string,
  onSkip?: (name: string, why: string) => void,
): MetricSet {
  const doc = parseJsonText(JSON.stringify(record), source);
  const unusable = new Map<string, string>();
  const flat = flatten(doc, undefined, (v, key) => {
    try {
      return toMetricNumber(v, { key, source });
    } catch (e) {
      if (!onSkip) throw e;
      const why = messageOf(e).replace(/\. Metrics files hold.*$/, '');
      unusable.set(
        key,
        v === null || v === undefined ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'string' ? JSON.stringify(v) : String(v),
      );
      onSkip(key, why);
      return undefined;
    }
  });
  const values = new Map<string, MetricValue>();
  for (const [name, { value }] of flat) if (value !== undefined) values.set(name, { name, value });
  return { source, values, ...(unusable.size ? { unusable } : {}) };
}

export interface ReadTextOptions {
  /** The action input that named the file, for messages. */
  input?: string | undefined;
  /** What the file is ("metrics file"), for the size message. */
  what?: string | undefined;
  /** The largest size read (default MAX_DOCUMENT_BYTES). */
  limit?: number | undefined;
  /** What to do about a file past the limit. */
  sizeFix?: string | undefined;
}

/** A file's text; a missing, unreadable or oversized file is a UserError naming the input and the file. */
export async function readText(path: string, displayPath: string, fix: string, o: ReadTextOptions = {}): Promise<string> {
  const input = o.input ? { input: o.input } : {};
  await checkSize(
    path,
    displayPath,
    o.limit ?? MAX_DOCUMENT_BYTES,
    o.what ?? 'file',
    o.sizeFix ?? `Keep it under the limit: a ${o.what ?? 'file'} holds summary numbers, not raw data`,
    o.input,
  );
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : code === 'EACCES' || code === 'EPERM'
            ? 'cannot be read: permission denied'
            : `cannot read file (${code ?? messageOf(e)})`;
    throw new UserError(message, {
      ...input,
      file: displayPath,
      fix:
        code === 'ENOENT'
          ? fix
          : code === 'EISDIR'
            ? `Name a file${o.what ? ` (the ${o.what})` : ''}, not a folder`
            : code === 'EACCES' || code === 'EPERM'
              ? 'Make the file readable by the runner user'
              : undefined,
    });
  }
}

/** Training parameters, flattened like metrics; values are kept as text for the diff. */
export type ParamSet = Map<string, string>;

export function paramsFromValue(value: unknown, source: string, file?: string): ParamSet {
  const out: ParamSet = new Map();
  const walk = (node: unknown, path: string[]) => {
    if (node !== null && typeof node === 'object' && !Array.isArray(node) && !(node instanceof Date)) {
      const entries = Object.entries(node as Record<string, unknown>);
      if (entries.length === 0 && path.length) out.set(path.join('.'), '{}');
      for (const [k, v] of entries) walk(v, [...path, k]);
      return;
    }
    if (path.length === 0) {
      throw new UserError(`${source} must be a mapping of parameter names to values`, {
        ...(file ? { file, line: 1 } : {}),
        fix: 'Write e.g. {"lr": 0.01, "model": {"depth": 6}}',
      });
    }
    out.set(path.join('.'), node instanceof Date ? node.toISOString() : typeof node === 'string' ? node : JSON.stringify(node));
  };
  walk(value, []);
  return out;
}

export async function readParamsFile(path: string, displayPath = path, input?: string): Promise<ParamSet> {
  const text = await readText(
    path,
    displayPath,
    'Check the path (it is relative to the workspace), or leave the input empty to skip the params diff',
    { input, what: 'params file' },
  );
  return paramsFromValue(parseDocumentText(text, displayPath, displayPath, formatOf(path)).value ?? {}, displayPath, displayPath);
}
