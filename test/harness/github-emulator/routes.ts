/**
 * Route handlers, one per implemented operation. Each follows GitHub's documented behaviour for the
 * cases the suite meets (status codes, validation errors with GitHub's messages, defaults, ordering);
 * where the emulator simplifies, the handler says so.
 */
import { randomBytes } from 'node:crypto';
import { ApiError, notFound, validationFailed, type Handler, type HandlerContext, type Reply } from './context.ts';
import type { OperationId } from './operations.ts';
import * as render from './render.ts';
import { ACTIONS_BOT, fakeSha, type CheckRun, type Deployment, type Issue, type Release, type Repo, type StoredArtifact } from './state.ts';

const COMMENT_LIMIT = 65_536;
const CHECK_TEXT_LIMIT = 65_535;

function created(body: Record<string, unknown>): Reply {
  return { status: 201, body, headers: typeof body['url'] === 'string' ? { location: body['url'] } : {} };
}

const ok = (body: unknown): Reply => ({ status: 200, body });
const noContent = (): Reply => ({ status: 204 });

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function issueOr404(c: HandlerContext, repo: Repo): Issue {
  const issue = repo.issues.get(c.params['issue_number'] as number);
  if (!issue) throw notFound();
  return issue;
}

/**
 * 410 for an issue write when the repository has Issues turned off (see Repo.hasIssues); a pull
 * request's conversation is not affected.
 */
function issuesEnabledOr410(repo: Repo, issue?: Issue): void {
  if (!repo.hasIssues && !issue?.pull) throw new ApiError(410, 'Issues are disabled for this repo');
}

/**
 * A locked conversation refuses new comments with 403 and this message, to apps too (GitHub Apps and
 * GITHUB_TOKEN hit it: probot/stale#25, renovatebot/renovate#6215, which quote the body; the
 * documentation_url GitHub sends is the "Locking conversations" article).
 * https://docs.github.com/en/communities/moderating-comments-and-conversations/locking-conversations
 */
function unlockedOr403(issue: Issue): void {
  if (issue.locked) {
    throw new ApiError(403, 'Unable to create comment because issue is locked.');
  }
}

function labelNames(input: unknown): string[] {
  const list = Array.isArray(input)
    ? input
    : input && typeof input === 'object' && Array.isArray((input as { labels?: unknown }).labels)
      ? (input as { labels: unknown[] }).labels
      : [];
  return list.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name ?? ''))).filter(Boolean);
}

function checkCommentBody(body: string): void {
  if (body.length > COMMENT_LIMIT) {
    throw validationFailed([
      { resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${COMMENT_LIMIT} characters)` },
    ]);
  }
}

function byNewest<T extends { id: number }>(a: T, b: T): number {
  return b.id - a.id;
}

/** A ref/sha/branch/tag the way GitHub resolves `ref` arguments, or a 422 naming it. */
function resolveOr422(c: HandlerContext, repo: Repo, ref: string): string {
  const sha = c.state.resolveCommitish(repo, ref);
  if (!sha) throw new ApiError(422, `No ref found for: ${ref}`);
  return sha;
}

/** Newest first, as GitHub lists them. */
function artifactsOf(c: HandlerContext, repo: Repo): StoredArtifact[] {
  return (c.state.artifactStore?.list(repo.fullName) ?? []).sort((a, b) => b.id - a.id);
}

function normaliseAssetName(name: string): string {
  // GitHub renames assets with special characters (reported: spaces, ~, :, parentheses become periods)
  // and strips leading and trailing periods; the emulator applies it to every character outside
  // A-Z a-z 0-9 . _ -.
  return name.replace(/[^A-Za-z0-9._-]/g, '.').replace(/^\.+|\.+$/g, '');
}

function checkRunFromBody(c: HandlerContext, run: CheckRun, b: Record<string, unknown>): void {
  if (str(b['name'])) run.name = b['name'] as string;
  if (b['details_url'] !== undefined) run.detailsUrl = str(b['details_url']) ?? null;
  if (b['external_id'] !== undefined) run.externalId = str(b['external_id']) ?? null;
  if (str(b['started_at'])) run.startedAt = b['started_at'] as string;
  if (str(b['status'])) run.status = b['status'] as string;
  if (str(b['conclusion'])) {
    run.conclusion = b['conclusion'] as string;
    run.status = 'completed';
  }
  if (run.status === 'completed') {
    if (!run.conclusion)
      throw validationFailed(
        [{ resource: 'CheckRun', code: 'missing_field', field: 'conclusion' }],
        'Invalid request.\n\nconclusion is required when status is completed.',
      );
    run.completedAt = str(b['completed_at']) ?? run.completedAt ?? c.state.now();
  }
  const output = b['output'] as { title?: string; summary?: string; text?: string; annotations?: unknown[] } | undefined;
  if (output) {
    for (const [field, value] of [
      ['summary', output.summary],
      ['text', output.text],
    ] as const) {
      if (value !== undefined && value.length > CHECK_TEXT_LIMIT) {
        throw validationFailed([
          {
            resource: 'CheckRun',
            code: 'custom',
            field: `output.${field}`,
            message: `output.${field} is too long (maximum is ${CHECK_TEXT_LIMIT} characters)`,
          },
        ]);
      }
    }
    run.output = {
      title: output.title ?? run.output.title,
      summary: output.summary ?? run.output.summary,
      text: output.text ?? run.output.text,
      annotationsCount: run.output.annotationsCount + (output.annotations?.length ?? 0),
    };
  }
}

function releaseOr404(repo: Repo, id: unknown): Release {
  const release = repo.releases.get(id as number);
  if (!release) throw notFound();
  return release;
}

function deploymentOr404(repo: Repo, id: unknown): Deployment {
  const deployment = repo.deployments.get(id as number);
  if (!deployment) throw notFound();
  return deployment;
}

// Immutable releases (see Repo.immutableReleases for the docs): a release is locked as it is published.
// https://docs.github.com/en/code-security/concepts/supply-chain-security/immutable-releases says
// "Git tags cannot be moved or deleted" and "Release assets cannot be modified or deleted"; a draft
// is not yet immutable, hence GitHub's recommended flow "Create the release as a draft. Attach all
// associated assets to the draft release. Publish the draft release." (same page).

/** GitHub's answers where a published immutable release is asked to change. */
const IMMUTABLE = {
  // 422 "Cannot upload assets to an immutable release." (the body GitHub sends, quoted in
  // concourse/github-release-resource#151 and softprops/action-gh-release#653).
  upload: () => new ApiError(422, 'Cannot upload assets to an immutable release.'),
  // 422 Validation Failed {"resource":"ReleaseAsset","code":"custom","message":"Cannot delete asset from an immutable release"}
  // (quoted in uutils/coreutils#13839).
  deleteAsset: () =>
    validationFailed([{ resource: 'ReleaseAsset', code: 'custom', message: 'Cannot delete asset from an immutable release' }]),
  // Editing an asset is refused too ("cannot be modified"); GitHub's wording is not published, this mirrors the delete answer.
  updateAsset: () =>
    validationFailed([{ resource: 'ReleaseAsset', code: 'custom', message: 'Cannot update asset from an immutable release' }]),
  // Publishing with a tag an immutable release once had (quoted in github-community-projects/ospo-reusable-workflows#83).
  tagUsed: () =>
    validationFailed([
      { resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name was used by an immutable release' },
      { resource: 'Release', code: 'custom', message: 'Published releases must have a valid tag' },
    ]),
  // The tag is locked while the release exists; GitHub's wording for the REST refs API is not published.
  tagLocked: (tag: string) => new ApiError(422, `Cannot move or delete tag ${tag}: it belongs to an immutable release`),
};

/** The immutable release that locks `ref` (a full ref name), if any. */
function lockingRelease(repo: Repo, ref: string): Release | undefined {
  if (!ref.startsWith('refs/tags/')) return undefined;
  const tag = ref.slice('refs/tags/'.length);
  return [...repo.releases.values()].find((r) => r.immutable && r.tagName === tag);
}

function publish(c: HandlerContext, repo: Repo, release: Release): void {
  if (repo.immutableTags.has(release.tagName)) throw IMMUTABLE.tagUsed();
  release.immutable = repo.immutableReleases;
  if (release.immutable) repo.immutableTags.add(release.tagName);
  release.publishedAt = c.state.now();
  const ref = `refs/tags/${release.tagName}`;
  if (!repo.refs.has(ref))
    repo.refs.set(ref, c.state.resolveCommitish(repo, release.targetCommitish) ?? resolveOr422(c, repo, repo.defaultBranch));
}

function findAsset(repo: Repo, id: unknown): { release: Release; asset: Release['assets'][number] } {
  for (const release of repo.releases.values()) {
    const asset = release.assets.find((a) => a.id === id);
    if (asset) return { release, asset };
  }
  throw notFound();
}

function validRefName(ref: string): boolean {
  return ref.startsWith('refs/') && ref.split('/').length >= 3 && !ref.endsWith('/') && !/\.\.|[\s~^:?*[\\]|@\{|\.lock$|\/\./.test(ref);
}

export const handlers: Record<OperationId, Handler> = {
  'users/get-authenticated': (c) => {
    // An installation token (GITHUB_TOKEN) is not a user.
    if (c.token.kind === 'installation') throw new ApiError(403, 'Resource not accessible by integration');
    return ok(render.authenticatedUser(c.render, c.token.login));
  },

  'rate-limit/get': () => {
    // Answered by the server (it knows the token's counters); never reached.
    throw new ApiError(500, 'rate-limit/get is answered by the server');
  },

  'repos/get': (c) => ok(render.fullRepository(c.render, c.repo())),

  // ---- issues -------------------------------------------------------------------------------------

  'issues/list-for-repo': (c) => {
    const repo = c.repo();
    const state = (c.query['state'] as string | undefined) ?? 'open';
    const labels =
      str(c.query['labels'])
        ?.split(',')
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean) ?? [];
    const creator = str(c.query['creator']);
    const since = str(c.query['since']);
    const sort = (c.query['sort'] as string | undefined) ?? 'created';
    const direction = (c.query['direction'] as string | undefined) ?? 'desc';
    const items = [...repo.issues.values()]
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => i.labels.some((x) => x.toLowerCase() === l)))
      .filter((i) => !creator || i.user.toLowerCase() === creator.toLowerCase())
      .filter((i) => !since || i.updatedAt >= since)
      .sort((a, b) => {
        const key = sort === 'updated' ? (x: Issue) => x.updatedAt : (x: Issue) => x.createdAt;
        const cmp = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number;
        return direction === 'asc' ? cmp : -cmp;
      });
    return c.page(items, (i) => render.issue(c.render, repo, i));
  },

  'issues/create': (c) => {
    const repo = c.repo();
    issuesEnabledOr410(repo);
    const b = c.body;
    const issue = c.state.addIssue(repo.fullName, { title: String(b['title']), body: str(b['body']) ?? null, user: c.actor });
    // Labels that do not exist yet are created, as GitHub does for users with push access.
    issue.labels = labelNames(b['labels']).map((l) => c.state.ensureLabel(repo, l).name);
    issue.assignees = (b['assignees'] as string[] | undefined) ?? (str(b['assignee']) ? [b['assignee'] as string] : []);
    return created(render.issue(c.render, repo, issue));
  },

  'issues/get': (c) => {
    const repo = c.repo();
    return ok(render.issue(c.render, repo, issueOr404(c, repo)));
  },

  'issues/update': (c) => {
    const repo = c.repo();
    const issue = issueOr404(c, repo);
    issuesEnabledOr410(repo, issue);
    const b = c.body;
    if (b['title'] !== undefined && b['title'] !== null) issue.title = String(b['title']);
    if (b['body'] !== undefined) issue.body = (b['body'] as string | null) ?? null;
    if (b['labels'] !== undefined) issue.labels = labelNames(b['labels']).map((l) => c.state.ensureLabel(repo, l).name);
    if (b['assignees'] !== undefined) issue.assignees = b['assignees'] as string[];
    const state = str(b['state']);
    if (state && state !== issue.state) {
      issue.state = state as Issue['state'];
      issue.closedAt = state === 'closed' ? c.state.now() : null;
      issue.stateReason = state === 'closed' ? ((str(b['state_reason']) as Issue['stateReason']) ?? 'completed') : 'reopened';
    } else if (str(b['state_reason'])) {
      issue.stateReason = b['state_reason'] as Issue['stateReason'];
    }
    issue.updatedAt = c.state.now();
    return ok(render.issue(c.render, repo, issue));
  },

  'issues/list-comments': (c) => {
    const repo = c.repo();
    const issue = issueOr404(c, repo);
    const since = str(c.query['since']);
    const items = c.state.comments(repo.fullName, issue.number).filter((x) => !since || x.updatedAt >= since);
    return c.page(items, (x) => render.comment(c.render, repo, x));
  },

  'issues/list-comments-for-repo': (c) => {
    const repo = c.repo();
    const since = str(c.query['since']);
    const direction = str(c.query['direction']) ?? 'asc';
    const items = [...repo.comments.values()]
      .filter((x) => !since || x.updatedAt >= since)
      .sort((a, b) => (direction === 'asc' ? a.id - b.id : b.id - a.id));
    return c.page(items, (x) => render.comment(c.render, repo, x));
  },

  'issues/create-comment': (c) => {
    const repo = c.repo();
    const issue = issueOr404(c, repo);
    issuesEnabledOr410(repo, issue);
    unlockedOr403(issue);
    const body = String(c.body['body']);
    checkCommentBody(body);
    const comment = c.state.addComment(repo.fullName, issue.number, { body, user: c.actor });
    return created(render.comment(c.render, repo, comment));
  },

  'issues/get-comment': (c) => {
    const repo = c.repo();
    const comment = repo.comments.get(c.params['comment_id'] as number);
    if (!comment) throw notFound();
    return ok(render.comment(c.render, repo, comment));
  },

  'issues/update-comment': (c) => {
    const repo = c.repo();
    const comment = repo.comments.get(c.params['comment_id'] as number);
    if (!comment) throw notFound();
    const body = String(c.body['body']);
    checkCommentBody(body);
    comment.body = body;
    comment.updatedAt = c.state.now();
    return ok(render.comment(c.render, repo, comment));
  },

  'issues/delete-comment': (c) => {
    const repo = c.repo();
    if (!repo.comments.delete(c.params['comment_id'] as number)) throw notFound();
    return noContent();
  },

  'issues/add-labels': (c) => {
    const repo = c.repo();
    const issue = issueOr404(c, repo);
    for (const name of labelNames(c.body)) {
      const label = c.state.ensureLabel(repo, name);
      if (!issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase())) issue.labels.push(label.name);
    }
    issue.updatedAt = c.state.now();
    return ok(issue.labels.map((l) => render.label(c.render, repo, repo.labels.get(l.toLowerCase())!)));
  },

  'issues/list-labels-for-repo': (c) => {
    const repo = c.repo();
    return c.page([...repo.labels.values()], (l) => render.label(c.render, repo, l));
  },

  'issues/create-label': (c) => {
    const repo = c.repo();
    const name = String(c.body['name']);
    if (repo.labels.has(name.toLowerCase())) throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
    const color = (str(c.body['color']) ?? 'ededed').replace(/^#/, '');
    if (!/^[0-9a-fA-F]{6}$/.test(color)) throw validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }]);
    const label = c.state.ensureLabel(repo, name, { color, description: str(c.body['description']) ?? null });
    return created(render.label(c.render, repo, label));
  },

  'issues/get-label': (c) => {
    const repo = c.repo();
    const label = repo.labels.get(String(c.params['name']).toLowerCase());
    if (!label) throw notFound();
    return ok(render.label(c.render, repo, label));
  },

  'issues/update-label': (c) => {
    const repo = c.repo();
    const label = repo.labels.get(String(c.params['name']).toLowerCase());
    if (!label) throw notFound();
    const newName = str(c.body['new_name']);
    if (newName && newName.toLowerCase() !== label.name.toLowerCase() && repo.labels.has(newName.toLowerCase())) {
      throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
    }
    const color = str(c.body['color'])?.replace(/^#/, '');
    if (color !== undefined && !/^[0-9a-fA-F]{6}$/.test(color))
      throw validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }]);
    if (newName) {
      repo.labels.delete(label.name.toLowerCase());
      for (const issue of repo.issues.values())
        issue.labels = issue.labels.map((l) => (l.toLowerCase() === label.name.toLowerCase() ? newName : l));
      label.name = newName;
      repo.labels.set(newName.toLowerCase(), label);
    }
    if (color !== undefined) label.color = color;
    if (c.body['description'] !== undefined) label.description = str(c.body['description']) ?? null;
    return ok(render.label(c.render, repo, label));
  },

  'issues/delete-label': (c) => {
    const repo = c.repo();
    const key = String(c.params['name']).toLowerCase();
    if (!repo.labels.delete(key)) throw notFound();
    for (const issue of repo.issues.values()) issue.labels = issue.labels.filter((l) => l.toLowerCase() !== key);
    return noContent();
  },

  // ---- pull requests ------------------------------------------------------------------------------

  'pulls/get': (c) => {
    const repo = c.repo();
    const pr = repo.issues.get(c.params['pull_number'] as number);
    if (!pr?.pull) throw notFound();
    return ok(render.pullRequest(c.render, repo, pr));
  },

  'pulls/list': (c) => {
    const repo = c.repo();
    const state = str(c.query['state']) ?? 'open';
    const head = str(c.query['head']);
    const base = str(c.query['base']);
    const direction = str(c.query['direction']) ?? 'desc';
    const items = c.state
      .pullRequests(repo.fullName)
      .filter((i) => state === 'all' || i.state === state)
      .filter(
        (i) =>
          !head || `${c.state.findRepo(i.pull!.head.repo)?.owner.login ?? ''}:${i.pull!.head.ref}` === head || i.pull!.head.ref === head,
      )
      .filter((i) => !base || i.pull!.base.ref === base)
      .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
    return c.page(items, (i) => render.pullRequestSimple(c.render, repo, i));
  },

  // ---- checks and statuses ------------------------------------------------------------------------

  'checks/create': (c) => {
    const repo = c.repo();
    // Check runs are written by GitHub Apps; a personal access token is refused.
    if (c.token.kind !== 'installation') throw new ApiError(403, 'You must authenticate via a GitHub App.');
    const b = c.body;
    const run: CheckRun = {
      id: c.state.id(),
      name: String(b['name']),
      headSha: String(b['head_sha']),
      status: 'queued',
      conclusion: null,
      startedAt: c.state.now(),
      completedAt: null,
      detailsUrl: null,
      externalId: null,
      output: { title: null, summary: null, text: null, annotationsCount: 0 },
      app: 'github-actions',
    };
    checkRunFromBody(c, run, b);
    repo.checkRuns.set(run.id, run);
    return created(render.checkRun(c.render, repo, run));
  },

  'checks/update': (c) => {
    const repo = c.repo();
    const run = repo.checkRuns.get(c.params['check_run_id'] as number);
    if (!run) throw notFound();
    checkRunFromBody(c, run, c.body);
    return ok(render.checkRun(c.render, repo, run));
  },

  'checks/get': (c) => {
    const repo = c.repo();
    const run = repo.checkRuns.get(c.params['check_run_id'] as number);
    if (!run) throw notFound();
    return ok(render.checkRun(c.render, repo, run));
  },

  'checks/list-for-ref': (c) => {
    const repo = c.repo();
    const sha = c.state.resolveCommitish(repo, String(c.params['ref'])) ?? String(c.params['ref']);
    const name = str(c.query['check_name']);
    const status = str(c.query['status']);
    let runs = c.state.checkRuns(repo.fullName, sha).filter((r) => (!name || r.name === name) && (!status || r.status === status));
    if ((str(c.query['filter']) ?? 'latest') === 'latest') {
      // The newest run of each name.
      runs = [...new Map(runs.map((r) => [r.name, r])).values()];
    }
    runs.sort(byNewest);
    return c.page(
      runs,
      (r) => render.checkRun(c.render, repo, r),
      (page, total) => ({ total_count: total, check_runs: page }),
    );
  },

  'repos/create-commit-status': (c) => {
    const repo = c.repo();
    const status = c.state.addCommitStatus(repo.fullName, String(c.params['sha']), {
      state: c.body['state'] as 'success',
      context: str(c.body['context']) ?? 'default',
      description: str(c.body['description']),
      targetUrl: str(c.body['target_url']),
      creator: c.actor,
    });
    return created(render.commitStatus(c.render, repo, status));
  },

  'repos/list-commit-statuses-for-ref': (c) => {
    const repo = c.repo();
    const sha = c.state.resolveCommitish(repo, String(c.params['ref'])) ?? String(c.params['ref']);
    return c.page([...c.state.commitStatuses(repo.fullName, sha)].sort(byNewest), (s) => render.commitStatus(c.render, repo, s));
  },

  'repos/get-combined-status-for-ref': (c) => {
    const repo = c.repo();
    const sha = c.state.resolveCommitish(repo, String(c.params['ref'])) ?? String(c.params['ref']);
    // The latest status per context; the combined state is failure if any failed or errored,
    // pending if any is pending (or there are none), else success.
    // Oldest context first (as recorded in @octokit/fixtures' create-status scenario).
    const latest = [...new Map(c.state.commitStatuses(repo.fullName, sha).map((s) => [s.context, s])).values()].sort((a, b) => a.id - b.id);
    const states = latest.map((s) => s.state);
    const state = states.some((s) => s === 'failure' || s === 'error')
      ? 'failure'
      : states.length === 0 || states.includes('pending')
        ? 'pending'
        : 'success';
    const statuses = latest.map((s) => {
      const { creator: _creator, ...rest } = render.commitStatus(c.render, repo, s);
      return rest;
    });
    return ok({
      state,
      statuses,
      sha,
      total_count: statuses.length,
      repository: render.minimalRepository(c.render, repo),
      commit_url: `${c.render.urls.api}/repos/${repo.fullName}/commits/${sha}`,
      url: `${c.render.urls.api}/repos/${repo.fullName}/commits/${sha}/status`,
    });
  },

  // ---- deployments --------------------------------------------------------------------------------

  'repos/create-deployment': (c) => {
    const repo = c.repo();
    const b = c.body;
    const ref = String(b['ref']);
    const sha = resolveOr422(c, repo, ref);
    // required_contexts: every named (or, when omitted, every) commit status context must be success.
    const latest = new Map<string, string>();
    for (const s of c.state.commitStatuses(repo.fullName, sha)) latest.set(s.context, s.state);
    const required = (b['required_contexts'] as string[] | undefined) ?? [...latest.keys()];
    const failing = required.filter((ctx) => latest.get(ctx) !== 'success');
    if (failing.length) {
      throw new ApiError(409, `Conflict: Commit status checks failed for ${ref}.`, {
        errors: [
          {
            contexts: failing.map((context) => ({ context, state: latest.get(context) ?? 'missing' })),
            resource: 'Deployment',
            field: 'required_contexts',
            code: 'invalid',
          },
        ],
      });
    }
    const environment = str(b['environment']) ?? 'production';
    const deployment = c.state.addDeployment(repo.fullName, {
      ref,
      sha,
      environment,
      task: str(b['task']) ?? 'deploy',
      payload: (b['payload'] as Record<string, unknown> | string | undefined) ?? {},
      description: (b['description'] as string | null | undefined) ?? '',
      creator: c.actor,
    });
    deployment.transient = b['transient_environment'] === true;
    deployment.production =
      typeof b['production_environment'] === 'boolean' ? (b['production_environment'] as boolean) : environment === 'production';
    return created(render.deployment(c.render, repo, deployment));
  },

  'repos/list-deployments': (c) => {
    const repo = c.repo();
    const q = c.query;
    const items = c.state
      .deployments(repo.fullName)
      .filter(
        (d) =>
          (!q['sha'] || d.sha === q['sha']) &&
          (!q['ref'] || d.ref === q['ref']) &&
          (!q['task'] || d.task === q['task']) &&
          (!q['environment'] || d.environment === q['environment']),
      )
      .sort(byNewest);
    return c.page(items, (d) => render.deployment(c.render, repo, d));
  },

  'repos/get-deployment': (c) => {
    const repo = c.repo();
    return ok(render.deployment(c.render, repo, deploymentOr404(repo, c.params['deployment_id'])));
  },

  'repos/delete-deployment': (c) => {
    const repo = c.repo();
    const deployment = deploymentOr404(repo, c.params['deployment_id']);
    const sameEnv = c.state.deployments(repo.fullName, { environment: deployment.environment });
    const active = deployment.statuses.at(-1)?.state !== 'inactive';
    if (active && sameEnv.length > 1) {
      throw new ApiError(422, 'We cannot delete an active deployment unless it is the only deployment in a given environment.');
    }
    repo.deployments.delete(deployment.id);
    return noContent();
  },

  'repos/create-deployment-status': (c) => {
    const repo = c.repo();
    const deployment = deploymentOr404(repo, c.params['deployment_id']);
    const b = c.body;
    const status = c.state.addDeploymentStatus(repo, deployment, {
      state: b['state'] as 'success',
      description: str(b['description']),
      environment: str(b['environment']),
      targetUrl: str(b['target_url']),
      logUrl: str(b['log_url']),
      environmentUrl: str(b['environment_url']),
      creator: c.actor,
      autoInactive: b['auto_inactive'] as boolean | undefined,
    });
    return created(render.deploymentStatus(c.render, repo, deployment, status));
  },

  'repos/list-deployment-statuses': (c) => {
    const repo = c.repo();
    const deployment = deploymentOr404(repo, c.params['deployment_id']);
    return c.page([...deployment.statuses].sort(byNewest), (s) => render.deploymentStatus(c.render, repo, deployment, s));
  },

  'repos/get-deployment-status': (c) => {
    const repo = c.repo();
    const deployment = deploymentOr404(repo, c.params['deployment_id']);
    const status = deployment.statuses.find((s) => s.id === c.params['status_id']);
    if (!status) throw notFound();
    return ok(render.deploymentStatus(c.render, repo, deployment, status));
  },

  // ---- releases -----------------------------------------------------------------------------------

  'repos/create-release': (c) => {
    const repo = c.repo();
    const b = c.body;
    const tag = String(b['tag_name']);
    if (c.state.releases(repo.fullName).some((r) => r.tagName === tag)) {
      throw validationFailed([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
    }
    const target = str(b['target_commitish']) ?? repo.defaultBranch;
    if (b['draft'] !== true && repo.immutableTags.has(tag)) throw IMMUTABLE.tagUsed();
    if (!repo.refs.has(`refs/tags/${tag}`)) resolveOr422(c, repo, target);
    const release = c.state.addRelease(repo.fullName, {
      tag,
      name: str(b['name']) ?? tag,
      body: str(b['body']),
      draft: b['draft'] === true,
      prerelease: b['prerelease'] === true,
      targetCommitish: target,
      author: c.actor,
    });
    if (str(b['make_latest'])) release.makeLatest = b['make_latest'] as Release['makeLatest'];
    return created(render.release(c.render, repo, release));
  },

  'repos/list-releases': (c) => {
    const repo = c.repo();
    // "Information about published releases are available to everyone. Only users with push access
    // will receive listings for draft releases." (https://docs.github.com/en/rest/releases/releases#list-releases)
    const items = c.state
      .releases(repo.fullName)
      .filter((r) => !r.draft || !c.token.readOnly)
      .sort(byNewest);
    return c.page(items, (r) => render.release(c.render, repo, r));
  },

  'repos/get-release': (c) => {
    const repo = c.repo();
    const release = releaseOr404(repo, c.params['release_id']);
    // "Gets a public release" (https://docs.github.com/en/rest/releases/releases#get-a-release): a draft
    // is seen only with push access, as in repos/list-releases.
    if (release.draft && c.token.readOnly) throw notFound();
    return ok(render.release(c.render, repo, release));
  },

  'repos/get-latest-release': (c) => {
    const repo = c.repo();
    const published = c.state.releases(repo.fullName).filter((r) => !r.draft && !r.prerelease && r.makeLatest !== 'false');
    const latest = published.sort((a, b) => (a.publishedAt! < b.publishedAt! ? 1 : a.publishedAt! > b.publishedAt! ? -1 : b.id - a.id))[0];
    if (!latest) throw notFound();
    return ok(render.release(c.render, repo, latest));
  },

  'repos/get-release-by-tag': (c) => {
    const repo = c.repo();
    // "Get a published release with the specified tag": a draft is never found by its tag, whoever asks
    // (https://docs.github.com/en/rest/releases/releases#get-a-release-by-tag-name).
    const release = c.state.releases(repo.fullName).find((r) => r.tagName === c.params['tag'] && !r.draft);
    if (!release) throw notFound();
    return ok(render.release(c.render, repo, release));
  },

  'repos/update-release': (c) => {
    const repo = c.repo();
    const release = releaseOr404(repo, c.params['release_id']);
    const b = c.body;
    if (str(b['tag_name']) && b['tag_name'] !== release.tagName) {
      if (release.immutable) throw IMMUTABLE.tagLocked(release.tagName);
      if (c.state.releases(repo.fullName).some((r) => r.tagName === b['tag_name'])) {
        throw validationFailed([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
      }
      release.tagName = b['tag_name'] as string;
    }
    if (str(b['target_commitish'])) release.targetCommitish = b['target_commitish'] as string;
    if (b['name'] !== undefined) release.name = str(b['name']) ?? null;
    if (b['body'] !== undefined) release.body = str(b['body']) ?? null;
    if (typeof b['prerelease'] === 'boolean') release.prerelease = b['prerelease'];
    if (str(b['make_latest'])) release.makeLatest = b['make_latest'] as Release['makeLatest'];
    if (b['draft'] === false && release.draft) {
      publish(c, repo, release);
      release.draft = false;
    } else if (b['draft'] === true) {
      release.draft = true;
    }
    return ok(render.release(c.render, repo, release));
  },

  'repos/delete-release': (c) => {
    const repo = c.repo();
    const release = releaseOr404(repo, c.params['release_id']);
    repo.releases.delete(release.id);
    return noContent();
  },

  'repos/list-release-assets': (c) => {
    const repo = c.repo();
    const release = releaseOr404(repo, c.params['release_id']);
    return c.page(release.assets, (a) => render.asset(c.render, repo, release, a));
  },

  'repos/upload-release-asset': (c) => {
    const repo = c.repo();
    const release = releaseOr404(repo, c.params['release_id']);
    if (release.immutable) throw IMMUTABLE.upload();
    const name = normaliseAssetName(String(c.query['name']));
    // "If you upload an asset with the same filename as another uploaded asset, you'll receive an error
    // and must delete the old file before you can re-upload the new asset."
    // (https://docs.github.com/en/rest/releases/assets#upload-a-release-asset)
    if (release.assets.some((a) => a.name === name)) {
      throw new ApiError(422, 'Validation Failed', {
        request_id: randomBytes(8).toString('hex'),
        errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
      });
    }
    const asset = c.state.addAsset(repo.fullName, release.id, {
      name,
      data: c.rawBody,
      contentType: String(c.headers['content-type'] ?? 'application/octet-stream'),
      label: str(c.query['label']),
      uploader: c.actor,
    });
    // The uploads host answers 201 without a Location header (as recorded in @octokit/fixtures).
    return { status: 201, body: render.asset(c.render, repo, release, asset) };
  },

  'repos/get-release-asset': (c) => {
    const repo = c.repo();
    const { release, asset } = findAsset(repo, c.params['asset_id']);
    if (String(c.headers['accept'] ?? '').includes('application/octet-stream')) {
      // GitHub redirects to a short-lived signed URL on another host; the emulator serves it itself.
      asset.downloadCount++;
      return {
        status: 302,
        headers: {
          location: `${c.render.urls.downloads}/assets/${asset.id}/${encodeURIComponent(asset.name)}?token=${asset.downloadToken}`,
        },
      };
    }
    return ok(render.asset(c.render, repo, release, asset));
  },

  'repos/update-release-asset': (c) => {
    const repo = c.repo();
    const { release, asset } = findAsset(repo, c.params['asset_id']);
    if (release.immutable) throw IMMUTABLE.updateAsset();
    if (str(c.body['name'])) asset.name = normaliseAssetName(c.body['name'] as string);
    if (c.body['label'] !== undefined) asset.label = str(c.body['label']) ?? null;
    asset.updatedAt = c.state.now();
    return ok(render.asset(c.render, repo, release, asset));
  },

  'repos/delete-release-asset': (c) => {
    const repo = c.repo();
    const { release, asset } = findAsset(repo, c.params['asset_id']);
    if (release.immutable) throw IMMUTABLE.deleteAsset();
    release.assets = release.assets.filter((a) => a !== asset);
    return noContent();
  },

  // ---- git ----------------------------------------------------------------------------------------

  'git/get-ref': (c) => {
    const repo = c.repo();
    const ref = `refs/${String(c.params['ref'])}`;
    const sha = repo.refs.get(ref);
    if (!sha) throw notFound();
    return ok(render.gitRef(c.render, repo, ref, sha));
  },

  'git/list-matching-refs': (c) => {
    const repo = c.repo();
    const prefix = `refs/${String(c.params['ref'])}`;
    const refs = [...repo.refs.entries()].filter(([r]) => r.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b));
    return ok(refs.map(([r, sha]) => render.gitRef(c.render, repo, r, sha)));
  },

  'git/create-ref': (c) => {
    const repo = c.repo();
    const ref = String(c.body['ref']);
    const sha = String(c.body['sha']);
    if (!validRefName(ref)) throw new ApiError(422, `${ref} is not a valid ref name.`);
    if (!/^[0-9a-f]{40}$/.test(sha)) throw new ApiError(422, 'Object does not exist');
    if (repo.refs.has(ref)) throw new ApiError(422, 'Reference already exists');
    repo.refs.set(ref, sha);
    return created(render.gitRef(c.render, repo, ref, sha));
  },

  'git/update-ref': (c) => {
    // The emulator keeps no commit graph, so it cannot refuse a non-fast-forward update; inject a
    // `response` fault (422 "Update is not a fast forward") to test that path.
    const repo = c.repo();
    const ref = `refs/${String(c.params['ref'])}`;
    if (!repo.refs.has(ref)) throw new ApiError(422, 'Reference does not exist');
    if (lockingRelease(repo, ref)) throw IMMUTABLE.tagLocked(ref.slice('refs/tags/'.length));
    const sha = String(c.body['sha']);
    if (!/^[0-9a-f]{40}$/.test(sha)) throw new ApiError(422, 'Object does not exist');
    repo.refs.set(ref, sha);
    return ok(render.gitRef(c.render, repo, ref, sha));
  },

  'git/delete-ref': (c) => {
    const repo = c.repo();
    const ref = `refs/${String(c.params['ref'])}`;
    // An immutable release's tag "cannot be deleted while the release exists" (immutable-releases docs).
    if (repo.refs.has(ref) && lockingRelease(repo, ref)) throw IMMUTABLE.tagLocked(ref.slice('refs/tags/'.length));
    if (!repo.refs.delete(ref)) throw new ApiError(422, 'Reference does not exist');
    return noContent();
  },

  'git/create-tag': (c) => {
    const repo = c.repo();
    const b = c.body;
    const tagger = (b['tagger'] as { name: string; email: string; date?: string } | undefined) ?? {
      name: 'github-actions[bot]',
      email: '41898282+github-actions[bot]@users.noreply.github.com',
    };
    const object = String(b['object']);
    const sha = fakeSha(`tag:${repo.fullName}:${String(b['tag'])}:${object}:${randomBytes(4).toString('hex')}`);
    const tag = {
      sha,
      tag: String(b['tag']),
      message: String(b['message']),
      object: { sha: object, type: String(b['type']) },
      tagger: { date: tagger.date ?? c.state.now(), name: tagger.name, email: tagger.email },
    };
    repo.tagObjects.set(sha, tag);
    return created(render.gitTag(c.render, repo, tag));
  },

  'git/get-tag': (c) => {
    const repo = c.repo();
    const tag = repo.tagObjects.get(String(c.params['tag_sha']));
    if (!tag) throw notFound();
    return ok(render.gitTag(c.render, repo, tag));
  },

  'repos/list-tags': (c) => {
    const repo = c.repo();
    const tags = [...repo.refs.entries()]
      .filter(([r]) => r.startsWith('refs/tags/'))
      .map(([r, sha]) => [r.slice('refs/tags/'.length), repo.tagObjects.get(sha)?.object.sha ?? sha] as const)
      .sort(([a], [b]) => b.localeCompare(a, 'en', { numeric: true }));
    return c.page(tags, ([name, sha]) => render.tag(c.render, repo, name, sha));
  },

  // ---- workflow run artifacts --------------------------------------------------------------------

  'actions/list-artifacts-for-repo': (c) => {
    const repo = c.repo();
    const name = str(c.query['name']);
    const items = artifactsOf(c, repo).filter((a) => !name || a.name === name);
    return c.page(
      items,
      (a) => render.artifact(c.render, repo, a),
      (page, total) => ({ total_count: total, artifacts: page }),
    );
  },

  'actions/list-workflow-run-artifacts': (c) => {
    const repo = c.repo();
    const name = str(c.query['name']);
    const items = artifactsOf(c, repo).filter((a) => a.runId === c.params['run_id'] && (!name || a.name === name));
    if (str(c.query['direction']) === 'asc') items.reverse();
    return c.page(
      items,
      (a) => render.artifact(c.render, repo, a),
      (page, total) => ({ total_count: total, artifacts: page }),
    );
  },

  'actions/get-artifact': (c) => {
    const repo = c.repo();
    const found = artifactsOf(c, repo).find((a) => a.id === c.params['artifact_id']);
    if (!found) throw notFound();
    return ok(render.artifact(c.render, repo, found));
  },

  'actions/download-artifact': async (c) => {
    const repo = c.repo();
    if (c.params['archive_format'] !== 'zip') throw notFound();
    const found = artifactsOf(c, repo).find((a) => a.id === c.params['artifact_id']);
    if (!found) throw notFound();
    return { status: 302, headers: { location: await c.state.artifactStore!.downloadUrl(found.id) } };
  },

  'actions/delete-artifact': async (c) => {
    const repo = c.repo();
    const found = artifactsOf(c, repo).find((a) => a.id === c.params['artifact_id']);
    if (!found || !(await c.state.artifactStore!.delete(found.id))) throw notFound();
    return noContent();
  },

  // ---- dispatch -----------------------------------------------------------------------------------

  'repos/create-dispatch-event': (c) => {
    const repo = c.repo();
    repo.dispatches.push({
      eventType: String(c.body['event_type']),
      clientPayload: (c.body['client_payload'] as Record<string, unknown>) ?? {},
      sender: c.actor,
      at: c.state.now(),
    });
    return noContent();
  },

  'actions/create-workflow-dispatch': (c) => {
    const repo = c.repo();
    const ref = String(c.body['ref']);
    resolveOr422(c, repo, ref);
    const runId = c.state.id();
    repo.workflowDispatches.push({
      workflowId: String(c.params['workflow_id']),
      ref,
      inputs: (c.body['inputs'] as Record<string, unknown>) ?? {},
      sender: c.actor,
      runId,
      at: c.state.now(),
    });
    if (c.body['return_run_details'] === true) {
      return ok({
        workflow_run_id: runId,
        run_url: `${c.render.urls.api}/repos/${repo.fullName}/actions/runs/${runId}`,
        html_url: `${c.render.urls.web}/${repo.fullName}/actions/runs/${runId}`,
      });
    }
    return noContent();
  },
};

export { ACTIONS_BOT };
