import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openRegistry, parseAlias, parseModelName } from '@mlops-actions/registry';
import { runStep, useRuntimeServices, type StepOptions, stepFor } from '../../harness/index.ts';
import { tempDir } from '../../harness/temp.ts';

const DATA = `sha256:${'1'.repeat(64)}`;
const OTHER_DATA = `sha256:${'2'.repeat(64)}`;
let ws: string;

/** A workspace with training code, params, a model folder, and a file: registry holding a champion. */
async function workspace(): Promise<string> {
  const dir = await tempDir('gate-ws-');
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'train.ts'), 'export const epochs = 10;\n');
  writeFileSync(join(dir, 'params.yaml'), 'lr: 0.1\ntrees: 50\n');
  mkdirSync(join(dir, 'trained'));
  writeFileSync(join(dir, 'trained', 'model.json'), '{"weights":[1,2,3]}');
  return dir;
}

async function registerChampion(dir: string, o: { data?: string; params?: Record<string, unknown>; alias?: string } = {}): Promise<void> {
  const registry = openRegistry({ uri: 'file:.mlops/registry', workspace: dir });
  try {
    await registry.register({
      name: parseModelName('pm'),
      files: { root: dir, paths: ['trained'] },
      data: { hash: o.data ?? DATA },
      params: o.params ?? { lr: 0.1, trees: 50 },
      alias: parseAlias(o.alias ?? 'production'),
    });
  } finally {
    await registry.close();
  }
}

const gate = stepFor('train-gate', () => ({
  workspace: ws,
  inputs: { 'data-hash': DATA, code: 'src/**/*.ts', params: 'params.yaml', model: 'pm', registry: 'file:.mlops/registry' },
}));

const reasons = (r: { outputs: Record<string, string> }) => JSON.parse(r.outputs['reasons']!) as string[];

describe('train-gate decisions', () => {
  beforeEach(async () => {
    ws = await workspace();
  });

  it('no champion: train, and the summary says why', async () => {
    const r = await gate({ cache: 'false' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['should-train']).toBe('true');
    expect(reasons(r)).toEqual(['no-champion']);
    expect(r.outputs['champion-version']).toBe('');
    expect(r.outputs['fingerprint']).toMatch(/^sha256:[0-9a-f]{64}$/);
    // fingerprint-parts is the fingerprint and its four parts, as action.yml says: not the params themselves.
    expect(Object.keys(JSON.parse(r.outputs['fingerprint-parts']!)).sort()).toEqual(['code', 'data', 'extra', 'fingerprint', 'params']);
    expect(r.summary).toContain('**Train**: `no-champion`');
    expect(r.summary).toContain('Champion: none for `pm`');
  });

  it('a file: registry folder that does not exist (a typo, or a first run): exit 0, no champion, one warning naming the input, the folder and the fix', async () => {
    await registerChampion(ws);
    const r = await gate({ cache: 'false', registry: 'file:.mlops/registy' });
    expect(r.exitCode).toBe(0);
    expect(reasons(r)).toEqual(['no-champion']);
    const warnings = r.annotations.filter((a) => a.level === 'warning');
    expect(warnings.map((w) => w.message)).toEqual([
      "input 'registry': the registry folder '.mlops/registy' does not exist, so there is no champion and training runs every time. " +
        'Check the spelling of the registry input (file:.mlops/registy); on a first run, before any model is registered, this is expected and can be ignored.',
    ]);
    // The folder exists but holds no champion for the model: nothing to warn about.
    const other = await gate({ cache: 'false', model: 'other' });
    expect(reasons(other)).toEqual(['no-champion']);
    expect(other.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  });

  it('nothing that matters changed: unchanged, no training, even with the params file reformatted', async () => {
    await registerChampion(ws);
    writeFileSync(join(ws, 'params.yaml'), '# tuned by hand\ntrees: 50\nlr: 0.10\n');
    const r = await gate({ cache: 'false' });
    expect(r.exitCode).toBe(0);
    expect(reasons(r)).toEqual(['unchanged']);
    expect(r.outputs['should-train']).toBe('false');
    expect(r.outputs['champion-version']).toBe('0.1.0');
    expect(r.summary).toContain('nothing that matters changed');
  });

  it.each<[string, StepOptions['inputs'], () => void, string[]]>([
    ['data', { 'data-hash': OTHER_DATA }, () => undefined, ['data-changed']],
    ['params', {}, () => writeFileSync(join(ws, 'params.yaml'), 'lr: 0.2\ntrees: 50\n'), ['params-changed']],
    ['drift', { drift: 'true' }, () => undefined, ['drift']],
    ['stale', { 'max-age': '0s' }, () => undefined, ['stale']],
    ['forced', { force: 'true' }, () => undefined, ['forced']],
    [
      'all of them',
      { 'data-hash': OTHER_DATA, drift: 'true', force: 'true', 'max-age': '0s' },
      () => writeFileSync(join(ws, 'params.yaml'), 'lr: 0.3\n'),
      ['forced', 'data-changed', 'params-changed', 'stale', 'drift'],
    ],
  ])('%s', async (_name, inputs, change, want) => {
    await registerChampion(ws);
    change();
    const r = await gate({ cache: 'false', ...inputs });
    expect(r.exitCode).toBe(0);
    expect(reasons(r)).toEqual(want);
    expect(r.outputs['should-train']).toBe('true');
  });

  it('with the parts recorded by register-model, tells code and extra-key changes apart', async () => {
    const first = await gate({ cache: 'false', 'extra-key': 'torch==2.5' });
    const register = await runStep({
      action: 'register-model',
      workspace: ws,
      inputs: {
        name: 'pm',
        path: 'trained',
        registry: 'file:.mlops/registry',
        'data-hash': DATA,
        params: 'params.yaml',
        alias: 'production',
        fingerprint: first.outputs['fingerprint-parts'],
      },
    });
    expect(register.exitCode).toBe(0);
    expect(reasons(await gate({ cache: 'false', 'extra-key': 'torch==2.5' }))).toEqual(['unchanged']);
    expect(reasons(await gate({ cache: 'false', 'extra-key': 'torch==2.6' }))).toEqual(['extra-changed']);
    writeFileSync(join(ws, 'src', 'train.ts'), 'export const epochs = 20;\n');
    const changed = await gate({ cache: 'false', 'extra-key': 'torch==2.5' });
    expect(reasons(changed)).toEqual(['code-changed']);
    expect(changed.summary).toMatch(/\| code \| `sha256:[0-9a-f]{12}…` \| `sha256:[0-9a-f]{12}…` \| 🔴 changed \|/);
  });

  it('compares with the alias asked for', async () => {
    await registerChampion(ws, { data: OTHER_DATA, alias: 'staging' });
    expect(reasons(await gate({ cache: 'false', alias: 'staging' }))).toEqual(['data-changed']);
    expect(reasons(await gate({ cache: 'false' }))).toEqual(['no-champion']);
  });
});

describe('train-gate bad input', () => {
  beforeEach(async () => {
    ws = await workspace();
  });

  it.each<[string, StepOptions['inputs'], RegExp]>([
    ['malformed duration', { 'max-age': '3 months' }, /input 'max-age': '3 months' is not a duration/],
    ['unreadable params', { params: 'nope.yaml' }, /nope\.yaml: cannot read the params file: file not found\. Check the path/],
    ['no data', { 'data-hash': '' }, /neither data-hash nor data-manifest is set/],
    ['not a hash', { 'data-hash': 'abc' }, /input 'data-hash': 'abc' is not a dataset hash/],
    ['drift not a boolean', { drift: 'maybe' }, /input 'drift': must be true or false/],
    ['unreachable registry', { registry: 'git:/nonexistent/repo.git' }, /registry|git/i],
  ])('%s', async (_name, inputs, message) => {
    const r = await gate({ cache: 'false', ...inputs });
    expect(r.exitCode).toBe(1);
    const error = r.annotations.find((a) => a.level === 'error');
    expect(error?.message).toMatch(message);
    expect(r.outputs['should-train']).toBeUndefined();
  });
});

describe('train-gate training cache', () => {
  const services = useRuntimeServices();

  beforeEach(async () => {
    ws = await workspace();
  });

  it('miss, then the post step saves, then an identical training is a hit', async () => {
    // Through the bundle, as a child process (`node dist/index.js`), as the runner runs it: the file's other
    // steps run in-process from the sources (test/harness/step-runner.ts).
    const env = services.env();
    const first = await gate({ 'cache-path': 'trained' }, { env, runIn: 'process' });
    expect(first.exitCode).toBe(0);
    expect(first.outputs['cache-hit']).toBe('false');
    expect(first.outputs['should-train']).toBe('true');
    expect(first.summary).toContain('Cache: miss');

    // The training ran and wrote trained/; the job succeeded, so the post step saves it.
    const post = await runStep({ action: 'train-gate', entry: 'post', workspace: ws, env, state: first.state, runIn: 'process' });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toMatch(/Saved the training in 'trained' to the Actions cache as mlops-training-/);

    // A new runner: an empty workspace with the same code, params and data.
    const fresh = await workspace();
    await rm(join(fresh, 'trained'), { recursive: true });
    ws = fresh;
    const second = await gate({ 'cache-path': 'trained' }, { env });
    expect(second.exitCode).toBe(0);
    expect(second.outputs['fingerprint']).toBe(first.outputs['fingerprint']);
    expect(second.outputs['cache-hit']).toBe('true');
    expect(second.outputs['should-train']).toBe('false');
    expect(reasons(second)).toEqual(['no-champion', 'cache-hit']);
    expect(await readFile(join(fresh, 'trained', 'model.json'), 'utf8')).toBe('{"weights":[1,2,3]}');

    // The post step of a hit saves nothing.
    const post2 = await runStep({ action: 'train-gate', entry: 'post', workspace: ws, env, state: second.state });
    expect(post2.exitCode).toBe(0);
    expect(post2.stdout).not.toContain('Saved the training');
  });

  it('a different fingerprint misses', async () => {
    const env = services.env();
    const a = await gate({ 'cache-path': 'trained' }, { env });
    await runStep({ action: 'train-gate', entry: 'post', workspace: ws, env, state: a.state });
    const b = await gate({ 'cache-path': 'trained', 'extra-key': 'torch==2.5' }, { env });
    expect(b.outputs['fingerprint']).not.toBe(a.outputs['fingerprint']);
    expect(b.outputs['cache-hit']).toBe('false');
    expect(b.outputs['should-train']).toBe('true');
  });
});

describe('train-gate: the post step says truthfully whether the training was cached', () => {
  const services = useRuntimeServices();

  beforeEach(async () => {
    ws = await workspace();
  });

  /** The main step (a miss: `extraKey` makes the fingerprint this test's own) then its post step, in one job environment. */
  async function trainAndPost(env: Record<string, string>, extraKey: string) {
    const main = await gate({ 'cache-path': 'trained', 'extra-key': extraKey }, { env });
    expect([main.exitCode, main.outputs['cache-hit']], main.stdout).toEqual([0, 'false']);
    const post = await runStep({ action: 'train-gate', entry: 'post', workspace: ws, env, state: main.state });
    return Object.assign(post, { key: main.outputs['cache-key']! });
  }

  const warnings = (r: { annotations: { level: string; message: string }[] }) =>
    r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

  it('two jobs train the same fingerprint at once: the second post step reports that the cache already holds it, not "Saved"', async () => {
    const env = services.env();
    const a = await gate({ 'cache-path': 'trained', 'extra-key': 'two-jobs' }, { env });
    const b = await gate({ 'cache-path': 'trained', 'extra-key': 'two-jobs' }, { env });
    expect([a.outputs['cache-hit'], b.outputs['cache-hit']]).toEqual(['false', 'false']);
    const postA = await runStep({ action: 'train-gate', entry: 'post', workspace: ws, env, state: a.state });
    expect(postA.stdout).toMatch(/Saved the training in 'trained'/);
    const postB = await runStep({ action: 'train-gate', entry: 'post', workspace: ws, env, state: b.state });
    expect(postB.exitCode, postB.stdout).toBe(0);
    expect(postB.stdout).not.toMatch(/Saved the training/);
    expect(postB.stdout).toMatch(/the Actions cache already holds mlops-training-\S+ \(another job saved the same training\)/);
    expect(warnings(postB)).toEqual([]);
  });

  it('a read-only cache token ("cache write denied") → post step passes, reports "Not saved" and why, and the summary says so', async () => {
    const post = await trainAndPost(services.env({ cacheWrite: false }), 'read-only-token');
    expect(post.exitCode, post.stdout).toBe(0);
    expect(post.stdout).not.toMatch(/Saved the training/);
    const ours = warnings(post).filter((m) => m.startsWith('Not saved:'));
    expect(ours).toEqual([
      expect.stringMatching(
        /^Not saved: the training in 'trained' was not saved to the Actions cache as mlops-training-\S+: the cache service did not store it .*read-only cache token \("cache write denied"/,
      ),
    ]);
    expect(post.summary).toMatch(/Training cache not saved/);
    expect(services.caches().filter((c) => c.key === post.key)).toEqual([]);
  });

  it('cache-mode read (ACTIONS_CACHE_MODE=read) → post step passes, reports "Not saved" naming the cache-mode', async () => {
    const before = services.calls.length;
    const post = await trainAndPost(services.env({ cacheWrite: false, cacheMode: 'read' }), 'cache-mode-read');
    expect(post.exitCode, post.stdout).toBe(0);
    expect(warnings(post)).toEqual([
      expect.stringMatching(
        /^Not saved: .*this job's cache is read-only \(cache-mode 'read'.*Set 'cache-mode: write' on a job that runs only trusted code/,
      ),
    ]);
    // The toolkit did not even ask the service to reserve an entry.
    expect(services.calls.slice(before).filter((c) => c.method === 'CreateCacheEntry')).toEqual([]);
  });

  it('GitHub Enterprise Server (no v2 cache service): miss, save and hit through the v1 service', async () => {
    const env = services.env({ ghes: true });
    const post = await trainAndPost(env, 'ghes');
    expect(post.stdout).toMatch(/Saved the training in 'trained' to the Actions cache/);
    expect(
      services
        .caches()
        .filter((c) => c.key === post.key)
        .map((c) => c.service),
    ).toEqual(['v1']);
    const fresh = await workspace();
    await rm(join(fresh, 'trained'), { recursive: true });
    ws = fresh;
    const second = await gate({ 'cache-path': 'trained', 'extra-key': 'ghes' }, { env });
    expect(second.outputs['cache-hit'], second.stdout).toBe('true');
    expect(await readFile(join(fresh, 'trained', 'model.json'), 'utf8')).toBe('{"weights":[1,2,3]}');
  });
});

describe('train-gate without a cache service', () => {
  beforeEach(async () => {
    ws = await workspace();
  });

  it('says so once and carries on', async () => {
    const r = await gate({ 'cache-path': 'trained' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['should-train']).toBe('true');
    expect(r.outputs['cache-hit']).toBe('false');
    expect(r.stdout.match(/No Actions cache service here/g)).toHaveLength(1);
    const post = await runStep({ action: 'train-gate', entry: 'post', workspace: ws, state: r.state });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).not.toContain('Saved');
  });

  it('a local cache-dir serves local runs: miss, save, hit', async () => {
    const cacheDir = join(ws, '.mlops', 'cache');
    const first = await gate({ 'cache-path': 'trained', 'cache-dir': '.mlops/cache' });
    expect(first.outputs['cache-hit']).toBe('false');
    const post = await runStep({ action: 'train-gate', entry: 'post', workspace: ws, state: first.state });
    expect(post.stdout).toContain(`to the local cache ${cacheDir}`);
    await rm(join(ws, 'trained'), { recursive: true });
    const second = await gate({ 'cache-path': 'trained', 'cache-dir': '.mlops/cache' });
    expect(second.outputs['cache-hit']).toBe('true');
    expect(await readFile(join(ws, 'trained', 'model.json'), 'utf8')).toBe('{"weights":[1,2,3]}');
  });
});
