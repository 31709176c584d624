/**
 * `mlops registry` against remote registries: a git registry over smart HTTP with a token (GITHUB_TOKEN,
 * GH_TOKEN; the identity of a GitLab job), and a version stored as GitHub Release assets (the GitHub
 * API emulator), fetched with GITHUB_TOKEN through GITHUB_API_URL and verified.
 */
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '@mlops-actions/github';
import { openRegistry, parseAlias, parseModelName, type ReleaseClient } from '@mlops-actions/registry';
import { TOKENS, useGitHubEmulator } from '../../harness/index.ts';
import { type GitHttpServer, startGitHttpServer } from '../../harness/git-http-server.ts';
import { git } from '../../unit/registry/helpers.ts';
import { type Checkout, expectCleanError, freshCheckout, runMlops } from './helpers.ts';

let c: Checkout;
let root: string;
let ws: string;

const mlops = (args: string[], o: { cwd?: string; env?: Record<string, string> } = {}) => runMlops(args, { cwd: o.cwd ?? ws, env: o.env });

beforeEach(async () => {
  c = await freshCheckout();
  ({ root, ws } = c);
});
afterEach(async () => {
  await rm(c.root, { recursive: true, force: true });
});

describe('a git registry over smart HTTP with a token (GITHUB_TOKEN)', () => {
  const TOKEN = 'ghs_clitoken000000000000000000000000000';
  let server: GitHttpServer;
  beforeAll(async () => {
    server = await startGitHttpServer({ token: TOKEN });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('reads and writes with the token as a header, and never prints it', async () => {
    const fullName = `octo-org/cli-${root.slice(-6)}`;
    const bare = server.createRepo(fullName);
    const url = `git:${server.repoUrl(fullName)}`;
    const writer = openRegistry({ uri: url, workspace: ws, tempDir: root, token: TOKEN });
    await writer.register({
      name: parseModelName('churn'),
      files: { root: join(root, 'm1'), paths: ['.'] },
      alias: parseAlias('production'),
    });
    await writer.register({ name: parseModelName('churn'), files: { root: join(root, 'm2'), paths: ['.'] } });
    await writer.close();

    const env = { GITHUB_TOKEN: TOKEN };
    // The commands of the guide's GitLab CI example, with GitLab's variables for who and which job.
    const gitlab = { ...env, GITLAB_CI: 'true', GITLAB_USER_LOGIN: 'jdoe', CI_JOB_URL: 'https://gitlab.example/acme/ml/-/jobs/42' };
    const p = await mlops(
      ['registry', 'promote', 'churn', 'latest', '--alias', 'production', '--reason', 'GitLab pipeline 7', '--registry', url, '--json'],
      { env: gitlab },
    );
    expect(p.code, p.stderr).toBe(0);
    expect(JSON.parse(p.stdout)).toMatchObject({
      from: '0.1.0',
      to: '0.2.0',
      moved: true,
      actor: 'gitlab:jdoe',
      reason: 'GitLab pipeline 7',
    });
    const h = await mlops(['registry', 'history', 'churn', '--alias', 'production', '--limit', '3', '--registry', url], { env: gitlab });
    expect(h.code, h.stderr).toBe(0);
    expect(h.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /alias\s+0\.2\.0\s+production\s+0\.1\.0 → 0\.2\.0\s+gitlab:jdoe\s+GitLab pipeline 7$/,
    );
    const audit = JSON.parse((await mlops(['registry', 'history', 'churn', '--json', '--registry', url], { env })).stdout);
    expect(audit.entries.at(-1)).toMatchObject({ actor: 'gitlab:jdoe', runUrl: 'https://gitlab.example/acme/ml/-/jobs/42' });
    // Not attributed to a GitHub account named jdoe: the commit is the Actions bot's.
    const author = git(['log', '-1', '--format=%an <%ae>', 'mlops-registry'], bare).trim();
    expect(author).toBe('github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
    const f = await mlops(['registry', 'fetch', 'churn', 'production', '--out', 'models/churn', '--registry', url], {
      env: { GH_TOKEN: TOKEN },
    });
    expect(f.code, f.stderr).toBe(0);
    expect(readFileSync(join(ws, 'models/churn/meta/labels.txt'), 'utf8')).toBe('v2\n');
    for (const r of [p, f]) expect(r.stdout + r.stderr).not.toContain(TOKEN);

    const denied = await mlops(['registry', 'list', '--registry', url]);
    expectCleanError(denied, 1, /cannot reach the registry/);
    const wrong = await mlops(['registry', 'list', '--registry', url], { env: { GITHUB_TOKEN: 'ghs_wrong' } });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).not.toContain('ghs_wrong');
  });
});

describe('a version stored as GitHub Release assets (the GitHub API emulator)', () => {
  const emulator = useGitHubEmulator();

  it('fetch downloads the assets with GITHUB_TOKEN through GITHUB_API_URL, verified; a changed asset fails it (exit 1)', async () => {
    // timeScale 0: octokit's spacing of writes (1 s apart) and any back-off are not waited for.
    const octokit = createGitHubClient({ token: TOKENS.githubToken, apiUrl: emulator.url, timeScale: 0 }) as unknown as ReleaseClient;
    const reg = openRegistry({
      uri: 'git:origin',
      workspace: ws,
      tempDir: root,
      github: { octokit, owner: 'octo-org', repo: 'ml-project' },
      timeScale: 0,
    });
    await reg.register({
      name: parseModelName('churn'),
      files: { root: join(root, 'm1'), paths: ['.'] },
      store: 'release',
      alias: parseAlias('production'),
    });
    await reg.close();
    const env = { GITHUB_TOKEN: TOKENS.githubToken, GITHUB_API_URL: emulator.url };

    const shown = await mlops(['registry', 'show', 'churn', 'production'], { env });
    expect(shown.stdout).toMatch(/^store\s+GitHub Release octo-org\/ml-project \S+$/m);
    const r = await mlops(['registry', 'fetch', 'churn', 'production', '--out', 'dl'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(ws, 'dl/weights.bin')).equals(Buffer.alloc(4096, 1))).toBe(true);
    expect(emulator.requestsFor('repos/get-release-asset').length).toBeGreaterThanOrEqual(2);
    expect(r.stdout + r.stderr).not.toContain(TOKENS.githubToken);

    const asset = emulator.state.releases('octo-org/ml-project')[0]!.assets.find((a) => a.name === 'weights.bin')!;
    asset.data = Buffer.alloc(4096, 7);
    expectCleanError(
      await mlops(['registry', 'fetch', 'churn', 'production', '--out', 'dl2'], { env }),
      1,
      /weights\.bin of churn@0\.1\.0 does not match its model card/,
    );
    expect(existsSync(join(ws, 'dl2'))).toBe(false);

    // Without a token the CLI has no GitHub client: it says so and what to do.
    expectCleanError(
      await mlops(['registry', 'fetch', 'churn', 'production', '--out', 'dl3']),
      1,
      /are GitHub Release assets of octo-org\/ml-project, and no GitHub client is configured\. Set GITHUB_TOKEN \(or GH_TOKEN\)/,
    );
  });
});
