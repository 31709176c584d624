import { isAbsolute, join, resolve, sep } from 'node:path';
import {
  Inputs,
  JobSummary,
  log,
  readRegistryInputs,
  readRunnerContext,
  registryContext,
  run as runAction,
  setOutputs,
  UserError,
  type RunnerContext,
} from '@mlops-actions/action-kit';
import { resolveInside } from '@mlops-actions/files';
import { parseModelName, parseVersionRef, runFetchModel, type FetchStepOptions, type ReleaseClient } from '@mlops-actions/registry';

interface FetchModelInputs extends FetchStepOptions {
  ctx: RunnerContext;
}

/** Every input, checked before anything is fetched. */
function readInputs(): FetchModelInputs {
  const inputs = new Inputs();
  const ctx = readRunnerContext();
  const workspace = resolve(ctx.workspace);
  const model = parseModelName(inputs.string('model'), { input: 'model' });
  const ref = { version: inputs.optional('version'), alias: inputs.optional('alias') };
  const parsed = parseVersionRef(ref);
  const refText = parsed.version ?? parsed.alias ?? 'latest';
  const registry = readRegistryInputs(inputs, ctx, { mustExist: true });
  const given = inputs.optional('path');
  if (/[\r\n]/.test(given ?? ''))
    throw new UserError('must be one folder, got several lines', { input: 'path', fix: 'Give a single folder path' });
  // Our own default folder is replaced when it exists (a second fetch of the same reference in a job).
  const dest =
    given === undefined
      ? join(resolve(ctx.runnerTemp), 'fetch-model', `${model}-${refText}`)
      : isAbsolute(given)
        ? resolve(given)
        : resolveInside(workspace, given, { input: 'path' });
  // The destination is emptied and replaced with overwrite: never the workspace (or a folder holding
  // it), nor a folder holding a file: registry.
  const holds = (outer: string, inner: string) => inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : `${outer}${sep}`);
  if (holds(dest, workspace)) {
    throw new UserError(`'${given}' is the workspace${dest === workspace ? '' : ' or a folder holding it'}`, {
      input: 'path',
      fix: 'Fetch into a folder of its own, e.g. models/<name> or ${{ runner.temp }}/model',
    });
  }
  if (registry.directory && holds(dest, registry.directory)) {
    throw new UserError(`'${given}' holds the registry directory ${registry.uri}`, {
      input: 'path',
      fix: 'Fetch into a folder outside the registry, e.g. models/<name>',
    });
  }
  return {
    ctx,
    model,
    ref,
    refText,
    registry: { uri: registry.uri, branch: registry.branch },
    token: registry.token,
    dest,
    overwrite: given === undefined ? true : inputs.boolean('overwrite', false),
    allowDeprecated: inputs.boolean('allow-deprecated', false),
    // Outside the model folder, which holds the model's files and nothing else.
    cardDir: join(resolve(ctx.runnerTemp), 'fetch-model'),
  };
}

/** The action: src/index.ts (the bundle's entry) calls it; @github/local-action imports this file and calls it. */
export const run = (): Promise<void> =>
  runAction(async () => {
    const { ctx, ...options } = readInputs();
    const r = await runFetchModel(options, {
      ctx: { ...registryContext(ctx), owner: ctx.owner, repo: ctx.repo },
      log,
      // The GitHub client (and its code) is loaded on the first Release asset download only.
      gitHubClient: (token) =>
        import('@mlops-actions/github').then(
          (m) => m.createGitHubClient({ token, apiUrl: ctx.apiUrl, log, timeScale: ctx.timeScale }) as unknown as ReleaseClient,
        ),
    });
    setOutputs(r.outputs);
    await new JobSummary().add(r.summary).write();
  });
