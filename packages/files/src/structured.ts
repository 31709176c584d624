import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { UserError, messageOf } from '@mlops-actions/errors';
import { checkSize, MAX_DOCUMENT_BYTES, parseDocumentText } from './document.ts';
import { fsReadError } from './write-errors.ts';

export type StructuredFormat = 'json' | 'yaml';

/** A parsed JSON or YAML document that can say on which line a key stands. */
export interface StructuredDocument {
  value: unknown;
  /** Where it came from, for messages (a path, or e.g. "input 'rules'"). */
  source: string;
  /** 1-based line of the node at `keyPath`, when known. */
  lineOf(keyPath: readonly (string | number)[]): number | undefined;
}

/** `json` for a name ending in .json, `yaml` for anything else. */
export function formatOf(name: string): StructuredFormat {
  return extname(name).toLowerCase() === '.json' ? 'json' : 'yaml';
}

/**
 * Parses JSON or YAML in linear time, with line numbers. The format is `format`, else what the name
 * of `file` (or `source`) says: a `.json` file is strict JSON (YAML would take `{"a": 1,}`, and read
 * `{"a": }` as a null), anything else YAML. Syntax errors and duplicate keys are UserErrors naming the
 * source and line (a duplicate key by its name and both lines) and the fix.
 */
export function parseStructured(text: string, source: string, file?: string, format?: StructuredFormat): StructuredDocument {
  return parseDocumentText(text, source, file, format ?? formatOf(file ?? source));
}

/**
 * Reads and parses a JSON or YAML file (by its extension, see parseStructured); a missing, unreadable
 * or oversized file (over `maxBytes`, 16 MiB by default) is a UserError naming it.
 */
export async function readStructuredFile(
  path: string,
  displayPath = path,
  o: { maxBytes?: number; input?: string } = {},
): Promise<StructuredDocument & { format: StructuredFormat }> {
  await checkSize(
    path,
    displayPath,
    o.maxBytes ?? MAX_DOCUMENT_BYTES,
    'JSON or YAML file',
    'Keep it under the limit: it should hold names and numbers, not raw data',
    o.input,
  );
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const err = fsReadError(e, displayPath, o.input ? { input: o.input } : {});
    if (err !== e) throw err;
    throw new UserError(`cannot read file (${(e as NodeJS.ErrnoException).code ?? messageOf(e)})`, { file: displayPath });
  }
  const format = formatOf(path);
  return { ...parseStructured(text, displayPath, displayPath, format), format };
}
