import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '@mlops-actions/errors';
import { defaultRegistry, type RunnerContext } from './context.ts';
import type { Inputs } from './inputs.ts';

/** The branch a `git:` registry lives on when `registry-branch` is empty (as every action.yml documents). */
export const DEFAULT_REGISTRY_BRANCH = 'mlops-registry';

/** The inputs `registry`, `registry-branch` and `github-token`, as every action that opens a registry reads them. */
export interface RegistryInputs {
  /** The `registry` input, or the default where it is empty: `git:origin` on GitHub, `file:.mlops/registry` in a local run. */
  uri: string;
  /** The `registry-branch` input (default `mlops-registry`): the branch of a `git:` registry. */
  branch: string;
  /** The `github-token` input, masked in the log; undefined when empty. */
  token: string | undefined;
  /** The directory of a `file:` registry, absolute (a relative one is taken from the workspace); undefined for `git:`. */
  directory: string | undefined;
  /** True when `directory` does not exist (a `file:` registry nothing was registered in yet, or a misspelt one). */
  missing: boolean;
}

export interface RegistryInputOptions {
  /**
   * Refuse a `file:` registry whose directory does not exist: for a step that only reads, an empty
   * registry would only say that no model is in it. Default false (a first registration creates it).
   */
  mustExist?: boolean | undefined;
}

const FIX_MISSING =
  "Point it at the directory register-model wrote (file:<dir>, relative to the workspace), or use git:origin for the repository's registry branch";

/**
 * Reads `registry` (default from where the step runs), `registry-branch` and `github-token`, and checks
 * what can be checked before anything is opened: a bare `file:` names no directory, and (with
 * `mustExist`) a `file:` directory must exist. Everything else about the URI (its scheme, credentials in
 * a URL, the branch name) is the registry package's to refuse when it opens it, naming the same inputs.
 */
export function readRegistryInputs(inputs: Inputs, ctx: RunnerContext, options: RegistryInputOptions = {}): RegistryInputs {
  const uri = inputs.optional('registry') ?? defaultRegistry(ctx);
  const branch = inputs.string('registry-branch', DEFAULT_REGISTRY_BRANCH);
  const token = inputs.secret('github-token');
  const directory = fileRegistryDirectory(uri, ctx.workspace);
  const missing = directory !== undefined && !existsSync(directory);
  if (missing && options.mustExist) {
    throw new UserError(`the registry directory ${uri.slice('file:'.length)} does not exist`, { input: 'registry', fix: FIX_MISSING });
  }
  return { uri, branch, token, directory, missing };
}

/** The directory a `file:` registry URI names (`file:<dir>` relative to the workspace, or `file:///abs`); undefined for others. */
function fileRegistryDirectory(uri: string, workspace: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  const rest = uri.slice('file:'.length);
  if (rest === '')
    throw new UserError("'file:' names no directory", { input: 'registry', fix: 'Write file:<directory>, e.g. file:.mlops/registry' });
  if (!rest.startsWith('//')) return resolve(workspace, rest);
  try {
    return fileURLToPath(uri);
  } catch (e) {
    throw new UserError(`'${uri}' is not a usable file URL: ${(e as Error).message}`, {
      input: 'registry',
      fix: 'Write file:<directory> (relative to the workspace) or file:///<absolute directory>',
    });
  }
}
