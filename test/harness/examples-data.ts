/**
 * MLOPS_EXAMPLES_DATA_CACHE for the example workflows' data source (workflows-examples/fetch-data.ts):
 * one folder for the whole test run, so the batches a job's "Fetch the … data" step writes are
 * generated once per run and copied after that, in every file that runs the example workflows. The
 * generator is seeded (the same settings write the same bytes) and fetch-data keeps a batch set by
 * renaming a finished folder into place, so files running at the same time share it safely.
 * Uncached, each such step starts a second node process for the generator (about 0.4 s of CPU).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempDirSync } from './temp.ts';

/** The folder to pass as MLOPS_EXAMPLES_DATA_CACHE: the run's own (under its TMPDIR), else one for this file. */
export function examplesDataCache(): string {
  // Only in a test run's own temporary folder (test/harness/global-setup.ts) is a folder shared by the
  // run's files removed at its end; elsewhere the file gets one of its own (removed after the file).
  if (/mlops-tests-/.test(tmpdir())) return join(tmpdir(), 'mlops-examples-data');
  return join(tempDirSync('mlops-examples-data-'), 'batches');
}
