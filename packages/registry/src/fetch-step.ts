import { join } from 'node:path';
import { fetchModel, renderFetchSummary, type VersionRef } from './lifecycle.ts';
import { openStepRegistry, type StepContext } from './step-registry.ts';
import type { Logger, ModelCard, ModelName, ReleaseClient } from './types.ts';

/** The fetch-model action's inputs, checked. */
export interface FetchStepOptions {
  /** Parsed where it entered (parseModelName). */
  model: ModelName;
  /** The version (or `latest`) or alias, as given. */
  ref: VersionRef;
  /** How the reference was given, for the summary (`1.4.0`, `production`, `latest`). */
  refText: string;
  registry: { uri: string; branch: string };
  token: string | undefined;
  /** The destination folder (absolute). */
  dest: string;
  overwrite: boolean;
  allowDeprecated: boolean;
  /** Where the model card copy is written (outside the destination, which holds the model's files and nothing else). */
  cardDir: string;
}

/** Where the step runs (see StepContext; a large model's Release assets are in its repository). */
export type FetchStepContext = StepContext;

export interface FetchStepDeps {
  ctx: FetchStepContext;
  log: Logger;
  /**
   * Makes the GitHub client for Release asset downloads from the token. Called on the first download
   * only: a model stored in the registry itself never loads the client (nor its code).
   */
  gitHubClient?: ((token: string) => Promise<ReleaseClient>) | undefined;
}

export interface FetchStepResult {
  outputs: { version: string; digest: string; path: string; card: string; metrics: Record<string, unknown> };
  summary: string;
  card: ModelCard;
}

/**
 * The fetch-model step: opens the registry, fetches the version (every file verified against its
 * card) into the destination, writes the card copy, and says what to output.
 */
export async function runFetchModel(o: FetchStepOptions, deps: FetchStepDeps): Promise<FetchStepResult> {
  const { ctx, log } = deps;
  const { registry } = openStepRegistry(o.registry, o.token, ctx, log, deps.gitHubClient);
  try {
    const result = await fetchModel(registry, {
      name: o.model,
      ref: o.ref,
      dest: o.dest,
      overwrite: o.overwrite,
      allowDeprecated: o.allowDeprecated,
      cardPath: (c) => join(o.cardDir, `${c.name}-${c.version}.card.json`),
      log,
    });
    const card = result.card;
    log.info(
      `Fetched ${card.name}@${card.version} (${card.digest}, ${result.files.length} file(s), each verified) from ${registry.uri} into ${result.dir}`,
    );
    return {
      outputs: { version: card.version, digest: card.digest, path: result.dir, card: result.cardPath!, metrics: card.metrics ?? {} },
      summary: renderFetchSummary(result, { registry: registry.uri, ref: o.refText }),
      card,
    };
  } finally {
    await registry.close();
  }
}
