import { registryContext, type RunnerContext } from '@mlops-actions/action-kit';
import type { RegistryReader } from '@mlops-actions/metrics';

export interface RegistryReaderOptions {
  uri: string;
  branch: string;
  /** The run: workspace, scratch folder, and the server URL and repository `git:origin` falls back to. */
  ctx: RunnerContext;
  token: string | undefined;
  log: { info(m: string): void; warning(m: string): void };
}

/**
 * The model registry, read for the champion's card and the version list (nothing is fetched until then).
 * Loaded only when baseline is registry, so a run with a baseline file does not pay for loading it.
 * It is opened with the run's registry context, as every other action does: without a checkout (or with
 * an SSH origin) `git:origin` is `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}.git`.
 */
export async function openRegistryReader(o: RegistryReaderOptions): Promise<RegistryReader> {
  const { openRegistry } = await import('@mlops-actions/registry');
  return openRegistry({ uri: o.uri, branch: o.branch, token: o.token, log: o.log, ...registryContext(o.ctx) });
}
