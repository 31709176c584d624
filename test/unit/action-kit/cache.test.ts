import { afterEach, describe, expect, it } from 'vitest';
import { type CacheToolkit, openActionsCache } from '@mlops-actions/action-kit/cache';

/**
 * A stand-in for @actions/cache: entries by key, and the calls made. As the toolkit does, saveCache
 * returns -1 (and does not throw) when it does not store the entry; restoreCache returns the key on a hit.
 */
function toolkit(o: { available?: boolean; entries?: string[]; saveReturns?: number; saveThrows?: Error; lookupFails?: boolean } = {}) {
  const entries = new Set(o.entries);
  const calls: string[] = [];
  const fake: CacheToolkit = {
    isFeatureAvailable: () => o.available ?? true,
    restoreCache: async (paths, key, restoreKeys, options) => {
      calls.push(`restore ${paths.join(',')} ${key} [${restoreKeys?.join(',')}] lookupOnly=${options?.lookupOnly}`);
      if (options?.lookupOnly && o.lookupFails) throw new Error('lookup failed');
      return entries.has(key) ? key : undefined;
    },
    saveCache: async (paths, key) => {
      calls.push(`save ${paths.join(',')} ${key}`);
      if (o.saveThrows) throw o.saveThrows;
      if (o.saveReturns !== undefined) return o.saveReturns;
      entries.add(key);
      return 7;
    },
  };
  return { load: async () => fake, calls };
}

const savedMode = process.env['ACTIONS_CACHE_MODE'];
afterEach(() => {
  if (savedMode === undefined) delete process.env['ACTIONS_CACHE_MODE'];
  else process.env['ACTIONS_CACHE_MODE'] = savedMode;
});

describe('openActionsCache', () => {
  it('is undefined where the runner offers no cache service', async () => {
    expect(await openActionsCache({ load: toolkit({ available: false }).load })).toBeUndefined();
  });

  it('restores the exact key only (no restore-key prefixes), into the path as given', async () => {
    const t = toolkit({ entries: ['k1'] });
    const cache = (await openActionsCache({ load: t.load, cacheMode: '' }))!;
    expect(cache.description).toBe('the Actions cache');
    expect(await cache.restore('k1', 'model')).toBe(true);
    expect(await cache.restore('k2', 'model')).toBe(false);
    expect(t.calls).toEqual(['restore model k1 [] lookupOnly=false', 'restore model k2 [] lookupOnly=false']);
  });

  it('a stored entry is "saved"', async () => {
    const t = toolkit();
    const cache = (await openActionsCache({ load: t.load, cacheMode: 'write' }))!;
    expect(await cache.save('k', 'model')).toEqual({ outcome: 'saved' });
    expect(t.calls).toEqual(['save model k']);
  });

  it.each(['read', 'none', ' READ '])(
    'cache-mode %j permits no writes: "not-saved" naming the mode, without calling the service',
    async (mode) => {
      const t = toolkit();
      const cache = (await openActionsCache({ load: t.load, cacheMode: mode }))!;
      const r = await cache.save('k', 'model');
      expect(r).toEqual({ outcome: 'not-saved', reason: expect.stringContaining(`cache-mode '${mode.trim().toLowerCase()}'`) });
      expect(r.outcome === 'not-saved' && r.reason).toMatch(/Set 'cache-mode: write' on a job that runs only trusted code/);
      expect(t.calls).toEqual([]);
    },
  );

  it('reads the cache-mode from ACTIONS_CACHE_MODE when not given', async () => {
    process.env['ACTIONS_CACHE_MODE'] = 'read';
    const t = toolkit();
    const cache = (await openActionsCache({ load: t.load }))!;
    expect((await cache.save('k', 'model')).outcome).toBe('not-saved');
    expect(t.calls).toEqual([]);
  });

  it('-1 from the service and the key is there: another job saved it, "exists"', async () => {
    const t = toolkit({ entries: ['k'], saveReturns: -1 });
    const cache = (await openActionsCache({ load: t.load, cacheMode: '' }))!;
    expect(await cache.save('k', 'model')).toEqual({ outcome: 'exists' });
    expect(t.calls).toEqual(['save model k', 'restore model k [] lookupOnly=true']);
  });

  it('-1 and the key is not there: "not-saved" with the possible causes', async () => {
    const t = toolkit({ saveReturns: -1 });
    const cache = (await openActionsCache({ load: t.load, cacheMode: '' }))!;
    const r = await cache.save('k', 'model');
    expect(r.outcome).toBe('not-saved');
    expect(r.outcome === 'not-saved' && r.reason).toMatch(/did not store it.*"cache write denied".*storage limit.*failed upload/);
  });

  it('-1 and the lookup itself fails: "not-saved", not an error', async () => {
    const t = toolkit({ entries: ['k'], saveReturns: -1, lookupFails: true });
    const cache = (await openActionsCache({ load: t.load, cacheMode: '' }))!;
    expect((await cache.save('k', 'model')).outcome).toBe('not-saved');
  });

  it('write-only cannot look entries up: -1 is "not-saved" without a lookup', async () => {
    const t = toolkit({ entries: ['k'], saveReturns: -1 });
    const cache = (await openActionsCache({ load: t.load, cacheMode: 'write-only' }))!;
    expect((await cache.save('k', 'model')).outcome).toBe('not-saved');
    expect(t.calls).toEqual(['save model k']);
  });

  it('bad arguments (the toolkit throws) are "not-saved" with its message', async () => {
    const t = toolkit({ saveThrows: new Error('Key Validation Error: a,b cannot contain commas.') });
    const cache = (await openActionsCache({ load: t.load, cacheMode: '' }))!;
    expect(await cache.save('a,b', 'model')).toEqual({
      outcome: 'not-saved',
      reason: 'the cache refused the entry: Key Validation Error: a,b cannot contain commas.',
    });
  });
});
