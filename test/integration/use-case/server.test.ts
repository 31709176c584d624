/**
 * The model server as a user runs it (serve.ts in its own process, real HTTP on loopback), fed by a
 * serving folder laid out as the deploy action's directory target lays it out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBatches } from '../../../workflows-examples/use-case/src/generator.ts';
import { createModelServer } from '../../../workflows-examples/use-case/src/server.ts';
import { DEFAULT_PARAMS, train } from '../../../workflows-examples/use-case/src/trainer.ts';
import { tempDir } from '../../harness/temp.ts';

const SERVE = join(import.meta.dirname, '../../../workflows-examples/use-case/src/serve.ts');

let dir: string;
let serving: string;
let server: ChildProcess;
let base: string;
let output = '';

/** Switches <serving>/current to releases/<version> the way a deploy does: a new link renamed over the old. */
async function activate(version: string): Promise<void> {
  const tmp = join(serving, `.current-${version}-${Math.random().toString(16).slice(2)}`);
  await symlink(join('releases', version), tmp);
  await rename(tmp, join(serving, 'current'));
}

async function call(method: string, path: string, body?: string): Promise<{ status: number; json: any; headers: Record<string, unknown> }> {
  const res = await fetch(`${base}${path}`, {
    method,
    ...(body === undefined ? {} : { body, headers: { 'content-type': 'application/json' } }),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined, headers: Object.fromEntries(res.headers) };
}

/** Held-out rows of batch 1 as request rows, with the trainer's predictions for them. */
async function heldOutRows(modelDir: string) {
  const preds = (await readFile(join(modelDir, 'predictions.csv'), 'utf8'))
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  const [header, ...lines] = (await readFile(join(dir, 'data', 'batch-0001.csv'), 'utf8')).trimEnd().split('\n');
  const cols = header!.split(',');
  const byUdi = new Map(
    lines.map((l) => [l.split(',')[0], Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, i === 2 || i === 1 ? v : Number(v)]))]),
  );
  return preds.slice(0, 50).map(([udi, , cand, score]) => ({ row: byUdi.get(udi)!, prediction: Number(cand), score: Number(score) }));
}

beforeAll(async () => {
  dir = await tempDir('use-case-serve-');
  await writeBatches({ out: join(dir, 'data'), batches: [1], rowsPerBatch: 3000, scenario: 'none', driftStart: 2, seed: 5 });
  const params = { ...DEFAULT_PARAMS, trees: 20 };
  await train({ data: [join(dir, 'data')], out: join(dir, 'v1'), name: 'machine-failure', params });
  await train({ data: [join(dir, 'data')], out: join(dir, 'v2'), name: 'machine-failure', params, break: true });
  await train({ data: [join(dir, 'data')], out: join(dir, 'v3'), name: 'machine-failure', params: { ...params, seed: 7 } });
  serving = join(dir, 'serving');
  await mkdir(join(serving, 'releases'), { recursive: true });
  for (const v of ['v1', 'v2', 'v3']) await cp(join(dir, v), join(serving, 'releases', v), { recursive: true });

  server = spawn(process.execPath, [SERVE, '--dir', serving, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  server.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${output}`)), 20_000);
    server.stdout!.on('data', () => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    server.once('exit', (code) => reject(new Error(`the server exited (${code}): ${output}`)));
  });
});

afterAll(async () => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
});

describe('model server (serve.ts)', () => {
  it('prints the port it chose for --port 0', () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(base).not.toMatch(/:0$/);
  });

  it('answers 503 no-model before anything is deployed', async () => {
    const h = await call('GET', '/health');
    expect(h.status).toBe(503);
    expect(h.json).toMatchObject({ status: 'no-model' });
    expect((await call('POST', '/predict', '[]')).status).toBe(400);
    const p = await call('POST', '/predict', JSON.stringify({ rows: [{ Type: 'L' }] }));
    expect(p.status).toBe(503);
    expect(p.json.error).toMatch(/nothing deployed yet/);
  });

  it('serves the release current points at: health names model, version and the digest of model.json', async () => {
    await activate('v1');
    const h = await call('GET', '/health');
    expect(h.status).toBe(200);
    const digest = createHash('sha256')
      .update(await readFile(join(serving, 'releases', 'v1', 'model.json')))
      .digest('hex');
    expect(h.json).toEqual({ status: 'ok', model: 'machine-failure', version: 'v1', digest: `sha256:${digest}` });
    expect(h.headers['content-type']).toMatch(/application\/json/);
  });

  it('predicts what the trainer predicted for the same rows', async () => {
    const rows = await heldOutRows(join(dir, 'v1'));
    const r = await call('POST', '/predict', JSON.stringify({ rows: rows.map((x) => x.row) }));
    expect(r.status).toBe(200);
    expect(r.json.version).toBe('v1');
    expect(r.json.predictions).toEqual(rows.map((x) => x.prediction));
    r.json.probabilities.forEach((p: number, i: number) => expect(p).toBeCloseTo(rows[i]!.score, 9));
    // One row object and a bare array are accepted too.
    const one = await call('POST', '/predict', JSON.stringify(rows[0]!.row));
    expect(one.json.predictions).toEqual([rows[0]!.prediction]);
    const bare = await call('POST', '/predict', JSON.stringify([rows[1]!.row, rows[2]!.row]));
    expect(bare.json.predictions).toEqual([rows[1]!.prediction, rows[2]!.prediction]);
  });

  it('reports a broken release as unhealthy (503) and refuses to predict with it', async () => {
    await activate('v2');
    const h = await call('GET', '/health');
    expect(h.status).toBe(503);
    expect(h.json).toMatchObject({ status: 'unhealthy', version: 'v2' });
    expect(h.json.error).toMatch(/self-test failed/);
    const rows = await heldOutRows(join(dir, 'v1'));
    expect((await call('POST', '/predict', JSON.stringify([rows[0]!.row]))).status).toBe(503);
  });

  it('serves the previous release again after a rollback, without a restart', async () => {
    await activate('v1');
    const h = await call('GET', '/health');
    expect(h.status).toBe(200);
    expect(h.json.version).toBe('v1');
    expect(output).toMatch(/release v2 cannot be served: self-test failed/);
  });

  it("reports the deploy's release marker (registered model, version, digest) when the release has one", async () => {
    const marker = {
      model: 'pm-failure',
      version: '7',
      digest: 'sha256:' + 'ab'.repeat(32),
      environment: 'staging',
      staged_at: '2025-01-01T00:00:00.000Z',
    };
    await cp(join(serving, 'releases', 'v1'), join(serving, 'releases', '7'), { recursive: true });
    await writeFile(join(serving, 'releases', '7', '.mlops-release.json'), JSON.stringify(marker));
    await activate('7');
    const h = await call('GET', '/health');
    expect(h.json).toEqual({ status: 'ok', model: 'pm-failure', version: '7', digest: marker.digest });
    const rows = await heldOutRows(join(dir, 'v1'));
    expect((await call('POST', '/predict', JSON.stringify([rows[0]!.row]))).json).toMatchObject({ model: 'pm-failure', version: '7' });
    await activate('v1');
  });

  it('never answers anything but a healthy v1 or v3 while current is switched between them', async () => {
    let switching = true;
    const switcher = (async () => {
      for (let i = 0; i < 40; i++) await activate(i % 2 ? 'v1' : 'v3');
      switching = false;
    })();
    const seen = new Set<string>();
    let polls = 0;
    while (switching || polls < 20) {
      const h = await call('GET', '/health');
      expect(h.status).toBe(200);
      seen.add(h.json.version);
      polls++;
    }
    await switcher;
    expect([...seen].every((v) => v === 'v1' || v === 'v3')).toBe(true);
    await activate('v1');
  });

  it.each([
    ['POST', '/predict', '{"rows": [', 400, /not valid JSON/],
    ['POST', '/predict', '{"rows": 5}', 400, /"rows" must be an array/],
    ['POST', '/predict', '"text"', 400, /the body must be/],
    ['POST', '/predict', '[1]', 400, /row 0 must be an object/],
    ['GET', '/predict', undefined, 405, /use POST/],
    ['POST', '/health', '{}', 405, /use GET/],
    ['GET', '/metrics', undefined, 404, /no such endpoint/],
  ])('%s %s %s → %i', async (method, path, body, status, message) => {
    const r = await call(method, path, body);
    expect(r.status).toBe(status);
    expect(r.json.error).toMatch(message);
    if (status === 405) expect(r.headers['allow']).toBeTruthy();
  });

  it('names the row and the column of a bad value', async () => {
    const rows = await heldOutRows(join(dir, 'v1'));
    const bad = { ...rows[1]!.row, 'Torque [Nm]': 'high' };
    const r = await call('POST', '/predict', JSON.stringify({ rows: [rows[0]!.row, bad] }));
    expect(r.status).toBe(400);
    expect(r.json.error).toBe(`row 1: 'Torque [Nm]' is not a number: "high"`);
  });

  it('stops cleanly on SIGTERM', async () => {
    const code = await new Promise<number | null>((resolve) => {
      server.once('exit', (c) => resolve(c));
      server.kill('SIGTERM');
    });
    expect(code).toBe(0);
  });
});

describe('createModelServer limits', () => {
  it('refuses a body over the limit with 413 and closes the connection', async () => {
    const s = createModelServer({ dir: join(tmpdir(), 'no-such-serving-dir'), maxBodyBytes: 1000, maxRows: 2 });
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
    const port = (s.address() as { port: number }).port;
    try {
      const big = JSON.stringify({ rows: [{ pad: 'x'.repeat(2000) }] });
      const res = await fetch(`http://127.0.0.1:${port}/predict`, { method: 'POST', body: big });
      expect(res.status).toBe(413);
      expect(res.headers.get('connection')).toBe('close');
      // Streamed without a length: the limit still holds.
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port, path: '/predict', method: 'POST', headers: { 'transfer-encoding': 'chunked' } },
          (r) => {
            r.resume();
            resolve(r.statusCode!);
          },
        );
        req.on('error', reject);
        for (let i = 0; i < 5; i++) req.write('x'.repeat(500));
        req.end();
      });
      expect(status).toBe(413);
      const many = await fetch(`http://127.0.0.1:${port}/predict`, { method: 'POST', body: '[{},{},{}]' });
      expect(many.status).toBe(413);
      expect(((await many.json()) as { error: string }).error).toMatch(/at most 2 rows/);
    } finally {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
  });
});
