import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '@mlops-actions/errors';
import { asNetworkError, explainServerError } from './errors.ts';
import { proxyFetch, proxyFor } from './proxy.ts';

/*
 * The octokit is assembled here rather than taken from @actions/github: that package builds an undici
 * proxy agent when it is imported, which puts ~400 KiB into every bundle and ~50 ms onto every cold
 * start. We use Node's built-in fetch and load undici only when a proxy is configured.
 */
const SuiteOctokit = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);

export type GitHubClient = InstanceType<typeof SuiteOctokit>;

/** The suite's one logger type (see @mlops-actions/errors). */
export type { Logger };

export interface ClientOptions {
  token: string;
  /** REST API root: GITHUB_API_URL on the runner (api.github.com, a GHES host, or a test emulator). */
  apiUrl: string;
  log?: Logger;
  /** Retries on 5xx and rate limits before giving up (octokit's plugins back off between them). */
  retries?: number;
  /**
   * Proxy settings (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, in either case), as the runner passes them to
   * steps. Defaults to the process environment, like every other HTTP client on a runner.
   */
  proxyEnv?: Record<string, string | undefined>;
  /**
   * Multiplies every wait of the client: the retry plugin's back-off (1 s × retry count², octokit's
   * `retryAfterBaseValue`), the throttling plugin's rate-limit waits (`retry-after` seconds, or until
   * the reset) and its spacing of requests (writes 1 s apart, writes that notify 3 s, searches 2 s).
   * 1 (the default) keeps octokit's own timing; 0 waits for nothing (tests; the action kit reads it from
   * MLOPS_ACTIONS_TIME_SCALE). The number of retries and their order do not change.
   */
  timeScale?: number | undefined;
}

/** The throttling plugin's limiter groups (a Bottleneck.Group's `key(id).schedule` is all it calls). */
interface SpacingGroup {
  key(id: string): { schedule<T>(options: unknown, job: (...args: unknown[]) => T | Promise<T>, ...args: unknown[]): Promise<T> };
}

/**
 * One job at a time, each starting at least `minMs` after the previous one started: what the throttling
 * plugin's Bottleneck groups do (`maxConcurrent: 1, minTime`, @octokit/plugin-throttling src/index.ts),
 * with the spacing scaled. Only used when timeScale is not 1 (octokit's own groups are used otherwise).
 */
function spacing(minMs: number): SpacingGroup {
  let free = 0;
  const limiter = {
    async schedule<T>(_options: unknown, job: (...args: unknown[]) => T | Promise<T>, ...args: unknown[]): Promise<T> {
      const now = Date.now();
      const start = Math.max(now, free);
      free = start + minMs;
      if (start > now) await new Promise((r) => setTimeout(r, start - now));
      return job(...args);
    },
  };
  return { key: () => limiter };
}

/** The plugins' options for a time scale other than 1 (octokit's defaults scaled; nothing at 1). */
function scaledTiming(scale: number): { retry: { retryAfterBaseValue?: number }; throttle: Record<string, unknown> } {
  if (scale === 1) return { retry: {}, throttle: {} };
  if (!(scale >= 0) || !Number.isFinite(scale)) throw new Error(`timeScale must be a finite number >= 0, not ${scale}`);
  return {
    retry: { retryAfterBaseValue: 1000 * scale },
    throttle: {
      retryAfterBaseValue: 1000 * scale,
      write: spacing(1000 * scale),
      notifications: spacing(3000 * scale),
      search: spacing(2000 * scale),
    },
  };
}

/**
 * The one way the suite talks to GitHub: an authenticated octokit with the REST methods, pagination,
 * retry with backoff on 5xx, and throttling that waits out primary and secondary rate limits.
 */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const retries = options.retries ?? 3;
  const log = options.log;
  const timing = scaledTiming(options.timeScale ?? 1);
  const proxy = proxyFor(options.apiUrl, options.proxyEnv ?? process.env);
  // A rate limit waited out is not the user's to fix: said in the log, not as a warning annotation.
  // One that outlasts the retries fails the request, and the caller says what that means.
  const onLimit = (kind: string) => (retryAfter: number, req: { method: string; url: string }, _o: unknown, retryCount: number) => {
    log?.info(`GitHub ${kind} hit on ${req.method} ${req.url}; ${retryCount < retries ? `retrying in ${retryAfter}s` : 'giving up'}`);
    return retryCount < retries;
  };
  const octokit = new SuiteOctokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/$/, ''),
    userAgent: 'mlops-actions',
    // `retry.retries`, not `request.retries`: the latter makes the retry plugin repeat every failed
    // request, 403/404/422 included, instead of only 5xx and other retryable answers.
    retry: { retries, ...timing.retry },
    request: proxy ? { fetch: proxyFetch(proxy) } : {},
    throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit'), ...timing.throttle },
  });
  // Outermost (registered after the plugins' wraps): sees a request's last error, after the retries.
  // A request that got no answer becomes a GitHubNetworkError in words, instead of octokit's
  // "status 500" that GitHub never sent; GitHub's own 5xx names the request, the host and the fix.
  octokit.hook.wrap('request', async (request, opts) => {
    try {
      return await request(opts);
    } catch (e) {
      const request = { method: opts.method, url: opts.url };
      explainServerError(e, request, options.apiUrl);
      throw asNetworkError(e, request, options.apiUrl) ?? e;
    }
  });
  return octokit;
}

/** An error from the GitHub API, as octokit raises it. */
export interface ApiError {
  status: number;
  message: string;
}

export function isApiError(e: unknown): e is ApiError {
  return typeof e === 'object' && e !== null && typeof (e as { status?: unknown }).status === 'number';
}

/**
 * True for the answer a read-only token gets on a write: a pull request from a fork, or a workflow
 * whose `permissions:` do not grant the scope.
 */
export function isPermissionDenied(e: unknown): boolean {
  return (
    isApiError(e) &&
    (e.status === 403 || e.status === 404) &&
    /not accessible by integration|must have (admin|push)|permission/i.test(e.message)
  );
}
