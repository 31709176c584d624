/**
 * The Actions runtime services that @actions/artifact (v2+) and @actions/cache (service v2) call,
 * emulated on loopback: the twirp JSON control plane at ACTIONS_RESULTS_URL
 * (github.actions.results.api.v1.ArtifactService and .CacheService) hands out SAS-signed URLs into
 * Azurite, which is the blob data plane, exactly as the real service hands out URLs into Azure Blob
 * Storage. `env()` gives the variables the runner sets for a step, to pass to runStep({ env }).
 *
 * What the libraries need (read from their source):
 *  - ACTIONS_RUNTIME_TOKEN: a JWT whose `scp` claim holds `Actions.Results:<runBackendId>:<jobBackendId>`
 *    (the artifact client reads the backend ids from it); sent as the bearer token.
 *  - ACTIONS_RESULTS_URL: the results service origin (both clients).
 *  - ACTIONS_CACHE_SERVICE_V2: any non-empty value selects cache service v2 (twirp).
 *  - GITHUB_SERVER_URL must be github.com (or *.ghe.com/*.localhost), else both think they are on
 *    GHES and refuse (runStep sets https://github.com).
 *
 * Cache scopes (https://docs.github.com/en/actions/using-workflows/caching-dependencies-to-speed-up-workflows#restrictions-for-accessing-a-cache,
 * "Restrictions for accessing a cache"): an entry belongs to the ref that saved it; a run can restore
 * entries of its own ref and of the refs its token may read (the default branch, and a pull request's
 * base branch), and write only to its own. The runner hands the scopes to the cache service in the
 * runtime token's `ac` claim, a JSON list of { Scope, Permission } with 1 read, 2 write, 3 both
 * (docker/actions-toolkit reads it: src/github.ts, printActionsRuntimeTokenACs; its fixture token
 * carries `[{"Scope":"refs/heads/master","Permission":3}]`). `env({ ref, readScopes })` sets them.
 *
 * Read-only cache (https://github.blog/changelog/2026-06-26-read-only-actions-cache-for-untrusted-triggers/):
 * a job whose `cache-mode` is read (the default for untrusted triggers) gets a token with no writable
 * scope and ACTIONS_CACHE_MODE=read. @actions/cache skips the save when the mode forbids it
 * (packages/cache/src/internal/config.ts, isCacheWritable) and otherwise the service refuses the
 * reservation with a message starting `cache write denied:` (packages/cache/src/cache.ts,
 * CACHE_WRITE_DENIED_PREFIX): saveCache then warns and returns -1. `env({ cacheWrite: false,
 * cacheMode })` models both.
 *
 * GitHub Enterprise Server (`env({ ghes: true })`): GITHUB_SERVER_URL is not github.com, so
 * @actions/cache uses the older v1 REST cache service at ACTIONS_CACHE_URL/_apis/artifactcache
 * (packages/cache/src/internal/config.ts getCacheServiceVersion; cacheHttpClient.ts for the calls) and
 * @actions/artifact v2 refuses with GHESNotSupportedError (packages/artifact/src/internal/client.ts).
 *
 * Simplifications: no retention clock, no size quota.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BlobSASPermissions, generateBlobSASQueryParameters } from '@azure/storage-blob';
import { startAzurite, type Azurite } from './azurite.ts';
import type { ArtifactStore } from './github-emulator/state.ts';

const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';
const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService';
const ARTIFACT_CONTAINER = 'actions-results';
const CACHE_CONTAINER = 'actions-cache';

export interface ArtifactRecord {
  id: number;
  name: string;
  /** GITHUB_RUN_ID of the run that uploaded it. */
  runId: number;
  runBackendId: string;
  jobBackendId: string;
  blobName: string;
  size: number;
  digest?: string;
  createdAt: string;
  finalized: boolean;
}

export interface CacheRecord {
  id: number;
  key: string;
  version: string;
  /** The ref whose run saved it (its cache scope). */
  scope: string;
  /** Which service stored it: v2 (twirp + blob) or v1 (the REST service GHES has). */
  service: 'v1' | 'v2';
  blobName: string;
  size: number;
  createdAt: string;
  finalized: boolean;
}

export interface TwirpCall {
  /** `cache-v1` for the REST cache service GHES uses (method: `GET cache`, `POST caches`, …). */
  service: 'artifact' | 'cache' | 'cache-v1';
  method: string;
  body: Record<string, unknown>;
  status: number;
}

export interface TwirpFault {
  status: number;
  code?: string;
  msg?: string;
}

export interface RuntimeServices {
  /** ACTIONS_RESULTS_URL. */
  resultsUrl: string;
  /** Azurite's blob endpoint (with the account). */
  blobUrl: string;
  /**
   * The step environment for a job of a workflow run: run GITHUB_RUN_ID `runId` (default 1234567890,
   * runStep's), job `job` (default `build`). Jobs of one run share its artifacts; another run's
   * artifacts are reached through the REST API (connect the emulator: github.useArtifactStore(...)).
   */
  env(o?: StepEnvOptions): Record<string, string>;
  /** The artifacts as the GitHub REST API serves them, for GitHubEmulator.useArtifactStore. */
  artifactStore(): ArtifactStore;
  /** Artifacts finalized (or still being uploaded) in this run. */
  artifacts(): ArtifactRecord[];
  /** The bytes an artifact stored in the blob store (a zip unless uploaded with skipArchive). */
  readArtifact(name: string): Promise<Buffer>;
  caches(): CacheRecord[];
  /** Every twirp call received. */
  calls: TwirpCall[];
  /** The next `times` calls of `method` (e.g. `CreateArtifact`) get a twirp error. */
  failNext(method: string, fault: TwirpFault, times?: number): void;
  /** Protocol problems (bad token, ids that do not match the token, unknown methods); assert empty. */
  violations: string[];
  /** Returns the violations so far and clears them (for tests that expect some). */
  takeViolations(): string[];
  assertNoViolations(): void;
  startupMs: { azurite: number; total: number };
  stop(): Promise<void>;
}

export interface StepEnvOptions {
  job?: string;
  runId?: number;
  /** The run's ref: its cache scope (default refs/heads/main). */
  ref?: string;
  /** Other refs whose caches it may restore, e.g. the default branch and a PR's base branch. */
  readScopes?: string[];
  /** False: the token has no writable cache scope (a read-only cache, e.g. an untrusted trigger). */
  cacheWrite?: boolean;
  /** ACTIONS_CACHE_MODE as the runner exports it (none, read, write, write-only); unset by default. */
  cacheMode?: string;
  /** A GitHub Enterprise Server job: GITHUB_SERVER_URL of a GHES host, the v1 cache service, no artifact service. */
  ghes?: boolean;
}

interface Scope {
  Scope: string;
  Permission: number;
}

function base64url(s: string | Buffer): string {
  return Buffer.from(s).toString('base64url');
}

/** ISO timestamp as protobuf's JSON mapping writes a google.protobuf.Timestamp. */
function timestamp(): string {
  return new Date().toISOString();
}

class TwirpError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, msg: string) {
    super(msg);
    this.status = status;
    this.code = code;
  }
}

export interface RuntimeServicesOptions {
  /** Share one Azurite between several services (each test file starts its own by default). */
  azurite?: Azurite;
  /** The repository the run belongs to (for the REST artifact endpoints); runStep's default. */
  repository?: string;
}

export async function startRuntimeServices(o: RuntimeServicesOptions = {}): Promise<RuntimeServices> {
  const started = performance.now();
  const azurite = o.azurite ?? (await startAzurite());
  const ownsAzurite = !o.azurite;
  await Promise.all([ARTIFACT_CONTAINER, CACHE_CONTAINER].map((c) => azurite.service.getContainerClient(c).createIfNotExists()));

  const secret = randomUUID();
  const repository = (o.repository ?? 'octo-org/ml-project').toLowerCase();
  const runs = new Map<number, string>(); // GITHUB_RUN_ID → run backend id
  const jobs = new Map<string, string>(); // `${runId}/${job}` → job backend id
  const artifacts: ArtifactRecord[] = [];
  const caches: CacheRecord[] = [];
  const calls: TwirpCall[] = [];
  const violations: string[] = [];
  const faults: { method: string; fault: TwirpFault; remaining: number }[] = [];
  let nextId = 1;

  function token(runBackendId: string, jobBackendId: string, ac: Scope[] = [{ Scope: 'refs/heads/main', Permission: 3 }]): string {
    const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
    const now = Math.floor(Date.now() / 1000);
    const payload = base64url(
      JSON.stringify({
        scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`,
        ac: JSON.stringify(ac),
        iss: 'vstoken.actions.githubusercontent.com',
        aud: 'vso:harness',
        nbf: now - 60,
        iat: now - 60,
        exp: now + 6 * 3600,
      }),
    );
    const signature = base64url(createHmac('sha256', secret).update(`${header}.${payload}`).digest());
    return `${header}.${payload}.${signature}`;
  }

  /** The (run, job) backend ids and cache scopes of a valid bearer token. */
  function verify(authorization: string | undefined): { run: string; job: string; scopes: Scope[] } {
    const m = /^Bearer (.+)$/.exec(authorization ?? '');
    if (!m) throw new TwirpError(401, 'unauthenticated', 'missing bearer token');
    const [h, p, s] = m[1]!.split('.');
    if (!h || !p || !s || base64url(createHmac('sha256', secret).update(`${h}.${p}`).digest()) !== s) {
      throw new TwirpError(401, 'unauthenticated', 'invalid ACTIONS_RUNTIME_TOKEN');
    }
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as { scp?: string; ac?: string };
    const results = String(claims.scp ?? '')
      .split(' ')
      .find((x) => x.startsWith('Actions.Results:'))!
      .split(':');
    return { run: results[1]!, job: results[2]!, scopes: JSON.parse(claims.ac ?? '[]') as Scope[] };
  }

  function sas(container: string, blobName: string, permissions: string, extra: { contentDisposition?: string } = {}): string {
    const query = generateBlobSASQueryParameters(
      {
        containerName: container,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        startsOn: new Date(Date.now() - 60_000),
        expiresOn: new Date(Date.now() + 3600_000),
        ...extra,
      },
      azurite.credential,
    ).toString();
    return `${azurite.blobUrl}/${container}/${blobName.split('/').map(encodeURIComponent).join('/')}?${query}`;
  }

  async function blobSize(container: string, blobName: string): Promise<number | undefined> {
    try {
      const props = await azurite.service.getContainerClient(container).getBlobClient(blobName).getProperties();
      return props.contentLength;
    } catch {
      return undefined;
    }
  }

  function checkIds(body: Record<string, unknown>, ids: { run: string; job: string }, method: string): void {
    const run = body['workflow_run_backend_id'];
    const job = body['workflow_job_run_backend_id'];
    if (run !== undefined && run !== ids.run)
      violations.push(`${method}: workflow_run_backend_id ${String(run)} is not the token's ${ids.run}`);
    if (job !== undefined && job !== ids.job && method !== 'GetSignedArtifactURL')
      violations.push(`${method}: workflow_job_run_backend_id ${String(job)} is not the token's ${ids.job}`);
  }

  const artifactMethods: Record<string, (b: Record<string, unknown>, ids: { run: string; job: string }) => Promise<unknown>> = {
    async CreateArtifact(b, ids) {
      const name = String(b['name'] ?? '');
      if (!name) throw new TwirpError(400, 'invalid_argument', 'name is required');
      if (artifacts.some((a) => a.runBackendId === ids.run && a.name === name && a.finalized)) {
        throw new TwirpError(409, 'already_exists', `an artifact with this name already exists on the workflow run`);
      }
      const blobName = `${ids.run}/${ids.job}/${name}`;
      const runId = [...runs.entries()].find(([, backend]) => backend === ids.run)![0];
      const record: ArtifactRecord = {
        id: nextId++,
        name,
        runId,
        runBackendId: ids.run,
        jobBackendId: ids.job,
        blobName,
        size: 0,
        createdAt: timestamp(),
        finalized: false,
      };
      for (let i = artifacts.length - 1; i >= 0; i--)
        if (artifacts[i]!.runBackendId === ids.run && artifacts[i]!.name === name) artifacts.splice(i, 1);
      artifacts.push(record);
      return { ok: true, signed_upload_url: sas(ARTIFACT_CONTAINER, blobName, 'cw') };
    },
    async FinalizeArtifact(b, ids) {
      const record = artifacts.find((a) => a.runBackendId === ids.run && a.name === b['name'] && !a.finalized);
      if (!record) throw new TwirpError(404, 'not_found', `no artifact upload named ${String(b['name'])} in progress`);
      const stored = await blobSize(ARTIFACT_CONTAINER, record.blobName);
      if (stored === undefined) throw new TwirpError(400, 'failed_precondition', 'the artifact was never uploaded to blob storage');
      const size = Number(b['size'] ?? 0);
      if (size !== stored) violations.push(`FinalizeArtifact: size ${size} but ${stored} bytes were uploaded`);
      record.size = stored;
      const hash = (b['hash'] as string | { value?: string } | undefined) ?? undefined;
      const digest = typeof hash === 'string' ? hash : hash?.value;
      if (digest) record.digest = digest;
      record.finalized = true;
      return { ok: true, artifact_id: String(record.id) };
    },
    async ListArtifacts(b, ids) {
      const nameFilter = b['name_filter'] as string | undefined;
      const idFilter = b['id_filter'] as string | undefined;
      const list = artifacts
        .filter((a) => a.finalized && a.runBackendId === ids.run)
        .filter((a) => nameFilter === undefined || a.name === nameFilter)
        .filter((a) => idFilter === undefined || String(a.id) === String(idFilter));
      return {
        artifacts: list.map((a) => ({
          workflow_run_backend_id: a.runBackendId,
          workflow_job_run_backend_id: a.jobBackendId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size),
          created_at: a.createdAt,
          ...(a.digest ? { digest: a.digest } : {}),
        })),
      };
    },
    async GetSignedArtifactURL(b, ids) {
      const record = artifacts.find((a) => a.finalized && a.runBackendId === ids.run && a.name === b['name']);
      if (!record) throw new TwirpError(404, 'not_found', `artifact ${String(b['name'])} not found`);
      const fileName = record.name.endsWith('.zip') ? record.name : `${record.name}.zip`;
      return { signed_url: sas(ARTIFACT_CONTAINER, record.blobName, 'r', { contentDisposition: `attachment; filename="${fileName}"` }) };
    },
    async DeleteArtifact(b, ids) {
      const index = artifacts.findIndex((a) => a.finalized && a.runBackendId === ids.run && a.name === b['name']);
      if (index < 0) throw new TwirpError(404, 'not_found', `artifact ${String(b['name'])} not found`);
      const [record] = artifacts.splice(index, 1);
      await azurite.service.getContainerClient(ARTIFACT_CONTAINER).getBlobClient(record!.blobName).deleteIfExists();
      return { ok: true, artifact_id: String(record!.id) };
    },
  };

  /** The scope a token writes to (its first with the write bit), or undefined for a read-only cache. */
  const writeScope = (scopes: Scope[]) => scopes.find((x) => (x.Permission & 2) !== 0)?.Scope;
  /** The entry a restore finds: per readable scope in the token's order, the exact key, then each restore key as a prefix, newest first. */
  function lookup(scopes: Scope[], service: 'v1' | 'v2', version: string, keys: string[]): CacheRecord | undefined {
    for (const { Scope: scope } of scopes.filter((x) => (x.Permission & 1) !== 0)) {
      const ready = caches
        .filter((c) => c.finalized && c.service === service && c.version === version && c.scope === scope)
        .sort((x, y) => y.id - x.id);
      const [primary, ...restore] = keys;
      const hit =
        ready.find((c) => c.key === primary) ?? restore.map((prefix) => ready.find((c) => c.key.startsWith(prefix))).find(Boolean);
      if (hit) return hit;
    }
    return undefined;
  }
  const WRITE_DENIED = 'cache write denied: token has no writable scopes';

  const cacheMethods: Record<string, (b: Record<string, unknown>, scopes: Scope[]) => Promise<unknown>> = {
    async CreateCacheEntry(b, scopes) {
      const key = String(b['key'] ?? '');
      const version = String(b['version'] ?? '');
      if (!key || !version) throw new TwirpError(400, 'invalid_argument', 'key and version are required');
      const scope = writeScope(scopes);
      if (!scope) return { ok: false, signed_upload_url: '', message: WRITE_DENIED };
      if (caches.some((c) => c.service === 'v2' && c.key === key && c.version === version && c.scope === scope)) {
        throw new TwirpError(409, 'already_exists', 'cache entry with the same key, version, and scope already exists');
      }
      const blobName = `${randomUUID()}/${key}`;
      caches.push({ id: nextId++, key, version, scope, service: 'v2', blobName, size: 0, createdAt: timestamp(), finalized: false });
      return { ok: true, signed_upload_url: sas(CACHE_CONTAINER, blobName, 'cw') };
    },
    async FinalizeCacheEntryUpload(b, scopes) {
      const entry = caches.find(
        (c) => c.service === 'v2' && c.key === b['key'] && c.version === b['version'] && c.scope === writeScope(scopes) && !c.finalized,
      );
      if (!entry) throw new TwirpError(404, 'not_found', 'no cache entry upload in progress for this key and version');
      const stored = await blobSize(CACHE_CONTAINER, entry.blobName);
      if (stored === undefined) throw new TwirpError(400, 'failed_precondition', 'the cache archive was never uploaded');
      if (Number(b['size_bytes'] ?? 0) !== stored)
        violations.push(`FinalizeCacheEntryUpload: size_bytes ${String(b['size_bytes'])} but ${stored} bytes were uploaded`);
      entry.size = stored;
      entry.finalized = true;
      return { ok: true, entry_id: String(entry.id) };
    },
    async GetCacheEntryDownloadURL(b, scopes) {
      const keys = [String(b['key'] ?? ''), ...((b['restore_keys'] as string[] | undefined) ?? [])];
      const hit = lookup(scopes, 'v2', String(b['version'] ?? ''), keys);
      if (!hit) return { ok: false, signed_download_url: '', matched_key: '' };
      return { ok: true, signed_download_url: sas(CACHE_CONTAINER, hit.blobName, 'r'), matched_key: hit.key };
    },
  };

  /** v1 archives (GHES's cache service keeps them itself; the archive URL is served here). */
  const v1Archives = new Map<number, { offset: number; data: Buffer }[]>();

  /**
   * The v1 REST cache service @actions/cache uses on GHES (cacheHttpClient.ts): GET cache?keys&version
   * (200 with archiveLocation, or 204), POST caches (reserve: { cacheId }), PATCH caches/{id} (chunks
   * with Content-Range), POST caches/{id} (commit with { size }); the archive is a plain GET.
   */
  async function handleV1(req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer): Promise<void> {
    const reply = (status: number, body?: unknown) => {
      res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    const rest = url.pathname.slice('/_apis/artifactcache/'.length);
    const call: TwirpCall = { service: 'cache-v1', method: `${req.method} ${rest.replace(/\d+/g, '{id}')}`, body: {}, status: 0 };
    const done = (status: number, body?: unknown) => {
      call.status = status;
      calls.push(call);
      reply(status, body);
    };
    const archive = /^archive\/(\d+)$/.exec(rest);
    if (archive && req.method === 'GET') {
      const entry = caches.find((c) => c.service === 'v1' && c.id === Number(archive[1]) && c.finalized);
      if (!entry) return done(404, { message: 'archive not found' });
      const data = Buffer.concat((v1Archives.get(entry.id) ?? []).map((p) => p.data));
      call.status = 200;
      calls.push(call);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(data.length) });
      res.end(data);
      return;
    }
    let ids: { scopes: Scope[] };
    try {
      ids = verify(req.headers['authorization']);
    } catch (e) {
      violations.push(`${req.method} ${req.url}: ${(e as Error).message}`);
      return done(401, { message: (e as Error).message });
    }
    if (!String(req.headers['accept'] ?? '').includes('api-version=6.0-preview.1'))
      violations.push(`${req.method} ${req.url}: the v1 cache service expects Accept: application/json;api-version=6.0-preview.1`);
    if (rest === 'cache' && req.method === 'GET') {
      const keys = (url.searchParams.get('keys') ?? '').split(',').filter(Boolean);
      const hit = lookup(ids.scopes, 'v1', url.searchParams.get('version') ?? '', keys);
      if (!hit) return done(204);
      return done(200, {
        cacheKey: hit.key,
        scope: hit.scope,
        cacheVersion: hit.version,
        creationTime: hit.createdAt,
        archiveLocation: `${resultsUrl}_apis/artifactcache/archive/${hit.id}`,
      });
    }
    if (rest === 'caches' && req.method === 'POST') {
      const b = JSON.parse(raw.toString() || '{}') as { key?: string; version?: string };
      call.body = b as Record<string, unknown>;
      const scope = writeScope(ids.scopes);
      if (!scope) return done(403, { message: WRITE_DENIED });
      if (!b.key || !b.version) return done(400, { message: 'key and version are required' });
      if (caches.some((c) => c.service === 'v1' && c.key === b.key && c.version === b.version && c.scope === scope)) {
        return done(409, { message: `Cache already exists. Scope: ${scope}, Key: ${b.key}, Version: ${b.version}` });
      }
      const id = nextId++;
      caches.push({
        id,
        key: b.key,
        version: b.version,
        scope,
        service: 'v1',
        blobName: '',
        size: 0,
        createdAt: timestamp(),
        finalized: false,
      });
      v1Archives.set(id, []);
      return done(201, { cacheId: id });
    }
    const entryPath = /^caches\/(\d+)$/.exec(rest);
    const entry = entryPath ? caches.find((c) => c.service === 'v1' && c.id === Number(entryPath[1]) && !c.finalized) : undefined;
    if (entryPath && !entry) return done(404, { message: 'no cache upload in progress with this id' });
    if (entry && req.method === 'PATCH') {
      const range = /^bytes (\d+)-(\d+)\/\*$/.exec(String(req.headers['content-range'] ?? ''));
      if (!range || Number(range[2]) - Number(range[1]) + 1 !== raw.length)
        violations.push(
          `PATCH ${rest}: Content-Range '${String(req.headers['content-range'])}' does not match the ${raw.length} bytes sent`,
        );
      v1Archives.get(entry.id)!.push({ offset: Number(range?.[1] ?? 0), data: raw });
      return done(204);
    }
    if (entry && req.method === 'POST') {
      const b = JSON.parse(raw.toString() || '{}') as { size?: number };
      call.body = b as Record<string, unknown>;
      const parts = v1Archives.get(entry.id)!.sort((x, y) => x.offset - y.offset);
      const size = parts.reduce((n, p) => n + p.data.length, 0);
      if (b.size !== size) violations.push(`POST ${rest}: size ${String(b.size)} but ${size} bytes were uploaded`);
      entry.size = size;
      entry.finalized = true;
      return done(204);
    }
    violations.push(`${req.method} ${req.url}: not a call of the v1 cache service`);
    return done(404, { message: 'not found' });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const v1Url = new URL(req.url ?? '/', 'http://x');
    if (v1Url.pathname.startsWith('/_apis/artifactcache/')) {
      await handleV1(req, res, v1Url, Buffer.concat(chunks));
      return;
    }
    const m = /^\/twirp\/([\w.]+)\/(\w+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    let body: Record<string, unknown> = {};
    const service = m?.[1] === ARTIFACT_SERVICE ? 'artifact' : m?.[1] === CACHE_SERVICE ? 'cache' : undefined;
    const method = m?.[2] ?? '';
    const call: TwirpCall = { service: service ?? 'artifact', method, body, status: 0 };
    try {
      if (req.method !== 'POST' || !service) throw new TwirpError(404, 'bad_route', `no handler for ${req.method} ${req.url}`);
      if (!String(req.headers['content-type']).startsWith('application/json'))
        throw new TwirpError(400, 'malformed', 'the emulator speaks twirp JSON only');
      body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown>;
      call.body = body;
      const ids = verify(req.headers['authorization']);
      const fault = faults.find((f) => f.method === method && f.remaining > 0);
      if (fault) {
        fault.remaining--;
        throw new TwirpError(fault.fault.status, fault.fault.code ?? 'internal', fault.fault.msg ?? 'injected fault');
      }
      const table = service === 'artifact' ? artifactMethods : cacheMethods;
      const fn = table[method];
      if (!fn) throw new TwirpError(404, 'bad_route', `${service} service has no method ${method}`);
      if (service === 'artifact') checkIds(body, ids, method);
      const out = await (service === 'artifact'
        ? (fn as (typeof artifactMethods)[string])(body, ids)
        : (fn as (typeof cacheMethods)[string])(body, ids.scopes));
      call.status = 200;
      reply(200, out);
    } catch (e) {
      const err = e instanceof TwirpError ? e : new TwirpError(500, 'internal', (e as Error).message);
      if (err.code === 'bad_route' || err.code === 'unauthenticated' || err.code === 'malformed')
        violations.push(`${req.method} ${req.url}: ${err.message}`);
      call.status = err.status;
      reply(err.status, { code: err.code, msg: err.message });
    } finally {
      calls.push(call);
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const resultsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  return {
    resultsUrl,
    blobUrl: azurite.blobUrl,
    env(eo: StepEnvOptions = {}) {
      const job = eo.job ?? 'build';
      const runId = eo.runId ?? 1234567890;
      let runBackendId = runs.get(runId);
      if (!runBackendId) {
        runBackendId = randomUUID();
        runs.set(runId, runBackendId);
      }
      let jobId = jobs.get(`${runId}/${job}`);
      if (!jobId) {
        jobId = randomUUID();
        jobs.set(`${runId}/${job}`, jobId);
      }
      const ref = eo.ref ?? 'refs/heads/main';
      const scopes: Scope[] = [
        { Scope: ref, Permission: eo.cacheWrite === false ? 1 : 3 },
        ...(eo.readScopes ?? []).filter((r) => r !== ref).map((r) => ({ Scope: r, Permission: 1 })),
      ];
      const env: Record<string, string> = {
        ACTIONS_RUNTIME_TOKEN: token(runBackendId, jobId, scopes),
        ACTIONS_RESULTS_URL: resultsUrl,
        ACTIONS_CACHE_SERVICE_V2: 'True',
        ACTIONS_CACHE_URL: resultsUrl,
        GITHUB_SERVER_URL: 'https://github.com',
        ...(eo.ref ? { GITHUB_REF: eo.ref } : {}),
        GITHUB_JOB: job,
        GITHUB_RUN_ID: String(runId),
      };
      if (eo.cacheMode !== undefined) env['ACTIONS_CACHE_MODE'] = eo.cacheMode;
      if (eo.ghes) {
        // GHES announces no v2 cache service; the toolkit picks v1 from the server URL anyway.
        delete env['ACTIONS_CACHE_SERVICE_V2'];
        env['GITHUB_SERVER_URL'] = 'https://ghes.example.internal';
      }
      return env;
    },
    artifactStore: () => ({
      list: (repo) =>
        repo.toLowerCase() !== repository
          ? []
          : artifacts
              .filter((a) => a.finalized)
              .map((a) => ({
                id: a.id,
                name: a.name,
                size: a.size,
                createdAt: a.createdAt.replace(/\.\d{3}Z$/, 'Z'),
                runId: a.runId,
                ...(a.digest ? { digest: a.digest } : {}),
              })),
      downloadUrl: async (id) => {
        const a = artifacts.find((x) => x.finalized && x.id === id);
        if (!a) throw new Error(`no artifact ${id}`);
        return sas(ARTIFACT_CONTAINER, a.blobName, 'r', {
          contentDisposition: `attachment; filename="${a.name.endsWith('.zip') ? a.name : `${a.name}.zip`}"`,
        });
      },
      delete: async (id) => {
        const index = artifacts.findIndex((x) => x.finalized && x.id === id);
        if (index < 0) return false;
        const [a] = artifacts.splice(index, 1);
        await azurite.service.getContainerClient(ARTIFACT_CONTAINER).getBlobClient(a!.blobName).deleteIfExists();
        return true;
      },
    }),
    artifacts: () => artifacts.filter((a) => a.finalized),
    async readArtifact(name) {
      const record = artifacts.find((a) => a.finalized && a.name === name);
      if (!record) throw new Error(`no artifact named ${name} (have: ${artifacts.map((a) => a.name).join(', ') || 'none'})`);
      return azurite.service.getContainerClient(ARTIFACT_CONTAINER).getBlobClient(record.blobName).downloadToBuffer();
    },
    caches: () => caches.filter((c) => c.finalized),
    calls,
    failNext(method, fault, times = 1) {
      faults.push({ method, fault, remaining: times });
    },
    violations,
    takeViolations: () => violations.splice(0, violations.length),
    assertNoViolations() {
      if (violations.length) throw new Error(`the runtime services saw protocol problems:\n- ${violations.join('\n- ')}`);
    },
    startupMs: { azurite: azurite.startupMs, total: performance.now() - started },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      if (ownsAzurite) await azurite.stop();
    },
  };
}
