/**
 * A report as a sticky pull-request comment, or the job summary alone: the rules an action's `comment`
 * input follows (auto, always, never), the client, the upsert, and the fallback when the token cannot
 * write (a pull request from a fork gets a read-only GITHUB_TOKEN). The caller writes the job summary
 * first; a comment that cannot be written is one warning, never a failed step.
 */
import { UserError } from '@mlops-actions/errors';
import { createGitHubClient, type GitHubClient, type Logger } from './client.ts';
import { upsertComment, type UpsertOutcome } from './comments.ts';

export interface PublishReportOptions {
  /** The `comment` input: `auto` comments on a pull request only, `always` warns when there is none, `never` does not. */
  when: 'auto' | 'always' | 'never';
  /** The pull request to comment on (the event's, or one named by an input); undefined outside one. */
  pullRequest: number | undefined;
  /** The token to comment with; undefined when the input is empty. */
  token: string | undefined;
  /** GITHUB_REPOSITORY's parts. */
  owner: string | undefined;
  repo: string | undefined;
  /** REST API root (GITHUB_API_URL). */
  apiUrl: string;
  /** The action posting, e.g. `validate-metrics`, and the key of its comment (see commentMarker). */
  action: string;
  key: string;
  body: string;
  /** Where the whole report can be read when the body has to be cut. */
  fullReportUrl?: string | undefined;
  /** The `permissions:` scope that lets the token comment, named in the warning when it cannot. */
  permission?: string | undefined;
  log: Logger;
  /** Scales the client's retry and rate-limit waits (see ClientOptions.timeScale). */
  timeScale?: number | undefined;
  /** A client to use instead of one made from `token` and `apiUrl`. */
  octokit?: GitHubClient | undefined;
}

export type PublishOutcome =
  /** No comment was asked for (`never`, or `auto` outside a pull request). */
  | { outcome: 'not-wanted' }
  /** A comment was asked for but cannot be made here (no pull request, no token): one warning said why. */
  | { outcome: 'summary-only'; reason: string }
  | UpsertOutcome;

/**
 * Posts or updates the action's comment on the pull request when the `comment` input asks for one,
 * and logs where it is. Without a pull request (`always`) or a token, one warning says the report is in
 * the job summary only. When GitHub refuses (a fork's read-only token, a missing permission, a locked
 * conversation) or cannot be reached, upsertComment's one warning says so and the outcome is
 * `read-only` or `failed`. Only a run with no repository at all (GITHUB_REPOSITORY unset) throws.
 */
export async function publishReport(o: PublishReportOptions): Promise<PublishOutcome> {
  const wanted = o.when === 'always' || (o.when === 'auto' && o.pullRequest !== undefined);
  if (!wanted) return { outcome: 'not-wanted' };
  if (o.pullRequest === undefined) {
    const reason = 'comment is always, but this run is not for a pull request: the report is in the job summary only';
    o.log.warning(reason);
    return { outcome: 'summary-only', reason };
  }
  if (!o.token && !o.octokit) {
    const reason = 'no github-token to comment with: the report is in the job summary only';
    o.log.warning(reason);
    return { outcome: 'summary-only', reason };
  }
  if (!o.owner || !o.repo) {
    throw new UserError('GITHUB_REPOSITORY is not set, so there is no repository to talk to', {
      fix: 'Run this step in a GitHub workflow, or set GITHUB_REPOSITORY=owner/name for a local run',
    });
  }
  const octokit = o.octokit ?? createGitHubClient({ token: o.token!, apiUrl: o.apiUrl, log: o.log, timeScale: o.timeScale });
  const outcome = await upsertComment({
    octokit,
    owner: o.owner,
    repo: o.repo,
    issueNumber: o.pullRequest,
    action: o.action,
    key: o.key,
    body: o.body,
    fullReportUrl: o.fullReportUrl,
    permission: o.permission ?? 'pull-requests: write',
    log: o.log,
  });
  if (outcome.outcome === 'created' || outcome.outcome === 'updated') {
    o.log.info(
      `${outcome.outcome === 'created' ? 'Posted' : 'Updated'} the comment: ${outcome.url}${outcome.truncated ? " (cut to fit GitHub's limit)" : ''}`,
    );
  }
  return outcome;
}
