/**
 * The GitHub Release store, through the bundled action and the registry package, against the GitHub
 * REST API emulator (every request and answer checked against GitHub's OpenAPI description): the
 * release is created, the files uploaded as assets, downloaded with the token and verified.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '@mlops-actions/github';
import { openRegistry, releaseTag, type ReleaseClient } from '@mlops-actions/registry';
import { runStep, TOKENS, useGitHubEmulator } from '../../harness/index.ts';
import { bareRepo, git, projectClone, tempDir, writeFiles } from '../../unit/registry/helpers.ts';

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const emulator = useGitHubEmulator();
const REPO = 'octo-org/ml-project';
let root: string;
let remote: string;
let ws: string;


beforeEach(async () => {
  root = await tempDir('mlops-release-it-');
  remote = bareRepo(join(root, 'remote.git'));
  ws = projectClone(remote, join(root, 'ws')).dir;
  await writeFiles(ws, { 'model/weights.bin': Buffer.alloc(300_000, 5), 'model/sub dir/tokenizer.json': '{"vocab":[]}' });
});

const register = (inputs: Record<string, string>, token?: string) =>
  runStep({ action: 'register-model', workspace: ws, apiUrl: emulator.url, repository: REPO, ...(token ? { token } : {}), inputs: { name: 'churn', path: 'model', store: 'release', ...inputs } });

function openWithToken(token: string) {
  const octokit = createGitHubClient({ token, apiUrl: emulator.url }) as unknown as ReleaseClient;
  return openRegistry({ uri: 'git:origin', workspace: ws, github: { octokit, owner: 'octo-org', repo: 'ml-project' } });
}

describe('the Release store', () => {
  it('uploads the files as assets of a content-addressed release, and downloads them verified with the token', async () => {
    const r = await register({});
    expect(r.exitCode, r.stdout).toBe(0);
    const card = JSON.parse(readFileSync(r.outputs['card']!, 'utf8'));
    const tag = releaseTag('churn', card.digest.slice(7));
    expect(card.store).toMatchObject({ kind: 'release', owner: 'octo-org', repo: 'ml-project', tag });
    const releases = emulator.state.releases(REPO);
    expect(releases).toHaveLength(1);
    expect(releases[0]).toMatchObject({ tagName: tag, prerelease: true, makeLatest: 'false' });
    expect(releases[0]!.assets.map((a) => [a.name, a.data.length]).sort()).toEqual([
      ['sub_dir--tokenizer.json', 12],
      ['weights.bin', 300_000],
    ]);
    // The files are not on the registry branch: only the card and the index are.
    expect(git(['ls-tree', '-r', '--name-only', 'mlops-registry'], remote)).not.toMatch(/\/files\//);
    expect(r.summary).toContain(`GitHub Release \`${tag}\``);

    const reg = openWithToken(TOKENS.githubToken);
    const dest = join(root, 'download');
    const d = await reg.download('churn', '0.1.0', dest);
    expect(d.files.map((f) => f.path).sort()).toEqual(['sub dir/tokenizer.json', 'weights.bin']);
    expect(readFileSync(join(dest, 'weights.bin')).equals(Buffer.alloc(300_000, 5))).toBe(true);
    expect(emulator.requestsFor('repos/get-release-asset').every((q) => q.auth === 'installation')).toBe(true);

    // An asset changed behind the registry's back is refused.
    releases[0]!.assets.find((a) => a.name === 'weights.bin')!.data = Buffer.alloc(300_000, 6);
    await expect(reg.download('churn', '0.1.0', join(root, 'download-2'))).rejects.toThrow(/weights\.bin of churn@0\.1\.0 does not match its model card/);
    await reg.close();

    // The same files again: same version, no second upload.
    const uploads = emulator.requestsFor('repos/upload-release-asset').length;
    const again = await register({});
    expect(again.outputs).toMatchObject({ version: '0.1.0', created: 'false' });
    expect(emulator.requestsFor('repos/upload-release-asset')).toHaveLength(uploads);
  });

  it('retries an upload that met a server error', async () => {
    emulator.faults.inject('repos/upload-release-asset', { kind: 'server-error', status: 502 });
    const r = await register({});
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/uploading .* failed \(502\); retrying/);
    expect(emulator.state.releases(REPO)[0]!.assets).toHaveLength(2);
  });

  it('with a read-only token: a clear error, no release, no version', async () => {
    const r = await register({}, TOKENS.readOnly);
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(/cannot create a release for the model files in octo-org\/ml-project \(403.*permissions: contents: write/);
    expect(emulator.state.releases(REPO)).toEqual([]);
    expect(() => git(['rev-parse', '--verify', 'mlops-registry'], remote)).toThrow();
  });

  it('removes the release it created when the version cannot be committed', async () => {
    execFileSync('sh', ['-c', `printf '#!/bin/sh\\nexit 1\\n' > hooks/pre-receive && chmod +x hooks/pre-receive`], { cwd: remote });
    const r = await register({});
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(/refused the push/);
    expect(emulator.state.releases(REPO)).toEqual([]);
  });
});



