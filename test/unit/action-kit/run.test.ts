import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run, UserError } from '@mlops-actions/action-kit';
import { GitHubNetworkError } from '@mlops-actions/github';

/** What run() printed (workflow commands go to stdout) for a body that throws `error`. */
async function failWith(error: unknown): Promise<string> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    await run(async () => {
      throw error;
    });
  } finally {
    spy.mockRestore();
  }
  return out;
}

/** The workflow-command lines (`::name props::message`) of run()'s output. */
const commands = (out: string) => out.split('\n').filter((l) => l.startsWith('::'));

const savedEnv = { ...process.env };
afterEach(() => {
  process.exitCode = undefined;
  for (const k of ['RUNNER_DEBUG', 'ACTIONS_STEP_DEBUG', 'GITHUB_WORKSPACE']) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
});

describe('run()', () => {
  it('a GitHub request that got no answer fails the step with its message: no stack, no "re-run with debug logging"', async () => {
    const e = new GitHubNetworkError(
      'api.github.com',
      'GET /repos/{owner}/{repo}',
      'connection refused (nothing listens there)',
      new Error('connect ECONNREFUSED'),
    );
    const out = await failWith(e);
    expect(process.exitCode).toBe(1);
    expect(out).toContain(
      '::error::No answer from api.github.com to GET /repos/{owner}/{repo}: connection refused (nothing listens there). Check that the runner can reach api.github.com',
    );
    expect(out).not.toMatch(/re-run with debug logging|\n\s+at /);
  });

  it('a bug still says so', async () => {
    const out = await failWith(new TypeError('x is not a function'));
    expect(out).toMatch(/::error::x is not a function \(re-run with debug logging for the stack trace\)/);
  });

  it('a body that succeeds leaves the step passing and prints nothing', async () => {
    let out = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    try {
      await run(async () => {});
    } finally {
      spy.mockRestore();
    }
    expect(process.exitCode).toBeUndefined();
    expect(out).toBe('');
  });

  it('a user error in a file fails the step with ONE annotation at the file and line, and no stack', async () => {
    const e = new UserError('the params file is empty', { input: 'params', file: 'params.yaml', line: 3, fix: 'Write key: value lines' });
    const out = await failWith(e);
    expect(process.exitCode).toBe(1);
    expect(commands(out)).toEqual([
      "::error file=params.yaml,line=3::input 'params', params.yaml:3: the params file is empty. Write key: value lines.",
    ]);
    expect(out).not.toMatch(/re-run with debug logging|\n\s+at /);
  });

  it('a user error with an absolute file inside the workspace annotates the workspace-relative path', async () => {
    const ws = join(process.cwd(), 'ws');
    process.env['GITHUB_WORKSPACE'] = ws;
    const out = await failWith(new UserError('bad', { file: join(ws, 'conf', 'm.yaml'), line: 2, column: 5 }));
    expect(commands(out)).toHaveLength(1);
    expect(commands(out)[0]).toMatch(/^::error file=conf\/m\.yaml,line=2,col=5::/);
  });

  it('a user error without a file fails the step with one error and no stack, even under debug logging', async () => {
    process.env['RUNNER_DEBUG'] = '1';
    const out = await failWith(new UserError("must be true or false, got 'yes'", { input: 'force' }));
    expect(process.exitCode).toBe(1);
    expect(commands(out)).toEqual(["::error::input 'force': must be true or false, got 'yes'"]);
    expect(out).not.toMatch(/\n\s+at |re-run/);
  });

  it('a bug under debug logging prints its stack, then fails the step with the message', async () => {
    process.env['RUNNER_DEBUG'] = '1';
    const bug = new TypeError('x is not a function');
    const out = await failWith(bug);
    expect(process.exitCode).toBe(1);
    expect(out).toContain(bug.stack!.split('\n')[1]!.trim());
    expect(commands(out)).toEqual(['::error::x is not a function']);
  });

  it('something thrown that is not an Error is reported as a message', async () => {
    const out = await failWith('plain string');
    expect(process.exitCode).toBe(1);
    expect(commands(out)).toEqual(['::error::plain string (re-run with debug logging for the stack trace)']);
  });
});
