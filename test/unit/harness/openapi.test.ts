import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSubset, loadFullDescription, renderSubset, SUBSET_FILE } from '../../harness/github-emulator/build-openapi-subset.ts';
import {
  matchRoute,
  openApiSubset,
  validateJsonBody,
  validateParameters,
  validateResponse,
} from '../../harness/github-emulator/openapi.ts';
import { IMPLEMENTED_OPERATIONS } from '../../harness/github-emulator/operations.ts';

const op = (id: string) => openApiSubset().operations[id]!;

describe('the OpenAPI subset', () => {
  it('is what build-openapi-subset.ts makes from the installed @octokit/openapi (regenerate it if not)', () => {
    const { spec, version } = loadFullDescription();
    const fresh = renderSubset(buildSubset(spec, version));
    expect(
      fresh === readFileSync(SUBSET_FILE, 'utf8'),
      'run: node_modules/.bin/node test/harness/github-emulator/build-openapi-subset.ts',
    ).toBe(true);
  });

  it("holds every implemented operation and every route of GitHub's API", () => {
    expect(Object.keys(openApiSubset().operations).sort()).toEqual([...IMPLEMENTED_OPERATIONS].sort());
    expect(openApiSubset().allRoutes.length).toBeGreaterThan(1000);
  });

  it('turns OpenAPI 3.0 nullable into JSON Schema', () => {
    const schemas = openApiSubset().components.schemas;
    expect(schemas['release-asset']!['properties']).toMatchObject({ label: { type: ['string', 'null'] } });
    expect(JSON.stringify(openApiSubset())).not.toContain('"nullable"');
  });
});

describe('matchRoute', () => {
  it.each([
    ['GET', '/repos/o/r/issues/7/comments', 'issues/list-comments', { issue_number: '7' }],
    ['GET', '/repos/o/r/issues/comments', 'issues/list-comments-for-repo', {}],
    ['PATCH', '/repos/o/r/issues/comments/9', 'issues/update-comment', { comment_id: '9' }],
    ['GET', '/repos/o/r/releases/latest', 'repos/get-latest-release', {}],
    ['GET', '/repos/o/r/releases/assets/5', 'repos/get-release-asset', { asset_id: '5' }],
    ['GET', '/repos/o/r/releases/tags/churn%40v1.0.0', 'repos/get-release-by-tag', { tag: 'churn@v1.0.0' }],
    ['GET', '/repos/o/r/git/ref/heads%2Fmain', 'git/get-ref', { ref: 'heads/main' }],
    ['PATCH', '/repos/o/r/git/refs/heads/feature/x', 'git/update-ref', { ref: 'heads/feature/x' }],
    ['GET', '/repos/o/r/commits/feature/x/check-runs', 'checks/list-for-ref', { ref: 'feature/x' }],
  ])('%s %s → %s', (method, path, id, params) => {
    const m = matchRoute(method, path);
    expect(m.operation?.operationId).toBe(id);
    expect(m.params).toMatchObject(params);
  });

  it('tells an unknown path, a wrong method and an unimplemented operation apart', () => {
    expect(matchRoute('GET', '/repos/o/r/nothing-here')).toEqual({ params: {}, wrongMethod: false });
    expect(matchRoute('PUT', '/repos/o/r/issues/1/comments')).toEqual({ params: {}, wrongMethod: true });
    const files = matchRoute('GET', '/repos/o/r/pulls/1/files');
    expect([files.route, files.operation]).toEqual(['GET /repos/{owner}/{repo}/pulls/{pull_number}/files', undefined]);
  });
});

describe('request validation', () => {
  it('types path and query parameters and names the bad ones', () => {
    const ok = validateParameters(
      op('issues/list-comments'),
      { owner: 'o', repo: 'r', issue_number: '7' },
      new URLSearchParams('per_page=100&page=2'),
    );
    expect(ok).toEqual({ path: { owner: 'o', repo: 'r', issue_number: 7 }, query: { per_page: 100, page: 2 }, problems: [] });
    const bad = validateParameters(
      op('issues/list-comments'),
      { owner: 'o', repo: 'r', issue_number: 'x' },
      new URLSearchParams('perpage=1'),
    );
    expect(bad.problems).toEqual([
      "path parameter 'issue_number' must be integer (got 'x')",
      "query parameter 'perpage' is not a parameter of issues/list-comments",
    ]);
    expect(
      validateParameters(op('repos/upload-release-asset'), { owner: 'o', repo: 'r', release_id: '1' }, new URLSearchParams()).problems,
    ).toEqual(["query parameter 'name' is required"]);
  });

  it('checks JSON bodies against the request schema, unknown fields included', () => {
    expect(validateJsonBody(op('issues/create'), 'application/json', { title: 'x', labels: ['a', { name: 'b' }] })).toEqual([]);
    expect(validateJsonBody(op('issues/create'), 'application/json', { labels: ['a'] })).toEqual([
      "body must have required property 'title'",
    ]);
    expect(validateJsonBody(op('issues/create-comment'), 'application/json', { body: 'x', issue_number: 7 })).toEqual([
      "body must NOT have additional properties ('issue_number')",
    ]);
    expect(validateJsonBody(op('repos/create-deployment-status'), 'application/json', { state: 'done' })).toEqual([
      'body/state must be equal to one of the allowed values ("error", "failure", "inactive", "in_progress", "queued", "pending", "success")',
    ]);
  });
});

describe('response validation', () => {
  it('catches an answer that breaks the documented schema', () => {
    expect(validateResponse(op('issues/create-comment'), 201, 'application/json', { id: 1 })).toEqual(
      expect.arrayContaining(["response 201 must have required property 'node_id'"]),
    );
    expect(validateResponse(op('issues/create-comment'), 200, 'application/json', {})).toEqual([
      'status 200 is not a documented response of issues/create-comment (documented: 201, 403, 404, 410, 422)',
    ]);
  });

  it('accepts undocumented error statuses only as GitHub error objects', () => {
    expect(
      validateResponse(op('checks/create'), 422, 'application/json', { message: 'x', documentation_url: 'https://docs.github.com/rest' }),
    ).toEqual([]);
    expect(validateResponse(op('checks/create'), 409, 'application/json', { error: 'x' })).toEqual(['response 409 has no message']);
  });
});
