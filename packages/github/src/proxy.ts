/** The proxy URL to use for `target`, from HTTPS_PROXY / HTTP_PROXY and NO_PROXY, or undefined. */
export function proxyFor(target: string, env: Record<string, string | undefined>): string | undefined {
  const url = new URL(target);
  const get = (name: string) => env[name] || env[name.toLowerCase()] || undefined;
  const proxy = url.protocol === 'https:' ? get('HTTPS_PROXY') : get('HTTP_PROXY');
  if (!proxy) return undefined;
  const host = url.hostname.toLowerCase();
  const bypass = (get('NO_PROXY') ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase().replace(/:\d+$/, ''))
    .filter(Boolean);
  if (bypass.some((b) => b === '*' || host === b.replace(/^\./, '') || host.endsWith(b.startsWith('.') ? b : `.${b}`))) return undefined;
  return proxy;
}

/** A fetch that goes through `proxyUrl`; undici is loaded on first use only. */
export function proxyFetch(proxyUrl: string): typeof fetch {
  let ready: Promise<{ fetch: typeof import('undici').fetch; dispatcher: import('undici').Dispatcher }> | undefined;
  return (async (input: string | URL | Request, init?: RequestInit) => {
    ready ??= import('undici').then((u) => ({ fetch: u.fetch, dispatcher: new u.ProxyAgent(proxyUrl) }));
    const { fetch: undiciFetch, dispatcher } = await ready;
    return undiciFetch(input as Parameters<typeof undiciFetch>[0], { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher });
  }) as typeof fetch;
}
