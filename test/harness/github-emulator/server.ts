/**
 * A GitHub REST API emulator on 127.0.0.1 (a free port per start), in-memory, honest by construction:
 * every request is checked against GitHub's OpenAPI description (route, path and query parameters,
 * request body) and every answer against the response schema for its status. A request that does not
 * conform is answered with an error that says why AND recorded in `violations`, which tests assert
 * empty (`useGitHubEmulator` does it after every test).
 *
 * Hosts, all on the one port:
 *   /                  api.github.com (GITHUB_API_URL)
 *   /uploads/          uploads.github.com (a release's upload_url points here)
 *   /downloads/        signed asset URLs (GET asset with Accept: application/octet-stream → 302 here)
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, makePager, notFound, type HandlerContext, type Reply, type TokenInfo } from './context.ts';
import { Faults, type Fault } from './faults.ts';
import { matchRoute, openApiSubset, validateJsonBody, validateParameters, validateResponse } from './openapi.ts';
import { IMPLEMENTED_OPERATIONS } from './operations.ts';
import type { RenderContext } from './render.ts';
import { handlers } from './routes.ts';
import { ACTIONS_BOT, EmulatorState, type ArtifactStore, type RepoSeed } from './state.ts';

/** Tokens every emulator knows. */
export const TOKENS = {
  /** What runStep passes as `${{ github.token }}` by default: an installation token with write access. */
  githubToken: 'ghs_test_token_0123456789',
  /** The GITHUB_TOKEN of a pull request from a fork: reads only. */
  readOnly: 'ghs_fork_pr_read_only_0123456789',
  /** A personal access token of `octocat`. */
  pat: 'ghp_octocat_personal_token_0123456789',
  /** A fine-grained personal access token of `octocat` with read-only repository permissions. */
  finePatReadOnly: 'github_pat_octocat_read_only_0123456789',
} as const;

export interface Violation {
  kind: 'unknown-endpoint' | 'wrong-host' | 'unimplemented' | 'request' | 'response';
  method: string;
  url: string;
  operationId?: string;
  problems: string[];
}

export interface RecordedRequest {
  method: string;
  /** Path and query as received. */
  url: string;
  operationId?: string;
  route?: string;
  status: number;
  /** `installation`, `installation (read-only)`, `user:<login>`, `none` or `invalid`. */
  auth: string;
  body?: unknown;
  /** The fault injected, if any. */
  fault?: Fault['kind'];
  durationMs: number;
}

export interface EmulatorOptions {
  /** Repositories to create (`owner/name`, or with options). Default: octo-org/ml-project (runStep's default). */
  repos?: (string | [string, RepoSeed])[];
  /** Validate every answer against the response schema (default true; violations are recorded). */
  validateResponses?: boolean;
  /** Web root for html_url values (default https://github.com, the GITHUB_SERVER_URL runStep sets). */
  webUrl?: string;
  /** Clock for created_at/updated_at (default: now). */
  clock?: () => Date;
  /**
   * GitHub Enterprise Server's layout: the REST API under /api/v3 ("http(s)://HOSTNAME/api/v3",
   * https://docs.github.com/en/enterprise-server@3.10/rest/enterprise-admin#endpoint-urls) and GraphQL
   * at /api/graphql (octokit derives it from a baseUrl ending in /api/v3: @octokit/graphql,
   * GHES_V3_SUFFIX_REGEX). `url` then ends in /api/v3.
   */
  ghes?: boolean;
}

export interface GitHubEmulator {
  /** REST API root: pass as runStep's `apiUrl` (GITHUB_API_URL). */
  url: string;
  /** The uploads host root (octokit's uploadReleaseAsset `baseUrl`, if a caller does not use upload_url). */
  uploadsUrl: string;
  state: EmulatorState;
  faults: Faults;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Requests or answers that do not conform to GitHub's OpenAPI description. */
  violations: Violation[];
  /**
   * Registers a token: `user` tokens act as `login` (default octocat); `installation` tokens as
   * github-actions[bot], or as `login` for another GitHub App's installation (e.g. `my-app[bot]`).
   */
  addToken(token: string, info: Partial<TokenInfo> & { kind: TokenInfo['kind'] }): void;
  /** Returns the violations recorded so far and clears them (for tests that expect some). */
  takeViolations(): Violation[];
  /** Throws, listing them, when any violation was recorded. */
  assertNoViolations(): void;
  /**
   * Serves the REST artifact endpoints (list, get, download by 302, delete) from a store, normally
   * the runtime services' (`services.artifactStore()`), so @actions/artifact's cross-run lookups
   * (`findBy`) reach the artifacts other steps uploaded.
   */
  useArtifactStore(store: ArtifactStore): void;
  /** Back to the seeded repositories, with no faults, requests or violations (between tests). */
  reset(): void;
  /** Requests for an operation (by operationId), e.g. to count retries. */
  requestsFor(operationId: string): RecordedRequest[];
  /** Milliseconds from the call to listening (for the harness's start-up figures). */
  startupMs: number;
  stop(): Promise<void>;
}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startGitHubEmulator(options: EmulatorOptions = {}): Promise<GitHubEmulator> {
  const started = performance.now();
  openApiSubset(); // read once per process; compiled schemas are cached too
  const missing = IMPLEMENTED_OPERATIONS.filter((id) => !handlers[id]);
  if (missing.length) throw new Error(`no handler for ${missing.join(', ')}`);

  const state = new EmulatorState(options.clock);
  const seed = () => {
    for (const r of options.repos ?? ['octo-org/ml-project']) {
      if (typeof r === 'string') state.addRepo(r);
      else state.addRepo(r[0], r[1]);
    }
  };
  seed();
  const faults = new Faults();
  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];
  const validateResponses = options.validateResponses ?? true;
  const tokens = new Map<string, TokenInfo>([
    [TOKENS.githubToken, { kind: 'installation', login: ACTIONS_BOT, readOnly: false }],
    [TOKENS.readOnly, { kind: 'installation', login: ACTIONS_BOT, readOnly: true }],
    [TOKENS.pat, { kind: 'user', login: 'octocat', readOnly: false }],
    [TOKENS.finePatReadOnly, { kind: 'user', login: 'octocat', readOnly: true }],
  ]);
  const used = new Map<string, number>();
  const resetAt = Math.floor(Date.now() / 1000) + 3600;

  let origin = '';
  const render: RenderContext = {
    state,
    urls: { api: '', web: (options.webUrl ?? 'https://github.com').replace(/\/$/, ''), uploads: '', downloads: '' },
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      // A bug in the emulator: answer 500 and make it a violation so the test fails loudly.
      violations.push({
        kind: 'response',
        method: req.method ?? '',
        url: req.url ?? '',
        problems: [`emulator error: ${(e as Error).stack ?? String(e)}`],
      });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ message: `GitHub emulator error: ${(e as Error).message}` }));
    });
  });

  function limitFor(t: TokenInfo | undefined): number {
    return t?.kind === 'installation' ? 1000 : t ? 5000 : 60;
  }

  function rateHeaders(key: string, t: TokenInfo | undefined, remainingOverride?: number, reset = resetAt): Record<string, string> {
    const limit = limitFor(t);
    const count = used.get(key) ?? 0;
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(remainingOverride ?? Math.max(0, limit - count)),
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': String(remainingOverride === 0 ? limit : count),
      'x-ratelimit-resource': 'core',
    };
  }

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>, raw?: Buffer): void {
    const base: Record<string, string> = {
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      'access-control-expose-headers':
        'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset',
      ...headers,
    };
    if (raw) {
      res.writeHead(status, base);
      res.end(raw);
    } else if (body === undefined) {
      res.writeHead(status, base);
      res.end();
    } else {
      const text = JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(text)),
        ...base,
      });
      res.end(text);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const t0 = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', origin);
    let path = url.pathname;

    // Signed download URLs (no token: the URL is the capability, as on GitHub's object storage).
    const download = /^\/downloads\/assets\/(\d+)\/[^/]+$/.exec(path);
    if (download && method === 'GET') {
      for (const repo of state.repos.values()) {
        for (const rel of repo.releases.values()) {
          const asset = rel.assets.find((a) => a.id === Number(download[1]));
          if (asset && url.searchParams.get('token') === asset.downloadToken) {
            send(
              res,
              200,
              undefined,
              {
                'content-type': 'application/octet-stream',
                'content-length': String(asset.data.length),
                'content-disposition': `attachment; filename=${asset.name}`,
              },
              asset.data,
            );
            return;
          }
        }
      }
      send(res, 403, { message: 'Request has expired or is not valid' }, {});
      return;
    }
    const browserDownload = /^\/downloads\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/.exec(path);
    if (browserDownload && method === 'GET') {
      const repo = state.findRepo(`${browserDownload[1]}/${browserDownload[2]}`);
      const rel = repo && [...repo.releases.values()].find((r) => r.tagName === decodeURIComponent(browserDownload[3]!) && !r.draft);
      const asset = rel?.assets.find((a) => a.name === decodeURIComponent(browserDownload[4]!));
      if (!asset || repo!.private) {
        send(res, 404, { message: 'Not Found' }, {});
        return;
      }
      asset.downloadCount++;
      send(res, 302, undefined, {
        location: `${render.urls.downloads}/assets/${asset.id}/${encodeURIComponent(asset.name)}?token=${asset.downloadToken}`,
      });
      return;
    }

    if (path === (options.ghes ? '/api/graphql' : '/graphql')) {
      await graphql(req, res, t0);
      return;
    }
    if (options.ghes) {
      // Everything else of the API lives under /api/v3 on GHES; a request outside it is not the API.
      if (!path.startsWith('/api/v3/') && !path.startsWith('/uploads/')) {
        violations.push({
          kind: 'unknown-endpoint',
          method,
          url: req.url ?? '',
          problems: [`${method} ${path} is outside GHES's /api/v3: GITHUB_API_URL was not used as the API root`],
        });
        requests.push({ method, url: req.url ?? '', status: 404, auth: 'none', durationMs: performance.now() - t0 });
        send(res, 404, { message: 'Not Found' }, {});
        return;
      }
      if (path.startsWith('/api/v3/')) path = path.slice('/api/v3'.length);
    }

    const uploadsHost = path.startsWith('/uploads/');
    if (uploadsHost) path = path.slice('/uploads'.length);
    // Pagination links name repositories by id; GitHub serves them at /repositories/{id}/...
    const byId = /^\/repositories\/(\d+)(\/.*)?$/.exec(path);
    if (byId) {
      const repo = state.findRepoById(Number(byId[1]));
      if (repo) path = `/repos/${repo.fullName}${byId[2] ?? ''}`;
    }

    const rawBody = await readBody(req);
    const auth = authenticate(req.headers['authorization']);
    const authLabel =
      auth === 'none'
        ? 'none'
        : auth === 'invalid'
          ? 'invalid'
          : auth.kind === 'user'
            ? `user:${auth.login}`
            : auth.readOnly
              ? 'installation (read-only)'
              : 'installation';
    const record = (status: number, extra: Partial<RecordedRequest> = {}) =>
      requests.push({ method, url: req.url ?? '', status, auth: authLabel, durationMs: performance.now() - t0, ...extra });

    const match = matchRoute(method, path);
    const violation = (kind: Violation['kind'], problems: string[]) =>
      violations.push({
        kind,
        method,
        url: req.url ?? '',
        ...(match.operation ? { operationId: match.operation.operationId } : {}),
        problems,
      });

    if (!match.route) {
      const problem = match.wrongMethod
        ? `${method} is not a method of ${path} in GitHub's REST API`
        : `${method} ${path} is not an endpoint of GitHub's REST API`;
      violation('unknown-endpoint', [problem]);
      record(404);
      send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }, {});
      return;
    }
    if (!match.operation) {
      violation('unimplemented', [
        `the emulator does not implement ${match.route}; add it to test/harness/github-emulator (operations.ts, routes.ts)`,
      ]);
      record(501, { route: match.route });
      send(res, 501, { message: `The GitHub emulator does not implement ${match.route}` }, {});
      return;
    }
    const op = match.operation;
    const expectUploads = op.server?.includes('uploads.github.com') ?? false;
    if (expectUploads !== uploadsHost) {
      violation('wrong-host', [
        expectUploads
          ? `${op.operationId} is served by the uploads host: use the release's upload_url`
          : `${op.operationId} is not served by the uploads host`,
      ]);
      record(404, { operationId: op.operationId, route: match.route });
      send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }, {});
      return;
    }

    // Request validation: parameters, then the body.
    const params = validateParameters(op, match.params, url.searchParams);
    const problems = [...params.problems];
    let body: Record<string, unknown> = {};
    let jsonBody: unknown;
    if (op.requestBody) {
      const contentType = String(req.headers['content-type'] ?? '')
        .split(';')[0]!
        .trim();
      const declared = Object.keys(op.requestBody.content);
      if (declared.includes('application/json')) {
        if (rawBody.length === 0) {
          if (op.requestBody.required) problems.push('a JSON request body is required');
        } else if (contentType !== 'application/json') {
          problems.push(`the body must be sent as application/json, not '${contentType || 'no content-type'}'`);
        } else {
          try {
            jsonBody = JSON.parse(rawBody.toString('utf8'));
          } catch {
            violation('request', ['the body is not valid JSON']);
            record(400, { operationId: op.operationId, route: match.route });
            send(res, 400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest', status: '400' }, {});
            return;
          }
          problems.push(...validateJsonBody(op, 'application/json', jsonBody));
          if (jsonBody && typeof jsonBody === 'object' && !Array.isArray(jsonBody)) body = jsonBody as Record<string, unknown>;
          else if (Array.isArray(jsonBody)) body = { labels: jsonBody };
        }
      } else if (op.requestBody.required && rawBody.length === 0) {
        problems.push('a request body is required');
      }
    } else if (rawBody.length > 0) {
      problems.push(`${op.operationId} takes no request body, but one was sent`);
    }
    if (problems.length) {
      violation('request', problems);
      record(422, { operationId: op.operationId, route: match.route, body: jsonBody });
      send(
        res,
        422,
        { message: `Invalid request.\n\n${problems.join('\n')}`, documentation_url: 'https://docs.github.com/rest', status: '422' },
        {},
      );
      return;
    }

    const tokenInfo = typeof auth === 'string' ? undefined : auth;
    const tokenKey = String(req.headers['authorization'] ?? 'anonymous');
    // Faults come before authentication: a 502 or a rate limit does not look at the token.
    const fault = faults.take({ method, path, operationId: op.operationId, route: match.route });
    const recordOk = (status: number, extra: Partial<RecordedRequest> = {}) =>
      record(status, {
        operationId: op.operationId,
        route: match.route,
        ...(jsonBody !== undefined ? { body: jsonBody } : {}),
        ...(fault ? { fault: fault.kind } : {}),
        ...extra,
      });
    const lostAnswer = fault?.kind === 'server-error' && fault.afterHandling ? fault : undefined;
    if (fault && !lostAnswer) {
      if (fault.kind === 'delay') {
        await new Promise((r) => setTimeout(r, fault.ms));
      } else {
        const answer = faultAnswer(fault, tokenKey, tokenInfo);
        if (!answer) {
          recordOk(0, { fault: fault.kind });
          req.socket.destroy();
          return;
        }
        recordOk(answer.status, { fault: fault.kind });
        send(res, answer.status, answer.body, answer.headers ?? {});
        return;
      }
    }

    if (auth === 'invalid' || auth === 'none') {
      const message = auth === 'none' ? 'Requires authentication' : 'Bad credentials';
      recordOk(401);
      send(res, 401, { message, documentation_url: 'https://docs.github.com/rest', status: '401' }, {});
      return;
    }
    if (op.operationId !== 'rate-limit/get') used.set(tokenKey, (used.get(tokenKey) ?? 0) + 1);
    const rate = rateHeaders(tokenKey, auth);
    if (auth.readOnly && WRITE_METHODS.has(method)) {
      // The 403 text names the kind of token: "Resource not accessible by integration" for
      // GITHUB_TOKEN and App installation tokens, "Resource not accessible by personal access token"
      // for a fine-grained PAT without the permission (quoted from GitHub's answers in
      // octokit/octokit.js#2758, peter-evans/repository-dispatch#393 and withfig/push-to-fig-autocomplete-action#227).
      const message = auth.kind === 'user' ? 'Resource not accessible by personal access token' : 'Resource not accessible by integration';
      recordOk(403);
      send(
        res,
        403,
        { message, documentation_url: 'https://docs.github.com/rest', status: '403' },
        { ...rate, 'x-accepted-github-permissions': 'write' },
      );
      return;
    }

    let reply: Reply;
    if (op.operationId === 'rate-limit/get') {
      reply = { status: 200, body: rateLimitOverview(tokenKey, auth) };
    } else {
      const owner = match.params['owner'];
      const repoName = match.params['repo'];
      const repoLookup = owner && repoName ? state.findRepo(`${owner}/${repoName}`) : undefined;
      const ctx: HandlerContext = {
        op,
        method,
        params: params.path,
        query: params.query,
        search: url.searchParams,
        path,
        headers: req.headers,
        body,
        rawBody,
        token: auth,
        actor: auth.login,
        state,
        render,
        repo: () => {
          if (!repoLookup) throw notFound();
          return repoLookup;
        },
        page: makePager({ query: params.query, search: url.searchParams, path }, render.urls.api, repoLookup),
      };
      try {
        reply = await handlers[op.operationId as keyof typeof handlers](ctx);
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        reply = { status: e.status, body: e.toBody(), headers: e.headers };
      }
    }

    if (lostAnswer) {
      const answer = faultAnswer(lostAnswer, tokenKey, auth)!;
      recordOk(answer.status, { fault: lostAnswer.kind });
      send(res, answer.status, answer.body, answer.headers ?? {});
      return;
    }
    if (validateResponses && !reply.raw) {
      const responseProblems = validateResponse(op, reply.status, 'application/json', reply.body);
      if (responseProblems.length) violation('response', responseProblems);
    }
    recordOk(reply.status);
    send(res, reply.status, reply.body, { ...rate, ...(reply.headers ?? {}) }, reply.raw);
  }

  /**
   * GitHub's GraphQL endpoint, for the one query the suite makes: `viewer { login }` (who an
   * installation token comments as). Anything else is a violation: extend this when a caller needs it.
   */
  async function graphql(req: IncomingMessage, res: ServerResponse, t0: number): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const rawBody = await readBody(req);
    const auth = authenticate(req.headers['authorization']);
    const authLabel =
      typeof auth === 'string'
        ? auth
        : auth.kind === 'user'
          ? `user:${auth.login}`
          : auth.readOnly
            ? 'installation (read-only)'
            : 'installation';
    const record = (status: number, fault?: Fault['kind']) =>
      requests.push({
        method,
        url: req.url ?? '',
        operationId: 'graphql',
        route: 'POST /graphql',
        status,
        auth: authLabel,
        durationMs: performance.now() - t0,
        ...(fault ? { fault } : {}),
      });
    let query = '';
    try {
      query = String((JSON.parse(rawBody.toString('utf8')) as { query?: unknown }).query ?? '');
    } catch {
      /* handled below */
    }
    if (method !== 'POST' || !/^\s*(query\s*\w*\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
      violations.push({
        kind: 'unimplemented',
        method,
        url: req.url ?? '',
        operationId: 'graphql',
        problems: [
          `the emulator's GraphQL endpoint answers only POST 'query { viewer { login } }', not ${method} ${JSON.stringify(query)}`,
        ],
      });
      record(501);
      send(res, 501, { message: 'The GitHub emulator does not implement this GraphQL query' }, {});
      return;
    }
    const fault = faults.take({ method, path: '/graphql', operationId: 'graphql', route: 'POST /graphql' });
    if (fault && fault.kind !== 'delay' && fault.kind !== 'disconnect') {
      const answer = faultAnswer(fault, String(req.headers['authorization'] ?? 'anonymous'), typeof auth === 'string' ? undefined : auth)!;
      record(answer.status, fault.kind);
      send(res, answer.status, answer.body, answer.headers ?? {});
      return;
    }
    if (typeof auth === 'string') {
      record(401);
      send(
        res,
        401,
        {
          message: auth === 'none' ? 'This endpoint requires you to be authenticated.' : 'Bad credentials',
          documentation_url: 'https://docs.github.com/graphql',
        },
        {},
      );
      return;
    }
    record(200);
    send(res, 200, { data: { viewer: { login: auth.login } } }, {});
  }

  function authenticate(header: string | undefined): TokenInfo | 'none' | 'invalid' {
    if (!header) return 'none';
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
    if (!m) return 'invalid';
    return tokens.get(m[1]!) ?? 'invalid';
  }

  function faultAnswer(fault: Exclude<Fault, { kind: 'delay' }>, tokenKey: string, t: TokenInfo | undefined): Reply | undefined {
    switch (fault.kind) {
      case 'disconnect':
        return undefined;
      case 'server-error': {
        const status = fault.status ?? 500;
        const message = {
          500: 'Server Error',
          502: 'Bad Gateway',
          503: 'Service Unavailable',
          504: "We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.",
        }[status];
        return { status, body: { message } };
      }
      case 'secondary-rate-limit':
        return {
          status: fault.status ?? 403,
          body: {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
            documentation_url:
              'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
            status: String(fault.status ?? 403),
          },
          headers: { 'retry-after': String(fault.retryAfter ?? 1), ...rateHeaders(tokenKey, t) },
        };
      case 'rate-limit': {
        const reset = Math.floor(Date.now() / 1000) + (fault.resetAfter ?? 1);
        const who = t?.kind === 'user' ? `user ID ${state.user(t.login).id}` : 'installation ID 1';
        return {
          status: 403,
          body: {
            message: `API rate limit exceeded for ${who}.`,
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
            status: '403',
          },
          headers: rateHeaders(tokenKey, t, 0, reset),
        };
      }
      case 'response':
        return { status: fault.status, body: fault.body, headers: fault.headers ?? {} };
    }
  }

  function rateLimitOverview(tokenKey: string, t: TokenInfo): Record<string, unknown> {
    const limit = limitFor(t);
    const usedNow = used.get(tokenKey) ?? 0;
    const core = { limit, used: usedNow, remaining: Math.max(0, limit - usedNow), reset: resetAt };
    const other = (l: number) => ({ limit: l, used: 0, remaining: l, reset: resetAt });
    return {
      resources: { core, search: other(30), graphql: other(limit), integration_manifest: other(5000), code_search: other(10) },
      rate: core,
    };
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  render.urls.api = options.ghes ? `${origin}/api/v3` : origin;
  render.urls.uploads = `${origin}/uploads`;
  render.urls.downloads = `${origin}/downloads`;

  const emulator: GitHubEmulator = {
    url: render.urls.api,
    uploadsUrl: `${origin}/uploads`,
    state,
    faults,
    requests,
    violations,
    addToken(token, info) {
      tokens.set(token, { readOnly: false, ...info, login: info.login ?? (info.kind === 'installation' ? ACTIONS_BOT : 'octocat') });
    },
    takeViolations() {
      return violations.splice(0, violations.length);
    },
    assertNoViolations() {
      if (violations.length === 0) return;
      const lines = violations.map(
        (v) => `- [${v.kind}] ${v.method} ${v.url}${v.operationId ? ` (${v.operationId})` : ''}\n    ${v.problems.join('\n    ')}`,
      );
      throw new Error(
        `the GitHub emulator saw ${violations.length} request(s) or answer(s) that GitHub's OpenAPI description does not allow:\n${lines.join('\n')}`,
      );
    },
    useArtifactStore(store) {
      state.artifactStore = store;
    },
    reset() {
      state.clear();
      seed();
      faults.clear();
      requests.length = 0;
      violations.length = 0;
      used.clear();
    },
    requestsFor(operationId) {
      return requests.filter((r) => r.operationId === operationId);
    },
    startupMs: 0,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  emulator.startupMs = performance.now() - started;
  return emulator;
}
