/**
 * The registry-event examples run job by job as written (job-runner.ts), against a git registry on a
 * bare origin and the GitHub emulator:
 * - promote.yml's change job (workflow_dispatch) promotes and rolls back with the mlops command and
 *   sends the alias-moved event (--events), removes an alias and sends alias-removed;
 * - model-events.yml's staging job, started by the very event promote.yml sent, deploys the version
 *   the event names to staging (health-checked: the server answers that version); an event for
 *   another alias skips the job.
 */
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegistry, parseAlias, parseModelName, parseModelVersion } from '@mlops-actions/registry';
import { TOKENS, useGitHubEmulator } from '../../harness/index.ts';
import { ArtifactFolders, bareOrigin, loadWorkflow, prepareWorkspace, removeTemps, runJob, type JobResult } from './job-runner.ts';
import { tempDir } from '../../harness/temp.ts';

const github = useGitHubEmulator({ keepStateBetweenTests: true });
const full = 'octo-org/ml-project';
const MODEL = 'machine-failure';
const promoteWorkflow = loadWorkflow('workflows-examples/level-2/promote.yml');
const modelEvents = loadWorkflow('workflows-examples/level-2/model-events.yml');
const skip = { 'Install the mlops command': 'the workspace links the repository node_modules' };

let origin: string;
let artifacts: ArtifactFolders;
let health: Server;
let healthUrl: string;
/** What the test serving host says it serves. */
let serving = '';

async function aliases(): Promise<Record<string, string>> {
  const reg = openRegistry({ uri: `git:${origin}`, workspace: await tempDir('mlops-events-read-'), tempDir: tmpdir() });
  try {
    return Object.fromEntries(Object.entries(await reg.aliases(parseModelName(MODEL))).map(([a, s]) => [a, s.version]));
  } finally {
    await reg.close();
  }
}

beforeAll(async () => {
  origin = await bareOrigin();
  artifacts = new ArtifactFolders(join(origin, 'artifacts'));
  const src = await tempDir('mlops-events-src-');
  const reg = openRegistry({ uri: `git:${origin}`, workspace: src, tempDir: tmpdir(), identity: { actor: 'octocat' } });
  try {
    for (const version of ['0.1.0', '0.2.0']) {
      const dir = join(src, version);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'model.json'), JSON.stringify({ version }));
      const report = join(src, `report-${version}.json`);
      await writeFile(report, JSON.stringify({ passed: true, failedChecks: [] }));
      await reg.register({
        name: parseModelName(MODEL),
        version: parseModelVersion(version),
        files: { root: dir, paths: ['.'] },
        validation: { summary: { passed: true, failed: [], reportDigest: 'sha256:00' }, file: report },
        alias: version === '0.1.0' ? parseAlias('candidate') : undefined,
      });
    }
  } finally {
    await reg.close();
  }
  health = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: 'ok', version: serving }));
  });
  await new Promise<void>((done) => health.listen(0, '127.0.0.1', done));
  healthUrl = `http://127.0.0.1:${(health.address() as { port: number }).port}/health`;
}, 60_000);

afterAll(async () => {
  await new Promise((done) => health.close(done));
  await removeTemps();
});

function failures(job: JobResult): string {
  return job.steps
    .filter((s) => s.outcome === 'failure')
    .map((s) => `${s.label}: ${s.log.slice(-2500)}`)
    .join('\n');
}

async function change(inputs: Record<string, string>) {
  return runJob({
    workflow: promoteWorkflow,
    job: 'change',
    event: 'workflow_dispatch',
    inputs: { model: MODEL, version: '', alias: 'candidate', reason: '', ...inputs },
    workspace: await prepareWorkspace(origin),
    token: TOKENS.githubToken,
    apiUrl: github.url,
    artifacts,
    skip,
  });
}

async function staging(dispatch: { eventType: string; clientPayload: Record<string, unknown> }, servingDir: string) {
  return runJob({
    workflow: modelEvents,
    job: 'staging',
    event: 'repository_dispatch',
    payload: { action: dispatch.eventType, client_payload: dispatch.clientPayload },
    workspace: await prepareWorkspace(origin),
    token: TOKENS.githubToken,
    apiUrl: github.url,
    artifacts,
    hostValues: { deploy: { 'serving-dir': servingDir, 'health-url': healthUrl } },
  });
}

describe('promote.yml and model-events.yml', () => {
  it('promote sends alias-moved, and model-events deploys the version it names to staging', async () => {
    const job = await change({ action: 'promote', version: '0.2.0', reason: 'looks good' });
    expect(job.result, failures(job)).toBe('success');
    expect((await aliases())['candidate']).toBe('0.2.0');
    const sent = github.state.dispatches(full);
    expect(sent.map((d) => d.eventType)).toEqual(['alias-moved']);
    expect(sent[0]!.clientPayload).toMatchObject({ model: MODEL, version: '0.2.0', alias: 'candidate', previous: '0.1.0' });

    const servingDir = join(await tempDir('mlops-events-serving-'), MODEL);
    serving = '0.2.0';
    const deployed = await staging(sent[0]!, servingDir);
    expect(deployed.result, failures(deployed)).toBe('success');
    expect(deployed.step('deploy').outputs['version']).toBe('0.2.0');
    expect((await aliases())['staging']).toBe('0.2.0');
    expect(existsSync(servingDir)).toBe(true);

    // An event for another alias is not this job's.
    const other = await staging(
      { eventType: 'alias-moved', clientPayload: { ...sent[0]!.clientPayload, alias: 'production' } },
      servingDir,
    );
    expect(other.result).toBe('skipped');
  }, 240_000);

  it('rollback sends alias-moved back; remove-alias sends alias-removed', async () => {
    const before = github.state.dispatches(full).length;
    const rb = await change({ action: 'rollback', reason: 'regression' });
    expect(rb.result, failures(rb)).toBe('success');
    expect((await aliases())['candidate']).toBe('0.1.0');
    const afterRollback = github.state.dispatches(full).slice(before);
    expect(afterRollback.map((d) => [d.eventType, d.clientPayload['version'], d.clientPayload['previous']])).toEqual([
      ['alias-moved', '0.1.0', '0.2.0'],
    ]);

    const rm = await change({ action: 'remove-alias', reason: 'retired' });
    expect(rm.result, failures(rm)).toBe('success');
    expect((await aliases())['candidate']).toBeUndefined();
    const last = github.state.dispatches(full).at(-1)!;
    expect([last.eventType, last.clientPayload['alias'], last.clientPayload['version']]).toEqual(['alias-removed', 'candidate', '0.1.0']);
  }, 240_000);
});
