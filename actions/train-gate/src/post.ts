import { resolve } from 'node:path';
import { getState, JobSummary, log, readRunnerContext, run } from '@mlops-actions/action-kit';
import { actionsCache, directoryCache, hasContent } from '@mlops-actions/training-gate';

// Runs after the job's steps when they all succeeded (post-if: success()): saves the fresh training
// under its fingerprint so an identical training is restored next time instead of repeated.
await run(async () => {
  if (getState('save') !== 'true') return;
  const key = getState('key');
  const path = getState('path');
  const cacheDir = getState('cache-dir');
  const ctx = readRunnerContext();
  const workspace = resolve(ctx.workspace);
  if (!(await hasContent(resolve(workspace, path)))) {
    log.warning(`Not saving the training cache: '${path}' (cache-path) is empty or missing. Make the training write its model there.`);
    return;
  }
  const cache = cacheDir ? directoryCache(cacheDir) : await actionsCache(log, { cacheMode: ctx.cacheMode });
  if (!cache) return;
  const saved = await cache.save(key, cacheDir ? resolve(workspace, path) : path);
  if (saved.outcome === 'saved') log.info(`Saved the training in '${path}' to ${cache.description} as ${key}.`);
  else if (saved.outcome === 'exists') log.info(`${cache.description} already holds ${key} (another job saved the same training).`);
  else {
    // The step still passes (the training itself succeeded), but nobody should believe it was cached.
    log.warning(`Not saved: the training in '${path}' was not saved to ${cache.description} as ${key}: ${saved.reason}`);
    await new JobSummary()
      .add(
        `> [!WARNING]\n> **Training cache not saved** (\`${key}\`): the next run with the same fingerprint will train again. See the step's warning for why.`,
      )
      .write();
  }
});
