/**
 * One GitHub issue per model while drift lasts: opened on the first drifted run, its body updated on
 * each later drifted run, closed (with a comment) on the first run without drift. The issue is found
 * by a hidden marker in its body, over every page of open issues, so renaming it does no harm.
 */
import { fitComment, isPermissionDenied, type GitHubClient, type Logger } from '@mlops-actions/github';

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
  | { action: 'read-only'; reason: string };

export function issueMarker(model: string): string {
  return `<!-- mlops-actions:drift-report:${model.replace(/[^A-Za-z0-9._/-]/g, '_')} -->`;
}

export function issueTitle(model: string): string {
  return `Data drift: ${model}`;
}

export async function syncDriftIssue(o: DriftIssueOptions): Promise<DriftIssueOutcome> {
  const marker = issueMarker(o.model);
  try {
    const open = await o.octokit.paginate(o.octokit.rest.issues.listForRepo, { owner: o.owner, repo: o.repo, state: 'open', per_page: 100 });
    const mine = open.find((i) => !i.pull_request && i.body?.includes(marker));
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
    const { data } = await o.octokit.rest.issues.update({ owner: o.owner, repo: o.repo, issue_number: mine.number, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: data.number, url: data.html_url };
  } catch (e) {
    if (!isPermissionDenied(e)) throw e;
    const reason = "the token cannot write issues (it needs 'issues: write'); the report is in the job summary";
    o.log?.warning(`Not updating the drift issue: ${reason}`);
    return { action: 'read-only', reason };
  }
}
