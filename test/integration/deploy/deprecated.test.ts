/**
 * deploy refuses a version deprecated in the registry (by version or by an alias that points at it)
 * before anything is downloaded or recorded, unless allow-deprecated is true; against a file:
 * registry and a git: branch of a real bare repository.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deprecate, parseModelName, parseModelVersion } from '@mlops-actions/registry';
import { startGitHubEmulator, type GitHubEmulator } from '../../harness/github-emulator/server.ts';
import { stepFor } from '../../harness/step-runner.ts';
import { makeRegistry, MODEL } from '../../unit/deployment/fixtures.ts';
import { ensureDeployBundle } from './bundle.ts';

const REPO = 'octo-org/ml-project';
let gh: GitHubEmulator;
beforeAll(async () => {
  await ensureDeployBundle();
  gh = await startGitHubEmulator();
}, 120_000);
afterAll(() => gh.stop());

describe.each(['file', 'git'] as const)('deploy of a deprecated version (%s registry)', (kind) => {
  it('is refused by version and by alias, nothing deployed or recorded; allow-deprecated deploys it with a warning', async () => {
    const reg = await makeRegistry(kind);
    await reg.register({ version: '1.0.0', validated: true, alias: 'candidate' });
    await deprecate(reg.registry, parseModelName(MODEL), parseModelVersion('1.0.0'), { reason: 'trained on leaked labels' });
    const step = stepFor('deploy', {
      workspace: reg.workspace,
      apiUrl: gh.url,
      repository: REPO,
      ...(reg.commit ? { env: { GITHUB_SHA: reg.commit } } : {}),
      inputs: { model: MODEL, environment: 'staging', registry: reg.input, target: 'directory', 'serving-dir': 'serving' },
    });
    const before = gh.state.deployments(REPO).length;
    for (const ref of [{ version: '1.0.0' }, { alias: 'candidate' }] as Record<string, string>[]) {
      const r = await step(ref);
      expect(r.exitCode).toBe(1);
      const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/churn 1\.0\.0 is deprecated \(trained on leaked labels; .* by octocat\), so it is not deployed/);
      expect(errors[0]).toMatch(/allow-deprecated: true/);
      expect(existsSync(join(reg.workspace, 'serving'))).toBe(false);
      expect(gh.state.deployments(REPO)).toHaveLength(before);
    }
    expect(await reg.aliasOf('staging')).toBeUndefined();

    const ok = await step({ version: '1.0.0', 'allow-deprecated': 'true' });
    expect(ok.exitCode, ok.stdout).toBe(0);
    expect(
      ok.annotations.some(
        (a) => a.level === 'warning' && /deprecated \(trained on leaked labels.*allow-deprecated is true/.test(a.message),
      ),
    ).toBe(true);
    expect(await reg.aliasOf('staging')).toBe('1.0.0');
    await reg.registry.close();
  });
});
