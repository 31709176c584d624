/**
 * The git: backend against a git smart-HTTP server that checks the token like GitHub (basic
 * `x-access-token:<token>` in one Authorization header; 401 without; 400 for two): inherited
 * extra headers, the fallback to GITHUB_SERVER_URL/GITHUB_REPOSITORY, GHES-style URLs with a path,
 * credentials in URLs, and who registry commits are made by.
 */
import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openRegistry, type OpenRegistryOptions, parseModelName } from '@mlops-actions/registry';
import { startGitHttpServer, type GitHttpServer } from '../../harness/git-http-server.ts';
import { BRANCH, git, tempDir, writeFiles } from './helpers.ts';

const TOKEN = 'ghs_registry_token_for_http_tests_0123';
const REPO = 'octo-org/ml-project';
let server: GitHttpServer;
let root: string;
let bare: string;
let model: string;
const savedHome = process.env['HOME'];

beforeAll(async () => {
  server = await startGitHttpServer({ token: TOKEN, prefix: '/ghes' });
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  root = await tempDir('mlops-reg-http-');
  bare = server.createRepo(`${REPO}-${root.slice(-6)}`);
  model = join(root, 'model');
  await writeFiles(model, { 'model.bin': 'weights', 'meta/labels.txt': 'a\nb\n' });
  server.requests.length = 0;
  // A clean global config for git (the runner's HOME), unless a test writes one.
  process.env['HOME'] = join(root, 'home');
  await mkdir(process.env['HOME'], { recursive: true });
});
afterEach(() => {
  process.env['HOME'] = savedHome;
});

const fullName = () => bare.slice(server.root.length + 1, -'.git'.length);

/** A workspace checked out the way actions/checkout leaves it: origin over https, the token persisted as an extra header. */
function checkout(dir: string, persisted?: string): string {
  git(['init', '-q', dir]);
  git(['remote', 'add', 'origin', server.repoUrl(fullName())], dir);
  if (persisted) git(['config', '--local', `http.${server.origin}/.extraheader`, persisted], dir);
  return dir;
}

function open(workspace: string, extra: Partial<OpenRegistryOptions> = {}) {
  return openRegistry({
    uri: 'git:origin',
    workspace,
    tempDir: join(root, 'tmp'),
    token: TOKEN,
    retry: { attempts: 2, baseMs: 10, maxMs: 20 },
    ...extra,
  });
}

describe('the test git server', () => {
  it('answers 400 to two Authorization headers, 401 to none, and serves a request with the token', async () => {
    const status = (headers: [string, string][]) =>
      new Promise<number>((resolve, reject) => {
        // Raw headers (an array) can repeat a name; node then adds no Host header by itself.
        const raw = [['Host', new URL(server.origin).host], ...headers].flat();
        const req = request(
          `${server.repoUrl(fullName())}/info/refs?service=git-upload-pack`,
          { headers: raw as unknown as Record<string, string> },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end();
      });
    const auth = server.authHeader().slice('AUTHORIZATION: '.length);
    expect(
      await status([
        ['Authorization', auth],
        ['Authorization', auth],
      ]),
    ).toBe(400);
    expect(await status([])).toBe(401);
    expect(await status([['Authorization', server.authHeader('wrong').slice('AUTHORIZATION: '.length)]])).toBe(401);
    expect(await status([['Authorization', auth]])).toBe(200);
    expect(server.requests.map((q) => [q.authorization.length, q.status])).toEqual([
      [2, 400],
      [0, 401],
      [1, 401],
      [1, 200],
    ]);
  });
});

describe('git: registry over https', () => {
  it('pushes from a checkout whose config persists a token header, with a second header inherited from the global config', async () => {
    const ws = checkout(join(root, 'ws'), server.authHeader());
    // A job step that configured git globally (git config --global http.<origin>/.extraheader …), with an older token.
    await writeFile(
      join(process.env['HOME']!, '.gitconfig'),
      `[http "${server.origin}/"]\n\textraheader = ${server.authHeader('ghs_stale_token')}\n`,
    );
    const reg = open(ws);
    const r = await reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } });
    expect(r.card.version).toBe('0.1.0');
    expect(git(['ls-tree', '-r', '--name-only', BRANCH], bare)).toContain('models/m/versions/0.1.0/files/model.bin');
    // Every request carried exactly one Authorization header: ours.
    expect(server.requests.length).toBeGreaterThan(0);
    for (const q of server.requests) expect(q.authorization, q.path).toEqual([server.authHeader().slice('AUTHORIZATION: '.length)]);
    await reg.close();
  });

  it('falls back to GITHUB_SERVER_URL/GITHUB_REPOSITORY.git (a GHES URL with a path) when the workspace is not a checkout', async () => {
    const ws = join(root, 'not-a-checkout');
    await mkdir(ws);
    const info: string[] = [];
    const reg = open(ws, {
      serverUrl: `${server.url}/`,
      identity: { repository: fullName() },
      log: { info: (m) => info.push(m), warning: (m) => info.push(m) },
    });
    await reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } });
    expect(git(['ls-tree', '-r', '--name-only', BRANCH], bare)).toContain('models/m/index.json');
    expect(info.join('\n')).toMatch(
      new RegExp(`no git remote 'origin' \\(no checkout\\); using ${server.url.replace(/[.]/g, '\\.')}/${fullName()}\\.git`),
    );
    expect(server.requests.every((q) => q.path.startsWith(`/${fullName()}.git/`))).toBe(true);
    await reg.close();
  });

  it('falls back to the https URL when origin is an SSH URL (a checkout made with an ssh-key)', async () => {
    const ws = join(root, 'ssh-ws');
    git(['init', '-q', ws]);
    git(['remote', 'add', 'origin', `git@127.0.0.1:${fullName()}.git`], ws);
    const reg = open(ws, { serverUrl: server.url, identity: { repository: fullName() } });
    await reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } });
    expect(git(['ls-tree', '-r', '--name-only', BRANCH], bare)).toContain('models/m/index.json');
    await reg.close();
  });

  it('without a token says the token cannot read the repository (401), and never prompts', async () => {
    const ws = checkout(join(root, 'ws'));
    const reg = open(ws, { token: undefined });
    await expect(reg.versions(parseModelName('m'))).rejects.toThrow(
      /cannot reach the registry git:origin.*(401|could not read Username).*github-token/,
    );
    await reg.close();
  });

  it('commits as github-actions[bot], authored by the actor with their id-based noreply address', async () => {
    const ws = checkout(join(root, 'ws'));
    const reg = open(ws, { identity: { actor: 'octocat', actorId: '583231' } });
    await reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] }, tag: true });
    expect(git(['log', '-1', '--format=%an <%ae>|%cn <%ce>', BRANCH], bare).trim()).toBe(
      'octocat <583231+octocat@users.noreply.github.com>|github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    );
    expect(git(['for-each-ref', '--format=%(taggername) %(taggeremail)', 'refs/tags/m@v0.1.0'], bare).trim()).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    );
    await reg.close();
    // No actor (a local run): the bot is the author too; an actor without an id keeps the login-based noreply address.
    const local = open(ws, { identity: {} });
    await writeFiles(model, { 'model.bin': 'v2' });
    await local.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } });
    expect(git(['log', '-1', '--format=%an <%ae>', BRANCH], bare).trim()).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    );
    await local.close();
    const noId = open(ws, { identity: { actor: 'hubot' } });
    await writeFiles(model, { 'model.bin': 'v3' });
    await noId.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } });
    expect(git(['log', '-1', '--format=%an <%ae>', BRANCH], bare).trim()).toBe('hubot <hubot@users.noreply.github.com>');
    await noId.close();
  });

  it('refuses a registry URL that carries credentials, without echoing them', () => {
    for (const uri of [
      `git:https://x-access-token:${TOKEN}@127.0.0.1/o/r.git`,
      `git:https://${TOKEN}@github.com/o/r.git`,
      `git:ssh://git:${TOKEN}@github.com/o/r.git`,
    ]) {
      let message = '';
      try {
        openRegistry({ uri, workspace: root });
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message, uri).toMatch(/^input 'registry': the registry URL .* carries credentials.*github-token/);
      expect(message).not.toContain(TOKEN);
    }
    // A user name that is no secret (ssh's git@) is fine.
    expect(() => openRegistry({ uri: 'git:ssh://git@github.com/o/r.git', workspace: root })).not.toThrow();
  });

  it('authenticates with the token header alone when an old checkout left credentials in the origin URL', async () => {
    const ws = join(root, 'old-checkout');
    git(['init', '-q', ws]);
    git(['remote', 'add', 'origin', server.repoUrl(fullName()).replace('http://', 'http://x-access-token:ghs_old_token_in_url@')], ws);
    const reg = open(ws);
    await reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } });
    for (const q of server.requests) expect(q.authorization).toEqual([server.authHeader().slice('AUTHORIZATION: '.length)]);
    await reg.close();
  });
});
