/**
 * JSONL lines may leave keys out. A key first seen after the first SNIFF_ROWS lines (or only in a
 * later file) is still a column — missing in the lines before it — in the sniff, in an exact
 * comparison (as reference and as current) and in profiles; it used to be dropped, which turned a
 * column the reference had early into a "column removed" schema change.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { driftReport, type DriftOptions } from '../../../packages/drift/src/engine.ts';
import { profileDataset } from '../../../packages/drift/src/profile.ts';
import { sniff, SNIFF_ROWS, type DataFile } from '../../../packages/drift/src/read.ts';
import { tempDirSync } from '../../harness/temp.ts';

const dir = tempDirSync('drift-late-keys-');
const none = { columns: [], exclude: [], categorical: [], numerical: [] };
const LATE = SNIFF_ROWS + 100;
const ROWS = LATE + 900;

/** ROWS lines of {"c": …}; from line `from` on, also "v": a number (the key is absent before, not null). */
function lines(from: number, shift = 0): string {
  const out: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    const o: Record<string, unknown> = { c: i % 3 ? 'x' : 'y' };
    if (i >= from) o.v = ((i * 7919) % 1000) / 10 + shift;
    out.push(JSON.stringify(o));
  }
  return `${out.join('\n')}\n`;
}
function write(name: string, content: string): DataFile {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { path, display: name, format: 'jsonl' };
}
const early = write('early.jsonl', lines(0));
const late = write('late.jsonl', lines(LATE));
write('late-shifted.jsonl', lines(LATE, 60)); // the current of the shift case, by name
const options = (reference: DriftOptions['reference'], current: string[], out: string): DriftOptions => ({
  workspace: dir,
  reference,
  current,
  format: 'auto',
  selection: none,
  tests: {},
  thresholds: {},
  driftShare: 0.5,
  criticalColumns: [],
  correction: 'none',
  schemaChanges: 'drift',
  reportDir: join(dir, out),
});

describe('JSONL keys first seen after the sniff window', () => {
  it('sniff: a key absent from the first 1,100 lines is a numerical column', async () => {
    expect((await sniff([late])).columns).toEqual([
      { name: 'c', type: 'categorical' },
      { name: 'v', type: 'numerical' },
    ]);
  });

  it('sniff: a key only in the second file of the dataset is a column', async () => {
    const a = write('only-c.jsonl', '{"c": "x"}\n{"c": "y"}\n');
    const b = write('with-w.jsonl', '{"c": "x", "w": "k"}\n');
    expect((await sniff([a, b])).columns).toEqual([
      { name: 'c', type: 'categorical' },
      { name: 'w', type: 'categorical' },
    ]);
  });

  it('sniff: a late key takes its type from its values, not from its first one only', async () => {
    const body = Array.from({ length: LATE }, () => '{"c": "x"}');
    body.push('{"c": "x", "v": 1}', '{"c": "x", "v": "abc"}');
    expect((await sniff([write('late-mixed.jsonl', `${body.join('\n')}\n`)])).columns[1]).toEqual({ name: 'v', type: 'categorical' });
  });

  it.each([
    ['current', 'early.jsonl', 'late.jsonl'],
    ['reference', 'late.jsonl', 'early.jsonl'],
  ])(
    'raw mode, the late key in the %s: no schema change, the column is compared with the missing lines counted',
    async (which, ref, cur) => {
      const r = await driftReport(options([ref], [cur], `raw-${which}`));
      expect(r.report.schema_changes).toEqual([]);
      const v = r.report.columns.find((c) => c.name === 'v')!;
      expect(v.type).toBe('numerical');
      const lateSide = which === 'current' ? v.current : v.reference;
      const earlySide = which === 'current' ? v.reference : v.current;
      expect([lateSide.rows, lateSide.missing, lateSide.count]).toEqual([ROWS, LATE, ROWS - LATE]);
      expect([earlySide.rows, earlySide.missing, earlySide.count]).toEqual([ROWS, 0, ROWS]);
      expect(v.missing.drift).toBe(true); // 0 % vs 55 % missing
    },
  );

  it('raw mode: a shift of the late values is found', async () => {
    const r = await driftReport(options(['late.jsonl'], ['late-shifted.jsonl'], 'raw-shift'));
    expect(r.report.schema_changes).toEqual([]);
    const v = r.report.columns.find((c) => c.name === 'v')!;
    expect([v.reference.count, v.current.count]).toEqual([ROWS - LATE, ROWS - LATE]);
    expect(v.drift).toBe(true);
  });

  it('profile mode: a profile of data with the late key has the column, and so does the current side compared with it', async () => {
    const profile = await profileDataset([late], (await sniff([late])).columns);
    const pv = profile.columns.find((c) => c.name === 'v')!;
    expect(pv.type).toBe('numerical');
    expect([pv.rows, pv.count, pv.missing]).toEqual([ROWS, ROWS - LATE, LATE]);
    // Reference profile with the late key against current data with it early, then the reverse.
    const a = await driftReport(options({ profile, label: 'late.json' }, ['early.jsonl'], 'profile-ref-late'));
    expect(a.report.schema_changes).toEqual([]);
    expect(a.report.columns.find((c) => c.name === 'v')!.current.count).toBe(ROWS);
    const earlyProfile = await profileDataset([early], (await sniff([early])).columns);
    const b = await driftReport(options({ profile: earlyProfile, label: 'early.json' }, ['late.jsonl'], 'profile-cur-late'));
    expect(b.report.schema_changes).toEqual([]);
    const bv = b.report.columns.find((c) => c.name === 'v')!;
    expect([bv.current.rows, bv.current.missing, bv.current.count]).toEqual([ROWS, LATE, ROWS - LATE]);
  });
});
