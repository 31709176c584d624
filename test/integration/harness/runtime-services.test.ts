/**
 * The Actions runtime services (twirp control plane + Azurite) under the real @actions/artifact and
 * @actions/cache, inside a bundled action run as the runner runs it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixtureAction, runStep, TOKENS, useGitHubEmulator, useRuntimeServices, type StepResult } from '../../harness/index.ts';
import type { StepEnvOptions } from '../../harness/runtime-services.ts';
import { tempDir } from '../../harness/temp.ts';

const services = useRuntimeServices();
const github = useGitHubEmulator();
// Bundling starts at once, alongside the hooks that start the servers; tests await it.
const probeAction = buildFixtureAction('probe-action');

async function probe(workspace: string, inputs: Record<string, string>, job = 'build', runId?: number): Promise<StepResult> {
  return runStep({
    action: 'probe',
    actionDir: (await probeAction).dir,
    workspace,
    inputs,
    apiUrl: github.url,
    env: services.env({ job, ...(runId ? { runId } : {}) }),
  });
}

async function workspaceWithData(): Promise<string> {
  const ws = await tempDir('mlops-ws-');
  await mkdir(join(ws, 'data', 'nested'), { recursive: true });
  await writeFile(join(ws, 'data', 'train.csv'), 'x,y\n1,0\n2,1\n');
  await writeFile(join(ws, 'data', 'nested', 'model.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 251)));
  return ws;
}

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

describe('artifacts through @actions/artifact', () => {
  it('one job uploads, another downloads the same files', async () => {
    const producer = await workspaceWithData();
    const up = await probe(producer, { mode: 'artifact-upload', name: 'training-data' });
    expect(up.exitCode, up.stdout).toBe(0);
    expect(up.outputs['outcome']).toBe('uploaded');
    const stored = services.artifacts().find((a) => a.name === 'training-data')!;
    expect(String(stored.id)).toBe(up.outputs['artifact-id']);
    expect(stored.size).toBe(Number(up.outputs['artifact-size']));
    expect(stored.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect((await services.readArtifact('training-data')).subarray(0, 2).toString()).toBe('PK'); // a zip

    const consumer = await tempDir('mlops-ws-');
    const down = await probe(consumer, { mode: 'artifact-download', name: 'training-data', path: 'restored' }, 'evaluate');
    expect(down.exitCode, down.stdout).toBe(0);
    expect(down.outputs['artifact-id']).toBe(up.outputs['artifact-id']);
    for (const file of ['train.csv', join('nested', 'model.bin')]) {
      expect(await sha256(join(consumer, 'restored', file))).toBe(await sha256(join(producer, 'data', file)));
    }
    // The download went through the control plane for a signed URL, then straight to the blob store.
    expect(services.calls.filter((c) => c.service === 'artifact').map((c) => `${c.method} ${c.status}`)).toEqual([
      'CreateArtifact 200',
      'FinalizeArtifact 200',
      'ListArtifacts 200',
      'ListArtifacts 200',
      'GetSignedArtifactURL 200',
    ]);
  });

  it("a later run downloads an earlier run's artifact through the REST API (findBy), by redirect to the blob store", async () => {
    github.useArtifactStore(services.artifactStore());
    const training = await workspaceWithData();
    const up = await probe(training, { mode: 'artifact-upload', name: 'reference-profile' }, 'train', 555);
    expect(up.exitCode, up.stdout).toBe(0);

    const later = await tempDir('mlops-ws-');
    const down = await probe(
      later,
      { mode: 'artifact-download', name: 'reference-profile', path: 'reference', 'run-id': '555', token: TOKENS.githubToken },
      'drift',
      777,
    );
    expect(down.exitCode, down.stdout).toBe(0);
    expect(down.outputs['artifact-id']).toBe(up.outputs['artifact-id']);
    expect(await sha256(join(later, 'reference', 'train.csv'))).toBe(await sha256(join(training, 'data', 'train.csv')));
    expect(github.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual([
      'actions/list-workflow-run-artifacts 200',
      'actions/download-artifact 302',
    ]);
    // Artifacts of run 555 are not visible to run 777's own (twirp) lookups.
    const own = await probe(later, { mode: 'artifact-download', name: 'reference-profile', path: 'x' }, 'drift', 777);
    expect(own.exitCode).toBe(1);
    expect(own.annotations.find((a) => a.level === 'error')?.message).toMatch(/Artifact not found/);
  });

  it("a second upload under the same name in the run fails the step with the service's answer", async () => {
    const ws = await workspaceWithData();
    expect((await probe(ws, { mode: 'artifact-upload', name: 'once' })).exitCode).toBe(0);
    const again = await probe(ws, { mode: 'artifact-upload', name: 'once' });
    expect(again.exitCode).toBe(1);
    expect(again.annotations.find((a) => a.level === 'error')?.message).toMatch(/already exists/);
  });
});

describe('cache through @actions/cache (service v2)', () => {
  it('saves an entry, restores it by exact key and by restore-key prefix, misses otherwise', async () => {
    const ws = await workspaceWithData();
    const saved = await probe(ws, { mode: 'cache-save', key: 'features-v1-abc' });
    expect(saved.exitCode, saved.stdout).toBe(0);
    expect(saved.outputs['outcome']).toBe('saved');
    expect(services.caches().map((c) => c.key)).toContain('features-v1-abc');

    const exact = await tempDir('mlops-ws-');
    const hit = await probe(exact, { mode: 'cache-restore', key: 'features-v1-abc' });
    expect([hit.exitCode, hit.outputs['outcome'], hit.outputs['matched-key']]).toEqual([0, 'hit', 'features-v1-abc']);
    expect(await sha256(join(exact, 'data', 'nested', 'model.bin'))).toBe(await sha256(join(ws, 'data', 'nested', 'model.bin')));

    const prefix = await tempDir('mlops-ws-');
    const partial = await probe(prefix, { mode: 'cache-restore', key: 'features-v1-def', 'restore-keys': 'features-v1-' });
    expect([partial.outputs['outcome'], partial.outputs['matched-key']]).toEqual(['hit', 'features-v1-abc']);

    const miss = await probe(await tempDir('mlops-ws-'), {
      mode: 'cache-restore',
      key: 'features-v2-abc',
      'restore-keys': 'features-v2-',
    });
    expect([miss.exitCode, miss.outputs['outcome']]).toEqual([0, 'miss']);
  });

  it('an entry is written once: saving the same key again is refused and reported, not fatal', async () => {
    const ws = await workspaceWithData();
    expect((await probe(ws, { mode: 'cache-save', key: 'immutable-key' })).outputs['outcome']).toBe('saved');
    const again = await probe(ws, { mode: 'cache-save', key: 'immutable-key' });
    expect([again.exitCode, again.outputs['outcome']]).toEqual([0, 'not-saved']);
    expect(again.stdout).toMatch(/Failed to save: Unable to reserve cache with key immutable-key/);
  });
});

/** The probe with a step environment of the given scopes, cache mode or GHES. */
async function probeWith(workspace: string, inputs: Record<string, string>, env: StepEnvOptions): Promise<StepResult> {
  return runStep({ action: 'probe', actionDir: (await probeAction).dir, workspace, inputs, apiUrl: github.url, env: services.env(env) });
}

describe('cache scopes, read-only caches and GHES', () => {
  it("a branch restores its own and the default branch's caches, never a sibling's; the default branch never a feature's", async () => {
    const ws = await workspaceWithData();
    const main = { ref: 'refs/heads/main' };
    const featureA = { ref: 'refs/heads/feature-a', readScopes: ['refs/heads/main'] };
    const featureC = { ref: 'refs/heads/feature-c', readScopes: ['refs/heads/main'] };
    expect((await probeWith(ws, { mode: 'cache-save', key: 'scoped-main' }, main)).outputs['outcome']).toBe('saved');
    expect((await probeWith(ws, { mode: 'cache-save', key: 'scoped-a' }, featureA)).outputs['outcome']).toBe('saved');
    expect(
      services
        .caches()
        .filter((c) => c.key.startsWith('scoped-'))
        .map((c) => [c.key, c.scope]),
    ).toEqual([
      ['scoped-main', 'refs/heads/main'],
      ['scoped-a', 'refs/heads/feature-a'],
    ]);
    const restore = async (key: string, env: StepEnvOptions) =>
      (await probeWith(await tempDir('mlops-ws-'), { mode: 'cache-restore', key }, env)).outputs['outcome'];
    expect(await restore('scoped-main', featureA)).toBe('hit'); // the default branch's
    expect(await restore('scoped-a', featureA)).toBe('hit'); // its own
    expect(await restore('scoped-a', featureC)).toBe('miss'); // a sibling's
    expect(await restore('scoped-a', main)).toBe('miss'); // a child's
    // The same key saved on a branch is a separate entry from the default branch's.
    expect((await probeWith(ws, { mode: 'cache-save', key: 'scoped-main' }, featureA)).outputs['outcome']).toBe('saved');
  });

  it('a read-only cache token: the save is refused ("cache write denied") and saveCache returns -1; restores still work', async () => {
    const ws = await workspaceWithData();
    expect((await probeWith(ws, { mode: 'cache-save', key: 'ro-base' }, {})).outputs['outcome']).toBe('saved');
    const denied = await probeWith(ws, { mode: 'cache-save', key: 'ro-new' }, { cacheWrite: false });
    expect([denied.exitCode, denied.outputs['outcome'], denied.outputs['cache-id']]).toEqual([0, 'not-saved', '-1']);
    expect(denied.stdout).toMatch(/cache write denied: token has no writable scopes/);
    expect(services.caches().map((c) => c.key)).not.toContain('ro-new');
    expect(services.calls.filter((c) => c.service === 'cache' && c.body['key'] === 'ro-new').map((c) => `${c.method} ${c.status}`)).toEqual(
      ['CreateCacheEntry 200'],
    );
    const hit = await probeWith(await tempDir('mlops-ws-'), { mode: 'cache-restore', key: 'ro-base' }, { cacheWrite: false });
    expect(hit.outputs['outcome']).toBe('hit');
  });

  it('ACTIONS_CACHE_MODE=read: the toolkit skips the save without asking the service', async () => {
    const ws = await workspaceWithData();
    const before = services.calls.length;
    const r = await probeWith(ws, { mode: 'cache-save', key: 'mode-read' }, { cacheWrite: false, cacheMode: 'read' });
    expect([r.exitCode, r.outputs['outcome']]).toEqual([0, 'not-saved']);
    expect(r.stdout).toMatch(/Cache save skipped: the effective cache-mode 'read' does not permit writes/);
    expect(services.calls.slice(before)).toEqual([]);
  });

  it('GHES: the cache goes through the v1 REST service (no v2 announced), and an artifact upload is refused as unsupported', async () => {
    const ws = await workspaceWithData();
    const saved = await probeWith(ws, { mode: 'cache-save', key: 'ghes-key' }, { ghes: true });
    expect([saved.exitCode, saved.outputs['outcome']], saved.stdout).toEqual([0, 'saved']);
    const entry = services.caches().find((c) => c.key === 'ghes-key')!;
    expect(entry).toMatchObject({ service: 'v1', scope: 'refs/heads/main' });
    const restored = await tempDir('mlops-ws-');
    const hit = await probeWith(restored, { mode: 'cache-restore', key: 'ghes-key' }, { ghes: true });
    expect(hit.outputs['outcome'], hit.stdout).toBe('hit');
    expect(await sha256(join(restored, 'data', 'nested', 'model.bin'))).toBe(await sha256(join(ws, 'data', 'nested', 'model.bin')));
    expect(services.calls.filter((c) => c.service === 'cache-v1').map((c) => `${c.method} ${c.status}`)).toEqual([
      'POST caches 201',
      'PATCH caches/{id} 204',
      'POST caches/{id} 204',
      'GET cache 200',
      'GET archive/{id} 200',
    ]);
    // The v2 entry of another test is not visible to v1, and the reverse.
    expect((await probeWith(await tempDir('mlops-ws-'), { mode: 'cache-restore', key: 'ghes-key' }, {})).outputs['outcome']).toBe('miss');

    const up = await probeWith(ws, { mode: 'artifact-upload', name: 'on-ghes' }, { ghes: true });
    expect(up.exitCode).toBe(1);
    expect(up.annotations.find((a) => a.level === 'error')?.message).toMatch(/not currently supported on GHES/);
  });
});

describe('the control plane checks the protocol', () => {
  it('a call without a valid runtime token is refused and recorded', async () => {
    const r = await fetch(`${services.resultsUrl}twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-jwt' },
      body: '{}',
    });
    expect(r.status).toBe(401);
    expect(await r.json()).toEqual({ code: 'unauthenticated', msg: 'invalid ACTIONS_RUNTIME_TOKEN' });
    expect(services.takeViolations()).toEqual([expect.stringMatching(/invalid ACTIONS_RUNTIME_TOKEN/)]);
  });

  it('the step environment carries what the libraries need', () => {
    const env = services.env();
    const claims = JSON.parse(Buffer.from(env['ACTIONS_RUNTIME_TOKEN']!.split('.')[1]!, 'base64url').toString()) as { scp: string };
    expect(claims.scp).toMatch(/Actions\.Results:[0-9a-f-]{36}:[0-9a-f-]{36}/);
    expect(env).toMatchObject({
      ACTIONS_RESULTS_URL: services.resultsUrl,
      ACTIONS_CACHE_SERVICE_V2: 'True',
      GITHUB_SERVER_URL: 'https://github.com',
    });
  });
});
