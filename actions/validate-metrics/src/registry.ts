import type { RegistryReader } from '@mlops-actions/metrics';

export interface RegistryReaderOptions {
  uri: string;
  branch: string;
  workspace: string;
  tempDir: string;
  token: string | undefined;
  log: { info(m: string): void; warning(m: string): void };
}

/**
 * The model registry, read for the champion's card and the version list (nothing is fetched until then).
 * Loaded only when baseline is registry, so a run with a baseline file does not pay for loading it.
 */
export async function openRegistryReader(o: RegistryReaderOptions): Promise<RegistryReader> {
  const { openRegistry } = await import('@mlops-actions/registry');
  return openRegistry({ uri: o.uri, branch: o.branch, workspace: o.workspace, tempDir: o.tempDir, token: o.token, log: o.log });
}
