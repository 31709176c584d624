/**
 * The bundled register-model action, run as the runner runs it (runStep), against real git: a bare
 * repository on disk as the remote and a clone of it as the workspace.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPaths, writeManifest } from '@mlops-actions/hashing';
import { reportJson } from '@mlops-actions/metrics';
import { openRegistry, parseModelName, parseModelVersion } from '@mlops-actions/registry';
import { runStep, stepFor } from '../../harness/step-runner.ts';
import { startGitHttpServer } from '../../harness/git-http-server.ts';
import { bareRepo, git, projectClone, tempDir, writeFiles } from '../../unit/registry/helpers.ts';
import { compare } from '../../unit/metrics/helpers.ts';

let root: string;
let remote: string;
let ws: string;
let commit: string;

beforeEach(async () => {
  root = await tempDir('mlops-register-it-');
  remote = bareRepo(join(root, 'remote.git'));
  ({ dir: ws, commit } = projectClone(remote, join(root, 'ws')));
  await writeFiles(ws, {
    'out/model/weights.bin': Buffer.alloc(2048, 3),
    'out/model/meta/labels.txt': 'churn\nstay\n',
    'out/metrics.json': JSON.stringify({ accuracy: 0.93, auc: 0.97, per_class: { churn: { f1: 0.81 } } }),
    'out/params.yaml': 'depth: 6\nlearning_rate: 0.1\n',
    // A report as validate-metrics writes it (format mlops-actions/validate-metrics-report@1).
    'out/validation.json': reportJson(
      compare({ accuracy: 0.93, auc: 0.97 }, { accuracy: 0.9, auc: 0.97 }, 'accuracy: { min: 0.9 }\nauc: { min: 0.99 }'),
    ),
    'out/profile.json': JSON.stringify({ format: 'profile', columns: {} }),
    'data/train.csv': 'a,b\n1,2\n',
  });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const step = stepFor('register-model', () => ({ workspace: ws, env: { GITHUB_SHA: commit } }));

describe('register-model', () => {
  it('registers a version with its lineage, tags it, and is a no-op for the same files', async () => {
    const manifest = join(ws, 'out', 'data-manifest.json');
    await writeManifest(manifest, await hashPaths({ root: ws, paths: ['data'] }));
    // Through the bundle, as a child process (`node dist/index.js`), as the runner runs it: the file's other
    // steps run in-process from the sources (test/harness/step-runner.ts).
    const r = await step(
      {
        name: 'churn',
        path: 'out/model',
        metrics: 'out/metrics.json',
        params: 'out/params.yaml',
        'data-manifest': 'out/data-manifest.json',
        'validation-report': 'out/validation.json',
        'reference-profile': 'out/profile.json',
        alias: 'candidate',
        tag: 'true',
        description: 'nightly <b>@team</b>',
      },
      { runIn: 'process' },
    );
    expect(r.exitCode, r.stdout).toBe(0);
    const digest = (await hashPaths({ root: join(ws, 'out/model'), paths: ['.'] })).hash;
    expect(r.outputs).toMatchObject({ version: '0.1.0', digest, uri: 'git:origin#churn@0.1.0', tag: 'churn@v0.1.0', created: 'true' });
    const card = JSON.parse(readFileSync(r.outputs['card']!, 'utf8'));
    expect(card).toMatchObject({
      name: 'churn',
      version: '0.1.0',
      files: [
        { path: 'meta/labels.txt', size: 11 },
        { path: 'weights.bin', size: 2048 },
      ],
      lineage: {
        repository: 'octo-org/ml-project',
        commit,
        ref: 'refs/heads/main',
        workflow: 'ml',
        runId: '1234567890',
        actor: 'octocat',
        event: 'push',
      },
      params: { depth: 6, learning_rate: 0.1 },
      metrics: { accuracy: 0.93 },
      // Read by the metrics package's reader: the verdict, the failed checks, the digest of the file.
      validation: {
        passed: false,
        failed: ['auc'],
        checks: 2,
        reportDigest: `sha256:${createHash('sha256')
          .update(readFileSync(join(ws, 'out/validation.json')))
          .digest('hex')}`,
      },
      description: 'nightly <b>@team</b>',
    });
    expect(card.data).toMatchObject({ files: 1, algorithm: 'sha256', manifest: 'out/data-manifest.json' });
    expect(card.attachments['reference-profile'].path).toBe('reference-profile.json');
    expect(git(['rev-parse', 'churn@v0.1.0^{commit}'], remote).trim()).toBe(commit);
    expect(r.summary).toContain('### Registered `churn` version `0.1.0`');
    expect(r.summary).toContain('| alias | `candidate`:');
    expect(r.summary).toMatch(/\| per\\_class\.churn\.f1 \| 0\.81 \|/);

    const head = git(['rev-parse', 'mlops-registry'], remote).trim();
    const again = await step({ name: 'churn', path: 'out/model', alias: 'candidate' });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs).toMatchObject({ version: '0.1.0', digest, created: 'false', tag: '' });
    expect(again.summary).toContain('is already registered as version `0.1.0`');
    expect(git(['rev-parse', 'mlops-registry'], remote).trim()).toBe(head);
  });

  it('fails with one clear annotation and no stack on bad input, and registers nothing', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ name: 'Churn!', path: 'out/model' }, /^input 'name': 'Churn!' is not a valid model name/],
      [{ name: 'churn', path: 'out/nothing/*.bin' }, /input 'path'/],
      [{ name: 'churn', path: 'out/model', version: '1.0' }, /^input 'version': '1\.0' is not a semantic version/],
      [{ name: 'churn', path: 'out/model', bump: 'huge' }, /^input 'bump': must be one of 'major', 'minor', 'patch'/],
      [{ name: 'churn', path: 'out/model', store: 's3' }, /^input 'store': must be auto, registry, release or file:<dir>/],
      [{ name: 'churn', path: 'out/model', metrics: 'out/missing.json' }, /out\/missing\.json: file not found/],
      [
        { name: 'churn', path: 'out/model', 'validation-report': 'out/metrics.json' },
        /out\/metrics\.json.*is not a validate-metrics report/,
      ],
      [{ name: 'churn', path: 'out/model', 'data-hash': 'md5sum' }, /^input 'data-hash': 'md5sum' is not a dataset hash/],
      [{ name: 'churn', path: 'out/model', registry: 'git:upstream' }, /no git remote named 'upstream'/],
      [{ name: 'churn', path: 'out/model', registry: 's3://bucket' }, /^input 'registry': 's3:\/\/bucket' is not a registry URI/],
    ];
    for (const [inputs, message] of cases) {
      const r = await step(inputs);
      expect(r.exitCode, JSON.stringify(inputs)).toBe(1);
      const errors = r.annotations.filter((a) => a.level === 'error');
      // One error (run() repeats a file-bound one as a file annotation: same message).
      expect(new Set(errors.map((e) => e.message)).size, `${JSON.stringify(inputs)}\n${r.stdout}`).toBe(1);
      expect(errors[0]!.message).toMatch(message);
      expect(r.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }
    expect(() => git(['rev-parse', '--verify', 'mlops-registry'], remote)).toThrow();
  }, 120_000);

  it('refuses different files under an existing version', async () => {
    expect((await step({ name: 'churn', path: 'out/model', version: '1.0.0' })).exitCode).toBe(0);
    writeFileSync(join(ws, 'out/model/weights.bin'), 'retrained');
    const r = await step({ name: 'churn', path: 'out/model', version: '1.0.0' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toMatch(/churn@1\.0\.0 is already registered with different files.*Versions are immutable/);
  });

  it('says the token lacks write access when the remote refuses the push', async () => {
    const hook = join(remote, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "Permission to octo-org/ml-project.git denied to github-actions[bot]." >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const r = await step({ name: 'churn', path: 'out/model', tag: 'true' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error')[0]?.message).toMatch(/refused the push.*denied.*permissions: contents: write/);
    expect(git(['for-each-ref'], remote)).not.toMatch(/mlops-registry|churn@/);
    expect(r.stdout.split('\n').filter((l) => l.includes('ghs_test_token_0123456789') && !l.startsWith('::add-mask::'))).toEqual([]);
  });

  it('uses a file: registry in the workspace by default in a local run', async () => {
    const r = await step({ name: 'churn', path: 'out/model/weights.bin' }, { env: { GITHUB_ACTIONS: undefined, GITHUB_SHA: commit } });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['uri']).toBe('file:.mlops/registry#churn@0.1.0');
    expect(existsSync(join(ws, '.mlops/registry/models/churn/versions/0.1.0/files/weights.bin'))).toBe(true);
    const reg = openRegistry({ uri: 'file:.mlops/registry', workspace: ws });
    expect((await reg.card(parseModelName('churn'), parseModelVersion('0.1.0'))).files.map((f) => f.path)).toEqual(['weights.bin']);
  });

  it('lands 8 registrations started at once from 8 clones, each with its own version', async () => {
    const clones = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const dir = projectClone(remote, join(root, `clone-${i}`)).dir;
        await writeFiles(dir, { 'model/model.bin': `weights of job ${i}` });
        return dir;
      }),
    );
    const results = await Promise.all(
      clones.map((dir) =>
        runStep({
          action: 'register-model',
          workspace: dir,
          inputs: { name: 'race', path: 'model', alias: 'candidate' },
          timeoutMs: 110_000,
          // Eight processes at once, so the pushes race (in-process steps would run one after the other).
          runIn: 'process',
        }),
      ),
    );
    for (const r of results) expect(r.exitCode, r.stdout).toBe(0);
    expect(results.map((r) => r.outputs['version']).sort()).toEqual([
      '0.1.0',
      '0.2.0',
      '0.3.0',
      '0.4.0',
      '0.5.0',
      '0.6.0',
      '0.7.0',
      '0.8.0',
    ]);
    const index = JSON.parse(git(['show', 'mlops-registry:models/race/index.json'], remote));
    expect(index).toMatchObject({ count: 8, latest: '0.8.0', audit: { total: 16 } });
    const history = git(['show', 'mlops-registry:models/race/history/0001.jsonl'], remote)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(history).toHaveLength(8);
    for (const r of results)
      expect(history.find((v: { version: string }) => v.version === r.outputs['version']).digest).toBe(r.outputs['digest']);
  }, 120_000);

  it('commits as github-actions[bot], authored by GITHUB_ACTOR with the GITHUB_ACTOR_ID noreply address', async () => {
    const r = await step(
      { name: 'churn', path: 'out/model' },
      { env: { GITHUB_SHA: commit, GITHUB_ACTOR: 'mona', GITHUB_ACTOR_ID: '9919' } },
    );
    expect(r.exitCode, r.stdout).toBe(0);
    expect(git(['log', '-1', '--format=%an <%ae>|%cn <%ce>', 'mlops-registry'], remote).trim()).toBe(
      'mona <9919+mona@users.noreply.github.com>|github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    );
  });

  it('on a runner without a checkout, registers in GITHUB_SERVER_URL/GITHUB_REPOSITORY.git (GHES with a path) with the token header', async () => {
    const token = 'ghs_ghes_token_for_register_model_42';
    const server = await startGitHttpServer({ token, prefix: '/enterprise' });
    try {
      const bare = server.createRepo('octo-org/ml-project');
      const bareWs = join(root, 'no-checkout');
      await writeFiles(bareWs, { 'model/model.bin': 'weights' });
      // A global git config that already sends a header for the server (as a job step might set): it must not make a second one.
      const home = join(root, 'home');
      await writeFiles(home, { '.gitconfig': `[http "${server.origin}/"]\n\textraheader = ${server.authHeader('ghs_other')}\n` });
      const r = await runStep({
        action: 'register-model',
        workspace: bareWs,
        token,
        inputs: { name: 'churn', path: 'model', tag: 'false' },
        env: { GITHUB_SHA: commit, GITHUB_SERVER_URL: server.url, HOME: home },
      });
      expect(r.exitCode, r.stdout).toBe(0);
      expect(r.outputs['uri']).toBe('git:origin#churn@0.1.0');
      expect(git(['ls-tree', '-r', '--name-only', 'mlops-registry'], bare)).toContain('models/churn/versions/0.1.0/files/model.bin');
      expect(server.requests.length).toBeGreaterThan(0);
      for (const q of server.requests) expect(q.authorization).toEqual([server.authHeader().slice('AUTHORIZATION: '.length)]);
    } finally {
      await server.stop();
    }
  });

  it('leaves .git folders of a model cloned from a hub out of the registered files, with one warning', async () => {
    await writeFiles(ws, { 'out/model/.git/HEAD': 'ref: refs/heads/main\n', 'out/model/.git/objects/pack/p.pack': 'x' });
    const r = await step({ name: 'churn', path: 'out/model' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      expect.stringMatching(/left out the git folder \.git of the model files/),
    ]);
    const card = JSON.parse(readFileSync(r.outputs['card']!, 'utf8'));
    expect(card.files.map((f: { path: string }) => f.path)).toEqual(['meta/labels.txt', 'weights.bin']);
    expect(git(['ls-tree', '-r', '--name-only', 'mlops-registry'], remote)).not.toMatch(/\.git\//);
  });
});
