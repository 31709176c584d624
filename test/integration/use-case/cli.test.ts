/** generate.ts and train.ts as a workflow step runs them: separate processes, exit codes, messages. */
import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../harness/temp.ts';

const SRC = join(import.meta.dirname, '../../../workflows-examples/use-case/src');
let dir: string;

function run(tool: 'generate' | 'train' | 'serve', args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(SRC, `${tool}.ts`), ...args], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = await tempDir('use-case-cli-');
});

describe('generate.ts', () => {
  it('writes one CSV per batch and says what is in each', async () => {
    const r = run('generate', ['--out', join(dir, 'a'), '--batch', '1-2', '--rows', '3000', '--scenario', 'product-mix', '--seed', '7']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(await readdir(join(dir, 'a'))).toEqual(['batch-0001.csv', 'batch-0002.csv']);
    expect(r.stdout).toMatch(
      /batch-0001\.csv: 3000 rows, \d+ failures \(\d+\.\d %: TWF \d+, HDF \d+, PWF \d+, OSF \d+, RNF \d+\), L\/M\/H \d+\/\d+\/\d+/,
    );
    const text = await readFile(join(dir, 'a', 'batch-0002.csv'), 'utf8');
    expect(text.split('\n')[1]).toMatch(/^3001,/);
  });

  it('writes the same bytes in another process (seeded)', async () => {
    run('generate', ['--out', join(dir, 'b'), '--batch', '2', '--rows', '3000', '--scenario', 'product-mix', '--seed', '7']);
    expect(await readFile(join(dir, 'b', 'batch-0002.csv'), 'utf8')).toBe(await readFile(join(dir, 'a', 'batch-0002.csv'), 'utf8'));
  });

  it.each([
    [['--batch', '1'], /--out is required/],
    [['--out', 'x', '--scenario', 'winter'], /unknown scenario 'winter'\. Use one of none, seasonal, product-mix, torque-offset/],
    [['--out', 'x', '--rows', '0'], /--rows must be a whole number from 1 to 1000000, not '0'/],
    [['--out', 'x', '--batch', '3-1'], /--batch must be/],
    [['--out', 'x', '--colour', 'red'], /Unknown option '--colour'/],
  ])('%j → exit 1 with a clear message', (args, message) => {
    const r = run('generate', args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('fails cleanly when the output folder cannot be written', async () => {
    await writeFile(join(dir, 'a-file'), 'not a folder');
    const r = run('generate', ['--out', join(dir, 'a-file'), '--batch', '1-2', '--rows', '100']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a-file: cannot write the batches: .*Check that the folder is writable/);
  });

  it('prints its help', () => {
    const r = run('generate', ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/torque-offset\s+the torque sensor reads 5 Nm too high/);
  });
});

describe('train.ts', () => {
  it('trains on a folder of batches and writes the outputs', async () => {
    await writeFile(join(dir, 'params.yaml'), 'trees: 15\nmax_depth: 8\n');
    const out = join(dir, 'model');
    const r = run('train', ['--data', join(dir, 'a'), '--out', out, '--params', join(dir, 'params.yaml'), '--max-depth', '10']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/held-out metrics: accuracy 0\.\d{4}, precision \d\.\d{4}, recall \d\.\d{4}, f1 \d\.\d{4}, roc_auc 0\.\d{4}/);
    expect((await readdir(out)).sort()).toEqual([
      'metrics.json',
      'model-meta.json',
      'model.json',
      'params.json',
      'plots.csv',
      'predictions.csv',
    ]);
    // The file sets trees; the flag overrides the file's max_depth.
    expect(JSON.parse(await readFile(join(out, 'params.json'), 'utf8'))).toMatchObject({ trees: 15, max_depth: 10 });
  });

  it('fails with the file, line and column of bad data, and annotates it on a GitHub runner', async () => {
    const good = await readFile(join(dir, 'a', 'batch-0001.csv'), 'utf8');
    const lines = good.split('\n');
    lines[5] = lines[5]!.replace(/^(\d+,[^,]+,)[LMH],/, '$1Q,');
    await writeFile(join(dir, 'bad.csv'), lines.join('\n'));
    const r = run('train', ['--data', join(dir, 'bad.csv'), '--out', join(dir, 'never')], { GITHUB_ACTIONS: 'true' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: ${join(dir, 'bad.csv')}:6, key 'Type': 'Type' must be L, M or H, not "Q". Fix or drop this row.`);
    expect(r.stdout).toMatch(/::error file=.*bad\.csv,line=6::/);
    await expect(readdir(join(dir, 'never'))).rejects.toThrow();
  });

  it('fails cleanly when the output folder cannot be written, leaving no output behind', async () => {
    await writeFile(join(dir, 'b-file'), 'not a folder');
    const r = run('train', ['--data', join(dir, 'a'), '--out', join(dir, 'b-file', 'model'), '--trees', '5']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/b-file\/model: cannot write the outputs: .*Check that the folder is writable/);
    expect(await readFile(join(dir, 'b-file'), 'utf8')).toBe('not a folder');
  });

  it.each([
    [['--out', 'x'], /--data is required/],
    [['--data', 'x'], /--out is required/],
    [['--data', 'x', '--out', 'y', '--trees', 'many'], /--trees must be a whole number from 1 to 10000, not "many"/],
    [['--data', 'x', '--out', 'y', '--max-features', '2'], /--max-features must be sqrt, all, or a fraction in \(0, 1\]/],
    [['--data', 'missing-folder', '--out', 'y'], /missing-folder: no such file or folder/],
  ])('%j → exit 1 with a clear message', (args, message) => {
    const r = run('train', args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
  });
});

describe('serve.ts', () => {
  it('refuses a port that is not a number and requires --dir', () => {
    expect(run('serve', ['--dir', dir, '--port', 'http']).stderr).toMatch(/--port must be a whole number from 0 to 65535/);
    expect(run('serve', []).stderr).toMatch(/--dir is required/);
  });
});
