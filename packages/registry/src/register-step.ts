import { join } from 'node:path';
import { UserError } from '@mlops-actions/errors';
import { readStructuredFile, writeJsonAtomic } from '@mlops-actions/files';
import { registrationEvents, sendRegistryEvent } from './events.ts';
import { checkFiniteValues, parseDataHash, readDataManifest } from './reports.ts';
import { openStepRegistry, type StepContext } from './step-registry.ts';
import { renderRegistrationSummary } from './summary.ts';
import type { DataLineage, GitHubTarget, Logger, ModelCard, RegisterOptions, RegisterResult, ReleaseClient, StoreChoice } from './types.ts';

/** The register-model action's inputs, checked (names, versions and aliases parsed where they entered). */
export interface RegisterStepOptions {
  registry: { uri: string; branch: string };
  token: string | undefined;
  register: RegisterOptions;
  /** Send repository_dispatch events (model-registered, alias-moved) once the registration landed. */
  events: boolean;
  /** Where the copy of the model card is written (`<name>-<version>.card.json`). */
  cardDir: string;
}

/** Where the step runs (see StepContext; its repository receives Release assets and events), and what an event's payload names. */
export interface RegisterStepContext extends StepContext {
  /** `owner/name`, the run and who started it. */
  repository?: string | undefined;
  runUrl?: string | undefined;
  actor?: string | undefined;
}

export type RegisterStepOutputs = {
  version: string;
  digest: string;
  card: string;
  uri: string;
  tag: string;
  created: boolean;
};

export interface RegisterStepDeps {
  ctx: RegisterStepContext;
  log: Logger;
  /**
   * Makes the GitHub client (Release assets, repository_dispatch) from the token. Called on the first
   * request only: most registrations never make one, and never load the client's code.
   */
  gitHubClient?: ((token: string) => Promise<ReleaseClient>) | undefined;
}

/** What the action writes: its outputs, its job summary, and the error that fails the step after them. */
export interface RegisterStepResult {
  outputs: RegisterStepOutputs;
  summary: string;
  result: RegisterResult;
  /** The events sent (types, in order, before any that failed); none when events is false or there is no repository or token. */
  sent: string[];
  /**
   * Set when an event could not be sent after the registration landed: the step writes the outputs and
   * the summary, then fails with it (the version is in the registry either way).
   */
  error?: Error | undefined;
}

/**
 * The register-model step: opens the registry, registers the version, writes the card copy, then (with
 * `events`) sends the repository_dispatch events, and returns the outputs and summary for the action to
 * write; the registry is closed (its scratch clone removed) whatever happens, a failure to close being a
 * warning. A registration refused
 * throws before any output; an event refused after the registration landed is returned as `error`, so
 * the step fails with the registration's outputs set: the version did land.
 */
export async function runRegisterModel(o: RegisterStepOptions, deps: RegisterStepDeps): Promise<RegisterStepResult> {
  const { ctx, log } = deps;
  const { registry, github } = openStepRegistry(o.registry, o.token, ctx, log, deps.gitHubClient);
  try {
    const result = await registry.register(o.register);
    const card = result.card;
    const cardPath = join(o.cardDir, `${card.name}-${card.version}.card.json`);
    await writeJsonAtomic(cardPath, card);
    log.info(
      result.created
        ? `Registered ${card.name}@${card.version} (${card.digest}) in ${registry.uri}`
        : `${card.name}@${card.version} already holds these files (${card.digest}); nothing new was registered`,
    );
    const outputs: RegisterStepOutputs = {
      version: card.version,
      digest: card.digest,
      card: cardPath,
      uri: card.uri,
      tag: result.tag ?? '',
      created: result.created,
    };
    const summary = renderRegistrationSummary(result, {
      registry: registry.uri,
      branch: registry.kind === 'git' ? o.registry.branch : undefined,
    });
    const sent: string[] = [];
    let error: Error | undefined;
    if (o.events) {
      try {
        await sendEvents(card, result, o, ctx, github, log, sent);
      } catch (e) {
        // The registration stands: the action writes its outputs and summary, then fails on the event.
        error = e instanceof Error ? e : new Error(String(e));
      }
    }
    return { outputs, summary, result, sent, error };
  } finally {
    // Closing removes the scratch clone; a leftover folder in the runner's temp is no reason to lose the
    // outcome (the version landed, or the error that stopped it).
    await registry
      .close()
      .catch((e: unknown) => log.warning(`could not clean up after the registry: ${e instanceof Error ? e.message : String(e)}`));
  }
}

/** After the registration landed: repository_dispatch starts workflows even when sent with GITHUB_TOKEN. */
async function sendEvents(
  card: ModelCard,
  result: RegisterResult,
  o: RegisterStepOptions,
  ctx: RegisterStepContext,
  github: GitHubTarget | undefined,
  log: Logger,
  /** Each event type is added once it was sent. */
  sent: string[],
): Promise<void> {
  const events = registrationEvents(card, result.created, result.alias, {
    registry: o.registry.uri,
    branch: o.registry.branch,
    serverUrl: ctx.serverUrl,
    repository: ctx.repository,
    runUrl: ctx.runUrl,
    actor: ctx.actor,
  });
  if (!github) {
    if (events.length)
      log.warning(`events: not sending ${events.map((e) => e.type).join(' and ')}: no GitHub repository or token (a local run)`);
    return;
  }
  for (const e of events) {
    await sendRegistryEvent(github.octokit, github, e.type, e.payload);
    sent.push(e.type);
    log.info(`Sent the ${e.type} event (repository_dispatch) for ${card.name}@${card.version}`);
  }
}

/** The `store` input: auto, registry, release or file:<directory>. */
export function parseStoreChoice(text: string, where: { input: string } = { input: 'store' }): StoreChoice {
  if (!['auto', 'registry', 'release'].includes(text) && !text.startsWith('file:')) {
    throw new UserError(`must be auto, registry, release or file:<dir>, got '${text}'`, {
      ...where,
      fix: 'Leave store empty for auto, or write registry, release or file:<directory>',
    });
  }
  // A bare 'file:' names no directory: say which input (the registry's own error, when it opens the store, cannot).
  if (text === 'file:')
    throw new UserError(`'file:' names no directory`, { ...where, fix: 'Write file:<directory>, e.g. file:.mlops/registry' });
  return text as StoreChoice;
}

/**
 * A metrics or params file: a mapping of names to values (JSON or YAML), with no NaN or infinity (the
 * card could not record them); errors name the input, the file and, where known, the line and key.
 */
export async function readMappingFile(file: { path: string; display: string }, input: string): Promise<Record<string, unknown>> {
  const doc = await readStructuredFile(file.path, file.display);
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    throw new UserError('must hold a mapping of names to values (JSON or YAML)', {
      input,
      file: file.display,
      fix: `Write the ${input} as name: value pairs, e.g. ${input === 'metrics' ? '{"accuracy": 0.93}' : 'depth: 6'}`,
    });
  }
  checkFiniteValues(doc.value, { input, file: file.display, doc, words: input === 'metrics' });
  return doc.value as Record<string, unknown>;
}

/**
 * The data lineage from the data-manifest and data-hash inputs (either, or both when they agree): a
 * data-hash that contradicts the manifest is refused, naming data-hash.
 */
export async function readDataLineage(
  manifest: { path: string; display: string } | undefined,
  dataHash: string | undefined,
): Promise<DataLineage | undefined> {
  const data = manifest ? await readDataManifest(manifest.path, manifest.display) : undefined;
  if (dataHash === undefined) return data;
  const given = parseDataHash(dataHash);
  if (data && data.hash !== given.hash) {
    throw new UserError(`says ${given.hash} but the data-manifest says ${data.hash}`, {
      input: 'data-hash',
      fix: 'Give one of data-manifest and data-hash, from the same data-hash step',
    });
  }
  return data ?? given;
}
