import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isUserError, type UserError } from '@mlops-actions/errors';
import { readDataset } from '../../../workflows-examples/use-case/src/data.ts';
import { tempDir } from '../../harness/temp.ts';

const HEADER =
  'UDI,Product ID,Type,Air temperature [K],Process temperature [K],Rotational speed [rpm],Torque [Nm],Tool wear [min],Machine failure,TWF,HDF,PWF,OSF,RNF';
const line = (udi: number, over: Partial<Record<string, string>> = {}) => {
  const v = { Type: 'M', air: '298.1', proc: '308.6', speed: '1551', torque: '42.8', wear: '0', fail: '0', ...over };
  return `${udi},M${14860 + udi},${v.Type},${v.air},${v.proc},${v.speed},${v.torque},${v.wear},${v.fail},0,0,0,0,0`;
};

let dir: string;
beforeAll(async () => {
  dir = await tempDir('use-case-data-');
});

async function file(name: string, text: string): Promise<string> {
  const p = join(dir, name);
  await mkdir(join(p, '..'), { recursive: true });
  await writeFile(p, text);
  return p;
}

async function failure(paths: string[]): Promise<UserError> {
  try {
    await readDataset(paths);
  } catch (e) {
    if (isUserError(e)) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('readDataset', () => {
  it('reads every .csv of a folder in name order, columns by their bracketed names', async () => {
    await file('ok/batch-0002.csv', `${HEADER}\n${line(3)}\n`);
    await file('ok/batch-0001.csv', `${HEADER}\n${line(1)}\n${line(2, { fail: '1', Type: 'H' })}\n`);
    await file('ok/notes.txt', 'not data');
    const d = await readDataset([join(dir, 'ok')]);
    expect(d.files.map((f) => f.slice(-14))).toEqual(['batch-0001.csv', 'batch-0002.csv']);
    expect(d.rows.map((r) => [r.udi, r.y, r.line, r.file])).toEqual([
      [1, 0, 2, 0],
      [2, 1, 3, 0],
      [3, 0, 2, 1],
    ]);
    expect(d.rows[1]!.x).toEqual([2, 298.1, 308.6, 1551, 42.8, 0]);
    expect(d.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('reads columns in any order, with CRLF line ends and a BOM', async () => {
    const cols = HEADER.split(',');
    const values = line(1).split(',');
    const order = [...cols.keys()].reverse();
    const p = await file('crlf.csv', `\uFEFF${order.map((i) => cols[i]).join(',')}\r\n${order.map((i) => values[i]).join(',')}\r\n`);
    const d = await readDataset([p]);
    expect(d.rows[0]!.x).toEqual([1, 298.1, 308.6, 1551, 42.8, 0]);
  });

  it('changes the digest when a byte changes', async () => {
    const a = await file('d1.csv', `${HEADER}\n${line(1)}\n`);
    const before = (await readDataset([a])).digest;
    await file('d1.csv', `${HEADER}\n${line(1, { wear: '1' })}\n`);
    expect((await readDataset([a])).digest).not.toBe(before);
  });

  it.each([
    ['a missing column', `UDI,Type,Air temperature [K]\n1,M,298.1\n`, /:1: the header lacks 'Process temperature \[K\]'/],
    [
      'a value that is not a number',
      `${HEADER}\n${line(1)}\n${line(2, { torque: '4x' })}\n`,
      /:3, key 'Torque \[Nm\]': 'Torque \[Nm\]' is not a number: "4x"/,
    ],
    ['an unknown product type', `${HEADER}\n${line(1, { Type: 'XL' })}\n`, /:2, key 'Type'/],
    ['a label other than 0/1', `${HEADER}\n${line(1, { fail: 'yes' })}\n`, /:2, key 'Machine failure'/],
    ['a duplicate UDI', `${HEADER}\n${line(1)}\n${line(1)}\n`, /:3, key 'UDI': UDI 1 appears twice \(first at .*:2\)/],
    ['a ragged line', `${HEADER}\n${line(1)}\n1,2,3\n`, /not a valid CSV file/],
    ['an empty file', '', /the file is empty/],
  ])('refuses %s, naming the file and line', async (name, text, message) => {
    const p = await file(`bad-${name.replace(/\W+/g, '-')}.csv`, text);
    const e = await failure([p]);
    expect(e.message).toContain(p);
    expect(e.message).toMatch(message);
  });

  it('refuses a folder without CSV files and a path that does not exist', async () => {
    await mkdir(join(dir, 'empty'), { recursive: true });
    expect((await failure([join(dir, 'empty')])).message).toMatch(/no \.csv file/);
    expect((await failure([join(dir, 'nope')])).message).toMatch(/no such file or folder/);
  });
});
