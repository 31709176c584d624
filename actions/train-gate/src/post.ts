import { resolve } from 'node:path';
import { getState, JobSummary, log, readRunnerContext, run as runAction } from '@mlops-actions/action-kit';
import { openActionsCache } from '@mlops-actions/action-kit/cache';
import { saveTraining } from '@mlops-actions/training-gate';

/**
 * The post step (post-if: success(), so it runs after the job's steps all succeeded): saves the fresh
 * training under its fingerprint. src/post-index.ts (the post bundle's entry) calls it; @github/local-action
 * imports this file and calls it (local-action run <dir> src/post.ts .env).
 */
export const run = (): Promise<void> =>
  runAction(async () => {
    const ctx = readRunnerContext();
    const r = await saveTraining(
      getState,
      { workspace: resolve(ctx.workspace) },
      { log, openActionsCache: () => openActionsCache({ cacheMode: ctx.cacheMode }) },
    );
    if (r.summary) await new JobSummary().add(r.summary).write();
  });
