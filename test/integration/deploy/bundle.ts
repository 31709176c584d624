/**
 * Every deploy integration file runs the deploy action from its current sources: in-process (runStep's
 * default), or, for a step that runs as a process (signals, `runIn: 'process'`), the action bundled from
 * those sources, built once per test run into the run's temporary folder when a step first needs it
 * (test/harness/fresh-action.ts, under a lock, the other files reuse it). actions/deploy/dist is never
 * rewritten by a test, and a test run leaves the committed bundle as it found it.
 */
import { useFreshAction } from '../../harness/fresh-action.ts';

export async function ensureDeployBundle(): Promise<void> {
  await useFreshAction('deploy');
}
