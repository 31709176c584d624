import { openRegistry } from './open.ts';
import type { GitHubTarget, Identity, Logger, Registry, ReleaseClient } from './types.ts';

/** Where a registry step (fetch-model, register-model) runs: what openRegistry needs, and the repository. */
export interface StepContext {
  workspace: string;
  tempDir: string;
  identity?: Identity | undefined;
  serverUrl?: string | undefined;
  timeScale?: number | undefined;
  /** The repository (owner and name), when the step runs in one. */
  owner?: string | undefined;
  repo?: string | undefined;
}

/**
 * A GitHub client made on its first request: most registry operations never call GitHub (only a
 * version stored as Release assets, or an event, does), so the client and its code load only then.
 */
export function lazyReleaseClient(make: () => Promise<ReleaseClient>): ReleaseClient {
  let client: Promise<ReleaseClient> | undefined;
  return {
    request: async (route, parameters) => {
      client ??= make();
      return (await client).request(route, parameters);
    },
  };
}

/**
 * Opens the registry a step names, with the repository as its GitHub target (a lazy client) when the
 * step runs in one with a token and a client factory; `github` is undefined otherwise.
 */
export function openStepRegistry(
  registry: { uri: string; branch: string },
  token: string | undefined,
  ctx: StepContext,
  log: Logger,
  gitHubClient: ((token: string) => Promise<ReleaseClient>) | undefined,
): { registry: Registry; github: GitHubTarget | undefined } {
  const github =
    ctx.owner && ctx.repo && token && gitHubClient
      ? { octokit: lazyReleaseClient(() => gitHubClient(token)), owner: ctx.owner, repo: ctx.repo }
      : undefined;
  const opened = openRegistry({
    uri: registry.uri,
    branch: registry.branch,
    token,
    github,
    log,
    workspace: ctx.workspace,
    tempDir: ctx.tempDir,
    identity: ctx.identity,
    serverUrl: ctx.serverUrl,
    timeScale: ctx.timeScale,
  });
  return { registry: opened, github };
}
