import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isUserError } from '@mlops-actions/errors';
import { createGitHubClient, describeGitHubFailure, GitHubNetworkError, isGhesServer, isRequestFailure } from '@mlops-actions/github';

const ctx = { action: 'post the comment', apiUrl: 'https://user:secret@ghes.corp.example/api/v3', permission: 'pull-requests: write' };

/** An octokit RequestError as GitHub's answer produces it. */
function answered(status: number, message: string, headers: Record<string, string> = {}) {
  return Object.assign(new Error(message), { name: 'HttpError', status, request: {}, response: { status, headers, data: { message } } });
}

describe('describeGitHubFailure', () => {
  it.each([
    [403, 'Resource not accessible by integration', 'integration-permission', /Grant 'pull-requests: write'.*workflow_run/],
    [
      403,
      'Resource not accessible by personal access token',
      'token-permission',
      /fine-grained personal access token lacks this repository or the permission: .*'pull-requests' read and write/,
    ],
    [403, 'Unable to create comment because issue is locked.', 'locked', /conversation is locked/],
    [410, 'Issues are disabled for this repo', 'issues-disabled', /Settings → General → Features → Issues/],
    [404, 'Not Found', 'not-found', /404, not 403/],
    [401, 'Bad credentials', 'bad-credentials', /invalid or expired/],
    [422, 'Validation Failed', 'unprocessable', /refused the content/],
    [502, 'Bad Gateway', 'server-error', /githubstatus/],
  ] as const)('%i %s → %s, with the fix', (status, message, kind, fix) => {
    const f = describeGitHubFailure(answered(status, message), ctx);
    expect(f.kind).toBe(kind);
    expect(f.status).toBe(status);
    expect(f.message).toBe(
      `Could not post the comment on ghes.corp.example: GitHub answered ${status} "${message}"${kind === 'server-error' ? ' after the retries' : ''}.`,
    );
    expect(f.fix).toMatch(fix);
  });

  it('a primary rate limit that outlasted the retries is named as such', () => {
    const f = describeGitHubFailure(answered(403, 'API rate limit exceeded for installation ID 1.', { 'x-ratelimit-remaining': '0' }), ctx);
    expect(f.kind).toBe('rate-limit');
  });

  it('drops octokit\'s " - https://docs.github.com/…" suffix from GitHub\'s message', () => {
    const e = Object.assign(new Error('Not Found - https://docs.github.com/rest/issues/comments#create-an-issue-comment'), {
      name: 'HttpError',
      status: 404,
      request: {},
      response: { status: 404, headers: {}, data: '' },
    });
    expect(describeGitHubFailure(e, ctx).message).toBe('Could not post the comment on ghes.corp.example: GitHub answered 404 "Not Found".');
  });

  it('a request that got no answer is a network error in words, after the retries, with no invented status (octokit would say 500)', async () => {
    // A server that takes each connection and drops it: counts the attempts.
    let attempts = 0;
    const server = createServer((socket) => {
      attempts++;
      socket.destroy();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    try {
      const octokit = createGitHubClient({ token: 't', apiUrl: `http://127.0.0.1:${port}`, retries: 1, proxyEnv: {}, timeScale: 0 });
      const error = await octokit.rest.repos.get({ owner: 'o', repo: 'r' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(attempts).toBe(2); // the retry happened first: the translation is the outermost layer
      expect(error).toBeInstanceOf(GitHubNetworkError);
      expect((error as { status?: number }).status).toBeUndefined();
      // Not a UserError (callers add what they were doing), but run() prints it without a stack.
      expect(isUserError(error)).toBe(false);
      expect((error as Error).name).toBe('GitHubNetworkError');
      expect((error as Error).message).toMatch(
        new RegExp(
          `^No answer from 127\\.0\\.0\\.1:${port} to GET /repos/\\{owner\\}/\\{repo\\}: the connection (closed before an answer|was reset)\\. Check that the runner can reach`,
        ),
      );
      expect(isRequestFailure(error)).toBe(true);
      const f = describeGitHubFailure(error, { ...ctx, apiUrl: `http://127.0.0.1:${port}` });
      expect(f).toMatchObject({ kind: 'network', status: undefined });
      expect(f.message).toMatch(
        new RegExp(`^Could not post the comment on 127\\.0\\.0\\.1:${port}: no answer from the server \\(network error: the connection`),
      );
      expect(`${f.message} ${f.fix}`).not.toMatch(/\b500\b|\bE[A-Z]{4,}\b|UND_ERR/);
      expect(f.fix).toMatch(/HTTPS_PROXY\/NO_PROXY/);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it("GitHub's own 5xx after the retries names the request, the host and the fix, and keeps its status", async () => {
    const server = createHttpServer((_req, res) =>
      res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body>502 Bad Gateway</body></html>'),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    try {
      const octokit = createGitHubClient({ token: 't', apiUrl: `http://127.0.0.1:${port}`, retries: 0, proxyEnv: {} });
      const error = (await octokit.rest.repos.get({ owner: 'o', repo: 'r' }).catch((e: unknown) => e)) as {
        status: number;
        message: string;
      };
      expect(error.status).toBe(502);
      expect(error.message).toBe(
        `GitHub answered 502 to GET /repos/{owner}/{repo} on 127.0.0.1:${port}, also after the retries: GitHub had trouble (see https://www.githubstatus.com); re-run the job later`,
      );
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('connection refused reads as words, not ECONNREFUSED', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    await new Promise<void>((r) => server.close(() => r()));
    const octokit = createGitHubClient({ token: 't', apiUrl: `http://127.0.0.1:${port}`, retries: 0, proxyEnv: {} });
    const error = (await octokit.rest.repos.get({ owner: 'o', repo: 'r' }).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('connection refused (nothing listens there)');
    expect(error.message).not.toMatch(/ECONNREFUSED/);
  });

  it('never shows credentials of the API URL', () => {
    const f = describeGitHubFailure(answered(500, 'Server Error'), ctx);
    expect(`${f.message} ${f.fix}`).not.toContain('secret');
  });

  it('a bug (a TypeError from our code) is not a request failure', () => {
    expect(isRequestFailure(new TypeError('x is undefined'))).toBe(false);
  });
});

describe('isGhesServer (as @actions/cache and @actions/artifact decide it)', () => {
  it.each([
    ['https://github.com', false],
    ['https://GITHUB.COM/', false],
    ['https://octo.ghe.com', false],
    ['https://runner.localhost', false],
    ['https://ghes.corp.example', true],
    ['', false],
  ])('%s → %s', (url, ghes) => expect(isGhesServer(url)).toBe(ghes));
});
