/**
 * The JSON GitHub answers with, built from the emulator's state. Field sets follow the schemas in
 * GitHub's OpenAPI description (the emulator's tests validate every answer against them); URLs that
 * a client may follow (url, upload_url, browser_download_url) point at the emulator, page URLs
 * (html_url) at the web host the runner's GITHUB_SERVER_URL names.
 */
import type {
  Asset,
  CheckRun,
  Comment,
  CommitStatus,
  Deployment,
  DeploymentStatus,
  EmulatorState,
  Issue,
  Label,
  Release,
  Repo,
  StoredArtifact,
  TagObject,
  User,
} from './state.ts';

export interface Urls {
  /** REST API root (GITHUB_API_URL). */
  api: string;
  /** Web root for html_url (GITHUB_SERVER_URL). */
  web: string;
  /** Root of the uploads host (release assets). */
  uploads: string;
  /** Root the emulator serves asset downloads from (GitHub's signed object URLs). */
  downloads: string;
}

export interface RenderContext {
  urls: Urls;
  state: EmulatorState;
}

type Json = Record<string, unknown>;

function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`0:${kind}${id}`).toString('base64');
}

export function user(c: RenderContext, u: User): Json {
  const api = `${c.urls.api}/users/${encodeURIComponent(u.login)}`;
  return {
    login: u.login,
    id: u.id,
    node_id: nodeId(u.type, u.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: u.type === 'Bot' ? `${c.urls.web}/apps/${u.login.replace(/\[bot\]$/, '')}` : `${c.urls.web}/${u.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: u.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

export function userByLogin(c: RenderContext, login: string): Json {
  return user(c, c.state.user(login));
}

/** GET /user for a personal access token (the private-user shape). */
export function authenticatedUser(c: RenderContext, login: string): Json {
  const u = c.state.user(login);
  return {
    ...user(c, u),
    name: u.name,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2011-01-25T18:44:36Z',
    updated_at: '2011-01-25T18:44:36Z',
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

export function repository(c: RenderContext, r: Repo): Json {
  const api = `${c.urls.api}/repos/${r.fullName}`;
  const openIssues = [...r.issues.values()].filter((i) => i.state === 'open').length;
  return {
    id: r.id,
    node_id: nodeId('Repository', r.id),
    name: r.name,
    full_name: r.fullName,
    owner: user(c, r.owner),
    private: r.private,
    html_url: `${c.urls.web}/${r.fullName}`,
    description: r.description,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.com/${r.fullName}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.com:${r.fullName}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${c.urls.web}/${r.fullName}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: `${c.urls.web}/${r.fullName}`,
    homepage: null,
    language: 'Python',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: r.defaultBranch,
    open_issues_count: openIssues,
    open_issues: openIssues,
    is_template: false,
    topics: [],
    has_issues: r.hasIssues,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: r.private ? 'private' : 'public',
    pushed_at: r.createdAt,
    created_at: r.createdAt,
    updated_at: r.createdAt,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
  };
}

/** The minimal-repository shape (embedded in combined statuses). */
export function minimalRepository(c: RenderContext, r: Repo): Json {
  const full = repository(c, r);
  for (const k of ['has_downloads', 'has_discussions', 'web_commit_signoff_required', 'allow_forking']) delete full[k];
  return full;
}

/** GET /repos/{owner}/{repo} (the full-repository shape). */
export function fullRepository(c: RenderContext, r: Repo): Json {
  return { ...repository(c, r), network_count: 0, subscribers_count: 0 };
}

export function label(c: RenderContext, r: Repo, l: Label): Json {
  return {
    id: l.id,
    node_id: nodeId('Label', l.id),
    url: `${c.urls.api}/repos/${r.fullName}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    default: l.default,
    description: l.description,
  };
}

function reactions(url: string): Json {
  return { url: `${url}/reactions`, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
}

function authorAssociation(r: Repo, login: string): string {
  if (login.toLowerCase() === r.owner.login.toLowerCase()) return 'OWNER';
  if (login.endsWith('[bot]')) return 'NONE';
  return 'CONTRIBUTOR';
}

export function issue(c: RenderContext, r: Repo, i: Issue): Json {
  const api = `${c.urls.api}/repos/${r.fullName}/issues/${i.number}`;
  const comments = [...r.comments.values()].filter((x) => x.issueNumber === i.number).length;
  const out: Json = {
    id: i.id,
    node_id: nodeId(i.pull ? 'PullRequest' : 'Issue', i.id),
    url: api,
    repository_url: `${c.urls.api}/repos/${r.fullName}`,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    timeline_url: `${api}/timeline`,
    html_url: `${c.urls.web}/${r.fullName}/${i.pull ? 'pull' : 'issues'}/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user: userByLogin(c, i.user),
    labels: i.labels.map((name) => label(c, r, r.labels.get(name.toLowerCase())!)),
    assignee: i.assignees[0] ? userByLogin(c, i.assignees[0]) : null,
    assignees: i.assignees.map((a) => userByLogin(c, a)),
    milestone: null,
    locked: i.locked,
    active_lock_reason: null,
    comments,
    closed_at: i.closedAt,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_by: null,
    performed_via_github_app: null,
    author_association: authorAssociation(r, i.user),
    reactions: reactions(api),
  };
  if (i.pull) {
    const pr = `${c.urls.api}/repos/${r.fullName}/pulls/${i.number}`;
    out['pull_request'] = {
      url: pr,
      html_url: `${c.urls.web}/${r.fullName}/pull/${i.number}`,
      diff_url: `${c.urls.web}/${r.fullName}/pull/${i.number}.diff`,
      patch_url: `${c.urls.web}/${r.fullName}/pull/${i.number}.patch`,
      merged_at: null,
    };
    out['draft'] = i.pull.draft;
  }
  return out;
}

export function comment(c: RenderContext, r: Repo, x: Comment): Json {
  const api = `${c.urls.api}/repos/${r.fullName}/issues/comments/${x.id}`;
  const issue = r.issues.get(x.issueNumber);
  return {
    id: x.id,
    node_id: nodeId('IssueComment', x.id),
    url: api,
    html_url: `${c.urls.web}/${r.fullName}/${issue?.pull ? 'pull' : 'issues'}/${x.issueNumber}#issuecomment-${x.id}`,
    body: x.body,
    user: userByLogin(c, x.user),
    created_at: x.createdAt,
    updated_at: x.updatedAt,
    issue_url: `${c.urls.api}/repos/${r.fullName}/issues/${x.issueNumber}`,
    author_association: authorAssociation(r, x.user),
    performed_via_github_app: null,
    reactions: reactions(api),
  };
}

function link(href: string): Json {
  return { href };
}

export function pullRequest(c: RenderContext, r: Repo, i: Issue): Json {
  const pull = i.pull!;
  const api = `${c.urls.api}/repos/${r.fullName}/pulls/${i.number}`;
  const html = `${c.urls.web}/${r.fullName}/pull/${i.number}`;
  const headRepo = c.state.findRepo(pull.head.repo) ?? r;
  const side = (ref: string, sha: string, repo: Repo) => ({
    label: `${repo.owner.login}:${ref}`,
    ref,
    sha,
    user: user(c, repo.owner),
    repo: repository(c, repo),
  });
  return {
    url: api,
    id: i.id,
    node_id: nodeId('PullRequest', i.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${c.urls.api}/repos/${r.fullName}/issues/${i.number}`,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${c.urls.api}/repos/${r.fullName}/pulls/comments{/number}`,
    comments_url: `${c.urls.api}/repos/${r.fullName}/issues/${i.number}/comments`,
    statuses_url: `${c.urls.api}/repos/${r.fullName}/statuses/${pull.head.sha}`,
    number: i.number,
    state: i.state,
    locked: i.locked,
    title: i.title,
    user: userByLogin(c, i.user),
    body: i.body,
    labels: i.labels.map((name) => label(c, r, r.labels.get(name.toLowerCase())!)),
    milestone: null,
    active_lock_reason: null,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pull.head.ref, pull.head.sha, headRepo),
    base: side(pull.base.ref, pull.base.sha, r),
    _links: {
      self: link(api),
      html: link(html),
      issue: link(`${c.urls.api}/repos/${r.fullName}/issues/${i.number}`),
      comments: link(`${c.urls.api}/repos/${r.fullName}/issues/${i.number}/comments`),
      review_comments: link(`${api}/comments`),
      review_comment: link(`${c.urls.api}/repos/${r.fullName}/pulls/comments{/number}`),
      commits: link(`${api}/commits`),
      statuses: link(`${c.urls.api}/repos/${r.fullName}/statuses/${pull.head.sha}`),
    },
    author_association: authorAssociation(r, i.user),
    auto_merge: null,
    draft: pull.draft,
    merged: pull.merged,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: [...r.comments.values()].filter((x) => x.issueNumber === i.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  };
}

/** The simple form in a pulls list. */
export function pullRequestSimple(c: RenderContext, r: Repo, i: Issue): Json {
  const full = pullRequest(c, r, i);
  for (const k of [
    'merged',
    'mergeable',
    'rebaseable',
    'mergeable_state',
    'merged_by',
    'comments',
    'review_comments',
    'maintainer_can_modify',
    'commits',
    'additions',
    'deletions',
    'changed_files',
  ]) {
    delete full[k];
  }
  return full;
}

function actionsApp(c: RenderContext): Json {
  return {
    id: 15368,
    slug: 'github-actions',
    node_id: nodeId('App', 15368),
    owner: userByLogin(c, 'github'),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${c.urls.web}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2019-12-10T19:04:12Z',
    permissions: {
      checks: 'write',
      contents: 'write',
      deployments: 'write',
      issues: 'write',
      metadata: 'read',
      pull_requests: 'write',
      statuses: 'write',
    },
    events: ['check_run', 'check_suite', 'deployment', 'pull_request', 'push', 'release', 'status', 'workflow_dispatch'],
  };
}

export function checkRun(c: RenderContext, r: Repo, x: CheckRun): Json {
  const api = `${c.urls.api}/repos/${r.fullName}/check-runs/${x.id}`;
  const prs = [...r.issues.values()]
    .filter((i) => i.pull && i.state === 'open' && i.pull.head.sha === x.headSha)
    .map((i) => ({
      id: i.id,
      number: i.number,
      url: `${c.urls.api}/repos/${r.fullName}/pulls/${i.number}`,
      head: { ref: i.pull!.head.ref, sha: i.pull!.head.sha, repo: { id: r.id, url: `${c.urls.api}/repos/${r.fullName}`, name: r.name } },
      base: { ref: i.pull!.base.ref, sha: i.pull!.base.sha, repo: { id: r.id, url: `${c.urls.api}/repos/${r.fullName}`, name: r.name } },
    }));
  return {
    id: x.id,
    head_sha: x.headSha,
    node_id: nodeId('CheckRun', x.id),
    external_id: x.externalId ?? '',
    url: api,
    html_url: `${c.urls.web}/${r.fullName}/runs/${x.id}`,
    details_url: x.detailsUrl ?? `${c.urls.web}/${r.fullName}/runs/${x.id}`,
    status: x.status,
    conclusion: x.conclusion,
    started_at: x.startedAt,
    completed_at: x.completedAt,
    output: {
      title: x.output.title,
      summary: x.output.summary,
      text: x.output.text,
      annotations_count: x.output.annotationsCount,
      annotations_url: `${api}/annotations`,
    },
    name: x.name,
    check_suite: { id: 5 },
    app: actionsApp(c),
    pull_requests: prs,
  };
}

export function commitStatus(c: RenderContext, r: Repo, s: CommitStatus): Json {
  const creator = userByLogin(c, s.creator);
  return {
    url: `${c.urls.api}/repos/${r.fullName}/statuses/${s.sha}`,
    avatar_url: creator['avatar_url'],
    id: s.id,
    node_id: nodeId('StatusContext', s.id),
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
    creator,
  };
}

export function deployment(c: RenderContext, r: Repo, d: Deployment): Json {
  const api = `${c.urls.api}/repos/${r.fullName}/deployments/${d.id}`;
  return {
    url: api,
    id: d.id,
    node_id: nodeId('Deployment', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.originalEnvironment,
    environment: d.environment,
    description: d.description,
    creator: userByLogin(c, d.creator),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${api}/statuses`,
    repository_url: `${c.urls.api}/repos/${r.fullName}`,
    transient_environment: d.transient,
    production_environment: d.production,
    performed_via_github_app: null,
  };
}

export function deploymentStatus(c: RenderContext, r: Repo, d: Deployment, s: DeploymentStatus): Json {
  const deploymentUrl = `${c.urls.api}/repos/${r.fullName}/deployments/${d.id}`;
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DeploymentStatus', s.id),
    state: s.state,
    creator: userByLogin(c, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.targetUrl,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
    deployment_url: deploymentUrl,
    repository_url: `${c.urls.api}/repos/${r.fullName}`,
    environment_url: s.environmentUrl,
    log_url: s.logUrl,
    performed_via_github_app: null,
  };
}

export function asset(c: RenderContext, r: Repo, rel: Release, a: Asset): Json {
  return {
    url: `${c.urls.api}/repos/${r.fullName}/releases/assets/${a.id}`,
    browser_download_url: `${c.urls.downloads}/${r.fullName}/releases/download/${encodeURIComponent(rel.tagName)}/${encodeURIComponent(a.name)}`,
    id: a.id,
    node_id: nodeId('ReleaseAsset', a.id),
    name: a.name,
    label: a.label,
    state: 'uploaded',
    content_type: a.contentType,
    size: a.data.length,
    digest: a.digest,
    download_count: a.downloadCount,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
    uploader: userByLogin(c, a.uploader),
  };
}

export function release(c: RenderContext, r: Repo, rel: Release): Json {
  const api = `${c.urls.api}/repos/${r.fullName}/releases/${rel.id}`;
  return {
    url: api,
    html_url: `${c.urls.web}/${r.fullName}/releases/tag/${encodeURIComponent(rel.tagName)}`,
    assets_url: `${api}/assets`,
    upload_url: `${c.urls.uploads}/repos/${r.fullName}/releases/${rel.id}/assets{?name,label}`,
    tarball_url: `${c.urls.api}/repos/${r.fullName}/tarball/${encodeURIComponent(rel.tagName)}`,
    zipball_url: `${c.urls.api}/repos/${r.fullName}/zipball/${encodeURIComponent(rel.tagName)}`,
    id: rel.id,
    node_id: nodeId('Release', rel.id),
    tag_name: rel.tagName,
    target_commitish: rel.targetCommitish,
    name: rel.name,
    body: rel.body,
    draft: rel.draft,
    prerelease: rel.prerelease,
    immutable: rel.immutable,
    created_at: rel.createdAt,
    published_at: rel.publishedAt,
    updated_at: rel.publishedAt ?? rel.createdAt,
    author: userByLogin(c, rel.author),
    assets: rel.assets.map((a) => asset(c, r, rel, a)),
  };
}

export function gitRef(c: RenderContext, r: Repo, ref: string, sha: string): Json {
  const isTagObject = r.tagObjects.has(sha);
  return {
    ref,
    node_id: nodeId('Ref', ref),
    url: `${c.urls.api}/repos/${r.fullName}/git/${ref}`,
    object: {
      type: isTagObject ? 'tag' : 'commit',
      sha,
      url: `${c.urls.api}/repos/${r.fullName}/git/${isTagObject ? 'tags' : 'commits'}/${sha}`,
    },
  };
}

export function gitTag(c: RenderContext, r: Repo, t: TagObject): Json {
  return {
    node_id: nodeId('Tag', t.sha),
    tag: t.tag,
    sha: t.sha,
    url: `${c.urls.api}/repos/${r.fullName}/git/tags/${t.sha}`,
    message: t.message,
    tagger: t.tagger,
    object: {
      ...t.object,
      url: `${c.urls.api}/repos/${r.fullName}/git/${t.object.type === 'tag' ? 'tags' : t.object.type === 'commit' ? 'commits' : `${t.object.type}s`}/${t.object.sha}`,
    },
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

export function artifact(c: RenderContext, r: Repo, a: StoredArtifact): Json {
  const api = `${c.urls.api}/repos/${r.fullName}/actions/artifacts/${a.id}`;
  const expires = new Date(Date.parse(a.createdAt) + 90 * 86400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    id: a.id,
    node_id: nodeId('Artifact', a.id),
    name: a.name,
    size_in_bytes: a.size,
    url: api,
    archive_download_url: `${api}/zip`,
    expired: false,
    digest: a.digest ?? null,
    created_at: a.createdAt,
    updated_at: a.createdAt,
    expires_at: expires,
    workflow_run: {
      id: a.runId,
      repository_id: r.id,
      head_repository_id: r.id,
      head_branch: r.defaultBranch,
      head_sha: r.refs.get(`refs/heads/${r.defaultBranch}`) ?? '',
    },
  };
}

export function tag(c: RenderContext, r: Repo, name: string, sha: string): Json {
  return {
    name,
    commit: { sha, url: `${c.urls.api}/repos/${r.fullName}/commits/${sha}` },
    zipball_url: `${c.urls.api}/repos/${r.fullName}/zipball/refs/tags/${encodeURIComponent(name)}`,
    tarball_url: `${c.urls.api}/repos/${r.fullName}/tarball/refs/tags/${encodeURIComponent(name)}`,
    node_id: nodeId('Ref', `refs/tags/${name}`),
  };
}
