/**
 * The examples' "Fetch the production model" steps (fetch-model instead of `gh api` with hard-coded
 * file names), run job by job as written: release.yml registers 0.1.0, production is pointed at it,
 * and a forced retraining fetches it (verified), reads its parameters from the card copy, and trains
 * the candidate against it on the same rows. No example calls `gh api` for models any more.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openRegistry, parseModelName, parseAlias, parseModelVersion } from '@mlops-actions/registry';
import { TOKENS, useGitHubEmulator } from '../../harness/index.ts';
import { examplesDataCache } from '../../harness/examples-data.ts';
import { repoRoot } from '../../harness/step-runner.ts';
import {
  ArtifactFolders,
  bareOrigin,
  loadWorkflow,
  prepareWorkspace,
  removeTemps,
  runJob,
  type JobResult,
} from '../workflows/job-runner.ts';

const github = useGitHubEmulator({ keepStateBetweenTests: true });
const release = loadWorkflow('workflows-examples/level-2/release.yml');
// The seeded batch is generated once per test run and copied after that (examples-data.ts).
const runEnv = { LATEST_BATCH: '1', MLOPS_EXAMPLES_DATA_CACHE: examplesDataCache() };
const skip = { "Install the trainer's dependencies": 'the workspace links the repository node_modules' };

afterAll(removeTemps);

function failures(job: JobResult): string {
  return job.steps
    .filter((s) => s.outcome === 'failure')
    .map((s) => `${s.label}: ${s.log.slice(-2500)}`)
    .join('\n');
}

describe('the examples fetch the production model with fetch-model', () => {
  it('release.yml fetches the production model verified, with its parameters, and trains against it', async () => {
    const origin = await bareOrigin();
    const artifacts = new ArtifactFolders(join(origin, 'artifacts'));
    github.useArtifactStore(artifacts);
    const base = { workflow: release, job: 'train', token: TOKENS.githubToken, apiUrl: github.url, artifacts, runEnv, skip };
    const first = await runJob({ ...base, event: 'push', workspace: await prepareWorkspace(origin) });
    expect(first.result, failures(first)).toBe('success');
    expect(first.step('fetch-champion').ran).toBe(false);

    // Production is 0.1.0 (what deploy would have done).
    const ws = await prepareWorkspace(origin);
    const reg = openRegistry({ uri: 'git:origin', workspace: ws });
    await reg.setAlias(parseModelName('machine-failure'), parseAlias('production'), parseModelVersion('0.1.0'));
    await reg.close();

    const again = await runJob({
      ...base,
      event: 'workflow_dispatch',
      inputs: { reason: 'test', drift: false, force: true },
      workspace: ws,
    });
    expect(again.result, failures(again)).toBe('success');
    expect(again.step('gate').outputs['champion-version']).toBe('0.1.0');
    const fetched = again.step('fetch-champion');
    expect(fetched.ran).toBe(true);
    expect(fetched.outputs['version']).toBe('0.1.0');
    const dir = fetched.outputs['path']!;
    expect(dir).toBe(join(again.runnerTemp, 'champion'));
    // Every file of the version, and the parameters read from the card copy.
    expect(readdirSync(dir).sort()).toEqual(expect.arrayContaining(['model-meta.json', 'model.json', 'params.json']));
    const card = JSON.parse(readFileSync(fetched.outputs['card']!, 'utf8'));
    expect(JSON.parse(readFileSync(join(dir, 'params.json'), 'utf8'))).toEqual(card.params ?? {});
    expect(again.step('champion').outputs['dir']).toBe(dir);
    // The candidate was compared with the champion on the same rows.
    expect(again.step('validate').ran).toBe(true);
    expect(again.outputs['version']).toBe('0.2.0');
  }, 300_000);

  it('no example workflow or docs page fetches models with gh api', () => {
    const files = [
      ...readdirSync(join(repoRoot, 'workflows-examples/level-1')).map((f) => `workflows-examples/level-1/${f}`),
      ...readdirSync(join(repoRoot, 'workflows-examples/level-2')).map((f) => `workflows-examples/level-2/${f}`),
      ...readdirSync(join(repoRoot, 'action-docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `action-docs/${f}`),
      'README.md',
    ];
    const offenders = files.filter((f) => /\bgh api\b[^\n]*(models\/|mlops-registry)/.test(readFileSync(join(repoRoot, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
