import { describe, expect, it } from 'vitest';
import { Inputs, fromRecord, mappingInput, parseDuration } from '@mlops-actions/action-kit';

const inputs = (r: Record<string, string>) => new Inputs(fromRecord(r));

describe('Inputs', () => {
  it('names the missing required input and the fix', () => {
    expect(() => inputs({}).string('metrics')).toThrow(/input 'metrics': is required but was not set\. Add 'metrics:' under 'with:'/);
  });

  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['', true],
  ])('boolean %j', (raw, want) => {
    expect(inputs({ x: raw }).boolean('x', true)).toBe(want);
  });

  it.each(['yes', '1', 'on', 'tru'])('rejects the boolean %j naming the input', (raw) => {
    expect(() => inputs({ force: raw }).boolean('force', false)).toThrow(`input 'force': must be true or false, got '${raw}'`);
  });

  it('numbers: range, integer, garbage', () => {
    expect(inputs({ n: '0.25' }).number('n', 1, { min: 0, max: 1 })).toBe(0.25);
    expect(inputs({}).number('n', 4)).toBe(4);
    expect(() => inputs({ n: 'abc' }).number('n', 1)).toThrow("input 'n': must be a number, got 'abc'");
    expect(() => inputs({ n: '1.5' }).number('n', 1, { integer: true })).toThrow('must be an integer');
    expect(() => inputs({ n: '2' }).number('n', 1, { max: 1 })).toThrow('must be at most 1, got 2');
    expect(() => inputs({ n: 'Infinity' }).number('n', 1)).toThrow('must be a number');
  });

  it('choices list what is allowed', () => {
    expect(inputs({ a: 'md5' }).choice('a', ['sha256', 'md5'] as const, 'sha256')).toBe('md5');
    expect(() => inputs({ a: 'crc' }).choice('a', ['sha256', 'md5'] as const)).toThrow("must be one of 'sha256', 'md5', got 'crc'");
  });

  it('lists skip blanks and comments, optionally split on commas', () => {
    expect(inputs({ p: 'data/\n\n# not this\n  models/*.bin  \n' }).list('p')).toEqual(['data/', 'models/*.bin']);
    expect(inputs({ c: 'a, b\nc' }).list('c', { commas: true })).toEqual(['a', 'b', 'c']);
    expect(() => inputs({}).list('p', { required: true })).toThrow("input 'p': is required");
  });

  it('mappings accept YAML and JSON and reject scalars', () => {
    expect(mappingInput(inputs({ m: 'a: 1\nb: [x]' }), 'm')).toEqual({ a: 1, b: ['x'] });
    expect(mappingInput(inputs({ m: '{"a": 2}' }), 'm')).toEqual({ a: 2 });
    expect(() => mappingInput(inputs({ m: 'just text' }), 'm')).toThrow("input 'm': must be a mapping");
    expect(() => mappingInput(inputs({ m: 'a: [1' }), 'm')).toThrow(/input 'm': is not valid YAML or JSON/);
  });

  it('paths stay inside the root', () => {
    expect(inputs({ p: 'data/x.csv' }).path('p', { root: '/ws' })).toBe('/ws/data/x.csv');
    expect(() => inputs({ p: '../etc/passwd' }).path('p', { root: '/ws' })).toThrow(
      "input 'p': '../etc/passwd' leads outside the workspace",
    );
  });

  it('durations', () => {
    expect(parseDuration('30d')).toBe(30 * 86400e3);
    expect(parseDuration('90m')).toBe(90 * 60e3);
    expect(parseDuration('1.5h')).toBe(1.5 * 3600e3);
    expect(parseDuration('30 days')).toBeUndefined();
    expect(() => inputs({ d: '3 months' }).duration('d')).toThrow("input 'd': '3 months' is not a duration. Write a number and a unit");
  });
});
