/**
 * Number parsing straight from the bytes of a CSV field, without making a string first.
 *
 * The fast path is Clinger's: a decimal with at most 15 significant digits and a power of ten within
 * ±22 is exactly `mantissa × 10^k` or `mantissa / 10^k` with both operands exact doubles, so a single
 * IEEE operation gives the correctly rounded result — the same double `Number()` (and Python's
 * `float()`) returns. Anything longer (e.g. 17-digit round-trip floats) falls back to `Number()` on
 * the text, which is correctly rounded too; the syntax was already validated byte by byte.
 */

/** What the last call to {@link parseNumber} found. */
export const NUMBER = 0;
export const MISSING = 1;
export const TEXT = 2;

export let parseStatus = NUMBER;

const POW10 = new Float64Array(23);
for (let i = 0, p = 1; i < 23; i++, p *= 10) POW10[i] = p;

/**
 * The missing-value tokens pandas' `read_csv` recognises by default, so a file means the same thing
 * to us as to the Python stack a team may already use. An empty field is missing too.
 */
export const MISSING_TOKENS: readonly string[] = [
  '',
  '#N/A',
  '#N/A N/A',
  '#NA',
  '-1.#IND',
  '-1.#QNAN',
  '-NaN',
  '-nan',
  '1.#IND',
  '1.#QNAN',
  '<NA>',
  'N/A',
  'NA',
  'NULL',
  'NaN',
  'None',
  'n/a',
  'nan',
  'null',
];
const MISSING_SET = new Set(MISSING_TOKENS);
const INFINITY_TOKENS = new Map<string, number>([
  ['inf', Infinity],
  ['+inf', Infinity],
  ['-inf', -Infinity],
  ['Inf', Infinity],
  ['+Inf', Infinity],
  ['-Inf', -Infinity],
  ['INF', Infinity],
  ['-INF', -Infinity],
  ['Infinity', Infinity],
  ['+Infinity', Infinity],
  ['-Infinity', -Infinity],
]);

/** True when the text is one of the missing-value tokens. */
export function isMissingText(s: string): boolean {
  return MISSING_SET.has(s);
}

/** True when bytes [s, e) are a missing-value token (checked without a string for the common lengths). */
export function isMissingBytes(b: Uint8Array, s: number, e: number): boolean {
  const len = e - s;
  if (len === 0) return true;
  if (len > 8) return false;
  const c = b[s]!;
  // Every token starts with one of: # - 1 < N n
  if (c !== 35 && c !== 45 && c !== 49 && c !== 60 && c !== 78 && c !== 110) return false;
  return MISSING_SET.has(latin1(b, s, e));
}

/** Buffer's undocumented but long-standing fast Latin-1 decoder (what toString('latin1') calls). */
type Latin1 = { latin1Slice?: (start: number, end: number) => string };

function latin1(b: Uint8Array, s: number, e: number): string {
  const f = (b as Latin1).latin1Slice;
  return f ? f.call(b, s, e) : Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('latin1');
}

/**
 * Parses bytes [s, e) as a decimal number (optional sign, digits, fraction, exponent; surrounding
 * spaces allowed; `inf`/`Infinity` accepted). Sets {@link parseStatus}: NUMBER (the value is returned),
 * MISSING (an empty field or a missing token such as `NA`, `nan`, `NULL`), or TEXT (anything else).
 */
export function parseNumber(b: Uint8Array, s: number, e: number): number {
  while (s < e && b[s] === 32) s++;
  while (e > s && b[e - 1] === 32) e--;
  if (s === e) {
    parseStatus = MISSING;
    return NaN;
  }
  let i = s;
  let neg = false;
  const c = b[i]!;
  if (c === 45 || c === 43) {
    neg = c === 45;
    i++;
  }
  // Up to 19 significant digits: the first 15 in `hi`, the next (up to 4) in `lo`.
  let hi = 0;
  let lo = 0;
  let loDigits = 0;
  let significant = 0;
  let exp10 = 0;
  let digits = 0;
  let tooLong = false; // more than 19 significant digits: leave it to Number()
  for (; i < e; i++) {
    const d = b[i]! - 48;
    if (d < 0 || d > 9) break;
    digits++;
    if (significant === 0 && d === 0) continue;
    significant++;
    if (significant <= 15) hi = hi * 10 + d;
    else if (significant <= 19) {
      lo = lo * 10 + d;
      loDigits++;
    } else {
      tooLong = true;
      exp10++;
    }
  }
  if (i < e && b[i] === 46) {
    i++;
    for (; i < e; i++) {
      const d = b[i]! - 48;
      if (d < 0 || d > 9) break;
      digits++;
      if (significant === 0 && d === 0) {
        exp10--;
        continue;
      }
      significant++;
      if (significant <= 15) {
        hi = hi * 10 + d;
        exp10--;
      } else if (significant <= 19) {
        lo = lo * 10 + d;
        loDigits++;
        exp10--;
      } else {
        tooLong = true;
      }
    }
  }
  if (digits === 0) return special(b, s, e);
  if (i < e && (b[i] === 101 || b[i] === 69)) {
    i++;
    let eneg = false;
    if (i < e && (b[i] === 45 || b[i] === 43)) {
      eneg = b[i] === 45;
      i++;
    }
    const start = i;
    let ev = 0;
    for (; i < e; i++) {
      const d = b[i]! - 48;
      if (d < 0 || d > 9) break;
      if (ev < 100000) ev = ev * 10 + d;
    }
    if (i === start) return special(b, s, e);
    exp10 += eneg ? -ev : ev;
  }
  if (i !== e) return special(b, s, e);
  parseStatus = NUMBER;
  if (significant === 0) return neg ? -0 : 0;
  if (tooLong || exp10 < -22 || exp10 > 22) return Number(latin1(b, s, e));
  let v: number;
  if (loDigits === 0) {
    // Clinger's fast path: hi < 10^15 and 10^|exp10| are exact doubles, one rounding.
    v = exp10 === 0 ? hi : exp10 < 0 ? hi / POW10[-exp10]! : hi * POW10[exp10]!;
  } else {
    v = doubleDouble(hi, lo, loDigits, exp10);
    if (Number.isNaN(v)) return Number(latin1(b, s, e));
  }
  return neg ? -v : v;
}

// Error-free transformations (Dekker, Knuth): the exact product of two doubles as a sum of two.
const SPLIT = 134217729; // 2^27 + 1
let prodHi = 0;
let prodLo = 0;
function twoProduct(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  prodHi = p;
  prodLo = ah * bh - p + ah * bl + al * bh + al * bl;
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/** The next double above (dir 1) or below (dir -1) a positive finite x. */
function neighbour(x: number, dir: 1 | -1): number {
  bits[0] = x;
  const l = words[LOW]!;
  if (dir > 0) {
    words[LOW] = (l + 1) >>> 0;
    if (l === 0xffffffff) words[1 - LOW] = (words[1 - LOW]! + 1) >>> 0;
  } else {
    words[LOW] = (l - 1) >>> 0;
    if (l === 0) words[1 - LOW] = (words[1 - LOW]! - 1) >>> 0;
  }
  return bits[0]!;
}

/**
 * (hi·10^loDigits + lo)·10^exp10 for 16 to 19 significant digits and |exp10| ≤ 22, correctly
 * rounded: the mantissa is held exactly as a double-double, multiplied or divided by the exact power
 * of ten with about 104 bits of precision, and rounded. When the result lies within 2^-95 (relative)
 * of a midpoint between two doubles the rounding cannot be decided this way: NaN, and the caller
 * falls back to Number().
 */
function doubleDouble(hi: number, lo: number, loDigits: number, exp10: number): number {
  twoProduct(hi, POW10[loDigits]!);
  const p = prodHi;
  const err = prodLo;
  const s = p + lo;
  const bb = s - p;
  const tail = p - (s - bb) + (lo - bb) + err; // small integers: exact
  const mh = s + tail;
  const ml = tail - (mh - s);
  let q: number;
  let r: number;
  if (exp10 >= 0) {
    const P = POW10[exp10]!;
    twoProduct(mh, P);
    const p2 = prodLo + ml * P;
    q = prodHi + p2;
    r = p2 - (q - prodHi);
  } else {
    const P = POW10[-exp10]!;
    const q1 = mh / P;
    twoProduct(q1, P);
    const rem = (mh - prodHi - prodLo + ml) / P;
    q = q1 + rem;
    r = rem - (q - q1);
  }
  // Half the gap to a neighbour is at least 2^-54·q: below that (most values), no need to look.
  if (r === 0 || Math.abs(r) < q * 5.55e-17) return q;
  const half = Math.abs(neighbour(q, r > 0 ? 1 : -1) - q) / 2;
  const a = Math.abs(r);
  if (a >= half || half - a <= q * 2.5e-29) return NaN;
  return q;
}

/** Not a plain decimal: a missing token, an infinity, or text. */
function special(b: Uint8Array, s: number, e: number): number {
  if (e - s > 9) {
    parseStatus = TEXT;
    return NaN;
  }
  const t = latin1(b, s, e);
  if (MISSING_SET.has(t)) {
    parseStatus = MISSING;
    return NaN;
  }
  const inf = INFINITY_TOKENS.get(t);
  if (inf !== undefined) {
    parseStatus = NUMBER;
    return inf;
  }
  parseStatus = TEXT;
  return NaN;
}

/** The same rules for a value that is already a string (JSONL, Parquet text columns, overrides). */
export function parseNumberText(t: string): number {
  const buf = Buffer.from(t, 'latin1');
  // Non-Latin-1 text cannot be a number.
  if (buf.length !== t.length || /[^\x00-\xff]/.test(t)) {
    parseStatus = isMissingText(t) ? MISSING : TEXT;
    return NaN;
  }
  return parseNumber(buf, 0, buf.length);
}
