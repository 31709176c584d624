/**
 * `mlops registry` as a person at a terminal meets it: usage errors (exit 2, no stack), outside a
 * checkout, colours / NO_COLOR / the progress bar (checked in-process with fake terminal streams), who a
 * write is recorded as, and `npx mlops` from the repository root. The commands run in the test's process
 * (runMlops, helpers.ts); outside a checkout and the top-level --help go through the bin (runMlopsBin).
 */
import { execFile } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openRegistry, parseModelName } from '@mlops-actions/registry';
import { runRegistry, watchStaging, type RegistryIo } from '../../../packages/cli/src/registry-commands.ts';
import { identityFrom, tokenFrom } from '../../../packages/cli/src/registry-env.ts';
import { progressBar, style } from '../../../packages/cli/src/terminal.ts';
import { git, writeFiles } from '../../unit/registry/helpers.ts';
import {
  BIN,
  type Checkout,
  ESC,
  expectCleanError,
  freshCheckout,
  laptopEnv,
  ROOT,
  type Run,
  runMlops,
  runMlopsBin,
  seed as seedIn,
} from './helpers.ts';

let c: Checkout;
let root: string;
let ws: string;

const mlops = (args: string[], o: { cwd?: string; env?: Record<string, string> } = {}) => runMlops(args, { cwd: o.cwd ?? ws, env: o.env });
/** The same through the bin in a child process: exit codes and clean errors as a script sees them. */
const mlopsBin = (args: string[], o: { cwd: string }) => runMlopsBin(args, o);
const seed = (uri: string) => seedIn(c, uri);

beforeEach(async () => {
  c = await freshCheckout();
  ({ root, ws } = c);
});
afterEach(async () => {
  await rm(c.root, { recursive: true, force: true });
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
      await mlopsBin(['registry', 'list'], { cwd: plain }),
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
    // The watcher's 100 ms polling interval on a fake clock: 350 ms pass without waiting for them (the
    // reads of the folder are real; stop() waits for the one under way).
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const seen: number[] = [];
      const stop = watchStaging(dest, (n) => seen.push(n), true);
      vi.advanceTimersByTime(350);
      await stop();
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.at(-1)).toBe(1234);
      const off: number[] = [];
      const stopOff = watchStaging(dest, (n) => off.push(n), false);
      vi.advanceTimersByTime(250);
      await stopOff();
      expect(off).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
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
    const top = await mlopsBin(['--help'], { cwd: ROOT });
    expect(top.stdout).toContain('mlops registry <list|show|history|promote|rollback|deprecate|alias remove|fetch>');
  });
});
