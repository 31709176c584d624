import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldText, readCsvFile } from '../../../packages/drift/src/csv.ts';
import { tempDirSync } from '../../harness/temp.ts';

const dir = tempDirSync('drift-csv-');
let n = 0;

function csv(text: string | Buffer): string {
  const f = join(dir, `f${n++}.csv`);
  writeFileSync(f, text);
  return f;
}

/** All rows as strings, with the line each record starts on. */
function rows(file: string, blockSize?: number): { header: string[]; rows: { line: number; fields: string[] }[] } {
  let header: string[] = [];
  const out: { line: number; fields: string[] }[] = [];
  readCsvFile(
    file,
    {
      header: (h) => (header = h),
      row(buf, bounds, escaped, line) {
        const fields: string[] = [];
        for (let i = 0; i < header.length; i++) fields.push(fieldText(buf, bounds, escaped, i));
        out.push({ line, fields });
      },
    },
    { displayPath: 'data.csv', ...(blockSize ? { blockSize } : {}) },
  );
  return { header, rows: out };
}

describe('readCsvFile', () => {
  it('reads quoted fields, doubled quotes, quoted separators and newlines, CRLF, a BOM and no final newline', () => {
    const text = '\ufeffa,b,c\r\n1,"x, y",3\r\n"4","he said ""hi""","multi\nline"\r\n7,,9';
    const r = rows(csv(text));
    expect(r.header).toEqual(['a', 'b', 'c']);
    expect(r.rows).toEqual([
      { line: 2, fields: ['1', 'x, y', '3'] },
      { line: 3, fields: ['4', 'he said "hi"', 'multi\nline'] },
      { line: 5, fields: ['7', '', '9'] },
    ]);
  });

  it('gives the same rows whatever the block size (records cut at every possible place)', () => {
    const lines = ['id,text,v'];
    for (let i = 0; i < 300; i++) lines.push(`${i},"q""uote ${i}, with\nnewline",${i * 1.5}`);
    const file = csv(`${lines.join('\r\n')}\r\n`);
    const whole = rows(file);
    expect(whole.rows).toHaveLength(300);
    for (const size of [7, 16, 33, 64, 1000]) expect(rows(file, size)).toEqual(whole);
  });

  it('skips blank lines, as pandas does, and keeps line numbers right', () => {
    const r = rows(csv('a,b\n\n1,2\n\n\n3,4\n'));
    expect(r.rows).toEqual([
      { line: 3, fields: ['1', '2'] },
      { line: 6, fields: ['3', '4'] },
    ]);
  });

  it('names the line of a ragged row', () => {
    const f = csv('a,b,c\n1,2,3\n4,5\n');
    expect(() => rows(f)).toThrow(/data\.csv:3: this row has 2 fields but the header has 3/);
  });

  it('names the line of a ragged row after a quoted newline', () => {
    const f = csv('a,b\n"x\ny",1\n2,3,4\n');
    expect(() => rows(f)).toThrow(/data\.csv:4: this row has 3 fields/);
  });

  it('reports a quote that is never closed, at the line the record starts', () => {
    const f = csv('a,b\n1,2\n3,"open\n');
    expect(() => rows(f)).toThrow(/data\.csv:3: a quoted field is never closed/);
  });

  it('refuses an empty file', () => {
    expect(() => rows(csv(''))).toThrow(/data\.csv: the file is empty/);
    expect(() => rows(csv('\n\n'))).toThrow(/the file is empty/);
  });

  it('reads a header-only file as zero rows', () => {
    expect(rows(csv('a,b\n')).rows).toEqual([]);
  });

  it('reads a record longer than the block by growing the buffer', () => {
    const long = 'x'.repeat(5000);
    expect(rows(csv(`a,b\n${long},1\n`), 64).rows[0]!.fields[0]).toBe(long);
  });
});
