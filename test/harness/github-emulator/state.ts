/**
 * The emulator's in-memory GitHub: repositories with their issues and pull requests (one number
 * space, as on GitHub), comments, labels, check runs, commit statuses, deployments, releases and
 * assets, git refs and tag objects, and the dispatches it received. Tests seed it before a step runs
 * and inspect it afterwards; the route handlers change it.
 */
import { createHash, randomBytes } from 'node:crypto';

export type UserType = 'User' | 'Bot' | 'Organization';

export interface User {
  login: string;
  id: number;
  type: UserType;
  name: string | null;
}

export interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
  /** One of the labels GitHub gives every new repository (bug, documentation, …). */
  default: boolean;
}

export interface PullInfo {
  head: { ref: string; sha: string; repo: string };
  base: { ref: string; sha: string };
  draft: boolean;
  merged: boolean;
}

export interface Issue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  labels: string[];
  assignees: string[];
  user: string;
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Set for pull requests (which are issues too). */
  pull?: PullInfo;
}

export interface Comment {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface CheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotationsCount: number };
  /** The app that created it (installation tokens: github-actions). */
  app: string;
}

export interface CommitStatus {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

export interface DeploymentStatus {
  id: number;
  state: 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';
  description: string;
  environment: string;
  targetUrl: string;
  logUrl: string;
  environmentUrl: string;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  payload: Record<string, unknown> | string;
  environment: string;
  originalEnvironment: string;
  description: string | null;
  transient: boolean;
  production: boolean;
  creator: string;
  createdAt: string;
  updatedAt: string;
  statuses: DeploymentStatus[];
}

export interface Asset {
  id: number;
  releaseId: number;
  name: string;
  label: string | null;
  contentType: string;
  data: Buffer;
  digest: string;
  uploader: string;
  downloadCount: number;
  createdAt: string;
  updatedAt: string;
  /** Capability in the download URL the emulator redirects to (as GitHub's signed URLs are). */
  downloadToken: string;
}

export interface Release {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  makeLatest: 'true' | 'false' | 'legacy';
  author: string;
  createdAt: string;
  publishedAt: string | null;
  assets: Asset[];
  /**
   * Published while the repository had immutable releases on: its assets and tag are locked for good
   * (turning the setting off later does not unlock it, as reported in libredb/libredb-studio#154).
   * Drafts are never immutable. See Repo.immutableReleases.
   */
  immutable: boolean;
}

export interface TagObject {
  sha: string;
  tag: string;
  message: string;
  object: { sha: string; type: string };
  tagger: { name: string; email: string; date: string };
}

export interface RepositoryDispatch {
  eventType: string;
  clientPayload: Record<string, unknown>;
  sender: string;
  at: string;
}

export interface WorkflowDispatch {
  workflowId: string;
  ref: string;
  inputs: Record<string, unknown>;
  sender: string;
  runId: number;
  at: string;
}

/** A workflow-run artifact as the REST API lists it (the runtime services store them). */
export interface StoredArtifact {
  id: number;
  name: string;
  size: number;
  digest?: string;
  createdAt: string;
  /** GITHUB_RUN_ID of the run that uploaded it. */
  runId: number;
}

/** Where the REST artifact endpoints find artifacts: startRuntimeServices().artifactStore(). */
export interface ArtifactStore {
  list(repository: string): StoredArtifact[];
  /** A short-lived signed URL of the artifact's zip. */
  downloadUrl(id: number): Promise<string>;
  delete(id: number): Promise<boolean>;
}

export interface Repo {
  id: number;
  owner: User;
  name: string;
  fullName: string;
  private: boolean;
  defaultBranch: string;
  description: string | null;
  createdAt: string;
  issues: Map<number, Issue>;
  comments: Map<number, Comment>;
  labels: Map<string, Label>;
  checkRuns: Map<number, CheckRun>;
  statuses: CommitStatus[];
  deployments: Map<number, Deployment>;
  releases: Map<number, Release>;
  /**
   * The repository setting "Enable release immutability". When on, a release becomes immutable as it
   * is published (drafts stay mutable): no asset can be added, modified or deleted, and its tag can be
   * neither moved nor deleted while the release exists; a tag once used by an immutable release cannot
   * be reused even after the release is deleted. The setting applies only to future releases and is
   * opt-in (off unless enabled in the repository's or the organization's settings):
   * https://docs.github.com/en/code-security/concepts/supply-chain-security/immutable-releases and
   * https://docs.github.com/en/code-security/how-tos/secure-your-supply-chain/establish-provenance-and-integrity/preventing-changes-to-your-releases
   */
  immutableReleases: boolean;
  /** Tags that an immutable release was published with (never reusable, even after the release is deleted). */
  immutableTags: Set<string>;
  /**
   * The repository setting Features → Issues. Turned off, GitHub answers 410 "Issues are disabled for
   * this repo" to issue writes (ossf/allstar#64: `POST /repos/{owner}/{repo}/issues: 410 Issues are
   * disabled for this repo`; ingydotnet/git-hub#72 shows the JSON body), while pull requests keep their
   * conversation: comments on a pull request still work (ingydotnet/git-hub#117).
   * https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/enabling-features-for-your-repository/disabling-issues
   */
  hasIssues: boolean;
  /** Full ref name (refs/heads/main) → sha. */
  refs: Map<string, string>;
  tagObjects: Map<string, TagObject>;
  dispatches: RepositoryDispatch[];
  workflowDispatches: WorkflowDispatch[];
}

export interface RepoSeed {
  private?: boolean;
  defaultBranch?: string;
  description?: string;
  /** sha of the default branch's head; a fixed fake sha by default. */
  headSha?: string;
  ownerType?: UserType;
  /** Features → Issues (default on). See Repo.hasIssues. */
  hasIssues?: boolean;
  /** Repository setting "Enable release immutability" (default off, as GitHub's: it is opt-in). See Repo.immutableReleases. */
  immutableReleases?: boolean;
}

export interface IssueSeed {
  number?: number;
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  labels?: string[];
  user?: string;
  createdAt?: string;
}

export interface PullRequestSeed extends IssueSeed {
  head?: { ref?: string; sha?: string; repo?: string };
  base?: { ref?: string; sha?: string };
  draft?: boolean;
}

export interface CommentSeed {
  body: string;
  /** Login of the author; `github-actions[bot]` is a Bot. */
  user?: string;
  createdAt?: string;
}

/** The login of comments and other objects written with an Actions installation token (GITHUB_TOKEN). */
export const ACTIONS_BOT = 'github-actions[bot]';

/** A stable fake commit sha for a name (so seeds and expectations agree without bookkeeping). */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

export function isoNow(clock: () => Date): string {
  return clock()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
}

export class EmulatorState {
  readonly repos = new Map<string, Repo>();
  /** Set with GitHubEmulator.useArtifactStore; the artifact endpoints answer 404s without it. */
  artifactStore: ArtifactStore | undefined;
  readonly users = new Map<string, User>();
  private nextId = 1_000_000;
  readonly clock: () => Date;

  constructor(clock: () => Date = () => new Date()) {
    this.clock = clock;
    this.clear();
  }

  /** Forgets everything but the built-in users. */
  clear(): void {
    this.repos.clear();
    this.users.clear();
    this.addUser(ACTIONS_BOT, { type: 'Bot', id: 41898282 });
    this.addUser('github', { type: 'Organization', id: 9919 });
    this.addUser('octocat', { id: 583231, name: 'The Octocat' });
  }

  id(): number {
    return this.nextId++;
  }

  now(): string {
    return isoNow(this.clock);
  }

  // ---- seeding ---------------------------------------------------------------------------------

  addUser(login: string, o: { type?: UserType; id?: number; name?: string } = {}): User {
    const existing = this.users.get(login.toLowerCase());
    if (existing) return existing;
    const type: UserType = o.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User');
    const user: User = { login, id: o.id ?? this.id(), type, name: o.name ?? null };
    this.users.set(login.toLowerCase(), user);
    return user;
  }

  user(login: string): User {
    return this.users.get(login.toLowerCase()) ?? this.addUser(login);
  }

  addRepo(fullName: string, o: RepoSeed = {}): Repo {
    const [owner, name] = splitRepo(fullName);
    const existing = this.repos.get(fullName.toLowerCase());
    if (existing) return existing;
    const branch = o.defaultBranch ?? 'main';
    const repo: Repo = {
      id: this.id(),
      owner: this.addUser(owner, { type: o.ownerType ?? 'Organization' }),
      name,
      fullName: `${owner}/${name}`,
      private: o.private ?? false,
      defaultBranch: branch,
      description: o.description ?? null,
      createdAt: this.now(),
      issues: new Map(),
      comments: new Map(),
      labels: new Map(),
      checkRuns: new Map(),
      statuses: [],
      deployments: new Map(),
      releases: new Map(),
      immutableReleases: o.immutableReleases ?? false,
      immutableTags: new Set(),
      hasIssues: o.hasIssues ?? true,
      refs: new Map([[`refs/heads/${branch}`, o.headSha ?? fakeSha(`${fullName}:${branch}`)]]),
      tagObjects: new Map(),
      dispatches: [],
      workflowDispatches: [],
    };
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  /** The repository, or an error naming the ones that exist. */
  repo(fullName: string): Repo {
    const repo = this.findRepo(fullName);
    if (!repo)
      throw new Error(
        `the emulator has no repository '${fullName}' (it has: ${[...this.repos.values()].map((r) => r.fullName).join(', ')})`,
      );
    return repo;
  }

  findRepo(fullName: string): Repo | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  findRepoById(id: number): Repo | undefined {
    return [...this.repos.values()].find((r) => r.id === id);
  }

  private nextNumber(repo: Repo): number {
    return Math.max(0, ...repo.issues.keys()) + 1;
  }

  addIssue(fullName: string, o: IssueSeed = {}): Issue {
    const repo = this.repo(fullName);
    const number = o.number ?? this.nextNumber(repo);
    if (repo.issues.has(number)) throw new Error(`${fullName} already has an issue or pull request #${number}`);
    const at = o.createdAt ?? this.now();
    const issue: Issue = {
      id: this.id(),
      number,
      title: o.title ?? `Issue ${number}`,
      body: o.body ?? null,
      state: o.state ?? 'open',
      stateReason: o.state === 'closed' ? 'completed' : null,
      labels: [],
      assignees: [],
      user: this.user(o.user ?? 'octocat').login,
      locked: false,
      createdAt: at,
      updatedAt: at,
      closedAt: o.state === 'closed' ? at : null,
    };
    for (const l of o.labels ?? []) issue.labels.push(this.ensureLabel(repo, l).name);
    repo.issues.set(number, issue);
    return issue;
  }

  addPullRequest(fullName: string, o: PullRequestSeed = {}): Issue {
    const repo = this.repo(fullName);
    const issue = this.addIssue(fullName, { title: 'Retrain with new data', ...o });
    const headRef = o.head?.ref ?? 'feature/retrain';
    issue.pull = {
      head: { ref: headRef, sha: o.head?.sha ?? fakeSha(`${fullName}:${headRef}`), repo: o.head?.repo ?? repo.fullName },
      base: {
        ref: o.base?.ref ?? repo.defaultBranch,
        sha: o.base?.sha ?? repo.refs.get(`refs/heads/${repo.defaultBranch}`) ?? fakeSha('base'),
      },
      draft: o.draft ?? false,
      merged: false,
    };
    if (issue.pull.head.repo === repo.fullName) repo.refs.set(`refs/heads/${headRef}`, issue.pull.head.sha);
    return issue;
  }

  addComment(fullName: string, issueNumber: number, o: CommentSeed): Comment {
    const repo = this.repo(fullName);
    if (!repo.issues.has(issueNumber)) throw new Error(`${fullName} has no issue or pull request #${issueNumber} to comment on`);
    const at = o.createdAt ?? this.now();
    const comment: Comment = {
      id: this.id(),
      issueNumber,
      body: o.body,
      user: this.user(o.user ?? 'octocat').login,
      createdAt: at,
      updatedAt: at,
    };
    repo.comments.set(comment.id, comment);
    return comment;
  }

  ensureLabel(repo: Repo, name: string, o: { color?: string; description?: string | null; default?: boolean } = {}): Label {
    const key = name.toLowerCase();
    let label = repo.labels.get(key);
    if (!label) {
      label = { id: this.id(), name, color: o.color ?? 'ededed', description: o.description ?? null, default: o.default ?? false };
      repo.labels.set(key, label);
    }
    return label;
  }

  addLabel(fullName: string, name: string, o: { color?: string; description?: string; default?: boolean } = {}): Label {
    return this.ensureLabel(this.repo(fullName), name, o);
  }

  setRef(fullName: string, ref: string, sha: string): void {
    this.repo(fullName).refs.set(ref.startsWith('refs/') ? ref : `refs/${ref}`, sha);
  }

  addCommitStatus(
    fullName: string,
    sha: string,
    o: { context: string; state: CommitStatus['state']; description?: string; targetUrl?: string; creator?: string },
  ): CommitStatus {
    const at = this.now();
    const status: CommitStatus = {
      id: this.id(),
      sha,
      state: o.state,
      context: o.context,
      description: o.description ?? null,
      targetUrl: o.targetUrl ?? null,
      creator: this.user(o.creator ?? ACTIONS_BOT).login,
      createdAt: at,
      updatedAt: at,
    };
    this.repo(fullName).statuses.push(status);
    return status;
  }

  addDeployment(
    fullName: string,
    o: {
      environment?: string;
      ref?: string;
      sha?: string;
      task?: string;
      payload?: Record<string, unknown> | string;
      creator?: string;
      states?: DeploymentStatus['state'][];
      description?: string;
    },
  ): Deployment {
    const repo = this.repo(fullName);
    const at = this.now();
    const environment = o.environment ?? 'production';
    const ref = o.ref ?? repo.defaultBranch;
    const deployment: Deployment = {
      id: this.id(),
      sha: o.sha ?? this.resolveCommitish(repo, ref) ?? fakeSha(ref),
      ref,
      task: o.task ?? 'deploy',
      payload: o.payload ?? {},
      environment,
      originalEnvironment: environment,
      description: o.description ?? null,
      transient: false,
      production: environment === 'production',
      creator: this.user(o.creator ?? ACTIONS_BOT).login,
      createdAt: at,
      updatedAt: at,
      statuses: [],
    };
    repo.deployments.set(deployment.id, deployment);
    for (const state of o.states ?? []) this.addDeploymentStatus(repo, deployment, { state });
    return deployment;
  }

  /**
   * The deployment a workflow job's `environment:` creates. GitHub itself (not a step) creates it once
   * the environment's protection rules pass (required reviewers, wait timer, branch policy), with
   * `environment` set to the environment's name; as the job progresses it adds statuses whose `state`
   * is the job's status and whose `environment_url` is the job's `environment.url` (evaluated at the
   * end of the job, so it may use the steps context). See
   * https://docs.github.com/en/actions/how-tos/deploy/configure-and-manage-deployments/control-deployments#tracking-deployments-through-apps
   * and, for the url's contexts, https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#context-availability.
   * `deployment: false` on the environment creates none (same page, "Using environments without
   * deployments"); callers model it by not calling this. The success status is an ordinary one with
   * auto_inactive's default, so earlier successful non-production deployments to the environment
   * become inactive (https://docs.github.com/en/rest/deployments/statuses#create-a-deployment-status).
   */
  startJobDeployment(
    fullName: string,
    o: { environment: string; sha: string; ref: string; runUrl: string },
  ): { deployment: Deployment; finish(result: 'success' | 'failure', environmentUrl?: string): void } {
    const repo = this.repo(fullName);
    const deployment = this.addDeployment(fullName, {
      environment: o.environment,
      sha: o.sha,
      ref: o.ref,
      task: 'deploy',
      payload: {},
      creator: ACTIONS_BOT,
    });
    this.addDeploymentStatus(repo, deployment, { state: 'in_progress', logUrl: o.runUrl, creator: ACTIONS_BOT });
    return {
      deployment,
      finish: (result, environmentUrl) => {
        // Only the two results the job runner produces; what GitHub records for a cancelled job is not modelled.
        this.addDeploymentStatus(repo, deployment, {
          state: result,
          logUrl: o.runUrl,
          creator: ACTIONS_BOT,
          ...(environmentUrl ? { environmentUrl } : {}),
        });
      },
    };
  }

  addDeploymentStatus(
    repo: Repo,
    deployment: Deployment,
    o: {
      state: DeploymentStatus['state'];
      description?: string;
      environment?: string;
      targetUrl?: string;
      logUrl?: string;
      environmentUrl?: string;
      creator?: string;
      autoInactive?: boolean;
    },
  ): DeploymentStatus {
    const at = this.now();
    const previous = deployment.statuses.at(-1);
    const environment = o.environment ?? previous?.environment ?? deployment.environment;
    const logUrl = o.logUrl ?? o.targetUrl ?? '';
    const status: DeploymentStatus = {
      id: this.id(),
      state: o.state,
      description: o.description ?? '',
      environment,
      targetUrl: o.targetUrl ?? logUrl,
      logUrl,
      environmentUrl: o.environmentUrl ?? '',
      creator: this.user(o.creator ?? ACTIONS_BOT).login,
      createdAt: at,
      updatedAt: at,
    };
    deployment.statuses.push(status);
    deployment.environment = environment;
    deployment.updatedAt = at;
    // auto_inactive (default true): earlier successful, non-transient, non-production deployments to
    // the same environment get an `inactive` status.
    if (o.state === 'success' && o.autoInactive !== false) {
      for (const other of repo.deployments.values()) {
        if (other.id === deployment.id || other.environment !== environment || other.transient || other.production) continue;
        if (other.statuses.at(-1)?.state !== 'success') continue;
        this.addDeploymentStatus(repo, other, { state: 'inactive', creator: status.creator, autoInactive: false });
      }
    }
    return status;
  }

  addRelease(
    fullName: string,
    o: { tag: string; name?: string; body?: string; draft?: boolean; prerelease?: boolean; targetCommitish?: string; author?: string },
  ): Release {
    const repo = this.repo(fullName);
    const at = this.now();
    const release: Release = {
      id: this.id(),
      tagName: o.tag,
      targetCommitish: o.targetCommitish ?? repo.defaultBranch,
      name: o.name ?? o.tag,
      body: o.body ?? null,
      draft: o.draft ?? false,
      prerelease: o.prerelease ?? false,
      makeLatest: 'true',
      author: this.user(o.author ?? ACTIONS_BOT).login,
      createdAt: at,
      publishedAt: o.draft ? null : at,
      assets: [],
      // A release published directly (not a draft) on a repository with immutable releases is immutable at once.
      immutable: !o.draft && repo.immutableReleases,
    };
    if (release.immutable) repo.immutableTags.add(o.tag);
    repo.releases.set(release.id, release);
    if (!release.draft && !repo.refs.has(`refs/tags/${o.tag}`)) {
      repo.refs.set(`refs/tags/${o.tag}`, this.resolveCommitish(repo, release.targetCommitish) ?? fakeSha(o.tag));
    }
    return release;
  }

  addAsset(
    fullName: string,
    releaseId: number,
    o: { name: string; data: Buffer | string; contentType?: string; label?: string; uploader?: string },
  ): Asset {
    const repo = this.repo(fullName);
    const release = repo.releases.get(releaseId);
    if (!release) throw new Error(`${fullName} has no release ${releaseId}`);
    const data = Buffer.isBuffer(o.data) ? o.data : Buffer.from(o.data);
    const at = this.now();
    const asset: Asset = {
      id: this.id(),
      releaseId,
      name: o.name,
      label: o.label ?? null,
      contentType: o.contentType ?? 'application/octet-stream',
      data,
      digest: `sha256:${createHash('sha256').update(data).digest('hex')}`,
      uploader: this.user(o.uploader ?? ACTIONS_BOT).login,
      downloadCount: 0,
      createdAt: at,
      updatedAt: at,
      downloadToken: randomBytes(12).toString('hex'),
    };
    release.assets.push(asset);
    return asset;
  }

  /** A branch, tag or sha as GitHub resolves a `ref`/`target_commitish`; undefined when unknown. */
  resolveCommitish(repo: Repo, commitish: string): string | undefined {
    if (/^[0-9a-f]{40}$/i.test(commitish)) return commitish.toLowerCase();
    const stripped = commitish.replace(/^refs\//, '');
    for (const ref of [`refs/${stripped}`, `refs/heads/${stripped}`, `refs/tags/${stripped}`]) {
      const sha = repo.refs.get(ref);
      if (sha) return repo.tagObjects.get(sha)?.object.sha ?? sha;
    }
    return undefined;
  }

  // ---- inspection ------------------------------------------------------------------------------

  /** Comments on an issue or pull request, oldest first. */
  comments(fullName: string, issueNumber: number): Comment[] {
    return [...this.repo(fullName).comments.values()].filter((c) => c.issueNumber === issueNumber).sort((a, b) => a.id - b.id);
  }

  issue(fullName: string, number: number): Issue | undefined {
    return this.repo(fullName).issues.get(number);
  }

  /** Issues (not pull requests), oldest first; optionally only those carrying every given label. */
  issues(fullName: string, o: { labels?: string[]; state?: 'open' | 'closed' | 'all' } = {}): Issue[] {
    const want = (o.labels ?? []).map((l) => l.toLowerCase());
    return [...this.repo(fullName).issues.values()]
      .filter((i) => !i.pull)
      .filter((i) => (o.state ?? 'all') === 'all' || i.state === o.state)
      .filter((i) => want.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
      .sort((a, b) => a.number - b.number);
  }

  pullRequests(fullName: string): Issue[] {
    return [...this.repo(fullName).issues.values()].filter((i) => i.pull).sort((a, b) => a.number - b.number);
  }

  checkRuns(fullName: string, headSha?: string): CheckRun[] {
    return [...this.repo(fullName).checkRuns.values()].filter((c) => !headSha || c.headSha === headSha).sort((a, b) => a.id - b.id);
  }

  commitStatuses(fullName: string, sha?: string): CommitStatus[] {
    return this.repo(fullName).statuses.filter((s) => !sha || s.sha === sha);
  }

  /** Deployments, oldest first, each with its statuses (oldest first). */
  deployments(fullName: string, o: { environment?: string } = {}): Deployment[] {
    return [...this.repo(fullName).deployments.values()]
      .filter((d) => !o.environment || d.environment === o.environment)
      .sort((a, b) => a.id - b.id);
  }

  releases(fullName: string): Release[] {
    return [...this.repo(fullName).releases.values()].sort((a, b) => a.id - b.id);
  }

  release(fullName: string, tag: string): Release | undefined {
    return this.releases(fullName).find((r) => r.tagName === tag);
  }

  /** Git refs as `refs/...` → sha. */
  refs(fullName: string): Record<string, string> {
    return Object.fromEntries([...this.repo(fullName).refs.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  dispatches(fullName: string): RepositoryDispatch[] {
    return this.repo(fullName).dispatches;
  }

  workflowDispatches(fullName: string): WorkflowDispatch[] {
    return this.repo(fullName).workflowDispatches;
  }
}

export function splitRepo(fullName: string): [string, string] {
  const parts = fullName.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw new Error(`'${fullName}' is not owner/name`);
  return [parts[0], parts[1]];
}
