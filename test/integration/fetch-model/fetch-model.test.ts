/**
 * The bundled fetch-model action, run as the runner runs it (runStep), against every store: the
 * registry branch of a real bare git remote (from a clone, and from a workspace that is not a
 * checkout over git smart HTTP), a file: registry, and GitHub Release assets served by the emulator.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '@mlops-actions/github';
import {
  deprecate,
  layout,
  openRegistry,
  type ReleaseClient,
  parseModelName,
  parseAlias,
  parseModelVersion,
} from '@mlops-actions/registry';
import { runStep, TOKENS, useGitHubEmulator, stepFor } from '../../harness/index.ts';
import { startGitHttpServer, type GitHttpServer } from '../../harness/git-http-server.ts';
import { bareRepo, git, projectClone, tempDir, writeFiles } from '../../unit/registry/helpers.ts';

const emulator = useGitHubEmulator();
const REPO = 'octo-org/ml-project';
let root: string;
let remote: string;
let ws: string;

beforeEach(async () => {
  root = await tempDir('mlops-fetch-it-');
  remote = bareRepo(join(root, 'remote.git'));
  ws = projectClone(remote, join(root, 'ws')).dir;
  for (const v of [1, 2]) await writeFiles(join(root, `m${v}`), { 'weights.bin': Buffer.alloc(4096, v), 'meta/labels.txt': `v${v}\n` });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function seed(uri: string, workspace = ws): Promise<void> {
  const reg = openRegistry({ uri, workspace, tempDir: root });
  try {
    await reg.register({
      name: parseModelName('churn'),
      files: { root: join(root, 'm1'), paths: ['.'] },
      metrics: { accuracy: 0.91, loss: { val: 0.2 } },
      alias: parseAlias('production'),
    });
    await reg.register({ name: parseModelName('churn'), files: { root: join(root, 'm2'), paths: ['.'] }, metrics: { accuracy: 0.93 } });
  } finally {
    await reg.close();
  }
}

const fetchStep = stepFor('fetch-model', () => ({ workspace: ws, inputs: { model: 'churn' } }));

describe.each([
  ['git: registry (bare remote)', 'git:origin'],
  ['file: registry', 'file:reg'],
])('fetch-model from a %s', (_label, uri) => {
  beforeEach(async () => {
    await seed(uri);
  });

  it('fetches by alias into the default folder, with version, digest, card and metrics outputs', async () => {
    // Through the bundle, as a child process (`node dist/index.js`), as the runner runs it: the file's other
    // steps run in-process from the sources (test/harness/step-runner.ts).
    const r = await fetchStep({ alias: 'production', registry: uri }, { runIn: 'process' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['version']).toBe('0.1.0');
    const dir = r.outputs['path']!;
    expect(dir).toBe(join(r.runnerTemp, 'fetch-model', 'churn-production'));
    expect(readFileSync(join(dir, 'weights.bin')).equals(Buffer.alloc(4096, 1))).toBe(true);
    expect(readFileSync(join(dir, 'meta/labels.txt'), 'utf8')).toBe('v1\n');
    expect(readdirSync(dir).sort()).toEqual(['meta', 'weights.bin']);
    const card = JSON.parse(readFileSync(r.outputs['card']!, 'utf8'));
    expect(card).toMatchObject({ name: 'churn', version: '0.1.0', digest: r.outputs['digest'] });
    expect(JSON.parse(r.outputs['metrics']!)).toEqual({ accuracy: 0.91, loss: { val: 0.2 } });
    expect(r.summary).toContain('### Fetched `churn` version `0.1.0`');
    expect(r.summary).toContain('each verified against the model card');
  });

  it('fetches latest into a workspace folder, and refuses to fill a non-empty one unless overwrite', async () => {
    const r = await fetchStep({ version: 'latest', registry: uri, path: 'models/churn' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ version: '0.2.0', path: join(ws, 'models/churn') });
    expect(readFileSync(join(ws, 'models/churn/meta/labels.txt'), 'utf8')).toBe('v2\n');

    const again = await fetchStep({ version: '0.1.0', registry: uri, path: 'models/churn' });
    expect(again.exitCode).toBe(1);
    expect(again.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'path': the destination .*models\/churn already holds files.*overwrite: true/,
    );
    expect(readFileSync(join(ws, 'models/churn/meta/labels.txt'), 'utf8')).toBe('v2\n');

    const over = await fetchStep({ version: '0.1.0', registry: uri, path: 'models/churn', overwrite: 'true' });
    expect(over.exitCode, over.stdout).toBe(0);
    expect(readFileSync(join(ws, 'models/churn/meta/labels.txt'), 'utf8')).toBe('v1\n');
    expect(readdirSync(join(ws, 'models'))).toEqual(['churn']);
  });

  it('refuses a deprecated version unless allow-deprecated, then fetches it with a warning', async () => {
    const reg = openRegistry({ uri, workspace: ws, tempDir: root });
    await deprecate(reg, parseModelName('churn'), parseModelVersion('0.1.0'), { reason: 'label leak' });
    await reg.close();
    const r = await fetchStep({ alias: 'production', registry: uri, path: 'out' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(/^input 'allow-deprecated': churn 0\.1\.0 is deprecated \(label leak;.*so it is not fetched/),
    ]);
    expect(existsSync(join(ws, 'out'))).toBe(false);
    expect(r.outputs).toEqual({});
    const ok = await fetchStep({ alias: 'production', registry: uri, path: 'out', 'allow-deprecated': 'true' });
    expect(ok.exitCode, ok.stdout).toBe(0);
    expect(ok.annotations.some((a) => a.level === 'warning' && /deprecated \(label leak/.test(a.message))).toBe(true);
    expect(JSON.parse(readFileSync(ok.outputs['card']!, 'utf8')).deprecated.reason).toBe('label leak');
  });

  it('fails on a tampered file and leaves nothing at path', async () => {
    const rel = layout.file('churn', '0.2.0', 'weights.bin');
    if (uri.startsWith('file:')) await writeFiles(join(ws, 'reg'), { [rel]: Buffer.alloc(4096, 9) });
    else {
      const editor = join(root, 'editor');
      git(['clone', '-q', '--branch', 'mlops-registry', remote, editor]);
      await writeFiles(editor, { [rel]: Buffer.alloc(4096, 9) });
      git(['commit', '-q', '-am', 'tamper'], editor);
      git(['push', '-q', 'origin', 'HEAD:mlops-registry'], editor);
    }
    const r = await fetchStep({ version: '0.2.0', registry: uri, path: 'out/model' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(/weights\.bin of churn@0\.2\.0 does not match its model card/);
    // Nothing: not the folder, not the parent the step created for it, no staging folder.
    expect(existsSync(join(ws, 'out'))).toBe(false);
    expect(existsSync(join(r.runnerTemp, 'fetch-model'))).toBe(false);
    expect(r.outputs).toEqual({});
  });
});

describe('fetch-model from a workspace that is not a checkout', () => {
  const TOKEN = 'ghs_fetch_model_token_0123456789abcdef';
  let server: GitHttpServer;
  beforeAll(async () => {
    server = await startGitHttpServer({ token: TOKEN });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('reads git:origin as GITHUB_SERVER_URL/GITHUB_REPOSITORY over HTTPS with the token', async () => {
    const fullName = `octo-org/fetch-${root.slice(-6)}`;
    server.createRepo(fullName);
    const plain = join(root, 'plain');
    await mkdir(plain);
    const writer = openRegistry({
      uri: 'git:origin',
      workspace: plain,
      tempDir: root,
      token: TOKEN,
      serverUrl: server.url,
      identity: { repository: fullName },
    });
    await writer.register({
      name: parseModelName('churn'),
      files: { root: join(root, 'm2'), paths: ['.'] },
      alias: parseAlias('production'),
    });
    await writer.close();
    const r = await runStep({
      action: 'fetch-model',
      workspace: plain,
      repository: fullName,
      token: TOKEN,
      inputs: { model: 'churn', alias: 'production' },
      env: { GITHUB_SERVER_URL: server.url },
    });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(readFileSync(join(r.outputs['path']!, 'meta/labels.txt'), 'utf8')).toBe('v2\n');
    // Only the mask command carries it (the runner hides it from the log from then on).
    expect(`${r.stdout}${r.stderr}`.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
  });
});

describe('fetch-model from GitHub Release assets', () => {
  it('downloads the assets with the token, verified', async () => {
    const octokit = createGitHubClient({ token: TOKENS.githubToken, apiUrl: emulator.url, timeScale: 0 }) as unknown as ReleaseClient;
    const reg = openRegistry({
      uri: 'git:origin',
      workspace: ws,
      tempDir: root,
      github: { octokit, owner: 'octo-org', repo: 'ml-project' },
    });
    await reg.register({
      name: parseModelName('churn'),
      files: { root: join(root, 'm1'), paths: ['.'] },
      store: 'release',
      alias: parseAlias('production'),
    });
    await reg.close();
    const r = await runStep({
      action: 'fetch-model',
      workspace: ws,
      apiUrl: emulator.url,
      repository: REPO,
      inputs: { model: 'churn', alias: 'production' },
    });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(readFileSync(join(r.outputs['path']!, 'weights.bin')).equals(Buffer.alloc(4096, 1))).toBe(true);
    expect(emulator.requestsFor('repos/get-release-asset').length).toBeGreaterThanOrEqual(2);
    expect(r.summary).toContain('GitHub Release');

    // An asset changed behind the registry's back: the step fails and nothing is at path.
    const asset = emulator.state.releases(REPO)[0]!.assets.find((a) => a.name === 'weights.bin')!;
    asset.data = Buffer.alloc(4096, 7);
    const bad = await runStep({
      action: 'fetch-model',
      workspace: ws,
      apiUrl: emulator.url,
      repository: REPO,
      inputs: { model: 'churn', alias: 'production', path: 'dl' },
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /weights\.bin of churn@0\.1\.0 does not match its model card/,
    );
    expect(existsSync(join(ws, 'dl'))).toBe(false);
  });
});
