/**
 * `mlops registry …` (packages/cli/src/registry-commands.ts) run as a user runs it — the workspace bin
 * in a child process — against a real bare git remote (from a clone, default git:origin), a bare
 * remote over git smart HTTP with a token, and a file: registry: every command, --json parsed, the
 * human tables, exit codes (0 done, 1 failed, 2 usage), errors without a stack. Colours and the
 * progress bar are checked in-process with fake terminal streams.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '@mlops-actions/github';
import { layout, openRegistry, type Registry, type ReleaseClient, parseModelName, parseAlias } from '@mlops-actions/registry';
import { runRegistry, watchStaging, type RegistryIo } from '../../../packages/cli/src/registry-commands.ts';
import { identityFrom, tokenFrom } from '../../../packages/cli/src/registry-env.ts';
import { progressBar, style } from '../../../packages/cli/src/terminal.ts';
import { TOKENS, useGitHubEmulator } from '../../harness/index.ts';
import { startGitHttpServer, type GitHttpServer } from '../../harness/git-http-server.ts';
import { bareRepo, git, projectClone, tempDir, writeFiles } from '../../unit/registry/helpers.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'packages/cli/bin/mlops.js');
const ESC = '\u001b[';

let root: string;
let remote: string;
let ws: string;

/** The environment of a laptop: no CI variables, no token, no NO_COLOR. */
function laptopEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      /^(GITHUB_|RUNNER_|GITLAB_|CI_|JENKINS_|BUILD_)/.test(k) ||
      ['CI', 'NO_COLOR', 'GH_TOKEN', 'FORCE_COLOR', 'MLOPS_DEBUG', 'GIT_DIR', 'GIT_WORK_TREE'].includes(k)
    )
      continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function mlops(args: string[], o: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd: o.cwd ?? ws, env: laptopEnv(o.env), encoding: 'utf8' }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

/** A failure the way a script sees it: the exit code, one `mlops:` line (and a hint), never a stack. */
function expectCleanError(r: Run, code: number, message: RegExp): void {
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^mlops: /);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
}

beforeEach(async () => {
  root = await tempDir('mlops-cli-registry-');
  remote = bareRepo(join(root, 'remote.git'));
  ws = projectClone(remote, join(root, 'ws')).dir;
  // The laptop's git identity: what writes are recorded as outside CI.
  git(['config', 'user.name', 'Jane Doe'], ws);
  git(['config', 'user.email', 'jane@example.com'], ws);
  for (const v of [1, 2]) await writeFiles(join(root, `m${v}`), { 'weights.bin': Buffer.alloc(4096, v), 'meta/labels.txt': `v${v}\n` });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function openAs(uri: string): Registry {
  return openRegistry({ uri, workspace: ws, tempDir: root });
}

/** churn 0.1.0 (production) and 0.2.0 (staging). */
async function seed(uri: string): Promise<void> {
  const reg = openAs(uri);
  try {
    await reg.register({
      name: parseModelName('churn'),
      files: { root: join(root, 'm1'), paths: ['.'] },
      metrics: { accuracy: 0.91 },
      alias: parseAlias('production'),
    });
    await reg.register({
      name: parseModelName('churn'),
      files: { root: join(root, 'm2'), paths: ['.'] },
      metrics: { accuracy: 0.93 },
      alias: parseAlias('staging'),
    });
  } finally {
    await reg.close();
  }
}

async function aliasesOf(uri: string): Promise<Record<string, string>> {
  const reg = openAs(uri);
  try {
    return Object.fromEntries(Object.entries(await reg.aliases(parseModelName('churn'))).map(([a, s]) => [a, s.version]));
  } finally {
    await reg.close();
  }
}

describe.each([
  // No --registry: git:origin is the default inside a checkout.
  ['a bare git remote (git:origin, the default in a checkout)', 'git:origin', [] as string[]],
  ['a file: registry', 'file:reg', ['--registry', 'file:reg']],
])('mlops registry against %s', (_label, uri, reg) => {
  beforeEach(async () => {
    await seed(uri);
  });

  it('list: a table of models for people, the same as JSON for scripts', async () => {
    const human = await mlops(['registry', 'list', ...reg]);
    expect(human.code, human.stderr).toBe(0);
    const lines = human.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^MODEL\s+LATEST\s+VERSIONS\s+ALIASES\s+UPDATED\s+DEPRECATED$/);
    expect(lines[1]).toMatch(/^churn\s+0\.2\.0\s+2\s+production=0\.1\.0, staging=0\.2\.0\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}Z$/);
    expect(human.stdout).not.toContain(ESC); // not a terminal: no colours

    const json = await mlops(['registry', 'list', '--json', ...reg]);
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout);
    expect(data.models).toEqual([
      expect.objectContaining({ name: 'churn', latest: '0.2.0', versions: 2, aliases: { production: '0.1.0', staging: '0.2.0' } }),
    ]);
  });

  it('list <model>: its versions, newest first, with aliases, size and metrics; --limit', async () => {
    const human = await mlops(['registry', 'list', 'churn', ...reg]);
    expect(human.code, human.stderr).toBe(0);
    const lines = human.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^VERSION\s+ALIASES\s+CREATED\s+FILES\s+SIZE\s+VALIDATION\s+STATUS\s+METRICS$/);
    expect(lines[1]).toMatch(/^0\.2\.0\s+staging\s+\S+ \S+\s+2\s+4\.0 KiB\s+accuracy=0\.93$/);
    expect(lines[2]).toMatch(/^0\.1\.0\s+production\s+\S+ \S+\s+2\s+4\.0 KiB\s+accuracy=0\.91$/);

    const json = JSON.parse((await mlops(['registry', 'list', 'churn', '--limit', '1', '--json', ...reg])).stdout);
    expect(json.versions.map((v: { version: string }) => v.version)).toEqual(['0.2.0']);
    expect(json.aliases.production.version).toBe('0.1.0');
  });

  it('show <model> <alias|version|latest>: the card and its files', async () => {
    const human = await mlops(['registry', 'show', 'churn', 'production', ...reg]);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toMatch(/^model\s+churn 0\.1\.0$/m);
    expect(human.stdout).toMatch(/^aliases\s+production$/m);
    expect(human.stdout).toMatch(/^metrics\s+accuracy=0\.91$/m);
    const sha = (await import('node:crypto')).createHash('sha256').update(Buffer.alloc(4096, 1)).digest('hex');
    expect(human.stdout).toMatch(/^PATH\s+SIZE\s+SHA256$/m);
    expect(human.stdout).toMatch(new RegExp(`^weights\\.bin\\s+4\\.0 KiB\\s+${sha}$`, 'm'));

    const latest = JSON.parse((await mlops(['registry', 'show', 'churn', 'latest', '--json', ...reg])).stdout);
    expect(latest.card).toMatchObject({ name: 'churn', version: '0.2.0' });
    const exact = JSON.parse((await mlops(['registry', 'show', 'churn', '0.1.0', '--json', ...reg])).stdout);
    expect(exact.card.version).toBe('0.1.0');
    expect(exact.aliases.staging.version).toBe('0.2.0');
  });

  it('promote <model> <version> --alias, rollback --alias, history: audited moves recorded as the laptop user', async () => {
    const p = await mlops(['registry', 'promote', 'churn', '0.2.0', '--alias', 'production', '--reason', 'better recall', ...reg]);
    expect(p.code, p.stderr).toBe(0);
    expect(p.stdout.trim()).toBe('churn: production 0.1.0 → 0.2.0');
    expect(await aliasesOf(uri)).toEqual({ production: '0.2.0', staging: '0.2.0' });

    const again = await mlops(['registry', 'promote', 'churn', '0.2.0', '--alias', 'production', ...reg]);
    expect(again.stdout).toContain('already points at 0.2.0; nothing changed');

    const back = await mlops(['registry', 'rollback', 'churn', '--alias', 'production', '--json', ...reg]);
    expect(back.code, back.stderr).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({ model: 'churn', alias: 'production', from: '0.2.0', to: '0.1.0', moved: true });
    expect(await aliasesOf(uri)).toEqual({ production: '0.1.0', staging: '0.2.0' });

    const h = JSON.parse((await mlops(['registry', 'history', 'churn', '--alias', 'production', '--json', ...reg])).stdout);
    const moves = h.entries.filter((e: { action: string }) => e.action === 'alias');
    expect(moves.slice(-2)).toEqual([
      expect.objectContaining({
        alias: 'production',
        from: '0.1.0',
        to: '0.2.0',
        reason: 'better recall',
        actor: 'Jane Doe <jane@example.com>',
      }),
      expect.objectContaining({ alias: 'production', from: '0.2.0', to: '0.1.0', reason: 'rollback from 0.2.0' }),
    ]);

    const table = await mlops(['registry', 'history', 'churn', '--limit', '2', ...reg]);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^WHEN\s+ACTION\s+VERSION\s+ALIAS\s+CHANGE\s+BY\s+REASON$/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/alias\s+0\.2\.0\s+production\s+0\.1\.0 → 0\.2\.0\s+Jane Doe <jane@example\.com>\s+better recall$/);
    // The person at the keyboard authors the registry commit (the bot commits it), as in a workflow.
    if (uri === 'git:origin') {
      expect(git(['log', '-1', '--format=%an <%ae>|%cn', 'mlops-registry'], remote).trim()).toBe(
        'Jane Doe <jane@example.com>|github-actions[bot]',
      );
    }
  });

  it('promote by alias name (what staging names) and alias remove', async () => {
    await mlops(['registry', 'promote', 'churn', '0.1.0', '--alias', 'candidate', ...reg]);
    const p = await mlops(['registry', 'promote', 'churn', 'staging', '--alias', 'candidate', ...reg]);
    expect(p.stdout.trim()).toBe('churn: candidate 0.1.0 → 0.2.0');
    const rm = await mlops(['registry', 'alias', 'remove', 'churn', 'candidate', '--reason', 'done', ...reg]);
    expect(rm.code, rm.stderr).toBe(0);
    expect(rm.stdout.trim()).toBe('churn: candidate removed (it pointed at 0.2.0)');
    expect(await aliasesOf(uri)).toEqual({ production: '0.1.0', staging: '0.2.0' });
  });

  it('fetch <model> <alias> --out: verified files; a non-empty folder is refused unless --overwrite', async () => {
    const f = await mlops(['registry', 'fetch', 'churn', 'production', '--out', 'models/churn', ...reg]);
    expect(f.code, f.stderr).toBe(0);
    expect(f.stdout).toMatch(/^Fetched churn 0\.1\.0 \(production\) into .*models\/churn: 2 file\(s\), 4\.0 KiB, each verified/);
    expect(f.stderr).toBe(''); // not a terminal: no progress bar
    expect(readFileSync(join(ws, 'models/churn/weights.bin')).equals(Buffer.alloc(4096, 1))).toBe(true);
    expect(readdirSync(join(ws, 'models/churn')).sort()).toEqual(['meta', 'weights.bin']);

    const again = await mlops(['registry', 'fetch', 'churn', 'latest', '--out', 'models/churn', ...reg]);
    expectCleanError(again, 1, /--out: the destination .*models\/churn already holds files.*--overwrite to replace/);
    expect(readFileSync(join(ws, 'models/churn/meta/labels.txt'), 'utf8')).toBe('v1\n');

    const over = await mlops(['registry', 'fetch', 'churn', 'latest', '--out', 'models/churn', '--overwrite', '--json', ...reg]);
    expect(over.code, over.stderr).toBe(0);
    const data = JSON.parse(over.stdout);
    expect(data).toMatchObject({ model: 'churn', version: '0.2.0', ref: 'latest', dir: join(ws, 'models/churn'), replaced: true });
    expect(data.files.map((x: { path: string }) => x.path).sort()).toEqual(['meta/labels.txt', 'weights.bin']);
    expect(readFileSync(join(ws, 'models/churn/meta/labels.txt'), 'utf8')).toBe('v2\n');
  });

  it('deprecate --reason: fetch and promote refuse it (exit 1) unless --allow-deprecated; --restore undoes it', async () => {
    const d = await mlops(['registry', 'deprecate', 'churn', '0.1.0', '--reason', 'label leak', ...reg]);
    expect(d.code, d.stderr).toBe(0);
    expect(d.stdout).toContain('churn 0.1.0 deprecated: label leak');
    expect(d.stdout).toContain('still named by production');

    const refused = await mlops(['registry', 'fetch', 'churn', '0.1.0', '--out', 'old', ...reg]);
    expectCleanError(
      refused,
      1,
      /churn 0\.1\.0 is deprecated \(label leak; .* by Jane Doe <jane@example\.com>\), so it is not fetched.*--allow-deprecated to use it anyway/,
    );
    expect(existsSync(join(ws, 'old'))).toBe(false);
    const promoteRefused = await mlops(['registry', 'promote', 'churn', '0.1.0', '--alias', 'staging', ...reg]);
    expectCleanError(promoteRefused, 1, /is deprecated .*so it is not promoted/);

    const allowed = await mlops(['registry', 'fetch', 'churn', '0.1.0', '--out', 'old', '--allow-deprecated', ...reg]);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stderr).toMatch(/^mlops: warning: churn 0\.1\.0 is deprecated/);

    const listed = await mlops(['registry', 'list', 'churn', ...reg]);
    expect(listed.stdout).toMatch(/^0\.1\.0\s+production.*deprecated: label leak/m);

    const restored = await mlops(['registry', 'deprecate', 'churn', '0.1.0', '--restore', '--json', ...reg]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ model: 'churn', version: '0.1.0', changed: true });
    const h = JSON.parse((await mlops(['registry', 'history', 'churn', '--json', ...reg])).stdout);
    expect(h.entries.slice(-2).map((e: { action: string }) => e.action)).toEqual(['deprecate', 'restore']);
  });

  it('failures exit 1 with one line and the fix, no stack', async () => {
    expectCleanError(
      await mlops(['registry', 'show', 'churn', '9.9.9', ...reg]),
      1,
      /<version>: model 'churn' has no version 9\.9\.9 .*Registered versions include 0\.2\.0, 0\.1\.0/,
    );
    expectCleanError(
      await mlops(['registry', 'show', 'churn', 'canary', ...reg]),
      1,
      /alias 'canary' of model 'churn' is not set\. Set aliases are production → 0\.1\.0, staging → 0\.2\.0/,
    );
    expectCleanError(await mlops(['registry', 'history', 'nope', ...reg]), 1, /there is no model 'nope' in the registry/);
    expectCleanError(await mlops(['registry', 'list', 'nope', ...reg]), 1, /there is no model 'nope' in the registry/);
    expectCleanError(
      await mlops(['registry', 'rollback', 'churn', '--alias', 'staging', ...reg]),
      1,
      /alias 'staging' of model 'churn' pointed at no version before 0\.2\.0.*with --to <version>/,
    );
    expectCleanError(
      await mlops(['registry', 'alias', 'remove', 'churn', 'canary', ...reg]),
      1,
      /alias 'canary' of model 'churn' is not set/,
    );
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['registry'], /usage: mlops registry/],
    [['registry', 'frobnicate'], /unknown command 'frobnicate'/],
    [['registry', 'promote', 'churn', '0.2.0', '--registry', 'file:reg'], /promote needs the alias to move/],
    [['registry', 'promote', 'churn', '0.2.0', '--to', 'production', '--registry', 'file:reg'], /'promote' takes no --to option/],
    [['registry', 'deprecate', 'churn', '0.1.0', '--registry', 'file:reg'], /deprecate needs a reason/],
    [['registry', 'fetch', 'churn', 'latest', '--registry', 'file:reg'], /fetch needs the folder to fetch into/],
    [['registry', 'show', 'Churn Model', '--registry', 'file:reg'], /^mlops: <model>: /],
    [['registry', 'show', 'churn', '1.x', '--registry', 'file:reg'], /^mlops: <version>: /],
    [['registry', 'list', '--limit', '0', '--registry', 'file:reg'], /--limit must be a whole number above 0/],
    [
      ['registry', 'fetch', 'churn', 'latest', '--out', 'reg', '--overwrite', '--registry', 'file:reg'],
      /--out reg holds the registry directory file:reg/,
    ],
    [['registry', 'fetch', 'churn', 'latest', '--out', '.', '--registry', 'file:reg'], /--out \. is the current folder or holds it/],
    [['registry', 'list', '--bogus'], /Unknown option '--bogus'/],
    [['registry', 'list', '--registry', 's3://bucket'], /is not a registry: write git:origin/],
    [['registry', 'list', '--registry', 'file:missing'], /the registry directory .*missing does not exist/],
    [['registry', 'list', '--registry', 'file:'], /'file:' names no directory/],
    [
      ['registry', 'list', '--registry', 'file:reg', '--registry-branch', 'a..b'],
      /--registry-branch: 'a\.\.b' is not a usable branch name/,
    ],
  ])('mlops %j', async (args, message) => {
    await mkdir(join(ws, 'reg'), { recursive: true });
    const r = await mlops(args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr + r.stdout).toMatch(message);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('outside a git checkout without --registry: says to pass --registry', async () => {
    const plain = join(root, 'plain');
    await mkdir(plain);
    expectCleanError(
      await mlops(['registry', 'list'], { cwd: plain }),
      2,
      /not inside a git checkout .*pass --registry git:<url> or --registry file:<dir>/,
    );
  });

  it('a file: registry in a folder that is not a checkout needs no token nor git', async () => {
    const plain = join(root, 'plain');
    await mkdir(plain);
    const reg = openRegistry({ uri: 'file:reg', workspace: plain, tempDir: root });
    await reg.register({ name: parseModelName('churn'), files: { root: join(root, 'm1'), paths: ['.'] } });
    await reg.close();
    const r = await mlops(['registry', 'list', '--registry', 'file:reg', '--json'], { cwd: plain });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).models[0].name).toBe('churn');
  });
});

describe('verification', () => {
  it('a stored file that no longer matches its card fails the fetch (exit 1) and leaves nothing', async () => {
    await seed('file:reg');
    await writeFile(join(ws, 'reg', layout.file('churn', '0.1.0', 'weights.bin')), Buffer.alloc(4096, 9));
    const r = await mlops(['registry', 'fetch', 'churn', '0.1.0', '--out', 'models/churn', '--registry', 'file:reg']);
    expectCleanError(r, 1, /weights\.bin of churn@0\.1\.0 does not match its model card/);
    expect(existsSync(join(ws, 'models'))).toBe(false);
  });
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

describe('the terminal: colours, NO_COLOR, progress (fake TTY streams, in-process)', () => {
  function fakeStream(isTTY: boolean) {
    const chunks: string[] = [];
    return { stream: { isTTY, columns: 80, write: (s: string) => chunks.push(s) }, text: () => chunks.join('') };
  }
  async function run(args: string[], o: { tty: boolean; env?: Record<string, string> }) {
    const out = fakeStream(o.tty);
    const err = fakeStream(o.tty);
    const io: Partial<RegistryIo> = { stdout: out.stream, stderr: err.stream, cwd: ws, env: o.env ?? {} };
    const code = await runRegistry(args, io);
    return { code, stdout: out.text(), stderr: err.text() };
  }

  beforeEach(async () => {
    await seed('file:reg');
  });

  it('colours a table on a terminal, and never with NO_COLOR set (an empty NO_COLOR counts as unset) or --json', async () => {
    const args = ['list', 'churn', '--registry', 'file:reg'];
    const tty = await run(args, { tty: true });
    expect(tty.code).toBe(0);
    expect(tty.stdout).toContain(`${ESC}1mVERSION`);
    expect(tty.stdout).toContain(`${ESC}36mproduction${ESC}39m`);
    // Alignment counts visible characters: the plain and coloured tables line up the same.
    const plainRun = await run(args, { tty: true, env: { NO_COLOR: '1' } });
    expect(plainRun.stdout).not.toContain(ESC);
    expect(tty.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plainRun.stdout);
    expect((await run(args, { tty: true, env: { NO_COLOR: '' } })).stdout).toContain(ESC);
    expect((await run(args, { tty: false })).stdout).not.toContain(ESC);
    const json = await run([...args, '--json'], { tty: true });
    expect(json.stdout).not.toContain(ESC);
    expect(JSON.parse(json.stdout).versions).toHaveLength(2);
  });

  it('errors are red on a terminal only', async () => {
    const tty = await run(['show', 'churn', '9.9.9', '--registry', 'file:reg'], { tty: true });
    expect(tty.code).toBe(1);
    expect(tty.stderr).toMatch(/^\u001b\[31mmlops:\u001b\[39m <version>: model 'churn' has no version 9\.9\.9/);
    const noColour = await run(['show', 'churn', '9.9.9', '--registry', 'file:reg'], { tty: true, env: { NO_COLOR: 'x' } });
    expect(noColour.stderr).toMatch(/^mlops: <version>: /);
  });

  it('fetch draws a progress bar on a terminal stderr, cleared at the end; none with --json or off a terminal', async () => {
    const tty = await run(['fetch', 'churn', 'production', '--out', 'a', '--registry', 'file:reg'], { tty: true, env: { NO_COLOR: '1' } });
    expect(tty.code, tty.stderr).toBe(0);
    expect(tty.stderr).toMatch(/\rchurn@0\.1\.0 █+ 100% {2}4\.0 KiB \/ 4\.0 KiB/);
    expect(tty.stderr.endsWith(`\r${ESC}2K`)).toBe(true);
    expect(tty.stdout).toMatch(/^Fetched churn 0\.1\.0 \(production\)/);
    const json = await run(['fetch', 'churn', 'production', '--out', 'b', '--json', '--registry', 'file:reg'], { tty: true });
    expect(json.stderr).toBe('');
    const pipe = await run(['fetch', 'churn', 'production', '--out', 'c', '--registry', 'file:reg'], { tty: false });
    expect(pipe.stderr).toBe('');
  });

  it("the bar measures fetchModel's staging folder beside the destination while the download runs", async () => {
    const dest = join(root, 'out', 'model');
    await writeFiles(join(root, 'out', '.model.fetch-0a1b2c'), { 'w.bin': Buffer.alloc(1000), 'sub/x.bin': Buffer.alloc(234) });
    await writeFiles(join(root, 'out', '.other.fetch-0a1b2c'), { 'w.bin': Buffer.alloc(5000) }); // another fetch: not counted
    const seen: number[] = [];
    const stop = watchStaging(dest, (n) => seen.push(n), true);
    await new Promise((r) => setTimeout(r, 350));
    await stop();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(1234);
    const off: number[] = [];
    const stopOff = watchStaging(dest, (n) => off.push(n), false);
    await new Promise((r) => setTimeout(r, 250));
    await stopOff();
    expect(off).toEqual([]);
  });

  it('the bar redraws in place at most every interval, with the share done', () => {
    const out = fakeStream(true);
    let t = 0;
    const bar = progressBar(out.stream, 'm@1.0.0', 4096, style(false), { intervalMs: 100, now: () => t });
    bar.update(1024);
    t = 50;
    bar.update(2048); // too soon: not drawn
    t = 150;
    bar.update(3072);
    bar.done();
    const frames = out.text().split('\r').filter(Boolean);
    expect(frames).toHaveLength(3);
    expect(frames[0]).toMatch(/^m@1\.0\.0 █+░+ {2}25% {2}1\.0 KiB \/ 4\.0 KiB$/);
    expect(frames[1]).toMatch(/ {2}75% {2}3\.0 KiB \/ 4\.0 KiB$/);
    expect(frames[2]).toBe(`${ESC}2K`);
    const silent = fakeStream(false);
    const none = progressBar(silent.stream, 'm', 10, style(false));
    none.update(5, true);
    none.done();
    expect(silent.text()).toBe('');
  });
});

describe('who a write is recorded as, and the token', () => {
  it.each([
    [
      'GitHub Actions',
      {
        GITHUB_ACTIONS: 'true',
        GITHUB_ACTOR: 'octocat',
        GITHUB_ACTOR_ID: '583231',
        GITHUB_REPOSITORY: 'acme/ml',
        GITHUB_RUN_ID: '99',
        GITHUB_SERVER_URL: 'https://github.com',
      },
      { actor: 'octocat', actorId: '583231', repository: 'acme/ml', runId: '99', runUrl: 'https://github.com/acme/ml/actions/runs/99' },
    ],
    [
      'GitLab CI',
      { GITLAB_CI: 'true', GITLAB_USER_LOGIN: 'jdoe', CI_JOB_URL: 'https://gitlab.example/acme/ml/-/jobs/42' },
      { actor: 'gitlab:jdoe', runUrl: 'https://gitlab.example/acme/ml/-/jobs/42' },
    ],
    [
      'Jenkins with build-user-vars',
      { JENKINS_URL: 'https://ci.example/', BUILD_USER_ID: 'jdoe', BUILD_URL: 'https://ci.example/job/ml/7/' },
      { actor: 'jenkins:jdoe', runUrl: 'https://ci.example/job/ml/7/' },
    ],
    ['a laptop (git config)', {}, { actor: 'Jane Doe <jane@example.com>' }],
  ])('%s', (_label, env, expected) => {
    expect(identityFrom(env, ws)).toEqual(expect.objectContaining(expected));
  });

  it('a laptop user.name alone that looks like a GitHub login is marked local:, so no GitHub account gets the commit', () => {
    git(['config', 'user.email', ''], ws); // empty here, whatever the machine's global config says
    git(['config', 'user.name', 'jdoe'], ws);
    expect(identityFrom({}, ws)).toEqual({ actor: 'local:jdoe' });
  });

  it('GITHUB_TOKEN first, then GH_TOKEN; blank is none', () => {
    expect(tokenFrom({ GITHUB_TOKEN: 'a', GH_TOKEN: 'b' })).toBe('a');
    expect(tokenFrom({ GITHUB_TOKEN: ' ', GH_TOKEN: 'b' })).toBe('b');
    expect(tokenFrom({})).toBeUndefined();
  });
});

describe('the mlops bin', () => {
  it('`npx mlops registry --help` prints the help (exit 0) from the repository root, and the top-level usage names it', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8'));
    expect(join(ROOT, 'packages/cli', pkg.bin.mlops)).toBe(BIN);
    // `npx mlops` as a person types it: the bin npm links into node_modules/.bin for the workspace
    // (--no-install: never fetched from a package registry).
    expect(realpathSync(join(ROOT, 'node_modules/.bin/mlops'))).toBe(BIN);
    const help = await new Promise<Run>((done) =>
      execFile(
        'npx',
        ['--no-install', 'mlops', 'registry', '--help'],
        { cwd: ROOT, env: laptopEnv(), encoding: 'utf8' },
        (err, stdout, stderr) => done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
      ),
    );
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain('promote <model> <version|alias> --alias <alias>');
    expect(help.stdout).toMatch(/Exit codes: 0 done; 1 the operation failed .*\n.*2 usage error/);
    const top = await mlops(['--help'], { cwd: ROOT });
    expect(top.stdout).toContain('mlops registry <list|show|history|promote|rollback|deprecate|alias remove|fetch>');
  });
});
