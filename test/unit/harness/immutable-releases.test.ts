/**
 * The emulator's releases behave as GitHub's where immutability and drafts matter (each behaviour's
 * source is cited where the emulator implements it, in routes.ts and state.ts): drafts are mutable and
 * invisible by tag, a published release of a repository with immutable releases locks its assets and
 * its tag, and the tag can never be published again.
 */
import { describe, expect, it } from 'vitest';
import { TOKENS, useGitHubEmulator } from '../../harness/index.ts';

const emulator = useGitHubEmulator({ repos: [['octo-org/locked', { immutableReleases: true }], 'octo-org/open'] });

async function api(method: string, path: string, o: { body?: unknown; raw?: Buffer; token?: string; uploads?: boolean } = {}) {
  const root = o.uploads ? emulator.uploadsUrl : emulator.url;
  const res = await fetch(`${root}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${o.token ?? TOKENS.githubToken}`,
      accept: 'application/vnd.github+json',
      ...(o.raw ? { 'content-type': 'application/octet-stream' } : o.body ? { 'content-type': 'application/json' } : {}),
    },
    body: o.raw ?? (o.body ? JSON.stringify(o.body) : undefined),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text ? (JSON.parse(text) as Record<string, unknown> & { errors?: { message?: string; code?: string }[] }) : {},
  };
}

const upload = (repo: string, id: number, name: string, data = 'bytes') =>
  api('POST', `/repos/${repo}/releases/${id}/assets?name=${name}`, { raw: Buffer.from(data), uploads: true });

async function draftWithAsset(repo: string, tag: string) {
  const r = await api('POST', `/repos/${repo}/releases`, { body: { tag_name: tag, draft: true } });
  expect(r.status).toBe(201);
  const id = r.body['id'] as number;
  const a = await upload(repo, id, 'model.bin');
  expect(a.status).toBe(201);
  return { id, assetId: a.body['id'] as number };
}

describe('releases on a repository with immutable releases', () => {
  const repo = 'octo-org/locked';

  it('a draft takes, replaces and deletes assets; publishing makes it immutable and locks assets and tag', async () => {
    const { id, assetId } = await draftWithAsset(repo, 'v1');
    expect((await api('GET', `/repos/${repo}/releases/${id}`)).body).toMatchObject({ draft: true, immutable: false });
    // A second asset of the same name: 422 already_exists.
    const again = await upload(repo, id, 'model.bin');
    expect(again.status).toBe(422);
    expect(again.body.errors).toEqual([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
    expect((await api('DELETE', `/repos/${repo}/releases/assets/${assetId}`)).status).toBe(204);
    const kept = await upload(repo, id, 'model.bin', 'final bytes');
    expect(kept.status).toBe(201);

    const published = await api('PATCH', `/repos/${repo}/releases/${id}`, { body: { draft: false } });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ draft: false, immutable: true, tag_name: 'v1' });
    expect(emulator.state.refs(repo)['refs/tags/v1']).toBeDefined();

    const late = await upload(repo, id, 'late.bin');
    expect(late).toMatchObject({ status: 422, body: { message: 'Cannot upload assets to an immutable release.' } });
    const del = await api('DELETE', `/repos/${repo}/releases/assets/${kept.body['id'] as number}`);
    expect(del.status).toBe(422);
    expect(del.body.errors?.[0]?.message).toBe('Cannot delete asset from an immutable release');
    expect(
      (await api('PATCH', `/repos/${repo}/releases/assets/${kept.body['id'] as number}`, { body: { name: 'renamed.bin' } })).status,
    ).toBe(422);
    expect((await api('DELETE', `/repos/${repo}/git/refs/tags/v1`)).status).toBe(422);
    expect((await api('PATCH', `/repos/${repo}/git/refs/tags/v1`, { body: { sha: 'a'.repeat(40), force: true } })).status).toBe(422);
    expect((await api('PATCH', `/repos/${repo}/releases/${id}`, { body: { tag_name: 'v1-moved' } })).status).toBe(422);
    // Title, notes and the pre-release flag stay editable.
    expect((await api('PATCH', `/repos/${repo}/releases/${id}`, { body: { name: 'Renamed', prerelease: true } })).body).toMatchObject({
      name: 'Renamed',
      prerelease: true,
      immutable: true,
    });
    expect(emulator.state.release(repo, 'v1')!.assets.map((a) => a.data.toString())).toEqual(['final bytes']);

    // The release may be deleted, then its tag; the tag can never be published again.
    expect((await api('DELETE', `/repos/${repo}/releases/${id}`)).status).toBe(204);
    expect((await api('DELETE', `/repos/${repo}/git/refs/tags/v1`)).status).toBe(204);
    const reuse = await api('POST', `/repos/${repo}/releases`, { body: { tag_name: 'v1' } });
    expect(reuse.status).toBe(422);
    expect(reuse.body.errors?.map((e) => e.message)).toContain('tag_name was used by an immutable release');
    const draft = await api('POST', `/repos/${repo}/releases`, { body: { tag_name: 'v1', draft: true } });
    expect(draft.status).toBe(201);
    expect((await api('PATCH', `/repos/${repo}/releases/${draft.body['id'] as number}`, { body: { draft: false } })).status).toBe(422);
    expect(emulator.state.release(repo, 'v1')).toMatchObject({ draft: true, immutable: false });
  });

  it('a release created published is immutable at once', async () => {
    const r = await api('POST', `/repos/${repo}/releases`, { body: { tag_name: 'v2' } });
    expect(r.body).toMatchObject({ draft: false, immutable: true });
    expect((await upload(repo, r.body['id'] as number, 'model.bin')).status).toBe(422);
  });

  it('a draft is never found by its tag, and is listed only with push access', async () => {
    const { id } = await draftWithAsset(repo, 'v3');
    expect((await api('GET', `/repos/${repo}/releases/tags/v3`)).status).toBe(404);
    expect(((await api('GET', `/repos/${repo}/releases`)).body as unknown as { id: number }[]).map((r) => r.id)).toEqual([id]);
    expect((await api('GET', `/repos/${repo}/releases`, { token: TOKENS.readOnly })).body).toEqual([]);
    expect((await api('GET', `/repos/${repo}/releases/${id}`, { token: TOKENS.readOnly })).status).toBe(404);
    await api('PATCH', `/repos/${repo}/releases/${id}`, { body: { draft: false } });
    expect((await api('GET', `/repos/${repo}/releases/tags/v3`)).body).toMatchObject({ id, immutable: true });
  });
});

describe('releases on a repository without immutable releases (the setting is opt-in)', () => {
  const repo = 'octo-org/open';

  it('a published release still takes and loses assets, and its tag can be deleted', async () => {
    const { id, assetId } = await draftWithAsset(repo, 'v1');
    expect((await api('PATCH', `/repos/${repo}/releases/${id}`, { body: { draft: false } })).body).toMatchObject({
      draft: false,
      immutable: false,
    });
    expect((await upload(repo, id, 'late.bin')).status).toBe(201);
    expect((await api('DELETE', `/repos/${repo}/releases/assets/${assetId}`)).status).toBe(204);
    expect((await api('DELETE', `/repos/${repo}/git/refs/tags/v1`)).status).toBe(204);
  });

  it('turning the setting on applies to releases published afterwards only', async () => {
    const before = await api('POST', `/repos/${repo}/releases`, { body: { tag_name: 'old' } });
    emulator.state.repo(repo).immutableReleases = true;
    expect((await upload(repo, before.body['id'] as number, 'x.bin')).status).toBe(201);
    const after = await api('POST', `/repos/${repo}/releases`, { body: { tag_name: 'new' } });
    expect(after.body).toMatchObject({ immutable: true });
  });
});
