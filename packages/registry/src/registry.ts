import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { UserError } from '@mlops-actions/errors';
import { makeFolders, sha256Bytes, sha256File } from '@mlops-actions/files';
import { hashPaths } from '@mlops-actions/hashing';
import type { Backend, Change, ChangeSet, Snapshot } from './backend.ts';
import { catalogEntry, renderReadme } from './catalog.ts';
import {
  corrupted,
  emptyCatalog,
  emptyIndex,
  flattenMetrics,
  isSafeRelativePath,
  layout,
  parseCard,
  parseCatalog,
  parseDigestMarker,
  parseIndex,
  parseLog,
  toJson,
  type Catalog,
  type LogState,
  type ModelIndex,
} from './layout.ts';
import { checkFiniteValues } from './reports.ts';
import { fsCreateWords, fsWords } from './fs-words.ts';
import { compareVersionsDesc, highestVersion, isModelVersion, nextVersion, versionTag } from './names.ts';
import {
  AUTO_STORE_THRESHOLD,
  downloadAsset,
  fileStoreFile,
  fileUriToDir,
  putFileStore,
  putReleaseStore,
  type ModelFiles,
  type Stored,
} from './stores.ts';
import {
  CARD_SCHEMA,
  INDEX_METRICS_LIMIT,
  type Alias,
  type AliasMove,
  type AliasState,
  type Attachment,
  type AttachmentName,
  type AuditEntry,
  type CardFile,
  type DeprecateOptions,
  type DeprecateResult,
  type Deprecation,
  type DownloadResult,
  type GitHubTarget,
  type Identity,
  type Logger,
  type ModelCard,
  type ModelName,
  type ModelVersion,
  type ModelSummary,
  type RegisterOptions,
  type RegisterResult,
  type Registry,
  type StoreChoice,
  type VersionSummary,
} from './types.ts';
import { copyHashed } from './verify.ts';

export interface RegistryContext {
  workspace: string;
  tempDir: string;
  branch?: string | undefined;
  github?: GitHubTarget | undefined;
  identity?: Identity | undefined;
  log?: Logger | undefined;
  /** Lines per log segment of new models (defaults HISTORY_SEGMENT_LINES / AUDIT_SEGMENT_LINES; smaller in tests). */
  segmentLines?: number | undefined;
}

const ATTACHMENT_FILES: Record<AttachmentName, string> = {
  'reference-profile': 'reference-profile.json',
  'validation-report': 'validation-report.json',
  plots: 'plots.json',
};

type StoreKind = { kind: 'registry' } | { kind: 'release' } | { kind: 'file'; dir: string };

/** The registry's logic over a backend (git branch or directory): every rule lives here, once. */
export class RegistryImpl implements Registry {
  private readonly backend: Backend;
  private readonly ctx: RegistryContext;

  constructor(backend: Backend, ctx: RegistryContext) {
    this.backend = backend;
    this.ctx = ctx;
  }

  get uri(): string {
    return this.backend.uri;
  }

  get kind(): 'git' | 'file' {
    return this.backend.kind;
  }

  // ----- reading ---------------------------------------------------------------------------------

  private async readIndex(s: Snapshot, name: ModelName): Promise<ModelIndex | undefined> {
    const path = layout.index(name);
    const text = await s.readText(path);
    return text === undefined ? undefined : parseIndex(text, this.backend.describe(path), name);
  }

  private async readCatalog(s: Snapshot): Promise<Catalog | undefined> {
    const text = await s.readText(layout.catalog);
    return text === undefined ? undefined : parseCatalog(text, this.backend.describe(layout.catalog));
  }

  /** The committed lines of one segment of a log. */
  private async readSegment<T>(s: Snapshot, log: LogState, path: string, segment: number): Promise<T[]> {
    const keep = segment < log.segment ? log.perSegment : segment === log.segment ? log.lines : 0;
    if (keep === 0) return [];
    const text = await s.readText(path);
    if (text === undefined) throw corrupted(this.backend.describe(path), 'the file is missing though the index counts lines in it');
    return parseLog<T>(text, this.backend.describe(path), keep);
  }

  private async readLog<T>(s: Snapshot, log: LogState, pathOf: (segment: number) => string): Promise<T[]> {
    const out: T[] = [];
    for (let seg = 1; seg <= log.segment; seg++) out.push(...(await this.readSegment<T>(s, log, pathOf(seg), seg)));
    return out;
  }

  /** The history line of the `seq`-th registered version (1-based). */
  private async historyLine(s: Snapshot, index: ModelIndex, seq: number): Promise<VersionSummary | undefined> {
    if (!Number.isInteger(seq) || seq < 1 || seq > index.count) return undefined;
    const segment = Math.ceil(seq / index.history.perSegment);
    const lines = await this.readSegment<VersionSummary>(s, index.history, layout.historySegment(index.name, segment), segment);
    return lines[(seq - 1) % index.history.perSegment];
  }

  /**
   * The card of a registered version, or undefined. A card counts only when its history line (found
   * through its sequence number) names it: a card a writer left without committing the index does not.
   */
  private async committedCard(s: Snapshot, index: ModelIndex | undefined, version: ModelVersion): Promise<ModelCard | undefined> {
    if (!index || index.count === 0) return undefined;
    const path = layout.card(index.name, version);
    const text = await s.readText(path);
    if (text === undefined) return undefined;
    const card = parseCard(text, this.backend.describe(path), index.name, version);
    const line = await this.historyLine(s, index, card.sequence);
    return line && line.version === version && line.digest === card.digest ? card : undefined;
  }

  /** The version registered with these files (the last one, if several were), or undefined. */
  private async cardByDigest(s: Snapshot, index: ModelIndex | undefined, digest: string): Promise<ModelCard | undefined> {
    if (!index || index.count === 0) return undefined;
    const path = layout.digest(index.name, digest);
    const text = await s.readText(path);
    if (text === undefined) return undefined;
    const marker = parseDigestMarker(text, this.backend.describe(path));
    const line = await this.historyLine(s, index, marker.seq);
    if (!line || line.version !== marker.version || line.digest !== digest) return undefined;
    return this.committedCard(s, index, marker.version);
  }

  private async pick(
    s: Snapshot,
    index: ModelIndex,
    ref: { version?: ModelVersion | undefined; alias?: Alias | undefined },
  ): Promise<ModelCard | undefined> {
    let version: ModelVersion | undefined;
    if (ref.version !== undefined) version = ref.version;
    else if (ref.alias !== undefined) version = index.aliases[ref.alias]?.version;
    else version = index.latest;
    if (version === undefined) return undefined;
    const card = await this.committedCard(s, index, version);
    // An alias or `latest` names a version the index holds: a missing card is damage, not a miss.
    if (!card && ref.version === undefined)
      throw corrupted(this.backend.describe(layout.index(index.name)), `it names version ${version}, which has no registered card`);
    return card;
  }

  async resolve(
    name: ModelName,
    ref: { version?: ModelVersion | undefined; alias?: Alias | undefined } = {},
  ): Promise<ModelCard | undefined> {
    const version = ref.version;
    const s = await this.backend.read();
    await s.prefetch?.([layout.index(name), ...(version ? [layout.card(name, version)] : []), layout.historyDir(name)]);
    const index = await this.readIndex(s, name);
    return index ? withDeprecation(await this.pick(s, index, ref), index) : undefined;
  }

  async versions(name: ModelName, o: { limit?: number | undefined } = {}): Promise<VersionSummary[]> {
    const s = await this.backend.read();
    const limit = o.limit !== undefined && o.limit > 0 ? Math.floor(o.limit) : undefined;
    await s.prefetch?.([layout.index(name), limit ? layout.historyDir(name) : `${layout.historyDir(name)}*`]);
    const index = await this.readIndex(s, name);
    if (!index) return [];
    let lines: VersionSummary[];
    if (limit === undefined) lines = await this.readLog<VersionSummary>(s, index.history, (seg) => layout.historySegment(name, seg));
    else {
      // Only the last segments: what a trend chart needs costs the same with 10 or 10,000 versions.
      lines = [];
      for (let seg = index.history.segment; seg >= 1 && lines.length < limit; seg--) {
        lines.unshift(...(await this.readSegment<VersionSummary>(s, index.history, layout.historySegment(name, seg), seg)));
      }
      lines = lines.slice(-limit);
    }
    // History lines are read from the registry: a boundary, so their versions are checked once, here.
    const bad = lines.find((l) => typeof l.version !== 'string' || !isModelVersion(l.version));
    if (bad)
      throw corrupted(
        this.backend.describe(layout.historyDir(name)),
        `a line names ${JSON.stringify(bad.version)}, which is not a version`,
      );
    const deprecated = index.deprecated ?? {};
    return lines
      .map((l) => (deprecated[l.version] ? { ...l, deprecated: deprecated[l.version]!.reason } : l))
      .sort((a, b) => compareVersionsDesc(a.version, b.version));
  }

  async aliases(name: ModelName): Promise<Record<string, AliasState>> {
    const index = await this.readIndex(await this.backend.read(), name);
    return index ? { ...index.aliases } : {};
  }

  async models(): Promise<ModelSummary[]> {
    const catalog = await this.readCatalog(await this.backend.read());
    return Object.entries(catalog?.models ?? {})
      .map(([name, m]) => ({
        name: name as ModelName, // parseCatalog checked the names
        latest: m.latest,
        versions: m.versions,
        aliases: { ...m.aliases },
        updatedAt: m.updatedAt,
        ...(m.deprecated && Object.keys(m.deprecated).length ? { deprecated: Object.keys(m.deprecated).sort(compareVersionsDesc) } : {}),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The card of a registered version, or a UserError that lists recent versions. */
  private async requireCard(s: Snapshot, name: ModelName, version: ModelVersion): Promise<ModelCard> {
    const index = await this.readIndex(s, name);
    if (!index)
      throw new UserError(`there is no model '${name}' in the registry ${this.uri}`, { fix: 'Check the model name, or register it first' });
    const card = await this.committedCard(s, index, version);
    if (card) return withDeprecation(card, index)!;
    const recent = (
      await this.readSegment<VersionSummary>(s, index.history, layout.historySegment(name, index.history.segment), index.history.segment)
    )
      .map((e) => e.version)
      .sort(compareVersionsDesc)
      .slice(0, 5);
    throw new UserError(`model '${name}' has no version ${version} in the registry ${this.uri}`, {
      fix: recent.length ? `Registered versions include ${recent.join(', ')} (the most recent ones)` : 'Check the version',
    });
  }

  async card(name: ModelName, version: ModelVersion): Promise<ModelCard> {
    const s = await this.backend.read();
    // What requireCard reads, in one round trip on a git: registry.
    await s.prefetch?.([layout.index(name), layout.card(name, version), layout.historyDir(name)]);
    return this.requireCard(s, name, version);
  }

  async download(name: ModelName, version: ModelVersion, destDir: string): Promise<DownloadResult> {
    const v = version;
    const s = await this.backend.read();
    await s.prefetch?.([layout.index(name), layout.card(name, v), layout.historyDir(name)]);
    const card = await this.requireCard(s, name, v);
    // Model files stored on the branch: all their blobs in one round trip rather than one apiece.
    if (card.store.kind === 'registry') await s.prefetch?.(card.files.map((f) => layout.file(name, v, f.path)));
    try {
      await makeFolders(destDir);
    } catch (e) {
      throw new UserError(`cannot create the download folder ${destDir}: ${fsCreateWords(e)}`, {
        fix: 'Download into a writable folder (a path under the workspace or RUNNER_TEMP that is not a file)',
      });
    }
    const staging = join(destDir, `.mlops-download-${randomBytes(6).toString('hex')}`);
    try {
      for (const f of card.files) {
        const tmp = join(staging, f.path);
        await makeFolders(dirname(tmp));
        const got = await this.fetchStored(s, card, f, tmp);
        if (!got || got.sha256 !== f.sha256 || got.size !== f.size) {
          throw new UserError(
            got
              ? `${f.path} of ${name}@${v} does not match its model card: sha256 ${got.sha256} (${got.size} bytes), the card says ${f.sha256} (${f.size} bytes)`
              : `${f.path} of ${name}@${v} is missing from its store (${card.store.kind})`,
            {
              fix: 'The stored copy was altered or lost: do not deploy it. Restore the store from its history or register the model again under a new version',
            },
          );
        }
      }
      const files: DownloadResult['files'] = [];
      for (const f of card.files) {
        const dest = join(destDir, f.path);
        await makeFolders(dirname(dest));
        await rename(join(staging, f.path), dest);
        files.push({ path: f.path, absolute: dest, size: f.size, sha256: f.sha256 });
      }
      return { dir: destDir, files, card };
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  private async fetchStored(
    s: Snapshot,
    card: ModelCard,
    f: CardFile,
    dest: string,
  ): Promise<{ sha256: string; size: number } | undefined> {
    const store = card.store;
    if (store.kind === 'registry') {
      const ok = await s.exportFile(layout.file(card.name, card.version, f.path), dest);
      return ok ? sha256File(dest) : undefined;
    }
    if (store.kind === 'file') {
      // Only a store directory the registry writes is read (a card pointing elsewhere is refused unread).
      const source = await fileStoreFile(store.uri, card, f.path);
      if (!source) return undefined;
      try {
        return await copyHashed(source, dest);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new UserError(`cannot read ${source}: ${fsWords(e)}`, {
          fix: 'Check that the file store directory is reachable from this runner',
        });
      }
    }
    const asset = store.assets[f.path];
    if (!asset) return undefined;
    const gh = this.ctx.github;
    if (!gh) {
      throw new UserError(
        `the files of ${card.name}@${card.version} are GitHub Release assets of ${store.owner}/${store.repo}, and no GitHub client is configured`,
        {
          fix: 'Run on GitHub (or set GITHUB_REPOSITORY and a token) to download them',
        },
      );
    }
    return downloadAsset({ ...gh, owner: store.owner, repo: store.repo }, asset.id, dest);
  }

  async readAttachment(name: ModelName, version: ModelVersion, attachment: AttachmentName): Promise<Buffer | undefined> {
    const v = version;
    const s = await this.backend.read();
    await s.prefetch?.([
      layout.index(name),
      layout.card(name, v),
      layout.historyDir(name),
      layout.attachment(name, v, ATTACHMENT_FILES[attachment]),
    ]);
    const card = await this.committedCard(s, await this.readIndex(s, name), v);
    const a = card?.attachments?.[attachment];
    if (!a) return undefined;
    const path = layout.attachment(name, v, a.path);
    const data = await s.readBuffer(path);
    if (!data || sha256Bytes(data) !== a.sha256) {
      throw new UserError(
        `the ${attachment} of ${name}@${v} (${this.backend.describe(path)}) ${data ? 'does not match its sha256 on the card' : 'is missing'}`,
        {
          fix: 'The registry was altered: restore the file from its history',
        },
      );
    }
    return data;
  }

  async auditLog(name: ModelName, alias?: Alias): Promise<AuditEntry[]> {
    const s = await this.backend.read();
    const index = await this.readIndex(s, name);
    if (!index) return [];
    const out = await this.readLog<AuditEntry>(s, index.audit, (seg) => layout.auditSegment(name, seg));
    return alias === undefined ? out : out.filter((e) => e.action === 'alias' && e.alias === alias);
  }

  async aliasHistory(name: ModelName, alias?: Alias): Promise<AliasMove[]> {
    const log = await this.auditLog(name, alias);
    return log
      .filter((e) => e.action === 'alias')
      .map((e) => ({
        // The audit log is the registry's own record, written from checked names and versions.
        model: e.model as ModelName,
        alias: e.alias! as Alias,
        from: (e.from ?? null) as ModelVersion | null,
        to: (e.to ?? null) as ModelVersion | null,
        at: e.at,
        actor: e.actor,
        runUrl: e.runUrl,
        reason: e.reason,
        moved: true,
      }));
  }

  // ----- writing ---------------------------------------------------------------------------------

  private now(): string {
    return new Date().toISOString();
  }

  private who(lineage?: { actor?: string | undefined; runUrl?: string | undefined }): { actor?: string; runUrl?: string } {
    const actor = this.ctx.identity?.actor ?? lineage?.actor;
    const runUrl = this.ctx.identity?.runUrl ?? lineage?.runUrl;
    return { ...(actor ? { actor } : {}), ...(runUrl ? { runUrl } : {}) };
  }

  /** Appends lines to a segmented log: rewrites only its last segment (and starts new ones when full). */
  private async appendLog(
    s: Snapshot,
    log: LogState,
    pathOf: (segment: number) => string,
    lines: string[],
    changes: Change[],
  ): Promise<LogState> {
    let { segment, lines: count } = log;
    // Keep exactly the lines the index counts (a writer that died before its commit point may have left more).
    let text =
      count > 0 ? (await this.readSegment<unknown>(s, log, pathOf(segment), segment)).map((l) => `${JSON.stringify(l)}\n`).join('') : '';
    for (const line of lines) {
      if (count >= log.perSegment) {
        changes.push({ path: pathOf(segment), data: text });
        segment++;
        count = 0;
        text = '';
      }
      text += `${line}\n`;
      count++;
    }
    if (lines.length) changes.push({ path: pathOf(segment), data: text });
    return { perSegment: log.perSegment, segment, lines: count };
  }

  /**
   * Adds the log lines, the index, the catalog and the README to a change set, in that order: the
   * index is the commit point of a file: registry.
   */
  private async finishChanges(
    s: Snapshot,
    index: ModelIndex,
    audit: AuditEntry[],
    added: VersionSummary | undefined,
    changes: Change[],
    now: string,
  ): Promise<void> {
    const name = index.name;
    if (added) {
      index.history = await this.appendLog(s, index.history, (seg) => layout.historySegment(name, seg), [JSON.stringify(added)], changes);
      index.count++;
      index.latest = highestVersion([...(index.latest ? [index.latest] : []), added.version]);
    }
    const total = index.audit.total + audit.length;
    index.audit = {
      ...(await this.appendLog(
        s,
        index.audit,
        (seg) => layout.auditSegment(name, seg),
        audit.map((e) => JSON.stringify(e)),
        changes,
      )),
      total,
    };
    index.updatedAt = now;
    changes.push({ path: layout.index(name), data: toJson(index) });
    const catalog = (await this.readCatalog(s)) ?? emptyCatalog(now);
    catalog.models[name] = catalogEntry(index, catalog.models[name], added);
    catalog.updatedAt = now;
    changes.push({ path: layout.catalog, data: toJson(catalog) });
    changes.push({ path: layout.readme, data: renderReadme(catalog, { kind: this.backend.kind, branch: this.ctx.branch }) });
  }

  private moveAlias(
    index: ModelIndex,
    alias: Alias,
    to: ModelVersion | null,
    now: string,
    who: { actor?: string; runUrl?: string },
    reason?: string,
  ): { move: AliasMove; entry?: AuditEntry } {
    const from = index.aliases[alias]?.version ?? null;
    const base = { model: index.name, alias, from, to, at: now, ...who, ...(reason ? { reason } : {}) };
    if (from === to) return { move: { ...base, moved: false } };
    if (to === null) delete index.aliases[alias];
    else index.aliases[alias] = { version: to, since: now, ...who };
    return {
      move: { ...base, moved: true },
      entry: { at: now, action: 'alias', model: index.name, alias, from, to, ...who, ...(reason ? { reason } : {}) },
    };
  }

  private chooseStore(choice: StoreChoice, bytes: number): StoreKind {
    if (choice.startsWith('file:')) return { kind: 'file', dir: fileUriToDir(choice, this.ctx.workspace) };
    if (choice === 'registry') return { kind: 'registry' };
    if (choice === 'release') {
      if (!this.ctx.github) {
        throw new UserError('store: release needs a GitHub repository and token, and none is configured', {
          input: 'store',
          fix: 'Run on GitHub (GITHUB_REPOSITORY is set there), or use store: registry or store: file:<dir>',
        });
      }
      return { kind: 'release' };
    }
    if (choice !== 'auto') {
      throw new UserError(`'${choice}' is not a store`, { input: 'store', fix: 'Use auto, registry, release or file:<dir>' });
    }
    // A file: registry is a directory: any size fits. A branch is cloned by people and CI, so large models go to Release assets.
    if (this.backend.kind === 'file' || bytes <= AUTO_STORE_THRESHOLD) return { kind: 'registry' };
    if (this.ctx.github) return { kind: 'release' };
    throw new UserError(
      `the model is ${(bytes / 1048576).toFixed(1)} MiB, above the ${AUTO_STORE_THRESHOLD / 1048576} MiB that store: auto keeps on the registry branch, and GitHub Release assets are not available (no GitHub repository or token)`,
      { input: 'store', fix: 'Set store: registry to keep it on the branch anyway, or store: file:<dir>' },
    );
  }

  async register(o: RegisterOptions): Promise<RegisterResult> {
    const name = o.name;
    const explicit = o.version !== undefined && o.version !== '' ? o.version : undefined;
    const alias = o.alias ? o.alias : undefined;
    const bump = o.bump ?? 'minor';
    if (!['major', 'minor', 'patch'].includes(bump))
      throw new UserError(`'${bump}' is not a bump`, { input: 'bump', fix: 'Use major, minor or patch' });

    if (o.metrics) checkFiniteValues(o.metrics, { input: 'metrics', words: true });
    if (o.params) checkFiniteValues(o.params, { input: 'params' });
    const commit = o.lineage?.commit;
    if (commit !== undefined && !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(commit)) {
      throw new UserError(`the commit ${JSON.stringify(commit.slice(0, 80))} (GITHUB_SHA) is not a git commit id`, {
        fix: 'GITHUB_SHA must be the full 40-hex id of the commit the workflow runs on: do not override it in env:; nothing was registered',
      });
    }

    // A `.git` folder (a model cloned from a hub) is the clone's own history, not the model, and git
    // cannot commit a path through `.git` (it would silently drop it): such folders are left out.
    const gitDirs = await gitFolders(o.files.root, o.files.paths);
    if (gitDirs.length) {
      this.ctx.log?.warning(
        `register-model: left out ${gitDirs.length === 1 ? 'the git folder' : `${gitDirs.length} git folders`} ${gitDirs.slice(0, 5).join(', ')}${gitDirs.length > 5 ? ', …' : ''} of the model files (a clone's history is not part of the model, and git cannot store it in the registry)`,
      );
    }
    const manifest = await hashPaths({
      root: o.files.root,
      paths: o.files.paths,
      exclude: [...(o.files.exclude ?? []), GIT_DIR_PATTERN],
      input: 'path',
    });
    if (manifest.files === 0) {
      throw new UserError('matched no file', {
        input: 'path',
        fix: 'Point it at the model files the training wrote (a file, a directory or globs)',
      });
    }
    const files: CardFile[] = manifest.entries.map((e) => ({ path: e.path, size: e.size, sha256: e.digest }));
    for (const f of files) {
      if (!isSafeRelativePath(f.path))
        throw new UserError(`the model file path '${f.path}' cannot be stored`, { input: 'path', fix: 'Rename the file' });
      const bad = f.path.split('/').find((p) => GIT_LOOKALIKE.test(p));
      if (bad !== undefined) {
        throw new UserError(
          `the model file '${f.path}' cannot be stored in a git registry: '${bad}' is a name git and GitHub treat as '.git'`,
          {
            input: 'path',
            fix: 'Rename or remove it before registering; nothing was registered',
          },
        );
      }
    }
    const digest = manifest.hash;
    const digestHex = digest.slice('sha256:'.length);
    const model: ModelFiles = { root: o.files.root, files, digestHex };

    // Attachments are read now: what is stored is what was validated.
    const attachments: { name: AttachmentName; data: Buffer }[] = [];
    if (o.referenceProfile) attachments.push({ name: 'reference-profile', data: await readInput(o.referenceProfile, 'reference-profile') });
    if (o.validation) attachments.push({ name: 'validation-report', data: await readInput(o.validation.file, 'validation-report') });
    if (o.plots !== undefined) attachments.push({ name: 'plots', data: Buffer.from(o.plots, 'utf8') });

    // What an attempt reads, fetched in one round trip on a git: registry.
    const reads = [
      layout.index(name),
      layout.catalog,
      layout.auditDir(name),
      layout.historyDir(name),
      layout.digest(name, digest),
      ...(explicit ? [layout.card(name, explicit)] : []),
    ];
    const initial = await this.backend.read();
    await initial.prefetch?.(reads);
    const index0 = await this.readIndex(initial, name);
    const existing0 = explicit ? await this.committedCard(initial, index0, explicit) : await this.cardByDigest(initial, index0, digest);
    const store = this.chooseStore(o.store ?? 'auto', manifest.bytes);

    let stored: Stored | undefined;
    if (!existing0 && store.kind === 'file') stored = await putFileStore(store.dir, name, model, this.ctx.log);
    if (!existing0 && store.kind === 'release') stored = await putReleaseStore(this.ctx.github!, name, model, this.ctx.log);

    const lineage = o.lineage ?? {};
    const who = this.who(lineage);
    let outcome;
    try {
      outcome = await this.backend.update(async (s) => {
        const now = this.now();
        await s.prefetch?.(reads);
        const found = await this.readIndex(s, name);
        const index = found ?? emptyIndex(name, now, { history: this.ctx.segmentLines, audit: this.ctx.segmentLines });
        const entry = explicit ? await this.committedCard(s, found, explicit) : await this.cardByDigest(s, found, digest);
        if (explicit && entry && entry.digest !== digest) {
          throw new UserError(
            `${name}@${explicit} is already registered with different files (digest ${entry.digest}, these files are ${digest})`,
            {
              input: 'version',
              fix: 'Versions are immutable: register these files under a new version, or leave version empty to bump',
            },
          );
        }
        const changes: Change[] = [];
        const audit: AuditEntry[] = [];
        let card: ModelCard;
        let added: VersionSummary | undefined;
        if (entry) {
          // The same files again: the existing version, deprecated or not (the card says which).
          card = withDeprecation(entry, index)!;
        } else {
          const version = explicit ?? nextVersion(index.latest ? [index.latest] : [], bump);
          const sequence = index.count + 1;
          let location = stored?.location;
          if (store.kind === 'registry') {
            location = { kind: 'registry' };
            for (const f of files)
              changes.push({ path: layout.file(name, version, f.path), source: join(model.root, f.path), sha256: f.sha256, size: f.size });
          }
          const att: Partial<Record<AttachmentName, Attachment>> = {};
          for (const a of attachments) {
            const file = ATTACHMENT_FILES[a.name];
            att[a.name] = { path: file, size: a.data.length, sha256: sha256Bytes(a.data) };
            changes.push({ path: layout.attachment(name, version, file), data: a.data });
          }
          card = {
            schema: CARD_SCHEMA,
            name,
            version,
            createdAt: now,
            ...(o.description ? { description: o.description } : {}),
            digest,
            bytes: manifest.bytes,
            files,
            store: location!,
            lineage: stripUndefined(lineage),
            ...(o.data ? { data: stripUndefined(o.data) } : {}),
            ...(o.params ? { params: o.params } : {}),
            ...(o.metrics ? { metrics: o.metrics } : {}),
            ...(o.validation ? { validation: o.validation.summary } : {}),
            ...(o.fingerprint ? { fingerprint: o.fingerprint } : {}),
            ...(o.training ? { training: o.training } : {}),
            ...(attachments.length ? { attachments: att } : {}),
            uri: `${this.uri}#${name}@${version}`,
            sequence,
          };
          changes.push({ path: layout.card(name, version), data: toJson(card) });
          changes.push({ path: layout.digest(name, digest), data: toJson({ version, seq: sequence }) });
          added = stripUndefined({
            version,
            digest,
            createdAt: now,
            bytes: manifest.bytes,
            files: files.length,
            store: card.store.kind,
            metrics: flattenMetrics(o.metrics, INDEX_METRICS_LIMIT),
            validation: o.validation ? (o.validation.summary.passed ? 'passed' : 'failed') : null,
            commit: lineage.commit,
            runUrl: lineage.runUrl,
            dataHash: o.data?.hash,
          }) as VersionSummary;
          audit.push({ at: now, action: 'register', model: name, version, ...who });
        }
        let move: AliasMove | undefined;
        if (alias) {
          const m = this.moveAlias(index, alias, card.version, now, who, entry ? 're-registration of the same files' : 'registered');
          move = m.move;
          if (m.entry) audit.push(m.entry);
        }
        const result: RegisterResult = { card, created: !entry, ...(move ? { alias: move } : {}) };
        const tag = o.tag
          ? { name: versionTag(name, card.version), target: lineage.commit, message: `Model ${name} version ${card.version} (${digest})` }
          : undefined;
        if (!changes.length && !audit.length) return { result, changeSet: tag ? { changes: [], message: '', tag } : undefined };
        await this.finishChanges(s, index, audit, added, changes, now);
        const subject = entry
          ? `alias ${name} ${alias} → ${card.version}`
          : `register ${name}@${card.version}${alias ? ` as ${alias}` : ''}`;
        const changeSet: ChangeSet = { changes, message: commitMessage(subject, digest, who), tag };
        return { result, changeSet };
      }, initial);
    } catch (e) {
      if (stored?.created) await this.removeUnreferenced(stored, name, digest);
      throw e;
    }
    // When a concurrent writer registered the same files first, its card points at the same
    // content-addressed copy: it stays.
    if (o.tag && this.backend.kind === 'git' && outcome.tag) outcome.result.tag = outcome.tag;
    return outcome.result;
  }

  /**
   * Removes a stored copy this run made for a registration that failed, unless a version with the
   * same files exists meanwhile: the copy is content-addressed, so another writer may be using it.
   */
  private async removeUnreferenced(stored: Stored, name: ModelName, digest: string): Promise<void> {
    try {
      const s = await this.backend.read();
      if (await this.cardByDigest(s, await this.readIndex(s, name), digest)) return;
      await stored.remove();
    } catch {
      // An unreferenced copy is harmless; the registration's own error is the one to report.
    }
  }

  async setAlias(
    name: ModelName,
    alias: Alias,
    version: ModelVersion | null,
    o: { expectedFrom?: ModelVersion | null | undefined; reason?: string | undefined; gtoTag?: boolean | undefined } = {},
  ): Promise<AliasMove> {
    const to = version;
    const expected = o.expectedFrom;
    const who = this.who();
    const outcome = await this.backend.update(async (s) => {
      const now = this.now();
      await s.prefetch?.([layout.index(name), layout.catalog, layout.auditDir(name), ...(to ? [layout.card(name, to)] : [])]);
      const index = await this.readIndex(s, name);
      if (!index)
        throw new UserError(`there is no model '${name}' in the registry ${this.uri}`, {
          fix: 'Check the model name, or register it first',
        });
      const target = to === null ? undefined : await this.committedCard(s, index, to);
      if (to !== null && !target) {
        throw new UserError(`model '${name}' has no version ${to}, so alias '${alias}' cannot point at it`, {
          fix: 'Register the version first, or check the version',
        });
      }
      const current = index.aliases[alias]?.version ?? null;
      if (expected !== undefined && current !== expected) {
        throw new UserError(
          `alias '${alias}' of '${name}' moved meanwhile: it points at ${current ?? 'nothing'}, expected ${expected ?? 'nothing'}; it was left unchanged`,
          {
            fix: 'Another run changed it (e.g. a concurrent deployment); re-run to act on the current state, and use a workflow concurrency group per environment',
          },
        );
      }
      const { move, entry } = this.moveAlias(index, alias, to, now, who, o.reason);
      if (!entry) return { result: move };
      const changes: Change[] = [];
      await this.finishChanges(s, index, [entry], undefined, changes, now);
      // GTO reads a stage assignment as a tag on the commit its version tag (<name>@v<version>) is on.
      const gto = o.gtoTag
        ? {
            name: `${name}#${alias}${to === null ? '!' : ''}`,
            counterOf: name,
            target: (target ?? (move.from ? await this.committedCard(s, index, move.from) : undefined))?.lineage.commit,
            message:
              to === null ? `Unassign stage ${alias} from ${name} ${move.from ?? ''}`.trim() : `Assign stage ${alias} to ${name} v${to}`,
          }
        : undefined;
      return {
        result: move,
        changeSet: {
          changes,
          message: commitMessage(`alias ${name} ${alias}: ${move.from ?? '(none)'} → ${to ?? '(none)'}`, undefined, who),
          tag: gto,
        },
      };
    });
    const result = outcome.result;
    if (o.gtoTag && this.backend.kind === 'git' && outcome.tag) result.tag = outcome.tag;
    return result;
  }

  async deprecations(name: ModelName): Promise<Record<string, Deprecation>> {
    const index = await this.readIndex(await this.backend.read(), name);
    return { ...(index?.deprecated ?? {}) };
  }

  async deprecate(name: ModelName, version: ModelVersion, o: DeprecateOptions): Promise<DeprecateResult> {
    const v = version;
    const restore = o.restore === true;
    const reason = (o.reason ?? '').trim();
    if (!restore && reason === '') {
      throw new UserError(`deprecating ${name}@${v} needs a reason`, {
        input: 'reason',
        fix: 'Say why the version must not be used (e.g. "trained on leaked labels"); it is shown to whoever tries to deploy or fetch it',
      });
    }
    if (reason.length > 500)
      throw new UserError(`the reason is ${reason.length} characters long`, {
        input: 'reason',
        fix: 'Keep it under 500 characters; link to an issue for details',
      });
    const who = this.who();
    const outcome = await this.backend.update(async (s) => {
      const now = this.now();
      await s.prefetch?.([layout.index(name), layout.catalog, layout.auditDir(name), layout.card(name, v), layout.historyDir(name)]);
      const index = await this.readIndex(s, name);
      if (!index) throw new UserError(`there is no model '${name}' in the registry ${this.uri}`, { fix: 'Check the model name' });
      const card = await this.committedCard(s, index, v);
      if (!card) await this.requireCard(s, name, v);
      const current = index.deprecated?.[v];
      const aliases = Object.entries(index.aliases)
        .filter(([, a]) => a.version === v)
        .map(([a]) => a)
        .sort();
      if (restore ? !current : current !== undefined) {
        return { result: { model: name, version: v, deprecated: current, changed: false, aliases } as DeprecateResult };
      }
      const changes: Change[] = [];
      let deprecation: Deprecation | undefined;
      const deprecated = { ...(index.deprecated ?? {}) };
      if (restore) delete deprecated[v];
      else {
        deprecation = { reason, at: now, ...who };
        deprecated[v] = deprecation;
      }
      if (Object.keys(deprecated).length) index.deprecated = deprecated;
      else delete index.deprecated;
      // The card on the registry shows it too (a copy: the index decides, see withDeprecation).
      const shown: ModelCard = { ...card! };
      if (deprecation) shown.deprecated = deprecation;
      else delete shown.deprecated;
      changes.push({ path: layout.card(name, v), data: toJson(shown) });
      const entry: AuditEntry = {
        at: now,
        action: restore ? 'restore' : 'deprecate',
        model: name,
        version: v,
        ...who,
        ...(reason ? { reason } : {}),
      };
      await this.finishChanges(s, index, [entry], undefined, changes, now);
      const subject = restore ? `restore ${name}@${v}` : `deprecate ${name}@${v}`;
      // GTO's deregistration tag: <name>@v<version>!#<n> on the version's commit.
      const gto =
        o.gtoTag && !restore
          ? {
              name: `${versionTag(name, v)}!`,
              counterOf: name,
              target: card!.lineage.commit,
              message: `Deregister ${name} v${v}: ${reason}`,
            }
          : undefined;
      return {
        result: { model: name, version: v, deprecated: deprecation, changed: true, aliases } as DeprecateResult,
        changeSet: {
          changes,
          message: commitMessage(`${subject}${reason ? `: ${reason.split('\n')[0]!.slice(0, 120)}` : ''}`, card!.digest, who),
          tag: gto,
        },
      };
    });
    const result = outcome.result;
    if (o.gtoTag && this.backend.kind === 'git' && outcome.tag) result.tag = outcome.tag;
    return result;
  }

  close(): Promise<void> {
    return this.backend.close();
  }
}

/** The card with the deprecation the index records (the index decides: a card copy can lag behind it). */
function withDeprecation(card: ModelCard | undefined, index: ModelIndex): ModelCard | undefined {
  if (!card) return card;
  const d = index.deprecated?.[card.version];
  if (d) return { ...card, deprecated: d };
  if (card.deprecated === undefined) return card;
  const { deprecated: _stale, ...rest } = card;
  return rest as ModelCard;
}

/** `.git` in any case, as a name at any depth (hashing's exclude patterns without '/' match names anywhere). */
const GIT_DIR_PATTERN = '.[gG][iI][tT]';
/** Names git refuses as `.git` on NTFS or which GitHub's checks reject: `.git.`, `.git `, `git~1`, `.git::$DATA`. */
const GIT_LOOKALIKE = /^(?:\.git[. ]+|\.git[. ]*:.*|git~\d+)$/i;

/** The `.git` folders (or files) inside the plain (non-glob) model paths, relative to root, for a warning. */
async function gitFolders(root: string, paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  let budget = 100_000;
  const walk = async (abs: string, rel: string): Promise<void> => {
    if (budget-- <= 0 || found.length >= 20) return;
    let entries;
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (/^\.git$/i.test(e.name)) found.push(r);
      else if (e.isDirectory()) await walk(join(abs, e.name), r);
    }
  };
  for (const p of paths) {
    if (p.startsWith('!') || /[*?[\]{}]/.test(p)) continue;
    const abs = resolvePath(root, p);
    const st = await stat(abs).catch(() => undefined);
    const rel = p === '.' ? '' : p.replace(/^\.\//, '').replace(/\/+$/, '');
    if (/^\.git$/i.test(rel.split('/').pop() ?? '')) found.push(rel);
    else if (st?.isDirectory()) await walk(abs, rel);
  }
  return found;
}

async function readInput(path: string, input: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    throw new UserError(`cannot read ${path}: ${fsWords(e)}`, { input, fix: 'Check the path; it is relative to the workspace' });
  }
}

function commitMessage(subject: string, digest: string | undefined, who: { actor?: string; runUrl?: string }): string {
  const trailers = [
    digest ? `Model-Digest: ${digest}` : '',
    who.actor ? `Registered-By: ${who.actor}` : '',
    who.runUrl ? `Run: ${who.runUrl}` : '',
  ].filter(Boolean);
  return `${subject}\n${trailers.length ? `\n${trailers.join('\n')}\n` : ''}`;
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
