import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { UserError, messageOf } from '@mlops-actions/errors';
import { backoffMs, sleep, DEFAULT_RETRY } from './backend.ts';
import type { CardFile, GitHubTarget, Logger, StoreLocation } from './types.ts';
import { copyHashed, sha256File } from './verify.ts';

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
    await mkdir(join(dir, name), { recursive: true });
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
    throw new UserError(`cannot store the model files in ${dir}: ${messageOf(e)}`, { fix: 'Use a writable directory for store: file:<dir>' });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { location, created: true, remove };
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

/** The Release that holds the files of one model digest (content-addressed, like the file store). */
export function releaseTag(name: string, digestHex: string): string {
  return `mlops-registry/${name}/sha256-${digestHex.slice(0, 16)}`;
}

/** Asset names are flat and GitHub rewrites unusual characters: `dir/model.pkl` → `dir--model.pkl`. */
export function assetNames(paths: readonly string[]): string[] {
  const used = new Set<string>();
  return paths.map((p, i) => {
    let n = p.replace(/\//g, '--').replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[.]/, '_');
    if (used.has(n)) n = `${i}-${n}`;
    used.add(n);
    return n;
  });
}

function releaseError(action: string, e: unknown, gh: GitHubTarget): UserError {
  const s = status(e);
  const fix =
    s === 403 || s === 404
      ? "Give the job 'permissions: contents: write' (Release assets need it), or use store: registry or store: file:<dir>"
      : 'Re-run the job; if it keeps failing, check GitHub status or use another store';
  return new UserError(`cannot ${action} in ${gh.owner}/${gh.repo} (${s ?? 'no status'}: ${messageOf(e)})`, { fix });
}

/**
 * Uploads the files as assets of a Release tagged `mlops-registry/<name>/sha256-<16 hex>`, a
 * pre-release never marked latest. Existing complete assets of the right size (and digest, where
 * GitHub reports one) are kept, so a re-run does not upload again.
 */
export async function putReleaseStore(gh: GitHubTarget, name: string, m: ModelFiles, log?: Logger): Promise<Stored> {
  const tag = releaseTag(name, m.digestHex);
  const { owner, repo } = gh;
  let release: ReleaseData;
  let created = false;
  try {
    release = (await gh.octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner, repo, tag })).data as ReleaseData;
  } catch (e) {
    if (status(e) !== 404) throw releaseError('look up the model files release', e, gh);
    try {
      release = (
        await gh.octokit.request('POST /repos/{owner}/{repo}/releases', {
          owner,
          repo,
          tag_name: tag,
          name: `Model files: ${name} (sha256:${m.digestHex.slice(0, 12)}…)`,
          body: `Files of model \`${name}\`, digest \`sha256:${m.digestHex}\`, stored by the MLOps registry. The registry branch's model card names the version and lists every file's sha256. Do not edit these assets.`,
          prerelease: true,
          make_latest: 'false',
        })
      ).data as ReleaseData;
      created = true;
    } catch (e2) {
      throw releaseError('create a release for the model files', e2, gh);
    }
  }
  const remove = async () => {
    await gh.octokit.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: release.id }).catch(() => undefined);
    await gh.octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { owner, repo, ref: `tags/${tag}` }).catch(() => undefined);
  };
  try {
    const existing = await listAssets(gh, release.id);
    const names = assetNames(m.files.map((f) => f.path));
    const assets: Record<string, { id: number; name: string }> = {};
    for (const [i, f] of m.files.entries()) {
      const want = names[i]!;
      const have = existing.find((a) => a.name === want);
      if (have && have.state !== 'starter' && have.size === f.size && (!have.digest || have.digest === `sha256:${f.sha256}`)) {
        assets[f.path] = { id: have.id, name: have.name };
        continue;
      }
      if (have) await gh.octokit.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { owner, repo, asset_id: have.id });
      const up = await uploadAsset(gh, release, want, join(m.root, f.path), f.size, log);
      if (up.size !== f.size || (up.digest && up.digest !== `sha256:${f.sha256}`)) {
        throw new UserError(`GitHub stored asset ${up.name} with ${up.size} bytes (${up.digest ?? 'no digest'}), expected ${f.size} bytes (sha256:${f.sha256})`, {
          fix: 'Re-run the job; nothing was registered',
        });
      }
      assets[f.path] = { id: up.id, name: up.name };
    }
    return { location: { kind: 'release', owner, repo, tag, releaseId: release.id, assets }, created, remove: created ? remove : async () => undefined };
  } catch (e) {
    if (created) await remove();
    if (e instanceof UserError) throw e;
    throw releaseError('upload the model files', e, gh);
  }
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
async function uploadAsset(gh: GitHubTarget, release: ReleaseData, name: string, path: string, size: number, log?: Logger): Promise<AssetData> {
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
      if (n >= attempts || (s !== undefined && s < 500 && s !== 429)) throw e;
      const wait = backoffMs(n, { ...DEFAULT_RETRY, baseMs: 1000 });
      log?.info(`registry: uploading ${name} failed (${s ?? messageOf(e)}); retrying in ${wait} ms`);
      await sleep(wait);
    }
  }
}

/** Streams an asset's bytes (GitHub answers with a redirect to its storage; fetch follows it). */
export async function downloadAsset(gh: GitHubTarget, assetId: number, dest: string): Promise<{ sha256: string; size: number }> {
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
  const stream =
    body instanceof ReadableStream
      ? Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>)
      : Readable.from([Buffer.from(body instanceof ArrayBuffer ? new Uint8Array(body) : (body as Uint8Array))]);
  return copyHashed(stream, dest);
}
