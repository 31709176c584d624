import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ColumnData } from '../../../packages/drift/src/columns.ts';
import { readPairs, resolveSchema } from '../../../packages/drift/src/load.ts';
import { sniff, type DataFile } from '../../../packages/drift/src/read.ts';
import { tempDirSync } from '../../harness/temp.ts';

const dir = tempDirSync('drift-load-');

function data(name: string, rows: number, seed: number): DataFile {
  let s = seed;
  const r = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const lines = ['a,b,c,d,k'];
  for (let i = 0; i < rows; i++)
    lines.push(
      `${r()},${(r() * 100).toFixed(2)},${Math.floor(r() * 50)},${r() < 0.1 ? '' : r() * 3},${['x', 'y', 'z'][Math.floor(r() * 3)]}`,
    );
  writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  return { path: join(dir, name), display: name, format: 'csv' };
}

async function collect(options: Parameters<typeof readPairs>[5]) {
  const ref = [data('r.csv', 4000, 1)];
  const cur = [data('c.csv', 3000, 2)];
  const [rs, cs] = await Promise.all([sniff(ref), sniff(cur)]);
  const schema = resolveSchema(rs.columns, cs.columns, { columns: [], exclude: [], categorical: [], numerical: [] });
  const pairs: [string, number[], number[], number, number][] = [];
  const passes: number[][] = [];
  const result = await readPairs(
    ref,
    cur,
    { reference: rs, current: cs },
    schema.compared,
    (a: ColumnData, b: ColumnData) => {
      pairs.push([a.name, Array.from(a.values ?? []), Array.from(b.values ?? []), a.missing, b.missing]);
    },
    { ...options, onPass: (p, n) => passes.push([p, n]) },
  );
  pairs.sort((x, y) => (x[0] < y[0] ? -1 : 1));
  return { pairs, passes, result };
}

describe('readPairs', () => {
  it('reads in several passes when the numerical columns do not fit the budget, with the same data', async () => {
    const one = await collect({ parallel: false });
    expect(one.result.passes).toBe(1);
    // 4 numerical columns × (4000 + 3000 rows) × 8 bytes ≈ 230 kB: a 70 kB budget gives one column per pass.
    const many = await collect({ parallel: false, memoryBudget: 70_000 });
    expect(many.result.passes).toBe(4);
    expect(many.passes).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
    expect(many.pairs).toEqual(one.pairs);
    expect(many.result).toMatchObject({ referenceRows: 4000, currentRows: 3000 });
  });

  it('gives the same data when the reference is read in a worker thread', async () => {
    const seq = await collect({ parallel: false });
    const par = await collect({ parallel: true, memoryBudget: 120_000 });
    expect(par.pairs).toEqual(seq.pairs);
  });

  it('passes a reader error from the worker on as the same user error', async () => {
    // Past the rows the type sniffing reads, so the worker is the first to meet it.
    writeFileSync(join(dir, 'bad.csv'), `a,b\n${'1,2\n'.repeat(1500)}3\n`);
    const bad: DataFile[] = [{ path: join(dir, 'bad.csv'), display: 'bad.csv', format: 'csv' }];
    const good = [data('g.csv', 10, 3)];
    const plan = [{ name: 'a', type: 'numerical' as const, forced: false }];
    const err = await readPairs(bad, good, { reference: await sniff(bad), current: await sniff(good) }, plan, () => undefined, {
      parallel: true,
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'UserError', file: 'bad.csv', line: 1502 });
    expect((err as Error).message).toMatch(/^bad\.csv:1502: this row has 1 field but the header has 2/);
  });
});
