/**
 * Issue 20: level-2/drift-matrix.yml run job by job as written (job-runner.ts), its profile job as a
 * matrix of 1, 3 and 8 shards, each shard on a runner of its own (a new workspace), the partial results
 * carried by artifacts named per shard. Proves:
 * - the merged data-hash manifest is the file a single data-hash job writes on the same data, byte for
 *   byte, with the same dataset hash;
 * - the merged drift report is the report one drift-report job writes in profile mode on all the data
 *   against the same reference (`reference: registry`), and the same for 1, 3 and 8 shards: report.json
 *   deep-equal — verdict, share, every column's test, statistic, p-value, summaries, chart and notes —
 *   except the fields that differ between runs by design (see `comparable`);
 * - the merge refuses a missing shard.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStep, TOKENS, useGitHubEmulator, type StepResult } from '../../harness/index.ts';
import {
  ArtifactFolders,
  bareOrigin,
  loadWorkflow,
  prepareWorkspace,
  removeTemps,
  runJob,
  runMatrix,
  sh,
  type JobResult,
} from './job-runner.ts';
import { examplesDataCache } from '../../harness/examples-data.ts';
import { tempDir } from '../../harness/temp.ts';

const github = useGitHubEmulator({ keepStateBetweenTests: true });
const workflow = loadWorkflow('workflows-examples/level-2/drift-matrix.yml');
// The champion was trained on batch 1; production is batch 4, after the simulated drift began (batch 3).
// Every shard runs the data source step as written, on a runner of its own; the seeded batches it
// writes are generated once per test run and copied after that (workflows-examples/fetch-data.ts,
// test/harness/examples-data.ts), which took 31 generations (about 0.4 s of CPU each) down to two.
const dataCache = { MLOPS_EXAMPLES_DATA_CACHE: examplesDataCache() };
const championEnv = { LATEST_BATCH: '1', ...dataCache };
const runEnv = { LATEST_BATCH: '4', ...dataCache };
const skip = { "Install the data source's dependencies": 'the workspace links the repository node_modules' };
const EXCLUDED = 'UDI\nProduct ID\nMachine failure\nTWF\nHDF\nPWF\nOSF\nRNF';
const CRITICAL = 'Air temperature [K]\nProcess temperature [K]\nRotational speed [rpm]\nTorque [Nm]';

let origin: string;
let artifacts: ArtifactFolders;

function failures(job: JobResult): string {
  return job.steps
    .filter((s) => s.outcome === 'failure')
    .map((s) => `${s.label}: ${s.log.slice(-2500)}`)
    .join('\n');
}

interface Run {
  shards: number;
  runId: number;
  compare: JobResult;
  workspaces: string[];
  /** data-hash of one job on all the data, on the first shard's runner. */
  singleHash: StepResult;
  /** drift-report of one job on all the data (profile mode, the same reference), on the same runner. */
  whole: StepResult;
}
interface ColumnReport {
  name: string;
  drift: boolean;
  test: string | null;
  exact: boolean;
  notes: string[];
}
interface Report {
  generated_at?: string;
  timing?: unknown;
  settings: { mode: string };
  verdict: { drift: boolean; share: number; drifted_columns: string[] };
  current: { source: string[]; rows: number };
  columns: ColumnReport[];
}

/**
 * report.json without the fields that differ between runs by design: `generated_at` (when it was
 * written), `timing` (how long it took) and `current.source` (what was read: the shards' profile files
 * in the compare job, the data files in the single job). Everything else must be equal.
 */
function comparable(r: Report): unknown {
  const { generated_at: _when, timing: _took, ...rest } = r;
  return { ...rest, current: { ...r.current, source: '(what was read)' } };
}

/** The workflow's job settings for a run. */
function jobOptions(runId: number, shards: number) {
  return {
    workflow,
    event: 'workflow_dispatch' as const,
    inputs: { shards, retrain: false },
    token: TOKENS.githubToken,
    apiUrl: github.url,
    artifacts,
    runEnv,
    skip,
    runId,
  };
}

/** The whole workflow: plan, the profile matrix (a workspace per shard), compare. */
async function runWorkflow(shards: number): Promise<{ compare: JobResult; workspaces: string[]; runId: number }> {
  const runId = 20_000 + shards * 10;
  const common = jobOptions(runId, shards);
  const plan = await runJob({ ...common, job: 'plan', workspace: await prepareWorkspace(origin) });
  expect(plan.result, failures(plan)).toBe('success');
  expect(JSON.parse(plan.outputs['shards']!)).toEqual([...Array(shards).keys()]);
  const workspaces: string[] = [];
  const matrix = await runMatrix({ ...common, job: 'profile', needs: { plan: { outputs: plan.outputs } } }, async () => {
    const ws = await prepareWorkspace(origin);
    workspaces.push(ws);
    return ws;
  });
  expect(matrix.jobs).toHaveLength(shards);
  for (const j of matrix.jobs) expect(j.result, failures(j)).toBe('success');
  const compare = await runJob({
    ...common,
    job: 'compare',
    needs: { profile: { outputs: {}, result: matrix.result } },
    workspace: await prepareWorkspace(origin),
  });
  return { compare, workspaces, runId };
}

const runs = new Map<number, Promise<Run>>();

/**
 * The workflow with `shards` shards, and the single jobs on all the data to compare it with: run once
 * per file, by the first test that needs it (the tests of 1, 3 and 8 shards, or the ones that compare
 * or reuse their runs, in whatever order they run), the assertions left to the tests.
 */
function shardedRun(shards: number): Promise<Run> {
  let run = runs.get(shards);
  if (!run) {
    run = (async () => {
      const { compare, workspaces, runId } = await runWorkflow(shards);
      // The single jobs: data-hash and drift-report on the whole data, on one of the shards' runners.
      const singleHash = await runStep({ action: 'data-hash', workspace: workspaces[0]!, inputs: { path: 'current' } });
      const whole = await runStep({
        action: 'drift-report',
        workspace: workspaces[0]!,
        inputs: {
          reference: 'registry',
          model: 'machine-failure',
          alias: 'production',
          current: 'current/*.csv',
          'exclude-columns': EXCLUDED,
          'critical-columns': CRITICAL,
          'upload-artifact': 'false',
          'report-dir': 'single-report',
        },
        repository: 'octo-org/ml-project',
        apiUrl: github.url,
        token: TOKENS.githubToken,
      });
      return { shards, runId, compare, workspaces, singleHash, whole };
    })();
    runs.set(shards, run);
  }
  return run;
}

const readReport = async (file: string | undefined): Promise<Report> => JSON.parse(await readFile(file!, 'utf8')) as Report;

beforeAll(async () => {
  origin = await bareOrigin();
  artifacts = new ArtifactFolders(join(origin, 'artifacts'));
  github.useArtifactStore(artifacts);
  // The champion: a model in production whose version holds the reference profile of its training data.
  const ws = await prepareWorkspace(origin);
  await sh(
    'node workflows-examples/fetch-data.ts training data && mkdir -p model && echo \'{"kind":"stand-in"}\' > model/model.json',
    ws,
    championEnv,
  );
  const profile = await runStep({
    action: 'drift-report',
    workspace: ws,
    inputs: { mode: 'profile', current: 'data/*.csv', 'exclude-columns': EXCLUDED, 'upload-artifact': 'false', 'report-dir': 'reference' },
  });
  expect(profile.exitCode, profile.stdout).toBe(0);
  const register = await runStep({
    action: 'register-model',
    workspace: ws,
    inputs: { name: 'machine-failure', path: 'model', 'reference-profile': 'reference/profile.json', alias: 'production' },
    repository: 'octo-org/ml-project',
    apiUrl: github.url,
    token: TOKENS.githubToken,
  });
  expect(register.exitCode, register.stdout).toBe(0);
}, 120_000);

afterAll(removeTemps);

describe('level-1/continuous-training.yml with DATA_HASH_SHARDS', () => {
  const level1 = loadWorkflow('workflows-examples/level-1/continuous-training.yml');
  const trainSkip = { "Install the trainer's dependencies": 'the workspace links the repository node_modules' };

  it('is skipped without the variable, and train hashes the data itself', async () => {
    const o = await bareOrigin();
    const hash = await runMatrix(
      {
        workflow: level1,
        job: 'hash',
        event: 'schedule',
        token: TOKENS.githubToken,
        apiUrl: github.url,
        artifacts,
        runEnv: championEnv,
        skip: trainSkip,
      },
      () => prepareWorkspace(o),
    );
    expect(hash).toEqual({ result: 'skipped', jobs: [] });
  });

  it.each([1, 3, 8])(
    'with %i shard(s), train merges the partial manifests into the hash one job gives, and trains',
    async (shards) => {
      const o = await bareOrigin();
      const vars = { DATA_HASH_SHARDS: JSON.stringify([...Array(shards).keys()]) };
      const common = {
        workflow: level1,
        event: 'schedule' as const,
        token: TOKENS.githubToken,
        apiUrl: github.url,
        artifacts,
        runEnv: championEnv,
        skip: trainSkip,
        runId: 30_000 + shards,
        vars,
      };
      const hash = await runMatrix({ ...common, job: 'hash' }, () => prepareWorkspace(o));
      expect(hash.jobs).toHaveLength(shards);
      for (const j of hash.jobs) expect(j.result, failures(j)).toBe('success');
      const ws = await prepareWorkspace(o);
      const train = await runJob({ ...common, job: 'train', needs: { hash: { outputs: {}, result: hash.result } }, workspace: ws });
      expect(train.result, failures(train)).toBe('success');
      expect(train.step('data').log).toContain(`merged ${shards} partial manifests`);
      const single = await runStep({ action: 'data-hash', workspace: ws, inputs: { path: 'data' } });
      expect(train.step('data').outputs['hash']).toBe(single.outputs['hash']);
      expect(await readFile(train.step('data').outputs['manifest']!, 'utf8')).toBe(await readFile(single.outputs['manifest']!, 'utf8'));
      expect(train.outputs['version']).toBe('0.1.0');
    },
    300_000,
  );
});

describe('level-2/drift-matrix.yml', () => {
  it.each([1, 3, 8])(
    'with %i shard(s): the shards hash and profile their share, the compare job merges them',
    async (shards) => {
      const { compare, singleHash: single, whole } = await shardedRun(shards);
      expect(compare.result, failures(compare)).toBe('success');
      expect(compare.step('data').log).toContain(`merged ${shards} partial manifests`);
      const manifestText = await readFile(compare.step('data').outputs['manifest']!, 'utf8');
      await readReport(compare.step('report').outputs['report']);
      expect(compare.outputs['data-hash']).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(compare.outputs['drift']).toBe('true');
      expect(github.state.issues('octo-org/ml-project').some((i) => i.state === 'open' && i.title.includes('machine-failure'))).toBe(true);

      // The single job: data-hash on the whole data, on one of the shards' runners.
      expect(single.exitCode, single.stdout).toBe(0);
      expect(compare.outputs['data-hash']).toBe(single.outputs['hash']);
      expect(manifestText).toBe(await readFile(single.outputs['manifest']!, 'utf8'));
      expect(JSON.parse(manifestText).files).toBe(20);

      // The single job: drift-report on the whole data against the champion's reference, profile mode.
      expect(whole.exitCode, whole.stdout).toBe(0);
      const wholeReport = await readReport(whole.outputs['report']);
      expect(wholeReport.settings.mode).toBe('profile');
    },
    300_000,
  );

  it('the merged drift report of 1, 3 and 8 shards is the report of one job on all the data, field for field', async () => {
    const reports = new Map<number, { merged: Report; single: Report }>();
    for (const shards of [1, 3, 8]) {
      // One after the other, as the tests of each run them: the runs share the emulator's issue.
      const run = await shardedRun(shards);
      expect(run.whole.exitCode, run.whole.stdout).toBe(0);
      reports.set(shards, {
        merged: await readReport(run.compare.step('report').outputs['report']),
        single: await readReport(run.whole.outputs['report']),
      });
    }
    const single = reports.get(1)!.single;
    // The numerical columns were compared through the sketches and grids (not exactly), so this is
    // the case the identity is about: each is read from the exact counts on the reference's grid.
    const numerical = single.columns.filter((c) => c.test === 'wasserstein' || c.test === 'ks');
    expect(numerical.length).toBeGreaterThanOrEqual(4);
    for (const c of numerical) expect(c.notes.join(' '), c.name).toMatch(/on the reference grid/);
    for (const shards of [1, 3, 8]) {
      const run = reports.get(shards)!;
      // The single job on another runner's copy of the same data writes the same report.
      expect(comparable(run.single), `single job, run with ${shards} shards`).toEqual(comparable(single));
      expect(comparable(run.merged), `${shards} shards`).toEqual(comparable(single));
      expect(run.merged.current.source).toHaveLength(shards);
    }
  }, 600_000);

  it('the retrain job starts release.yml with the drifted columns and the merged data hash', async () => {
    const run = await shardedRun(3);
    const report = await readReport(run.compare.step('report').outputs['report']);
    const job = await runJob({
      workflow,
      job: 'retrain',
      event: 'schedule',
      needs: { compare: { outputs: run.compare.outputs } },
      workspace: await prepareWorkspace(origin),
      token: TOKENS.githubToken,
      apiUrl: github.url,
      artifacts,
    });
    expect(job.result, failures(job)).toBe('success');
    const dispatch = github.state.workflowDispatches('octo-org/ml-project').at(-1)!;
    expect(dispatch).toMatchObject({ workflowId: 'release.yml', inputs: { drift: 'true' } });
    expect(dispatch.inputs['reason']).toContain(report.verdict.drifted_columns[0]!);
    expect(dispatch.inputs['reason']).toContain(run.compare.outputs['data-hash']!.slice(0, 20));
  }, 300_000);

  it('the compare job refuses to merge when a shard is missing', async () => {
    // A run whose shard 1 of 3 left no artifact: the compare job of a run of its own, given what the
    // 3-shard run's profile jobs uploaded (the same workflow, data and inputs) but shard 1's, instead
    // of running plan and the profile matrix again for it.
    const source = await shardedRun(3);
    const runId = source.runId + 1;
    for (const shard of [0, 2]) {
      const kept = artifacts.find(source.runId, `drift-shard-${shard}-of-3`)!;
      await artifacts.upload('octo-org/ml-project', runId, kept.name, kept.dir);
    }
    expect(artifacts.find(runId, 'drift-shard-1-of-3')).toBeUndefined();
    const compare = await runJob({
      ...jobOptions(runId, 3),
      job: 'compare',
      needs: { profile: { outputs: {}, result: 'success' } },
      workspace: await prepareWorkspace(origin),
    });
    expect(compare.result).toBe('failure');
    expect(compare.step('data').outcome).toBe('failure');
    expect(compare.step('data').log).toContain('lacks shard 1 of 3 (1 missing)');
    expect(compare.step('report').ran).toBe(false);
  }, 300_000);

  it('refuses a second upload to the same artifact name in one run, as artifacts v4 do, unless overwrite is set', async () => {
    const dir = await tempDir('mlops-artifact-');
    await writeFile(join(dir, 'a.txt'), 'first');
    await artifacts.upload('octo-org/ml-project', 1, 'same-name', dir);
    await expect(artifacts.upload('octo-org/ml-project', 1, 'same-name', dir)).rejects.toThrow(/already exists in run 1/);
    await writeFile(join(dir, 'a.txt'), 'second');
    await artifacts.upload('octo-org/ml-project', 1, 'same-name', dir, true);
    expect(await readFile(join(artifacts.find(1, 'same-name')!.dir, 'a.txt'), 'utf8')).toBe('second');
    // Another run may use the name again.
    await artifacts.upload('octo-org/ml-project', 2, 'same-name', join(dir, 'a.txt'));
    expect(await readFile(join(artifacts.find(2, 'same-name')!.dir, 'a.txt'), 'utf8')).toBe('second');
  });
});
