/**
 * What a failed GitHub API call means for a person: what failed, on which host, and the setting or
 * permission that fixes it. The status is the one GitHub answered; a request that got no answer (a
 * network error: octokit reports those as status 500 without a response) is called a network error,
 * never given a status it did not have.
 */

/** Why a write to GitHub did not happen. */
export type FailureKind =
  /** 403 "Resource not accessible by integration": GITHUB_TOKEN or an App token without the scope (a fork PR's token is read-only). */
  | 'integration-permission'
  /** 403 "Resource not accessible by personal access token": a fine-grained token without the permission or the repository. */
  | 'token-permission'
  /** 403 "Unable to create comment because issue is locked." */
  | 'locked'
  /** 410 "Issues are disabled for this repo". */
  | 'issues-disabled'
  /** 404: the repository, pull request or issue is not visible to the token (or does not exist). */
  | 'not-found'
  /** 401: the token is invalid or expired. */
  | 'bad-credentials'
  /** 422: GitHub refused the content. */
  | 'unprocessable'
  /** A rate limit that outlasted the retries. */
  | 'rate-limit'
  /** 5xx that outlasted the retries. */
  | 'server-error'
  /** No answer at all: DNS, connection refused or reset, TLS, proxy. */
  | 'network'
  | 'other';

export interface GitHubFailure {
  kind: FailureKind;
  /** The HTTP status GitHub answered; undefined when there was no answer. */
  status: number | undefined;
  /** One sentence: what happened, with GitHub's own message. */
  message: string;
  /** What the user can change. */
  fix: string;
}

export interface FailureContext {
  /** What was being done, e.g. "post the pull-request comment". */
  action: string;
  /** The API root (GITHUB_API_URL); only its host is shown. */
  apiUrl: string;
  /** The `permissions:` scope the write needs, e.g. "pull-requests: write". */
  permission: string;
}

interface OctokitLikeError {
  status?: unknown;
  message?: unknown;
  response?: { status?: number; data?: unknown; headers?: Record<string, string | undefined> } | undefined;
  cause?: unknown;
  name?: unknown;
}

/** The API's host, without credentials, path or query. */
export function apiHost(apiUrl: string): string {
  try {
    return new URL(apiUrl).host;
  } catch {
    return 'the GitHub API';
  }
}

/** The network error code (ECONNREFUSED, ENOTFOUND, …) behind a request that got no answer. */
function networkCode(e: OctokitLikeError): string | undefined {
  let c: unknown = e.cause;
  for (let depth = 0; c && depth < 4; depth++) {
    const code = (c as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    c = (c as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Why a request got no answer, by Node's or undici's error code, in words (also the deployment's own HTTP). */
export const NETWORK_REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused (nothing listens there)',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'host not found (DNS)',
  EAI_AGAIN: 'host not found (DNS, temporary)',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'the connection closed before an answer',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no answer before the request timed out',
  CERT_HAS_EXPIRED: "the server's TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server's TLS certificate is self-signed (a private CA: set NODE_EXTRA_CA_CERTS)",
  SELF_SIGNED_CERT_IN_CHAIN: "the server's TLS certificate is signed by an untrusted CA (set NODE_EXTRA_CA_CERTS)",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's TLS certificate cannot be verified (a private CA: set NODE_EXTRA_CA_CERTS)",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "the server's TLS certificate cannot be verified (a private CA: set NODE_EXTRA_CA_CERTS)",
};

/** Why a request got no answer, in words (never a bare errno code). */
function networkReason(e: OctokitLikeError): string {
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return 'no answer before the request timed out';
  const code = networkCode(e);
  if (code && NETWORK_REASONS[code]) return NETWORK_REASONS[code];
  if (code) return `the connection failed (${code.toLowerCase().replace(/_/g, ' ')})`;
  const text = typeof e.message === 'string' && e.message ? e.message : 'the request failed';
  return text.replace(/\b[A-Z][A-Z_]{3,}\b/g, (c) => c.toLowerCase().replace(/_/g, ' '));
}

/**
 * A GitHub API request that got no answer at all. octokit reports these as status 500 without a
 * response, which reads as if GitHub had answered 500; this error says what happened instead and has
 * no status. It is not a UserError, so callers that add their context (what they were doing) still
 * do; the action's run() prints it without a stack, as it does user errors (the network, a proxy or the
 * API URL is at fault, not the code).
 */
export class GitHubNetworkError extends Error {
  readonly githubNetwork = true;
  readonly host: string;
  readonly reason: string;
  readonly fix: string;

  constructor(host: string, request: string, reason: string, cause: unknown) {
    const fix = `Check that the runner can reach ${host} (firewall, proxy settings HTTPS_PROXY/NO_PROXY, DNS); on GitHub Enterprise Server check GITHUB_API_URL`;
    super(`No answer from ${host} to ${request}: ${reason}. ${fix}.`, { cause });
    this.name = 'GitHubNetworkError';
    this.host = host;
    this.reason = reason;
    this.fix = fix;
  }
}

/** `METHOD /path` of a request, without the host (shown apart), query or URI-template tail. */
function routeOf(request: { method?: string; url?: string }): string {
  let url = String(request.url ?? '').replace(/\{\?[^}]*\}$/, '');
  if (/^https?:\/\//i.test(url)) url = URL.parse(url)?.pathname ?? url;
  return `${String(request.method ?? 'GET').toUpperCase()} ${url.replace(/\?.*$/, '')}`;
}

/**
 * GitHub's own 5xx answer that outlasted the retries says only "Server Error" or "Bad Gateway": the
 * message is rewritten in place (status and response stay) to name the request, the host and the fix.
 */
export function explainServerError(e: unknown, request: { method?: string; url?: string }, apiUrl: string): void {
  const err = e as (OctokitLikeError & { message: string }) | undefined;
  if (!err || typeof err !== 'object' || err.response === undefined || typeof err.status !== 'number' || err.status < 500) return;
  const route = routeOf(request);
  const said = githubMessage(err);
  err.message = `GitHub answered ${err.status}${said ? ` "${said}"` : ''} to ${route} on ${apiHost(apiUrl)}, also after the retries: GitHub had trouble (see https://www.githubstatus.com); re-run the job later`;
}

/** The network error for `e` when it is a request that got no answer; undefined otherwise. */
export function asNetworkError(e: unknown, request: { method?: string; url?: string }, apiUrl: string): GitHubNetworkError | undefined {
  const err = e as OctokitLikeError | undefined;
  if (!err || typeof err !== 'object' || err instanceof GitHubNetworkError || err.response !== undefined) return undefined;
  if (!(err.name === 'HttpError' || err.name === 'AbortError' || err.name === 'TimeoutError')) return undefined;
  return new GitHubNetworkError(apiHost(apiUrl), routeOf(request), networkReason(err), e);
}

function githubMessage(e: OctokitLikeError): string {
  const data = e.response?.data as { message?: unknown } | string | undefined;
  // A proxy or load balancer may answer with an HTML page: not a message to quote.
  const plain = typeof data === 'string' && !/^\s*</.test(data) ? data.replace(/\s+/g, ' ').slice(0, 300) : undefined;
  const fromBody = typeof data === 'object' && data && typeof data.message === 'string' ? data.message : plain;
  let text = fromBody?.trim() ? fromBody : typeof e.message === 'string' ? e.message : String(e);
  if (/^\s*</.test(text)) text = '';
  // octokit appends " - https://docs.github.com/..." to messages; the link adds nothing here.
  return text.replace(/\s+-\s+https:\/\/docs\.github\.com\/\S*$/, '').trim();
}

/** Classifies a failed call (an octokit RequestError, or anything thrown on the way). */
export function describeGitHubFailure(error: unknown, ctx: FailureContext): GitHubFailure {
  const e = (error ?? {}) as OctokitLikeError;
  const host = apiHost(ctx.apiUrl);
  const answered = e.response !== undefined && typeof e.status === 'number';
  const status = answered ? (e.status as number) : undefined;
  const text = githubMessage(e);
  const q = text ? ` "${text}"` : '';
  const failed = `Could not ${ctx.action} on ${host}`;
  const make = (kind: FailureKind, message: string, fix: string): GitHubFailure => ({ kind, status, message, fix });

  if (!answered) {
    const reason = error instanceof GitHubNetworkError ? error.reason : networkReason(e);
    return make(
      'network',
      `${failed}: no answer from the server (network error: ${reason}).`,
      `Check that the runner can reach ${host} (firewall, proxy settings HTTPS_PROXY/NO_PROXY, DNS); on GitHub Enterprise Server check GITHUB_API_URL.`,
    );
  }
  const s = status!;
  if (s === 403 && /not accessible by integration/i.test(text)) {
    return make(
      'integration-permission',
      `${failed}: GitHub answered 403${q}.`,
      `Grant '${ctx.permission}' in the workflow's or job's permissions:. A pull request from a fork always gets a read-only token: comment from a separate workflow_run workflow (see the adoption guide).`,
    );
  }
  if (s === 403 && /not accessible by personal access token/i.test(text)) {
    return make(
      'token-permission',
      `${failed}: GitHub answered 403${q}.`,
      `The fine-grained personal access token lacks this repository or the permission: give it access to the repository and '${ctx.permission.replace(/: write$/, '')}' read and write, or use the default github.token.`,
    );
  }
  if (s === 403 && /locked/i.test(text)) {
    return make(
      'locked',
      `${failed}: GitHub answered 403${q}.`,
      'The conversation is locked: unlock it (only people with write access can comment on a locked conversation), or read the report in the job summary.',
    );
  }
  if (s === 410) {
    return make(
      'issues-disabled',
      `${failed}: GitHub answered 410${q}.`,
      'Issues are turned off for this repository: enable them under Settings → General → Features → Issues (or stop the step from writing issues).',
    );
  }
  if (s === 404) {
    return make(
      'not-found',
      `${failed}: GitHub answered 404${q}.`,
      `The repository, pull request or issue does not exist or the token cannot see it: check the number and repository, and that the token has '${ctx.permission}' (GitHub answers 404, not 403, to a token that may not see a private repository).`,
    );
  }
  if (s === 401)
    return make(
      'bad-credentials',
      `${failed}: GitHub answered 401${q}.`,
      'The token is invalid or expired: pass a valid one in github-token (the default is github.token).',
    );
  if (s === 422)
    return make(
      'unprocessable',
      `${failed}: GitHub answered 422${q}.`,
      'GitHub refused the content; the report is in the job summary. If this repeats, report it with the step log.',
    );
  if ((s === 403 || s === 429) && (/rate limit/i.test(text) || e.response?.headers?.['x-ratelimit-remaining'] === '0')) {
    return make(
      'rate-limit',
      `${failed}: GitHub answered ${s}${q} and the retries ran out.`,
      'Wait for the rate limit to reset and re-run the job, or spread the runs out.',
    );
  }
  if (s >= 500) {
    return make(
      'server-error',
      `${failed}: GitHub answered ${s}${q} after the retries.`,
      'GitHub had trouble (see https://www.githubstatus.com): re-run the job later.',
    );
  }
  if (s === 403) {
    return make('integration-permission', `${failed}: GitHub answered 403${q}.`, `Grant '${ctx.permission}' to the token.`);
  }
  return make('other', `${failed}: GitHub answered ${s}${q}.`, "See GitHub's message above; the report is in the job summary.");
}

/** True for an error from a GitHub API call (answered or not), as opposed to a bug in our code. */
export function isRequestFailure(error: unknown): boolean {
  const e = error as OctokitLikeError | undefined;
  return (
    !!e &&
    typeof e === 'object' &&
    (error instanceof GitHubNetworkError ||
      e.name === 'HttpError' ||
      e.name === 'RequestError' ||
      (typeof e.status === 'number' && 'request' in e) ||
      e.name === 'GraphqlResponseError')
  );
}

/**
 * True when the server is GitHub Enterprise Server, as @actions/artifact and @actions/cache decide it
 * (toolkit packages/artifact/src/internal/shared/config.ts and packages/cache/src/internal/config.ts,
 * `isGhes()`): any host but github.com, *.ghe.com (GHE.com data residency) and *.localhost.
 */
export function isGhesServer(serverUrl: string): boolean {
  let host: string;
  try {
    host = new URL(serverUrl || 'https://github.com').hostname.trimEnd().toUpperCase();
  } catch {
    return false;
  }
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}
