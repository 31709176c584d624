import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { UserError } from '@mlops-actions/errors';
import { DEFAULT_RETRY } from './backend.ts';
import { FileBackend } from './file-backend.ts';
import { GitBackend } from './git-backend.ts';
import { redactUrls } from './git-cli.ts';
import { RegistryImpl } from './registry.ts';
import { fileUriToDir } from './stores.ts';
import type { OpenRegistryOptions, Registry } from './types.ts';

export const DEFAULT_BRANCH = 'mlops-registry';

const BRANCH = /^(?![/-]|.*\/\/|.*\.\.|.*@\{|.*\.lock$|.*\/\.|.*[/.]$)[A-Za-z0-9._/-]{1,200}$/;

/**
 * Credentials in a registry URL would end up in the model card (committed to the registry branch), the
 * `uri` output, the job summary and error messages. `user:password@` and a lone user (often a token:
 * `https://<token>@github.com/…`) are refused for http(s); for ssh only a password is (a user such as
 * `git@` names the account, it is no secret).
 */
function refuseCredentials(uri: string): void {
  const rest = uri.slice(4).trim();
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)@/i.exec(rest);
  if (!m) return;
  const scheme = m[1]!.toLowerCase();
  const userinfo = m[2]!;
  if (/^https?$/.test(scheme) || userinfo.includes(':')) {
    throw new UserError(
      `the registry URL ${redactUrls(uri)} carries credentials (user or token before '@'); they would be written into every model card and output`,
      {
        input: 'registry',
        fix: 'Remove them from the URL (git:https://host/owner/repo.git) and pass the token as the github-token input, which is sent as an HTTP header and never stored',
      },
    );
  }
}

/**
 * Opens a registry: `git:<remote>` (a branch, default `mlops-registry`, of a git repository: a remote
 * of the workspace such as `git:origin`, a URL, or a path) or `file:<dir>` (a local directory, the
 * default for local runs and the demo). Nothing is fetched until the first call.
 */
export function openRegistry(o: OpenRegistryOptions): Registry {
  const uri = o.uri.trim();
  const branch = o.branch?.trim() || DEFAULT_BRANCH;
  if (!BRANCH.test(branch)) {
    throw new UserError(`'${branch}' is not a usable branch name`, {
      input: 'registry-branch',
      fix: `Use a plain branch name such as ${DEFAULT_BRANCH}`,
    });
  }
  const retry = { ...DEFAULT_RETRY, ...o.retry };
  const tempDir = o.tempDir ?? tmpdir();
  const timeScale = o.timeScale ?? 1;
  const github = o.github && o.timeScale !== undefined ? { ...o.github, timeScale } : o.github;
  const ctx = { workspace: o.workspace, tempDir, branch, github, identity: o.identity, log: o.log, segmentLines: o.segmentLines };
  if (uri.startsWith('file:')) {
    const root = fileUriToDir(uri, o.workspace);
    // The lock's own short retries (20 ms up) are not scaled: they wait for another process, not a server.
    return new RegistryImpl(new FileBackend({ root, uri, log: o.log, retry }), { ...ctx, branch: undefined });
  }
  if (uri.startsWith('git:')) {
    refuseCredentials(uri);
    const backend = new GitBackend({
      remote: uri.slice(4).trim(),
      workspace: o.workspace,
      uri,
      branch,
      tempDir,
      token: o.token,
      identity: o.identity,
      serverUrl: o.serverUrl,
      log: o.log,
      retry: timeScale === 1 ? retry : { ...retry, baseMs: retry.baseMs * timeScale, maxMs: retry.maxMs * timeScale },
    });
    return new RegistryImpl(backend, ctx);
  }
  throw new UserError(`'${redactUrls(uri)}' is not a registry URI`, {
    input: 'registry',
    fix: 'Write git:origin (a branch of this repository), git:<url or path>, or file:<dir>',
  });
}

/**
 * The directory of a `file:` registry when it does not exist; undefined for an existing one and for
 * `git:` registries. Reading such a registry finds no models, which is right before the first
 * registration and a silent miss when the URI is misspelt, so a step that only reads can say so.
 */
export function missingFileRegistry(uri: string, workspace: string): string | undefined {
  const u = uri.trim();
  if (!u.startsWith('file:')) return undefined;
  const dir = fileUriToDir(u, workspace);
  return existsSync(dir) ? undefined : dir;
}
