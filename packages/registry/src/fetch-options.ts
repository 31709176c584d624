/**
 * The rules between the fetch-model action's inputs (parseFetchOptions): the reference, the default
 * destination, and the folders a destination must never be (the workspace, a folder holding it, a
 * folder holding a file: registry). The action reads the inputs as typed values; this module checks
 * them, so a unit test reaches every rule without spawning the action.
 */
import { isAbsolute, join, resolve, sep } from 'node:path';
import { UserError } from '@mlops-actions/errors';
import { resolveInside } from '@mlops-actions/files';
import type { FetchStepOptions } from './fetch-step.ts';
import { parseVersionRef } from './lifecycle.ts';
import { parseModelName } from './names.ts';

/** The fetch-model action's inputs as the action reads them (typed, not yet checked against each other). */
export interface FetchInputs {
  /** The workspace and the runner's temp folder (absolute or relative to the process's folder). */
  workspace: string;
  runnerTemp: string;
  model: string;
  version: string | undefined;
  alias: string | undefined;
  registry: { uri: string; branch: string };
  /** The directory of a file: registry (absolute), undefined for git:. */
  registryDirectory: string | undefined;
  token: string | undefined;
  /** The path input; undefined for the default folder under runnerTemp. */
  path: string | undefined;
  overwrite: boolean;
  allowDeprecated: boolean;
}

/** Checks the fetch-model inputs and derives the destination; every error names the input and the fix. */
export function parseFetchOptions(i: FetchInputs): FetchStepOptions {
  const workspace = resolve(i.workspace);
  const model = parseModelName(i.model, { input: 'model' });
  const ref = { version: i.version, alias: i.alias };
  const parsed = parseVersionRef(ref);
  const refText = parsed.version ?? parsed.alias ?? 'latest';
  const given = i.path;
  if (/[\r\n]/.test(given ?? ''))
    throw new UserError('must be one folder, got several lines', { input: 'path', fix: 'Give a single folder path' });
  // Our own default folder is replaced when it exists (a second fetch of the same reference in a job).
  const dest =
    given === undefined
      ? join(resolve(i.runnerTemp), 'fetch-model', `${model}-${refText}`)
      : isAbsolute(given)
        ? resolve(given)
        : resolveInside(workspace, given, { input: 'path' });
  // The destination is emptied and replaced with overwrite: never the workspace (or a folder holding
  // it), nor a folder holding a file: registry.
  if (holds(dest, workspace)) {
    throw new UserError(`'${given}' is the workspace${dest === workspace ? '' : ' or a folder holding it'}`, {
      input: 'path',
      fix: 'Fetch into a folder of its own, e.g. models/<name> or ${{ runner.temp }}/model',
    });
  }
  if (i.registryDirectory && holds(dest, resolve(i.registryDirectory))) {
    throw new UserError(`'${given}' holds the registry directory ${i.registry.uri}`, {
      input: 'path',
      fix: 'Fetch into a folder outside the registry, e.g. models/<name>',
    });
  }
  return {
    model,
    ref,
    refText,
    registry: i.registry,
    token: i.token,
    dest,
    overwrite: given === undefined ? true : i.overwrite,
    allowDeprecated: i.allowDeprecated,
    // Outside the model folder, which holds the model's files and nothing else.
    cardDir: join(resolve(i.runnerTemp), 'fetch-model'),
  };
}

/** True when `inner` is `outer` or lies below it. */
function holds(outer: string, inner: string): boolean {
  return inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : `${outer}${sep}`);
}
