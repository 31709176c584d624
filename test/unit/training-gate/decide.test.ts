import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decide, paramsHash, type Champion, type TrainingComponents } from '@mlops-actions/training-gate';

const h = (s: string) => `sha256:${createHash('sha256').update(s).digest('hex')}`;
const current: TrainingComponents = { data: h('data1'), code: h('code1'), params: paramsHash({ lr: 0.1 }), extra: '-' };
const now = new Date('2026-11-26T12:00:00Z');
const champion = (over: Partial<Champion> = {}): Champion => ({
  version: '1.0.0',
  createdAt: '2026-11-20T12:00:00Z',
  training: { data: current.data, code: current.code, params: current.params, extra: '-' },
  ...over,
});

describe('decide', () => {
  it.each<[string, Partial<Parameters<typeof decide>[0]>, string[]]>([
    ['nothing changed', {}, ['unchanged']],
    ['no champion', { champion: undefined }, ['no-champion']],
    ['forced', { force: true }, ['forced']],
    ['data', { current: { ...current, data: h('data2') } }, ['data-changed']],
    ['code', { current: { ...current, code: h('code2') } }, ['code-changed']],
    ['params', { current: { ...current, params: paramsHash({ lr: 0.2 }) } }, ['params-changed']],
    ['extra key', { current: { ...current, extra: h('torch 2.5') } }, ['extra-changed']],
    ['drift', { drift: true }, ['drift']],
    ['stale', { maxAgeMs: 3 * 86400e3 }, ['stale']],
    ['fresh enough', { maxAgeMs: 30 * 86400e3 }, ['unchanged']],
    [
      'everything at once',
      { force: true, drift: true, maxAgeMs: 86400e3, current: { data: h('d'), code: h('c'), params: paramsHash({ lr: 1 }), extra: '-' } },
      ['forced', 'data-changed', 'code-changed', 'params-changed', 'stale', 'drift'],
    ],
    ['forced with no champion and drift', { force: true, champion: undefined, drift: true }, ['forced', 'no-champion', 'drift']],
  ])('%s', (_name, over, reasons) => {
    const d = decide({ current, champion: champion(), drift: false, force: false, now, ...over });
    expect(d.reasons).toEqual(reasons);
    expect(d.shouldTrain).toBe(reasons[0] !== 'unchanged');
  });

  it("falls back to the card's data hash and params when the champion has no recorded parts", () => {
    const c = champion({ training: undefined, dataHash: current.data, params: { lr: 0.1 } });
    expect(decide({ current, champion: c, drift: false, force: false, now }).reasons).toEqual(['unchanged']);
    const d = decide({ current: { ...current, params: paramsHash({ lr: 0.3 }) }, champion: c, drift: false, force: false, now });
    expect(d.reasons).toEqual(['params-changed']);
    // The code cannot be compared: shown as unknown, not as a change.
    expect(d.rows.find((r) => r.input === 'code')).toMatchObject({ champion: 'not recorded', changed: null });
  });

  it('does not compare a part the run does not give', () => {
    const d = decide({ current: { ...current, code: '-' }, champion: champion(), drift: false, force: false, now });
    expect(d.reasons).toEqual(['unchanged']);
    expect(d.rows.find((r) => r.input === 'code')).toMatchObject({ current: 'not given', changed: null });
  });
});
