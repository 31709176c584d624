import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
}

export interface ClientOptions {
  token: string;
  /** REST API root: GITHUB_API_URL on the runner (api.github.com, a GHES host, or a test emulator). */
  apiUrl: string;
  log?: Logger;
  /** Retries on 5xx and rate limits before giving up (octokit's plugins back off between them). */
  retries?: number;
}

/**
 * The one way the suite talks to GitHub: an authenticated octokit with the REST methods, pagination,
 * retry with backoff on 5xx, and throttling that waits out primary and secondary rate limits.
 */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const retries = options.retries ?? 3;
  const log = options.log;
  return getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      request: { retries },
      throttle: {
        onRateLimit: (retryAfter: number, req: { method: string; url: string }, _o: unknown, retryCount: number) => {
          log?.warning(`GitHub rate limit hit on ${req.method} ${req.url}; retrying in ${retryAfter}s`);
          return retryCount < retries;
        },
        onSecondaryRateLimit: (retryAfter: number, req: { method: string; url: string }, _o: unknown, retryCount: number) => {
          log?.warning(`GitHub secondary rate limit hit on ${req.method} ${req.url}; retrying in ${retryAfter}s`);
          return retryCount < retries;
        },
      },
    },
    retry,
    throttling,
  );
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
  return isApiError(e) && (e.status === 403 || e.status === 404) && /not accessible by integration|must have (admin|push)|permission/i.test(e.message);
}
