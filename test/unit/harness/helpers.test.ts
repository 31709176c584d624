/**
 * The shared test helpers: the one median, the one temp-folder helper, the one step factory's merging
 * of options, and the workflow-command parsing the step runner shares with the local runner (mlops run).
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { median } from '../../harness/stats.ts';
import { mergeStepOptions, parseCommands, parseFileCommand } from '../../harness/step-runner.ts';
import { removeTempDirs, tempDir, tempDirSync } from '../../harness/temp.ts';

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[5], 5],
    [[-1, -1, 7, 7], 3],
  ])('of %j is %d', (xs, m) => {
    expect(median(xs)).toBe(m);
  });

  it('of nothing is NaN, and the input is left unsorted', () => {
    expect(median([])).toBeNaN();
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('temp folders', () => {
  it('live in the one folder of the run (global-setup runs once per project; the second one shares it)', () => {
    expect(process.env['MLOPS_TEST_TMPDIR']).toBe(tmpdir());
    expect(basename(dirname(tmpdir()))).not.toMatch(/^mlops-tests-/);
  });

  it('are made under the run’s TMPDIR and removed, all of them, by removeTempDirs', async () => {
    const a = tempDirSync('helpers-a-');
    const b = await tempDir('helpers-b-');
    expect(a.startsWith(tmpdir())).toBe(true);
    expect(b).toMatch(/helpers-b-\w{6}$/);
    expect(existsSync(a) && existsSync(b)).toBe(true);
    await removeTempDirs();
    expect(existsSync(a) || existsSync(b)).toBe(false);
  });
});

describe('stepFor merges a call into its defaults', () => {
  const defaults = {
    workspace: '/ws',
    apiUrl: 'http://gh',
    env: { GITHUB_SHA: 'c0ffee', A: '1' },
    inputs: { model: 'churn', registry: 'file:r' },
  };

  it('inputs over the default inputs, env over the default env, other options over theirs', () => {
    expect(
      mergeStepOptions('deploy', defaults, { registry: 'git:origin', version: '1.2.0' }, { env: { A: undefined }, token: 't' }),
    ).toEqual({
      action: 'deploy',
      workspace: '/ws',
      apiUrl: 'http://gh',
      token: 't',
      env: { GITHUB_SHA: 'c0ffee', A: undefined },
      inputs: { model: 'churn', registry: 'git:origin', version: '1.2.0' },
    });
  });

  it('without a call’s options, the defaults as they are; without any env, no env', () => {
    expect(mergeStepOptions('x', { workspace: '/w' })).toEqual({ action: 'x', workspace: '/w', inputs: {} });
    expect(mergeStepOptions('x', defaults).env).toEqual(defaults.env);
  });
});

describe('the step runner reads workflow commands as the local runner does', () => {
  it('annotations with file, line, column and title; masks; %25 in a property is a literal %', () => {
    const stdout = [
      'plain output',
      '::add-mask::s3cr%25et',
      '::error file=data/a%253Ab.csv,line=3,col=7,title=Bad row::value %0Anext line',
      '::warning::just this',
      '::debug::not an annotation',
    ].join('\n');
    expect(parseCommands(stdout)).toEqual({
      masks: ['s3cr%et'],
      annotations: [
        { level: 'error', message: 'value \nnext line', file: 'data/a%3Ab.csv', line: 3, column: 7, title: 'Bad row' },
        { level: 'warning', message: 'just this' },
      ],
    });
  });

  it('file commands: lines and heredocs, CRLF as well', () => {
    expect(parseFileCommand('a=1\r\nreport<<EOF\r\nx\r\ny\r\nEOF\r\nb=x=y\r\n')).toEqual({ a: '1', report: 'x\ny', b: 'x=y' });
  });
});
