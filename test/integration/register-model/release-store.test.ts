/**
 * The GitHub Release store, through the bundled action and the registry package, against the GitHub
 * REST API emulator (every request and answer checked against GitHub's OpenAPI description): the
 * release is created, the files uploaded as assets, downloaded with the token and verified.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '@mlops-actions/github';
import { openRegistry, releaseTag, type ReleaseClient, parseModelName, parseModelVersion } from '@mlops-actions/registry';
import { TOKENS, useGitHubEmulator, stepFor } from '../../harness/index.ts';
import { bareRepo, git, projectClone, tempDir, writeFiles } from '../../unit/registry/helpers.ts';

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const emulator = useGitHubEmulator();
const REPO = 'octo-org/ml-project';
let root: string;
let remote: string;
let ws: string;

beforeEach(async () => {
  root = await tempDir('mlops-release-it-');
  remote = bareRepo(join(root, 'remote.git'));
  ws = projectClone(remote, join(root, 'ws')).dir;
  await writeFiles(ws, { 'model/weights.bin': Buffer.alloc(300_000, 5), 'model/sub dir/tokenizer.json': '{"vocab":[]}' });
});

const registerStep = stepFor('register-model', () => ({
  workspace: ws,
  apiUrl: emulator.url,
  repository: REPO,
  inputs: { name: 'churn', path: 'model', store: 'release' },
}));
const register = (inputs: Record<string, string>, token?: string) => registerStep(inputs, token ? { token } : {});

function openWithToken(token: string) {
  // timeScale 0: no back-off nor spacing of writes (the bundled steps get MLOPS_ACTIONS_TIME_SCALE=0 from runStep).
  const octokit = createGitHubClient({ token, apiUrl: emulator.url, timeScale: 0 }) as unknown as ReleaseClient;
  return openRegistry({ uri: 'git:origin', workspace: ws, github: { octokit, owner: 'octo-org', repo: 'ml-project' }, timeScale: 0 });
}

describe('the Release store', () => {
  it('uploads the files as assets of a content-addressed release, and downloads them verified with the token', async () => {
    const r = await register({});
    expect(r.exitCode, r.stdout).toBe(0);
    const card = JSON.parse(readFileSync(r.outputs['card']!, 'utf8'));
    const tag = releaseTag('churn', card.digest.slice(7));
    expect(card.store).toMatchObject({ kind: 'release', owner: 'octo-org', repo: 'ml-project', tag });
    const releases = emulator.state.releases(REPO);
    expect(releases).toHaveLength(1);
    expect(releases[0]).toMatchObject({ tagName: tag, prerelease: true, makeLatest: 'false' });
    expect(releases[0]!.assets.map((a) => [a.name, a.data.length]).sort()).toEqual([
      ['sub_dir--tokenizer.json', 12],
      ['weights.bin', 300_000],
    ]);
    // The files are not on the registry branch: only the card and the index are.
    expect(git(['ls-tree', '-r', '--name-only', 'mlops-registry'], remote)).not.toMatch(/\/files\//);
    expect(r.summary).toContain(`GitHub Release \`${tag}\``);

    const reg = openWithToken(TOKENS.githubToken);
    const dest = join(root, 'download');
    const d = await reg.download(parseModelName('churn'), parseModelVersion('0.1.0'), dest);
    expect(d.files.map((f) => f.path).sort()).toEqual(['sub dir/tokenizer.json', 'weights.bin']);
    expect(readFileSync(join(dest, 'weights.bin')).equals(Buffer.alloc(300_000, 5))).toBe(true);
    expect(emulator.requestsFor('repos/get-release-asset').every((q) => q.auth === 'installation')).toBe(true);

    // An asset changed behind the registry's back is refused.
    releases[0]!.assets.find((a) => a.name === 'weights.bin')!.data = Buffer.alloc(300_000, 6);
    await expect(reg.download(parseModelName('churn'), parseModelVersion('0.1.0'), join(root, 'download-2'))).rejects.toThrow(
      /weights\.bin of churn@0\.1\.0 does not match its model card/,
    );
    await reg.close();

    // The same files again: same version, no second upload.
    const uploads = emulator.requestsFor('repos/upload-release-asset').length;
    const again = await register({});
    expect(again.outputs).toMatchObject({ version: '0.1.0', created: 'false' });
    expect(emulator.requestsFor('repos/upload-release-asset')).toHaveLength(uploads);
  });

  it('retries an upload that met a server error', async () => {
    emulator.faults.inject('repos/upload-release-asset', { kind: 'server-error', status: 502 });
    const r = await register({});
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/uploading .* failed \(502\); retrying/);
    // runStep's MLOPS_ACTIONS_TIME_SCALE=0: the back-off (0.5 to 1 s at timeScale 1) is not waited for.
    expect(r.stdout).toMatch(/uploading .* failed \(502\); retrying in 0 ms/);
    expect(emulator.state.releases(REPO)[0]!.assets).toHaveLength(2);
  });

  it('with a read-only token: a clear error, no release, no version', async () => {
    const r = await register({}, TOKENS.readOnly);
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /cannot create a release for the model files in octo-org\/ml-project \(403.*permissions: contents: write/,
    );
    expect(emulator.state.releases(REPO)).toEqual([]);
    expect(() => git(['rev-parse', '--verify', 'mlops-registry'], remote)).toThrow();
  });

  it('removes the release it created when the version cannot be committed', async () => {
    execFileSync('sh', ['-c', `printf '#!/bin/sh\\nexit 1\\n' > hooks/pre-receive && chmod +x hooks/pre-receive`], { cwd: remote });
    const r = await register({});
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(/refused the push/);
    expect(emulator.state.releases(REPO)).toEqual([]);
  });
});

/**
 * Immutable releases (the repository setting "Enable release immutability"): a published release takes
 * no more assets (422 "Cannot upload assets to an immutable release."), so the store creates a draft,
 * uploads and verifies every asset, then publishes; a draft an interrupted run left is found by listing
 * releases (a tag lookup never returns drafts) and resumed.
 */
describe('the Release store on a repository with immutable releases', () => {
  /** Every upload request is checked against the release it targets: none may reach a published one. */
  function watchUploads(): { toPublished: string[]; toDrafts: string[] } {
    const toPublished: string[] = [];
    const toDrafts: string[] = [];
    emulator.faults.inject(
      (r) => {
        const id = r.method === 'POST' ? /\/releases\/(\d+)\/assets$/.exec(r.path)?.[1] : undefined;
        const release = id ? emulator.state.repo(REPO).releases.get(Number(id)) : undefined;
        if (release) (release.draft ? toDrafts : toPublished).push(`${r.path} (${release.tagName})`);
        return false;
      },
      { kind: 'server-error' },
      Number.MAX_SAFE_INTEGER,
    );
    return { toPublished, toDrafts };
  }

  /** The tag the registry uses for the model in `model/`: learnt from a run with a read-only token (it looks the tag up, then cannot create it). */
  async function tagOfModel(): Promise<string> {
    const r = await register({}, TOKENS.readOnly);
    expect(r.exitCode).toBe(1);
    const url = emulator.requestsFor('repos/get-release-by-tag')[0]!.url;
    return decodeURIComponent(/\/releases\/tags\/([^?]+)/.exec(url)![1]!);
  }

  const uploads = () => emulator.requestsFor('repos/upload-release-asset').filter((q) => q.status === 201).length;

  beforeEach(() => {
    emulator.state.repo(REPO).immutableReleases = true;
  });

  it('creates a draft, uploads and verifies every asset, then publishes it; a reader downloads it verified', async () => {
    const watch = watchUploads();
    const r = await register({});
    expect(r.exitCode, r.stdout).toBe(0);
    const card = JSON.parse(readFileSync(r.outputs['card']!, 'utf8'));
    const tag = releaseTag('churn', card.digest.slice(7));
    const [release, ...others] = emulator.state.releases(REPO);
    expect(others).toEqual([]);
    expect(release).toMatchObject({ tagName: tag, draft: false, immutable: true, prerelease: true, makeLatest: 'false' });
    expect(card.store).toMatchObject({ kind: 'release', tag, releaseId: release!.id });
    expect(release!.assets.map((a) => [a.name, a.data.length]).sort()).toEqual([
      ['sub_dir--tokenizer.json', 12],
      ['weights.bin', 300_000],
    ]);
    // The order GitHub recommends: created as a draft, every asset uploaded and listed, then published.
    const ops = emulator.requests.map((q) => q.operationId);
    const created = emulator.requestsFor('repos/create-release');
    expect(created.map((q) => (q.body as { draft?: boolean }).draft)).toEqual([true]);
    const publish = ops.lastIndexOf('repos/update-release');
    expect(emulator.requestsFor('repos/update-release').map((q) => q.body)).toEqual([
      { draft: false, prerelease: true, make_latest: 'false' },
    ]);
    expect(ops.lastIndexOf('repos/upload-release-asset')).toBeLessThan(publish);
    expect(ops.lastIndexOf('repos/list-release-assets')).toBeLessThan(publish);
    expect(watch.toDrafts).toHaveLength(2); // the watch sees every upload
    expect(watch.toPublished).toEqual([]);

    // The reader deploy uses: downloads the published assets and verifies them against the card.
    const reg = openWithToken(TOKENS.readOnly);
    const d = await reg.download(parseModelName('churn'), parseModelVersion('0.1.0'), join(root, 'download'));
    expect(d.files.map((f) => [f.path, f.size]).sort()).toEqual([
      ['sub dir/tokenizer.json', 12],
      ['weights.bin', 300_000],
    ]);
    expect(readFileSync(join(root, 'download', 'weights.bin')).equals(Buffer.alloc(300_000, 5))).toBe(true);
    await reg.close();

    // The same files again: the published release is reused as it is.
    const before = uploads();
    const again = await register({});
    expect(again.outputs).toMatchObject({ version: '0.1.0', created: 'false' });
    expect(uploads()).toBe(before);
    expect(watch.toPublished).toEqual([]);
  });

  it('resumes the draft an interrupted run left: uploads only what it lacks and publishes one release', async () => {
    const watch = watchUploads();
    // The run is cut off after its first asset: every later upload loses its connection.
    let seen = 0;
    emulator.faults.inject((r) => r.operationId === 'repos/upload-release-asset' && ++seen > 1, { kind: 'disconnect' }, 3);
    const first = await register({});
    expect(first.exitCode).toBe(1);
    expect(first.annotations.find((a) => a.level === 'error')?.message).toMatch(/cannot upload the model files/);
    expect(first.stdout).toMatch(/keeps the files uploaded so far; the next run resumes it/);
    const [draft] = emulator.state.releases(REPO);
    expect(draft).toMatchObject({ draft: true, immutable: false });
    expect(draft!.assets).toHaveLength(1);
    expect(() => git(['rev-parse', '--verify', 'mlops-registry'], remote)).toThrow();

    const before = uploads();
    const second = await register({});
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.stdout).toMatch(/resuming the draft release .* an earlier run left/);
    expect(uploads() - before).toBe(1);
    const releases = emulator.state.releases(REPO);
    expect(releases).toHaveLength(1);
    expect(releases[0]).toMatchObject({ id: draft!.id, draft: false, immutable: true });
    expect(releases[0]!.assets.map((a) => a.name).sort()).toEqual(['sub_dir--tokenizer.json', 'weights.bin']);
    expect(watch.toPublished).toEqual([]);
    const reg = openWithToken(TOKENS.githubToken);
    await expect(reg.download(parseModelName('churn'), parseModelVersion('0.1.0'), join(root, 'download'))).resolves.toMatchObject({
      files: expect.any(Array),
    });
    await reg.close();
  });

  it("replaces a leftover draft's broken asset, and leaves alone a published release that lacks the files", async () => {
    const tag = await tagOfModel();
    const fullName = emulator.state.repo(REPO).fullName;
    // Published (so immutable) without its files, e.g. by an older version that uploaded after publishing.
    const empty = emulator.state.addRelease(fullName, { tag, prerelease: true });
    expect(empty.immutable).toBe(true);
    // A draft of the next tag an interrupted run left: one asset right, one with the wrong bytes.
    const draft = emulator.state.addRelease(fullName, { tag: `${tag}.2`, draft: true, prerelease: true });
    emulator.state.addAsset(fullName, draft.id, { name: 'sub_dir--tokenizer.json', data: '{"vocab":[]}' });
    emulator.state.addAsset(fullName, draft.id, { name: 'weights.bin', data: Buffer.alloc(300_000, 9) });
    const watch = watchUploads();

    const before = uploads();
    const r = await register({});
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/the published release .* does not hold these model files/);
    const card = JSON.parse(readFileSync(r.outputs['card']!, 'utf8'));
    expect(card.store).toMatchObject({ kind: 'release', tag: `${tag}.2`, releaseId: draft.id });
    expect(uploads() - before).toBe(1);
    expect(emulator.state.release(REPO, `${tag}.2`)).toMatchObject({ draft: false, immutable: true });
    expect(
      emulator.state
        .release(REPO, `${tag}.2`)!
        .assets.find((a) => a.name === 'weights.bin')!
        .data.equals(Buffer.alloc(300_000, 5)),
    ).toBe(true);
    expect(emulator.state.release(REPO, tag)!.assets).toEqual([]);
    expect(watch.toPublished).toEqual([]);
    const reg = openWithToken(TOKENS.githubToken);
    const d = await reg.download(parseModelName('churn'), parseModelVersion('0.1.0'), join(root, 'download'));
    expect(d.files).toHaveLength(2);
    await reg.close();
  });

  it('moves to the next tag when GitHub refuses to publish a tag an immutable release used before', async () => {
    const tag = await tagOfModel();
    emulator.state.repo(REPO).immutableTags.add(tag);
    const r = await register({});
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/an immutable release used that tag before/);
    const card = JSON.parse(readFileSync(r.outputs['card']!, 'utf8'));
    expect(card.store.tag).toBe(`${tag}.2`);
    expect(emulator.state.releases(REPO).map((x) => [x.tagName, x.draft])).toEqual([[`${tag}.2`, false]]);
  });

  it('keeps the published release when the version cannot be committed, and the next run reuses it', async () => {
    execFileSync('sh', ['-c', `printf '#!/bin/sh\\nexit 1\\n' > hooks/pre-receive && chmod +x hooks/pre-receive`], { cwd: remote });
    const r = await register({});
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/keeping the immutable release/);
    const [kept] = emulator.state.releases(REPO);
    expect(kept).toMatchObject({ draft: false, immutable: true });
    expect(emulator.requestsFor('repos/delete-release')).toEqual([]);
    execFileSync('rm', ['hooks/pre-receive'], { cwd: remote });
    const before = uploads();
    const again = await register({});
    expect(again.exitCode, again.stdout).toBe(0);
    expect(uploads()).toBe(before);
    expect(JSON.parse(readFileSync(again.outputs['card']!, 'utf8')).store.releaseId).toBe(kept!.id);
  });

  it('store: auto puts a model over 25 MiB there (sparse file), and the reader gets it back verified', async () => {
    const size = 25 * 1024 * 1024 + 1;
    await rm(join(ws, 'model'), { recursive: true });
    await writeFiles(ws, { 'model/README.txt': 'big' });
    const fh = await open(join(ws, 'model', 'weights.bin'), 'w');
    await fh.truncate(size);
    await fh.close();
    const watch = watchUploads();
    const r = await register({ store: 'auto' });
    expect(r.exitCode, r.stdout).toBe(0);
    const card = JSON.parse(readFileSync(r.outputs['card']!, 'utf8'));
    expect(card.store).toMatchObject({ kind: 'release' });
    expect(emulator.state.releases(REPO)[0]).toMatchObject({ draft: false, immutable: true });
    expect(watch.toPublished).toEqual([]);
    const reg = openWithToken(TOKENS.githubToken);
    const d = await reg.download(parseModelName('churn'), parseModelVersion('0.1.0'), join(root, 'download'));
    expect(d.files.find((f) => f.path === 'weights.bin')?.size).toBe(size);
    await reg.close();
  });
});
