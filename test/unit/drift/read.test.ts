import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { readColumns, sniff, formatOf, type DataFile } from '../../../packages/drift/src/read.ts';
import { tempDirSync } from '../../harness/temp.ts';

const dir = tempDirSync('drift-read-');
function file(name: string, content: string | Uint8Array, format: DataFile['format']): DataFile {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { path, display: name, format };
}

describe('sniff and readColumns', () => {
  it('infers types from CSV values and counts missing, invalid and infinite values', async () => {
    const f = file('a.csv', 'n,c,m\n1.5,a,\n2,b,NA\nNaN,a,3\n-inf,,x\n', 'csv');
    const s = await sniff([f]);
    expect(s.columns).toEqual([
      { name: 'n', type: 'numerical' },
      { name: 'c', type: 'categorical' },
      { name: 'm', type: 'categorical' },
    ]);
    const r = await readColumns(
      [f],
      [
        { name: 'n', type: 'numerical' },
        { name: 'c', type: 'categorical' },
        { name: 'm', type: 'numerical' },
      ],
      { capacity: 4 },
    );
    expect(r.rows).toBe(4);
    const [n, c, m] = r.columns;
    expect(Array.from(n!.values!)).toEqual([1.5, 2]);
    expect([n!.missing, n!.infinite, n!.invalid]).toEqual([1, 1, 0]);
    expect([...c!.categories!]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(c!.missing).toBe(1);
    expect(Array.from(m!.values!)).toEqual([3]);
    expect([m!.missing, m!.invalid, m!.firstInvalid]).toEqual([2, 1, { file: 'a.csv', line: 5, value: 'x' }]);
  });

  it('refuses a non-number in a column declared numerical, naming the file and line', async () => {
    const f = file('b.csv', 'v\n1\n2\nabc\n', 'csv');
    await expect(readColumns([f], [{ name: 'v', type: 'numerical', forced: true }], { capacity: 4 })).rejects.toThrow(
      /b\.csv:4: column 'v' is declared numerical but holds 'abc'/,
    );
  });

  it('grows the arrays past a wrong size estimate and returns the values sorted', async () => {
    const lines = ['v'];
    for (let i = 0; i < 1000; i++) lines.push(String((i * 7919) % 1000));
    const f = file('c.csv', lines.join('\n'), 'csv');
    const r = await readColumns([f], [{ name: 'v', type: 'numerical' }], { capacity: 10 });
    expect(r.columns[0]!.values!.length).toBe(1000);
    expect(r.columns[0]!.values![0]).toBe(0);
    expect(r.columns[0]!.values![999]).toBe(999);
  });

  it('marks a categorical column with more distinct values than the limit as an identifier', async () => {
    const lines = ['id'];
    for (let i = 0; i < 50; i++) lines.push(`u${i}`);
    const f = file('d.csv', lines.join('\n'), 'csv');
    const r = await readColumns([f], [{ name: 'id', type: 'categorical' }], { capacity: 10, maxCategories: 20 });
    expect(r.columns[0]!.highCardinality).toBe(true);
    expect(r.columns[0]!.categories).toBeUndefined();
  });

  it('reads JSONL: JSON types give the column types, null and absent keys are missing', async () => {
    const f = file('e.jsonl', '{"a": 1, "b": "x"}\n\n{"a": null, "b": "y", "c": true}\n{"b": "x"}\n', 'jsonl');
    const s = await sniff([f]);
    expect(s.columns).toEqual([
      { name: 'a', type: 'numerical' },
      { name: 'b', type: 'categorical' },
      { name: 'c', type: 'categorical' },
    ]);
    const r = await readColumns([f], s.columns, { capacity: 4 });
    expect(r.rows).toBe(3);
    expect(Array.from(r.columns[0]!.values!)).toEqual([1]);
    expect(r.columns[0]!.missing).toBe(2);
    expect([...r.columns[2]!.categories!]).toEqual([['true', 1]]);
  });

  it('names the line of a JSONL line that is not JSON', async () => {
    const f = file('f.jsonl', '{"a": 1}\n{"a": 2\n', 'jsonl');
    await expect(readColumns([f], [{ name: 'a', type: 'numerical' }], { capacity: 4 })).rejects.toThrow(/f\.jsonl:2: not valid JSON/);
  });

  it('reads Parquet row group by row group, with nulls as missing', async () => {
    const buf = parquetWriteBuffer({
      columnData: [
        { name: 'x', data: [1.5, null, 3.25, 4], type: 'DOUBLE' },
        { name: 'k', data: [10n, 20n, 30n, null], type: 'INT64' },
        { name: 's', data: ['a', 'b', null, 'a'], type: 'STRING' },
      ],
      rowGroupSize: 3,
    });
    const f = file('g.parquet', new Uint8Array(buf), 'parquet');
    const s = await sniff([f]);
    expect(s.columns).toEqual([
      { name: 'x', type: 'numerical' },
      { name: 'k', type: 'numerical' },
      { name: 's', type: 'categorical' },
    ]);
    expect(s.estimatedRows).toBe(4);
    const r = await readColumns([f], s.columns, { capacity: 4 });
    expect(r.rows).toBe(4);
    expect(Array.from(r.columns[0]!.values!)).toEqual([1.5, 3.25, 4]);
    expect(Array.from(r.columns[1]!.values!)).toEqual([10, 20, 30]);
    expect([...r.columns[2]!.categories!]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(r.columns[2]!.missing).toBe(1);
  });

  it('refuses a file that is not Parquet, naming it', async () => {
    const f = file('h.parquet', 'PAR1 this is not parquet at all', 'parquet');
    await expect(sniff([f])).rejects.toThrow(/h\.parquet: not a readable Parquet file/);
    const empty = file('i.parquet', '', 'parquet');
    await expect(sniff([empty])).rejects.toThrow(/i\.parquet: the file is empty/);
  });

  it('requires the same columns in every file of a dataset', async () => {
    const a = file('j1.csv', 'a,b\n1,2\n', 'csv');
    const b = file('j2.csv', 'a\n1\n', 'csv');
    await expect(
      readColumns(
        [a, b],
        [
          { name: 'a', type: 'numerical' },
          { name: 'b', type: 'numerical' },
        ],
        { capacity: 4 },
      ),
    ).rejects.toThrow(/j2\.csv:1: column 'b' is not in this file/);
  });

  it('tells the format from the extension, or says how to set it', () => {
    expect(formatOf('x/data.CSV', 'auto')).toBe('csv');
    expect(formatOf('d.tsv', 'auto')).toBe('csv');
    expect(formatOf('d.ndjson', 'auto')).toBe('jsonl');
    expect(formatOf('d.parquet', 'auto')).toBe('parquet');
    expect(formatOf('d.bin', 'csv')).toBe('csv');
    expect(() => formatOf('d.bin', 'auto')).toThrow(/cannot tell the format from the extension '.bin'.*set 'format:'/);
  });

  it('reads a TSV file by its extension', async () => {
    const f = file('k.tsv', 'a\tb\n1\tx\n', 'csv');
    expect((await sniff([f])).columns.map((c) => c.name)).toEqual(['a', 'b']);
  });
});

describe('categorical counting by bytes', () => {
  it('counts UTF-8 values, quoted values with doubled quotes, and stops at the distinct-value limit', async () => {
    const lines = ['c'];
    const values = ['zürich', '東京', '"say ""hi"""', 'plain', 'zürich', 'plain', '"plain"'];
    for (let i = 0; i < 300; i++) lines.push(values[i % values.length]!);
    const f = file('u.csv', lines.join('\n'), 'csv');
    const r = await readColumns([f], [{ name: 'c', type: 'categorical' }], { capacity: 4 });
    const counts = Object.fromEntries(r.columns[0]!.categories!);
    expect(counts).toEqual({ zürich: 86, 東京: 43, 'say "hi"': 43, plain: 128 });
    const many = ['id'];
    for (let i = 0; i < 5000; i++) many.push(`k${i % 700}`);
    const g = file('v.csv', many.join('\n'), 'csv');
    const exact = await readColumns([g], [{ name: 'id', type: 'categorical' }], { capacity: 4, maxCategories: 700 });
    expect(exact.columns[0]!.categories!.size).toBe(700);
    expect(exact.columns[0]!.categories!.get('k3')).toBe(8);
    const over = await readColumns([g], [{ name: 'id', type: 'categorical' }], { capacity: 4, maxCategories: 699 });
    expect(over.columns[0]!.highCardinality).toBe(true);
  });
});
