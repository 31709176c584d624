import { afterEach, describe, expect, it } from 'vitest';
import {
  checkAnswer,
  HealthFailed,
  MIN_PAUSE_MS,
  parseHealthExpect,
  versionShown,
  waitHealthy,
  type HealthVars,
} from '@mlops-actions/deployment';
import { closedPort, json, memoryLog, serve, type TestServer } from './servers.ts';

const vars: HealthVars = { model: 'churn', version: '1.3.0', digest: 'sha256:abc', environment: 'staging' };
const answer = (body: string, headers: Record<string, string> = {}, status = 200) => ({ status, headers: new Headers(headers), body });

describe('parseHealthExpect', () => {
  it('reads every kind of condition, skipping blanks and comments', () => {
    const e = parseHealthExpect(
      'version\n# served model\nmodel.version == {version}\nitems[0].name == churn\nheader X-Model-Version == {version}\ncontains ready\n\n$.status == ok',
    );
    expect(e.map((x) => x.kind)).toEqual(['version', 'json', 'json', 'header', 'contains', 'json']);
    expect(e[1]).toMatchObject({ path: ['model', 'version'], value: '{version}', line: 3 });
    expect(e[2]).toMatchObject({ path: ['items', 0, 'name'], value: 'churn' });
    expect(e[3]).toMatchObject({ name: 'x-model-version', value: '{version}' });
    expect(e[5]).toMatchObject({ path: ['status'], value: 'ok', line: 8 });
  });

  it.each([
    ['versions', /line 1 \('versions'\): not a condition/],
    ['model. == 1', /ends with '\.'/],
    ['model..version == 1', /not a JSON path/],
    ['model version == 1', /unexpected ' '/],
    ['header == 1', /header <Name> == <value>/],
    ['ok\nstatus = up', /line 1/],
  ])('refuses %j with the line and the syntax', (text, message) => {
    expect(() => parseHealthExpect(text)).toThrow(message);
    expect(() => parseHealthExpect(text)).toThrow(/input 'health-expect'/);
  });

  it('is empty for an empty input', () => {
    expect(parseHealthExpect('')).toEqual([]);
    expect(parseHealthExpect(undefined)).toEqual([]);
  });
});

describe('checkAnswer', () => {
  it.each([
    ['version', '{"version":"1.3.0"}', {}, undefined],
    ['version', '{"model_version":"1.3.0"}', {}, undefined],
    ['version', '{"model":{"name":"churn","version":"1.3.0"}}', {}, undefined],
    ['version', '1.3.0\n', {}, undefined],
    ['version', '{"version":"1.2.0"}', {}, 'the answer shows version 1.2.0, expected 1.3.0'],
    ['version', '{"status":"ok"}', {}, /does not show version 1.3.0 \(none of version/],
    ['version', 'model 1.3.0 is up', {}, /neither JSON nor a bare version/],
    ['model.version == {version}', '{"model":{"version":"1.3.0"}}', {}, undefined],
    ['model.version == {version}', '{"model":{"version":"1.2.0"}}', {}, /model.version is "1.2.0", expected '1.3.0'/],
    ['ready == true', '{"ready":true}', {}, undefined],
    ['ready == true', '{"ready":false}', {}, /ready is false/],
    ['count == 3', '{"count":3}', {}, undefined],
    ['model.version == {version}', 'not json', {}, /not JSON/],
    ['model.version == {version}', '{}', {}, /has no model.version/],
    ['header X-Model-Version == {version}', '', { 'x-model-version': '1.3.0' }, undefined],
    ['header X-Model-Version == {version}', '', {}, /no x-model-version header/],
    ['header X-Model-Version == {version}', '', { 'x-model-version': '1.2.0' }, /is '1.2.0', expected '1.3.0'/],
    ['contains {model}@{version}', 'serving churn@1.3.0', {}, undefined],
    ['contains {model}@{version}', 'serving churn@1.2.0', {}, /does not contain 'churn@1.3.0'/],
  ])('%s on %j', (expect_, body, headers, want) => {
    const problem = checkAnswer(parseHealthExpect(expect_), answer(body, headers), vars);
    if (want === undefined) expect(problem).toBeUndefined();
    else if (typeof want === 'string') expect(problem).toBe(want);
    else expect(problem).toMatch(want);
  });

  it('requires every condition', () => {
    const e = parseHealthExpect('version\ncontains ready');
    expect(checkAnswer(e, answer('{"version":"1.3.0","state":"ready"}'), vars)).toBeUndefined();
    expect(checkAnswer(e, answer('{"version":"1.3.0","state":"loading"}'), vars)).toMatch(/does not contain 'ready'/);
  });

  it('versionShown prefers version over the other fields', () => {
    expect(versionShown('', { version: '2', model_version: '3' }).found).toBe('2');
  });
});

describe('waitHealthy (real HTTP on loopback)', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('polls until the endpoint is up and shows the version', async () => {
    let calls = 0;
    server = await serve((_req, res) => {
      calls++;
      if (calls <= 2) return json(res, 503, { status: 'starting' });
      if (calls <= 4) return json(res, 200, { version: '1.2.0' });
      json(res, 200, { version: '1.3.0' });
    });
    const log = memoryLog();
    const r = await waitHealthy({
      url: `${server.url}/health`,
      expectations: parseHealthExpect('version'),
      vars,
      timeoutMs: 10_000,
      log,
      intervalMs: 10,
    });
    expect(r.attempts).toBe(5);
    // Each distinct problem is logged once.
    expect(log.lines.filter((l) => l.includes('HTTP 503'))).toHaveLength(1);
    expect(log.lines.filter((l) => l.includes('shows version 1.2.0'))).toHaveLength(1);
    expect(log.text()).toMatch(/health check .*\/health: ok/);
  });

  it('timeScale scales the pauses between attempts (default 500 ms, growing), never below MIN_PAUSE_MS', async () => {
    let calls = 0;
    server = await serve((_req, res) => (++calls <= 3 ? json(res, 503, { status: 'starting' }) : json(res, 200, { version: '1.3.0' })));
    // Three failed polls: 500 + 750 + 1125 ms of pauses at timeScale 1; 10 ms each (MIN_PAUSE_MS) at 0.
    const started = Date.now();
    const r = await waitHealthy({
      url: server.url,
      expectations: parseHealthExpect('version'),
      vars,
      timeoutMs: 10_000,
      log: memoryLog(),
      timeScale: 0,
    });
    expect(r.attempts).toBe(4);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3 * MIN_PAUSE_MS);
    expect(Date.now() - started).toBeLessThan(1000);
    // A server that never gets healthy: polled every MIN_PAUSE_MS or so until the (unscaled) timeout, not in a busy loop.
    const down = Date.now();
    const err = await waitHealthy({
      url: server.url,
      expectations: parseHealthExpect('version'),
      vars: { ...vars, version: '9.9.9' },
      timeoutMs: 200,
      log: memoryLog(),
      timeScale: 0,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HealthFailed);
    expect(Date.now() - down).toBeGreaterThanOrEqual(200);
    expect(calls - 4).toBeLessThanOrEqual(200 / MIN_PAUSE_MS + 2);
  });

  it('gives up at the timeout with the last problem', async () => {
    server = await serve((_req, res) => json(res, 500, { error: 'model failed to load' }));
    const started = Date.now();
    const err = await waitHealthy({ url: server.url, expectations: [], vars, timeoutMs: 300, log: memoryLog(), intervalMs: 20 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(HealthFailed);
    expect((err as HealthFailed).message).toMatch(
      /health check of http:\/\/127\.0\.0\.1:\d+ did not pass within \d+s \(\d+ attempts\); last: HTTP 500: \{"error":"model failed to load"\}/,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('names a health URL that never answers', async () => {
    const port = await closedPort();
    const err = await waitHealthy({
      url: `http://127.0.0.1:${port}/health`,
      expectations: [],
      vars,
      timeoutMs: 200,
      log: memoryLog(),
      intervalMs: 20,
    }).catch((e: unknown) => e);
    expect((err as HealthFailed).lastError).toBe('connection refused (nothing listens there)');
  });

  it('sends the smoke request once healthy and retries it until 2xx', async () => {
    let smokes = 0;
    server = await serve((req, res) => {
      if (req.method === 'GET') return json(res, 200, { version: '1.3.0' });
      smokes++;
      if (smokes < 3) return json(res, 500, { error: 'warming up' });
      json(res, 200, { prediction: 0.7 });
    });
    const smokeBody = '{"features":[1,2,3]}';
    const r = await waitHealthy({
      url: `${server.url}/health`,
      expectations: parseHealthExpect('version'),
      smoke: { url: `${server.url}/predict`, body: smokeBody },
      vars,
      timeoutMs: 10_000,
      log: memoryLog(),
      intervalMs: 10,
    });
    expect(r.attempts).toBe(4);
    const posts = server.received.filter((x) => x.method === 'POST');
    expect(posts).toHaveLength(3);
    expect(posts[0]).toMatchObject({ url: '/predict', body: smokeBody });
    expect(posts[0]!.headers['content-type']).toBe('application/json');
  });

  it('fails on a smoke request that never answers 2xx', async () => {
    server = await serve((req, res) => (req.method === 'GET' ? json(res, 200, {}) : json(res, 422, { error: 'bad features' })));
    const err = await waitHealthy({
      url: server.url,
      expectations: [],
      smoke: { url: server.url, body: 'plain text' },
      vars,
      timeoutMs: 200,
      log: memoryLog(),
      intervalMs: 20,
    }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(
      /^input 'smoke-input': smoke request of .* last: HTTP 422: \{"error":"bad features"\}\. The server refused smoke-input: send a request body the model accepts\.$/,
    );
    expect(server.received.find((x) => x.method === 'POST')!.headers['content-type']).toMatch(/^text\/plain/);
  });

  describe('redirects: same origin only, a body never sent elsewhere', () => {
    let other: TestServer | undefined;
    afterEach(async () => {
      await other?.close();
      other = undefined;
    });
    const redirect = (res: import('node:http').ServerResponse, status: number, location: string): void =>
      void res.writeHead(status, { location }).end();
    const check = (o: { url?: string; smoke?: { url: string; body: string } }) =>
      waitHealthy({
        ...o,
        expectations: parseHealthExpect(o.url ? 'version' : ''),
        vars,
        // A refused redirect polls until this timeout runs out (real time); a followed one passes at the
        // first attempt, which has at least 1 s whatever the timeout.
        timeoutMs: 100,
        log: memoryLog(),
        intervalMs: 20,
      }).then(
        () => 'healthy',
        (e: unknown) => (e as HealthFailed).lastError,
      );

    it('follows a same-origin redirect of the health check', async () => {
      server = await serve(
        (req, res) => void (req.url === '/health' ? redirect(res, 302, '/v2/health') : json(res, 200, { version: '1.3.0' })),
      );
      expect(await check({ url: `${server.url}/health` })).toBe('healthy');
      expect(server.received.map((r) => r.url)).toEqual(['/health', '/v2/health']);
    });

    it('does not follow a health redirect to another origin, and says where it pointed', async () => {
      other = await serve((_req, res) => json(res, 200, { version: '1.3.0' }));
      server = await serve((_req, res) => redirect(res, 302, `${other!.url}/health?token=abc`));
      expect(await check({ url: `${server.url}/health` })).toBe(
        `HTTP 302 redirect to another origin (${other.url}), which is not followed`,
      );
      expect(other.received).toEqual([]);
    });

    it('never re-POSTs the smoke body to another origin through a 307', async () => {
      other = await serve((_req, res) => json(res, 200, { ok: true }));
      server = await serve((_req, res) => redirect(res, 307, `${other!.url}/predict`));
      const smokeBody = '{"features":[1,2,3]}';
      expect(await check({ smoke: { url: `${server.url}/predict`, body: smokeBody } })).toMatch(
        /^HTTP 307 redirect to another origin \(http:\/\/127\.0\.0\.1:\d+\), which is not followed$/,
      );
      expect(other.received).toEqual([]);
    });

    it('re-POSTs the smoke body through a same-origin 307, but refuses a 303 that would turn it into a GET', async () => {
      const smokeBody = '{"features":[1,2,3]}';
      server = await serve((req, res) =>
        req.url === '/predict'
          ? redirect(res, 307, '/v2/predict')
          : req.url === '/old'
            ? redirect(res, 303, '/v2/predict')
            : json(res, 200, { ok: true }),
      );
      expect(await check({ smoke: { url: `${server.url}/predict`, body: smokeBody } })).toBe('healthy');
      expect(server.received.map((r) => [r.method, r.url, r.body])).toEqual([
        ['POST', '/predict', smokeBody],
        ['POST', '/v2/predict', smokeBody],
      ]);
      expect(await check({ smoke: { url: `${server.url}/old`, body: smokeBody } })).toMatch(
        /^HTTP 303 redirect to \/v2\/predict: a POST is followed only through 307\/308/,
      );
    });

    it('gives up on a redirect loop', async () => {
      server = await serve((_req, res) => redirect(res, 302, '/health'));
      expect(await check({ url: `${server.url}/health` })).toBe('more than 5 redirects');
    });
  });
});
