import { describe, expect, it } from 'vitest';
import { MISSING_TOKENS, parseNumber, parseNumberText } from '../../../packages/drift/src/number.ts';
import * as num from '../../../packages/drift/src/number.ts';

function parse(text: string): { value: number; status: number } {
  const b = Buffer.from(text, 'latin1');
  const value = parseNumber(b, 0, b.length);
  return { value, status: num.parseStatus };
}

describe('parseNumber (bytes → double)', () => {
  it.each([
    ['0', 0],
    ['-0', -0],
    ['1', 1],
    ['-17', -17],
    ['+3.5', 3.5],
    ['0.1', 0.1],
    ['.5', 0.5],
    ['5.', 5],
    ['1e3', 1000],
    ['1E-3', 0.001],
    ['2.5e+2', 250],
    ['  42  ', 42],
    ['123456789012345', 123456789012345],
    ['0.000001234', 0.000001234],
    ['1e22', 1e22],
    ['1e23', 1e23],
    ['9007199254740993', 9007199254740993],
    ['0.30000000000000004', 0.30000000000000004],
    ['1.7976931348623157e308', 1.7976931348623157e308],
    ['5e-324', 5e-324],
    ['inf', Infinity],
    ['-Infinity', -Infinity],
  ])('%s → %s, as Number() parses it', (text, expected) => {
    const r = parse(text);
    expect(r.status).toBe(num.NUMBER);
    expect(Object.is(r.value, expected)).toBe(true);
  });

  it.each(MISSING_TOKENS.map((t) => [t]))('missing token %j', (t) => {
    expect(parse(t).status).toBe(num.MISSING);
  });

  it.each([['abc'], ['1,5'], ['1.2.3'], ['1e'], ['-'], ['0x10'], ['12abc'], ['e5'], ['--1'], ['1 2'], ['Infinityx']])(
    'text %j is not a number',
    (t) => {
      expect(parse(t).status).toBe(num.TEXT);
    },
  );

  it('gives the correctly rounded double for 100,000 random values written the shortest way and with fixed digits', () => {
    let s = 12345;
    const rnd = () => {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      return s / 4294967296;
    };
    for (let i = 0; i < 100_000; i++) {
      const x = (rnd() - 0.5) * Math.pow(10, Math.floor(rnd() * 40) - 20);
      for (const text of [
        String(x),
        x.toFixed(Math.floor(rnd() * 8)),
        x.toExponential(Math.floor(rnd() * 16)),
        x.toPrecision(1 + Math.floor(rnd() * 20)),
      ]) {
        const r = parse(text);
        if (r.status !== num.NUMBER || !Object.is(r.value, Number(text)))
          throw new Error(`${text}: got ${r.value}, Number() says ${Number(text)}`);
      }
    }
  });

  it('rounds 16 to 19 significant digits correctly, midpoints included (the double-double path)', () => {
    let s = 777;
    const rnd = () => {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      return s / 4294967296;
    };
    const cases = [
      '9007199254740993',
      '9007199254740995',
      '18014398509481985',
      '0.1000000000000000055511151231257827',
      '1.0000000000000001110',
      '123456789012345678e-22',
      '999999999999999999e3',
    ];
    for (let i = 0; i < 200_000; i++) {
      const n = 16 + Math.floor(rnd() * 4);
      let m = String(1 + Math.floor(rnd() * 9));
      for (let k = 1; k < n; k++) m += String(Math.floor(rnd() * 10));
      const point = Math.floor(rnd() * (n + 1));
      const exp = Math.floor(rnd() * 45) - 22;
      cases.push(`${m.slice(0, point)}.${m.slice(point)}${rnd() < 0.5 ? `e${exp}` : ''}`);
      // Exact midpoints between two doubles: (2k+1)·2^(e-1) written out in decimal.
      const x = 1 + rnd();
      const mid = (x + Number.EPSILON * 0.5).toPrecision(19);
      cases.push(mid);
    }
    for (const text of cases) {
      const r = parse(text);
      if (r.status !== num.NUMBER || !Object.is(r.value, Number(text)))
        throw new Error(`${text}: got ${r.value}, Number() says ${Number(text)}`);
    }
  });

  it('parses text values (JSONL, Parquet strings) with the same rules', () => {
    expect(parseNumberText('2.5')).toBe(2.5);
    expect(num.parseStatus).toBe(num.NUMBER);
    parseNumberText('NULL');
    expect(num.parseStatus).toBe(num.MISSING);
    parseNumberText('zwölf');
    expect(num.parseStatus).toBe(num.TEXT);
  });
});
