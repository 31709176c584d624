/**
 * `mlops registry promote|rollback|alias remove --events`, run with a laptop's environment (in the
 * test's process: runMlops, helpers.ts), against a real bare git remote and the GitHub emulator (every request checked
 * against GitHub's OpenAPI description): one repository_dispatch per alias change with
 * register-model's payload (alias-moved; alias-removed for a removal), none when nothing changed;
 * the repository comes from --repository or from the registry's https remote on GITHUB_SERVER_URL;
 * without a token or a repository it is a usage error (exit 2) and nothing is written.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openRegistry, parseModelName, parseAlias, parseModelVersion } from '@mlops-actions/registry';
import { TOKENS, useGitHubEmulator } from '../../harness/index.ts';
import { startGitHttpServer, type GitHttpServer } from '../../harness/git-http-server.ts';
import { bareRepo, git, projectClone, tempDir, writeFiles } from '../../unit/registry/helpers.ts';
import { type Run, runMlops } from './helpers.ts';

const REPO = 'octo-org/ml-project';
const emulator = useGitHubEmulator();

let root: string;
let ws: string;

/** `mlops registry <args>` in the checkout, with a laptop's environment plus `env` (helpers.ts). */
function mlops(args: string[], env: Record<string, string>): Promise<Run> {
  return runMlops(['registry', ...args], { cwd: ws, env });
}

async function seed(uri: string, o: { token?: string } = {}): Promise<void> {
  const reg = openRegistry({ uri, workspace: ws, tempDir: root, ...(o.token ? { token: o.token } : {}) });
  try {
    await reg.register({ name: parseModelName('churn'), files: { root: join(root, 'm1'), paths: ['.'] }, alias: parseAlias('production') });
    await reg.register({ name: parseModelName('churn'), files: { root: join(root, 'm2'), paths: ['.'] } });
  } finally {
    await reg.close();
  }
}

async function card(uri: string, version: string, token?: string) {
  const reg = openRegistry({ uri, workspace: ws, tempDir: root, ...(token ? { token } : {}) });
  try {
    return await reg.card(parseModelName('churn'), parseModelVersion(version));
  } finally {
    await reg.close();
  }
}

beforeEach(async () => {
  root = await tempDir('mlops-cli-events-');
  ws = projectClone(bareRepo(join(root, 'remote.git')), join(root, 'ws')).dir;
  git(['config', 'user.name', 'Jane Doe'], ws);
  git(['config', 'user.email', 'jane@example.com'], ws);
  for (const v of [1, 2]) await writeFiles(join(root, `m${v}`), { 'weights.bin': Buffer.alloc(2048, v) });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('mlops registry --events', () => {
  it('promote, rollback and alias remove each send their event with the documented payload; a no-op sends none', async () => {
    await seed('git:origin');
    const env = { GITHUB_TOKEN: TOKENS.githubToken, GITHUB_API_URL: emulator.url };
    const v1 = await card('git:origin', '0.1.0');
    const v2 = await card('git:origin', '0.2.0');
    const payload = (version: typeof v1, previous: string | null) => ({
      model: 'churn',
      version: version.version,
      alias: 'production',
      previous,
      digest: version.digest,
      uri: version.uri,
      card_url: `https://github.com/${REPO}/blob/mlops-registry/models/churn/versions/${version.version}/card.json`,
      run_url: null,
      actor: 'Jane Doe <jane@example.com>',
    });
    const sent = () => emulator.state.dispatches(REPO).map((d) => ({ type: d.eventType, payload: d.clientPayload }));

    const p = await mlops(['promote', 'churn', 'latest', '--alias', 'production', '--events', '--repository', REPO], env);
    expect(p.code, p.stderr).toBe(0);
    expect(p.stdout).toContain('alias-moved event sent');
    expect(sent()).toEqual([{ type: 'alias-moved', payload: payload(v2, '0.1.0') }]);

    const again = await mlops(['promote', 'churn', '0.2.0', '--alias', 'production', '--events', '--repository', REPO, '--json'], env);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ moved: false });
    expect(JSON.parse(again.stdout).event).toBeUndefined();
    expect(sent()).toHaveLength(1);

    const rb = await mlops(['rollback', 'churn', '--alias', 'production', '--events', '--repository', REPO, '--json'], env);
    expect(rb.code, rb.stderr).toBe(0);
    expect(JSON.parse(rb.stdout)).toMatchObject({ to: '0.1.0', event: 'alias-moved' });
    expect(sent()[1]).toEqual({ type: 'alias-moved', payload: payload(v1, '0.2.0') });

    const rm_ = await mlops(['alias', 'remove', 'churn', 'production', '--events', '--repository', REPO], env);
    expect(rm_.code, rm_.stderr).toBe(0);
    expect(sent()[2]).toEqual({ type: 'alias-removed', payload: payload(v1, '0.1.0') });
    expect(sent()).toHaveLength(3);
    // Without --events: nothing sent.
    const quiet = await mlops(['promote', 'churn', '0.2.0', '--alias', 'staging'], env);
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(sent()).toHaveLength(3);
  });

  it('refuses --events without a token or a repository it can tell (exit 2), before anything is written', async () => {
    await seed('git:origin');
    const noToken = await mlops(['promote', 'churn', 'latest', '--alias', 'production', '--events', '--repository', REPO], {
      GITHUB_API_URL: emulator.url,
    });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/^mlops: --events needs a token: set GITHUB_TOKEN/);
    // git:origin is a path on disk here, not a GitHub URL.
    const noRepo = await mlops(['promote', 'churn', 'latest', '--alias', 'production', '--events'], {
      GITHUB_TOKEN: TOKENS.githubToken,
      GITHUB_API_URL: emulator.url,
    });
    expect(noRepo.code).toBe(2);
    expect(noRepo.stderr).toMatch(/give --repository <owner>\/<name>/);
    const stray = await mlops(['promote', 'churn', 'latest', '--alias', 'production', '--repository', REPO], {
      GITHUB_TOKEN: TOKENS.githubToken,
    });
    expect(stray.code).toBe(2);
    const reg = openRegistry({ uri: 'git:origin', workspace: ws, tempDir: root });
    try {
      expect((await reg.aliases(parseModelName('churn')))['production']?.version).toBe('0.1.0');
    } finally {
      await reg.close();
    }
    expect(emulator.state.dispatches(REPO)).toHaveLength(0);
  });

  describe('the repository from the registry URL', () => {
    let server: GitHttpServer;
    beforeAll(async () => {
      server = await startGitHttpServer({ token: TOKENS.githubToken });
    });
    afterAll(async () => {
      await server.stop();
    });

    it('a git:https registry on GITHUB_SERVER_URL names the repository the event goes to', async () => {
      server.createRepo(REPO);
      const uri = `git:${server.repoUrl(REPO)}`;
      await seed(uri, { token: TOKENS.githubToken });
      const env = { GITHUB_TOKEN: TOKENS.githubToken, GITHUB_API_URL: emulator.url, GITHUB_SERVER_URL: server.url };
      const r = await mlops(['promote', 'churn', 'latest', '--alias', 'production', '--events', '--registry', uri], env);
      expect(r.code, r.stderr).toBe(0);
      const d = emulator.state.dispatches(REPO);
      expect(d.map((x) => x.eventType)).toEqual(['alias-moved']);
      // Not git:origin: no card URL is claimed.
      expect(d[0]!.clientPayload).toMatchObject({ version: '0.2.0', previous: '0.1.0', card_url: null });
      expect(r.stdout + r.stderr).not.toContain(TOKENS.githubToken);
    });
  });
});
