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

  it('retries a 5xx', async () => {
    failuresLeft = 1;
    const before = seen.length;
    const octokit = createGitHubClient({ token: 't', apiUrl: url, proxyEnv: {} });
    const { data } = await octokit.rest.users.getAuthenticated();
    expect(data.login).toBe('octocat');
    expect(seen.length - before).toBe(2);
  });
});
