import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { UserError, messageOf } from '@mlops-actions/errors';
import { hashingStream, makeFolders, sha256File } from '@mlops-actions/files';
import { backoffMs, sleep, DEFAULT_RETRY } from './backend.ts';
import { isSafeRelativePath } from './layout.ts';
import type { CardFile, GitHubTarget, Logger, StoreLocation } from './types.ts';
import { copyHashed } from './verify.ts';

/** Files of one model version, ready to be stored: where they are now and what they must hash to. */
export interface ModelFiles {
  root: string;
  files: CardFile[];
  /** Hex of the model digest (content-addresses the external stores). */
  digestHex: string;
}

export interface Stored {
  location: StoreLocation;
  /** True when this run created the stored copy (so a failed registration removes it again). */
  created: boolean;
  remove(): Promise<void>;
}

/** Above this many bytes in total, `store: auto` keeps a git: registry's files in GitHub Release assets. */
export const AUTO_STORE_THRESHOLD = 25 * 1024 * 1024;

// ----- file:<dir> store --------------------------------------------------------------------------

/** `file:<dir>` → absolute directory (relative to the workspace); `file:///abs` URLs too. */
export function fileUriToDir(uri: string, workspace: string): string {
  const rest = uri.slice('file:'.length);
  if (rest.startsWith('//')) return fileURLToPath(uri);
  if (rest === '') throw new UserError(`'${uri}' names no directory`, { fix: 'Write file:<directory>, e.g. file:.mlops/registry' });
  return resolve(workspace, rest);
}

/**
 * Stores the files under `<dir>/<name>/<digest hex>/`: content-addressed, so the copy does not depend
 * on the version number (which a concurrent writer may still take) and a second registration of the
 * same files finds them there. Files are copied to a staging directory, verified, and the directory is
 * renamed into place in one step.
 */
export async function putFileStore(dir: string, name: string, m: ModelFiles, log?: Logger): Promise<Stored> {
  const target = join(dir, name, m.digestHex);
  const location: StoreLocation = { kind: 'file', uri: `file:${target}` };
  const remove = () => rm(target, { recursive: true, force: true });
  if (await verifyDir(target, m.files)) return { location, created: false, remove: async () => undefined };
  const staging = join(dir, '.staging', `${process.pid}-${randomBytes(6).toString('hex')}`);
  try {
    for (const f of m.files) {
      const got = await copyHashed(join(m.root, f.path), join(staging, f.path));
      if (got.sha256 !== f.sha256 || got.size !== f.size) {
        throw new UserError(`the model file ${f.path} changed while it was being stored (sha256 ${got.sha256}, expected ${f.sha256})`, {
          fix: 'Register once the training step has finished writing its files; nothing was registered',
        });
      }
    }
    await makeFolders(join(dir, name));
    if (await pathExists(target)) {
      log?.warning(`registry: ${target} held files that do not match their digest; replacing them`);
      await remove();
    }
    try {
      await rename(staging, target);
    } catch (e) {
      // Another writer stored the same digest meanwhile: theirs is as good as ours once verified.
      if (!['EEXIST', 'ENOTEMPTY'].includes((e as NodeJS.ErrnoException).code ?? '') || !(await verifyDir(target, m.files))) throw e;
      return { location, created: false, remove: async () => undefined };
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`cannot store the model files in ${dir}: ${messageOf(e)}`, {
      fix: 'Use a writable directory for store: file:<dir>',
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { location, created: true, remove };
}

/**
 * Where one file of a card's `file:` store is on this machine, or undefined when it is not there.
 * A card is read from a branch others can push to, so its store is trusted only where the registry
 * itself writes: the content-addressed directory `<dir>/<model name>/<hex of the card's digest>`
 * (putFileStore), named by an absolute path, with the file (symlinks resolved) inside it. Anything
 * else (`../../etc`, `/home/runner/.ssh`, a symlink leading out) is refused before the file is opened,
 * with an error that says nothing about what is there: no size, no hash, not even whether it exists.
 */
export async function fileStoreFile(
  uri: string,
  card: { name: string; version: string; digest: string },
  path: string,
): Promise<string | undefined> {
  const refuse = (why: string) =>
    new UserError(
      `the model card of ${card.name}@${card.version} names the file store '${uri}', outside the registry's own store directories (${why}); nothing was read from it`,
      {
        key: 'store.uri',
        fix: `A file: store of this version must be <store directory>/${card.name}/<its digest in hex>, as register-model writes it: the card was edited by hand or by someone else; restore it from the registry's history`,
      },
    );
  const rest = uri.startsWith('file:') ? uri.slice('file:'.length) : '';
  const hex = /^sha256:([0-9a-f]{64})$/.exec(card.digest)?.[1];
  if (!hex) throw refuse('the card has no sha256 digest');
  if (rest.startsWith('//') || !isAbsolute(rest)) throw refuse('not an absolute file:<directory>');
  const dir = resolve(rest);
  if (basename(dir) !== hex || basename(dirname(dir)) !== card.name || rest.split(/[\\/]/).includes('..')) {
    throw refuse(`not a directory named ${card.name}/<digest>`);
  }
  if (!isSafeRelativePath(path)) throw refuse('a file path that leaves the directory');
  let realDir: string;
  let real: string;
  try {
    realDir = await realpath(dir);
    real = await realpath(join(dir, path));
  } catch {
    return undefined;
  }
  // A symlink in the store (or the store itself) must not lead anywhere else.
  if (basename(realDir) !== hex || basename(dirname(realDir)) !== card.name || !real.startsWith(realDir + sep)) {
    throw refuse('a symbolic link leads out of it');
  }
  return real;
}

async function verifyDir(dir: string, files: CardFile[]): Promise<boolean> {
  for (const f of files) {
    try {
      const got = await sha256File(join(dir, f.path));
      if (got.sha256 !== f.sha256 || got.size !== f.size) return false;
    } catch {
      return false;
    }
  }
  return files.length > 0;
}

async function pathExists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

// ----- GitHub Release store ----------------------------------------------------------------------

interface ReleaseData {
  id: number;
  tag_name: string;
  upload_url: string;
  html_url?: string;
  draft?: boolean;
  /** True once a release published on a repository with immutable releases: its assets and tag are locked. */
  immutable?: boolean;
  assets?: AssetData[];
}

interface AssetData {
  id: number;
  name: string;
  size: number;
  state?: string;
  digest?: string | null;
}

function status(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

/** The error body GitHub sent with a failed request (octokit's RequestError keeps it), as text. */
function errorBody(e: unknown): string {
  try {
    return JSON.stringify((e as { response?: { data?: unknown } })?.response?.data ?? '');
  } catch {
    return '';
  }
}

/** The Release that holds the files of one model digest (content-addressed, like the file store). */
export function releaseTag(name: string, digestHex: string): string {
  return `mlops-registry/${name}/sha256-${digestHex.slice(0, 16)}`;
}

/** Asset names are flat and GitHub rewrites unusual characters: `dir/model.pkl` → `dir--model.pkl`. */
export function assetNames(paths: readonly string[]): string[] {
  const used = new Set<string>();
  return paths.map((p, i) => {
    let n = p
      .replace(/\//g, '--')
      .replace(/[^A-Za-z0-9._-]/g, '_')
      .replace(/^[.]/, '_');
    if (used.has(n)) n = `${i}-${n}`;
    used.add(n);
    return n;
  });
}

function releaseError(action: string, e: unknown, gh: GitHubTarget): UserError {
  if (e instanceof UserError) return e;
  const s = status(e);
  const fix =
    s === 403 || s === 404
      ? "Give the job 'permissions: contents: write' (Release assets need it), or use store: registry or store: file:<dir>"
      : 'Re-run the job; if it keeps failing, check GitHub status or use another store';
  return new UserError(`cannot ${action} in ${gh.owner}/${gh.repo} (${s ?? 'no status'}: ${messageOf(e)})`, { fix });
}

/** How many tags (`<tag>`, `<tag>.2`, …) a digest may use when earlier ones are taken by an immutable release that lacks its files. */
const RELEASE_TAG_ATTEMPTS = 5;

/**
 * Stores the files as assets of a Release tagged `mlops-registry/<name>/sha256-<16 hex>`, a
 * pre-release never marked latest, the way immutable releases need it (GitHub's recommended flow:
 * create the release as a draft, attach every asset, publish): a published release's assets are never
 * added to, replaced or deleted.
 *
 * - A published release of the tag that holds every file (right size, and digest where GitHub reports
 *   one) is reused as it is: nothing is uploaded.
 * - Otherwise a draft is used: a leftover draft of an interrupted run (found by listing releases, since
 *   `releases/tags/{tag}` never returns drafts) is resumed, keeping its complete assets and replacing
 *   broken ones; else a new draft is created. Every asset is uploaded, verified, and the draft published.
 * - A published release of the tag that lacks files (made by something else, or by an older version of
 *   this code on an immutable repository) is left alone; the files go to the next tag `<tag>.2`. So does
 *   a tag GitHub refuses to publish because an immutable release once used it.
 *
 * A failure before publishing keeps the draft (with what was uploaded) for the next run to resume.
 */
export async function putReleaseStore(gh: GitHubTarget, name: string, m: ModelFiles, log?: Logger): Promise<Stored> {
  const base = releaseTag(name, m.digestHex);
  const { owner, repo } = gh;
  const names = assetNames(m.files.map((f) => f.path));
  let drafts: ReleaseData[] | undefined;
  for (let n = 1; n <= RELEASE_TAG_ATTEMPTS; n++) {
    const tag = n === 1 ? base : `${base}.${n}`;
    const next = `${base}.${n + 1}`;
    const published = await publishedRelease(gh, tag);
    if (published) {
      const assets = await listAssets(gh, published.id).catch((e: unknown) => {
        throw releaseError(`list the assets of release ${tag}`, e, gh);
      });
      const held = await heldAssets(gh, m, names, assets);
      if (held) return releaseStored(gh, published, held, false, log);
      log?.warning(
        `registry: the published release ${tag} does not hold these model files as the card needs them, and a published release is never changed; storing them under ${next}`,
      );
      continue;
    }
    drafts ??= await listDrafts(gh, base);
    const leftovers = drafts.filter((d) => d.tag_name === tag);
    let release = leftovers[0];
    if (release) {
      log?.info(`registry: resuming the draft release ${tag} (id ${release.id}) an earlier run left`);
    } else {
      release = await createDraft(gh, tag, name, m).catch((e: unknown) => {
        throw releaseError('create a release for the model files', e, gh);
      });
    }
    let uploaded: Record<string, AssetData>;
    try {
      uploaded = await fillDraft(gh, release, m, names, log);
    } catch (e) {
      log?.info(`registry: the draft release ${tag} keeps the files uploaded so far; the next run resumes it`);
      throw releaseError('upload the model files', e, gh);
    }
    let done: ReleaseData;
    try {
      done = (
        await gh.octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
          owner,
          repo,
          release_id: release.id,
          draft: false,
          prerelease: true,
          make_latest: 'false',
        })
      ).data as ReleaseData;
    } catch (e) {
      if (status(e) === 422 && /tag_name/.test(errorBody(e)) && /immutable/i.test(errorBody(e))) {
        // An immutable release used this tag before (and was deleted): the tag is taken for good.
        log?.warning(
          `registry: GitHub refuses to publish ${tag}: an immutable release used that tag before; storing the files under ${next}`,
        );
        await gh.octokit
          .request('DELETE /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: release.id })
          .catch(() => undefined);
        continue;
      }
      throw releaseError(`publish the release ${tag}`, e, gh);
    }
    if (done.draft !== false) throw releaseError(`publish the release ${tag}`, new Error('GitHub kept it a draft'), gh);
    // What GitHub published is what was verified: the same assets, each still complete.
    const held = await heldAssets(gh, m, names, done.assets ?? (await listAssets(gh, done.id)), uploaded);
    if (!held) {
      throw new UserError(
        `the published release ${tag} in ${owner}/${repo} does not hold the model files that were uploaded to its draft`,
        {
          fix: 'Re-run the job; nothing was registered',
        },
      );
    }
    for (const extra of leftovers.slice(1)) {
      await gh.octokit
        .request('DELETE /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: extra.id })
        .catch(() => undefined);
    }
    return releaseStored(gh, done, held, true, log);
  }
  throw new UserError(
    `the tags ${base} to ${base}.${RELEASE_TAG_ATTEMPTS} of ${owner}/${repo} are all taken by releases that lack these model files`,
    {
      fix: 'Delete the draft or mutable releases of those tags that hold no complete model (published immutable ones cannot be changed), or use store: file:<dir>',
    },
  );
}

function releaseStored(
  gh: GitHubTarget,
  release: ReleaseData,
  assets: Record<string, { id: number; name: string }>,
  created: boolean,
  log?: Logger,
): Stored {
  const { owner, repo } = gh;
  const tag = release.tag_name;
  // A release this run published goes again when the version cannot be committed, unless it is
  // immutable: GitHub would never let its tag be used again, and a complete content-addressed release
  // is what the next registration of the same files reuses.
  const remove = async () => {
    if (release.immutable) {
      log?.info(
        `registry: keeping the immutable release ${tag}: its tag could never be used again, and the next registration of these files reuses it`,
      );
      return;
    }
    await gh.octokit
      .request('DELETE /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: release.id })
      .catch(() => undefined);
    await gh.octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { owner, repo, ref: `tags/${tag}` }).catch(() => undefined);
  };
  return {
    location: { kind: 'release', owner, repo, tag, releaseId: release.id, assets },
    created,
    remove: created ? remove : async () => undefined,
  };
}

/** The published release of a tag, or undefined (GitHub never returns a draft here). */
async function publishedRelease(gh: GitHubTarget, tag: string): Promise<ReleaseData | undefined> {
  try {
    return (await gh.octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner: gh.owner, repo: gh.repo, tag }))
      .data as ReleaseData;
  } catch (e) {
    if (status(e) === 404) return undefined;
    throw releaseError('look up the model files release', e, gh);
  }
}

/** Drafts of `base` and its numbered tags; only listing shows drafts (and only to a token with push access). */
async function listDrafts(gh: GitHubTarget, base: string): Promise<ReleaseData[]> {
  const out: ReleaseData[] = [];
  try {
    for (let page = 1; ; page++) {
      const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/releases', {
        owner: gh.owner,
        repo: gh.repo,
        per_page: 100,
        page,
      });
      const list = data as ReleaseData[];
      out.push(...list.filter((r) => r.draft === true && (r.tag_name === base || r.tag_name.startsWith(`${base}.`))));
      if (list.length < 100) break;
    }
  } catch (e) {
    throw releaseError('list the releases', e, gh);
  }
  // Oldest first: a resumed draft is the one with the most uploaded.
  return out.sort((a, b) => a.id - b.id);
}

async function createDraft(gh: GitHubTarget, tag: string, name: string, m: ModelFiles): Promise<ReleaseData> {
  return (
    await gh.octokit.request('POST /repos/{owner}/{repo}/releases', {
      owner: gh.owner,
      repo: gh.repo,
      tag_name: tag,
      name: `Model files: ${name} (sha256:${m.digestHex.slice(0, 12)}…)`,
      body: `Files of model \`${name}\`, digest \`sha256:${m.digestHex}\`, stored by the MLOps registry. The registry branch's model card names the version and lists every file's sha256. Do not edit these assets.`,
      draft: true,
      prerelease: true,
      make_latest: 'false',
    })
  ).data as ReleaseData;
}

/** An asset that is complete and has this file's size (and digest, where GitHub reports one). */
function assetLooksRight(a: AssetData, f: CardFile): boolean {
  return (a.state === undefined || a.state === 'uploaded') && a.size === f.size && (!a.digest || a.digest === `sha256:${f.sha256}`);
}

/** Whether an asset holds the file: by GitHub's digest, or (without one) by downloading and hashing it. */
async function assetHolds(gh: GitHubTarget, a: AssetData, f: CardFile): Promise<boolean> {
  if (!assetLooksRight(a, f)) return false;
  if (a.digest) return true;
  const got = await hashAsset(gh, a.id);
  return got.sha256 === f.sha256 && got.size === f.size;
}

/** The assets holding every file (path → asset), or undefined when one is missing or wrong; `ids` pins the expected asset ids. */
async function heldAssets(
  gh: GitHubTarget,
  m: ModelFiles,
  names: string[],
  assets: AssetData[],
  ids?: Record<string, AssetData>,
): Promise<Record<string, { id: number; name: string }> | undefined> {
  const out: Record<string, { id: number; name: string }> = {};
  for (const [i, f] of m.files.entries()) {
    const a = assets.find((x) => (ids ? x.id === ids[f.path]?.id : x.name === names[i]));
    if (!a || !(await assetHolds(gh, a, f))) return undefined;
    out[f.path] = { id: a.id, name: a.name };
  }
  return out;
}

/** Uploads what the draft lacks (a broken or incomplete asset is deleted first), then verifies every asset. */
async function fillDraft(
  gh: GitHubTarget,
  release: ReleaseData,
  m: ModelFiles,
  names: string[],
  log?: Logger,
): Promise<Record<string, AssetData>> {
  const { owner, repo } = gh;
  const existing = await listAssets(gh, release.id);
  const out: Record<string, AssetData> = {};
  for (const [i, f] of m.files.entries()) {
    const want = names[i]!;
    const have = existing.find((a) => a.name === want);
    if (have && (await assetHolds(gh, have, f))) {
      out[f.path] = have;
      continue;
    }
    if (have) await gh.octokit.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { owner, repo, asset_id: have.id });
    out[f.path] = await uploadAsset(gh, release, want, join(m.root, f.path), f.size, log);
  }
  // Verify what GitHub now lists, not what the uploads answered.
  const listed = await listAssets(gh, release.id);
  for (const f of m.files) {
    const a = listed.find((x) => x.id === out[f.path]!.id);
    if (!a || !(await assetHolds(gh, a, f))) {
      throw new UserError(
        `GitHub stored asset ${out[f.path]!.name} of the draft release ${release.tag_name} with ${a ? `${a.size} bytes (${a.digest ?? 'no digest'})` : 'nothing'}, expected ${f.size} bytes (sha256:${f.sha256})`,
        { fix: 'Re-run the job (it replaces the broken asset); nothing was registered' },
      );
    }
  }
  return out;
}

async function listAssets(gh: GitHubTarget, releaseId: number): Promise<AssetData[]> {
  const out: AssetData[] = [];
  for (let page = 1; ; page++) {
    const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/releases/{release_id}/assets', {
      owner: gh.owner,
      repo: gh.repo,
      release_id: releaseId,
      per_page: 100,
      page,
    });
    const list = data as AssetData[];
    out.push(...list);
    if (list.length < 100) return out;
  }
}

/** Streams one file to the release's upload URL; retried here (a consumed stream cannot be replayed by octokit's retry). */
async function uploadAsset(
  gh: GitHubTarget,
  release: ReleaseData,
  name: string,
  path: string,
  size: number,
  log?: Logger,
): Promise<AssetData> {
  const attempts = 3;
  for (let n = 1; ; n++) {
    try {
      const { data } = await gh.octokit.request(`POST ${release.upload_url}`, {
        name,
        data: Readable.toWeb(createReadStream(path, { highWaterMark: 1 << 20 })),
        headers: { 'content-type': 'application/octet-stream', 'content-length': size },
        request: { retries: 0 },
      });
      return data as AssetData;
    } catch (e) {
      const s = status(e);
      if (s === 422 && /already_exists/.test(errorBody(e))) {
        // An earlier attempt (whose answer was lost) or a concurrent run of the same files got there
        // first: that asset is checked by the verification that follows; a broken one fails it.
        const other = (await listAssets(gh, release.id)).find((a) => a.name === name);
        if (other) return other;
      }
      if (n >= attempts || (s !== undefined && s < 500 && s !== 429)) throw e;
      const wait = backoffMs(n, { ...DEFAULT_RETRY, baseMs: 1000 * (gh.timeScale ?? 1), maxMs: DEFAULT_RETRY.maxMs * (gh.timeScale ?? 1) });
      log?.info(`registry: uploading ${name} failed (${s ?? messageOf(e)}); retrying in ${wait} ms`);
      await sleep(wait);
    }
  }
}

/** An asset's bytes as a stream (GitHub answers with a redirect to its storage; fetch follows it). */
async function assetStream(gh: GitHubTarget, assetId: number): Promise<Readable> {
  let body: unknown;
  try {
    const r = await gh.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      owner: gh.owner,
      repo: gh.repo,
      asset_id: assetId,
      headers: { accept: 'application/octet-stream' },
      request: { parseSuccessResponseBody: false },
    });
    body = r.data;
  } catch (e) {
    throw releaseError(`download release asset ${assetId}`, e, gh);
  }
  return body instanceof ReadableStream
    ? Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>)
    : Readable.from([Buffer.from(body instanceof ArrayBuffer ? new Uint8Array(body) : (body as Uint8Array))]);
}

/** Streams an asset's bytes into `dest`, hashing them on the way. */
export async function downloadAsset(gh: GitHubTarget, assetId: number, dest: string): Promise<{ sha256: string; size: number }> {
  return copyHashed(await assetStream(gh, assetId), dest);
}

/** SHA-256 and size of an asset's bytes, streamed (for assets GitHub reports no digest for). */
async function hashAsset(gh: GitHubTarget, assetId: number): Promise<{ sha256: string; size: number }> {
  const { stream, result } = hashingStream();
  await pipeline(await assetStream(gh, assetId), stream, new Writable({ write: (_chunk, _enc, cb) => cb() }));
  return result();
}
