import { UserError, messageOf } from '@mlops-actions/errors';
import { isApiError, isPermissionDenied, type GitHubClient } from '@mlops-actions/github';
import type { Logger } from './types.ts';

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

/** GitHub cuts a deployment status description at 140 characters; we cut it ourselves, at a word. */
export const STATUS_DESCRIPTION_LIMIT = 140;

export interface DeploymentsOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  /** The run's page: every status links to it as log_url. */
  runUrl?: string | undefined;
  log: Logger;
}

export interface CreateDeploymentOptions {
  /** The commit being deployed from (GITHUB_SHA). */
  ref: string;
  environment: string;
  model: string;
  version: string;
  digest: string;
  description?: string;
}

/**
 * GitHub Deployments for model deployments: one deployment per attempt, for the environment, with
 * the model in its payload, and its statuses in_progress → success | failure. Needs the job
 * permission `deployments: write`; a refusal says so.
 */
export class GitHubDeployments {
  private readonly o: DeploymentsOptions;
  /** The states set, in order (for the summary and for tests). */
  readonly history: DeploymentState[] = [];
  /** A deployment whose last status is in_progress: what abandon() closes. */
  private open: number | undefined;

  constructor(o: DeploymentsOptions) {
    this.o = o;
  }

  async create(c: CreateDeploymentOptions): Promise<{ id: number }> {
    const { octokit, owner, repo } = this.o;
    try {
      const res = await octokit.rest.repos.createDeployment({
        owner,
        repo,
        ref: c.ref,
        environment: c.environment,
        task: 'deploy',
        // The model is deployed, not the commit: no merge of the default branch, no wait for commit statuses.
        auto_merge: false,
        required_contexts: [],
        payload: { model: c.model, version: c.version, digest: c.digest },
        description: truncate(c.description ?? `${c.model} ${c.version}`),
      });
      const data = res.data as { id?: number; message?: string };
      if (res.status !== 201 || typeof data.id !== 'number') {
        throw new UserError(`GitHub did not create a deployment for ${c.environment}: ${data.message ?? `HTTP ${res.status}`}`);
      }
      this.o.log.info(`GitHub deployment ${data.id} created for environment ${c.environment}`);
      return { id: data.id };
    } catch (e) {
      throw explain(e, `create a deployment for environment '${c.environment}'`, c.ref);
    }
  }

  async setStatus(
    id: number,
    state: DeploymentState,
    extra: { description?: string | undefined; environmentUrl?: string | undefined } = {},
  ): Promise<void> {
    const { octokit, owner, repo, runUrl } = this.o;
    try {
      await octokit.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: id,
        state,
        ...(runUrl ? { log_url: runUrl } : {}),
        ...(extra.environmentUrl ? { environment_url: extra.environmentUrl } : {}),
        ...(extra.description ? { description: truncate(extra.description) } : {}),
        // Only a success makes the environment's earlier deployments inactive (GitHub's default).
        auto_inactive: state === 'success',
      });
      this.history.push(state);
      if (state === 'in_progress') this.open = id;
      else if (this.open === id) this.open = undefined;
      this.o.log.info(`GitHub deployment ${id}: ${state}`);
    } catch (e) {
      throw explain(e, `set deployment ${id} to '${state}'`);
    }
  }

  /**
   * Closes a deployment left in_progress (the run was cancelled mid-way) with the state `error`, so
   * the environment does not show a deployment that is running forever. Never throws.
   */
  async abandon(reason: string): Promise<number | undefined> {
    const id = this.open;
    if (id === undefined) return undefined;
    try {
      await this.setStatus(id, 'error', { description: reason });
    } catch (e) {
      this.o.log.warning(`could not close GitHub deployment ${id}: ${messageOf(e)}`);
    }
    return id;
  }
}

/** A GitHub refusal in words, naming the permission when one is missing. */
function explain(e: unknown, what: string, ref?: string): Error {
  if (e instanceof UserError) return e;
  if (!isApiError(e)) return e instanceof Error ? e : new Error(messageOf(e));
  // octokit appends " - <documentation URL>" to GitHub's message.
  const message = e.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
  // A 403 can also be a rate limit the client gave up waiting out; only a refusal of the scope names the permission.
  if (isPermissionDenied(e)) {
    return new UserError(`GitHub refused to ${what}: ${message} (HTTP ${e.status}). The token lacks the 'deployments: write' permission`, {
      input: 'github-token',
      fix: "Add 'permissions: { contents: read, deployments: write }' to the deploying job (a fork's pull request never gets it)",
    });
  }
  if (e.status === 404) {
    return new UserError(`GitHub could not ${what}: the repository was not found or the token cannot see it (HTTP 404)`, {
      input: 'github-token',
      fix: "Check GITHUB_REPOSITORY and give the token access to the repository ('deployments: write')",
    });
  }
  if (e.status === 409 || e.status === 422) {
    return new UserError(`GitHub refused to ${what}: ${message} (HTTP ${e.status})`, {
      ...(ref ? { fix: `The deployment's ref is the workflow's commit (${ref}); check that it exists in the repository` } : {}),
    });
  }
  if (e.status >= 500) {
    // The model was not touched yet (create) or is already live or rolled back (a status): either way
    // recording it is what failed, and a run without the record is a choice the user can make.
    return new UserError(`GitHub failed to ${what}: ${message} (HTTP ${e.status})`, {
      input: 'github-deployment',
      fix: "Re-run the job when GitHub answers again, or set 'github-deployment: false' to deploy without recording a GitHub Deployment",
    });
  }
  return new UserError(`GitHub failed to ${what}: ${message} (HTTP ${e.status})`);
}

export function truncate(text: string, limit = STATUS_DESCRIPTION_LIMIT): string {
  const one = text.replace(/\s+/g, ' ').trim();
  if (one.length <= limit) return one;
  const cut = one.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > limit / 2 ? cut.slice(0, space) : cut}…`;
}
