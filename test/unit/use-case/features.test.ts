import { describe, expect, it } from 'vitest';
import {
  encodeLabel,
  encodeRow,
  FEATURES,
  FeatureError,
  LEAKY_COLUMNS,
  TARGET,
} from '../../../workflows-examples/use-case/src/features.ts';

const row = {
  UDI: '7',
  'Product ID': 'M14866',
  Type: 'M',
  'Air temperature [K]': '298.1',
  'Process temperature [K]': 308.6,
  'Rotational speed [rpm]': '1551',
  'Torque [Nm]': ' 42.8 ',
  'Tool wear [min]': 0,
  'Machine failure': '1',
  TWF: '1',
};

describe('encodeRow', () => {
  it('reads the six features in order, from strings or numbers; Type as its quality rank', () => {
    expect(encodeRow(row)).toEqual([1, 298.1, 308.6, 1551, 42.8, 0]);
    expect(encodeRow({ ...row, Type: 'L' })[0]).toBe(0);
    expect(encodeRow({ ...row, Type: 'H' })[0]).toBe(2);
  });

  it('never uses the target, the failure modes or the IDs', () => {
    for (const c of [TARGET, ...LEAKY_COLUMNS, 'UDI', 'Product ID']) expect(FEATURES as readonly string[]).not.toContain(c);
  });

  it.each([
    { change: { 'Torque [Nm]': 'abc' }, column: 'Torque [Nm]', message: /not a number: "abc"/ },
    { change: { 'Torque [Nm]': '' }, column: 'Torque [Nm]', message: /is missing/ },
    { change: { 'Tool wear [min]': 'NaN' }, column: 'Tool wear [min]', message: /not a number/ },
    { change: { 'Rotational speed [rpm]': Infinity }, column: 'Rotational speed [rpm]', message: /not a number/ },
    { change: { 'Air temperature [K]': '1e400' }, column: 'Air temperature [K]', message: /not a number/ },
    { change: { Type: 'X' }, column: 'Type', message: /L, M or H/ },
    { change: { Type: undefined }, column: 'Type', message: /missing/ },
  ])('refuses $column = $change', ({ change, column, message }) => {
    let error: unknown;
    try {
      encodeRow({ ...row, ...change });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FeatureError);
    expect((error as FeatureError).column).toBe(column);
    expect((error as FeatureError).message).toMatch(message);
  });

  it('refuses a feature list with a name the serving code cannot build', () => {
    expect(() => encodeRow(row, ['Type', 'Spindle vibration [g]'])).toThrow(/does not know/);
  });
});

describe('encodeLabel', () => {
  it('reads 0 and 1 and nothing else', () => {
    expect(encodeLabel('1')).toBe(1);
    expect(encodeLabel(0)).toBe(0);
    expect(() => encodeLabel('yes')).toThrow(/must be 0 or 1/);
    expect(() => encodeLabel('')).toThrow(/missing/);
  });
});
