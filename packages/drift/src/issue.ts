/**
 * One GitHub issue per model while drift lasts: opened on the first drifted run, its body updated on
 * each later drifted run, closed (with a comment) on the first run without drift. The issue is found
 * by a hidden marker in its body AND its author (the token's login), over every page of open issues,
 * so renaming it does no harm and a person who pastes the marker into an issue does not hijack it.
 * An issue that cannot be written never fails the step: one warning says what happened and what fixes it.
 */
import {
  apiUrlOf,
  authenticatedLogin,
  describeGitHubFailure,
  fitComment,
  isRequestFailure,
  type GitHubClient,
  type GitHubFailure,
  type Logger,
} from '@mlops-actions/github';

export interface DriftIssueOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  /** Model (or dataset) name: one issue per name. */
  model: string;
  drift: boolean;
  /** The markdown report (the issue body). */
  markdown: string;
  runUrl?: string | undefined;
  log?: Logger;
}

export type DriftIssueOutcome =
  | { action: 'opened' | 'updated' | 'closed'; number: number; url: string }
  | { action: 'none' }
  | { action: 'read-only' | 'failed'; reason: string; failure: GitHubFailure };

export function issueMarker(model: string): string {
  return `<!-- mlops-actions:drift-report:${model.replace(/[^A-Za-z0-9._/-]/g, '_')} -->`;
}

export function issueTitle(model: string): string {
  return `Data drift: ${model}`;
}

export async function syncDriftIssue(o: DriftIssueOptions): Promise<DriftIssueOutcome> {
  const marker = issueMarker(o.model);
  try {
    const author = await authenticatedLogin(o.octokit);
    const open = await o.octokit.paginate(o.octokit.rest.issues.listForRepo, {
      owner: o.owner,
      repo: o.repo,
      state: 'open',
      per_page: 100,
    });
    const mine = open
      .filter((i) => !i.pull_request && i.body?.includes(marker) && (author === undefined || i.user?.login === author))
      .sort((a, b) => a.number - b.number)[0];
    if (o.drift) {
      const body = fitComment(`${marker}\n${o.markdown}`, o.runUrl).text;
      if (mine) {
        const { data } = await o.octokit.rest.issues.update({ owner: o.owner, repo: o.repo, issue_number: mine.number, body });
        return { action: 'updated', number: data.number, url: data.html_url };
      }
      const { data } = await o.octokit.rest.issues.create({ owner: o.owner, repo: o.repo, title: issueTitle(o.model), body });
      return { action: 'opened', number: data.number, url: data.html_url };
    }
    if (!mine) return { action: 'none' };
    await o.octokit.rest.issues.createComment({
      owner: o.owner,
      repo: o.repo,
      issue_number: mine.number,
      body: `No drift any more${o.runUrl ? ` as of [this run](${o.runUrl})` : ''}: closing.`,
    });
    const { data } = await o.octokit.rest.issues.update({
      owner: o.owner,
      repo: o.repo,
      issue_number: mine.number,
      state: 'closed',
      state_reason: 'completed',
    });
    return { action: 'closed', number: data.number, url: data.html_url };
  } catch (e) {
    if (!isRequestFailure(e)) throw e;
    const failure = describeGitHubFailure(e, {
      action: `update the drift issue for ${o.model}`,
      apiUrl: apiUrlOf(o.octokit),
      permission: 'issues: write',
    });
    const readOnly = failure.kind === 'integration-permission' || failure.kind === 'token-permission';
    const reason = `${readOnly ? "the token cannot write issues (it needs 'issues: write'). " : ''}${failure.message} ${failure.fix} The report is in the job summary.`;
    o.log?.warning(`Not updating the drift issue: ${reason}`);
    return { action: readOnly ? 'read-only' : 'failed', reason, failure };
  }
}
