import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Faults } from '../../harness/github-emulator/faults.ts';
import { pageLinks, parseLinks } from '../../harness/github-emulator/pagination.ts';

const require = createRequire(import.meta.url);

describe('pageLinks', () => {
  it('writes exactly the Link headers GitHub sent in the paginate-issues recording', () => {
    const recorded = require('@octokit/fixtures/scenarios/api.github.com/paginate-issues/normalized-fixture.json') as {
      headers: { link: string };
    }[];
    const base = 'https://api.github.com/repositories/1000/issues';
    recorded.forEach((r, i) => {
      expect(pageLinks(base, new URLSearchParams(i === 0 ? 'per_page=3' : `per_page=3&page=${i + 1}`), i + 1, 5)).toBe(r.headers.link);
    });
  });

  it('has no header when one page holds everything', () => {
    expect(pageLinks('https://x/y', new URLSearchParams(), 1, 1)).toBeUndefined();
    expect(pageLinks('https://x/y', new URLSearchParams(), 1, 0)).toBeUndefined();
  });

  it('parseLinks reads rel → url', () => {
    expect(parseLinks('<https://a/b?page=2>; rel="next", <https://a/b?page=5>; rel="last"')).toEqual({
      next: 'https://a/b?page=2',
      last: 'https://a/b?page=5',
    });
    expect(parseLinks(undefined)).toEqual({});
  });
});

describe('Faults', () => {
  const req = (operationId: string) => ({ method: 'GET', path: '/x', operationId, route: 'GET /x' });

  it('answers N matching requests, then the route recovers', () => {
    const f = new Faults();
    const rule = f.inject('repos/get', { kind: 'server-error' }, 2);
    expect([f.take(req('repos/get')), f.take(req('issues/get')), f.take(req('repos/get')), f.take(req('repos/get'))]).toEqual([
      { kind: 'server-error' },
      undefined,
      { kind: 'server-error' },
      undefined,
    ]);
    expect([rule.hits, f.pending()]).toEqual([2, []]);
  });

  it('matches by route template or predicate, in the order injected', () => {
    const f = new Faults();
    f.inject('GET /x', { kind: 'delay', ms: 5 });
    f.inject((r) => r.method === 'GET', { kind: 'disconnect' });
    expect([f.take(req('a')), f.take(req('b'))]).toEqual([{ kind: 'delay', ms: 5 }, { kind: 'disconnect' }]);
    f.inject('a', { kind: 'server-error' });
    f.clear();
    expect(f.take(req('a'))).toBeUndefined();
  });
});
