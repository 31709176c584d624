/**
 * What only the git: backend has: remotes that refuse, cannot be reached or race forever, how a
 * remote is named, authentication that never shows the token, tags, and reads that fetch little.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { chmodSync, existsSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modelSelection, openRegistry, parseModelName, parseModelVersion } from '@mlops-actions/registry';
import { GitBackend } from '../../../packages/registry/src/git-backend.ts';
import { BRANCH, bareRepo, git, makeFixture, projectClone, writeFiles, type Fixture } from './helpers.ts';

let fx: Fixture;
let model: string;
beforeEach(async () => {
  fx = await makeFixture('git');
  model = join(fx.workspace, 'model');
  await writeFiles(model, { 'model.bin': 'weights' });
});
afterEach(async () => {
  await fx.cleanup();
});

const remote = () => join(fx.root, 'remote.git');

function hook(name: string, script: string): void {
  const path = join(remote(), 'hooks', name);
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
}

describe('git: backend', () => {
  it('turns a remote that refuses the push into a clear error, leaves no branch, tag or stored copy behind', async () => {
    hook('pre-receive', 'echo "Permission to octo-org/ml-project.git denied to github-actions[bot]." >&2; exit 1');
    const store = join(fx.root, 'store');
    const reg = fx.open();
    await expect(
      reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] }, tag: true, store: `file:${store}` }),
    ).rejects.toThrow(/refused the push to branch 'mlops-registry'.*Permission to octo-org\/ml-project\.git denied.*contents: write/);
    expect(fx.head()).toBe('');
    expect(git(['tag', '-l'], remote())).toBe('');
    // The content-addressed copy made before the commit was removed again.
    expect(existsSync(join(store, 'm')) ? readdirSync(join(store, 'm')) : []).toEqual([]);
  });

  it('retries a push that keeps losing the race, with backoff, then gives up with a clear error', async () => {
    // The update hook moves the branch itself before git updates it: every push loses, as against a very busy writer.
    hook(
      'update',
      'c=$(GIT_AUTHOR_NAME=n GIT_AUTHOR_EMAIL=n@n GIT_COMMITTER_NAME=n GIT_COMMITTER_EMAIL=n@n git commit-tree $(git hash-object -t tree -w /dev/null) -m "noise $$ $(date +%s%N)") && git update-ref "$1" "$c"; exit 0',
    );
    const messages: string[] = [];
    const reg = fx.open({
      retry: { attempts: 3, baseMs: 10, maxMs: 20 },
      log: { info: (m) => messages.push(m), warning: (m) => messages.push(m) },
    });
    await expect(reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } })).rejects.toThrow(
      /could not write to the registry git:origin after 3 attempts.*re-run the job/,
    );
    expect(messages.filter((m) => /another writer updated 'mlops-registry' first; retrying/.test(m))).toHaveLength(2);
  });

  it('timeScale scales the push back-off: at 0 the same retries run without the waits', async () => {
    hook(
      'update',
      'c=$(GIT_AUTHOR_NAME=n GIT_AUTHOR_EMAIL=n@n GIT_COMMITTER_NAME=n GIT_COMMITTER_EMAIL=n@n git commit-tree $(git hash-object -t tree -w /dev/null) -m "noise $$ $(date +%s%N)") && git update-ref "$1" "$c"; exit 0',
    );
    const messages: string[] = [];
    // At timeScale 1 this policy waits 1.5 s to 3 s before its third attempt.
    const reg = fx.open({
      retry: { attempts: 3, baseMs: 1000, maxMs: 4000 },
      timeScale: 0,
      log: { info: (m) => messages.push(m), warning: (m) => messages.push(m) },
    });
    await expect(reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } })).rejects.toThrow(
      /could not write to the registry git:origin after 3 attempts/,
    );
    expect(messages.filter((m) => /first; retrying on the new tip in \d+ ms/.test(m)).map((m) => /in (\d+) ms/.exec(m)![1])).toEqual([
      '0',
      '0',
    ]);
  });

  it('names an unreachable registry and what to check', async () => {
    const reg = openRegistry({ uri: `git:${join(fx.root, 'no-such-repo.git')}`, workspace: fx.workspace, tempDir: join(fx.root, 'tmp') });
    await expect(reg.versions(parseModelName('m'))).rejects.toThrow(
      /cannot reach the registry git:.*no-such-repo\.git.*does not appear to be a git repository.*names a reachable git remote/,
    );
    await reg.close();
  });

  it('resolves git:<name> through the workspace remotes, and says when there is no such remote', async () => {
    const other = bareRepo(join(fx.root, 'other.git'));
    git(['remote', 'add', 'models', other], fx.workspace);
    const reg = openRegistry({ uri: 'git:models', workspace: fx.workspace, tempDir: join(fx.root, 'tmp') });
    await reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } });
    expect(git(['ls-tree', '-r', '--name-only', BRANCH], other)).toContain('models/m/index.json');
    expect(fx.head()).toBe('');
    await reg.close();
    const none = openRegistry({ uri: 'git:upstream', workspace: fx.workspace, tempDir: join(fx.root, 'tmp') });
    await expect(none.versions(parseModelName('m'))).rejects.toThrow(/has no git remote named 'upstream'.*actions\/checkout/);
  });

  it('keeps the registry on another branch when asked', async () => {
    const reg = fx.open({ branch: 'models/registry' });
    await reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } });
    expect(git(['ls-tree', '-r', '--name-only', 'models/registry'], remote())).toContain('models/m/index.json');
    expect(() => fx.open({ branch: '../bad' })).toThrow(/not a usable branch name/);
  });

  it('pushes an annotated <name>@v<version> tag at the commit that produced the model, atomically with the version', async () => {
    const commit = git(['rev-parse', 'HEAD'], fx.workspace).trim();
    const reg = fx.open();
    const r = await reg.register({ name: parseModelName('churn'), files: { root: model, paths: ['.'] }, tag: true, lineage: { commit } });
    expect(r.tag).toBe('churn@v0.1.0');
    expect(git(['cat-file', '-t', 'churn@v0.1.0'], remote()).trim()).toBe('tag');
    expect(git(['rev-parse', 'churn@v0.1.0^{commit}'], remote()).trim()).toBe(commit);
    expect(git(['tag', '-l', '--format=%(contents:subject)', 'churn@v0.1.0'], remote())).toMatch(/Model churn version 0\.1\.0 \(sha256:/);
    // Registering the same files again finds the tag there and leaves it.
    const again = await reg.register({
      name: parseModelName('churn'),
      files: { root: model, paths: ['.'] },
      tag: true,
      lineage: { commit },
    });
    expect(again).toMatchObject({ created: false, tag: 'churn@v0.1.0' });
  });

  it('reads without fetching model files: a resolve brings the tip trees and the few blobs it needs', async () => {
    await writeFiles(model, { 'big.bin': Buffer.alloc(3 * 1024 * 1024, 7) });
    const writer = fx.open();
    await writer.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } });
    const temp = join(fx.root, 'reader-tmp');
    const reader = openRegistry({ uri: 'git:origin', workspace: fx.workspace, tempDir: temp });
    expect((await reader.resolve(parseModelName('m')))?.files.map((f) => f.path)).toEqual(['big.bin', 'model.bin']);
    const repo = join(temp, readdirSync(temp)[0]!, 'repo.git');
    const sizeKiB =
      Number(/size-pack: (\d+)/.exec(git(['count-objects', '-v'], repo))?.[1] ?? '0') +
      Number(/size: (\d+)/.exec(git(['count-objects', '-v'], repo))?.[1] ?? '0');
    expect(sizeKiB).toBeLessThan(256);
    await reader.close();
    expect(existsSync(join(temp, readdirSync(temp)[0] ?? 'x'))).toBe(false);
  });

  it('sends the token as an HTTP header to https remotes and never shows it', async () => {
    const token = 'ghs_secret_token_for_the_test_123456';
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(403, { 'content-type': 'text/plain' }).end(`Permission denied for ${req.headers.authorization}`);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      const reg = openRegistry({
        uri: `git:http://127.0.0.1:${port}/o/r.git`,
        workspace: fx.workspace,
        tempDir: join(fx.root, 'tmp'),
        token,
      });
      const err = await reg.versions(parseModelName('m')).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(err?.message).toMatch(/cannot reach the registry .*403/);
      expect(err?.message).not.toContain(token);
      expect(err?.message).not.toContain(Buffer.from(`x-access-token:${token}`).toString('base64'));
      expect(seen[0]?.authorization).toBe(`basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`);
      await reg.close();
    } finally {
      server.close();
    }
  });

  it("removes credentials written in URLs from git's own messages (a remote that echoes one)", async () => {
    hook(
      'pre-receive',
      'echo "Push to https://x-access-token:ghp_leakedInRemoteMessage@github.com/o/r.git instead: permission denied" >&2; exit 1',
    );
    const reg = fx.open();
    const err = await reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err?.message).toMatch(/refused the push .*https:\/\/\*\*\*@github\.com\/o\/r\.git instead/);
    expect(err?.message).not.toContain('ghp_leakedInRemoteMessage');
  });

  it('lands a registration from a second clone on top of the first one (no force, no lost version)', async () => {
    const second = projectClone(remote(), join(fx.root, 'clone-2')).dir;
    const a = fx.open();
    const b = openRegistry({ uri: 'git:origin', workspace: second, tempDir: join(fx.root, 'tmp') });
    await a.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } });
    await writeFiles(join(second, 'model'), { 'model.bin': 'other weights' });
    await b.register({ name: parseModelName('m'), files: { root: join(second, 'model'), paths: ['.'] } });
    expect((await a.versions(parseModelName('m'))).map((v) => v.version)).toEqual(['0.2.0', '0.1.0']);
    expect(git(['rev-list', '--count', BRANCH], remote()).trim()).toBe('2');
    await b.close();
  });
});

describe('store: auto', () => {
  it('keeps models above 25 MiB off the branch, and says what to do when there is no Release store', async () => {
    const big = join(fx.workspace, 'big');
    await writeFiles(big, { 'weights.bin': Buffer.alloc(25 * 1024 * 1024 + 1, 1) });
    const reg = fx.open();
    await expect(reg.register({ name: parseModelName('big'), files: { root: big, paths: ['.'] } })).rejects.toThrow(
      /input 'store'.*25\.0 MiB, above the 25 MiB.*store: registry/,
    );
    expect(fx.head()).toBe('');
    const r = await reg.register({
      name: parseModelName('big'),
      files: { root: big, paths: ['.'] },
      store: `file:${join(fx.root, 'models-store')}`,
    });
    expect(r.card.store).toEqual({ kind: 'file', uri: `file:${join(fx.root, 'models-store', 'big', r.card.digest.slice(7))}` });
    expect(fx.files().some((f) => f.includes('/files/'))).toBe(false);
    const d = await reg.download(parseModelName('big'), r.card.version, join(fx.root, 'dl'));
    expect(d.files[0]!.size).toBe(25 * 1024 * 1024 + 1);
  });
});

describe('what git cannot store', () => {
  it('leaves .git folders (any case, any depth: a model cloned from a hub) out of the model files, with a warning, and the version downloads', async () => {
    await writeFiles(model, {
      '.git/config': '[core]\n',
      '.git/objects/ab/cdef': 'x',
      'sub/.GIT/HEAD': 'ref',
      'nested/.git': 'gitdir: ../x\n',
      '.gitattributes': '*.bin -text\n',
    });
    const warnings: string[] = [];
    const reg = fx.open({ log: { info: () => undefined, warning: (m) => warnings.push(m) } });
    const r = await reg.register({ name: parseModelName('hub'), files: { root: model, paths: ['.'] } });
    expect(r.card.files.map((f) => f.path)).toEqual(['.gitattributes', 'model.bin']);
    expect(warnings.join('\n')).toMatch(/left out 3 git folders \.git, nested\/\.git, sub\/\.GIT of the model files/);
    expect(fx.files().filter((f) => f.includes('/files/'))).toEqual([
      'models/hub/versions/0.1.0/files/.gitattributes',
      'models/hub/versions/0.1.0/files/model.bin',
    ]);
    const d = await reg.download(parseModelName('hub'), parseModelVersion('0.1.0'), join(fx.root, 'dl'));
    expect(d.files.map((f) => f.path)).toEqual(['.gitattributes', 'model.bin']);
  });

  it('refuses names git and GitHub treat as .git (git~1, ".git.") with the file named', async () => {
    await writeFiles(model, { 'git~1/x': 'y' });
    const reg = fx.open();
    await expect(reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } })).rejects.toThrow(
      /input 'path': the model file 'git~1\/x' cannot be stored in a git registry: 'git~1' is a name git and GitHub treat as '\.git'.*Rename or remove it/,
    );
    expect(fx.head()).toBe('');
  });

  it('checks the tree before pushing: a path git drops without failing stops the write, nothing is pushed', async () => {
    const backend = new GitBackend({
      remote: 'origin',
      workspace: fx.workspace,
      uri: 'git:origin',
      branch: BRANCH,
      tempDir: join(fx.root, 'tmp'),
      retry: { attempts: 1, baseMs: 1, maxMs: 1 },
    });
    const write = backend.update(async () => ({
      result: 0,
      changeSet: {
        changes: [
          { path: 'ok.txt', data: 'a' },
          { path: 'models/m/files/.git/config', data: 'b' },
        ],
        message: 'm',
      },
    }));
    await expect(write).rejects.toThrow(
      /git left 1 file\(s\) out of the registry commit: models\/m\/files\/\.git\/config.*nothing was registered/,
    );
    expect(fx.head()).toBe('');
    await backend.close();
  });
});

describe('values passed to git', () => {
  it('refuses a GITHUB_SHA that is not a commit id (it would be read as an option, e.g. --upload-pack)', async () => {
    const marker = join(fx.root, 'pwned');
    const reg = fx.open();
    await expect(
      reg.register({
        name: parseModelName('m'),
        files: { root: model, paths: ['.'] },
        tag: true,
        lineage: { commit: `--upload-pack=touch ${marker}` },
      }),
    ).rejects.toThrow(/the commit "--upload-pack=touch .*" \(GITHUB_SHA\) is not a git commit id.*nothing was registered/);
    expect(existsSync(marker)).toBe(false);
    expect(fx.head()).toBe('');
  });

  it('names the scratch folder when the temp dir is unusable, instead of a raw ENOTDIR', async () => {
    const file = join(fx.root, 'a-file');
    writeFileSync(file, 'x');
    const reg = openRegistry({ uri: 'git:origin', workspace: fx.workspace, tempDir: join(file, 'tmp') });
    await expect(reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } })).rejects.toThrow(
      /cannot read the registry git:origin: the scratch folder .*a-file\/tmp is not usable \(a part of the path is a file, not a folder\).*RUNNER_TEMP/,
    );
    await reg.close();
  });

  it('names the download folder when it cannot be created', async () => {
    const reg = fx.open();
    await reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } });
    const file = join(fx.root, 'a-file');
    writeFileSync(file, 'x');
    await expect(reg.download(parseModelName('m'), parseModelVersion('0.1.0'), join(file, 'dl'))).rejects.toThrow(
      /cannot create the download folder .*a-file\/dl: (a part of the path is a file|a file is in the way).*writable folder/,
    );
  });

  it('refuses a registry branch that starts with a dash', () => {
    expect(() => fx.open({ branch: '-upload' })).toThrow(/'-upload' is not a usable branch name/);
  });

  it('refuses NaN and infinite metrics and params, naming the key (the card would store null)', async () => {
    const reg = fx.open();
    await expect(
      reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] }, metrics: { eval: { auc: Number.NaN } } }),
    ).rejects.toThrow(/input 'metrics', key 'eval\.auc': metric "eval\.auc" is NaN/);
    await expect(
      reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] }, metrics: { loss: 'Infinity' } }),
    ).rejects.toThrow(/key 'loss': metric "loss" is infinity/);
    await expect(
      reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] }, params: { lr: [0.1, -Infinity] } }),
    ).rejects.toThrow(/input 'params', key 'lr\.1': value "lr\.1" is minus infinity/);
    expect(fx.head()).toBe('');
  });

  it('refuses model paths outside the workspace (absolute, relative or through a link), as data-hash does', async () => {
    const outside = join(fx.root, 'elsewhere');
    await writeFiles(outside, { 'w.bin': 'x' });
    await expect(modelSelection(fx.workspace, [outside])).rejects.toThrow(/input 'path': '.*elsewhere' leads outside the workspace/);
    await expect(modelSelection(fx.workspace, ['../elsewhere/*.bin'])).rejects.toThrow(/leads outside the workspace/);
    symlinkSync(outside, join(fx.workspace, 'link'));
    await expect(modelSelection(fx.workspace, ['link'])).rejects.toThrow(/'link' leads outside the workspace/);
    expect(await modelSelection(fx.workspace, [join(fx.workspace, 'model')])).toEqual({ root: join(fx.workspace, 'model'), paths: ['.'] });
  });
});
