/**
 * drift-report on bad input, one case per `it`: the bundled action (build first: node
 * scripts/build.ts drift-report) must fail the step (exit code 1) with exactly one `::error::`
 * annotation that names the input, file or line at fault and says how to fix it, print no stack
 * trace, raw errno or internal-error wording, set no outputs, state or job summary, and leave the
 * workspace and runner temp unchanged (reports are written atomically, after every check).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runStep, type StepResult } from '../../harness/step-runner.ts';
import { actionDir, expectCleanFailure, expectUnchanged, snapshotTree } from '../../robustness/helpers.ts';
import { tempDirSync } from '../../harness/temp.ts';

let ws = '';
let n = 0;

function write(name: string, content: string | Buffer): string {
  const p = join(ws, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return name;
}

function csv(rows: number, seed = 1): string {
  const lines = ['age,income,plan'];
  let s = seed;
  for (let i = 0; i < rows; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    lines.push(`${20 + (s % 50)},${(40000 + (s % 9000)).toFixed(2)},${['basic', 'plus', 'pro'][s % 3]}`);
  }
  return `${lines.join('\n')}\n`;
}

interface Expectation {
  /** The whole annotation message. */
  message: RegExp;
  /** The fix sentence it must contain. */
  fix: RegExp;
  file?: string;
  line?: number;
}

/**
 * Runs the step with a fresh report-dir and checks the whole failure contract (test/robustness/README.md):
 * exit 1, one error naming the input/file/line with the fix, no stack, internal-error wording, raw
 * errno or token, no outputs, state or job summary, and the workspace and runner temp unchanged (so
 * report-dir is not even created).
 */
async function fails(inputs: Record<string, string>, e: Expectation): Promise<StepResult> {
  const reportDir = `out/case-${++n}`;
  const runnerTemp = tempDirSync('drift-robust-runner-');
  const before = snapshotTree(ws);
  const tempBefore = snapshotTree(runnerTemp);
  const r = await runStep({
    action: 'drift-report',
    ...actionDir('drift-report'),
    workspace: ws,
    runnerTemp,
    event: 'schedule',
    inputs: { 'upload-artifact': 'false', 'report-dir': reportDir, ...inputs },
  });
  expectCleanFailure(r, { mentions: [e.message], fix: e.fix, file: e.file, line: e.line });
  expect(r.summary, r.stdout).toBe('');
  // Nothing half-written: report-dir is not created, no temp file anywhere.
  expect(existsSync(join(ws, reportDir))).toBe(false);
  expectUnchanged(before, snapshotTree(ws), 'the workspace');
  expectUnchanged(tempBefore, snapshotTree(runnerTemp), 'the runner temp');
  return r;
}

const REF = 'data/ref.csv';
const CUR = 'data/cur.csv';

beforeAll(() => {
  ws = tempDirSync('drift-robust-');
  write(REF, csv(300, 1));
  write(CUR, csv(250, 2));
  write('data/cur-b.csv', csv(50, 3).replace('age,income,plan', 'age,plan,income'));
  write(
    'data/no-plan.csv',
    csv(40, 4)
      .replace(/,(basic|plus|pro)$/gm, '')
      .replace('age,income,plan', 'age,income'),
  );
  write(
    'data/ref.jsonl',
    `${csv(20, 5)
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => {
        const [a, i, p] = l.split(',');
        return JSON.stringify({ age: Number(a), income: Number(i), plan: p });
      })
      .join('\n')}\n`,
  );
});

describe('drift-report robustness: malformed CSV', () => {
  it('a CSV row with too few fields → its file and line, "add the missing separators"', async () => {
    write('bad/short.csv', 'age,income,plan\n30,100.5,basic\n31,99.0\n');
    await fails(
      { reference: REF, current: 'bad/short.csv' },
      {
        message: /^bad\/short\.csv:3: this row has 2 fields but the header has 3/,
        fix: /add the missing separators/,
        file: 'bad/short.csv',
        line: 3,
      },
    );
  });

  it('a CSV row with too many fields → its file and line, "quote values that contain the separator"', async () => {
    write('bad/long.csv', 'age,income,plan\n30,100.5,basic\n31,1,000.0,plus\n');
    await fails(
      { reference: 'bad/long.csv', current: CUR },
      { message: /^bad\/long\.csv:3: this row has 4 fields but the header has 3/, fix: /quote values/, file: 'bad/long.csv', line: 3 },
    );
  });

  it('a CSV quote never closed → its file and the line where it opens', async () => {
    write('bad/quote.csv', 'age,income,plan\n30,100.5,basic\n31,"99.0,plus\n32,1,pro\n');
    await fails(
      { reference: REF, current: 'bad/quote.csv' },
      { message: /^bad\/quote\.csv:3: .*quote/, fix: /quote/i, file: 'bad/quote.csv', line: 3 },
    );
  });

  it('an empty CSV file (0 bytes) → "the file is empty"', async () => {
    write('bad/empty.csv', '');
    await fails(
      { reference: 'bad/empty.csv', current: CUR },
      { message: /^bad\/empty\.csv: the file is empty/, fix: /header/i, file: 'bad/empty.csv' },
    );
  });

  it('a CSV header with an empty column name → file, line 1, "name every column"', async () => {
    write('bad/noname.csv', 'age,,plan\n30,1,basic\n');
    await fails(
      { reference: REF, current: 'bad/noname.csv' },
      { message: /^bad\/noname\.csv:1: column 2 of the header has no name/, fix: /Name every column/, file: 'bad/noname.csv', line: 1 },
    );
  });

  it('a CSV header naming a column twice → file, line 1, "give every column a distinct name"', async () => {
    write('bad/twice.csv', 'age,plan,age\n30,basic,31\n');
    await fails(
      { reference: 'bad/twice.csv', current: CUR },
      { message: /^bad\/twice\.csv:1: the header names column 'age' twice/, fix: /distinct name/, file: 'bad/twice.csv', line: 1 },
    );
  });

  it('a second current file lacking a column of the first → that file, "the same columns"', async () => {
    await fails(
      { reference: REF, current: `${CUR}\ndata/no-plan.csv` },
      { message: /^data\/no-plan\.csv:1: column 'plan' is not in this file/, fix: /same columns/, file: 'data/no-plan.csv' },
    );
  });

  it('text in a column declared numerical → its file and line, "fix the value"', async () => {
    write('bad/text-in-numbers.csv', 'age,income,plan\n30,100,basic\n31,n/a?,plus\n');
    await fails(
      { reference: REF, current: 'bad/text-in-numbers.csv', numerical: 'income' },
      {
        message: /^bad\/text-in-numbers\.csv:3: column 'income' is declared numerical but holds 'n\/a\?'/,
        fix: /Fix the value/,
        file: 'bad/text-in-numbers.csv',
        line: 3,
      },
    );
  });
});

describe('drift-report robustness: malformed JSONL and Parquet', () => {
  it('a JSONL line that is not JSON → its file and line, "one JSON object"', async () => {
    write('bad/broken.jsonl', '{"age": 30, "income": 1, "plan": "basic"}\n{"age": 31, "income": \n');
    await fails(
      { reference: 'data/ref.jsonl', current: 'bad/broken.jsonl' },
      { message: /^bad\/broken\.jsonl:2: not valid JSON/, fix: /one JSON object/, file: 'bad/broken.jsonl', line: 2 },
    );
  });

  it('a JSONL line that is an array → its file and line, "one JSON object"', async () => {
    write('bad/array.jsonl', '{"age": 30, "income": 1, "plan": "basic"}\n[31, 2, "plus"]\n');
    await fails(
      { reference: 'data/ref.jsonl', current: 'bad/array.jsonl' },
      { message: /^bad\/array\.jsonl:2: this line is not a JSON object/, fix: /one JSON object/, file: 'bad/array.jsonl', line: 2 },
    );
  });

  it('an empty JSONL file → "the file is empty"', async () => {
    write('bad/empty.jsonl', '\n\n');
    await fails(
      { reference: 'bad/empty.jsonl', current: 'data/ref.jsonl' },
      { message: /^bad\/empty\.jsonl: the file is empty/, fix: /one JSON object per line/, file: 'bad/empty.jsonl' },
    );
  });

  it('a truncated Parquet file → "not a readable Parquet file"', async () => {
    write('bad/cut.parquet', Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(40, 1)]));
    await fails(
      { reference: REF, current: 'bad/cut.parquet' },
      { message: /^bad\/cut\.parquet: not a readable Parquet file/, fix: /written completely/, file: 'bad/cut.parquet' },
    );
  });

  it('an empty Parquet file (0 bytes) → "the file is empty"', async () => {
    write('bad/empty.parquet', '');
    await fails(
      { reference: REF, current: 'bad/empty.parquet' },
      { message: /^bad\/empty\.parquet: the file is empty/, fix: /Write the Parquet file again/, file: 'bad/empty.parquet' },
    );
  });

  it('a file extension that is no known format → the file, "set format:"', async () => {
    write('bad/data.xlsx', 'x');
    await fails(
      { reference: REF, current: 'bad/data.xlsx' },
      { message: /^bad\/data\.xlsx: cannot tell the format from the extension '\.xlsx'/, fix: /set 'format:'/, file: 'bad/data.xlsx' },
    );
  });
});

describe('drift-report robustness: files and globs', () => {
  it('a reference path that does not exist → input reference, "check the path"', async () => {
    await fails(
      { reference: 'data/nope.csv', current: CUR },
      { message: /^input 'reference': 'data\/nope\.csv' does not exist/, fix: /Check the path/ },
    );
  });

  it('a current glob that matches nothing → input current, "check the glob"', async () => {
    await fails(
      { reference: REF, current: 'data/none-*.csv' },
      { message: /^input 'current': no file matches 'data\/none-\*\.csv'/, fix: /Check the glob/ },
    );
  });

  it('a directory instead of files → input reference, "name the files"', async () => {
    await fails({ reference: 'data', current: CUR }, { message: /^input 'reference': 'data' is a directory/, fix: /data\/\*\.csv/ });
  });

  it('a path outside the workspace → input current', async () => {
    await fails({ reference: REF, current: '../../etc/passwd.csv' }, { message: /^input 'current': /, fix: /workspace/i });
  });

  it('profiles mixed with data files on one side → input current, "either data files or profiles"', async () => {
    write('bad/p.json', '{}');
    await fails(
      { reference: REF, current: `${CUR}\nbad/p.json` },
      { message: /^input 'current': mixes profiles \(\.json\) and data files/, fix: /either data files or profiles/ },
    );
  });

  it('no reference in compare mode → input reference, "give the reference data"', async () => {
    await fails({ current: CUR }, { message: /^input 'reference': is required to compare/, fix: /Give the reference data/ });
  });
});

describe('drift-report robustness: columns named in the inputs', () => {
  it('an unknown column in columns → input columns, the list of columns', async () => {
    await fails(
      { reference: REF, current: CUR, columns: 'age, salary' },
      { message: /^input 'columns': column 'salary' is in neither the reference nor the current data/, fix: /Columns: age, income, plan/ },
    );
  });

  it('an unknown column in categorical → input categorical', async () => {
    await fails(
      { reference: REF, current: CUR, categorical: 'zip' },
      { message: /^input 'categorical': column 'zip' is in neither/, fix: /Check the spelling/ },
    );
  });

  it('an unknown column in numerical → input numerical', async () => {
    await fails(
      { reference: REF, current: CUR, numerical: 'Age' },
      { message: /^input 'numerical': column 'Age' is in neither/, fix: /case-sensitive/ },
    );
  });

  it('a column both categorical and numerical → input numerical, "keep it in one of the two lists"', async () => {
    await fails(
      { reference: REF, current: CUR, categorical: 'age', numerical: 'age' },
      { message: /^input 'numerical': column 'age' is listed as both categorical and numerical/, fix: /Keep it in one of the two lists/ },
    );
  });

  it('an unknown column in critical-columns → input critical-columns', async () => {
    await fails(
      { reference: REF, current: CUR, 'critical-columns': 'revenue' },
      { message: /^input 'critical-columns': column 'revenue' is in neither/, fix: /Check the spelling/ },
    );
  });

  it('an unknown column in tests → input tests, key, "use a column name or *"', async () => {
    await fails(
      { reference: REF, current: CUR, tests: 'salary: ks' },
      { message: /^input 'tests', key 'salary': names column 'salary', which is in neither/, fix: /Use a column name or '\*'/ },
    );
  });

  it('an unknown test name → input tests, key, the list of tests', async () => {
    await fails(
      { reference: REF, current: CUR, tests: 'age: t-test' },
      { message: /^input 'tests', key 'age': unknown test 't-test'/, fix: /Use one of: ks, chi-square, chi-square-gof, psi/ },
    );
  });

  it('a test that does not fit the column type → input tests, key, "pick a test for categories"', async () => {
    await fails(
      { reference: REF, current: CUR, tests: 'plan: wasserstein' },
      {
        message: /^input 'tests', key 'plan': test 'wasserstein' applies to numerical columns, but 'plan' is categorical/,
        fix: /Pick a test for categories/,
      },
    );
  });

  it('tests that is not a YAML mapping → input tests', async () => {
    await fails({ reference: REF, current: CUR, tests: '- ks\n- psi' }, { message: /^input 'tests'/, fix: /mapping|key: value/i });
  });
});

describe('drift-report robustness: thresholds and settings', () => {
  it('a thresholds key that is neither a test nor a column → input thresholds, key', async () => {
    await fails(
      { reference: REF, current: CUR, thresholds: 'pvalue: 0.01' },
      { message: /^input 'thresholds', key 'pvalue': 'pvalue' is neither a test nor a column/, fix: /Use a test name/ },
    );
  });

  it('a threshold that is not a number → input thresholds, key', async () => {
    await fails(
      { reference: REF, current: CUR, thresholds: 'psi: high' },
      { message: /^input 'thresholds', key 'psi': must map to a positive number, got 'high'/, fix: /e\.g\./ },
    );
  });

  it('a threshold of 0 → input thresholds, key', async () => {
    await fails(
      { reference: REF, current: CUR, thresholds: 'age: 0' },
      { message: /^input 'thresholds', key 'age': must map to a positive number, got '0'/, fix: /e\.g\./ },
    );
  });

  it('a negative threshold → input thresholds, key', async () => {
    await fails(
      { reference: REF, current: CUR, thresholds: 'wasserstein: -0.1' },
      { message: /^input 'thresholds', key 'wasserstein': must map to a positive number/, fix: /e\.g\./ },
    );
  });

  it('a p-value threshold of 1 or more → input thresholds, key, "below 1"', async () => {
    await fails(
      { reference: REF, current: CUR, thresholds: 'ks: 5' },
      { message: /^input 'thresholds', key 'ks': is a p-value threshold and must be below 1, got 5/, fix: /0\.05/ },
    );
  });

  it('a missing-share threshold above 1 → input thresholds, key missing-share', async () => {
    await fails(
      { reference: REF, current: CUR, thresholds: 'missing-share: 5' },
      { message: /^input 'thresholds', key 'missing-share': /, fix: /0\.05/ },
    );
  });

  it('a drift-share above 1 → input drift-share', async () => {
    // The message is the fix here (the shared input parser gives no separate fix sentence).
    await fails(
      { reference: REF, current: CUR, 'drift-share': '1.5' },
      { message: /^input 'drift-share': /, fix: /must be at most 1, got 1\.5/ },
    );
  });

  it('a drift-share that is not a number → input drift-share', async () => {
    await fails(
      { reference: REF, current: CUR, 'drift-share': 'half' },
      { message: /^input 'drift-share': /, fix: /must be a number.*'half'/ },
    );
  });

  it('an unknown correction → input correction, the choices', async () => {
    await fails(
      { reference: REF, current: CUR, correction: 'holm' },
      { message: /^input 'correction'.*holm/, fix: /none.*bonferroni.*bh/ },
    );
  });

  it('an unknown format → input format, the choices', async () => {
    await fails({ reference: REF, current: CUR, format: 'xlsx' }, { message: /^input 'format'.*xlsx/, fix: /csv.*jsonl.*parquet/ });
  });

  it('an unknown mode → input mode, the choices', async () => {
    await fails({ reference: REF, current: CUR, mode: 'diff' }, { message: /^input 'mode'.*diff/, fix: /compare.*profile/ });
  });

  it('issue: true without a model → input model', async () => {
    await fails(
      { reference: REF, current: CUR, issue: 'true' },
      { message: /^input 'model': is needed with 'issue: true'/, fix: /Name the model/ },
    );
  });
});

describe('drift-report robustness: profiles', () => {
  it('a .json that is not valid JSON → that file, "pass a profile written by drift-report"', async () => {
    write('bad/notjson.json', '{"format": ');
    await fails(
      { reference: 'bad/notjson.json', current: CUR },
      { message: /^bad\/notjson\.json: cannot read the profile/, fix: /Pass a profile written by drift-report/, file: 'bad/notjson.json' },
    );
  });

  it('a .json that is not a drift profile → that file', async () => {
    write('bad/other.json', '{"hello": 1}');
    await fails(
      { reference: 'bad/other.json', current: CUR },
      { message: /^bad\/other\.json: not a drift profile/, fix: /mode: profile/, file: 'bad/other.json' },
    );
  });

  it('a profile of an unsupported version → that file, "write the profile again"', async () => {
    write('bad/v9.json', JSON.stringify({ format: 'mlops-actions/drift-profile', version: 9, columns: [], rows: 0 }));
    await fails(
      { reference: 'bad/v9.json', current: CUR },
      { message: /^bad\/v9\.json: profile version 9 is not supported/, fix: /Write the profile again/, file: 'bad/v9.json' },
    );
  });

  it('shard profiles written with different sketch settings → the file that differs', async () => {
    const a = await runStep({
      action: 'drift-report',
      workspace: ws,
      event: 'schedule',
      inputs: { 'upload-artifact': 'false', mode: 'profile', current: REF, 'report-dir': 'profiles/a' },
    });
    expect(a.exitCode, a.stdout).toBe(0);
    const p = JSON.parse((await import('node:fs')).readFileSync(join(ws, 'profiles/a/profile.json'), 'utf8')) as { sketch_k: number };
    p.sketch_k = 100;
    write('profiles/b/profile.json', JSON.stringify(p));
    await fails(
      { reference: 'profiles/*/profile.json', current: CUR },
      {
        message: /^profiles\/b\/profile\.json: this profile was written with sketch k 100/,
        fix: /same settings/,
        file: 'profiles/b/profile.json',
      },
    );
  });

  it('shard profiles disagreeing on a column type → the file that differs, "declare the column type"', async () => {
    const c = await runStep({
      action: 'drift-report',
      workspace: ws,
      event: 'schedule',
      inputs: { 'upload-artifact': 'false', mode: 'profile', current: CUR, categorical: 'age', 'report-dir': 'profiles2/c' },
    });
    expect(c.exitCode, c.stdout).toBe(0);
    const d = await runStep({
      action: 'drift-report',
      workspace: ws,
      event: 'schedule',
      inputs: { 'upload-artifact': 'false', mode: 'profile', current: CUR, 'report-dir': 'profiles2/d' },
    });
    expect(d.exitCode, d.stdout).toBe(0);
    await fails(
      { reference: 'profiles2/*/profile.json', current: CUR },
      {
        message: /^profiles2\/d\/profile\.json: column 'age' is numerical in this profile but categorical/,
        fix: /Declare the column's type/,
        file: 'profiles2/d/profile.json',
      },
    );
  });

  it('profile mode with a data file as reference → input reference, "pass the reference profile"', async () => {
    await fails(
      { mode: 'profile', reference: REF, current: CUR },
      { message: /^input 'reference': must be a profile in profile mode/, fix: /Pass the reference profile JSON/ },
    );
  });

  it('profile mode with profiles to profile → input current', async () => {
    await fails(
      { mode: 'profile', current: 'profiles/a/profile.json' },
      { message: /^input 'current': names profiles; profile mode needs data files/, fix: /pass them as reference and current/ },
    );
  });
});
