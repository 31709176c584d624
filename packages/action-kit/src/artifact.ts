/**
 * Uploading a folder as a workflow artifact: runner plumbing, so it lives in the action kit and the
 * packages get it as a function. @actions/artifact is loaded only here, on demand (bundled eagerly it
 * would add to every start of an action); esbuild puts it in its own chunk. Imported as
 * `@mlops-actions/action-kit/artifact`, not from the kit's index: esbuild emits a chunk for every
 * import() in a module a bundle reaches, called or not, so through the index every action's dist/
 * would carry an unused copy of the toolkit and its notices.
 *
 * An upload that cannot happen is an outcome, not an exception: the caller decides what to tell the
 * user (a warning, a note in the job summary) and goes on.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export type ArtifactUpload =
  | { uploaded: true; name: string; id?: number | undefined; size?: number | undefined }
  | {
      uploaded: false;
      name: string;
      /**
       * `no-runtime`: not in a job of the Actions runner (no ACTIONS_RUNTIME_TOKEN); `ghes`: GitHub
       * Enterprise Server, which has no service for @actions/artifact v2+; `failed`: anything else.
       */
      reason: 'no-runtime' | 'ghes' | 'failed';
      message: string;
    };

export interface UploadArtifactOptions {
  /** Days the artifact is kept; the repository's setting when not given. */
  retentionDays?: number | undefined;
  /** Where ACTIONS_RUNTIME_TOKEN is read (the runner's environment by default). */
  env?: NodeJS.ProcessEnv;
}

/** The name with the characters the artifact service refuses replaced, at most 200 characters. */
export function artifactName(base: string): string {
  return base.replace(/[":<>|*?\\/\r\n]/g, '-').slice(0, 200) || 'artifact';
}

/** Uploads the files directly in `dir` (not hidden ones, not sub-folders) as one artifact. */
export async function uploadArtifact(dir: string, name: string, options: UploadArtifactOptions = {}): Promise<ArtifactUpload> {
  const safe = artifactName(name);
  const env = options.env ?? process.env;
  // @actions/artifact reads the runtime token from the environment the runner gives a job
  // (packages/artifact/src/internal/shared/config.ts, getRuntimeToken); without it there is no service.
  if (!env['ACTIONS_RUNTIME_TOKEN']) {
    return { uploaded: false, name: safe, reason: 'no-runtime', message: 'no Actions runtime here (ACTIONS_RUNTIME_TOKEN is not set)' };
  }
  try {
    const files = (await readdir(dir, { withFileTypes: true }))
      .filter((d) => d.isFile() && !d.name.startsWith('.'))
      .map((d) => join(dir, d.name));
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const r = await new DefaultArtifactClient().uploadArtifact(
      safe,
      files,
      dir,
      options.retentionDays ? { retentionDays: options.retentionDays } : {},
    );
    return { uploaded: true, name: safe, id: r.id, size: r.size };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    // On GitHub Enterprise Server the client throws GHESNotSupportedError before any request
    // (packages/artifact/src/internal/client.ts: `if (isGhes()) throw new GHESNotSupportedError()`).
    const ghes = err.name === 'GHESNotSupportedError' || /not (currently )?supported on GHES/i.test(err.message);
    return { uploaded: false, name: safe, reason: ghes ? 'ghes' : 'failed', message: err.message };
  }
}
