/** parseTrainGateOptions: train-gate's rules between its inputs, and the outputs runTrainGate returns. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrainGateOptions, runTrainGate, type TrainGateInputs } from '@mlops-actions/training-gate';
import { removeTempDirs, tempDirSync } from '../../harness/temp.ts';
import { userError } from '../../harness/user-error.ts';

afterAll(removeTempDirs);

let ws: string;
beforeAll(() => {
  ws = tempDirSync('gate-options-');
  writeFileSync(join(ws, 'a-file'), 'x');
  mkdirSync(join(ws, 'src'));
  writeFileSync(join(ws, 'src', 'train.py'), 'print(1)\n');
});

const HASH = `sha256:${'a'.repeat(64)}`;

const inputs = (over: Partial<TrainGateInputs> = {}): TrainGateInputs => ({
  workspace: ws,
  dataHash: HASH,
  dataManifest: undefined,
  code: [],
  params: undefined,
  extraKey: undefined,
  drift: undefined,
  named: undefined,
  registry: { uri: 'file:.mlops/registry', directory: join(ws, '.mlops/registry'), missing: true },
  maxAgeMs: undefined,
  force: false,
  cache: true,
  cachePath: 'model',
  cacheDir: undefined,
  ...over,
});

describe('parseTrainGateOptions refuses', () => {
  it.each([
    [
      'neither data-hash nor data-manifest',
      'data-hash',
      { dataHash: undefined },
      /neither data-hash nor data-manifest is set/,
      /data-hash step/,
    ],
    ['an empty data-hash and no manifest', 'data-hash', { dataHash: '' }, /neither data-hash nor data-manifest is set/, /data-hash step/],
    ['drift that is not a boolean', 'drift', { drift: 'yes' }, /must be true or false .*got 'yes'/, undefined],
    ['drift in capitals', 'drift', { drift: 'True' }, /got 'True'/, undefined],
    ['a cache-dir that is a file', 'cache-dir', { cacheDir: 'a-file' }, /'a-file' is a file, not a directory/, /Name a directory/],
    ['the workspace as cache-path', 'cache-path', { cachePath: '.' }, /is the workspace/, /Name the folder/],
    ['several lines as cache-path', 'cache-path', { cachePath: 'a\nb' }, /one path, got several lines/, undefined],
  ] as const)('%s: a UserError naming %s', (_, input, over, message, fix) => {
    const e = userError(() => parseTrainGateOptions(inputs(over)));
    expect(e.input).toBe(input);
    expect(e.message).toMatch(message);
    if (fix) expect(e.fix).toMatch(fix);
  });

  it('checks the data inputs before the drift input', () => {
    expect(userError(() => parseTrainGateOptions(inputs({ dataHash: undefined, drift: 'maybe' }))).input).toBe('data-hash');
  });
});

describe('parseTrainGateOptions accepts', () => {
  it.each([
    ['no drift input', undefined, false],
    ["drift 'true'", 'true', true],
    ["drift 'false'", 'false', false],
  ] as const)('%s → drift %s', (_, drift, expected) => {
    expect(parseTrainGateOptions(inputs({ drift })).drift).toBe(expected);
  });

  it('a data manifest alone (no hash)', () => {
    const manifest = { path: join(ws, 'm.json'), display: 'm.json' };
    const o = parseTrainGateOptions(inputs({ dataHash: undefined, dataManifest: manifest }));
    expect(o.sources).toEqual({ root: ws, dataHash: undefined, dataManifest: manifest, code: [], params: undefined, extraKey: undefined });
  });

  it.each([
    ['no model: no champion, whatever the registry', undefined, true, undefined],
    ['a model and a missing file: registry: the folder to warn about', { model: 'churn', alias: 'production' }, true, 'folder'],
    ['a model and an existing registry: no folder to warn about', { model: 'churn', alias: 'staging' }, false, undefined],
  ] as const)('%s', (_, named, missing, folder) => {
    const registry = { uri: 'file:.mlops/registry', directory: join(ws, '.mlops/registry'), missing };
    const o = parseTrainGateOptions(inputs({ named, registry }));
    if (!named) expect(o.champion).toBeUndefined();
    else
      expect(o.champion).toEqual({
        ...named,
        registry: 'file:.mlops/registry',
        missingFolder: folder ? join(ws, '.mlops/registry') : undefined,
      });
  });

  it('a git: registry (no folder) with a model', () => {
    const o = parseTrainGateOptions(
      inputs({ named: { model: 'churn', alias: 'production' }, registry: { uri: 'git:origin', directory: undefined, missing: false } }),
    );
    expect(o.champion).toEqual({ model: 'churn', alias: 'production', registry: 'git:origin', missingFolder: undefined });
  });

  it('cache-dir made absolute from the workspace, cache-path kept as given, the flags passed on', () => {
    const o = parseTrainGateOptions(
      inputs({ cacheDir: '.mlops/cache', cachePath: 'out/model', force: true, cache: false, maxAgeMs: 5000 }),
    );
    expect(o).toMatchObject({ cacheDir: join(ws, '.mlops/cache'), cachePath: 'out/model', force: true, cache: false, maxAgeMs: 5000 });
    expect(parseTrainGateOptions(inputs()).cacheDir).toBeUndefined();
  });
});

describe('runTrainGate returns the outputs record', () => {
  const log = { info: () => {}, warning: () => {} };
  it('every output of the action, from the decision, fingerprint and cache', async () => {
    const o = parseTrainGateOptions(inputs({ code: ['src/**'], cache: false }));
    const r = await runTrainGate(o, {
      log,
      openRegistry: () => {
        throw new Error('no champion to look up');
      },
      openActionsCache: async () => undefined,
    });
    expect(r.outputs).toEqual({
      'should-train': true,
      reasons: ['no-champion'],
      fingerprint: r.fingerprint.fingerprint,
      'fingerprint-parts': r.fingerprint,
      'cache-hit': false,
      'cache-key': r.cacheKey,
      'champion-version': '',
    });
    expect(r.fingerprint.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.fingerprint.data).toBe(HASH);
  });

  it('the champion version and a cache hit', async () => {
    // The same training as the champion, but forced: a cache hit turns it into a skip.
    const o = parseTrainGateOptions(
      inputs({ named: { model: 'churn', alias: 'production' }, force: true, cacheDir: 'cache', cachePath: 'model' }),
    );
    const r0 = await runTrainGate(o, {
      log,
      openRegistry: () => ({ resolve: async () => undefined, close: async () => {} }),
      openActionsCache: async () => undefined,
    });
    // Plant the training under its key in the local cache, then run again.
    const { directoryCache } = await import('@mlops-actions/training-gate');
    mkdirSync(join(ws, 'model'), { recursive: true });
    writeFileSync(join(ws, 'model', 'weights.bin'), 'w');
    await directoryCache(join(ws, 'cache')).save(r0.cacheKey, join(ws, 'model'));
    const r = await runTrainGate(o, {
      log,
      openRegistry: () => ({
        resolve: async () => ({ version: '7', createdAt: new Date().toISOString() }),
        close: async () => {},
      }),
      openActionsCache: async () => undefined,
    });
    expect(r.outputs['cache-hit']).toBe(true);
    expect(r.outputs['should-train']).toBe(false);
    expect(r.outputs['champion-version']).toBe('7');
    expect(r.outputs['reasons']).toContain('cache-hit');
  });
});
