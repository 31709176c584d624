import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { UserError, messageOf } from '@mlops-actions/errors';

export type StructuredFormat = 'json' | 'yaml';

/** A parsed JSON or YAML document that can say on which line a key stands. */
export interface StructuredDocument {
  value: unknown;
  /** Where it came from, for messages (a path, or e.g. "input 'rules'"). */
  source: string;
  /** 1-based line of the node at `keyPath`, when known. */
  lineOf(keyPath: readonly (string | number)[]): number | undefined;
}

/**
 * Parses JSON or YAML (JSON is YAML 1.2, so one parser serves both and gives line numbers for both).
 * Duplicate keys and syntax errors are errors naming the source and line.
 */
export function parseStructured(text: string, source: string, file?: string): StructuredDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? (first.pos ? lineCounter.linePos(first.pos[0]).line : undefined);
    throw new UserError(`cannot parse ${source}: ${first.message.split('\n')[0]}`, {
      ...(file ? { file } : {}),
      ...(line ? { line } : {}),
      fix: 'Fix the syntax (JSON or YAML)',
    });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new UserError(`cannot read ${source}: ${messageOf(e)}`, file ? { file } : {});
  }
  return {
    value,
    source,
    lineOf(keyPath) {
      const lineAt = (n: unknown) => {
        const range = (n as Node | null | undefined)?.range;
        return range ? lineCounter.linePos(range[0]).line : undefined;
      };
      let node: unknown = doc.contents;
      let line = lineAt(node);
      for (const k of keyPath) {
        if (isMap(node)) {
          // A key's own line, so "accuracy: {min: 0.9}" points at "accuracy".
          const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(k));
          if (!pair) return undefined;
          line = lineAt(pair.key);
          node = pair.value;
        } else if (isSeq(node) && typeof k === 'number') {
          node = node.items[k];
          line = lineAt(node);
        } else return undefined;
      }
      return line;
    },
  };
}

/** Reads and parses a JSON or YAML file; a missing or unreadable file is a UserError naming it. */
export async function readStructuredFile(path: string, displayPath = path): Promise<StructuredDocument & { format: StructuredFormat }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? messageOf(e)})`, {
      file: displayPath,
      fix: code === 'ENOENT' ? 'Check the path; it is relative to the workspace' : undefined,
    });
  }
  const ext = extname(path).toLowerCase();
  const format: StructuredFormat = ext === '.json' ? 'json' : 'yaml';
  return { ...parseStructured(text, displayPath, displayPath), format };
}
