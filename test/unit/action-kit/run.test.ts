import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '@mlops-actions/action-kit';
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

afterEach(() => {
  process.exitCode = undefined;
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
});
