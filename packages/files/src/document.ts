import { stat } from 'node:fs/promises';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { UserError, messageOf } from '@mlops-actions/errors';
import type { StructuredDocument } from './structured.ts';

/**
 * Linear-time readers for the JSON and YAML files the actions read (metrics, baselines, rules, params,
 * reports). Errors carry the line as `line` also when there is no file (an input's text): the message
 * then says "<source>, line N". A general YAML reader checks duplicate keys and finds a key's line by scanning the mapping,
 * which is quadratic in the number of keys: 20,000 metrics took seconds and 100,000 did not finish.
 * Here each document is walked once, a key's line is kept in a map, and a duplicate key is an error
 * that names the key and both lines.
 */

/** The largest metrics, baseline, rules or params file read (16 MiB: about 300,000 metrics). */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

const SEP = '\u0000';
/** Deeper documents are refused (a few levels is all these files need; deep ones would exhaust the stack). */
const MAX_DEPTH = 64;
const WORDS = [
  ['true', true],
  ['false', false],
  ['null', null],
  ['NaN', NaN],
  ['Infinity', Infinity],
] as const;

/** Where each key stands, by its path; built while parsing. */
class Lines {
  readonly map = new Map<string, number>();
  readonly root: number | undefined;
  constructor(root: number | undefined) {
    this.root = root;
  }
  lineOf(path: readonly (string | number)[]): number | undefined {
    if (path.length === 0) return this.root;
    return this.map.get(path.map(String).join(SEP));
  }
}

function duplicate(
  key: string,
  path: readonly string[],
  first: number | undefined,
  again: number | undefined,
  file: string | undefined,
  source: string,
): UserError {
  const name = [...path, key].join('.');
  const where = first && again ? ` (lines ${first} and ${again})` : '';
  const message = `the key ${JSON.stringify(key)}${path.length ? ` under ${JSON.stringify(path.join('.'))}` : ''} is written twice${where}`;
  const fix = 'Keep one of the two: a JSON or YAML mapping holds each key once';
  if (file) return new UserError(message, { file, ...(again ? { line: again } : {}), key: name, fix });
  return new UserError(`${source}${again ? `, line ${again}` : ''}, key '${name}': ${message}`, { ...(again ? { line: again } : {}), fix });
}

/**
 * JSON with line numbers, in one pass. NaN, Infinity and -Infinity (which Python's json module writes)
 * are read as numbers so that the caller can name the metric that holds them.
 */
export function parseJsonText(text: string, source: string, file?: string): StructuredDocument {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  const fail = (what: string): never => {
    const message = `cannot parse ${source} as JSON: ${what}`;
    const fix = 'Fix the JSON syntax (or name the file .yaml if it is YAML)';
    if (file) throw new UserError(message, { file, line, fix });
    throw new UserError(`${source}, line ${line}: ${message.replace(`cannot parse ${source} as JSON`, 'cannot parse it as JSON')}`, {
      line,
      fix,
    });
  };
  const ws = () => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) break;
    }
  };
  const lines = new Lines(undefined);
  const str = (): string => {
    // i is at the opening quote.
    const start = ++i;
    let out = '';
    let from = start;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        out += text.slice(from, i);
        i++;
        return out;
      }
      if (c === 92) {
        out += text.slice(from, i);
        const e = text[++i];
        if (e === 'u') {
          const hex = text.slice(i + 1, i + 5);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail(`bad escape \\u${hex}`);
          out += String.fromCharCode(parseInt(hex, 16));
          i += 4;
        } else {
          const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
          const v = e === undefined ? undefined : map[e];
          if (v === undefined) fail(`bad escape \\${e ?? ''} in a string`);
          out += v;
        }
        from = i + 1;
      } else if (c < 32) {
        if (c === 10) fail('a string is not closed on its line');
        fail('a control character in a string');
      }
    }
    return fail('a string is not closed');
  };
  const NUM = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (path: string[]): unknown => {
    ws();
    if (i >= n) fail('the text ends where a value was expected');
    if (path.length > MAX_DEPTH) fail(`nested more than ${MAX_DEPTH} levels deep`);
    const c = text[i]!;
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      const seen = new Map<string, number>();
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(text[i] === '}' ? 'a comma before "}"' : `expected a key in double quotes, found ${show(text[i])}`);
        const keyLine = line;
        const key = str();
        const earlier = seen.get(key);
        if (earlier !== undefined) throw duplicate(key, path, earlier, keyLine, file, source);
        seen.set(key, keyLine);
        ws();
        if (text[i] !== ':') fail(`expected ":" after the key ${JSON.stringify(key)}, found ${show(text[i])}`);
        i++;
        const childPath = [...path, key];
        lines.map.set(childPath.join(SEP), keyLine);
        const v = value(childPath);
        setKey(obj, key, v);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail(`expected "," or "}", found ${show(text[i])}`);
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        ws();
        const itemPath = [...path, String(arr.length)];
        lines.map.set(itemPath.join(SEP), line);
        const v = value(itemPath);
        arr.push(v);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail(`expected "," or "]", found ${show(text[i])}`);
      }
    }
    if (c === '"') return str();
    if (c !== '-' && (c < '0' || c > '9')) {
      for (const [word, v] of WORDS) {
        if (text.startsWith(word, i)) {
          i += word.length;
          return v;
        }
      }
    } else if (c === '-' && text.startsWith('-Infinity', i)) {
      i += 9;
      return -Infinity;
    }
    NUM.lastIndex = i;
    const m = NUM.exec(text);
    if (!m) fail(`unexpected ${show(c)}`);
    i += m![0].length;
    return Number(m![0]);
  };
  ws();
  const rootLine = line;
  const root = value([]);
  ws();
  if (i < n) fail(`unexpected ${show(text[i])} after the end of the document`);
  const out = new Lines(rootLine);
  for (const [k, v] of lines.map) out.map.set(k, v);
  return { value: root, source, lineOf: (p) => out.lineOf(p) };
}

/** obj[key] = v, where a key named __proto__ is data, not the object's prototype. */
function setKey(obj: Record<string, unknown>, key: string, v: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
  else obj[key] = v;
}

function show(c: string | undefined): string {
  if (c === undefined) return 'the end of the text';
  if (c === '\n') return 'the end of the line';
  return JSON.stringify(c);
}

/**
 * YAML (and JSON, which is YAML) with line numbers and named duplicate keys, in one pass over the
 * parsed tree. Aliases are expanded up to 100 times, as for every other YAML file the suite reads.
 */
export function parseYamlText(text: string, source: string, file?: string): StructuredDocument {
  return simpleYaml(text, source, file) ?? fullYaml(text, source, file);
}

const SIMPLE_LINE = /^( *)([A-Za-z_][\w.\-@/]*)[ \t]*:(?:[ \t]+([-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?))?(?:[ \t]+#.*)?$/;
const BLANK_OR_COMMENT = /^[ \t]*(?:#.*)?$/;
const NOT_PLAIN_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/**
 * The common shape of a metrics or params file, read line by line: block mappings of plain names to
 * decimal numbers (YAML 1.2 core schema: `0.91`, `-1e-3`, `+7`), with comments and blank lines. Anything
 * else (quotes, flow collections, words, lists, anchors, tabs, odd indentation) returns undefined and is
 * read by the full YAML parser, which is several times slower on 100,000 keys.
 */
function simpleYaml(text: string, source: string, file: string | undefined): StructuredDocument | undefined {
  const lines = text.split('\n');
  const root: Record<string, unknown> = {};
  const map = new Map<string, number>();
  type Level = { indent: number; obj: Record<string, unknown>; path: string[]; seen: Map<string, number> };
  const stack: Level[] = [];
  let pending: { level: Level; key: string; line: number; indent: number } | undefined;
  let rootLine: number | undefined;
  const put = (level: Level, key: string, line: number, v: unknown) => {
    const earlier = level.seen.get(key);
    if (earlier !== undefined) throw duplicate(key, level.path, earlier, line, file, source);
    level.seen.set(key, line);
    map.set([...level.path, key].join(SEP), line);
    setKey(level.obj, key, v);
  };
  for (let k = 0; k < lines.length; k++) {
    let raw = lines[k]!;
    if (k === 0 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    if (BLANK_OR_COMMENT.test(raw)) continue;
    const m = SIMPLE_LINE.exec(raw);
    if (!m || NOT_PLAIN_KEY.test(m[2]!)) return undefined;
    const indent = m[1]!.length;
    const line = k + 1;
    if (rootLine === undefined) {
      if (indent !== 0) return undefined;
      rootLine = line;
      stack.push({ indent: 0, obj: root, path: [], seen: new Map() });
    }
    if (pending) {
      if (indent > pending.indent) {
        const child: Record<string, unknown> = {};
        put(pending.level, pending.key, pending.line, child);
        stack.push({ indent, obj: child, path: [...pending.level.path, pending.key], seen: new Map() });
      } else put(pending.level, pending.key, pending.line, null);
      pending = undefined;
    }
    while (stack.length > 1 && stack[stack.length - 1]!.indent > indent) stack.pop();
    const level = stack[stack.length - 1]!;
    if (level.indent !== indent) return undefined;
    if (stack.length > MAX_DEPTH) return undefined;
    const key = m[2]!;
    if (m[3] === undefined) pending = { level, key, line, indent };
    else put(level, key, line, Number(m[3]));
  }
  if (rootLine === undefined) return undefined;
  if (pending) put(pending.level, pending.key, pending.line, null);
  const out = new Lines(rootLine);
  for (const [k, v] of map) out.map.set(k, v);
  return { value: root, source, lineOf: (p) => out.lineOf(p) };
}

function fullYaml(text: string, source: string, file?: string): StructuredDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? (first.pos ? lineCounter.linePos(first.pos[0]).line : undefined);
    const message = `cannot parse ${source}: ${first.message.split('\n')[0]}`;
    const fix = 'Fix the syntax (JSON or YAML)';
    if (file) throw new UserError(message, { file, ...(line ? { line } : {}), fix });
    throw new UserError(`${source}${line ? `, line ${line}` : ''}: ${message.replace(`cannot parse ${source}`, 'cannot parse it')}`, {
      ...(line ? { line } : {}),
      fix,
    });
  }
  const lineAt = (node: unknown) => {
    const range = (node as Node | null | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  const lines = new Lines(lineAt(doc.contents));
  let aliases = 0;
  const toJs = (node: unknown, path: string[]): unknown => {
    if (path.length > MAX_DEPTH) {
      const at = lineAt(node);
      throw new UserError(`${source} is nested more than ${MAX_DEPTH} levels deep`, {
        ...(file ? { file } : {}),
        ...(file && at ? { line: at } : {}),
        fix: 'Metrics, rules and params are a few levels of names',
      });
    }
    if (isAlias(node)) {
      if (++aliases > 100) throw new UserError(`cannot read ${source}: more than 100 aliases`, file ? { file } : {});
      return toJs(node.resolve(doc as Document), path);
    }
    if (isMap(node)) {
      const obj: Record<string, unknown> = {};
      const seen = new Map<string, number | undefined>();
      for (const pair of node.items) {
        const keyNode = pair.key;
        if (isMap(keyNode) || isSeq(keyNode)) {
          const at = lineAt(keyNode);
          throw new UserError(`a key in ${source} is a ${isMap(keyNode) ? 'mapping' : 'list'}, not a name`, {
            ...(file ? { file } : {}),
            ...(file && at ? { line: at } : {}),
            fix: 'Keys are names such as accuracy',
          });
        }
        const raw = isScalar(keyNode) ? keyNode.value : keyNode;
        if (raw === '<<' && isScalar(keyNode))
          throw new UserError(`merge keys (<<) are not supported in ${source}`, {
            ...(file ? { file } : {}),
            ...(file && lineAt(keyNode) ? { line: lineAt(keyNode)! } : {}),
            fix: 'Write the keys out',
          });
        const key = raw === null || raw === undefined ? '' : String(raw);
        const keyLine = lineAt(keyNode);
        if (seen.has(key)) throw duplicate(key, path, seen.get(key), keyLine, file, source);
        seen.set(key, keyLine);
        const childPath = [...path, key];
        if (keyLine !== undefined) lines.map.set(childPath.join(SEP), keyLine);
        setKey(obj, key, toJs(pair.value, childPath));
      }
      return obj;
    }
    if (isSeq(node)) {
      return node.items.map((item, k) => {
        const at = lineAt(item);
        if (at !== undefined) lines.map.set([...path, String(k)].join(SEP), at);
        return toJs(item, [...path, String(k)]);
      });
    }
    if (isScalar(node)) return node.value;
    if (node === null || node === undefined) return null;
    try {
      return (node as Node).toJS(doc as Document, { maxAliasCount: 100 });
    } catch (e) {
      throw new UserError(`cannot read ${source}: ${messageOf(e)}`, file ? { file } : {});
    }
  };
  const value = toJs(doc.contents, []);
  return { value, source, lineOf: (p) => lines.lineOf(p) };
}

/** JSON for a `.json` file (strict: YAML would read `{"loss": }` as a null), YAML for anything else. */
export function parseDocumentText(text: string, source: string, file: string | undefined, format: 'json' | 'yaml'): StructuredDocument {
  return format === 'json' ? parseJsonText(text, source, file) : parseYamlText(text, source, file);
}

/** Refuses a file past `limit` bytes before reading it (a fork's artifact can feed these readers). */
export async function checkSize(
  path: string,
  displayPath: string,
  limit: number,
  what: string,
  fix: string,
  input?: string,
): Promise<void> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    return; // reading it says what is wrong
  }
  if (size > limit) {
    // Just past the limit, MiB rounds to the limit itself: say the bytes then.
    const shown = mib(size) === mib(limit) ? `${size.toLocaleString('en-US')} bytes` : mib(size);
    const allowed = mib(size) === mib(limit) ? `${limit.toLocaleString('en-US')} bytes (${mib(limit)})` : mib(limit);
    throw new UserError(`is ${shown}, more than the ${allowed} a ${what} may be`, {
      ...(input ? { input } : {}),
      file: displayPath,
      fix,
    });
  }
}

export function mib(bytes: number): string {
  return `${Number((bytes / 1024 / 1024).toPrecision(3))} MiB`;
}
