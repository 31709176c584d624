import { realpath, readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError, messageOf } from '@mlops-actions/errors';
import type { StructuredDocument } from '@mlops-actions/files';
import { readManifest } from '@mlops-actions/hashing';
import { fsWords } from './fs-words.ts';
import type { DataLineage } from './types.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The data lineage from a data-hash manifest (validated by the hashing package: its hash must match its entries). */
export async function readDataManifest(path: string, displayPath = path): Promise<DataLineage> {
  const m = await readManifest(path, displayPath);
  return { hash: m.hash, files: m.files, bytes: m.bytes, algorithm: m.algorithm, manifest: displayPath };
}

const DATA_HASH = /^(sha256|sha512|sha1|md5):[0-9a-f]{32,128}$/;

export function parseDataHash(text: string): DataLineage {
  const hash = text.trim();
  if (!DATA_HASH.test(hash)) {
    throw new UserError(`'${hash}' is not a dataset hash`, {
      input: 'data-hash',
      fix: "Pass the 'hash' output of data-hash, e.g. sha256:<64 hex digits>",
    });
  }
  return { hash, algorithm: hash.split(':')[0] };
}

/** A reference profile must at least be JSON: a corrupt one would only fail later, in drift-report. */
export async function checkJsonFile(path: string, displayPath: string, input: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UserError(`cannot read the file: ${fsWords(e)}`, {
      file: displayPath,
      input,
      fix: 'Check the path; it is relative to the workspace',
    });
  }
  try {
    JSON.parse(text);
  } catch (e) {
    throw new UserError(`is not valid JSON (${messageOf(e)})`, {
      file: displayPath,
      input,
      fix: 'Pass the JSON profile written by drift-report',
    });
  }
}

const NAN_WORDS = /^[+-]?(?:nan|\.nan)$/i;
const INF_WORDS = /^[+-]?(?:inf|infinity|\.inf)$/i;

/**
 * Refuses NaN and infinite numbers in a metrics or params mapping: JSON has no way to write them, so
 * the card would record `null` and later gates would compare against nothing. With `words`, the strings
 * Python and YAML use for them (`NaN`, `Infinity`, `.inf`) are refused too (a metrics file's values are
 * numbers). The error names the file, the line and the dotted key, as validate-metrics does.
 */
export function checkFiniteValues(
  value: unknown,
  o: { input: string; file?: string | undefined; doc?: StructuredDocument | undefined; words?: boolean },
): void {
  const walk = (v: unknown, path: string[]) => {
    let what: string | undefined;
    if (typeof v === 'number' && !Number.isFinite(v)) what = Number.isNaN(v) ? 'NaN' : v > 0 ? 'infinity' : 'minus infinity';
    else if (o.words && typeof v === 'string' && NAN_WORDS.test(v.trim())) what = 'NaN';
    else if (o.words && typeof v === 'string' && INF_WORDS.test(v.trim())) what = v.trim().startsWith('-') ? 'minus infinity' : 'infinity';
    if (what) {
      const key = path.join('.');
      const line = o.doc?.lineOf(path);
      throw new UserError(
        `${o.input === 'metrics' ? 'metric' : 'value'} ${JSON.stringify(key)} is ${what}, which the model card cannot record (JSON has no NaN or infinity)`,
        {
          input: o.input,
          ...(o.file ? { file: o.file } : {}),
          ...(line ? { line } : {}),
          key,
          fix: 'Write a finite number, or leave the entry out when it could not be computed; nothing was registered',
        },
      );
    }
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, String(i)]));
    else if (isObject(v)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(value, []);
}

/** Refuses a model path that leads outside the workspace (lexically, or through a symbolic link), as data-hash does. */
async function insideWorkspace(workspace: string, line: string): Promise<void> {
  const outside = () =>
    new UserError(`'${line}' leads outside the workspace`, {
      input: 'path',
      fix: 'Register model files from inside the workspace (GITHUB_WORKSPACE): write or copy them there first',
    });
  const lexical = relative(workspace, resolve(workspace, line.replace(/^!/, '')));
  if (lexical === '..' || lexical.startsWith(`..${sep}`) || isAbsolute(lexical)) throw outside();
  // The first part without glob characters must also stay inside once symbolic links are resolved.
  const plain = line.replace(/^!/, '').split(/[\\/]/);
  const cut = plain.findIndex((p) => /[*?[\]{}]/.test(p));
  const base = resolve(workspace, ...(cut < 0 ? plain : plain.slice(0, cut)));
  const real = await realpath(base).catch(() => undefined);
  const root = await realpath(workspace).catch(() => workspace);
  if (real !== undefined && real !== root && !real.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)) throw outside();
}

/**
 * How model paths become files on the card: one directory → its files relative to it; one file → the
 * file by its name; several lines or globs → paths relative to the workspace. A download recreates
 * exactly these relative paths.
 */
export async function modelSelection(workspace: string, lines: readonly string[]): Promise<{ root: string; paths: string[] }> {
  const meaningful = lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  for (const line of meaningful) await insideWorkspace(workspace, line);
  if (meaningful.length === 1 && !/[*?[\]{}!]/.test(meaningful[0]!)) {
    const abs = resolve(workspace, meaningful[0]!);
    const s = await stat(abs).catch(() => undefined);
    if (s?.isDirectory()) return { root: abs, paths: ['.'] };
    if (s?.isFile()) return { root: dirname(abs), paths: [basename(abs)] };
  }
  return { root: workspace, paths: meaningful };
}
