/** What a route handler gets and returns. */
import type { IncomingHttpHeaders } from 'node:http';
import type { SubsetOperation } from './build-openapi-subset.ts';
import { pageLinks } from './pagination.ts';
import type { RenderContext } from './render.ts';
import type { EmulatorState, Repo } from './state.ts';

export interface TokenInfo {
  /** `installation`: an app installation token such as GITHUB_TOKEN; `user`: a personal access token. */
  kind: 'installation' | 'user';
  /** For user tokens, the login; installation tokens act as github-actions[bot]. */
  login: string;
  /** Reads only, as the GITHUB_TOKEN of a pull request from a fork. */
  readOnly: boolean;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (asset downloads). */
  raw?: Buffer;
}

/** An answer GitHub gives as an error: `{ message, documentation_url, status, errors? }`. */
export class ApiError extends Error {
  readonly status: number;
  readonly extra: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(status: number, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.extra = extra;
    this.headers = headers;
  }

  toBody(): Record<string, unknown> {
    return { message: this.message, ...this.extra, documentation_url: 'https://docs.github.com/rest', status: String(this.status) };
  }
}

export const notFound = (): ApiError => new ApiError(404, 'Not Found');

/** GitHub's 422 for a field that fails its rules. */
export function validationFailed(errors: Record<string, unknown>[], message = 'Validation Failed'): ApiError {
  return new ApiError(422, message, { errors });
}

export interface HandlerContext {
  op: SubsetOperation;
  method: string;
  /** Path parameters, typed as the description declares them. */
  params: Record<string, unknown>;
  /** Query parameters, typed. */
  query: Record<string, unknown>;
  /** The raw query (for pagination links). */
  search: URLSearchParams;
  /** The path the request was routed on (after /repositories/{id} was rewritten). */
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or {} when there was none. */
  body: Record<string, unknown>;
  rawBody: Buffer;
  token: TokenInfo;
  /** Who writes appear as: github-actions[bot] for installation tokens, else the token's user. */
  actor: string;
  state: EmulatorState;
  render: RenderContext;
  /** The repository named by {owner}/{repo}; a 404 when it does not exist. */
  repo(): Repo;
  /** One page of `items` with GitHub's Link header (per_page default 30, max 100). */
  page<T>(items: T[], map: (item: T) => unknown, wrap?: (page: unknown[], total: number) => unknown): Reply;
}

export type Handler = (c: HandlerContext) => Reply | Promise<Reply>;

export function makePager(
  c: Pick<HandlerContext, 'query' | 'search' | 'path'>,
  apiUrl: string,
  repo: Repo | undefined,
): HandlerContext['page'] {
  return (items, map, wrap) => {
    const requested = Number(c.query['per_page'] ?? 30);
    const perPage = Number.isFinite(requested) && requested >= 1 ? Math.min(100, Math.floor(requested)) : 30;
    const page = Math.max(1, Math.floor(Number(c.query['page'] ?? 1)) || 1);
    const slice = items.slice((page - 1) * perPage, page * perPage).map(map);
    // GitHub's pagination links name the repository by id: /repositories/{id}/...
    const base = repo ? `${apiUrl}/repositories/${repo.id}${c.path.slice(`/repos/${repo.fullName}`.length)}` : `${apiUrl}${c.path}`;
    const link = pageLinks(base, c.search, page, Math.ceil(items.length / perPage));
    const headers: Record<string, string> = link ? { link } : {};
    return { status: 200, body: wrap ? wrap(slice, items.length) : slice, headers };
  };
}
