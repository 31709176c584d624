import { join, resolve } from 'node:path';
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
import { readStructuredFile, writeJsonAtomic } from '@mlops-actions/files';
import {
  checkFiniteValues,
  checkJsonFile,
  modelSelection,
  openRegistry,
  parseDataHash,
  parseFingerprint,
  readDataManifest,
  registrationEvents,
  sendRegistryEvent,
  readValidationReport,
  renderRegistrationSummary,
  validateAlias,
  validateModelName,
  validateVersion,
  type Bump,
  type DataLineage,
  type GitHubTarget,
  type RegisterOptions,
  type ReleaseClient,
  type StoreChoice,
} from '@mlops-actions/registry';

interface RegisterModelInputs {
  registry: string;
  branch: string;
  token: string | undefined;
  /** Send repository_dispatch events (model-registered, alias-moved). */
  events: boolean;
  register: RegisterOptions;
  ctx: RunnerContext;
}

async function mappingFile(inputs: Inputs, name: string, workspace: string): Promise<Record<string, unknown> | undefined> {
  const f = inputs.file(name, { root: workspace });
  if (!f) return undefined;
  const doc = await readStructuredFile(f.path, f.display);
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    throw new UserError('must hold a mapping of names to values (JSON or YAML)', {
      input: name,
      file: f.display,
      fix: `Write the ${name} as name: value pairs, e.g. ${name === 'metrics' ? '{"accuracy": 0.93}' : 'depth: 6'}`,
    });
  }
  checkFiniteValues(doc.value, { input: name, file: f.display, doc, words: name === 'metrics' });
  return doc.value as Record<string, unknown>;
}

function fingerprint(text: string | undefined): Pick<RegisterOptions, 'fingerprint' | 'training'> {
  return text === undefined ? {} : parseFingerprint(text);
}

async function readInputs(): Promise<RegisterModelInputs> {
  const inputs = new Inputs();
  const ctx = readRunnerContext();
  const workspace = resolve(ctx.workspace);
  const name = validateModelName(inputs.string('name'));
  const pathLines = inputs.list('path', { required: true });
  const version = inputs.optional('version');
  const bump = inputs.choice<Bump>('bump', ['major', 'minor', 'patch'], 'minor');
  // The embedded default for local runs is a directory registry: no remote, no token needed.
  const registry = inputs.optional('registry') ?? defaultRegistry(ctx);
  const store = inputs.string('store', 'auto');
  if (!['auto', 'registry', 'release'].includes(store) && !store.startsWith('file:')) {
    throw new UserError(`must be auto, registry, release or file:<dir>, got '${store}'`, {
      input: 'store',
      fix: 'Leave store empty for auto, or write registry, release or file:<directory>',
    });
  }
  // A bare 'file:' names no directory: say which input (the registry package's own error cannot).
  for (const [input, uri] of [
    ['registry', registry],
    ['store', store],
  ] as const) {
    if (uri === 'file:')
      throw new UserError(`'file:' names no directory`, { input, fix: 'Write file:<directory>, e.g. file:.mlops/registry' });
  }
  const alias = inputs.optional('alias');
  const manifest = inputs.file('data-manifest', { root: workspace });
  const dataHash = inputs.optional('data-hash');
  let data: DataLineage | undefined = manifest ? await readDataManifest(manifest.path, manifest.display) : undefined;
  if (dataHash) {
    const given = parseDataHash(dataHash);
    if (data && data.hash !== given.hash) {
      throw new UserError(`says ${given.hash} but the data-manifest says ${data.hash}`, {
        input: 'data-hash',
        fix: 'Give one of data-manifest and data-hash, from the same data-hash step',
      });
    }
    data ??= given;
  }
  const report = inputs.file('validation-report', { root: workspace });
  const profile = inputs.file('reference-profile', { root: workspace });
  if (profile) await checkJsonFile(profile.path, profile.display, 'reference-profile');
  const plotPatterns = inputs.list('plots');
  // The plot reader (and its CSV and YAML parsers) is loaded only when plots are registered.
  const plots = plotPatterns.length
    ? await (await import('@mlops-actions/metrics')).readPlotsBundle(workspace, plotPatterns, 'plots')
    : undefined;
  return {
    registry,
    branch: inputs.string('registry-branch', 'mlops-registry'),
    token: inputs.secret('github-token'),
    events: inputs.boolean('events', false),
    ctx,
    register: {
      name,
      files: await modelSelection(workspace, pathLines),
      version: version === undefined ? undefined : validateVersion(version),
      bump,
      store: store as StoreChoice,
      metrics: await mappingFile(inputs, 'metrics', workspace),
      params: await mappingFile(inputs, 'params', workspace),
      data,
      validation: report ? await readValidationReport(report.path, report.display) : undefined,
      referenceProfile: profile?.path,
      plots,
      ...fingerprint(inputs.optional('fingerprint')),
      description: inputs.optional('description'),
      alias: alias === undefined ? undefined : validateAlias(alias),
      tag: inputs.boolean('tag', false),
      lineage: {
        repository: ctx.repository,
        commit: ctx.sha,
        ref: ctx.ref,
        workflow: ctx.workflow,
        job: ctx.job,
        runId: ctx.runId,
        runAttempt: ctx.runAttempt,
        runUrl: ctx.runUrl,
        actor: ctx.actor,
        event: ctx.eventName,
        pullRequest: ctx.pullRequest,
      },
    },
  };
}

/** The action: src/index.ts (the bundle's entry) calls it; @github/local-action imports this file and calls it. */
export const run = (): Promise<void> =>
  runAction(async () => {
    const i = await readInputs();
    const { ctx } = i;
    let github: GitHubTarget | undefined;
    if (ctx.owner && ctx.repo && i.token) {
      // The GitHub client is loaded on the first Release call only: most registrations never make one.
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
      const result = await registry.register(i.register);
      const card = result.card;
      const cardPath = join(resolve(ctx.runnerTemp), 'register-model', `${card.name}-${card.version}.card.json`);
      await writeJsonAtomic(cardPath, card);
      log.info(
        result.created
          ? `Registered ${card.name}@${card.version} (${card.digest}) in ${registry.uri}`
          : `${card.name}@${card.version} already holds these files (${card.digest}); nothing new was registered`,
      );
      setOutputs({
        version: card.version,
        digest: card.digest,
        card: cardPath,
        uri: card.uri,
        tag: result.tag ?? '',
        created: result.created,
      });
      await new JobSummary()
        .add(renderRegistrationSummary(result, { registry: registry.uri, branch: registry.kind === 'git' ? i.branch : undefined }))
        .write();
      if (i.events) {
        // After the registration landed: repository_dispatch starts workflows even when sent with GITHUB_TOKEN.
        const events = registrationEvents(card, result.created, result.alias, {
          registry: i.registry,
          branch: i.branch,
          serverUrl: ctx.serverUrl,
          repository: ctx.repository,
          runUrl: ctx.runUrl,
          actor: ctx.actor,
        });
        if (!github) {
          if (events.length)
            log.warning(`events: not sending ${events.map((e) => e.type).join(' and ')}: no GitHub repository or token (a local run)`);
        } else {
          for (const e of events) {
            await sendRegistryEvent(github.octokit, github, e.type, e.payload);
            log.info(`Sent the ${e.type} event (repository_dispatch) for ${card.name}@${card.version}`);
          }
        }
      }
    } finally {
      await registry.close();
    }
  });
