/**
 * GitHub Actions expressions (`${{ … }}` and `if:`), evaluated as the runner does, for running the
 * example workflows' jobs in tests: literals, context access (`a.b`, `a['b']`, `a.*` is not needed),
 * `!`, `==`, `!=`, `<`, `<=`, `>`, `>=`, `&&`, `||` (returning an operand, not a boolean), parentheses,
 * and the functions the examples use: format, contains, startsWith, endsWith, toJSON, fromJSON, and
 * the status functions. Comparison follows GitHub's loose rules: strings case-insensitively, mixed
 * types as numbers. Reference: docs.github.com, "Evaluate expressions in workflows and actions".
 */
export type Value = null | boolean | number | string | Value[] | { [k: string]: Value };

export interface Status {
  /** The job's state so far: success until a step fails. */
  failed: boolean;
  cancelled: boolean;
}

type Token = { kind: 'num' | 'str' | 'id' | 'op' | 'punct'; text: string; value?: Value };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let s = '';
      for (i++; ; i++) {
        if (i >= src.length) throw new Error(`unterminated string in: ${src}`);
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            s += "'";
            i++;
            continue;
          }
          break;
        }
        s += src[i];
      }
      i++;
      tokens.push({ kind: 'str', text: s, value: s });
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^-?(0x[0-9a-f]+|\d+(\.\d+)?(e[+-]?\d+)?)/i.exec(src.slice(i))!;
      tokens.push({ kind: 'num', text: m[0], value: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w-]*/.exec(src.slice(i))!;
      tokens.push({ kind: 'id', text: m[0] });
      i += m[0].length;
    } else {
      const two = src.slice(i, i + 2);
      if (['==', '!=', '<=', '>=', '&&', '||'].includes(two)) {
        tokens.push({ kind: 'op', text: two });
        i += 2;
      } else if ('!<>'.includes(c)) {
        tokens.push({ kind: 'op', text: c });
        i++;
      } else if ('()[].,'.includes(c)) {
        tokens.push({ kind: 'punct', text: c });
        i++;
      } else throw new Error(`unexpected '${c}' in: ${src}`);
    }
  }
  return tokens;
}

export function truthy(v: Value): boolean {
  return !(v === null || v === false || v === 0 || v === '' || (typeof v === 'number' && Number.isNaN(v)));
}

function toNumber(v: Value): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v);
  return Number.NaN;
}

function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b && (typeof a !== 'object' || a === null || b === null)) return a === b;
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return a === b;
  return toNumber(a) === toNumber(b);
}

/** How a value becomes text in `${{ }}` and in inputs and env. */
export function render(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  return JSON.stringify(v, null, 2);
}

export function evaluate(src: string, contexts: Record<string, Value>, status: Status = { failed: false, cancelled: false }): Value {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = () => tokens[pos];
  const take = (text?: string) => {
    const t = tokens[pos++];
    if (!t || (text !== undefined && t.text !== text)) throw new Error(`expected '${text}' in: ${src}`);
    return t;
  };

  const functions: Record<string, (...args: Value[]) => Value> = {
    format: (fmt, ...args) =>
      render(fmt).replace(/\{\{|\}\}|\{(\d+)\}/g, (m, n) => (m === '{{' ? '{' : m === '}}' ? '}' : render(args[Number(n)] ?? null))),
    contains: (hay, needle) =>
      Array.isArray(hay) ? hay.some((h) => equal(h, needle)) : render(hay).toLowerCase().includes(render(needle).toLowerCase()),
    startsWith: (s, p) => render(s).toLowerCase().startsWith(render(p).toLowerCase()),
    endsWith: (s, p) => render(s).toLowerCase().endsWith(render(p).toLowerCase()),
    toJSON: (v) => JSON.stringify(v, null, 2),
    fromJSON: (v) => JSON.parse(render(v)) as Value,
    success: () => !status.failed && !status.cancelled,
    failure: () => status.failed,
    cancelled: () => status.cancelled,
    always: () => true,
  };

  const primary = (): Value => {
    const t = take();
    if (t.kind === 'str' || t.kind === 'num') return t.value!;
    if (t.text === '(') {
      const v = or();
      take(')');
      return v;
    }
    if (t.text === '!') return !truthy(primary());
    if (t.kind !== 'id') throw new Error(`unexpected '${t.text}' in: ${src}`);
    if (t.text === 'true') return true;
    if (t.text === 'false') return false;
    if (t.text === 'null') return null;
    if (peek()?.text === '(') {
      take('(');
      const args: Value[] = [];
      while (peek()?.text !== ')') {
        args.push(or());
        if (peek()?.text === ',') take(',');
      }
      take(')');
      const fn = functions[t.text];
      if (!fn) throw new Error(`unknown function ${t.text} in: ${src}`);
      return fn(...args);
    }
    if (!(t.text in contexts)) throw new Error(`unknown context '${t.text}' in: ${src}`);
    let v: Value = contexts[t.text] ?? null;
    for (;;) {
      if (peek()?.text === '.') {
        take('.');
        v = member(v, take().text);
      } else if (peek()?.text === '[') {
        take('[');
        const key = or();
        take(']');
        v = member(v, render(key));
      } else return v;
    }
  };
  const member = (v: Value, key: string): Value => {
    if (v === null || typeof v !== 'object') return null;
    if (Array.isArray(v)) return v[Number(key)] ?? null;
    // Property names are case-insensitive in expressions.
    const found = Object.keys(v).find((k) => k.toLowerCase() === key.toLowerCase());
    return found === undefined ? null : v[found]!;
  };
  const comparison = (): Value => {
    let left = primary();
    for (;;) {
      const op = peek()?.text;
      if (op !== '==' && op !== '!=' && op !== '<' && op !== '<=' && op !== '>' && op !== '>=') return left;
      take();
      const right = primary();
      if (op === '==') left = equal(left, right);
      else if (op === '!=') left = !equal(left, right);
      else {
        const [a, b] =
          typeof left === 'string' && typeof right === 'string'
            ? [left.toLowerCase(), right.toLowerCase()]
            : [toNumber(left), toNumber(right)];
        left = op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
      }
    }
  };
  const and = (): Value => {
    let left = comparison();
    while (peek()?.text === '&&') {
      take();
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const or = (): Value => {
    let left = and();
    while (peek()?.text === '||') {
      take();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const v = or();
  if (pos !== tokens.length) throw new Error(`unexpected '${tokens[pos]!.text}' in: ${src}`);
  return v;
}

/** A string with `${{ … }}` parts replaced by their values. */
export function interpolate(text: string, contexts: Record<string, Value>, status?: Status): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expr: string) => render(evaluate(expr, contexts, status)));
}

/** An `if:` condition: an expression with or without `${{ }}`, implicitly `success() && (…)`. */
export function condition(src: string | boolean | undefined, contexts: Record<string, Value>, status: Status): boolean {
  if (src === undefined) return !status.failed && !status.cancelled;
  const text = String(src).trim();
  const expr = /^\$\{\{([\s\S]*)\}\}$/.exec(text)?.[1] ?? text;
  const usesStatus = /\b(success|failure|cancelled|always)\s*\(/.test(expr);
  const value = truthy(evaluate(expr, contexts, status));
  return usesStatus ? value : value && !status.failed && !status.cancelled;
}
