/**
 * Uploads the report folder as a workflow artifact. @actions/artifact is loaded only here, on demand
 * (bundled eagerly it would add to every start of the action).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface ArtifactResult {
  id?: number | undefined;
  size?: number | undefined;
  name: string;
}

/** Characters the artifact service refuses in a name. */
export function artifactName(base: string): string {
  return base.replace(/[":<>|*?\\/\r\n]/g, '-').slice(0, 200) || 'drift-report';
}

export async function uploadReportArtifact(dir: string, name: string, retentionDays?: number): Promise<ArtifactResult> {
  const files = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => join(dir, d.name));
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const r = await client.uploadArtifact(artifactName(name), files, dir, retentionDays ? { retentionDays } : {});
  return { id: r.id, size: r.size, name: artifactName(name) };
}
