import {
  Inputs,
  JobSummary,
  log,
  readRegistryInputs,
  readRunnerContext,
  registryContext,
  run as runAction,
  setOutputs,
  type RunnerContext,
} from '@mlops-actions/action-kit';
import { parseFetchOptions, runFetchModel, type FetchInputs, type ReleaseClient } from '@mlops-actions/registry';

/** Every input, typed; the rules between them are the registry package's (parseFetchOptions). */
function readInputs(): FetchInputs & { ctx: RunnerContext } {
  const inputs = new Inputs();
  const ctx = readRunnerContext();
  const registry = readRegistryInputs(inputs, ctx, { mustExist: true });
  return {
    ctx,
    workspace: ctx.workspace,
    runnerTemp: ctx.runnerTemp,
    model: inputs.string('model'),
    version: inputs.optional('version'),
    alias: inputs.optional('alias'),
    registry: { uri: registry.uri, branch: registry.branch },
    registryDirectory: registry.directory,
    token: registry.token,
    path: inputs.optional('path'),
    overwrite: inputs.boolean('overwrite', false),
    allowDeprecated: inputs.boolean('allow-deprecated', false),
  };
}

/** The action: src/index.ts (the bundle's entry) calls it; @github/local-action imports this file and calls it. */
export const run = (): Promise<void> =>
  runAction(async () => {
    const { ctx, ...raw } = readInputs();
    const r = await runFetchModel(parseFetchOptions(raw), {
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
