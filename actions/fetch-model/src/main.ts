import { isAbsolute, join, resolve, sep } from 'node:path';
import {
  Inputs,
  JobSummary,
  log,
  readRunnerContext,
  run as runAction,
  setOutputs,
  UserError,
  type RunnerContext,
  defaultRegistry,
  registryContext,
} from '@mlops-actions/action-kit';
import { resolveInside } from '@mlops-actions/files';
import {
  fetchModel,
  missingFileRegistry,
  openRegistry,
  parseVersionRef,
  renderFetchSummary,
  validateModelName,
  type GitHubTarget,
  type ReleaseClient,
  type VersionRef,
} from '@mlops-actions/registry';

interface FetchModelInputs {
  ctx: RunnerContext;
  model: string;
  ref: VersionRef;
  /** How the reference was given, for messages and the default folder name. */
  refText: string;
  registry: string;
  branch: string;
  dest: string;
  overwrite: boolean;
  allowDeprecated: boolean;
  token: string | undefined;
}

/** Every input, checked before anything is fetched. */
function readInputs(): FetchModelInputs {
  const inputs = new Inputs();
  const ctx = readRunnerContext();
  const workspace = resolve(ctx.workspace);
  const model = validateModelName(inputs.string('model'), { input: 'model' });
  const ref = { version: inputs.optional('version'), alias: inputs.optional('alias') };
  const parsed = parseVersionRef(ref);
  const refText = parsed.version ?? parsed.alias ?? 'latest';
  const registry = inputs.optional('registry') ?? defaultRegistry(ctx);
  const missing = missingFileRegistry(registry, workspace);
  if (missing) {
    throw new UserError(`the registry directory ${missing} does not exist`, {
      input: 'registry',
      fix: "Point it at the directory register-model wrote (file:<dir>, relative to the workspace), or use git:origin for the repository's registry branch",
    });
  }
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
  const fileRegistry = registry.startsWith('file:')
    ? isAbsolute(registry.slice(5))
      ? resolve(registry.slice(5))
      : resolve(workspace, registry.slice(5))
    : undefined;
  if (fileRegistry && holds(dest, fileRegistry)) {
    throw new UserError(`'${given}' holds the registry directory ${registry}`, {
      input: 'path',
      fix: 'Fetch into a folder outside the registry, e.g. models/<name>',
    });
  }
  return {
    ctx,
    model,
    ref,
    refText,
    registry,
    branch: inputs.string('registry-branch', 'mlops-registry'),
    dest,
    overwrite: given === undefined ? true : inputs.boolean('overwrite', false),
    allowDeprecated: inputs.boolean('allow-deprecated', false),
    token: inputs.secret('github-token'),
  };
}

/** The action: src/index.ts (the bundle's entry) calls it; @github/local-action imports this file and calls it. */
export const run = (): Promise<void> =>
  runAction(async () => {
    const i = readInputs();
    const { ctx } = i;
    let github: GitHubTarget | undefined;
    if (ctx.owner && ctx.repo && i.token) {
      // The GitHub client is loaded on the first Release asset download only.
      const token = i.token;
      let client: Promise<ReleaseClient> | undefined;
      const octokit: ReleaseClient = {
        request: async (route, parameters) => {
          client ??= import('@mlops-actions/github').then(
            (m) => m.createGitHubClient({ token, apiUrl: ctx.apiUrl, log }) as unknown as ReleaseClient,
          );
          return (await client).request(route, parameters);
        },
      };
      github = { octokit, owner: ctx.owner, repo: ctx.repo };
    }
    const registry = openRegistry({ uri: i.registry, branch: i.branch, token: i.token, github, log, ...registryContext(ctx) });
    try {
      const cardDir = join(resolve(ctx.runnerTemp), 'fetch-model');
      const result = await fetchModel(registry, {
        name: i.model,
        ref: i.ref,
        dest: i.dest,
        overwrite: i.overwrite,
        allowDeprecated: i.allowDeprecated,
        // Outside the model folder, which holds the model's files and nothing else.
        cardPath: (c) => join(cardDir, `${c.name}-${c.version}.card.json`),
        warn: log.warning,
      });
      const card = result.card;
      const cardPath = result.cardPath!;
      log.info(
        `Fetched ${card.name}@${card.version} (${card.digest}, ${result.files.length} file(s), each verified) from ${registry.uri} into ${result.dir}`,
      );
      setOutputs({ version: card.version, digest: card.digest, path: result.dir, card: cardPath, metrics: card.metrics ?? {} });
      await new JobSummary().add(renderFetchSummary(result, { registry: registry.uri, ref: i.refText })).write();
    } finally {
      await registry.close();
    }
  });
