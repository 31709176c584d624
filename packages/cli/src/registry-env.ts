/**
 * Where `mlops registry` runs: the default registry, the token and who the writes are recorded as,
 * read from the environment of a GitHub Actions job, a GitLab CI job, a Jenkins build or a laptop.
 */
import { execFileSync } from 'node:child_process';
import type { Identity } from '@mlops-actions/registry';

export type Env = Record<string, string | undefined>;

function gitOutput(args: string[], cwd: string): string | undefined {
  const env = { ...process.env };
  for (const k of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[k];
  try {
    return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** True when `cwd` is inside a git work tree (git itself says so, from any sub-folder). */
export function insideCheckout(cwd: string): boolean {
  return gitOutput(['rev-parse', '--is-inside-work-tree'], cwd) === 'true';
}

/** The token for https git remotes and Release assets: GITHUB_TOKEN, else GH_TOKEN (as the gh CLI reads). */
export function tokenFrom(env: Env): string | undefined {
  return env['GITHUB_TOKEN']?.trim() || env['GH_TOKEN']?.trim() || undefined;
}

/** A GitHub login as the registry takes it for commit authorship (see commitAuthor). */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

/**
 * Who a write is recorded as (the audit log's `actor` and `runUrl`):
 * - GitHub Actions: the workflow's actor and run, as the actions record them (registry commits are then
 *   authored by that account).
 * - GitLab CI: `gitlab:<GITLAB_USER_LOGIN>` and the job's URL (CI_JOB_URL).
 * - Jenkins: `jenkins:<BUILD_USER_ID>` when the build-user-vars plugin sets it, and BUILD_URL.
 * - elsewhere (a laptop): git's `user.name <user.email>`.
 * Outside GitHub Actions the actor never looks like a bare GitHub login, so a registry commit is never
 * attributed to a GitHub account that happens to share a name: on a laptop git's own user.name and
 * user.email author it, in other CI systems the Actions bot.
 */
export function identityFrom(env: Env, cwd: string): Identity {
  if (env['GITHUB_ACTIONS'] === 'true') {
    const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
    const repository = env['GITHUB_REPOSITORY'] || undefined;
    const runId = env['GITHUB_RUN_ID'] || undefined;
    return {
      actor: env['GITHUB_ACTOR'] || undefined,
      actorId: env['GITHUB_ACTOR_ID'] || undefined,
      runId,
      repository,
      runUrl: repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined,
    };
  }
  if (env['GITLAB_CI'] === 'true') {
    const login = env['GITLAB_USER_LOGIN'];
    return { actor: login ? `gitlab:${login}` : undefined, runUrl: env['CI_JOB_URL'] || undefined };
  }
  if (env['JENKINS_URL']) {
    const user = env['BUILD_USER_ID'];
    return { actor: user ? `jenkins:${user}` : undefined, runUrl: env['BUILD_URL'] || undefined };
  }
  const name = gitOutput(['config', 'user.name'], cwd);
  const email = gitOutput(['config', 'user.email'], cwd);
  let actor = name && email ? `${name} <${email}>` : (name ?? email);
  if (actor && LOGIN.test(actor)) actor = `local:${actor}`;
  // The person at the keyboard authors the registry commit, as their own git commits are.
  return { actor, author: name && email ? { name, email } : undefined };
}

/** The GitHub server and API (for Release assets): GITHUB_SERVER_URL / GITHUB_API_URL, else github.com. */
export function githubUrls(env: Env): { serverUrl: string; apiUrl: string } {
  const serverUrl = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const apiUrl = env['GITHUB_API_URL'] || (serverUrl === 'https://github.com' ? 'https://api.github.com' : `${serverUrl}/api/v3`);
  return { serverUrl, apiUrl };
}

/** The URL of a git remote of the checkout at `cwd` (`git remote get-url`), or undefined. */
export function remoteUrl(name: string, cwd: string): string | undefined {
  return gitOutput(['remote', 'get-url', name], cwd);
}
