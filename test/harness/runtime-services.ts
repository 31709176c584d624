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
 * Simplifications: one cache scope (no per-branch isolation), no retention clock.
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
  blobName: string;
  size: number;
  createdAt: string;
  finalized: boolean;
}

export interface TwirpCall {
  service: 'artifact' | 'cache';
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
  env(o?: { job?: string; runId?: number }): Record<string, string>;
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

  function token(runBackendId: string, jobBackendId: string): string {
    const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
    const now = Math.floor(Date.now() / 1000);
    const payload = base64url(
      JSON.stringify({
        scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`,
        ac: JSON.stringify([{ Scope: 'refs/heads/main', Permission: 3 }]),
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

  /** The (run, job) backend ids of a valid bearer token. */
  function verify(authorization: string | undefined): { run: string; job: string } {
    const m = /^Bearer (.+)$/.exec(authorization ?? '');
    if (!m) throw new TwirpError(401, 'unauthenticated', 'missing bearer token');
    const [h, p, s] = m[1]!.split('.');
    if (!h || !p || !s || base64url(createHmac('sha256', secret).update(`${h}.${p}`).digest()) !== s) {
      throw new TwirpError(401, 'unauthenticated', 'invalid ACTIONS_RUNTIME_TOKEN');
    }
    const scp = String((JSON.parse(Buffer.from(p, 'base64url').toString()) as { scp?: string }).scp ?? '');
    const results = scp.split(' ').find((x) => x.startsWith('Actions.Results:'))!.split(':');
    return { run: results[1]!, job: results[2]! };
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
    if (run !== undefined && run !== ids.run) violations.push(`${method}: workflow_run_backend_id ${String(run)} is not the token's ${ids.run}`);
    if (job !== undefined && job !== ids.job && method !== 'GetSignedArtifactURL') violations.push(`${method}: workflow_job_run_backend_id ${String(job)} is not the token's ${ids.job}`);
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
      const record: ArtifactRecord = { id: nextId++, name, runId, runBackendId: ids.run, jobBackendId: ids.job, blobName, size: 0, createdAt: timestamp(), finalized: false };
      for (let i = artifacts.length - 1; i >= 0; i--) if (artifacts[i]!.runBackendId === ids.run && artifacts[i]!.name === name) artifacts.splice(i, 1);
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

  const cacheMethods: Record<string, (b: Record<string, unknown>) => Promise<unknown>> = {
    async CreateCacheEntry(b) {
      const key = String(b['key'] ?? '');
      const version = String(b['version'] ?? '');
      if (!key || !version) throw new TwirpError(400, 'invalid_argument', 'key and version are required');
      if (caches.some((c) => c.key === key && c.version === version)) {
        throw new TwirpError(409, 'already_exists', 'cache entry with the same key, version, and scope already exists');
      }
      const blobName = `${randomUUID()}/${key}`;
      caches.push({ id: nextId++, key, version, blobName, size: 0, createdAt: timestamp(), finalized: false });
      return { ok: true, signed_upload_url: sas(CACHE_CONTAINER, blobName, 'cw') };
    },
    async FinalizeCacheEntryUpload(b) {
      const entry = caches.find((c) => c.key === b['key'] && c.version === b['version'] && !c.finalized);
      if (!entry) throw new TwirpError(404, 'not_found', 'no cache entry upload in progress for this key and version');
      const stored = await blobSize(CACHE_CONTAINER, entry.blobName);
      if (stored === undefined) throw new TwirpError(400, 'failed_precondition', 'the cache archive was never uploaded');
      if (Number(b['size_bytes'] ?? 0) !== stored) violations.push(`FinalizeCacheEntryUpload: size_bytes ${String(b['size_bytes'])} but ${stored} bytes were uploaded`);
      entry.size = stored;
      entry.finalized = true;
      return { ok: true, entry_id: String(entry.id) };
    },
    async GetCacheEntryDownloadURL(b) {
      const key = String(b['key'] ?? '');
      const version = String(b['version'] ?? '');
      const ready = caches.filter((c) => c.finalized && c.version === version).sort((x, y) => y.id - x.id);
      // Exact primary key first, then each restore key as a prefix, newest entry first.
      let hit = ready.find((c) => c.key === key);
      for (const prefix of (b['restore_keys'] as string[] | undefined) ?? []) {
        if (hit) break;
        hit = ready.find((c) => c.key.startsWith(prefix));
      }
      if (!hit) return { ok: false, signed_download_url: '', matched_key: '' };
      return { ok: true, signed_download_url: sas(CACHE_CONTAINER, hit.blobName, 'r'), matched_key: hit.key };
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
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
      if (!String(req.headers['content-type']).startsWith('application/json')) throw new TwirpError(400, 'malformed', 'the emulator speaks twirp JSON only');
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
      const out = await (service === 'artifact' ? (fn as (typeof artifactMethods)[string])(body, ids) : (fn as (typeof cacheMethods)[string])(body));
      call.status = 200;
      reply(200, out);
    } catch (e) {
      const err = e instanceof TwirpError ? e : new TwirpError(500, 'internal', (e as Error).message);
      if (err.code === 'bad_route' || err.code === 'unauthenticated' || err.code === 'malformed') violations.push(`${req.method} ${req.url}: ${err.message}`);
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
    env(eo = {}) {
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
      return {
        ACTIONS_RUNTIME_TOKEN: token(runBackendId, jobId),
        ACTIONS_RESULTS_URL: resultsUrl,
        ACTIONS_CACHE_SERVICE_V2: 'True',
        ACTIONS_CACHE_URL: resultsUrl,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_JOB: job,
        GITHUB_RUN_ID: String(runId),
      };
    },
    artifactStore: () => ({
      list: (repo) =>
        repo.toLowerCase() !== repository
          ? []
          : artifacts.filter((a) => a.finalized).map((a) => ({ id: a.id, name: a.name, size: a.size, createdAt: a.createdAt.replace(/\.\d{3}Z$/, 'Z'), runId: a.runId, ...(a.digest ? { digest: a.digest } : {}) })),
      downloadUrl: async (id) => {
        const a = artifacts.find((x) => x.finalized && x.id === id);
        if (!a) throw new Error(`no artifact ${id}`);
        return sas(ARTIFACT_CONTAINER, a.blobName, 'r', { contentDisposition: `attachment; filename="${a.name.endsWith('.zip') ? a.name : `${a.name}.zip`}"` });
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
