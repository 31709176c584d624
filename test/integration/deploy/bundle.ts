/**
 * Every deploy integration file runs the deploy action bundled from its current sources: built once per
 * test run into the run's temporary folder (test/harness/fresh-action.ts, under a lock, the other files
 * reuse it) and run by every runStep of the file that names no actionDir. actions/deploy/dist is never
 * rewritten by a test, so no file can see a bundle another one is rewriting, and a test run leaves the
 * committed bundle as it found it.
 */
import { useFreshAction } from '../../harness/fresh-action.ts';

export async function ensureDeployBundle(): Promise<void> {
  await useFreshAction('deploy');
}
