/**
 * Reads the CSV batches the trainer learns from: a folder (every *.csv in it, in name order) or
 * single files. Every problem is a UserError naming the file, the line and the column.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { UserError, messageOf } from '@mlops-actions/errors';
import { encodeLabel, encodeRow, FEATURES, FeatureError, ID_COLUMN, TARGET } from './features.ts';

export interface DataRow {
  /** Index of the file in `Dataset.files`. */
  file: number;
  /** 1-based line in that file. */
  line: number;
  udi: number;
  x: number[];
  y: 0 | 1;
  /** The feature columns as written, for self-test rows and requests. */
  raw: Record<string, string>;
}

export interface Dataset {
  files: string[];
  rows: DataRow[];
  /** sha256 over every file's name and bytes, in order: the data's identity for lineage. */
  digest: string;
}

const REQUIRED = [ID_COLUMN, ...FEATURES, TARGET];

/** The CSV files a --data argument names: a folder's *.csv files (sorted by name) or the file itself. */
export async function listDataFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    let s;
    try {
      s = await stat(p);
    } catch {
      throw new UserError('no such file or folder', { file: p, fix: 'Pass a folder of CSV batches or a CSV file with --data' });
    }
    if (s.isDirectory()) {
      const names = (await readdir(p)).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
      if (names.length === 0)
        throw new UserError('the folder holds no .csv file', { file: p, fix: 'Generate batches into it first (generate.ts --out)' });
      files.push(...names.map((n) => join(p, n)));
    } else {
      files.push(p);
    }
  }
  return files;
}

export async function readDataset(paths: readonly string[]): Promise<Dataset> {
  const files = await listDataFiles(paths);
  const rows: DataRow[] = [];
  const hash = createHash('sha256');
  const seen = new Map<number, { file: string; line: number }>();
  for (const [fi, file] of files.entries()) {
    let text: Buffer;
    try {
      text = await readFile(file);
    } catch (e) {
      throw new UserError(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? messageOf(e)})`, { file });
    }
    hash.update(`${basename(file)}\0${text.length}\0`).update(text);
    let records: { record: string[]; info: { lines: number } }[];
    try {
      records = parse(text, { info: true, skip_empty_lines: true, bom: true }) as unknown as typeof records;
    } catch (e) {
      const line = (e as { lines?: number }).lines;
      throw new UserError(`not a valid CSV file: ${messageOf(e)}`, {
        file,
        ...(line ? { line } : {}),
        fix: 'Every line needs as many fields as the header',
      });
    }
    const header = records[0]?.record;
    if (!header) throw new UserError('the file is empty', { file, fix: 'Write the header line and at least one row' });
    const at = new Map(header.map((h, i) => [h.trim(), i]));
    const missing = REQUIRED.filter((c) => !at.has(c));
    if (missing.length) {
      throw new UserError(`the header lacks ${missing.map((m) => `'${m}'`).join(', ')}`, {
        file,
        line: 1,
        fix: `The trainer needs the columns ${REQUIRED.map((c) => `'${c}'`).join(', ')} (names as in the UCI file, brackets included)`,
      });
    }
    for (const { record, info } of records.slice(1)) {
      const line = info.lines;
      const obj: Record<string, string> = {};
      for (const [name, i] of at) obj[name] = record[i] ?? '';
      try {
        const udiText = obj[ID_COLUMN]!.trim();
        if (!/^\d+$/.test(udiText))
          throw new FeatureError(ID_COLUMN, `'${ID_COLUMN}' must be a whole number, not ${JSON.stringify(obj[ID_COLUMN])}`);
        const udi = Number(udiText);
        const before = seen.get(udi);
        if (before) {
          throw new FeatureError(ID_COLUMN, `UDI ${udi} appears twice (first at ${before.file}:${before.line})`);
        }
        seen.set(udi, { file, line });
        const raw: Record<string, string> = {};
        for (const f of FEATURES) raw[f] = obj[f]!;
        rows.push({ file: fi, line, udi, x: encodeRow(obj), y: encodeLabel(obj[TARGET]), raw });
      } catch (e) {
        if (e instanceof FeatureError) {
          throw new UserError(e.message, { file, line, key: e.column, fix: 'Fix or drop this row' });
        }
        throw e;
      }
    }
  }
  if (rows.length === 0)
    throw new UserError('the data has no rows', { file: files.join(', '), fix: 'Pass CSV files with at least one row' });
  return { files, rows, digest: `sha256:${hash.digest('hex')}` };
}
