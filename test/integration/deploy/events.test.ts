/**
 * deploy's `events` and `gto-tags` inputs against a git: registry on a real bare remote and the GitHub
 * emulator (every request checked against GitHub's OpenAPI description): a deployment that moves its
 * alias sends one alias-moved repository_dispatch (register-model's payload) and pushes GTO's stage
 * tag; one that changes nothing, fails, or has the inputs off sends and tags nothing.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../../harness/github-emulator/server.ts';
import { stepFor } from '../../harness/step-runner.ts';
import { makeRegistry, MODEL } from '../../unit/deployment/fixtures.ts';
import { ensureDeployBundle } from './bundle.ts';
import { parseModelName, parseModelVersion } from '@mlops-actions/registry';

const REPO = 'octo-org/ml-project';
let gh: GitHubEmulator;
beforeAll(async () => {
  await ensureDeployBundle();
  gh = await startGitHubEmulator();
}, 120_000);
afterAll(() => gh.stop());

const remoteTags = (remote: string) =>
  execFileSync('git', ['for-each-ref', '--format=%(refname:short)', 'refs/tags'], { cwd: remote, encoding: 'utf8' })
    .trim()
    .split('\n')
    .filter(Boolean);

describe('deploy events and gto-tags (git registry)', () => {
  it('sends alias-moved and pushes the GTO stage tag when the alias moves; nothing when it does not', async () => {
    const reg = await makeRegistry('git');
    const remote = join(reg.workspace, '..', 'remote.git');
    await reg.register({ version: '1.0.0', validated: true, alias: 'production' });
    await reg.register({ version: '1.1.0', validated: true });
    await reg.register({ version: '1.2.0', validated: true });
    const step = stepFor('deploy', {
      workspace: reg.workspace,
      apiUrl: gh.url,
      repository: REPO,
      env: { GITHUB_SHA: reg.commit! },
      inputs: { model: MODEL, environment: 'production', registry: reg.input, target: 'directory', 'serving-dir': 'serving' },
    });
    const sent = () => gh.state.dispatches(REPO);
    const before = sent().length;

    // Off by default: the alias moves, no event, no tag.
    const quiet = await step({ version: '1.1.0' });
    expect(quiet.exitCode, quiet.stdout).toBe(0);
    expect(await reg.aliasOf('production')).toBe('1.1.0');
    expect(sent()).toHaveLength(before);
    expect(remoteTags(remote).filter((t) => t.includes('#'))).toEqual([]);

    const r = await step({ version: '1.2.0', events: 'true', 'gto-tags': 'true' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(await reg.aliasOf('production')).toBe('1.2.0');
    const card = await reg.registry.card(parseModelName(MODEL), parseModelVersion('1.2.0'));
    expect(sent().slice(before)).toEqual([
      expect.objectContaining({
        eventType: 'alias-moved',
        clientPayload: {
          model: MODEL,
          version: '1.2.0',
          alias: 'production',
          previous: '1.1.0',
          digest: card.digest,
          uri: card.uri,
          card_url: `https://github.com/${REPO}/blob/mlops-registry/models/${MODEL}/versions/1.2.0/card.json`,
          run_url: `https://github.com/${REPO}/actions/runs/1234567890`,
          actor: 'octocat',
        },
      }),
    ]);
    expect(remoteTags(remote).filter((t) => t.includes('#'))).toEqual([`${MODEL}#production#1`]);
    expect(r.stdout).toContain(`tag ${MODEL}#production#1`);

    // Already there: nothing moved, nothing sent or tagged.
    const same = await step({ version: '1.2.0', events: 'true', 'gto-tags': 'true' });
    expect(same.exitCode, same.stdout).toBe(0);
    expect(sent()).toHaveLength(before + 1);
    expect(remoteTags(remote).filter((t) => t.includes('#'))).toEqual([`${MODEL}#production#1`]);

    // A failed deployment (the health check fails) leaves the alias, so it sends nothing.
    const bad = await step({
      version: '1.0.0',
      events: 'true',
      'gto-tags': 'true',
      'health-url': 'http://127.0.0.1:9/health',
      'health-timeout': '1s',
    });
    expect(bad.exitCode).toBe(1);
    expect(await reg.aliasOf('production')).toBe('1.2.0');
    expect(sent()).toHaveLength(before + 1);
    await reg.registry.close();
  }, 120_000);
});
