/**
 * Reading datasets column-wise from CSV, JSONL and Parquet files, streaming: a dataset is one or more
 * files with the same columns; each planned column is fed to a ColumnBuilder as the rows go by.
 *
 * Types are inferred from a sniff of the first rows of the first file (numbers → numerical, anything
 * else → categorical; JSON and Parquet types are used as they are), and can be forced.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { UserError, messageOf } from '@mlops-actions/errors';
import { ColumnBuilder, type ColumnData, type ColumnType } from './columns.ts';
import { readCsvFile, type CsvRowSink } from './csv.ts';
import { NUMBER, TEXT, parseNumber, parseStatus } from './number.ts';

export type DataFormat = 'csv' | 'jsonl' | 'parquet';

export interface DataFile {
  path: string;
  /** Workspace-relative path for messages. */
  display: string;
  format: DataFormat;
}

/** Rows looked at to infer column types. */
export const SNIFF_ROWS = 1000;

export function formatOf(path: string, requested: DataFormat | 'auto', display = path): DataFormat {
  if (requested !== 'auto') return requested;
  const ext = extname(path.replace(/\.(gz)$/i, '')).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.parquet' || ext === '.pq') return 'parquet';
  throw new UserError(`cannot tell the format from the extension '${ext || '(none)'}'`, {
    file: display,
    fix: "Use .csv, .tsv, .jsonl, .ndjson or .parquet, or set 'format:' to csv, jsonl or parquet",
  });
}

function delimiterOf(path: string): number {
  return extname(path).toLowerCase() === '.tsv' ? 9 : 44;
}

export interface SniffedColumn {
  name: string;
  type: ColumnType;
  /**
   * No non-missing value was seen in the whole side (all its files): the type is a placeholder and
   * the other side's type wins (see resolveSchema).
   */
  undecided?: boolean | undefined;
}

export interface Sniffed {
  columns: SniffedColumn[];
  /** Total rows over all files, for sizing arrays: rough for CSV (file size / bytes per sniffed row), exact for JSONL. */
  estimatedRows: number;
}

/**
 * Column names and inferred types, and a size estimate. Types are decided on non-missing values only:
 * the first SNIFF_ROWS rows of the first file, and further (the rest of that file, then the next
 * files) for any column that had no non-missing value yet; a column empty everywhere is `undecided`.
 * JSONL lines may leave keys out, so its sniff reads every line of every file to find all keys.
 */
export async function sniff(files: readonly DataFile[]): Promise<Sniffed> {
  const first = files[0];
  if (!first) throw new Error('sniff needs at least one file');
  const totalBytes = files.reduce((s, f) => s + fileSize(f), 0);
  if (first.format === 'csv') return sniffCsv(files, totalBytes);
  if (first.format === 'jsonl') return sniffJsonl(files);
  return sniffParquet(files);
}

function fileSize(f: DataFile): number {
  try {
    return statSync(f.path).size;
  } catch (e) {
    throw new UserError(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? messageOf(e)})`, { file: f.display });
  }
}

function sniffCsv(files: readonly DataFile[], totalBytes: number): Sniffed {
  const f = files[0]!;
  let names: string[] = [];
  let numeric: Int32Array = new Int32Array(0);
  let text: Int32Array = new Int32Array(0);
  let undecided = 0;
  let rows = 0;
  let perRow = 64;
  // Header positions of the first file's columns in the file being read.
  let index: Int32Array = new Int32Array(0);
  for (const [fi, file] of files.entries()) {
    if (fi > 0 && undecided === 0) break;
    let lastLineEnd = 0;
    let sampleRows = 0;
    let fileRows = 0;
    const sink: CsvRowSink = {
      header(h) {
        if (fi === 0) {
          names = h;
          numeric = new Int32Array(h.length);
          text = new Int32Array(h.length);
          undecided = h.length;
          index = Int32Array.from(h, (_, i) => i);
        } else {
          const at = new Map(h.map((n, i) => [n, i]));
          index = Int32Array.from(names, (n) => at.get(n) ?? -1);
        }
      },
      row(buf, bounds) {
        for (let c = 0; c < names.length; c++) {
          const i = index[c]!;
          if (i < 0) continue;
          parseNumber(buf, bounds[i * 2]!, bounds[i * 2 + 1]!);
          const st = parseStatus;
          if (st === NUMBER || st === TEXT) {
            if (numeric[c] === 0 && text[c] === 0) undecided--;
            if (st === NUMBER) numeric[c]!++;
            else text[c]!++;
          }
        }
        fileRows++;
        // Bytes per row from the first SNIFF_ROWS rows (offsets within the first 1 MiB block).
        if (fi === 0 && fileRows <= SNIFF_ROWS && bounds[names.length * 2 - 1]! >= lastLineEnd) {
          lastLineEnd = bounds[names.length * 2 - 1]!;
          sampleRows = fileRows;
        }
      },
    };
    const n = readCsvFile(file.path, sink, {
      displayPath: file.display,
      delimiter: delimiterOf(file.path),
      blockSize: 1 << 20,
      // At least SNIFF_ROWS rows of the first file; then only while a column has no value yet.
      stopAfterRow: () => undecided === 0 && (fi > 0 || fileRows >= SNIFF_ROWS),
    });
    if (fi === 0) {
      checkNames(names, f);
      rows = n;
      perRow = sampleRows > 0 ? Math.max(1, lastLineEnd / (sampleRows + 1)) : 64;
    }
  }
  return {
    columns: names.map((name, i) => {
      if (numeric[i] === 0 && text[i] === 0) return { name, type: 'categorical', undecided: true };
      return { name, type: numeric[i]! > 0 && text[i] === 0 ? 'numerical' : 'categorical' };
    }),
    estimatedRows: Math.ceil(totalBytes / (rows > 0 ? perRow : 64)),
  };
}

function checkNames(names: string[], f: DataFile): void {
  const seen = new Set<string>();
  for (const [i, n] of names.entries()) {
    if (n.trim() === '')
      throw new UserError(`column ${i + 1} of the header has no name`, {
        file: f.display,
        line: 1,
        fix: 'Name every column in the header row',
      });
    if (seen.has(n))
      throw new UserError(`the header names column '${n}' twice`, { file: f.display, line: 1, fix: 'Give every column a distinct name' });
    seen.add(n);
  }
}

/** Calls `onLine` for each non-blank line of a JSONL file, streaming. */
function forEachJsonLine(f: DataFile, onLine: (text: string, line: number) => boolean | undefined): void {
  let fd: number;
  try {
    fd = openSync(f.path, 'r');
  } catch (e) {
    throw new UserError(`cannot open the file (${(e as NodeJS.ErrnoException).code ?? messageOf(e)})`, { file: f.display });
  }
  try {
    const block = Buffer.allocUnsafe(4 << 20);
    let carry = '';
    let line = 0;
    for (;;) {
      const got = readSync(fd, block, 0, block.length, null);
      const text = carry + (got > 0 ? block.toString('utf8', 0, got) : '');
      // A multi-byte character cut at the block end decodes as U+FFFD: keep the last line for the next round.
      const lines = text.split('\n');
      carry = got > 0 ? lines.pop()! : '';
      for (const l of lines) {
        line++;
        const t = l.trim();
        if (t === '') continue;
        if (onLine(t, line) === false) return;
      }
      if (got === 0) break;
    }
  } finally {
    closeSync(fd);
  }
}

function parseJsonLine(text: string, f: DataFile, line: number): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new UserError(`not valid JSON: ${messageOf(e)}`, {
      file: f.display,
      line,
      fix: 'Each line of a JSONL file must be one JSON object',
    });
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    throw new UserError('this line is not a JSON object', {
      file: f.display,
      line,
      fix: 'Each line of a JSONL file must be one JSON object: {"column": value, …}',
    });
  }
  return v as Record<string, unknown>;
}

function sniffJsonl(files: readonly DataFile[]): Sniffed {
  const f = files[0]!;
  const order: string[] = [];
  const kinds = new Map<string, { num: number; other: number; late: boolean }>();
  let rows = 0;
  let allRows = 0;
  for (const [fi, file] of files.entries()) {
    let fileRows = 0;
    forEachJsonLine(file, (text, line) => {
      const obj = parseJsonLine(text, file, line);
      fileRows++;
      allRows++;
      if (fi === 0) rows++;
      const inWindow = fi === 0 && fileRows <= SNIFF_ROWS;
      for (const k in obj) {
        let kind = kinds.get(k);
        if (!kind) {
          // A JSONL line may leave keys out: a key first seen anywhere (any row, any file) is a column,
          // missing in the rows before it. Every line is looked at, so no key is dropped.
          kind = { num: 0, other: 0, late: !inWindow };
          kinds.set(k, kind);
          order.push(k);
        }
        // Types come from the values in the first SNIFF_ROWS rows; a column without a value there, or
        // first seen later, from its first SNIFF_ROWS values.
        const counted = kind.num + kind.other;
        if (!inWindow && counted > 0 && !(kind.late && counted < SNIFF_ROWS)) continue;
        const v = obj[k];
        if (v === null) continue;
        if (counted === 0 && !inWindow) kind.late = true;
        if (typeof v === 'number') kind.num++;
        else kind.other++;
      }
    });
    if (fi === 0 && rows === 0)
      throw new UserError('the file is empty', { file: f.display, fix: 'A JSONL file needs one JSON object per line' });
  }
  return {
    columns: order.map((name) => {
      const k = kinds.get(name)!;
      if (k.num === 0 && k.other === 0) return { name, type: 'categorical', undecided: true };
      return { name, type: k.num > 0 && k.other === 0 ? 'numerical' : 'categorical' };
    }),
    // Every line was read: the count is exact.
    estimatedRows: allRows,
  };
}

type ParquetModule = typeof import('hyparquet');
let hyparquet: Promise<ParquetModule> | undefined;
const loadParquet = (): Promise<ParquetModule> => (hyparquet ??= import('hyparquet'));

interface ParquetFile {
  file: import('hyparquet').AsyncBuffer;
  metadata: import('hyparquet').FileMetaData;
}

/** Parquet readers ask for the footer, then for column chunks: positioned reads on one descriptor. */
function fileBuffer(fd: number, size: number): import('hyparquet').AsyncBuffer {
  return {
    byteLength: size,
    slice(start: number, end?: number): ArrayBuffer {
      const stop = Math.min(end ?? size, size);
      const b = Buffer.allocUnsafeSlow(Math.max(0, stop - start));
      let off = 0;
      while (off < b.length) {
        const got = readSync(fd, b, off, b.length - off, start + off);
        if (got === 0) break;
        off += got;
      }
      return b.buffer.slice(b.byteOffset, b.byteOffset + off) as ArrayBuffer;
    },
  };
}

async function openParquet(f: DataFile): Promise<ParquetFile> {
  const pq = await loadParquet();
  const size = fileSize(f);
  if (size === 0) throw new UserError('the file is empty', { file: f.display, fix: 'Write the Parquet file again; it has no bytes' });
  const fd = openSync(f.path, 'r');
  const file = fileBuffer(fd, size);
  try {
    const metadata = await pq.parquetMetadataAsync(file);
    return { file, metadata };
  } catch (e) {
    throw new UserError(`not a readable Parquet file: ${messageOf(e)}`, {
      file: f.display,
      fix: 'Check that the file is Parquet (it ends with the PAR1 magic bytes) and was written completely',
    });
  } finally {
    // The metadata is read; column chunks are read again on demand with a new descriptor.
    closeSync(fd);
  }
}

function parquetColumns(metadata: import('hyparquet').FileMetaData): SniffedColumn[] {
  const out: SniffedColumn[] = [];
  // schema[0] is the root; top-level leaves follow (nested columns are read as JSON text).
  const schema = metadata.schema;
  for (let i = 1; i < schema.length; ) {
    const el = schema[i]!;
    const children = el.num_children ?? 0;
    let type: ColumnType = 'categorical';
    const logical = el.logical_type?.type;
    const converted = el.converted_type;
    if (children === 0 && (el.type === 'INT32' || el.type === 'INT64' || el.type === 'FLOAT' || el.type === 'DOUBLE')) {
      type = converted === 'UTF8' || logical === 'STRING' ? 'categorical' : 'numerical';
    }
    if (children === 0 && el.type === 'FIXED_LEN_BYTE_ARRAY' && (converted === 'DECIMAL' || logical === 'DECIMAL')) type = 'numerical';
    out.push({ name: el.name, type });
    // Skip the whole subtree of a group.
    let skip = 1;
    let pending = children;
    while (pending > 0) {
      const c = schema[i + skip]!;
      pending += (c.num_children ?? 0) - 1;
      skip++;
    }
    i += skip;
  }
  return out;
}

async function sniffParquet(files: readonly DataFile[]): Promise<Sniffed> {
  const first = files[0]!;
  const { metadata } = await openParquet(first);
  let rows = Number(metadata.num_rows);
  for (const f of files.slice(1)) rows += Number((await openParquet(f)).metadata.num_rows);
  return { columns: parquetColumns(metadata), estimatedRows: rows };
}

export interface ReadResult {
  rows: number;
  columns: ColumnData[];
}

/**
 * Streams every file of a dataset into the builders (keyed by column name). Returns the row count.
 * A planned column missing from a file is an error naming that file.
 */
export async function readInto(files: readonly DataFile[], builders: readonly ColumnBuilder[]): Promise<number> {
  let rows = 0;
  for (const f of files) {
    if (f.format === 'csv') rows += readCsvInto(f, builders);
    else if (f.format === 'jsonl') rows += readJsonlInto(f, builders);
    else rows += await readParquetInto(f, builders);
  }
  return rows;
}

function missingColumn(name: string, f: DataFile, line?: number): UserError {
  return new UserError(`column '${name}' is not in this file, although it is in the first file of the same dataset`, {
    file: f.display,
    ...(line ? { line } : {}),
    fix: 'All files of one dataset (reference or current) need the same columns',
  });
}

function readCsvInto(f: DataFile, builders: readonly ColumnBuilder[]): number {
  let fields = new Int32Array(0);
  let active: ColumnBuilder[] = [];
  const display = f.display;
  const sink: CsvRowSink = {
    header(names) {
      checkNames(names, f);
      const index = new Map(names.map((n, i) => [n, i]));
      fields = new Int32Array(builders.length);
      active = [...builders];
      for (const [k, b] of builders.entries()) {
        const i = index.get(b.name);
        if (i === undefined) throw missingColumn(b.name, f, 1);
        fields[k] = i;
      }
    },
    row(buf, bounds, escaped, line) {
      const n = active.length;
      for (let k = 0; k < n; k++) {
        const i = fields[k]!;
        active[k]!.addBytes(buf, bounds[i * 2]!, bounds[i * 2 + 1]!, escaped[i]!, display, line);
      }
    },
  };
  return readCsvFile(f.path, sink, { displayPath: display, delimiter: delimiterOf(f.path) });
}

function readJsonlInto(f: DataFile, builders: readonly ColumnBuilder[]): number {
  let rows = 0;
  forEachJsonLine(f, (text, line) => {
    const obj = parseJsonLine(text, f, line);
    rows++;
    for (const b of builders) b.addValue(obj[b.name], f.display, line);
  });
  if (rows === 0) throw new UserError('the file is empty', { file: f.display, fix: 'A JSONL file needs one JSON object per line' });
  return rows;
}

async function readParquetInto(f: DataFile, builders: readonly ColumnBuilder[]): Promise<number> {
  const pq = await loadParquet();
  const { metadata } = await openParquet(f);
  const names = new Set(parquetColumns(metadata).map((c) => c.name));
  for (const b of builders) if (!names.has(b.name)) throw missingColumn(b.name, f);
  const fd = openSync(f.path, 'r');
  const file = fileBuffer(fd, fileSize(f));
  const byName = new Map(builders.map((b) => [b.name, b]));
  let groupStart = 0;
  try {
    // One row group at a time keeps memory to one group's decoded columns.
    for (const group of metadata.row_groups) {
      const groupRows = Number(group.num_rows);
      const chunks: { name: string; data: ArrayLike<unknown>; rowStart: number }[] = [];
      try {
        await pq.parquetRead({
          file,
          metadata,
          columns: builders.map((b) => b.name),
          rowStart: groupStart,
          rowEnd: groupStart + groupRows,
          onChunk: (c) => chunks.push({ name: c.columnName, data: c.columnData as ArrayLike<unknown>, rowStart: c.rowStart }),
        });
      } catch (e) {
        throw new UserError(`cannot decode the Parquet data: ${messageOf(e)}`, {
          file: f.display,
          fix: 'Write the file with snappy compression or none (the pure-JS reader supports those), and check it is not truncated',
        });
      }
      for (const c of chunks) {
        const b = byName.get(c.name);
        if (!b) continue;
        const start = Math.max(c.rowStart, groupStart);
        const stop = Math.min(c.rowStart + c.data.length, groupStart + groupRows);
        for (let r = start; r < stop; r++) b.addValue(c.data[r - c.rowStart], f.display, r + 1);
      }
      groupStart += groupRows;
    }
  } finally {
    closeSync(fd);
  }
  return groupStart;
}

/** The builders for a plan, with capacity for the estimated rows. */
export function makeBuilders(
  plan: readonly { name: string; type: ColumnType; forced?: boolean; store?: boolean }[],
  capacity: number,
  maxCategories?: number,
  allocate?: (capacity: number) => Float64Array,
): ColumnBuilder[] {
  return plan.map(
    (p) =>
      new ColumnBuilder(p.name, p.type, {
        forced: p.forced ?? false,
        store: p.store ?? true,
        capacity,
        ...(maxCategories !== undefined ? { maxCategories } : {}),
        ...(allocate ? { allocate } : {}),
      }),
  );
}

/**
 * Column arrays handed back after use and lent again to the next pass, so a pass reuses the memory
 * of the previous one instead of waiting for the garbage collector to free it.
 */
export class ArrayPool {
  private free: Float64Array[] = [];

  allocate = (capacity: number): Float64Array => {
    const i = this.free.findIndex((a) => a.length >= capacity);
    if (i >= 0) return this.free.splice(i, 1)[0]!;
    return new Float64Array(capacity);
  };

  release(values: Float64Array | undefined): void {
    if (values) this.free.push(new Float64Array(values.buffer, 0, values.buffer.byteLength / 8));
  }
}

/** Reads a dataset with a plan and returns the finished columns (numerical values sorted). */
export async function readColumns(
  files: readonly DataFile[],
  plan: readonly { name: string; type: ColumnType; forced?: boolean }[],
  options: { capacity: number; maxCategories?: number; pool?: ArrayPool },
): Promise<ReadResult> {
  const builders = makeBuilders(plan, options.capacity, options.maxCategories, options.pool?.allocate);
  const rows = await readInto(files, builders);
  return { rows, columns: builders.map((b) => b.finish()) };
}
