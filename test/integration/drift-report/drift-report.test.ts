/**
 * drift-report end to end: the bundled action run as the runner runs it (runStep), on generated
 * data files in a fresh workspace. Build first: node scripts/build.ts drift-report.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRegistry, parseModelName, parseModelVersion, parseAlias } from '@mlops-actions/registry';
import { type StepResult, stepFor } from '../../harness/step-runner.ts';
import type { DriftReport } from '../../../packages/drift/src/report.ts';
import { tempDirSync } from '../../harness/temp.ts';

let ws = '';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

interface Row {
  age: number | '';
  income: string;
  plan: string;
  churned: string;
}

function makeRows(n: number, seed: number, shift = 0): Row[] {
  const r = rng(seed);
  const normal = () => Math.sqrt(-2 * Math.log(r() || 1e-12)) * Math.cos(2 * Math.PI * r());
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    rows.push({
      age: r() < 0.02 ? '' : Math.round(40 + 12 * normal() + shift * 8),
      income: (52000 + 9000 * normal() + shift * 9000).toFixed(2),
      plan: ['basic', 'plus', 'pro'][Math.min(2, Math.floor(Math.pow(r(), 1 + shift) * 3))]!,
      churned: r() < 0.15 + shift * 0.1 ? 'yes' : 'no',
    });
  }
  return rows;
}

function writeCsv(name: string, rows: Row[], columns: (keyof Row)[] = ['age', 'income', 'plan', 'churned']): string {
  const text = [columns.join(','), ...rows.map((row) => columns.map((c) => row[c]).join(','))].join('\n');
  writeFileSync(join(ws, name), `${text}\n`);
  return name;
}

const base = { 'upload-artifact': 'false' };

const step = stepFor('drift-report', () => ({ workspace: ws, event: 'schedule', inputs: base }));

function report(r: StepResult): DriftReport {
  return JSON.parse(readFileSync(r.outputs['report']!, 'utf8')) as DriftReport;
}

const reference = makeRows(3000, 1);

beforeAll(() => {
  ws = tempDirSync('drift-it-');
  mkdirSync(join(ws, 'data'));
  writeCsv('data/reference.csv', reference);
  writeCsv('data/shifted.csv', makeRows(2500, 2, 1));
  // A resample (with replacement) of the reference: the same population.
  const r = rng(9);
  writeCsv(
    'data/resample.csv',
    Array.from({ length: 2500 }, () => reference[Math.floor(r() * reference.length)]!),
  );
  writeFileSync(join(ws, 'data/ragged.csv'), 'age,income,plan,churned\n30,100.5,basic,no\n31,99.0,plus\n');
});

describe('drift-report action', () => {
  it('finds drift on shifted data: outputs, JSON report, job summary with the chart', async () => {
    const r = await step({ reference: 'data/reference.csv', current: 'data/shifted.csv', 'report-dir': 'out/shifted' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['drift']).toBe('true');
    expect(JSON.parse(r.outputs['drifted-columns']!)).toEqual(expect.arrayContaining(['age', 'income', 'plan']));
    expect(Number(r.outputs['share'])).toBeGreaterThanOrEqual(0.75);
    const rep = report(r);
    expect(rep.verdict.drift).toBe(true);
    expect(rep.reference.rows).toBe(3000);
    expect(rep.current.rows).toBe(2500);
    const age = rep.columns.find((c) => c.name === 'age')!;
    expect(age).toMatchObject({ type: 'numerical', test: 'wasserstein', p_value: null, threshold: 0.1, drift: true });
    expect(age.missing.reference_share).toBeGreaterThan(0);
    expect(age.reason).toMatch(/p-values flag trivial shifts/);
    expect(existsSync(r.outputs['html']!)).toBe(true);
    expect(r.summary).toMatch(/### :warning: Drift detected/);
    expect(r.summary).toContain('```mermaid\nxychart-beta');
    // The reason per column is printed in the log.
    expect(r.stdout).toMatch(/income: numerical, 2,500 values > 1,000/);
  });

  it('reads the two datasets on two threads when asked (the worker starts from the bundle)', async () => {
    // Through the bundle, as a child process (`node dist/index.js`), as the runner runs it: the file's other
    // steps run in-process from the sources (test/harness/step-runner.ts).
    const bundle = { runIn: 'process' } as const;
    const seq = await step(
      { reference: 'data/reference.csv', current: 'data/shifted.csv', parallel: 'false', 'report-dir': 'out/seq' },
      bundle,
    );
    const par = await step(
      { reference: 'data/reference.csv', current: 'data/shifted.csv', parallel: 'true', 'report-dir': 'out/par' },
      bundle,
    );
    expect(par.exitCode, par.stdout + par.stderr).toBe(0);
    const strip = (r: StepResult) => report(r).columns.map((c) => [c.name, c.statistic, c.p_value, c.reference.count, c.current.count]);
    expect(strip(par)).toEqual(strip(seq));
    const bad = await step(
      { reference: 'data/ragged.csv', current: 'data/shifted.csv', parallel: 'true', 'report-dir': 'out/par-bad' },
      bundle,
    );
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations.find((a) => a.file)).toMatchObject({ file: 'data/ragged.csv', line: 3 });
  });

  it('finds no drift on a resample of the reference', async () => {
    const r = await step({ reference: 'data/reference.csv', current: 'data/resample.csv', 'report-dir': 'out/resample' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['drift']).toBe('false');
    expect(JSON.parse(r.outputs['drifted-columns']!)).toEqual([]);
    expect(r.summary).toMatch(/### :white_check_mark: No drift/);
  });

  it('uses the tests, thresholds and correction asked for, and fails the step with fail-on-drift', async () => {
    const r = await step({
      reference: 'data/reference.csv',
      current: 'data/shifted.csv',
      tests: "'*': ks\nplan: chi-square\nchurned: z",
      thresholds: 'ks: 0.01\nmissing-share: 0.2',
      correction: 'bonferroni',
      'fail-on-drift': 'true',
      'report-dir': 'out/tests',
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(/^drift detected: /);
    const rep = JSON.parse(readFileSync(join(ws, 'out/tests/report.json'), 'utf8')) as DriftReport;
    const byName = Object.fromEntries(rep.columns.map((c) => [c.name, c]));
    expect(byName['age']).toMatchObject({ test: 'ks', threshold: 0.01 });
    expect(byName['plan']!.test).toBe('chi-square');
    expect(byName['churned']!.test).toBe('z');
    expect(byName['age']!.p_value_adjusted).toBeCloseTo(Math.min(1, byName['age']!.p_value! * 4), 12);
    expect(byName['age']!.missing.threshold).toBe(0.2);
  });

  it('reports a schema change (a column removed, one added, one changing type) as drift', async () => {
    writeCsv(
      'data/schema.csv',
      makeRows(2500, 3).map((row, i) => ({ ...row, age: i % 2 ? 'young' : 'old' }) as unknown as Row),
      ['age', 'income', 'plan'],
    );
    const text = readFileSync(join(ws, 'data/schema.csv'), 'utf8').split('\n');
    writeFileSync(join(ws, 'data/schema.csv'), text.map((l, i) => (l ? `${l},${i === 0 ? 'region' : 'eu'}` : l)).join('\n'));
    const r = await step({ reference: 'data/reference.csv', current: 'data/schema.csv', 'report-dir': 'out/schema' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['drift']).toBe('true');
    const rep = report(r);
    expect(rep.schema_changes).toEqual([
      { column: 'age', change: 'type', reference: 'numerical', current: 'categorical' },
      { column: 'churned', change: 'removed', reference: 'categorical' },
      { column: 'region', change: 'added', current: 'categorical' },
    ]);
    expect(rep.verdict.reasons.join(' ')).toMatch(/the schema changed/);
    expect(r.summary).toMatch(/\*\*Schema changes\*\*/);
    const reportOnly = await step({
      reference: 'data/reference.csv',
      current: 'data/schema.csv',
      'schema-changes': 'report',
      'report-dir': 'out/schema2',
    });
    expect(reportOnly.outputs['drift']).toBe('false');
  });

  it('reads JSONL and Parquet the same as CSV', async () => {
    const rows = makeRows(1500, 4, 1);
    writeFileSync(
      join(ws, 'data/current.jsonl'),
      rows
        .map((row) =>
          JSON.stringify({ age: row.age === '' ? null : row.age, income: Number(row.income), plan: row.plan, churned: row.churned }),
        )
        .join('\n'),
    );
    const buf = parquetWriteBuffer({
      columnData: [
        { name: 'age', data: rows.map((row) => (row.age === '' ? null : row.age)), type: 'DOUBLE' },
        { name: 'income', data: rows.map((row) => Number(row.income)), type: 'DOUBLE' },
        { name: 'plan', data: rows.map((row) => row.plan), type: 'STRING' },
        { name: 'churned', data: rows.map((row) => row.churned), type: 'STRING' },
      ],
      rowGroupSize: 400,
    });
    writeFileSync(join(ws, 'data/current.parquet'), new Uint8Array(buf));
    writeCsv('data/current-same.csv', rows);
    const [csv, jsonl, parquet] = await Promise.all(
      ['data/current-same.csv', 'data/current.jsonl', 'data/current.parquet'].map((f, i) =>
        step({ reference: 'data/reference.csv', current: f, 'report-dir': `out/fmt${i}` }),
      ),
    );
    for (const r of [csv, jsonl, parquet]) expect(r!.exitCode, r!.stdout).toBe(0);
    const stats = (r: StepResult) => report(r).columns.map((c) => [c.name, c.test, c.statistic]);
    expect(stats(jsonl!)).toEqual(stats(csv!));
    expect(stats(parquet!)).toEqual(stats(csv!));
  });

  it('profiles shards, then compares the merged profiles with current data', async () => {
    writeCsv('data/ref-a.csv', reference.slice(0, 1700));
    writeCsv('data/ref-b.csv', reference.slice(1700));
    const a = await step({ mode: 'profile', current: 'data/ref-a.csv', 'report-dir': 'profiles/a' });
    const b = await step({ mode: 'profile', current: 'data/ref-b.csv', 'report-dir': 'profiles/b' });
    expect(a.exitCode, a.stdout).toBe(0);
    expect(b.exitCode, b.stdout).toBe(0);
    expect(a.outputs['profile']).toBe(join(ws, 'profiles/a/profile.json'));
    const drifted = await step({ reference: 'profiles/*/profile.json', current: 'data/shifted.csv', 'report-dir': 'out/profile-shifted' });
    expect(drifted.exitCode, drifted.stdout).toBe(0);
    expect(drifted.outputs['drift']).toBe('true');
    const rep = report(drifted);
    expect(rep.settings.mode).toBe('profile');
    expect(rep.reference.rows).toBe(3000);
    const same = await step({ reference: 'profiles/*/profile.json', current: 'data/resample.csv', 'report-dir': 'out/profile-same' });
    expect(same.outputs['drift']).toBe('false');
  });

  it('issue 15: a column empty in the first 1,000 current rows keeps its type; a new category is a cell, not p = 0; infinities are written as "Infinity"', async () => {
    // 'age' empty in the first 1,200 current rows (it was read as categorical: a schema change that
    // flagged the dataset); 'plan' gains one rare new category (the goodness of fit gave p = 0).
    const rows = makeRows(2500, 11).map((row, i) => ({
      ...row,
      age: i < 1200 ? ('' as const) : row.age,
      plan: i === 7 ? 'legacy' : row.plan,
    }));
    writeCsv('data/late-age.csv', rows);
    const r = await step({
      reference: 'data/reference.csv',
      current: 'data/late-age.csv',
      columns: 'age, plan',
      tests: 'plan: chi-square',
      'report-dir': 'out/issue15',
    });
    expect(r.exitCode, r.stdout).toBe(0);
    const rep = report(r);
    expect(rep.schema_changes).toEqual([]);
    const age = rep.columns.find((c) => c.name === 'age')!;
    expect(age).toMatchObject({ type: 'numerical', test: 'wasserstein', drift: false });
    expect(age.missing.drift).toBe(true);
    const plan = rep.columns.find((c) => c.name === 'plan')!;
    expect(plan.test).toBe('chi-square');
    expect(plan.p_value!).toBeGreaterThan(0.05);
    expect(plan.notes.join(' ')).toMatch(/1 category is new in the current data/);
    const gof = await step({
      reference: 'data/reference.csv',
      current: 'data/late-age.csv',
      columns: 'plan',
      tests: 'plan: chi-square-gof',
      'report-dir': 'out/issue15-gof',
    });
    expect(gof.exitCode, gof.stdout).toBe(0);
    const raw = JSON.parse(readFileSync(gof.outputs['report']!, 'utf8')) as { columns: { statistic: unknown; p_value: unknown }[] };
    expect(raw.columns[0]).toMatchObject({ statistic: 'Infinity', p_value: 0 });
  });

  it('uses the reference profile stored with the champion model in the registry', async () => {
    const prof = await step({ mode: 'profile', current: 'data/reference.csv', 'report-dir': 'profiles/full' });
    expect(prof.exitCode, prof.stdout).toBe(0);
    mkdirSync(join(ws, 'model'), { recursive: true });
    writeFileSync(join(ws, 'model/model.bin'), 'weights');
    const reg = openRegistry({ uri: 'file:registry', workspace: ws });
    await reg.register({
      name: parseModelName('churn'),
      files: { root: ws, paths: ['model'] },
      version: parseModelVersion('1.0.0'),
      referenceProfile: join(ws, 'profiles/full/profile.json'),
      alias: parseAlias('production'),
    });
    const r = await step({
      reference: 'registry',
      registry: 'file:registry',
      model: 'churn',
      current: 'data/shifted.csv',
      'report-dir': 'out/registry',
    });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['drift']).toBe('true');
    expect(report(r).reference.source).toEqual(['registry:churn@1.0.0']);
    const missing = await step({
      reference: 'registry',
      registry: 'file:registry',
      model: 'churn',
      alias: 'staging',
      current: 'data/shifted.csv',
      'report-dir': 'out/registry2',
    });
    expect(missing.exitCode).toBe(1);
    expect(missing.annotations[0]!.message).toMatch(/input 'alias': model 'churn' has no version with the alias 'staging'/);
  });
});

describe('drift-report on bad input: a clear error, a failed step, nothing half-written', () => {
  function expectFailure(r: StepResult, message: RegExp, where?: { file?: string; line?: number }): void {
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    // One error annotation: on the file and line when the error is in a file.
    expect(errors.length).toBe(1);
    for (const e of errors) expect(e.message).toMatch(message);
    if (where?.file) expect(errors.find((e) => e.file)).toMatchObject({ file: where.file, ...(where.line ? { line: where.line } : {}) });
    expect(r.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
  }

  function reportDirEmpty(dir: string): void {
    const abs = join(ws, dir);
    expect(existsSync(abs) ? readdirSync(abs) : []).toEqual([]);
  }

  it('a ragged CSV row: its file and line number', async () => {
    const r = await step({ reference: 'data/reference.csv', current: 'data/ragged.csv', 'report-dir': 'bad/ragged' });
    expectFailure(r, /data\/ragged\.csv:3: this row has 3 fields but the header has 4/, { file: 'data/ragged.csv', line: 3 });
    reportDirEmpty('bad/ragged');
  });

  it('an empty file', async () => {
    writeFileSync(join(ws, 'data/empty.csv'), '');
    const r = await step({ reference: 'data/empty.csv', current: 'data/shifted.csv', 'report-dir': 'bad/empty' });
    expectFailure(r, /data\/empty\.csv: the file is empty/, { file: 'data/empty.csv' });
    reportDirEmpty('bad/empty');
  });

  it('an unparseable Parquet file', async () => {
    writeFileSync(join(ws, 'data/broken.parquet'), Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(64, 7), Buffer.from('PAR1')]));
    const r = await step({ reference: 'data/reference.csv', current: 'data/broken.parquet', 'report-dir': 'bad/parquet' });
    expectFailure(r, /data\/broken\.parquet: not a readable Parquet file/, { file: 'data/broken.parquet' });
    reportDirEmpty('bad/parquet');
  });

  it('a column named in columns that does not exist', async () => {
    const r = await step({
      reference: 'data/reference.csv',
      current: 'data/shifted.csv',
      columns: 'age, salary',
      'report-dir': 'bad/columns',
    });
    expectFailure(
      r,
      /^input 'columns': column 'salary' is in neither the reference nor the current data. Check the spelling .*Columns: age, income, plan, churned/,
    );
    reportDirEmpty('bad/columns');
  });

  it('an unknown test name', async () => {
    const r = await step({ reference: 'data/reference.csv', current: 'data/shifted.csv', tests: 'age: t-test', 'report-dir': 'bad/test' });
    expectFailure(r, /^input 'tests', key 'age': unknown test 't-test'. Use one of: ks, chi-square/);
    reportDirEmpty('bad/test');
  });

  it('a test that does not fit the column type', async () => {
    const r = await step({ reference: 'data/reference.csv', current: 'data/shifted.csv', tests: 'plan: ks', 'report-dir': 'bad/type' });
    expectFailure(r, /^input 'tests', key 'plan': test 'ks' applies to numerical columns, but 'plan' is categorical/);
    reportDirEmpty('bad/type');
  });

  it('a glob that matches nothing, and a missing reference', async () => {
    expectFailure(
      await step({ reference: 'data/nope-*.csv', current: 'data/shifted.csv' }),
      /^input 'reference': no file matches 'data\/nope-\*\.csv'/,
    );
    expectFailure(await step({ current: 'data/shifted.csv' }), /^input 'reference': is required to compare/);
  });
});
