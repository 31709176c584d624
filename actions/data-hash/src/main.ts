import { resolve } from 'node:path';
import { Inputs, JobSummary, log, readRunnerContext, run as runAction, setOutputs, type RunnerContext } from '@mlops-actions/action-kit';
import { ALGORITHMS, type DataHashInputs, parseDataHashOptions, runDataHash } from '@mlops-actions/hashing';

/** Every input, typed; the rules between them are the hashing package's (parseDataHashOptions). */
function readInputs(inputs: Inputs, ctx: RunnerContext): DataHashInputs {
  const workspace = resolve(ctx.workspace);
  const mode = inputs.choice('mode', ['hash', 'merge'] as const, 'hash');
  const paths = inputs.list('path', { required: mode === 'hash' });
  const manifests = inputs.list('manifests');
  const shard = inputs.string('shard', '');
  const shards = inputs.string('shards', '');
  const baseline = inputs.file('baseline', { root: workspace });
  return {
    workspace,
    tempDir: resolve(ctx.runnerTemp),
    mode,
    paths,
    manifests,
    shard,
    shards,
    manifest: inputs.file('manifest', { root: workspace }),
    statCache: inputs.file('stat-cache', { root: workspace }),
    baseline: baseline && { ...baseline, name: inputs.string('baseline') },
    exclude: inputs.list('exclude'),
    algorithm: inputs.choice('algorithm', ALGORITHMS, 'sha256'),
    followSymlinks: inputs.boolean('follow-symlinks', false),
  };
}

/** The action: src/index.ts (the bundle's entry) calls it; @github/local-action imports this file and calls it. */
export const run = (): Promise<void> =>
  runAction(async () => {
    const options = parseDataHashOptions(readInputs(new Inputs(), readRunnerContext()));
    const r = await runDataHash(options, { log });
    setOutputs(r.outputs);
    await new JobSummary().add(r.summary).write();
  });
