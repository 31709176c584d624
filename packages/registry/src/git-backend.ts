import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { UserError } from '@mlops-actions/errors';
import { makeFolders } from '@mlops-actions/files';
import { backoffMs, sleep, type Backend, type ChangeSet, type RetryPolicy, type Snapshot, type UpdateOutcome } from './backend.ts';
import { fsWords } from './fs-words.ts';
import { GitCli, GitError, checkGitVersion, isMissingPath, redactUrls } from './git-cli.ts';
import type { Identity, Logger } from './types.ts';

export interface GitBackendOptions {
  /** What follows `git:`: a remote name of the workspace's repository, a URL, or a path. */
  remote: string;
  workspace: string;
  /** What the user wrote (`git:origin`), for messages and cards. */
  uri: string;
  branch: string;
  tempDir: string;
  token?: string | undefined;
  identity?: Identity | undefined;
  /** GITHUB_SERVER_URL: with identity.repository, where `git:origin` goes when the workspace has no usable origin. */
  serverUrl?: string | undefined;
  log?: Logger | undefined;
  retry: RetryPolicy;
}

/** Who registry commits are made by: GitHub's Actions bot, as actions and GitHub's own web flows commit. */
export const COMMITTER = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' } as const;

const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

type PushOutcome =
  | { kind: 'ok' }
  | { kind: 'conflict'; detail: string }
  | { kind: 'transient'; detail: string }
  | { kind: 'refused'; detail: string };

/**
 * A registry on a branch of a git repository, driven through the git CLI.
 *
 * It keeps a private bare repository in the temp dir, a shallow (depth 1) partial clone (no blobs) of
 * just the registry branch: a fetch brings the tip commit and its trees, and git fetches the few blobs
 * a read needs (an index, a card) on demand. So the cost of a read does not grow with the number of
 * versions or the size of stored models. Every file and tree is read through one long-lived
 * `git cat-file --batch` (git-batch.ts), not a process apiece; a later read finds the branch where it
 * was with a `git ls-remote` and fetches nothing. Writes build the new tree with plumbing (read-tree,
 * hash-object, update-index, write-tree, commit-tree) in a private index: no work tree, no checkout.
 * Pushes never force; a rejected push means another writer got in first, so the update is computed
 * again on the new tip and pushed again, with jittered backoff, a bounded number of times.
 */
export class GitBackend implements Backend {
  readonly kind = 'git' as const;
  readonly uri: string;
  private readonly o: GitBackendOptions;
  private cli: GitCli | undefined;
  private workDir: string | undefined;
  private readonly verifiedBlobs = new Map<string, string>();
  private readonly readCache = new Map<string, CommitCache>();
  /** Blobs in the private clone (fetched, read or written here): a prefetch does not ask for them again. */
  private readonly presentBlobs = new Set<string>();
  /** Commits of the registry branch whose commit object and trees are in the private clone. */
  private readonly knownCommits = new Set<string>();
  /** The remote ignores --filter=blob:none: every fetch of the branch brought the blobs too. */
  private unfiltered = false;

  constructor(o: GitBackendOptions) {
    this.o = o;
    this.uri = o.uri;
  }

  describe(path: string): string {
    return `'${path}' on branch '${this.o.branch}' of ${this.o.uri}`;
  }

  private async git(): Promise<GitCli> {
    if (this.cli) return this.cli;
    await checkGitVersion();
    const remoteUrl = await resolveRemote(this.o.remote, this.o.workspace, this.o.uri, {
      serverUrl: this.o.serverUrl,
      repository: this.o.identity?.repository,
      token: this.o.token,
      log: this.o.log,
    });
    await makeFolders(this.o.tempDir);
    this.workDir = await mkdtemp(join(this.o.tempDir, 'mlops-registry-'));
    const gitDir = join(this.workDir, 'repo.git');
    const cli = new GitCli({ gitDir, remoteUrl, token: this.o.token });
    // The bare repository is written here rather than by `git init` (one process less per open, and no
    // template hooks from the runner's init.templateDir): git takes a directory with HEAD, objects/ and
    // refs/ for a repository (gitrepository-layout, https://git-scm.com/docs/gitrepository-layout;
    // setup.c `is_git_directory`).
    for (const d of ['objects/info', 'objects/pack', 'refs/heads', 'refs/tags']) await mkdir(join(gitDir, d), { recursive: true });
    await writeFile(join(gitDir, 'HEAD'), 'ref: refs/heads/unused\n');
    // A partial clone: `origin` is a promisor remote, so blobs missing locally are fetched on demand.
    // Written in one go rather than with one `git config` process per key.
    await writeFile(
      join(gitDir, 'config'),
      [
        '[core]',
        '\trepositoryformatversion = 1',
        '\tfilemode = true',
        '\tbare = true',
        '[extensions]',
        '\tpartialClone = origin',
        '[fetch]',
        '\twriteCommitGraph = false',
        '[remote "origin"]',
        `\turl = ${configValue(remoteUrl)}`,
        '\tpromisor = true',
        '\tpartialclonefilter = blob:none',
        '',
      ].join('\n'),
    );
    this.cli = cli;
    return cli;
  }

  private get trackingRef(): string {
    return `refs/remotes/origin/${this.o.branch}`;
  }

  /**
   * The tip of the registry branch, its commit and trees here; undefined when the branch does not exist
   * yet. When this open registry already holds commits of the branch (fetched or written by it), a
   * `git ls-remote` asks the remote where the branch is: the same commit is not fetched again (a fetch
   * with --depth always sends the tip commit and all its trees anew). Otherwise one fetch of the branch.
   */
  private async fetch(): Promise<string | undefined> {
    const git = await this.git();
    if (this.knownCommits.size) {
      const ref = `refs/heads/${this.o.branch}`;
      const l = await git.run(['ls-remote', 'origin', ref]);
      if (l.code === 0) {
        const tip = l.stdout
          .split('\n')
          .map((line) => line.split('\t'))
          .find(([, name]) => name === ref)?.[0];
        if (tip && this.knownCommits.has(tip)) return tip;
        if (!tip) return undefined;
      }
      // A new tip (or a failed ls-remote, which the fetch reports in its own words): fetch.
    }
    const tip = await this.fetchBranch(git);
    if (tip) this.knownCommits.add(tip);
    return tip;
  }

  private async fetchBranch(git: GitCli): Promise<string | undefined> {
    const r = await git.run([
      'fetch',
      '-q',
      '--no-tags',
      '--depth=1',
      '--filter=blob:none',
      'origin',
      `+refs/heads/${this.o.branch}:${this.trackingRef}`,
    ]);
    if (r.code === 0) {
      // A remote that does not filter (a bare repository without uploadpack.allowFilter, as `git init`
      // makes them) sends every blob of the tip, and git says so (fetch-pack.c: "filtering not recognized
      // by server, ignoring"): then there is nothing to prefetch.
      if (/filtering not recognized by server/i.test(r.stderr)) this.unfiltered = true;
      return (await this.fetchedTip()) ?? (await git.ok(['rev-parse', '--verify', '-q', this.trackingRef])).trim();
    }
    if (/couldn't find remote ref/i.test(r.stderr)) {
      // A branch deleted since an earlier fetch of this open registry leaves no tracking ref behind.
      if (this.knownCommits.size) await git.run(['update-ref', '-d', this.trackingRef]);
      return undefined;
    }
    throw new UserError(`cannot reach the registry ${this.o.uri}: ${lastLines(r.stderr)}`, {
      fix: unreachableFix(this.o.uri, r.stderr),
    });
  }

  /**
   * The commit the fetch just brought, from FETCH_HEAD (a file, no `git rev-parse` process). git-fetch(1),
   * OUTPUT: "The names of refs that are fetched, together with the object names they point at, are
   * written to .git/FETCH_HEAD" (https://git-scm.com/docs/git-fetch#_output), one `<oid> TAB … TAB <what>`
   * line per ref (builtin/fetch.c, `append_fetch_head`). One branch is fetched, so one line.
   */
  private async fetchedTip(): Promise<string | undefined> {
    try {
      const line = (await readFile(join(this.cli!.gitDir, 'FETCH_HEAD'), 'utf8')).split('\n')[0] ?? '';
      return /^([0-9a-f]{40}|[0-9a-f]{64})\t/.exec(line)?.[1];
    } catch {
      return undefined;
    }
  }

  async read(): Promise<Snapshot> {
    const rev = await this.explained('read', () => this.fetch());
    return this.snapshot(rev);
  }

  /** A failed git command becomes a UserError that names the registry, the command and git's own message (redacted). */
  private async explained<T>(what: 'read' | 'write', body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException)?.code;
      if (!(e instanceof GitError) && !(e instanceof UserError) && typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
        // The private clone lives in the temp dir (RUNNER_TEMP): a full or read-only disk shows up here.
        throw new UserError(
          `cannot ${what} the registry ${this.o.uri}: the scratch folder ${this.o.tempDir} is not usable (${fsWords(e)})`,
          {
            fix: 'Free disk space or fix permissions in RUNNER_TEMP, then re-run; nothing was registered',
          },
        );
      }
      if (!(e instanceof GitError)) throw e;
      throw new UserError(`cannot ${what} the registry ${this.o.uri} (branch '${this.o.branch}'): ${redactUrls(e.message)}`, {
        fix:
          what === 'write'
            ? 'Nothing was registered. Re-run the job; if it fails again, check that the runner has disk space in RUNNER_TEMP and that git works there'
            : unreachableFix(this.o.uri, e.result.stderr),
      });
    }
  }

  /** What was read of a commit (path → content, undefined for no such file), for the last few commits read. */
  private commitCache(rev: string): CommitCache {
    let cache = this.readCache.get(rev);
    if (!cache) {
      cache = { files: new Map(), trees: new Map() };
      this.readCache.set(rev, cache);
      // A commit is immutable, so its reads stay right; only the last few commits are worth keeping.
      for (const old of this.readCache.keys()) if (this.readCache.size > 4) this.readCache.delete(old);
    }
    return cache;
  }

  private snapshot(rev: string | undefined): Snapshot {
    const git = this.cli!;
    // A commit's files never change: what was read once (by this view or an earlier view of the same
    // commit) is read from memory again.
    const commit = rev ? this.commitCache(rev) : { files: new Map<string, Buffer | undefined>(), trees: new Map() };
    const cache = commit.files;
    const prefetched = new Set<string>();
    const readBuffer = async (path: string): Promise<Buffer | undefined> => {
      if (!rev) return undefined;
      if (cache.has(path)) return cache.get(path);
      // Through the one `git cat-file --batch` process. It answers `missing` both for a file that is not
      // there and for a blob git could not fetch: its directory (a tree, always here) tells which. What
      // stays unclear (or cannot be asked) is read by a `git cat-file blob` of its own, as before.
      const answer = await git.readObject(`${rev}:${path}`).then(
        (a) => a,
        () => undefined,
      );
      let data: Buffer | undefined;
      if (answer?.kind === 'found' && answer.type === 'blob') {
        data = answer.data;
        this.presentBlobs.add(answer.oid);
      } else if (answer?.kind === 'missing' && (await this.absent(rev, path, commit))) {
        data = undefined;
      } else {
        const r = await git.runBuffer(['cat-file', 'blob', `${rev}:${path}`]);
        if (r.code === 0) data = r.stdout;
        else if (!isMissingPath(r.stderr)) {
          throw new UserError(`cannot read ${this.describe(path)}: ${lastLines(r.stderr)}`, { fix: unreachableFix(this.o.uri, r.stderr) });
        }
      }
      cache.set(path, data);
      return data;
    };
    return {
      revision: rev,
      readBuffer,
      readText: async (path) => (await readBuffer(path))?.toString('utf8'),
      exportFile: async (path, dest) => (rev ? this.explained('read', () => git.blobToFile(`${rev}:${path}`, dest)) : false),
      prefetch: async (paths) => {
        const fresh = paths.filter((p) => !prefetched.has(p));
        for (const p of fresh) prefetched.add(p);
        if (rev && fresh.length) await this.prefetch(rev, fresh, commit);
      },
    };
  }

  /**
   * Brings the blobs of several paths in one round trip, the way git's own lazy fetch asks for missing
   * objects (left alone, git would fetch each blob on first read, one round trip apiece). A path ending
   * in '/' stands for the last entry of that directory (the current log segment), one ending in '/*'
   * for every entry of it. The trees are read through the `git cat-file --batch` process (they are all
   * here: the fetch brings them), and blobs already here or already read are not asked for.
   */
  private async prefetch(rev: string, paths: string[], commit: CommitCache): Promise<void> {
    if (this.unfiltered) return;
    const wanted = new Set<string>();
    try {
      for (const p of paths) {
        if (p.endsWith('/') || p.endsWith('/*')) {
          const dir = p.slice(0, p.endsWith('/') ? -1 : -2);
          const blobs = ((await this.tree(rev, dir, commit)) ?? []).filter((e) => e.type === 'blob');
          if (p.endsWith('/*')) for (const e of blobs) wanted.add(e.oid);
          else {
            // git lists a tree's entries in name order; the last one is the newest segment.
            const last = blobs.reduce<TreeEntry | undefined>((a, e) => (!a || e.name > a.name ? e : a), undefined);
            if (last) wanted.add(last.oid);
          }
        } else if (!commit.files.has(p)) {
          const slash = p.lastIndexOf('/');
          const entry = (await this.tree(rev, slash < 0 ? '' : p.slice(0, slash), commit))?.find(
            (e) => e.name === p.slice(slash + 1) && e.type === 'blob',
          );
          if (entry) wanted.add(entry.oid);
        }
      }
    } catch {
      // Best effort: whatever this does not bring, a read fetches by itself.
    }
    for (const oid of wanted) if (this.presentBlobs.has(oid)) wanted.delete(oid);
    if (!wanted.size) return;
    const git = this.cli!;
    // Best effort: whatever this does not bring, a read fetches by itself.
    const r = await git.run(
      [
        '-c',
        'fetch.negotiationAlgorithm=noop',
        'fetch',
        '-q',
        'origin',
        '--no-tags',
        '--no-write-fetch-head',
        '--recurse-submodules=no',
        '--filter=blob:none',
        '--stdin',
      ],
      {
        input: `${[...wanted].join('\n')}\n`,
      },
    );
    if (r.code === 0) for (const oid of wanted) this.presentBlobs.add(oid);
  }

  /** True when commit `rev` has no file at `path` (its directory does not exist or has no such entry). */
  private async absent(rev: string, path: string, commit: CommitCache): Promise<boolean> {
    const slash = path.lastIndexOf('/');
    try {
      const entries = await this.tree(rev, slash < 0 ? '' : path.slice(0, slash), commit);
      return !entries?.some((e) => e.name === path.slice(slash + 1));
    } catch {
      return false;
    }
  }

  /**
   * The entries of a directory of commit `rev` ('' for the top), read as a tree object through the
   * `git cat-file --batch` process; undefined when there is no such directory. A tree object is a list
   * of `<mode> SP <name> NUL <binary object id>` entries (gitformat-objects / Documentation/technical,
   * tree objects; git's tree-walk.c `decode_tree_entry`).
   */
  private async tree(rev: string, dir: string, commit: CommitCache): Promise<TreeEntry[] | undefined> {
    if (commit.trees.has(dir)) return commit.trees.get(dir);
    const a = await this.cli!.readObject(`${rev}:${dir}`);
    let entries: TreeEntry[] | undefined;
    if (a.kind === 'found' && a.type === 'tree' && a.data) {
      const raw = a.data;
      const idBytes = a.oid.length / 2;
      entries = [];
      let i = 0;
      while (i < raw.length) {
        const space = raw.indexOf(0x20, i);
        const nul = raw.indexOf(0, space + 1);
        if (space < 0 || nul < 0 || nul + 1 + idBytes > raw.length) throw new Error(`cannot parse the tree ${a.oid}`);
        const mode = raw.toString('latin1', i, space);
        entries.push({
          name: raw.toString('utf8', space + 1, nul),
          oid: raw.toString('hex', nul + 1, nul + 1 + idBytes),
          type: mode === '40000' ? 'tree' : mode === '160000' ? 'commit' : 'blob',
        });
        i = nul + 1 + idBytes;
      }
    }
    commit.trees.set(dir, entries);
    return entries;
  }

  update<T>(
    attempt: (s: Snapshot) => Promise<{ changeSet?: ChangeSet | undefined; result: T }>,
    initial?: Snapshot,
  ): Promise<UpdateOutcome<T>> {
    return this.explained('write', () => this.updateLoop(attempt, initial));
  }

  private async updateLoop<T>(
    attempt: (s: Snapshot) => Promise<{ changeSet?: ChangeSet | undefined; result: T }>,
    initial?: Snapshot,
  ): Promise<UpdateOutcome<T>> {
    const policy = this.o.retry;
    let last = '';
    for (let n = 1; n <= policy.attempts; n++) {
      const snap = n === 1 && initial ? initial : await this.read();
      const { changeSet, result } = await attempt(snap);
      if (!changeSet || (changeSet.changes.length === 0 && !changeSet.tag)) return { result };
      const git = await this.git();
      const commit = changeSet.changes.length ? await this.commit(snap.revision, changeSet) : undefined;
      const tag = changeSet.tag ? await this.prepareTag(changeSet.tag, commit ?? snap.revision) : undefined;
      const refspecs = [
        ...(commit ? [`${commit}:refs/heads/${this.o.branch}`] : []),
        ...(tag?.push ? [`refs/tags/${tag.name}:refs/tags/${tag.name}`] : []),
      ];
      if (refspecs.length === 0) return { result, tag: tag?.name };
      const outcome = await this.push(git, refspecs);
      if (outcome.kind === 'ok') {
        // The branch is at this commit now, and its trees and blobs are here: a later read need not fetch it.
        if (commit) this.knownCommits.add(commit);
        this.o.log?.debug?.(`registry: pushed ${refspecs.join(' ')} (attempt ${n})`);
        return { result, revision: commit, tag: tag?.name };
      }
      if (tag?.push) await git.run(['update-ref', '-d', `refs/tags/${tag.name}`]);
      if (outcome.kind === 'refused') {
        throw new UserError(`the registry ${this.o.uri} refused the push to branch '${this.o.branch}': ${outcome.detail}`, {
          fix: "Give the token write access to the repository (in the workflow: 'permissions: contents: write' on this job), or check branch protection rules on the registry branch; nothing was registered",
        });
      }
      last = outcome.detail;
      if (n < policy.attempts) {
        const wait = backoffMs(n, policy);
        this.o.log?.info(
          outcome.kind === 'conflict'
            ? `registry: another writer updated '${this.o.branch}' first; retrying on the new tip in ${wait} ms (attempt ${n + 1} of ${policy.attempts})`
            : `registry: push failed (${outcome.detail}); retrying in ${wait} ms (attempt ${n + 1} of ${policy.attempts})`,
        );
        await sleep(wait);
      }
    }
    throw new UserError(`could not write to the registry ${this.o.uri} after ${policy.attempts} attempts: ${last}`, {
      fix: 'Too many writers at once or an unstable connection: re-run the job (nothing was registered), or serialise registrations with a workflow concurrency group',
    });
  }

  /** Builds the commit on top of `parent` in a private index; returns its id. */
  private async commit(parent: string | undefined, cs: ChangeSet): Promise<string> {
    const git = await this.git();
    const stage = await mkdtemp(join(this.workDir!, 'stage-'));
    try {
      const env = { GIT_INDEX_FILE: join(stage, 'index') };
      await git.ok(parent ? ['read-tree', parent] : ['read-tree', '--empty'], { env });
      // Content changes go through files so that one hash-object call writes every blob.
      const paths: string[] = [];
      for (const [i, c] of cs.changes.entries()) {
        if ('data' in c) {
          const p = join(stage, `blob-${i}`);
          await writeFile(p, c.data);
          paths.push(p);
        } else paths.push(c.source);
      }
      // --stdin-paths reads one path a line: a file name holding a newline is hashed on its own.
      const plain = paths.filter((p) => !p.includes('\n'));
      const listed = plain.length
        ? (await git.ok(['hash-object', '-w', '--no-filters', '--stdin-paths'], { input: `${plain.join('\n')}\n` })).trim().split('\n')
        : [];
      if (listed.length !== plain.length) throw new Error(`git hash-object returned ${listed.length} ids for ${plain.length} files`);
      const oids: string[] = [];
      for (const p of paths)
        oids.push(p.includes('\n') ? (await git.ok(['hash-object', '-w', '--no-filters', '--', p])).trim() : listed.shift()!);
      // Written here: a later read or prefetch of this registry finds them without asking the remote.
      for (const oid of oids) this.presentBlobs.add(oid);
      // Model files are verified as stored: the blob must hash to what the card will say.
      for (const [i, c] of cs.changes.entries()) {
        if ('source' in c) await this.verifyBlob(oids[i]!, c.source, c.sha256, c.size);
      }
      const info = cs.changes.map((c, i) => `100644 ${oids[i]}\t${c.path}\0`).join('');
      await git.ok(['update-index', '-z', '--index-info'], { env, input: info });
      // --missing-ok: the blobs of a partial clone are on the remote, not here; checking each would fetch it.
      const tree = (await git.ok(['write-tree', '--missing-ok'], { env })).trim();
      await this.verifyTree(tree, cs, oids);
      return (
        await git.ok(['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-F', '-'], { env: this.authorEnv(), input: cs.message })
      ).trim();
    } finally {
      await rm(stage, { recursive: true, force: true });
    }
  }

  /**
   * Checks that the tree about to be committed holds every path written, with the content written: git
   * skips some paths without failing (`update-index` only says "Ignoring path" for a `.git` component,
   * for instance), and a card listing a file the commit lacks would make every later download fail.
   */
  private async verifyTree(tree: string, cs: ChangeSet, oids: string[]): Promise<void> {
    // Directories (and top-level files), not every file, as pathspecs: a handful of arguments however
    // many files a model has, and a listing of what this write touched rather than of the whole registry.
    const specs0 = [...new Set(cs.changes.map((c) => (c.path.includes('/') ? c.path.slice(0, c.path.lastIndexOf('/') + 1) : c.path)))];
    const specs = specs0.filter((d) => !specs0.some((o) => o !== d && o.endsWith('/') && d.startsWith(o)));
    const listed = new Map<string, string>();
    const out = await this.cli!.ok(['ls-tree', '-r', '-z', '--full-tree', tree, '--', ...specs.map((d) => `:(literal)${d}`)]);
    for (const rec of out.split('\0')) {
      const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(rec);
      if (m) listed.set(m[2]!, m[1]!);
    }
    const missing = cs.changes.filter((c, i) => listed.get(c.path) !== oids[i]).map((c) => ('source' in c ? c.source : c.path));
    if (missing.length) {
      throw new UserError(
        `git left ${missing.length} file(s) out of the registry commit: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`,
        {
          fix: 'Rename these files (git cannot store names such as .git, or names Windows and macOS treat as .git, in a commit); nothing was registered',
        },
      );
    }
  }

  private async verifyBlob(oid: string, source: string, sha256: string, size: number): Promise<void> {
    if (this.verifiedBlobs.get(oid) === sha256) return;
    const got = await this.cli!.blobSha256(oid);
    if (got.sha256 !== sha256 || got.size !== size) {
      throw new UserError(`the model file ${source} changed while it was being registered (sha256 ${got.sha256}, expected ${sha256})`, {
        fix: 'Register once the training step has finished writing its files; nothing was registered',
      });
    }
    this.verifiedBlobs.set(oid, sha256);
  }

  private authorEnv(): Record<string, string> {
    const author = commitAuthor(this.o.identity);
    return {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: COMMITTER.name,
      GIT_COMMITTER_EMAIL: COMMITTER.email,
    };
  }

  /**
   * Creates the annotated tag locally. It points at `tag.target` (the commit that produced the model)
   * when the remote has it, else at `fallback` (the registry commit). An existing remote tag is left
   * alone (tags are never moved).
   */
  private async prepareTag(
    tag: NonNullable<ChangeSet['tag']>,
    fallback: string | undefined,
  ): Promise<{ name: string; push: boolean } | undefined> {
    const git = await this.git();
    if (tag.counterOf !== undefined) tag = { ...tag, name: `${tag.name}#${(await this.highestGtoCounter(git, tag.counterOf)) + 1}` };
    const existing = await git.run(['ls-remote', '--tags', 'origin', `refs/tags/${tag.name}`]);
    if (existing.code === 0 && existing.stdout.trim() !== '') {
      this.o.log?.info(`registry: tag ${tag.name} already exists; left as it is`);
      return { name: tag.name, push: false };
    }
    let target = fallback;
    // Only object ids go to git here: a value starting with '-' would be read as an option (--upload-pack=…).
    if (tag.target && !OID.test(tag.target))
      throw new UserError(`'${tag.target}' is not a commit id, so the tag cannot point at it`, {
        fix: 'Pass the full 40-hex commit id (GITHUB_SHA)',
      });
    if (tag.target) {
      const r = await git.run(['fetch', '-q', '--no-tags', '--depth=1', '--filter=blob:none', '--end-of-options', 'origin', tag.target]);
      if (r.code === 0) target = tag.target;
      else
        this.o.log?.warning(
          `registry: commit ${tag.target} is not on ${this.o.uri}; tag ${tag.name} points at the registry commit instead`,
        );
    }
    if (!target) return undefined;
    await git.ok(['tag', '-a', '-f', '-m', tag.message, '--end-of-options', tag.name, target], { env: this.authorEnv() });
    return { name: tag.name, push: true };
  }

  /**
   * The highest GTO counter (`…#<n>` at the end of a tag name) among the remote's tags of `artifact`
   * (`<artifact>@…` and `<artifact>#…`); 0 when there is none. GTO numbers an artifact's counted tags
   * in one sequence, whatever the stage (iterative/gto, gto/tag.py `name_tag`).
   */
  private async highestGtoCounter(git: GitCli, artifact: string): Promise<number> {
    const r = await git.run(['ls-remote', '--tags', '--refs', 'origin', `refs/tags/${artifact}@*`, `refs/tags/${artifact}#*`]);
    if (r.code !== 0)
      throw new UserError(`cannot list the tags of ${this.o.uri}: ${lastLines(r.stderr)}`, {
        fix: 'Check that the token can read the repository',
      });
    let max = 0;
    for (const line of r.stdout.split('\n')) {
      const ref = line.split('\t')[1]?.trim().slice('refs/tags/'.length);
      if (!ref || !(ref.startsWith(`${artifact}@`) || ref.startsWith(`${artifact}#`))) continue;
      const m = /#(\d+)$/.exec(ref);
      if (m) max = Math.max(max, Number(m[1]));
    }
    return max;
  }

  private async push(git: GitCli, refspecs: string[]): Promise<PushOutcome> {
    const r = await git.run(['push', '--porcelain', ...(refspecs.length > 1 ? ['--atomic'] : []), 'origin', ...refspecs]);
    if (r.code === 0) return { kind: 'ok' };
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('!\t'));
    const remote = r.stderr
      .split('\n')
      .filter((l) => l.startsWith('remote:'))
      .map((l) => l.replace(/^remote:\s*/, '').trim())
      .filter(Boolean)
      .join(' ');
    if (lines.length) {
      const summary = [...new Set(lines.map((l) => l.split('\t')[2] ?? ''))].join('; ');
      // "already exists": another writer pushed the same tag name first (a GTO counter taken meanwhile).
      if (/\[rejected\].*(non-fast-forward|fetch first|stale info|already exists)/.test(summary))
        return { kind: 'conflict', detail: summary };
      if (/\[remote rejected\].*(lock|incorrect old value|failed to update ref|cannot update)/i.test(summary))
        return { kind: 'conflict', detail: summary };
      return { kind: 'refused', detail: [summary, remote].filter(Boolean).join(' — ') };
    }
    const text = `${remote} ${lastLines(r.stderr)}`.trim();
    if (
      /\b(401|403)\b|denied|not allowed|Authentication failed|Write access to repository not granted|could not read Username/i.test(
        r.stderr,
      )
    ) {
      return { kind: 'refused', detail: text };
    }
    return { kind: 'transient', detail: text };
  }

  async close(): Promise<void> {
    await this.cli?.close();
    this.readCache.clear();
    this.presentBlobs.clear();
    this.knownCommits.clear();
    this.unfiltered = false;
    if (this.workDir) await rm(this.workDir, { recursive: true, force: true });
    this.cli = undefined;
    this.workDir = undefined;
  }
}

/** git's own diagnosis (fatal:/error: lines first), without hints. */
function lastLines(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('hint:'));
  const key = lines.filter((l) => /^(fatal|error):/.test(l));
  return [...new Set(key.length ? key : lines.slice(-3))].join(' ') || 'no message from git';
}

function unreachableFix(uri: string, stderr: string): string {
  if (/Duplicate header/i.test(stderr)) {
    return "git sent two Authorization headers: remove the extra http.<url>.extraheader from the runner's git config (git config --global --unset-all http.<url>.extraheader), or set persist-credentials: false on actions/checkout";
  }
  if (/\b(401|403)\b|Authentication failed|could not read Username/i.test(stderr)) {
    return "The token cannot read the repository: pass a token with 'contents: read' (and 'contents: write' to register) as github-token";
  }
  return `Check that ${uri} names a reachable git remote (a remote of the checked-out workspace such as git:origin, a URL, or a path) and that the token can read it`;
}

/**
 * `git:origin` names a remote of the workspace's repository (as actions/checkout sets it up); a URL
 * (`https://…`, `ssh://…`, `git@host:path`) or a path (absolute, or relative to the workspace) is
 * used as it is.
 */
export async function resolveRemote(
  remote: string,
  workspace: string,
  uri: string,
  o: { serverUrl?: string | undefined; repository?: string | undefined; token?: string | undefined; log?: Logger | undefined } = {},
): Promise<string> {
  if (remote === '')
    throw new UserError(`'${uri}' names no remote`, { input: 'registry', fix: 'Write git:origin, git:<url> or file:<dir>' });
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote) || /^[^/\s]+@[^/\s]+:/.test(remote)) return remote;
  if (/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(remote)) {
    const url = await new Promise<string | undefined>((done) => {
      const env = { ...process.env };
      for (const k of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[k];
      execFile('git', ['-C', workspace, 'remote', 'get-url', '--end-of-options', remote], { env }, (err, stdout) =>
        done(err ? undefined : stdout.trim() || undefined),
      );
    });
    // The repository the workflow runs for, over https with the token: what `origin` means on a runner
    // where the workspace is not a checkout, or was checked out over SSH (a key our private clone lacks).
    const fallback = remote === 'origin' ? repositoryUrl(o.serverUrl, o.repository) : undefined;
    if (url && fallback && isSshUrl(url)) {
      o.log?.info(`registry: origin is an SSH URL; using ${fallback} with the token instead`);
      return fallback;
    }
    // The token goes in a header; credentials left in the remote's URL (an old checkout) would be a second one.
    if (url) return isUrl(url) ? (o.token ? withoutUserinfo(url) : url) : resolve(workspace, url);
    if (fallback) {
      o.log?.info(`registry: the workspace ${workspace} has no git remote 'origin' (no checkout); using ${fallback}`);
      return fallback;
    }
    if (!existsSync(resolve(workspace, remote))) {
      throw new UserError(`the workspace ${workspace} has no git remote named '${remote}'`, {
        input: 'registry',
        fix: "Check out the repository first (actions/checkout), or give the remote's URL or path: git:https://github.com/<owner>/<repo>.git",
      });
    }
  }
  return resolve(workspace, remote);
}

/** `<server>/<owner>/<repo>.git` for an http(s) server URL (github.com or GitHub Enterprise Server, with or without a path). */
function repositoryUrl(serverUrl: string | undefined, repository: string | undefined): string | undefined {
  if (!serverUrl || !repository || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !/^https?:\/\/[^\s@]+$/i.test(serverUrl))
    return undefined;
  return `${serverUrl.replace(/\/+$/, '')}/${repository}.git`;
}

function isSshUrl(s: string): boolean {
  return /^(ssh|git\+ssh|ssh\+git):\/\//i.test(s) || (/^[^/\s]+@[^/\s]+:/.test(s) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(s));
}

function withoutUserinfo(url: string): string {
  if (!/^https?:\/\//i.test(url)) return url;
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return url;
    u.username = '';
    u.password = '';
    return u.href;
  } catch {
    return url;
  }
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

/**
 * The author of registry commits: the workflow's actor with the noreply address GitHub attributes to
 * that account (`<id>+<login>@users.noreply.github.com`, or `<login>@users.noreply.github.com` when the
 * id is unknown); a person's own name and email when the writer gives them (`identity.author`, the
 * `mlops` command on a laptop); the Actions bot otherwise (a local run).
 */
export function commitAuthor(identity: Identity | undefined): { name: string; email: string } {
  const a = identity?.author;
  // git refuses (or mangles) names and emails with angle brackets or line breaks.
  if (a?.name.trim() && /^[^\s<>@]+@[^\s<>@]+$/.test(a.email) && !/[<>\n\r\0]/.test(a.name)) return { name: a.name.trim(), email: a.email };
  const login = identity?.actor;
  if (!login || !LOGIN.test(login)) return { ...COMMITTER };
  const id = identity?.actorId;
  return {
    name: login,
    email: id && /^\d{1,20}$/.test(id) ? `${id}+${login}@users.noreply.github.com` : `${login}@users.noreply.github.com`,
  };
}

function isUrl(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^[^/\s]+@[^/\s]+:/.test(s);
}

/** A value for a git config file: quoted, with backslashes and quotes escaped. */
function configValue(v: string): string {
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** What was read of one commit: files by path (undefined: no such file) and directories by path. */
interface CommitCache {
  files: Map<string, Buffer | undefined>;
  trees: Map<string, TreeEntry[] | undefined>;
}

interface TreeEntry {
  name: string;
  oid: string;
  type: 'blob' | 'tree' | 'commit';
}
