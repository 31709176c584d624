import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '@mlops-actions/errors';
import {
  type ChampionCard,
  type ChampionRegistry,
  fingerprintOf,
  parseCacheDir,
  parseCachePath,
  runTrainGate,
  type SaveOutcome,
  saveTraining,
  type TrainGateOptions,
  type TrainingCache,
  textHash,
  trainingCacheKey,
} from '@mlops-actions/training-gate';
import { removeTempDirs, tempDirSync } from '../../harness/temp.ts';

afterAll(removeTempDirs);

const DATA = textHash('dataset');
const now = new Date('2026-11-26T12:00:00Z');
/** The fingerprint of a run that gives only DATA (no code, params or extra key). */
const FP = fingerprintOf({ data: DATA, code: '-', params: '-', extra: '-' });
const KEY = trainingCacheKey(FP.fingerprint);

/** What the fakes saw, in order. */
type Events = string[];

function logger(events: Events) {
  return { info: (m: string) => events.push(`info ${m}`), warning: (m: string) => events.push(`warning ${m}`) };
}

function registry(events: Events, card: ChampionCard | undefined, fail?: Error): ChampionRegistry {
  return {
    async resolve(model, ref) {
      events.push(`resolve ${model} ${ref.alias}`);
      if (fail) throw fail;
      return card;
    },
    async close() {
      events.push('close');
    },
  };
}

function cache(events: Events, o: { hit?: boolean; save?: SaveOutcome } = {}): TrainingCache {
  return {
    description: 'the fake cache',
    async restore(key, path) {
      events.push(`restore ${key} ${path}`);
      return o.hit ?? false;
    },
    async save(key, path) {
      events.push(`save ${key} ${path}`);
      return o.save ?? { outcome: 'saved' };
    },
  };
}

function options(over: Partial<TrainGateOptions> = {}): TrainGateOptions {
  const workspace = tempDirSync('gate-ws-');
  return {
    workspace,
    sources: { root: workspace, dataHash: DATA, code: [] },
    champion: { model: 'churn', alias: 'production', registry: 'file:.mlops/registry' },
    drift: false,
    force: false,
    cache: true,
    cachePath: 'model',
    now,
    ...over,
  };
}

/** Runs the gate with fakes; `card` is the champion the registry holds. */
async function gate(o: TrainGateOptions, f: { card?: ChampionCard; hit?: boolean; noCacheService?: boolean; registryFails?: Error } = {}) {
  const events: Events = [];
  const result = await runTrainGate(o, {
    log: logger(events),
    openRegistry: () => {
      events.push('open registry');
      return registry(events, f.card, f.registryFails);
    },
    openActionsCache: async () => {
      events.push('open actions cache');
      return f.noCacheService ? undefined : cache(events, { hit: f.hit });
    },
  });
  return { result, events };
}

const sameChampion: ChampionCard = {
  version: '3.0.0',
  createdAt: '2026-11-25T12:00:00Z',
  training: { data: DATA, code: '-', params: '-', extra: '-' },
};

describe('runTrainGate', () => {
  it('no champion: train, look in the cache (a miss), and hand the post step what to save', async () => {
    const { result, events } = await gate(options());
    expect(result.decision.shouldTrain).toBe(true);
    expect(result.decision.reasons).toEqual(['no-champion']);
    expect(result.fingerprint).toEqual(FP);
    expect(result.cacheKey).toBe(KEY);
    expect(result.cache).toBe('miss');
    expect(result.championVersion).toBeUndefined();
    expect(result.postState).toEqual({ save: 'true', key: KEY, path: 'model', 'cache-dir': '' });
    expect(events).toEqual([
      'open registry',
      'resolve churn production',
      'close',
      'open actions cache',
      `restore ${KEY} model`,
      'info Decision: train (no-champion)',
    ]);
    expect(result.summary).toContain('Champion: none for `churn`');
  });

  it('the fingerprint carries only its parts (not the parsed params)', async () => {
    const o = options();
    writeFileSync(join(o.workspace, 'p.yaml'), 'lr: 0.1\n');
    const { result } = await gate({ ...o, sources: { ...o.sources, params: { path: join(o.workspace, 'p.yaml'), display: 'p.yaml' } } });
    expect(Object.keys(result.fingerprint).sort()).toEqual(['code', 'data', 'extra', 'fingerprint', 'params']);
  });

  it('an identical training in the cache: restored, training skipped (cache-hit), nothing to save', async () => {
    const { result, events } = await gate(options(), { hit: true });
    expect(result.decision).toMatchObject({ shouldTrain: false, reasons: ['no-champion', 'cache-hit'] });
    expect(result.cache).toBe('hit');
    expect(result.postState['save']).toBe('false');
    expect(events).toContain(
      `info Restored an identical training (${FP.fingerprint}) from the fake cache into model: training is skipped.`,
    );
    expect(events.at(-1)).toBe('info Decision: skip training (no-champion, cache-hit)');
  });

  it('the champion was trained on the same: skip without touching the cache', async () => {
    const { result, events } = await gate(options(), { card: sameChampion });
    expect(result.decision).toMatchObject({ shouldTrain: false, reasons: ['unchanged'] });
    expect(result.cache).toBe('not-needed');
    expect(result.championVersion).toBe('3.0.0');
    expect(events).not.toContain('open actions cache');
    expect(result.postState['save']).toBe('false');
  });

  it("compares with the card's own data hash when the champion recorded no parts", async () => {
    const card: ChampionCard = { version: '2.0.0', createdAt: '2026-11-25T12:00:00Z', data: { hash: textHash('older data') } };
    const { result } = await gate(options({ cache: false }), { card });
    expect(result.decision.reasons).toEqual(['data-changed']);
    expect(result.cache).toBe('off');
  });

  it('max-age, drift and force reach the decision', async () => {
    const stale = await gate(options({ maxAgeMs: 3600e3 }), { card: sameChampion });
    expect(stale.result.decision.reasons).toEqual(['stale']);
    const drift = await gate(options({ drift: true, force: true }), { card: sameChampion });
    expect(drift.result.decision.reasons).toEqual(['forced', 'drift']);
  });

  it('no model: the registry is never opened', async () => {
    const { result, events } = await gate(options({ champion: undefined, cache: false }));
    expect(events).not.toContain('open registry');
    expect(result.summary).toContain('Champion: none (no `model` given)');
  });

  it('the registry is closed when the lookup fails, and the error is not swallowed', async () => {
    const boom = new UserError('cannot reach the registry', { input: 'registry' });
    const events: Events = [];
    await expect(
      runTrainGate(options(), {
        log: logger(events),
        openRegistry: () => registry(events, undefined, boom),
        openActionsCache: async () => undefined,
      }),
    ).rejects.toBe(boom);
    expect(events).toEqual(['resolve churn production', 'close']);
  });

  it('a file: registry folder that does not exist: one warning naming the input, the folder (workspace-relative) and what to check', async () => {
    const o = options();
    const q = {
      model: 'churn',
      alias: 'production',
      registry: 'file:.mlops/registy',
      missingFolder: join(o.workspace, '.mlops', 'registy'),
    };
    const { events } = await gate({ ...o, champion: q, cache: false });
    expect(events.filter((e) => e.startsWith('warning'))).toEqual([
      "warning input 'registry': the registry folder '.mlops/registy' does not exist, so there is no champion and training runs every time. " +
        'Check the spelling of the registry input (file:.mlops/registy); on a first run, before any model is registered, this is expected and can be ignored.',
    ]);
  });

  it('no cache service (a local run): says so once, carries on, and the post step saves nothing', async () => {
    const { result, events } = await gate(options(), { noCacheService: true });
    expect(result.cache).toBe('unavailable');
    expect(result.decision.shouldTrain).toBe(true);
    expect(events.filter((e) => e.includes('No Actions cache service here'))).toHaveLength(1);
    expect(result.postState['save']).toBe('false');
  });

  it('a cache-dir replaces the Actions cache and restores into the absolute cache-path', async () => {
    const o = options();
    const cacheDir = join(o.workspace, '.cache');
    mkdirSync(join(cacheDir, KEY), { recursive: true });
    writeFileSync(join(cacheDir, KEY, 'w.bin'), 'weights');
    const { result, events } = await gate({ ...o, cacheDir });
    expect(events).not.toContain('open actions cache');
    expect(result.cache).toBe('hit');
    expect(readFileSync(join(o.workspace, 'model', 'w.bin'), 'utf8')).toBe('weights');
  });

  it('cache off: neither cache is consulted', async () => {
    const { result, events } = await gate(options({ cache: false }));
    expect(result.cache).toBe('off');
    expect(events).not.toContain('open actions cache');
    expect(result.postState['save']).toBe('false');
  });
});

describe('saveTraining (the post step)', () => {
  const state = (s: Record<string, string>) => (name: string) => s[name] ?? '';

  async function save(s: Record<string, string>, o: { files?: boolean; outcome?: SaveOutcome; noCacheService?: boolean } = {}) {
    const workspace = tempDirSync('gate-post-');
    if (o.files ?? true) {
      mkdirSync(join(workspace, 'model'));
      writeFileSync(join(workspace, 'model', 'w.bin'), 'w');
    }
    const events: Events = [];
    const r = await saveTraining(
      state(s),
      { workspace },
      {
        log: logger(events),
        openActionsCache: async () => (o.noCacheService ? undefined : cache(events, { save: o.outcome })),
      },
    );
    return { r, events, workspace };
  }
  const miss = { save: 'true', key: KEY, path: 'model', 'cache-dir': '' };

  it('nothing to do when main did not ask for a save', async () => {
    const { r, events } = await save({ ...miss, save: 'false' });
    expect(r.summary).toBeUndefined();
    expect(events).toEqual([]);
  });

  it('saves cache-path under the key, as given (the Actions cache versions entries by path)', async () => {
    const { r, events } = await save(miss);
    expect(r.summary).toBeUndefined();
    expect(events).toEqual([`save ${KEY} model`, `info Saved the training in 'model' to the fake cache as ${KEY}.`]);
  });

  it('another job saved the same training: says the cache already holds it, not "Saved"', async () => {
    const { events } = await save(miss, { outcome: { outcome: 'exists' } });
    expect(events.at(-1)).toBe(`info the fake cache already holds ${KEY} (another job saved the same training).`);
  });

  it('not saved: a warning with the reason, and a summary so nobody believes it was cached', async () => {
    const { r, events } = await save(miss, { outcome: { outcome: 'not-saved', reason: 'read-only' } });
    expect(events.at(-1)).toBe(`warning Not saved: the training in 'model' was not saved to the fake cache as ${KEY}: read-only`);
    expect(r.summary).toBe(
      `> [!WARNING]\n> **Training cache not saved** (\`${KEY}\`): the next run with the same fingerprint will train again. See the step's warning for why.`,
    );
  });

  it('an empty or missing cache-path: a warning naming the input, nothing saved', async () => {
    const { events } = await save(miss, { files: false });
    expect(events).toEqual([
      "warning Not saving the training cache: 'model' (cache-path) is empty or missing. Make the training write its model there.",
    ]);
  });

  it('with a cache-dir, saves into that folder', async () => {
    const cacheDir = join(tempDirSync('gate-post-cache-'), 'c');
    const { events } = await save({ ...miss, 'cache-dir': cacheDir });
    expect(existsSync(join(cacheDir, KEY, 'w.bin'))).toBe(true);
    expect(events).toEqual([`info Saved the training in 'model' to the local cache ${cacheDir} as ${KEY}.`]);
  });

  it('no cache service: nothing saved, no error', async () => {
    const { r, events } = await save(miss, { noCacheService: true });
    expect(r.summary).toBeUndefined();
    expect(events).toEqual([]);
  });
});

describe('parseCachePath and parseCacheDir', () => {
  const ws = tempDirSync('gate-inputs-');

  it.each(['model', 'out/model', '/tmp/elsewhere/model'])('accepts %s as given', (p) => {
    expect(parseCachePath(p, ws)).toBe(p);
  });

  it.each<[string, string, RegExp]>([
    ['the workspace', '.', /is the workspace; restoring a training there would replace the checkout/],
    ['a folder holding the workspace', '/', /is the workspace or a folder holding it/],
    ['several lines', 'a\nb', /must be one path, got several lines/],
    ['a relative path leaving the workspace', '../x', /leads outside the workspace/],
  ])('refuses %s, naming the input cache-path', (_, p, message) => {
    let err: unknown;
    try {
      parseCachePath(p, ws);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).input).toBe('cache-path');
    expect((err as UserError).message).toMatch(message);
  });

  it('cache-dir: absolute, undefined when not given, and a file is refused with the fix', () => {
    expect(parseCacheDir(undefined, ws)).toBeUndefined();
    expect(parseCacheDir('.mlops/cache', ws)).toBe(join(ws, '.mlops', 'cache'));
    writeFileSync(join(ws, 'afile'), 'x');
    expect(() => parseCacheDir('afile', ws)).toThrow(/input 'cache-dir': 'afile' is a file, not a directory/);
  });
});
