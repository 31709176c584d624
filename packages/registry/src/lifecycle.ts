/**
 * What a person or a workflow does with registered versions, as plain functions over an open
 * {@link Registry}: list, show, history, promote, roll back, deprecate, remove an alias, and fetch a
 * version's files (verified) into a folder. The fetch-model action and the `mlops registry` command
 * call these; each refuses bad input with a UserError naming the input and the fix.
 */
import { randomBytes } from 'node:crypto';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '@mlops-actions/errors';
import { makeFolders, writeJsonAtomic } from '@mlops-actions/files';
import { code, escapeText, table } from '@mlops-actions/markdown';
import { fsCreateWords, fsWords } from './fs-words.ts';
import { parseAlias, parseModelVersion } from './names.ts';
import type {
  Alias,
  AliasMove,
  AliasState,
  AuditEntry,
  DeprecateResult,
  Deprecation,
  Logger,
  ModelCard,
  ModelName,
  ModelSummary,
  ModelVersion,
  Registry,
  VersionSummary,
} from './types.ts';

/**
 * Which version, as a person wrote it (an input, an option): an explicit one, `latest` (the highest
 * registered), or the one an alias points at. {@link parseVersionRef} checks it.
 */
export interface VersionRef {
  version?: string | undefined;
  alias?: string | undefined;
}

/** Input names used in messages (an action's inputs, or a command's options). */
export interface RefInputs {
  model?: string;
  version?: string;
  alias?: string;
  allowDeprecated?: string;
}

const DEFAULT_INPUTS: Required<RefInputs> = { model: 'model', version: 'version', alias: 'alias', allowDeprecated: 'allow-deprecated' };

/**
 * Checks a version reference: exactly one of version and alias; `latest` (any case) as version means
 * the highest registered version. Returns the form `Registry.resolve` takes.
 */
export function parseVersionRef(ref: VersionRef, names: RefInputs = {}): ParsedRef {
  const n = { ...DEFAULT_INPUTS, ...names };
  const version = ref.version?.trim() || undefined;
  const alias = ref.alias?.trim() || undefined;
  if ((version === undefined) === (alias === undefined)) {
    throw new UserError(
      version === undefined ? 'give a version (or latest), or an alias that points at one' : 'give version or alias, not both',
      {
        input: version === undefined ? n.version : n.alias,
        fix: `Set '${n.version}: 1.4.0', '${n.version}: latest' or '${n.alias}: production'`,
      },
    );
  }
  if (alias !== undefined) return { alias: parseAlias(alias, { input: n.alias }) };
  if (version!.toLowerCase() === 'latest') return {};
  return { version: parseModelVersion(version!, { input: n.version }) };
}

/** A checked version reference, the form `Registry.resolve` takes: a version, an alias, or neither (latest). */
export interface ParsedRef {
  version?: ModelVersion;
  alias?: Alias;
}

function describeRef(ref: ParsedRef): string {
  return ref.version ?? (ref.alias ? `alias ${ref.alias}` : 'latest');
}

/**
 * The card a reference names, or a UserError naming the input at fault (no such model, version or
 * alias) with what does exist.
 */
export async function resolveVersion(registry: Registry, name: ModelName, ref: VersionRef, names: RefInputs = {}): Promise<ModelCard> {
  return resolveParsed(registry, name, parseVersionRef(ref, names), names);
}

async function resolveParsed(registry: Registry, name: ModelName, r: ParsedRef, names: RefInputs = {}): Promise<ModelCard> {
  const n = { ...DEFAULT_INPUTS, ...names };
  const card = await registry.resolve(name, r);
  if (card) return card;
  const versions = await registry.versions(name, { limit: 5 });
  if (versions.length === 0) {
    throw new UserError(`there is no model '${name}' in the registry ${registry.uri}`, {
      input: n.model,
      fix: 'Check the model name and the registry (and registry-branch)',
    });
  }
  if (r.alias !== undefined) {
    const known = Object.entries(await registry.aliases(name)).map(([a, s]) => `${a} → ${s.version}`);
    throw new UserError(`alias '${r.alias}' of model '${name}' is not set`, {
      input: n.alias,
      fix: known.length
        ? `Set aliases are ${known.join(', ')}; or give a version`
        : `No alias of '${name}' is set yet; give a version (or latest) instead`,
    });
  }
  throw new UserError(`model '${name}' has no version ${r.version ?? 'latest'} in the registry ${registry.uri}`, {
    input: n.version,
    fix: `Registered versions include ${versions.map((v) => v.version).join(', ')} (the most recent ones)`,
  });
}

/**
 * A UserError when the version is deprecated and that is not allowed (`what`: what is refused, e.g.
 * "fetched", "deployed"); a warning through `log` when it is allowed.
 */
export function refuseDeprecated(card: ModelCard, allow: boolean, what: string, input = 'allow-deprecated', log?: Logger): void {
  const d = card.deprecated;
  if (!d) return;
  const text = `${card.name} ${card.version} is deprecated (${d.reason}; ${d.at.replace('T', ' ').replace(/\.\d+Z$/, 'Z')}${d.actor ? ` by ${d.actor}` : ''})`;
  if (allow) {
    log?.warning(`${text}; using it because ${input} is true`);
    return;
  }
  throw new UserError(`${text}, so it is not ${what}`, {
    input,
    fix: `Use another version (the registry's catalog lists them), restore this one ('mlops registry deprecate ${card.name} ${card.version} --restore'), or set '${input}: true' to use it anyway`,
  });
}

// ----- reading ----------------------------------------------------------------------------------

export function listModels(registry: Registry): Promise<ModelSummary[]> {
  return registry.models();
}

export interface ModelDetails {
  card: ModelCard;
  aliases: Record<string, AliasState>;
  /** Versions, newest (highest) first, each with its deprecation reason when deprecated. */
  versions: VersionSummary[];
  deprecated: Record<string, Deprecation>;
}

/** One version's card with the model's aliases, versions and deprecations. */
export async function showModel(
  registry: Registry,
  name: ModelName,
  ref: VersionRef = { version: 'latest' },
  names: RefInputs = {},
): Promise<ModelDetails> {
  const card = await resolveVersion(registry, name, ref, names);
  // One after the other: a git: registry reads through one clone, which takes one fetch at a time.
  const aliases = await registry.aliases(name);
  const versions = await registry.versions(name);
  const deprecated = await registry.deprecations(name);
  return { card, aliases, versions, deprecated };
}

/** The audit log of a model (registrations, alias moves and removals, deprecations), oldest first; only moves of `alias` when given. */
export async function modelHistory(
  registry: Registry,
  name: ModelName,
  o: { alias?: Alias | undefined; limit?: number | undefined } = {},
): Promise<AuditEntry[]> {
  const all = await registry.auditLog(name, o.alias);
  if (all.length === 0 && (await registry.versions(name, { limit: 1 })).length === 0) {
    throw new UserError(`there is no model '${name}' in the registry ${registry.uri}`, {
      input: 'model',
      fix: 'Check the model name and the registry',
    });
  }
  return o.limit && o.limit > 0 ? all.slice(-o.limit) : all;
}

// ----- writing ----------------------------------------------------------------------------------

export interface PromoteOptions {
  reason?: string | undefined;
  allowDeprecated?: boolean | undefined;
  /** Compare-and-set: fail unless the alias points here now (null: not set). */
  expectedFrom?: ModelVersion | null | undefined;
  /** Also push GTO's stage tag `<name>#<alias>#<n>` (git: registries), so GTO users can read the move. */
  gtoTags?: boolean | undefined;
}

export interface PromoteResult extends AliasMove {
  card: ModelCard;
}

/**
 * Points `alias` at a version (given by version, `latest`, or another alias, e.g. promote what
 * `staging` names to `production`). A deprecated version is refused unless allowed. Audited.
 */
export async function promote(
  registry: Registry,
  name: ModelName,
  ref: VersionRef,
  alias: Alias,
  o: PromoteOptions = {},
): Promise<PromoteResult> {
  const parsed = parseVersionRef(ref);
  const card = await resolveParsed(registry, name, parsed);
  refuseDeprecated(card, o.allowDeprecated === true, 'promoted');
  const move = await registry.setAlias(name, alias, card.version, {
    expectedFrom: o.expectedFrom,
    reason: o.reason ?? `promote ${describeRef(parsed)}`,
    gtoTag: o.gtoTags,
  });
  return { ...move, card };
}

/**
 * Moves `alias` back to the version it pointed at before its current one (the `from` of the move
 * that set it), or to `to` when given. Rolling back twice undoes the first rollback. Refuses when
 * there is nothing to go back to, or the target is deprecated (unless allowed). Compare-and-set: a
 * concurrent move makes it fail and write nothing.
 */
export async function rollback(
  registry: Registry,
  name: ModelName,
  alias: Alias,
  o: {
    to?: ModelVersion | undefined;
    reason?: string | undefined;
    allowDeprecated?: boolean | undefined;
    gtoTags?: boolean | undefined;
  } = {},
): Promise<PromoteResult> {
  const current = (await registry.aliases(name))[alias]?.version;
  if (current === undefined) {
    throw new UserError(`alias '${alias}' of model '${name}' is not set, so there is nothing to roll back`, {
      input: 'alias',
      fix: 'Check the alias name, or promote a version to it',
    });
  }
  let target = o.to;
  if (target === undefined) {
    const moves = await registry.aliasHistory(name, alias);
    const last = [...moves].reverse().find((m) => m.to === current);
    target = last?.from ?? undefined;
    if (target === undefined) {
      throw new UserError(
        `alias '${alias}' of model '${name}' pointed at no version before ${current}, so there is nothing to roll back to`,
        {
          input: 'alias',
          fix: 'Give the version to go back to explicitly, or remove the alias',
        },
      );
    }
  }
  if (target === current)
    throw new UserError(`alias '${alias}' of model '${name}' already points at ${current}`, { input: 'to', fix: 'Give another version' });
  const card = await resolveParsed(registry, name, { version: target }, { version: 'to' });
  refuseDeprecated(card, o.allowDeprecated === true, 'rolled back to');
  const move = await registry.setAlias(name, alias, target, {
    expectedFrom: current,
    reason: o.reason ?? `rollback from ${current}`,
    gtoTag: o.gtoTags,
  });
  return { ...move, card };
}

/** Deprecates a version (with a reason) or restores it. */
export async function deprecate(
  registry: Registry,
  name: ModelName,
  version: ModelVersion,
  o: { reason: string; restore?: boolean | undefined; gtoTags?: boolean | undefined },
): Promise<DeprecateResult> {
  return registry.deprecate(name, version, {
    reason: o.reason,
    restore: o.restore,
    gtoTag: o.gtoTags,
  });
}

/**
 * Removes an alias (audited). Removing an alias that is not set is refused, naming the set ones.
 * `card` is the card of the version the alias named (for the alias-removed event).
 */
export async function removeAlias(
  registry: Registry,
  name: ModelName,
  alias: Alias,
  o: { reason?: string | undefined; gtoTags?: boolean | undefined } = {},
): Promise<AliasMove & { card: ModelCard }> {
  const aliases = await registry.aliases(name);
  const current = aliases[alias]?.version;
  if (current === undefined) {
    const known = Object.keys(aliases);
    throw new UserError(`alias '${alias}' of model '${name}' is not set`, {
      input: 'alias',
      fix: known.length ? `Set aliases are ${known.join(', ')}` : `No alias of '${name}' is set`,
    });
  }
  const card = await registry.card(name, current);
  const move = await registry.setAlias(name, alias, null, { expectedFrom: current, reason: o.reason ?? 'removed', gtoTag: o.gtoTags });
  return { ...move, card };
}

// ----- fetching ---------------------------------------------------------------------------------

export interface FetchOptions {
  name: ModelName;
  ref: VersionRef;
  /** Destination folder (absolute). It must not exist, or be empty, unless `overwrite`. */
  dest: string;
  /** Replace a non-empty destination (swapped in only after every file is verified). */
  overwrite?: boolean | undefined;
  allowDeprecated?: boolean | undefined;
  /** Where to write a copy of the model card (JSON), outside the destination; a function gets the card (to name the file after the version). */
  cardPath?: string | ((card: ModelCard) => string) | undefined;
  /** Input names for messages. */
  inputs?: RefInputs & { path?: string; overwrite?: string };
  /** Where the warning about a deprecated version used anyway goes. */
  log?: Logger | undefined;
}

export interface FetchResult {
  card: ModelCard;
  dir: string;
  files: { path: string; size: number; sha256: string }[];
  /** True when a previous content of the destination was replaced. */
  replaced: boolean;
  /** Where the card copy was written, when asked. */
  cardPath?: string | undefined;
}

/**
 * Fetches a version's files into `dest`: every file is downloaded into a staging folder beside the
 * destination and verified (sha256 and size against the card), then the folder is renamed into
 * place. A tampered or missing file, a deprecated version (unless allowed) or a non-empty destination
 * (unless `overwrite`) fails with a UserError and leaves nothing at `dest`.
 */
export async function fetchModel(registry: Registry, o: FetchOptions): Promise<FetchResult> {
  const pathInput = o.inputs?.path ?? 'path';
  const overwriteInput = o.inputs?.overwrite ?? 'overwrite';
  const card = await resolveVersion(registry, o.name, o.ref, o.inputs);
  refuseDeprecated(card, o.allowDeprecated === true, 'fetched', o.inputs?.allowDeprecated ?? 'allow-deprecated', o.log);

  const existing = await inspectDest(o.dest, pathInput);
  if (existing === 'non-empty' && !o.overwrite) {
    throw new UserError(`the destination ${o.dest} already holds files`, {
      input: pathInput,
      fix: `Fetch into a new or empty folder, or set '${overwriteInput}: true' to replace what is there (only after every file is verified)`,
    });
  }
  const parent = dirname(o.dest);
  // The first folder this fetch created above the destination: removed again on a failure.
  let createdParent: string | undefined;
  try {
    createdParent = await makeFolders(parent);
  } catch (e) {
    throw new UserError(`cannot create the folder ${parent}: ${fsCreateWords(e)}`, {
      input: pathInput,
      fix: 'Fetch into a writable folder (under the workspace or the runner temp)',
    });
  }
  const tag = randomBytes(6).toString('hex');
  const staging = join(parent, `.${basename(o.dest)}.fetch-${tag}`);
  const old = join(parent, `.${basename(o.dest)}.old-${tag}`);
  const cardPath = typeof o.cardPath === 'function' ? o.cardPath(card) : o.cardPath;
  let cardWritten = false;
  try {
    try {
      await makeFolders(staging);
    } catch (e) {
      throw new UserError(`cannot create a folder beside ${o.dest}: ${fsCreateWords(e)}`, {
        input: pathInput,
        fix: 'Fetch into a folder whose parent is writable',
      });
    }
    // download() verifies every file (sha256 and size) before any is visible in `staging`.
    const got = await registry.download(card.name, card.version, staging);
    // Nothing but the card's files: a stray file would be taken for part of the model.
    const listed = await listFiles(staging);
    const expected = new Set(card.files.map((f) => f.path));
    const stray = listed.filter((p) => !expected.has(p));
    if (stray.length || listed.length !== expected.size) {
      throw new UserError(
        `the files fetched for ${card.name}@${card.version} are not the ones its card lists (${stray.slice(0, 3).join(', ') || 'some are missing'})`,
        {
          fix: 'The store was altered: restore it from its history, or register the model again under a new version',
        },
      );
    }
    if (cardPath) {
      await writeJsonAtomic(cardPath, card);
      cardWritten = true;
    }
    let replaced = false;
    if (existing !== 'absent') {
      try {
        await rename(o.dest, old);
      } catch (e) {
        throw new UserError(`cannot replace ${o.dest}: ${fsWords(e)}`, {
          input: pathInput,
          fix: 'Fetch into a folder this runner may change',
        });
      }
      replaced = existing === 'non-empty';
    }
    try {
      await rename(staging, o.dest);
    } catch (e) {
      if (existing !== 'absent') await rename(old, o.dest).catch(() => undefined);
      throw new UserError(`cannot move the fetched files to ${o.dest}: ${fsWords(e)}`, {
        input: pathInput,
        fix: 'Fetch into a folder this runner may change',
      });
    }
    await rm(old, { recursive: true, force: true }).catch(() => undefined);
    return { card, dir: o.dest, files: got.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })), replaced, cardPath };
  } catch (e) {
    if (cardWritten && cardPath) await rm(cardPath, { force: true }).catch(() => undefined);
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    if (createdParent) await rm(createdParent, { recursive: true, force: true }).catch(() => undefined);
    throw e;
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** absent, empty (a folder with nothing in it) or non-empty; a file in the way is a UserError. */
async function inspectDest(dest: string, input: string): Promise<'absent' | 'empty' | 'non-empty'> {
  let st;
  try {
    st = await stat(dest);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw new UserError(`cannot use ${dest} as the destination: ${fsWords(e)}`, { input, fix: 'Give a folder path this runner can write' });
  }
  if (!st.isDirectory())
    throw new UserError(`the destination ${dest} is a file, not a folder`, {
      input,
      fix: 'Give a folder path (it is created when missing)',
    });
  try {
    return (await readdir(dest)).length ? 'non-empty' : 'empty';
  } catch (e) {
    throw new UserError(`cannot read the destination ${dest}: ${fsWords(e)}`, {
      input,
      fix: 'Give a folder this runner can read and write',
    });
  }
}

async function listFiles(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(dir, r)));
    else out.push(r);
  }
  return out;
}

/** The job summary of a fetch: what was fetched, from where, verified how. */
export function renderFetchSummary(r: FetchResult, where: { registry: string; ref: string }): string {
  const c = r.card;
  const bytes = r.files.reduce((n, f) => n + f.size, 0);
  const rows = [
    ['model', `${code(c.name)} ${code(c.version)}${where.ref !== c.version ? ` (${escapeText(where.ref)})` : ''}`],
    ['digest', code(c.digest)],
    ['files', `${r.files.length} (${bytes.toLocaleString('en-US')} bytes), each verified against the model card (sha256 and size)`],
    ['store', escapeText(c.store.kind === 'release' ? `GitHub Release ${c.store.tag}` : c.store.kind)],
    ['registry', code(where.registry)],
    ['path', code(r.dir)],
  ];
  if (c.deprecated) rows.push(['deprecated', `⚠️ ${escapeText(c.deprecated.reason)} (fetched because allow-deprecated is true)`]);
  return [`### Fetched \`${c.name}\` version \`${c.version}\``, '', table(['', ''], rows), ''].join('\n');
}
