/**
 * GitHub's `Link` header: `<url>; rel="prev", <url>; rel="next", <url>; rel="last", <url>; rel="first"`
 * in that order, with the request's query kept and `page` set last (as recorded in
 * @octokit/fixtures' paginate-issues scenario). No header when everything fits on one page.
 */
export function pageLinks(base: string, search: URLSearchParams, page: number, lastPage: number): string | undefined {
  if (lastPage <= 1 && page <= 1) return undefined;
  const url = (n: number) => {
    const q = new URLSearchParams(search);
    q.delete('page');
    q.append('page', String(n));
    return `<${base}?${q.toString()}>`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(`${url(page - 1)}; rel="prev"`);
  if (page < lastPage) parts.push(`${url(page + 1)}; rel="next"`, `${url(lastPage)}; rel="last"`);
  if (page > 1) parts.push(`${url(1)}; rel="first"`);
  return parts.join(', ');
}

/** Parses a Link header into rel → URL (for tests and clients). */
export function parseLinks(header: string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of (header ?? '').matchAll(/<([^>]+)>;\s*rel="([^"]+)"/g)) out[m[2]!] = m[1]!;
  return out;
}
