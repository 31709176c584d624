/**
 * The registry readers of validate-metrics (baseline: registry) and drift-report (reference: registry)
 * open `git:origin` with the run's registry context, as register-model, deploy and train-gate do: in a
 * workspace that is not a checkout, origin is GITHUB_SERVER_URL/GITHUB_REPOSITORY.git. Here that is a
 * git smart-HTTP server that checks the token like GitHub.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readRunnerContext, registryContext, type RunnerContext } from '@mlops-actions/action-kit';
import { storedProfile, writeProfile } from '@mlops-actions/drift';
import { openRegistry, readReferenceProfile, type Registry, parseModelName, parseAlias } from '@mlops-actions/registry';
import { startGitHttpServer, type GitHttpServer } from '../../harness/git-http-server.ts';
import { tempDir, writeFiles } from './helpers.ts';

const TOKEN = 'ghs_registry_readers_token_0123456789';
let server: GitHttpServer;
let root: string;
let ctx: RunnerContext;
const savedHome = process.env['HOME'];
const messages: string[] = [];
const log = { info: (m: string) => void messages.push(m), warning: (m: string) => void messages.push(m) };

beforeAll(async () => {
  server = await startGitHttpServer({ token: TOKEN });
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  root = await tempDir('mlops-reg-readers-');
  process.env['HOME'] = join(root, 'home'); // no global git config from the machine
  await mkdir(process.env['HOME'], { recursive: true });
  const fullName = `octo-org/ml-project-${root.slice(-6)}`;
  server.createRepo(fullName);
  const workspace = join(root, 'ws'); // a job without actions/checkout: no git repository at all
  await mkdir(workspace);
  await mkdir(join(root, 'tmp'));
  ctx = readRunnerContext({
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: join(root, 'tmp'),
    GITHUB_REPOSITORY: fullName,
    GITHUB_SERVER_URL: server.url,
    GITHUB_ACTIONS: 'true',
  });
  messages.length = 0;

  // The champion, registered over HTTP with a reference profile, as register-model would.
  await writeFiles(join(root, 'model'), { 'model.bin': 'weights' });
  await writeFile(join(root, 'ref.csv'), 'age,plan\n31,a\n42,b\n27,a\n');
  const { path: profile } = await writeProfile({
    workspace: root,
    data: ['ref.csv'],
    format: 'auto',
    selection: { columns: [], exclude: [], categorical: [], numerical: [] },
    reportDir: join(root, 'profile'),
  });
  const writer = openRegistry({ uri: 'git:origin', token: TOKEN, ...registryContext(ctx) });
  try {
    await writer.register({
      name: parseModelName('churn'),
      files: { root: join(root, 'model'), paths: ['.'] },
      metrics: { accuracy: 0.9 },
      referenceProfile: profile,
      alias: parseAlias('production'),
    });
  } finally {
    await writer.close();
  }
});
afterEach(() => {
  process.env['HOME'] = savedHome;
});

describe('git:origin without a checkout', () => {
  it("validate-metrics' registry baseline reads the champion from the server URL and repository", async () => {
    // As validate-metrics' run() opens it: the registry inputs with the run's registry context.
    const reader = openRegistry({ uri: 'git:origin', branch: 'mlops-registry', token: TOKEN, log, ...registryContext(ctx) });
    try {
      expect(await reader.resolve(parseModelName('churn'), { alias: parseAlias('production') })).toMatchObject({
        version: '0.1.0',
        metrics: { accuracy: 0.9 },
      });
    } finally {
      await (reader as Registry).close();
    }
    expect(messages.join('\n')).toContain(`has no git remote 'origin' (no checkout); using ${server.url}/${ctx.repository}.git`);
  });

  it("drift-report's registry reference reads the champion's profile from the server URL and repository", async () => {
    const stored = await readReferenceProfile(
      { ...registryContext(ctx), uri: 'git:origin', token: TOKEN, log },
      parseModelName('churn'),
      parseAlias('production'),
    );
    const r = storedProfile(stored);
    expect(r.label).toBe('registry:churn@0.1.0');
    expect(r.profile.columns.map((c) => c.name)).toEqual(['age', 'plan']);
    expect(messages.join('\n')).toContain(`has no git remote 'origin' (no checkout); using ${server.url}/${ctx.repository}.git`);
    // The private clone it read through (in RUNNER_TEMP) is removed once the profile is read.
    expect(await readdir(ctx.runnerTemp)).toEqual([]);
  });
});
