import { resolve } from 'node:path';
import * as core from '@actions/core';
import { log, readRunnerContext, run } from '@mlops-actions/action-kit';
import { actionsCache, directoryCache, hasContent } from '@mlops-actions/training-gate';

// Runs after the job's steps when they all succeeded (post-if: success()): saves the fresh training
// under its fingerprint so an identical training is restored next time instead of repeated.
await run(async () => {
  if (core.getState('save') !== 'true') return;
  const key = core.getState('key');
  const path = core.getState('path');
  const cacheDir = core.getState('cache-dir');
  const workspace = resolve(readRunnerContext().workspace);
  if (!(await hasContent(resolve(workspace, path)))) {
    log.warning(`Not saving the training cache: '${path}' (cache-path) is empty or missing. Make the training write its model there.`);
    return;
  }
  const cache = cacheDir ? directoryCache(cacheDir) : await actionsCache(log);
  if (!cache) return;
  const outcome = await cache.save(key, cacheDir ? resolve(workspace, path) : path);
  log.info(outcome === 'saved' ? `Saved the training in '${path}' to ${cache.description} as ${key}.` : `${cache.description} already holds ${key}.`);
});
