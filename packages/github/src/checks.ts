import { fitComment } from './comments.ts';
import { isPermissionDenied, type GitHubClient, type Logger } from './client.ts';

/** GitHub's limit on a check run's output summary and text. */
export const CHECK_TEXT_LIMIT = 65_535;

export interface CheckRunOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  detailsUrl?: string | undefined;
  log?: Logger;
}

/**
 * Publishes a completed check run (its summary shows on the PR's Checks tab). Needs `checks: write`;
 * without it the step warns and carries on, since the job summary holds the same report.
 */
export async function publishCheckRun(o: CheckRunOptions): Promise<{ id: number; url: string } | undefined> {
  try {
    const { data } = await o.octokit.rest.checks.create({
      owner: o.owner,
      repo: o.repo,
      name: o.name,
      head_sha: o.headSha,
      status: 'completed',
      conclusion: o.conclusion,
      ...(o.detailsUrl ? { details_url: o.detailsUrl } : {}),
      output: { title: o.title, summary: fitComment(o.summary, o.detailsUrl, CHECK_TEXT_LIMIT).text },
    });
    return { id: data.id, url: data.html_url ?? '' };
  } catch (e) {
    if (!isPermissionDenied(e)) throw e;
    o.log?.warning("Not creating a check run: the token lacks 'checks: write'. The report is in the job summary.");
    return undefined;
  }
}
