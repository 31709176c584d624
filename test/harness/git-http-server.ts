/**
 * A git smart-HTTP server for tests, behaving like GitHub's where the registry depends on it: real
 * `git http-backend` (CGI) behind a small node server on 127.0.0.1, serving bare repositories under
 * `<prefix>/<owner>/<repo>.git` (a prefix stands in for a GitHub Enterprise Server URL with a path).
 *
 * Authentication, as GitHub does it for a workflow's token:
 * - the token travels as HTTP Basic credentials with the user `x-access-token`; actions/checkout sends
 *   it as `AUTHORIZATION: basic base64(x-access-token:<token>)` through `http.<origin>/.extraheader`
 *   (actions/checkout src/git-auth-helper.ts, configureToken). Any user name is accepted with the
 *   token as the password, as GitHub does for installation tokens.
 * - no credentials: 401 with a `WWW-Authenticate: Basic` challenge, so git asks for credentials
 *   ("could not read Username" with prompts off).
 * - two Authorization headers on one request: 400 with `Duplicate header: "Authorization"`, the
 *   answer GitHub gave when actions/checkout v6's persisted header and a second one were both sent
 *   (peter-evans/create-pull-request issues 4228 and 4272: `remote: Duplicate header: "Authorization"`
 *   / `The requested URL returned error: 400`).
 * - a wrong token: 401 (`Invalid username or token`).
 * Node folds a repeated Authorization header into one (it discards duplicates), so the count is taken
 * from the raw headers.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface GitHttpRequest {
  method: string;
  /** Path without the prefix and query, e.g. `/octo-org/ml-project.git/info/refs`. */
  path: string;
  service: string | undefined;
  /** Every Authorization header the request carried, in order. */
  authorization: string[];
  status: number;
}

export interface GitHttpServer {
  /** Base URL with the prefix and no trailing slash, e.g. `http://127.0.0.1:4321/ghes`; a repository is `${url}/owner/repo.git`. */
  url: string;
  origin: string;
  /** Directory holding `<owner>/<repo>.git`. */
  root: string;
  token: string;
  requests: GitHttpRequest[];
  /** Creates a bare repository `<owner>/<repo>.git` that serves partial clones (as GitHub does) and returns its path. */
  createRepo(fullName: string, defaultBranch?: string): string;
  /** `${url}/${fullName}.git` */
  repoUrl(fullName: string): string;
  /** The header value actions/checkout persists for `token` (default: the server's token). */
  authHeader(token?: string): string;
  stop(): Promise<void>;
}

export interface GitHttpServerOptions {
  /** The token the server accepts. */
  token: string;
  /** Path prefix, e.g. `/ghes` (GHES-style server URL with a path). Default none. */
  prefix?: string;
}

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C' };
  for (const k of Object.keys(env)) if (/^GIT_/.test(k)) delete env[k];
  return env;
}

export async function startGitHttpServer(o: GitHttpServerOptions): Promise<GitHttpServer> {
  const root = await mkdtemp(join(tmpdir(), 'mlops-git-http-'));
  const prefix = (o.prefix ?? '').replace(/\/+$/, '');
  const requests: GitHttpRequest[] = [];
  const expected = (token: string) => `basic ${Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')}`;

  const deny = (res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...extra }).end(`${text}\n`);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const auth: string[] = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2)
      if (req.rawHeaders[i]!.toLowerCase() === 'authorization') auth.push(req.rawHeaders[i + 1]!);
    const record: GitHttpRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      service: url.searchParams.get('service') ?? undefined,
      authorization: auth,
      status: 0,
    };
    requests.push(record);
    const finish = (status: number) => {
      record.status = status;
    };
    if (prefix && !url.pathname.startsWith(`${prefix}/`)) {
      finish(404);
      return deny(res, 404, 'Not Found');
    }
    const pathInfo = url.pathname.slice(prefix.length);
    record.path = pathInfo;
    if (auth.length > 1) {
      finish(400);
      return deny(res, 400, 'Duplicate header: "Authorization"');
    }
    if (auth.length === 0) {
      finish(401);
      return deny(res, 401, 'Authentication required', { 'www-authenticate': 'Basic realm="GitHub"' });
    }
    const m = /^basic\s+(\S+)$/i.exec(auth[0]!);
    const decoded = m ? Buffer.from(m[1]!, 'base64').toString('utf8') : '';
    const password = decoded.slice(decoded.indexOf(':') + 1);
    if (!m || !decoded.includes(':') || password !== o.token) {
      finish(401);
      return deny(res, 401, 'Invalid username or token. Password authentication is not supported for Git operations.', {
        'www-authenticate': 'Basic realm="GitHub"',
      });
    }
    // git http-backend as a CGI program (see git-http-backend(1)): REMOTE_USER set enables receive-pack.
    const env: NodeJS.ProcessEnv = {
      ...gitEnv(),
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: pathInfo,
      REQUEST_METHOD: req.method ?? 'GET',
      QUERY_STRING: url.search.slice(1),
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      REMOTE_USER: 'x-access-token',
      REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
      GATEWAY_INTERFACE: 'CGI/1.1',
      SERVER_PROTOCOL: 'HTTP/1.1',
    };
    if (req.headers['content-length']) env['CONTENT_LENGTH'] = req.headers['content-length'];
    if (req.headers['content-encoding']) env['HTTP_CONTENT_ENCODING'] = req.headers['content-encoding'];
    if (req.headers['git-protocol']) env['HTTP_GIT_PROTOCOL'] = String(req.headers['git-protocol']);
    const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    req.pipe(child.stdin);
    child.stdin.on('error', () => undefined);
    let head = Buffer.alloc(0);
    let headersDone = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (headersDone) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      let end = head.indexOf('\r\n\r\n');
      let sep = 4;
      if (end < 0) {
        end = head.indexOf('\n\n');
        sep = 2;
      }
      if (end < 0) return;
      headersDone = true;
      const headers: Record<string, string> = {};
      let status = 200;
      for (const line of head.subarray(0, end).toString('latin1').split(/\r?\n/)) {
        const i = line.indexOf(':');
        if (i < 0) continue;
        const k = line.slice(0, i).trim();
        const v = line.slice(i + 1).trim();
        if (k.toLowerCase() === 'status') status = Number.parseInt(v, 10) || 200;
        else headers[k] = v;
      }
      finish(status);
      res.writeHead(status, headers);
      res.write(head.subarray(end + sep));
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => {
      if (!headersDone) {
        finish(500);
        deny(res, 500, `git http-backend failed (${code}): ${stderr}`);
      } else res.end();
    });
  };

  const server = createServer(handle);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}${prefix}`;
  return {
    url,
    origin,
    root,
    token: o.token,
    requests,
    createRepo(fullName, defaultBranch = 'main') {
      const path = join(root, `${fullName}.git`);
      const env = gitEnv();
      // One git process: HEAD set by --initial-branch, the settings appended to the repository's config.
      execFileSync('git', ['init', '-q', '--bare', `--initial-branch=${defaultBranch}`, path], { env });
      // GitHub serves partial clones and any reachable object id.
      appendFileSync(join(path, 'config'), '[uploadpack]\n\tallowFilter = true\n\tallowAnySHA1InWant = true\n');
      return path;
    },
    repoUrl: (fullName) => `${url}/${fullName}.git`,
    authHeader: (token = o.token) => `AUTHORIZATION: ${expected(token)}`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await rm(root, { recursive: true, force: true });
    },
  };
}
