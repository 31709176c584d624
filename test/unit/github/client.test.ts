import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient, proxyFor } from '@mlops-actions/github';

describe('proxyFor', () => {
  it.each([
    ['https://api.github.com', { HTTPS_PROXY: 'http://p:3128' }, 'http://p:3128'],
    ['https://api.github.com', { https_proxy: 'http://p:3128' }, 'http://p:3128'],
    ['http://127.0.0.1:8080', { HTTPS_PROXY: 'http://p:3128' }, undefined],
    ['https://api.github.com', { HTTPS_PROXY: 'http://p:3128', NO_PROXY: 'github.com' }, undefined],
    ['https://ghes.corp.example/api/v3', { HTTPS_PROXY: 'http://p:3128', NO_PROXY: '.corp.example,localhost' }, undefined],
    ['https://api.github.com', { HTTPS_PROXY: 'http://p:3128', NO_PROXY: 'hub.com' }, 'http://p:3128'],
    ['https://api.github.com', { HTTPS_PROXY: 'http://p:3128', NO_PROXY: '*' }, undefined],
  ])('%s with %j', (target, env, want) => {
    expect(proxyFor(target, env)).toBe(want);
  });
});

describe('createGitHubClient', () => {
  const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  let failuresLeft = 0;
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    if (failuresLeft > 0) {
      failuresLeft--;
      res.writeHead(502, { 'content-type': 'application/json' }).end('{"message":"Bad Gateway"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ login: 'octocat', id: 1 }));
  });
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('talks to the given API root with the token and our user agent', async () => {
    const octokit = createGitHubClient({ token: 'ghs_abc', apiUrl: url, proxyEnv: {} });
    const { data } = await octokit.rest.users.getAuthenticated();
    expect(data.login).toBe('octocat');
    const last = seen.at(-1)!;
    expect(last.url).toBe('/api/v3/user');
    expect(last.headers.authorization).toBe('token ghs_abc');
    expect(last.headers['user-agent']).toMatch(/^mlops-actions/);
  });

  // The one test of the real production delay (a measured single wait): the retry plugin waits
  // retryAfterBaseValue (1 s) × retry count² before the first retry. Everything else passes timeScale 0.
  it('retries a 5xx after the real one-second back-off (timeScale unset)', async () => {
    failuresLeft = 1;
    const before = seen.length;
    const octokit = createGitHubClient({ token: 't', apiUrl: url, proxyEnv: {} });
    const started = performance.now();
    const { data } = await octokit.rest.users.getAuthenticated();
    const waited = performance.now() - started;
    expect(data.login).toBe('octocat');
    expect(seen.length - before).toBe(2);
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(4000);
  });

  it('timeScale 0: the same retries, in the same order, without the back-off', async () => {
    failuresLeft = 3;
    const before = seen.length;
    const octokit = createGitHubClient({ token: 't', apiUrl: url, proxyEnv: {}, timeScale: 0 });
    const started = performance.now();
    const { data } = await octokit.rest.users.getAuthenticated();
    expect(data.login).toBe('octocat');
    // Three retries (1 + 4 + 9 s of back-off at timeScale 1).
    expect(seen.length - before).toBe(4);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a time scale that is not a number >= 0', () => {
    for (const timeScale of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => createGitHubClient({ token: 't', apiUrl: url, proxyEnv: {}, timeScale })).toThrow(
        /timeScale must be a finite number >= 0/,
      );
    }
  });
});

describe('createGitHubClient timeScale: rate-limit waits and write spacing', () => {
  /** Answers with the queued statuses first (a 403 secondary rate limit carries retry-after), then 2xx. */
  const answers: { status: number; retryAfter?: number }[] = [];
  const arrivals: { method: string; url: string; at: number }[] = [];
  const server = createServer((req, res) => {
    arrivals.push({ method: req.method ?? '', url: req.url ?? '', at: performance.now() });
    req.resume();
    const next = answers.shift();
    if (next && next.status === 403) {
      res
        .writeHead(403, { 'content-type': 'application/json', 'retry-after': String(next.retryAfter ?? 1) })
        .end('{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}');
      return;
    }
    const status = req.method === 'POST' ? 201 : 200;
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 1, login: 'octocat', body: 'x' }));
  });
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('timeScale 0 retries a secondary rate limit at once, whatever retry-after says', async () => {
    arrivals.length = 0;
    answers.push({ status: 403, retryAfter: 60 }, { status: 403, retryAfter: 60 });
    const lines: string[] = [];
    const log = { info: (m: string) => lines.push(m), warning: (m: string) => lines.push(m) };
    const octokit = createGitHubClient({ token: 't', apiUrl: url, proxyEnv: {}, timeScale: 0, log });
    const started = performance.now();
    const { status } = await octokit.rest.repos.get({ owner: 'o', repo: 'r' });
    expect(status).toBe(200);
    expect(arrivals.map((a) => a.method)).toEqual(['GET', 'GET', 'GET']);
    // Two minutes of waiting at timeScale 1.
    expect(performance.now() - started).toBeLessThan(1000);
    // The log still says what GitHub asked for.
    expect(lines).toEqual([
      'GitHub secondary rate limit hit on GET /repos/{owner}/{repo}; retrying in 60s',
      'GitHub secondary rate limit hit on GET /repos/{owner}/{repo}; retrying in 60s',
    ]);
  });

  it('writes are spaced by the scaled minimum (octokit: 1 s apart, 3 s for a write that notifies)', async () => {
    arrivals.length = 0;
    const octokit = createGitHubClient({ token: 't', apiUrl: url, proxyEnv: {}, timeScale: 0.2 });
    // A comment notifies (3 s × 0.2 = 600 ms apart); a label update is a plain write (1 s × 0.2 = 200 ms).
    // Arrival times at the server carry scheduling jitter on a busy machine: the bounds leave 100-300 ms of it.
    await Promise.all([1, 2, 3].map((n) => octokit.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: n, body: 'x' })));
    await octokit.rest.issues.updateLabel({ owner: 'o', repo: 'r', name: 'a', new_name: 'b' });
    await octokit.rest.issues.updateLabel({ owner: 'o', repo: 'r', name: 'b', new_name: 'c' });
    const gaps = arrivals.slice(1).map((a, i) => a.at - arrivals[i]!.at);
    expect(arrivals.map((a) => a.method)).toEqual(['POST', 'POST', 'POST', 'PATCH', 'PATCH']);
    expect(Math.min(gaps[0]!, gaps[1]!)).toBeGreaterThanOrEqual(500);
    expect(gaps[3]).toBeGreaterThanOrEqual(150);
    expect(gaps[3]).toBeLessThan(500);
  });

  it('timeScale 0 does not space writes', async () => {
    arrivals.length = 0;
    const octokit = createGitHubClient({ token: 't', apiUrl: url, proxyEnv: {}, timeScale: 0 });
    const started = performance.now();
    for (let n = 1; n <= 5; n++) await octokit.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: n, body: 'x' });
    expect(arrivals).toHaveLength(5);
    // 12 s at timeScale 1 (a comment notifies: 3 s apart).
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
