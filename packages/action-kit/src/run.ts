import * as core from '@actions/core';
import { isUserError } from '@mlops-actions/errors';
import { annotate } from './annotations.ts';

/** True when the user asked for debug logs (re-run with debug logging, or ACTIONS_STEP_DEBUG). */
export function debugEnabled(): boolean {
  return core.isDebug() || process.env['ACTIONS_STEP_DEBUG'] === 'true';
}

/**
 * Runs an action's body and turns any error into a failed step with a message a person can act on.
 * User errors print no stack (and annotate the file and line when known); anything else is a bug:
 * it says so and prints the stack under debug logging.
 */
export async function run(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (e) {
    if (isUserError(e)) {
      // One error annotation: at the file and line when known (setFailed would add a second, placeless one).
      if (e.file) {
        annotate.error(e.message, { file: e.file, line: e.line, column: e.column });
        process.exitCode = core.ExitCode.Failure;
      } else core.setFailed(e.message);
    } else if (e instanceof Error && e.name === 'GitHubNetworkError') {
      // No answer from GitHub (@mlops-actions/github): the network is at fault, not the code, and the
      // message already says what to check; no stack, no "re-run with debug logging".
      core.setFailed(e.message);
    } else {
      const err = e instanceof Error ? e : new Error(String(e));
      if (debugEnabled() && err.stack) core.info(err.stack);
      core.setFailed(`${err.message}${debugEnabled() ? '' : ' (re-run with debug logging for the stack trace)'}`);
    }
  }
}
