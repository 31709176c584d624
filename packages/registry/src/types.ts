/**
 * The public types of the registry. Other packages (validate-metrics, train-gate, deploy, drift-report)
 * depend on these: change them only additively.
 */

import type { Logger } from '@mlops-actions/errors';

/** Where a registry lives: `git:<remote>` (a branch of a git repository) or `file:<dir>` (a local directory). */
export type RegistryUri = `git:${string}` | `file:${string}`;

export type Bump = 'major' | 'minor' | 'patch';

/**
 * A model name, a version and an alias are checked once, where they enter the suite (an action's
 * input, a command's argument, a file the registry reads), by `parseModelName`, `parseModelVersion`
 * and `parseAlias`. The registry's methods take these branded strings: a plain string does not
 * compile, so no method needs to check its arguments again. They read as plain strings.
 */
export type ModelName = string & { readonly __brand: 'ModelName' };
/** A semantic version as the registry stores it (`1.4.0`, `2.0.0-rc.1`): see {@link ModelName}. */
export type ModelVersion = string & { readonly __brand: 'ModelVersion' };
/** An alias such as `production`: see {@link ModelName}. */
export type Alias = string & { readonly __brand: 'Alias' };

/** Where a version's files are kept: the registry itself (branch or directory), GitHub Release assets, or a directory. */
export type StoreChoice = 'auto' | 'registry' | 'release' | `file:${string}`;

/** The suite's one logger type (see @mlops-actions/errors). */
export type { Logger };

/** Who and what is writing: recorded on alias moves and in the audit log. */
export interface Identity {
  actor?: string | undefined;
  runUrl?: string | undefined;
  /** The workflow run id, when known. */
  runId?: string | undefined;
  /** The numeric id of `actor` (GITHUB_ACTOR_ID): registry commits are authored as `<id>+<login>@users.noreply.github.com`. */
  actorId?: string | undefined;
  /** `owner/name` of the repository the writer runs in. */
  repository?: string | undefined;
  /**
   * The commit author when the writer is a person outside GitHub Actions (the `mlops` command on a
   * laptop: git's user.name and user.email). Takes precedence over `actor` for authorship only.
   */
  author?: { name: string; email: string } | undefined;
}

/** The minimal octokit surface the Release store needs (createGitHubClient from @mlops-actions/github returns one). */
export interface ReleaseClient {
  // Typed loosely on purpose: the registry needs four REST calls and accepts any octokit.
  request: (
    route: string,
    parameters?: Record<string, unknown>,
  ) => Promise<{ status: number; data: unknown; headers: Record<string, unknown> }>;
}

export interface GitHubTarget {
  octokit: ReleaseClient;
  owner: string;
  repo: string;
  /** Multiplies the waits between the store's own upload retries (default 1; openRegistry sets its `timeScale`). */
  timeScale?: number | undefined;
}

export interface OpenRegistryOptions {
  uri: string;
  /** Branch holding a git: registry. Default `mlops-registry`. */
  branch?: string;
  /** Resolves relative `file:` paths and names the remote of `git:<remote-name>` (e.g. `git:origin`). */
  workspace: string;
  /** Scratch space for the temporary clone and staged downloads (RUNNER_TEMP on a runner). Default: the OS temp dir. */
  tempDir?: string;
  /** Token for https git remotes; sent as an HTTP header, never written to disk or printed. */
  token?: string;
  /**
   * The GitHub server (GITHUB_SERVER_URL, e.g. https://github.com or a GitHub Enterprise Server URL).
   * With `identity.repository`, `git:origin` falls back to `<serverUrl>/<repository>.git` when the
   * workspace is not a checkout or its origin is an SSH URL.
   */
  serverUrl?: string;
  /** For the Release store (large models) and its downloads. */
  github?: GitHubTarget;
  identity?: Identity;
  log?: Logger;
  /** Bounds of the retry loop on rejected pushes or a busy lock. */
  retry?: { attempts?: number; baseMs?: number; maxMs?: number };
  /**
   * Multiplies every back-off wait (rejected pushes, Release upload retries); default 1. The action kit
   * passes MLOPS_ACTIONS_TIME_SCALE (0 in tests: retries at once, same number and order).
   */
  timeScale?: number | undefined;
  /** Lines per segment of the history and audit logs of new models (defaults 100 and 250); only tests change it. */
  segmentLines?: number;
}

/** One file of a model version, as the card records it. */
export interface CardFile {
  /** POSIX path relative to the model root (the same path a download recreates). */
  path: string;
  size: number;
  /** Lower-case hex SHA-256 of the content. */
  sha256: string;
}

export type StoreLocation =
  | { kind: 'registry' }
  | { kind: 'release'; owner: string; repo: string; tag: string; releaseId: number; assets: Record<string, { id: number; name: string }> }
  | { kind: 'file'; uri: string };

export interface Lineage {
  /** `owner/name`. */
  repository?: string | undefined;
  commit?: string | undefined;
  ref?: string | undefined;
  workflow?: string | undefined;
  job?: string | undefined;
  runId?: string | undefined;
  runAttempt?: string | undefined;
  runUrl?: string | undefined;
  actor?: string | undefined;
  event?: string | undefined;
  pullRequest?: number | undefined;
}

export interface DataLineage {
  /** The dataset hash from data-hash, e.g. `sha256:<hex>`. */
  hash: string;
  files?: number | undefined;
  bytes?: number | undefined;
  algorithm?: string | undefined;
  /** Path of the manifest it came from, as given. */
  manifest?: string | undefined;
}

export interface ValidationSummary {
  passed: boolean;
  /** Names of the failed checks (metric or rule), empty when it passed. */
  failed: string[];
  /** Number of checks in the report, when it says. */
  checks?: number | undefined;
  /** `sha256:<hex>` of the report file as given; the report itself is kept as the `validation-report` attachment. */
  reportDigest: string;
}

/** The parts of a train-gate fingerprint: hashes of the data, code, params and extra key ('-' when not given). */
export interface TrainingParts {
  data: string;
  code: string;
  params: string;
  extra: string;
}

export type AttachmentName = 'reference-profile' | 'validation-report' | 'plots';

export interface Attachment {
  /** Path relative to the version's folder in the registry. */
  path: string;
  size: number;
  sha256: string;
}

export const CARD_SCHEMA = 'mlops-actions/model-card@1';

export interface ModelCard {
  schema: typeof CARD_SCHEMA;
  name: ModelName;
  version: ModelVersion;
  createdAt: string;
  description?: string | undefined;
  /** The dataset-hash rule of data-hash applied to the model files (`sha256:<hex>`). */
  digest: string;
  bytes: number;
  files: CardFile[];
  store: StoreLocation;
  lineage: Lineage;
  data?: DataLineage | undefined;
  params?: Record<string, unknown> | undefined;
  metrics?: Record<string, unknown> | undefined;
  validation?: ValidationSummary | undefined;
  /** The training fingerprint from train-gate, when given. */
  fingerprint?: string | undefined;
  /** Its parts (train-gate's `fingerprint-parts`), so a later gate can tell which part changed. */
  training?: TrainingParts | undefined;
  attachments?: Partial<Record<AttachmentName, Attachment>> | undefined;
  /** `<registry>#<name>@<version>`, e.g. `git:origin#churn@1.2.0`. */
  uri: string;
  /** The registration number of this version within its model (1 for the first one registered). */
  sequence: number;
  /**
   * Set when the version was deprecated (retired): deploy and fetch-model refuse it unless allowed.
   * The model's index is the record of it; the card on the registry shows a copy.
   */
  deprecated?: Deprecation | undefined;
}

/** Why, when and by whom a version was deprecated. */
export interface Deprecation {
  reason: string;
  at: string;
  actor?: string | undefined;
  runUrl?: string | undefined;
}

/** One version as the model's index lists it: enough for lists and trend charts without reading cards. */
export interface VersionSummary {
  version: ModelVersion;
  digest: string;
  createdAt: string;
  bytes: number;
  files: number;
  store: StoreLocation['kind'];
  /** Numeric metrics, flattened with dots (at most {@link INDEX_METRICS_LIMIT}). */
  metrics: Record<string, number>;
  /** The validate-metrics verdict recorded on the card, or null when none was. */
  validation: 'passed' | 'failed' | null;
  commit?: string | undefined;
  runUrl?: string | undefined;
  dataHash?: string | undefined;
  /** The deprecation reason, when the version is deprecated (read from the index, not the history line). */
  deprecated?: string | undefined;
}

export const INDEX_METRICS_LIMIT = 20;

export interface AliasState {
  version: ModelVersion;
  since: string;
  actor?: string | undefined;
  runUrl?: string | undefined;
}

/** One line of the audit log. */
export interface AuditEntry {
  at: string;
  /** `register` a version, move (or remove) an alias, `deprecate` a version or `restore` a deprecated one. */
  action: 'register' | 'alias' | 'deprecate' | 'restore';
  model: string;
  version?: string | undefined;
  alias?: string | undefined;
  /** Previous target of the alias (null: it was not set). */
  from?: string | null | undefined;
  /** New target of the alias (null: it was removed). */
  to?: string | null | undefined;
  actor?: string | undefined;
  runUrl?: string | undefined;
  reason?: string | undefined;
}

export interface AliasMove {
  model: ModelName;
  alias: Alias;
  from: ModelVersion | null;
  to: ModelVersion | null;
  at: string;
  actor?: string | undefined;
  runUrl?: string | undefined;
  reason?: string | undefined;
  /** False when the alias already pointed there (nothing was written). */
  moved: boolean;
  /** The GTO tag pushed with the move (`gtoTag: true`, git: registries), e.g. `churn#production#3`. */
  tag?: string | undefined;
}

export interface ModelSummary {
  name: ModelName;
  latest: ModelVersion | undefined;
  versions: number;
  aliases: Record<string, string>;
  updatedAt: string;
  /** Deprecated versions (absent when none). */
  deprecated?: string[] | undefined;
}

export interface DeprecateOptions {
  /** Why (required to deprecate; recorded in the audit log, the index, the card and the catalog). */
  reason: string;
  /** Undo: the version is usable again. */
  restore?: boolean | undefined;
  /** Also push GTO's deregistration tag `<name>@v<version>!#<n>` (git: registries; not on restore). */
  gtoTag?: boolean | undefined;
}

export interface DeprecateResult {
  model: ModelName;
  version: ModelVersion;
  /** The deprecation now in force (undefined after a restore). */
  deprecated: Deprecation | undefined;
  /** False when the version was already in the requested state (nothing was written). */
  changed: boolean;
  /** Aliases that still point at the version. */
  aliases: string[];
  /** The GTO tag pushed, when asked. */
  tag?: string | undefined;
}

export interface RegisterOptions {
  name: ModelName;
  /** The model files: patterns (files, directories, globs) relative to `root`, hashed by the data-hash rule. */
  files: { root: string; paths: string[]; exclude?: string[] };
  /** Explicit version; otherwise `bump` from the highest registered version (first version: bump of 0.0.0). */
  version?: ModelVersion | undefined;
  bump?: Bump | undefined;
  store?: StoreChoice | undefined;
  metrics?: Record<string, unknown> | undefined;
  params?: Record<string, unknown> | undefined;
  data?: DataLineage | undefined;
  /**
   * A validate-metrics report, already read by its producer's reader (readMetricsReport of
   * @mlops-actions/metrics): its verdict and digest; the file is kept as an attachment.
   */
  validation?: { summary: ValidationSummary; file: string } | undefined;
  /** A drift-report reference profile (JSON file) kept with the version. */
  referenceProfile?: string | undefined;
  /**
   * Training curves and custom plots kept with the version as its `plots` attachment (plots.json):
   * the bundle register-model builds from its plots input (format `mlops-actions/plots@1`, written and
   * read by @mlops-actions/metrics), so validate-metrics with a registry baseline can chart against it.
   */
  plots?: string | undefined;
  fingerprint?: string | undefined;
  training?: TrainingParts | undefined;
  description?: string | undefined;
  lineage?: Lineage | undefined;
  /** Point this alias at the version (an audited move). */
  alias?: Alias | undefined;
  /** Push the tag `<name>@v<version>` (git: registries only). */
  tag?: boolean | undefined;
}

export interface RegisterResult {
  card: ModelCard;
  /** False when the same files were already registered: the existing version is returned, nothing written. */
  created: boolean;
  /** The alias move, when `alias` was given. */
  alias?: AliasMove | undefined;
  /** The tag pushed (or already present), when `tag` was true. */
  tag?: string | undefined;
}

export interface DownloadResult {
  dir: string;
  files: { path: string; absolute: string; size: number; sha256: string }[];
  card: ModelCard;
}

export interface Registry {
  /** `git:<remote>#<branch>` or `file:<dir>`. */
  readonly uri: string;
  readonly kind: 'git' | 'file';
  register(o: RegisterOptions): Promise<RegisterResult>;
  /** The card of a version, of the version an alias points at, or of the latest version; undefined when there is none. */
  resolve(name: ModelName, ref?: { version?: ModelVersion | undefined; alias?: Alias | undefined }): Promise<ModelCard | undefined>;
  /**
   * Versions of a model with their main metrics, newest (highest semver) first; [] for an unknown model.
   * With `limit`, only the `limit` most recently registered ones (what a trend chart needs, read at a
   * cost that does not grow with the number of versions).
   */
  versions(name: ModelName, o?: { limit?: number | undefined }): Promise<VersionSummary[]>;
  /** Alias → version of a model. */
  aliases(name: ModelName): Promise<Record<string, AliasState>>;
  models(): Promise<ModelSummary[]>;
  /** The card of a version; a UserError when there is none. */
  card(name: ModelName, version: ModelVersion): Promise<ModelCard>;
  /** Fetches every file into destDir, verifying each sha256; refuses (UserError) and removes what it wrote on a mismatch. */
  download(name: ModelName, version: ModelVersion, destDir: string): Promise<DownloadResult>;
  readAttachment(name: ModelName, version: ModelVersion, attachment: AttachmentName): Promise<Buffer | undefined>;
  /**
   * Points `alias` at `version` (null removes it). With `expectedFrom` (a version, or null for "not set")
   * it is a compare-and-set: when the alias moved meanwhile, it fails with a UserError and writes nothing.
   */
  setAlias(
    name: ModelName,
    alias: Alias,
    version: ModelVersion | null,
    o?: { expectedFrom?: ModelVersion | null | undefined; reason?: string | undefined; gtoTag?: boolean | undefined },
  ): Promise<AliasMove>;
  /** The audit log (registrations and alias moves) of a model, oldest first; only moves of `alias` when given. */
  auditLog(name: ModelName, alias?: Alias): Promise<AuditEntry[]>;
  /** Alias moves of a model, oldest first. */
  aliasHistory(name: ModelName, alias?: Alias): Promise<AliasMove[]>;
  /**
   * Deprecates a registered version (with a reason), or restores it (`restore: true`). The files and
   * card stay; deploy and fetch-model refuse the version unless allowed. Audited like an alias move.
   */
  deprecate(name: ModelName, version: ModelVersion, o: DeprecateOptions): Promise<DeprecateResult>;
  /** Deprecated versions of a model: version → deprecation. */
  deprecations(name: ModelName): Promise<Record<string, Deprecation>>;
  /** Removes the temporary clone. */
  close(): Promise<void>;
}
