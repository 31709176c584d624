/**
 * The emulator against recordings of real GitHub traffic (npm @octokit/fixtures, normalised: ids
 * from 1000, fixed dates). Each scenario the suite relies on is replayed against an emulator seeded
 * with the same starting state; the answers must match the recording in status, the headers that
 * matter (Link, Location, Content-Type) and body shape: every field GitHub sent is present with the
 * same JSON type (the emulator may send fields GitHub added since the recording).
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fakeSha, parseLinks, TOKENS, useGitHubEmulator } from '../../harness/index.ts';

const require = createRequire(import.meta.url);

interface Recorded {
  method: string;
  path: string;
  status: number;
  body?: unknown;
  response: unknown;
  headers: Record<string, string>;
  reqheaders: Record<string, string>;
}

function scenario(name: string): Recorded[] {
  return require(`@octokit/fixtures/scenarios/api.github.com/${name}/normalized-fixture.json`) as Recorded[];
}

const github = useGitHubEmulator({ repos: [] });

function jsonType(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/**
 * Where the emulator's body differs in shape from the recorded one: a missing field, or a field of
 * another JSON type (null matches anything: a nullable field may be set in one and not the other).
 */
export function shapeDifferences(recorded: unknown, ours: unknown, path = '$'): string[] {
  if (recorded === null || ours === null) return [];
  if (jsonType(recorded) !== jsonType(ours)) return [`${path}: GitHub sent ${jsonType(recorded)}, the emulator ${jsonType(ours)}`];
  if (Array.isArray(recorded)) {
    const theirs = recorded[0];
    const mine = (ours as unknown[])[0];
    return theirs === undefined || mine === undefined ? [] : shapeDifferences(theirs, mine, `${path}[0]`);
  }
  if (typeof recorded !== 'object') return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(recorded as Record<string, unknown>)) {
    if (!(k in (ours as Record<string, unknown>))) out.push(`${path}.${k}: missing`);
    else out.push(...shapeDifferences(v, (ours as Record<string, unknown>)[k], `${path}.${k}`));
  }
  return out;
}

async function send(
  method: string,
  path: string,
  o: { body?: unknown; raw?: string; contentType?: string } = {},
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const headers: Record<string, string> = { accept: 'application/vnd.github.v3+json', authorization: `token ${TOKENS.pat}` };
  let body: string | undefined;
  if (o.raw !== undefined) {
    body = o.raw;
    headers['content-type'] = o.contentType ?? 'application/octet-stream';
  } else if (o.body !== undefined && o.body !== '') {
    body = JSON.stringify(o.body);
    headers['content-type'] = 'application/json; charset=utf-8';
  }
  const r = await fetch(`${github.url}${path}`, { method: method.toUpperCase(), headers, body, redirect: 'manual' });
  const text = await r.text();
  return { status: r.status, headers: r.headers, body: text ? (JSON.parse(text) as unknown) : '' };
}

/** The recorded exchange and ours agree in status, content type and body shape. */
function expectLike(rec: Recorded, ours: { status: number; headers: Headers; body: unknown }): void {
  expect(ours.status, `${rec.method} ${rec.path}`).toBe(rec.status);
  if (rec.headers['content-type']) expect(ours.headers.get('content-type')).toBe(rec.headers['content-type']);
  expect(Boolean(ours.headers.get('location')), 'location header').toBe(Boolean(rec.headers['location']));
  expect(shapeDifferences(rec.response, ours.body)).toEqual([]);
}

describe('@octokit/fixtures recordings of real GitHub traffic', () => {
  it('release-assets: get by tag, upload to upload_url, list, get, rename, delete', async () => {
    const rec = scenario('release-assets');
    const full = 'octokit-fixture-org/release-assets';
    github.state.addRepo(full);
    const rel = github.state.addRelease(full, { tag: 'v1.0.0', name: 'Version 1.0.0', body: 'Initial release', author: 'octocat' });

    const got = await send('get', '/repos/octokit-fixture-org/release-assets/releases/tags/v1.0.0');
    expectLike(rec[0]!, got);
    const uploadUrl = (got.body as { upload_url: string }).upload_url;
    expect(uploadUrl.endsWith('{?name,label}')).toBe((rec[0]!.response as { upload_url: string }).upload_url.endsWith('{?name,label}'));

    const upload = await send('post', `${uploadUrl.replace(github.url, '').replace('{?name,label}', '')}?name=test-upload.txt&label=test`, {
      raw: rec[1]!.body as string,
      contentType: rec[1]!.reqheaders['content-type'],
    });
    expectLike(rec[1]!, upload);
    const asset = upload.body as { id: number; content_type: string; size: number; state: string; name: string; label: string };
    const want = rec[1]!.response as typeof asset;
    expect([asset.name, asset.label, asset.content_type, asset.size, asset.state]).toEqual([
      want.name,
      want.label,
      want.content_type,
      want.size,
      want.state,
    ]);

    expectLike(rec[2]!, await send('get', `/repos/${full}/releases/${rel.id}/assets`));
    expectLike(rec[3]!, await send('get', `/repos/${full}/releases/assets/${asset.id}`));
    const renamed = await send('patch', `/repos/${full}/releases/assets/${asset.id}`, { body: rec[4]!.body });
    expectLike(rec[4]!, renamed);
    expect((renamed.body as { name: string; label: string }).name).toBe((rec[4]!.response as { name: string }).name);
    expect((renamed.body as { label: string }).label).toBe((rec[4]!.response as { label: string }).label);
    expectLike(rec[5]!, await send('delete', `/repos/${full}/releases/assets/${asset.id}`));
  });

  it('release-assets-conflict: a second upload of the same name is 422 already_exists', async () => {
    const rec = scenario('release-assets-conflict');
    const full = 'octokit-fixture-org/release-assets-conflict';
    github.state.addRepo(full);
    const rel = github.state.addRelease(full, { tag: 'v1.0.0' });
    const existing = github.state.addAsset(full, rel.id, { name: 'test-upload.txt', data: 'Hello, world!\n', contentType: 'text/plain' });
    const uploads = `/uploads/repos/${full}/releases/${rel.id}/assets?name=test-upload.txt&label=test`;

    const conflict = await send('post', uploads, { raw: 'Hello, world!\n', contentType: 'text/plain' });
    expectLike(rec[1]!, conflict);
    expect((conflict.body as { errors: unknown }).errors).toEqual((rec[1]!.response as { errors: unknown }).errors);
    expectLike(rec[2]!, await send('get', `/repos/${full}/releases/${rel.id}/assets`));
    expectLike(rec[3]!, await send('delete', `/repos/${full}/releases/assets/${existing.id}`));
    expectLike(rec[4]!, await send('post', uploads, { raw: 'Hello, world!\n', contentType: 'text/plain' }));
  });

  it('git-refs: create (with Location), update, list, delete', async () => {
    const rec = scenario('git-refs');
    const full = 'octokit-fixture-org/git-refs';
    const sha1 = '0000000000000000000000000000000000000001';
    github.state.addRepo(full, { headSha: sha1 });
    // The recording lists refs with the legacy GET /git/refs/, which GitHub's current description no
    // longer has: the emulator flags it; the listing is replayed with its successor, matching-refs.
    await send('get', `/repos/${full}/git/refs/`);
    expect(github.takeViolations().map((v) => v.kind)).toEqual(['unknown-endpoint']);
    expectLike(rec[0]!, await send('get', `/repos/${full}/git/matching-refs/heads`));
    expectLike(rec[1]!, await send('post', `/repos/${full}/git/refs`, { body: rec[1]!.body }));
    expectLike(rec[2]!, await send('patch', `/repos/${full}/git/refs/heads/test`, { body: rec[2]!.body }));
    const listed = await send('get', `/repos/${full}/git/matching-refs/heads`);
    expectLike(rec[3]!, listed);
    const strip = (refs: unknown) =>
      (refs as { ref: string; object: { sha: string; type: string } }[]).map((r) => [r.ref, r.object.sha, r.object.type]);
    expect(strip(listed.body)).toEqual(strip(rec[3]!.response));
    expectLike(rec[4]!, await send('delete', `/repos/${full}/git/refs/heads/test`));
  });

  it('paginate-issues: per_page=3 over 13 issues, Link rels and page contents as recorded', async () => {
    const rec = scenario('paginate-issues');
    const full = 'octokit-fixture-org/paginate-issues';
    github.state.addRepo(full);
    for (let i = 1; i <= 13; i++)
      github.state.addIssue(full, { title: `Test issue ${i}`, createdAt: `2017-10-10T16:00:${String(i).padStart(2, '0')}Z` });
    const repoId = github.state.repo(full).id;
    const normalise = (link: string | null | undefined, base: string, id: number) =>
      Object.fromEntries(
        Object.entries(parseLinks(link)).map(([rel, url]) => [
          rel,
          url.replace(base, 'BASE').replace(`/repositories/${id}/`, '/repositories/ID/'),
        ]),
      );

    let path: string | undefined = `/repos/${full}/issues?per_page=3`;
    for (const [i, r] of rec.entries()) {
      const ours = await send('get', path!);
      expectLike(r, ours);
      expect((ours.body as { number: number }[]).map((x) => x.number)).toEqual((r.response as { number: number }[]).map((x) => x.number));
      expect(normalise(ours.headers.get('link'), github.url, repoId), `page ${i + 1}`).toEqual(
        normalise(r.headers['link'], 'https://api.github.com', 1000),
      );
      const next: string | undefined = parseLinks(ours.headers.get('link'))['next'];
      path = next?.replace(github.url, '');
    }
    expect(path).toBeUndefined();
  });

  it("errors: an invalid label color is 422 Validation Failed with GitHub's error object", async () => {
    const [rec] = scenario('errors');
    github.state.addRepo('octokit-fixture-org/errors');
    const ours = await send('post', '/repos/octokit-fixture-org/errors/labels', { body: rec!.body });
    expectLike(rec!, ours);
    const { documentation_url: _a, status: _s, ...mine } = ours.body as Record<string, unknown>;
    const { documentation_url: _b, ...theirs } = rec!.response as Record<string, unknown>;
    expect(mine).toEqual(theirs);
  });

  it('labels: list, create, get, rename, delete', async () => {
    const rec = scenario('labels');
    const full = 'octokit-fixture-org/labels';
    github.state.addRepo(full);
    for (const l of rec[0]!.response as { name: string; color: string; description: string }[]) {
      github.state.addLabel(full, l.name, { color: l.color, description: l.description, default: true });
    }
    const listed = await send('get', `/repos/${full}/labels`);
    expectLike(rec[0]!, listed);
    expect(listed.body).toEqual(
      (rec[0]!.response as Record<string, unknown>[]).map((l) =>
        expect.objectContaining({ name: l['name'], color: l['color'], default: l['default'], description: l['description'] }),
      ),
    );
    expectLike(rec[1]!, await send('post', `/repos/${full}/labels`, { body: rec[1]!.body }));
    expectLike(rec[2]!, await send('get', `/repos/${full}/labels/test-label`));
    const renamed = await send('patch', `/repos/${full}/labels/test-label`, { body: rec[3]!.body });
    expectLike(rec[3]!, renamed);
    expect(renamed.body).toMatchObject({ name: 'test-label-updated', color: 'BADA55' });
    expectLike(rec[4]!, await send('delete', `/repos/${full}/labels/test-label-updated`));
  });

  it('create-status: two statuses, the list newest first, the combined status', async () => {
    const rec = scenario('create-status');
    const full = 'octokit-fixture-org/create-status';
    github.state.addRepo(full);
    const sha = '0000000000000000000000000000000000000001';
    expectLike(rec[0]!, await send('post', `/repos/${full}/statuses/${sha}`, { body: rec[0]!.body }));
    expectLike(rec[1]!, await send('post', `/repos/${full}/statuses/${sha}`, { body: rec[1]!.body }));
    const list = await send('get', `/repos/${full}/commits/${sha}/statuses`);
    expectLike(rec[2]!, list);
    const contexts = (b: unknown) => (b as { context: string }[]).map((s) => s.context);
    expect(contexts(list.body)).toEqual(contexts(rec[2]!.response));
    const combined = await send('get', `/repos/${full}/commits/${sha}/status`);
    expectLike(rec[3]!, combined);
    const c = combined.body as { state: string; statuses: unknown };
    expect([c.state, contexts(c.statuses)]).toEqual([
      (rec[3]!.response as { state: string }).state,
      contexts((rec[3]!.response as { statuses: unknown }).statuses),
    ]);
  });

  it('add-labels-to-issue: labels are created on the fly, with their case kept', async () => {
    const rec = scenario('add-labels-to-issue');
    const full = 'octokit-fixture-org/add-labels-to-issue';
    github.state.addRepo(full);
    expectLike(rec[0]!, await send('post', `/repos/${full}/issues`, { body: rec[0]!.body }));
    const added = await send('post', `/repos/${full}/issues/1/labels`, { body: rec[1]!.body });
    expectLike(rec[1]!, added);
    const names = (b: unknown) => (b as { name: string }[]).map((l) => l.name);
    expect(names(added.body)).toEqual(names(rec[1]!.response));
  });

  it('the shape comparison can fail (a missing field, a type change)', () => {
    expect(shapeDifferences({ a: 1, b: { c: 'x' } }, { a: 1, b: {} })).toEqual(['$.b.c: missing']);
    expect(shapeDifferences([{ a: 1 }], [{ a: '1' }])).toEqual(['$[0].a: GitHub sent number, the emulator string']);
    expect(fakeSha('x')).toMatch(/^[0-9a-f]{40}$/);
  });
});
