/**
 * drift-report with `reference: registry` on a `git:` registry, run as the runner runs the bundle:
 * the action opens the registry (the drift package only gets the profile's bytes), and the private
 * clone the registry reads through, in RUNNER_TEMP, is gone when the step ends, whether the
 * reference was found or not. Build first: node scripts/build.ts drift-report.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeProfile } from '@mlops-actions/drift';
import { openRegistry, parseModelName, parseModelVersion, parseAlias } from '@mlops-actions/registry';
import { runStep, type StepResult } from '../../harness/step-runner.ts';
import { tempDirSync } from '../../harness/temp.ts';

let root = '';
let ws = '';
let bare = '';

function git(args: string[], cwd?: string): void {
  const env = { ...process.env };
  for (const k of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[k];
  execFileSync('git', args, { cwd, stdio: 'ignore', env });
}

beforeAll(async () => {
  root = tempDirSync('mlops-drift-registry-');
  // A bare repository that serves partial clones, as GitHub does.
  bare = join(root, 'project.git');
  git(['init', '-q', '--bare', bare]);
  git(['config', 'uploadpack.allowFilter', 'true'], bare);
  git(['config', 'uploadpack.allowAnySHA1InWant', 'true'], bare);
  ws = join(root, 'ws');
  mkdirSync(join(ws, 'model'), { recursive: true });
  writeFileSync(join(ws, 'model/model.bin'), 'weights');
  const rows = (from: number) => ['x,plan', ...Array.from({ length: 300 }, (_, i) => `${from + i},${i % 3 ? 'a' : 'b'}`)].join('\n');
  writeFileSync(join(ws, 'train.csv'), `${rows(0)}\n`);
  writeFileSync(join(ws, 'production.csv'), `${rows(500)}\n`);
  const { path } = await writeProfile({
    workspace: ws,
    data: ['train.csv'],
    format: 'auto',
    selection: { columns: [], exclude: [], categorical: [], numerical: [] },
    reportDir: join(ws, 'profile'),
  });
  const writer = openRegistry({ uri: `git:${bare}`, workspace: ws, tempDir: join(root, 'writer-temp') });
  try {
    await writer.register({
      name: parseModelName('churn'),
      files: { root: ws, paths: ['model'] },
      version: parseModelVersion('2.0.0'),
      referenceProfile: path,
      alias: parseAlias('production'),
    });
  } finally {
    await writer.close();
  }
});

async function step(inputs: Record<string, string>): Promise<StepResult & { leftInTemp: string[] }> {
  const runnerTemp = mkdtempSync(join(root, 'runner-temp-'));
  const r = await runStep({
    action: 'drift-report',
    workspace: ws,
    event: 'schedule',
    runnerTemp,
    inputs: {
      'upload-artifact': 'false',
      reference: 'registry',
      registry: `git:${bare}`,
      model: 'churn',
      current: 'production.csv',
      ...inputs,
    },
  });
  // The runner's own file-command folder is the only thing that may be there.
  return { ...r, leftInTemp: readdirSync(runnerTemp).filter((f) => !f.startsWith('_runner_file_commands-')) };
}

describe('reference: registry on a git: registry', () => {
  it("compares with the champion's stored profile and leaves no scratch clone in RUNNER_TEMP", async () => {
    const r = await step({ 'report-dir': 'out/ok' });
    expect(r.exitCode, r.stdout).toBe(0);
    const report = JSON.parse(readFileSync(r.outputs['report']!, 'utf8')) as { reference: { source: string[] } };
    expect(report.reference.source).toEqual(['registry:churn@2.0.0']);
    expect(r.outputs['drift']).toBe('true');
    expect(r.leftInTemp).toEqual([]);
  });

  it('an alias that points nowhere fails the step naming the alias, and leaves nothing either', async () => {
    const r = await step({ alias: 'staging', 'report-dir': 'out/staging' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]!.message).toMatch(/^input 'alias': model 'churn' has no version with the alias 'staging' in git:/);
    expect(r.leftInTemp).toEqual([]);
  });

  it("in profile mode, profiles on the stored profile's bins, and leaves nothing", async () => {
    const r = await step({ mode: 'profile', current: 'production.csv', 'report-dir': 'out/profile' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['profile']).toBe(join(ws, 'out/profile/profile.json'));
    expect(r.leftInTemp).toEqual([]);
  });
});
