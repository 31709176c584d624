/**
 * The model server: a plain node:http server for the serving folder that the deploy action's
 * `directory` target maintains:
 *
 *   <dir>/releases/<version>/   a release: model.json and model-meta.json (or one folder holding them)
 *   <dir>/current               symlink to the active release, switched atomically by a deploy
 *
 * Every request resolves `current` (one realpath and one stat, a few microseconds), so a deploy or a
 * rollback takes effect with the next request, without a restart or a file watcher. A release is loaded
 * once and kept until the link points elsewhere (or the release folder changes); a release that fails
 * to load is remembered as broken, so a bad deploy answers 503 on /health and /predict until the link
 * moves on.
 *
 * The deploy action's directory target also writes `.mlops-release.json` into each release (the
 * registered model name, version and digest); when it is there, /health reports those, so the deploy's
 * health check can expect `version` and `digest == {digest}`. Without it, the version is the release
 * folder's name, the model the name in model-meta.json, and the digest the sha256 of model.json.
 *
 *   GET  /health   200 {status: "ok", model, version, digest}, or 503 {status: "no-model" | "unhealthy", error}
 *   POST /predict  {"rows": [{column: value, ...}, ...]} (or a bare array, or one row object)
 *                  → 200 {model, version, predictions: [0|1, ...], probabilities: [...]}
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { FeatureError } from './features.ts';
import { loadModel, ModelLoadError, type LoadedModel } from './model.ts';

export interface ModelServerOptions {
  /** The serving folder (holds `current` and `releases/`). */
  dir: string;
  /** Where load and switch events go; one line each. */
  log?: (line: string) => void;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Most rows in one /predict request. */
  maxRows?: number;
}

/** Written into each release by the deploy action's directory target. */
export const RELEASE_MARKER = '.mlops-release.json';

interface Identity {
  model: string;
  version: string;
  digest: string;
}

type Release =
  | { kind: 'none'; error: string }
  | { kind: 'ok'; key: string; version: string; model: LoadedModel; identity: Identity }
  | { kind: 'broken'; key: string; version: string; error: string };

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** The body as text; a body over the limit is drained (so the connection stays usable) and refused. */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit)
    return Promise.reject(new HttpError(413, `the request body is larger than ${limit} bytes`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > limit) reject(new HttpError(413, `the request body is larger than ${limit} bytes`));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/** What /health reports: the deploy's marker where there is one, else what the files say. */
async function identityOf(dir: string, model: LoadedModel, folderName: string): Promise<Identity> {
  const fallback: Identity = { model: model.meta.name, version: folderName, digest: model.digest };
  let text: string;
  try {
    text = await readFile(join(dir, RELEASE_MARKER), 'utf8');
  } catch {
    return fallback;
  }
  let marker: Partial<Record<keyof Identity, unknown>>;
  try {
    marker = JSON.parse(text) as typeof marker;
  } catch (e) {
    throw new ModelLoadError(`${join(dir, RELEASE_MARKER)} is not valid JSON: ${(e as Error).message}`);
  }
  const pick = (k: keyof Identity) => (typeof marker[k] === 'string' && marker[k] !== '' ? (marker[k] as string) : fallback[k]);
  return { model: pick('model'), version: pick('version'), digest: pick('digest') };
}

/** The rows of a /predict body: {"rows": [...]}, a bare array, or one row object. */
function rowsOf(body: unknown, maxRows: number): Record<string, unknown>[] {
  let rows: unknown;
  if (Array.isArray(body)) rows = body;
  else if (body && typeof body === 'object' && 'rows' in body) rows = (body as { rows: unknown }).rows;
  else if (body && typeof body === 'object') rows = [body];
  else throw new HttpError(400, 'the body must be {"rows": [...]}, an array of rows, or one row object');
  if (!Array.isArray(rows)) throw new HttpError(400, '"rows" must be an array of row objects');
  if (rows.length === 0) throw new HttpError(400, 'no rows to predict');
  if (rows.length > maxRows) throw new HttpError(413, `at most ${maxRows} rows per request, got ${rows.length}`);
  rows.forEach((r, i) => {
    if (!r || typeof r !== 'object' || Array.isArray(r)) throw new HttpError(400, `row ${i} must be an object keyed by column name`);
  });
  return rows as Record<string, unknown>[];
}

export function createModelServer(o: ModelServerOptions): Server {
  const log = o.log ?? (() => undefined);
  const maxBody = o.maxBodyBytes ?? 5 * 1024 * 1024;
  const maxRows = o.maxRows ?? 10_000;
  const link = join(o.dir, 'current');
  let current: Release | undefined;
  let pending: { key: string; promise: Promise<Release> } | undefined;

  /** The release `current` points at, loaded once per (target, folder change). */
  async function release(): Promise<Release> {
    let target: string;
    let key: string;
    try {
      target = await realpath(link);
      const s = await stat(target);
      key = `${target}|${s.ino}|${s.mtimeMs}`;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const none: Release = {
        kind: 'none',
        error:
          code === 'ENOENT'
            ? `nothing deployed yet: ${link} does not exist or points nowhere`
            : `cannot resolve ${link}: ${code ?? String(e)}`,
      };
      if (current?.kind !== 'none') log(none.error);
      current = none;
      return none;
    }
    if (current && current.kind !== 'none' && current.key === key) return current;
    if (pending?.key === key) return pending.promise;
    const folder = basename(target);
    const load = async (): Promise<Release> => {
      try {
        const model = await loadModel(target);
        const identity = await identityOf(target, model, folder);
        log(`serving ${identity.model} version ${identity.version} (${identity.digest}) from ${target}`);
        return { kind: 'ok', key, version: identity.version, model, identity };
      } catch (e) {
        if (!(e instanceof ModelLoadError)) throw e;
        log(`release ${folder} cannot be served: ${e.message}`);
        return { kind: 'broken', key, version: folder, error: e.message };
      }
    };
    const promise = load();
    pending = { key, promise };
    try {
      const r = await promise;
      current = r;
      return r;
    } finally {
      if (pending?.key === key) pending = undefined;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/health') {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'use GET /health');
      const r = await release();
      if (r.kind === 'ok') {
        send(res, 200, { status: 'ok', ...r.identity });
      } else if (r.kind === 'broken') {
        send(res, 503, { status: 'unhealthy', version: r.version, error: r.error });
      } else {
        send(res, 503, { status: 'no-model', error: r.error });
      }
      return;
    }
    if (path === '/predict') {
      if (req.method !== 'POST') throw new HttpError(405, 'use POST /predict with a JSON body');
      const text = await readBody(req, maxBody);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (e) {
        throw new HttpError(400, `the body is not valid JSON: ${(e as Error).message}`);
      }
      const rows = rowsOf(body, maxRows);
      const r = await release();
      if (r.kind !== 'ok') throw new HttpError(503, r.error);
      let out;
      try {
        out = r.model.predict(rows);
      } catch (e) {
        if (e instanceof FeatureError) {
          // Name the row: find the first one that fails on its own.
          const bad = rows.findIndex((row) => {
            try {
              r.model.predict([row]);
              return false;
            } catch {
              return true;
            }
          });
          throw new HttpError(400, `row ${bad}: ${e.message}`);
        }
        throw e;
      }
      send(res, 200, {
        model: r.identity.model,
        version: r.identity.version,
        predictions: out.predictions,
        probabilities: out.probabilities,
      });
      return;
    }
    throw new HttpError(404, `no such endpoint ${path}: use GET /health or POST /predict`);
  }

  return createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (e instanceof HttpError) {
        const headers: Record<string, string> = {};
        if (e.status === 405) headers['allow'] = req.url?.startsWith('/predict') ? 'POST' : 'GET, HEAD';
        // A body refused unread must not be taken for the next request: close the connection.
        if (!req.complete) headers['connection'] = 'close';
        send(res, e.status, { error: e.message }, headers);
      } else {
        log(`internal error: ${(e as Error)?.stack ?? String(e)}`);
        if (!res.headersSent) send(res, 500, { error: 'internal error' });
        else res.destroy();
      }
    });
  });
}
