import { tmpdir } from 'node:os';
import { UserError } from '@mlops-actions/errors';
import { DEFAULT_RETRY } from './backend.ts';
import { FileBackend } from './file-backend.ts';
import { GitBackend } from './git-backend.ts';
import { RegistryImpl } from './registry.ts';
import { fileUriToDir } from './stores.ts';
import type { OpenRegistryOptions, Registry } from './types.ts';

export const DEFAULT_BRANCH = 'mlops-registry';

const BRANCH = /^(?!\/|.*\/\/|.*\.\.|.*@\{|.*\.lock$|.*[/.]$)[A-Za-z0-9._/-]{1,200}$/;

/**
 * Opens a registry: `git:<remote>` (a branch, default `mlops-registry`, of a git repository: a remote
 * of the workspace such as `git:origin`, a URL, or a path) or `file:<dir>` (a local directory, the
 * default for local runs and the demo). Nothing is fetched until the first call.
 */
export function openRegistry(o: OpenRegistryOptions): Registry {
  const uri = o.uri.trim();
  const branch = o.branch?.trim() || DEFAULT_BRANCH;
  if (!BRANCH.test(branch)) {
    throw new UserError(`'${branch}' is not a usable branch name`, { input: 'registry-branch', fix: `Use a plain branch name such as ${DEFAULT_BRANCH}` });
  }
  const retry = { ...DEFAULT_RETRY, ...o.retry };
  const tempDir = o.tempDir ?? tmpdir();
  const ctx = { workspace: o.workspace, tempDir, branch, github: o.github, identity: o.identity, log: o.log, segmentLines: o.segmentLines };
  if (uri.startsWith('file:')) {
    const root = fileUriToDir(uri, o.workspace);
    return new RegistryImpl(new FileBackend({ root, uri, log: o.log, retry }), { ...ctx, branch: undefined });
  }
  if (uri.startsWith('git:')) {
    const backend = new GitBackend({ remote: uri.slice(4).trim(), workspace: o.workspace, uri, branch, tempDir, token: o.token, identity: o.identity, log: o.log, retry });
    return new RegistryImpl(backend, ctx);
  }
  throw new UserError(`'${uri}' is not a registry URI`, { input: 'registry', fix: 'Write git:origin (a branch of this repository), git:<url or path>, or file:<dir>' });
}
