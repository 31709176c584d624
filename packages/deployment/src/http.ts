import { NETWORK_REASONS, proxyFetch, proxyFor } from '@mlops-actions/github';

/** Small helpers for the HTTP the deployment does itself (webhook, health, smoke). */

/** What went wrong with a fetch, in words: Node's fetch hides the reason in `cause`. */
export function describeFetchError(e: unknown): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string; name?: string } };
  if (err?.name === 'TimeoutError' || err?.cause?.name === 'TimeoutError') return 'no answer before the request timed out';
  if (err?.name === 'AbortError') return 'the request was aborted';
  const code = err?.cause?.code;
  if (code && NETWORK_REASONS[code]) return NETWORK_REASONS[code];
  if (code) return `${code}${err.cause?.message ? `: ${err.cause.message}` : ''}`;
  return err?.cause?.message ?? err?.message ?? String(e);
}

/** The start of an answer body on one line, for messages. */
export function excerpt(text: string, max = 300): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** Replaces every occurrence of a secret (a receiver might echo it back) with ***. */
export function redact(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join('***') : text;
}

/**
 * fetch that honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY (as given in `env`) per URL, like every other
 * HTTP client on a runner: Node's own fetch ignores them. The proxy client is loaded only when used.
 */
export function proxyAwareFetch(env: Record<string, string | undefined>): typeof fetch {
  const byProxy = new Map<string, typeof fetch>();
  return ((input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const proxy = proxyFor(url, env);
    if (!proxy) return fetch(input, init);
    let via = byProxy.get(proxy);
    if (!via) byProxy.set(proxy, (via = proxyFetch(proxy)));
    return via(input, init);
  }) as typeof fetch;
}
