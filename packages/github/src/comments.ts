import { isPermissionDenied, type GitHubClient, type Logger } from './client.ts';

/** GitHub refuses comment bodies longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

export interface UpsertCommentOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  issueNumber: number;
  /** The action posting, e.g. `validate-metrics`; part of the hidden marker. */
  action: string;
  /** Distinguishes several comments of one action on one PR (one per workflow, say). */
  key: string;
  body: string;
  /** Where the whole report can be read when the body has to be cut. */
  fullReportUrl?: string | undefined;
  log?: Logger;
}

export type UpsertOutcome =
  | { outcome: 'created' | 'updated'; id: number; url: string; truncated: boolean }
  | { outcome: 'read-only'; reason: string };

export function commentMarker(action: string, key: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._/-]/g, '_');
  return `<!-- mlops-actions:${safe(action)}:${safe(key)} -->`;
}

/**
 * Creates the action's comment on a pull request or issue, or updates it in place when one with the
 * same hidden marker by the same author exists, so a PR carries one comment per action and key however
 * often the workflow runs. Every page of comments is searched. With a read-only token (fork PRs) it
 * returns `read-only` after a warning, and the caller keeps the job summary as the report.
 */
export async function upsertComment(o: UpsertCommentOptions): Promise<UpsertOutcome> {
  const marker = commentMarker(o.action, o.key);
  const { text: body, truncated } = fitComment(`${marker}\n${o.body}`, o.fullReportUrl);
  try {
    const author = await authenticatedLogin(o.octokit);
    const findMine = async () => {
      const comments = await o.octokit.paginate(o.octokit.rest.issues.listComments, {
        owner: o.owner,
        repo: o.repo,
        issue_number: o.issueNumber,
        per_page: 100,
      });
      return comments.find((c) => c.body?.includes(marker) && (author === undefined || c.user?.login === author));
    };
    const mine = await findMine();
    if (mine) {
      const { data } = await o.octokit.rest.issues.updateComment({ owner: o.owner, repo: o.repo, comment_id: mine.id, body });
      return { outcome: 'updated', id: data.id, url: data.html_url, truncated };
    }
    const create = (retries?: number) =>
      o.octokit.rest.issues.createComment({ owner: o.owner, repo: o.repo, issue_number: o.issueNumber, body, ...(retries === undefined ? {} : { request: { retries } }) });
    let created;
    try {
      // Not retried blindly: a 5xx may come after GitHub created the comment, and a second POST
      // would duplicate it. Look first, then post again (with the client's retries) if it is not there.
      created = (await create(0)).data;
    } catch (e) {
      const status = (e as { status?: number }).status;
      if (status !== undefined && status < 500) throw e;
      const landed = await findMine();
      if (landed && landed.body !== body) {
        const { data } = await o.octokit.rest.issues.updateComment({ owner: o.owner, repo: o.repo, comment_id: landed.id, body });
        return { outcome: 'updated', id: data.id, url: data.html_url, truncated };
      }
      created = landed ?? (await create()).data;
    }
    return { outcome: 'created', id: created.id, url: created.html_url, truncated };
  } catch (e) {
    if (!isPermissionDenied(e)) throw e;
    const reason =
      'the token cannot write comments here (a pull request from a fork gets a read-only token); the report is in the job summary. ' +
      'To comment on fork PRs, post from a separate workflow_run workflow (see the adoption guide).';
    o.log?.warning(`Not commenting: ${reason}`);
    return { outcome: 'read-only', reason };
  }
}

/**
 * The login comments by this token appear under. An installation token (GITHUB_TOKEN, or a GitHub
 * App's) may not read /user; GraphQL's `viewer` names its bot (github-actions[bot], my-app[bot]).
 * Assuming github-actions[bot] for every installation token made an App token post a new comment on
 * every run.
 */
async function authenticatedLogin(octokit: GitHubClient): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (e) {
    if (!isPermissionDenied(e) && (e as { status?: number }).status !== 403) throw e;
  }
  try {
    const { viewer } = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    return viewer.login.endsWith('[bot]') ? viewer.login : `${viewer.login}[bot]`;
  } catch {
    return 'github-actions[bot]';
  }
}

/**
 * Cuts a body that GitHub would refuse at a line boundary, closes any open <details> or code fence so
 * the rest still renders, and says where the full report is.
 */
export function fitComment(body: string, fullReportUrl?: string, limit = COMMENT_LIMIT): { text: string; truncated: boolean } {
  if (body.length <= limit) return { text: body, truncated: false };
  const note = `\n\n> [!NOTE]\n> This comment was cut to fit GitHub's ${limit.toLocaleString('en-US')}-character limit.${
    fullReportUrl ? ` The full report: ${fullReportUrl}` : ' The full report is in the job summary and the run\'s artifacts.'
  }\n`;
  const room = limit - note.length - 64; // 64: room for the closers below
  let kept = body.slice(0, room);
  const lastNewline = kept.lastIndexOf('\n');
  if (lastNewline > room / 2) kept = kept.slice(0, lastNewline);
  let closers = '';
  if (((kept.match(/^```/gm) ?? []).length & 1) === 1) closers += '\n```';
  const open = (kept.match(/<details>/g) ?? []).length - (kept.match(/<\/details>/g) ?? []).length;
  closers += '\n</details>'.repeat(Math.max(0, open));
  return { text: kept + closers + note, truncated: true };
}
