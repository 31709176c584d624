import { isPermissionDenied, type GitHubClient, type Logger } from './client.ts';
import { describeGitHubFailure, isRequestFailure, type GitHubFailure } from './errors.ts';

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
  /** The `permissions:` scope that lets the token comment, named in the warning when it cannot. */
  permission?: string;
  log?: Logger;
}

export type UpsertOutcome =
  | { outcome: 'created' | 'updated'; id: number; url: string; truncated: boolean }
  /** The token may not write here (a fork PR's read-only token, or a missing permission). */
  | { outcome: 'read-only'; reason: string; failure: GitHubFailure }
  /** Any other failure to write (locked conversation, 404, 410, 422, 5xx or network after the retries). */
  | { outcome: 'failed'; reason: string; failure: GitHubFailure };

export function commentMarker(action: string, key: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._/-]/g, '_');
  return `<!-- mlops-actions:${safe(action)}:${safe(key)} -->`;
}

/** The API root an octokit talks to (for messages: only its host is shown). */
export function apiUrlOf(octokit: GitHubClient): string {
  return String(octokit.request.endpoint.DEFAULTS.baseUrl ?? '');
}

/**
 * Creates the action's comment on a pull request or issue, or updates it in place when one with the
 * same hidden marker by the same author exists, so a PR carries one comment per action and key however
 * often the workflow runs. Every page of comments is searched. Two runs at once may both create one:
 * after posting it looks again, keeps the oldest of ours (with this run's body) and deletes the newer.
 *
 * A comment is never worth failing the step for: when GitHub refuses or cannot be reached (after the
 * client's retries) it logs ONE warning that says what happened and what fixes it, and returns
 * `read-only` or `failed`; the caller keeps the job summary as the report. Only bugs throw.
 */
export async function upsertComment(o: UpsertCommentOptions): Promise<UpsertOutcome> {
  const marker = commentMarker(o.action, o.key);
  const { text: body, truncated } = fitComment(`${marker}\n${o.body}`, o.fullReportUrl);
  const ref = { owner: o.owner, repo: o.repo };
  try {
    const author = await authenticatedLogin(o.octokit);
    /** Our comments with the marker, oldest first. */
    const findMine = async () => {
      const comments = await o.octokit.paginate(o.octokit.rest.issues.listComments, { ...ref, issue_number: o.issueNumber, per_page: 100 });
      return comments
        .filter((c) => c.body?.includes(marker) && (author === undefined || c.user?.login === author))
        .sort((a, b) => a.id - b.id);
    };
    /** Keeps the oldest of ours with this body, deletes the newer ones (a concurrent run's, or ours). */
    const settle = async (
      mine: { id: number; body?: string | undefined; html_url: string }[],
      outcome: 'created' | 'updated',
    ): Promise<UpsertOutcome> => {
      const [keep, ...extra] = mine;
      for (const c of extra) {
        try {
          await o.octokit.rest.issues.deleteComment({ ...ref, comment_id: c.id });
        } catch (e) {
          // The other run deleted it first.
          if ((e as { status?: number }).status !== 404) throw e;
        }
      }
      if (extra.length) o.log?.info(`Removed ${extra.length} duplicate comment(s) left by a concurrent run; kept the oldest.`);
      if (keep!.body === body) return { outcome, id: keep!.id, url: keep!.html_url, truncated };
      const { data } = await o.octokit.rest.issues.updateComment({ ...ref, comment_id: keep!.id, body });
      return { outcome: extra.length && outcome === 'created' ? 'updated' : outcome, id: data.id, url: data.html_url, truncated };
    };
    const mine = await findMine();
    if (mine.length) return await settle(mine, 'updated');
    const create = (retries?: number) =>
      o.octokit.rest.issues.createComment({
        ...ref,
        issue_number: o.issueNumber,
        body,
        ...(retries === undefined ? {} : { request: { retries } }),
      });
    let created: { id: number; html_url: string } | undefined;
    try {
      // Not retried blindly: a 5xx may come after GitHub created the comment, and a second POST
      // would duplicate it. Look first, then post again (with the client's retries) if it is not there.
      created = (await create(0)).data;
    } catch (e) {
      const status = (e as { status?: number }).status;
      if (status !== undefined && status < 500 && (e as { response?: unknown }).response !== undefined) throw e;
      if ((await findMine()).length === 0) created = (await create()).data;
    }
    // Look again: a run that posted at the same time leaves a second comment; the oldest stays.
    const after = await findMine();
    if (after.length === 0) {
      if (created) return { outcome: 'created', id: created.id, url: created.html_url, truncated };
      // A first POST that failed, a comment seen on the re-check, and gone by now (deleted meanwhile):
      // GitHub's state moved under us. Not a bug of ours, and never a reason to hide the verdict.
      const failure: GitHubFailure = {
        kind: 'other',
        status: undefined,
        message: `The ${o.action} comment on #${o.issueNumber} was posted but is no longer listed (deleted meanwhile?).`,
        fix: 'Re-run the job to post it again.',
      };
      const reason = `${failure.message} ${failure.fix} The report is in the job summary.`;
      o.log?.warning(`Not commenting: ${reason}`);
      return { outcome: 'failed', reason, failure };
    }
    return await settle(after, 'created');
  } catch (e) {
    if (!isRequestFailure(e)) throw e;
    const failure = describeGitHubFailure(e, {
      action: `post the ${o.action} comment on #${o.issueNumber}`,
      apiUrl: apiUrlOf(o.octokit),
      permission: o.permission ?? 'pull-requests: write',
    });
    const readOnly = failure.kind === 'integration-permission' || failure.kind === 'token-permission';
    const reason = readOnly
      ? `the token cannot write comments here (a pull request from a fork gets a read-only token). ${failure.message} ${failure.fix} The report is in the job summary.`
      : `${failure.message} ${failure.fix} The report is in the job summary.`;
    o.log?.warning(`Not commenting: ${reason}`);
    return readOnly ? { outcome: 'read-only', reason, failure } : { outcome: 'failed', reason, failure };
  }
}

/**
 * The login comments by this token appear under. An installation token (GITHUB_TOKEN, or a GitHub
 * App's) may not read /user; GraphQL's `viewer` names its bot (github-actions[bot], my-app[bot]).
 * Assuming github-actions[bot] for every installation token made an App token post a new comment on
 * every run.
 */
export async function authenticatedLogin(octokit: GitHubClient): Promise<string | undefined> {
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
 * Scans markdown line by line: where the fenced code block still open at the end starts (the offset
 * of its opening fence line; undefined when every fence is closed) and how many <details> elements
 * outside code blocks are left open. Fences as CommonMark has them: three or more ` or ~, indented at
 * most three spaces, closed by a line of at least as many of the same character.
 */
function openBlocks(text: string): { fenceStart: number | undefined; details: number } {
  let open: { at: number; char: string; length: number } | undefined;
  let details = 0;
  let at = 0;
  for (const line of text.split('\n')) {
    const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (m && !open) {
      // A backtick fence's info string may not hold a backtick.
      if (!(m[1]![0] === '`' && m[2]!.includes('`'))) open = { at, char: m[1]![0]!, length: m[1]!.length };
    } else if (m && open) {
      if (m[1]![0] === open.char && m[1]!.length >= open.length && m[2]!.trim() === '') open = undefined;
    } else if (!open) {
      details += (line.match(/<details[\s>]/gi) ?? []).length - (line.match(/<\/details>/gi) ?? []).length;
    }
    at += line.length + 1;
  }
  return { fenceStart: open?.at, details };
}

/**
 * Cuts a body that GitHub would refuse at a line boundary, and says where the full report is. A cut
 * inside a fenced block (a mermaid chart, a table of code) goes before the block instead, since half a
 * chart is a mermaid syntax error; a <details> left open is closed after a blank line, so its markdown
 * still renders.
 */
export function fitComment(body: string, fullReportUrl?: string, limit = COMMENT_LIMIT): { text: string; truncated: boolean } {
  if (body.length <= limit) return { text: body, truncated: false };
  const note = `\n\n> [!NOTE]\n> This comment was cut to fit GitHub's ${limit.toLocaleString('en-US')}-character limit.${
    fullReportUrl ? ` The full report: ${fullReportUrl}` : " The full report is in the job summary and the run's artifacts."
  }\n`;
  const room = limit - note.length - 64; // 64: room for the closers below
  let kept = body.slice(0, room);
  const lastNewline = kept.lastIndexOf('\n');
  if (lastNewline > room / 2) kept = kept.slice(0, lastNewline);
  const fence = openBlocks(kept).fenceStart;
  if (fence !== undefined) kept = kept.slice(0, fence).trimEnd();
  const closers = '\n\n</details>'.repeat(Math.max(0, openBlocks(kept).details));
  return { text: kept + closers + note, truncated: true };
}
