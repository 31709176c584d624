/**
 * `mlops registry …`: read and change a model registry from a laptop or any CI (GitHub Actions, GitLab
 * CI, Jenkins), with the same functions the actions call (@mlops-actions/registry, lifecycle.ts).
 *
 * Exit codes: 0 done, 1 the operation failed (refused, not found, verification failed, unreachable),
 * 2 the command line is wrong (unknown command or option, missing or malformed argument).
 * Errors are one line `mlops: <message>` with the fix, never a stack (MLOPS_DEBUG=1 shows it).
 */
import { readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isUserError } from '@mlops-actions/errors';
import {
  deprecate,
  fetchModel,
  lazyReleaseClient,
  listModels,
  missingFileRegistry,
  modelHistory,
  openRegistry,
  parseVersionRef,
  promote,
  removeAlias,
  repositoryOfRegistry,
  resolveVersion,
  rollback,
  sendAliasEvent,
  showModel,
  parseAlias,
  parseModelName,
  parseModelVersion,
  type Alias,
  type AuditEntry,
  type EventContext,
  type GitHubTarget,
  type Logger,
  type ModelCard,
  type ModelName,
  type ModelVersion,
  type Registry,
  type ReleaseClient,
  type VersionRef,
} from '@mlops-actions/registry';
import { githubUrls, identityFrom, insideCheckout, remoteUrl, tokenFrom, type Env } from './registry-env.ts';
import {
  colourEnabled,
  formatBytes,
  formatTime,
  plain,
  progressBar,
  renderFields,
  renderTable,
  style,
  type OutStream,
  type Style,
} from './terminal.ts';

export const REGISTRY_USAGE = `usage: mlops registry <command> [arguments] [--registry <spec>] [--json]

Commands:
  list [<model>]                               models (or the versions of one model) with their aliases
  show <model> [<version|alias>]               a version's model card: files, lineage, metrics (default latest)
  history <model> [--alias <a>] [--limit <n>]  the audit log: registrations, alias moves, deprecations
  promote <model> <version|alias> --alias <alias> [--reason <text>] [--allow-deprecated] [--gto-tags] [--events]
                                               point <alias> at a version ('latest', or what another alias names)
  rollback <model> --alias <alias> [--to <version>] [--reason <text>] [--allow-deprecated] [--gto-tags] [--events]
                                               move <alias> back to the version it named before its last move
  deprecate <model> <version> --reason <text> [--gto-tags]
                                               retire a version (deploy and fetch refuse it unless allowed)
  deprecate <model> <version> --restore [--reason <text>]
                                               undo a deprecation
  alias remove <model> <alias> [--reason <text>] [--gto-tags] [--events]
                                               remove an alias
  fetch <model> <version|alias> --out <dir> [--overwrite] [--allow-deprecated]
                                               download a version's files, each verified (sha256, size)

<version|alias>: a version (1.4.0), 'latest', or an alias name (production).

Options:
  --registry <spec>         git:origin (a branch of this repository; the default inside a git checkout),
                            git:<url or path> or file:<dir>, as the actions' registry input
  --registry-branch <name>  the branch of a git: registry (default mlops-registry)
  --json                    machine-readable output on stdout (no colours, no progress bars)
  --limit <n>               list <model>, history: only the <n> most recent entries
  --events                  promote, rollback, alias remove: send the alias-moved (alias-removed) repository_dispatch
                            event when the alias changed; needs GITHUB_TOKEN with contents: write on the repository
  --repository <owner/name> the GitHub repository --events sends to (default: the one the registry's git remote
                            names on GITHUB_SERVER_URL, e.g. git:origin of a clone of github.com/<owner>/<name>)
  -h, --help                this help

Environment:
  GITHUB_TOKEN (or GH_TOKEN)  token for an https git registry and GitHub Release assets; sent as an HTTP
                              header, never printed or stored. A file: registry needs none.
  NO_COLOR                    set (not empty): no colours. Colours and progress bars only on a terminal.
  Writes are recorded (audit log) as the CI's user and job (GITHUB_ACTOR and the run URL on GitHub
  Actions, GITLAB_USER_LOGIN and CI_JOB_URL on GitLab CI, BUILD_USER_ID and BUILD_URL on Jenkins), or
  on a laptop as git's user.name <user.email>.

Exit codes: 0 done; 1 the operation failed (refused, not found, verification failed, registry
unreachable); 2 usage error (unknown command or option, missing or malformed argument).`;

/** Where the command reads and writes; the process's own by default, fakes in tests. */
export interface RegistryIo {
  stdout: OutStream;
  stderr: OutStream;
  env: Env;
  cwd: string;
}

/** A wrong command line: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const OPTIONS = {
  registry: { type: 'string' },
  'registry-branch': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  alias: { type: 'string' },
  to: { type: 'string' },
  reason: { type: 'string' },
  restore: { type: 'boolean' },
  out: { type: 'string' },
  overwrite: { type: 'boolean' },
  'allow-deprecated': { type: 'boolean' },
  'gto-tags': { type: 'boolean' },
  events: { type: 'boolean' },
  repository: { type: 'string' },
  limit: { type: 'string' },
} as const;

type OptionName = keyof typeof OPTIONS;
const GLOBAL: OptionName[] = ['registry', 'registry-branch', 'json', 'help'];

/** Per command: its positional arguments (min, max) and the options it takes besides the global ones. */
const COMMANDS: Record<string, { args: [number, number]; usage: string; options: OptionName[] }> = {
  list: { args: [0, 1], usage: 'list [<model>]', options: ['limit'] },
  show: { args: [1, 2], usage: 'show <model> [<version|alias>]', options: [] },
  history: { args: [1, 1], usage: 'history <model>', options: ['alias', 'limit'] },
  promote: {
    args: [2, 2],
    usage: 'promote <model> <version|alias> --alias <alias>',
    options: ['alias', 'reason', 'allow-deprecated', 'gto-tags', 'events', 'repository'],
  },
  rollback: {
    args: [1, 1],
    usage: 'rollback <model> --alias <alias>',
    options: ['alias', 'to', 'reason', 'allow-deprecated', 'gto-tags', 'events', 'repository'],
  },
  deprecate: { args: [2, 2], usage: 'deprecate <model> <version> --reason <text>', options: ['reason', 'restore', 'gto-tags'] },
  'alias remove': { args: [2, 2], usage: 'alias remove <model> <alias>', options: ['reason', 'gto-tags', 'events', 'repository'] },
  fetch: { args: [2, 2], usage: 'fetch <model> <version|alias> --out <dir>', options: ['out', 'overwrite', 'allow-deprecated'] },
};

type Values = { [K in OptionName]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };

interface Parsed {
  command: string;
  args: string[];
  values: Values;
}

function parse(argv: string[]): Parsed | 'help' {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const values = parsed.values as Values;
  const positionals = [...parsed.positionals];
  let command = positionals.shift();
  if (command === undefined || command === 'help') return 'help';
  if (command === 'alias') {
    const sub = positionals.shift();
    if (sub !== 'remove')
      throw new UsageError(
        sub === undefined
          ? "'alias' takes a subcommand: alias remove <model> <alias>"
          : `unknown command 'alias ${sub}' (there is 'alias remove')`,
      );
    command = 'alias remove';
  }
  const spec = COMMANDS[command];
  if (!spec) throw new UsageError(`unknown command '${command}'`);
  if (values.help) return 'help';
  const [min, max] = spec.args;
  if (positionals.length < min) throw new UsageError(`missing argument: mlops registry ${spec.usage}`);
  if (positionals.length > max) throw new UsageError(`too many arguments ('${positionals[max]}'): mlops registry ${spec.usage}`);
  for (const name of Object.keys(values) as OptionName[]) {
    if (!GLOBAL.includes(name) && !spec.options.includes(name))
      throw new UsageError(`'${command}' takes no --${name} option: mlops registry ${spec.usage}`);
  }
  return { command, args: positionals, values };
}

/** A command-line argument checked before anything is opened; a bad one is a usage error (exit 2). */
function usage<T>(check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (isUserError(e)) throw new UsageError(cliWords(e.message));
    throw e;
  }
}

/** `<version|alias>` as typed: `latest`, a version (digits first, or v1.2.0), or an alias name. */
export function refFromArgument(text: string): VersionRef {
  const t = text.trim();
  if (t.toLowerCase() === 'latest' || /^v?\d/.test(t)) return { version: t };
  return { alias: t };
}

/** Messages of the registry name action inputs ("input 'path'"); here they are arguments and options. */
const WORDS: Record<string, string> = {
  model: '<model>',
  name: '<model>',
  version: '<version>',
  alias: '--alias',
  to: '--alias',
  path: '--out',
  overwrite: '--overwrite',
  'allow-deprecated': '--allow-deprecated',
  registry: '--registry',
  'registry-branch': '--registry-branch',
  events: '--events',
};

function cliWords(message: string, words: Record<string, string> = WORDS): string {
  return message
    .replace(/^input '([^']+)'(, |: )/, (_m, input: string, sep: string) => `${words[input] ?? input}${sep}`)
    .replace(/'(--[a-z-]+): true'/g, '$1')
    .replace(/the github-token input/g, 'GITHUB_TOKEN')
    .replace(
      /Give the job 'permissions: contents: write' \(the token sends repository_dispatch with it\), or set events: false/,
      'Use a GITHUB_TOKEN with contents: write on that repository (in a workflow: permissions: contents: write), or leave out --events',
    )
    .replace('Re-run the job; or set events: false', 'Run the command again, or leave out --events')
    .replace(
      'Give the version to go back to explicitly, or remove the alias',
      "Give the version to go back to with --to <version>, or remove the alias ('alias remove')",
    )
    .replace(
      'Run on GitHub (or set GITHUB_REPOSITORY and a token) to download them',
      'Set GITHUB_TOKEN (or GH_TOKEN) to a token that can read that repository to download them',
    );
}

function print(stream: OutStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

interface Ctx {
  io: RegistryIo;
  json: boolean;
  /** Colours for stdout. */
  s: Style;
  /** Colours for stderr (warnings, progress). */
  e: Style;
}

/** Runs `mlops registry <argv>` and returns the exit code. */
export async function runRegistry(argv: string[], given: Partial<RegistryIo> = {}): Promise<number> {
  const io: RegistryIo = {
    stdout: given.stdout ?? process.stdout,
    stderr: given.stderr ?? process.stderr,
    env: given.env ?? process.env,
    cwd: given.cwd ?? process.cwd(),
  };
  const errStyle = style(colourEnabled(io.stderr, io.env));
  let words = WORDS;
  try {
    const p = parse(argv);
    // rollback's --to is the registry's 'to' input; promote's alias is its 'to'.
    if (p !== 'help' && p.command === 'rollback') words = { ...WORDS, to: '--to' };
    if (p === 'help') {
      print(io.stdout, REGISTRY_USAGE);
      return argv.length === 0 ? 2 : 0;
    }
    const json = p.values.json === true;
    const ctx: Ctx = { io, json, s: style(!json && colourEnabled(io.stdout, io.env)), e: errStyle };
    return await dispatch(p, ctx);
  } catch (e) {
    const debug = !!io.env['MLOPS_DEBUG'];
    if (e instanceof UsageError) {
      print(io.stderr, `${errStyle.red('mlops:')} ${e.message}\nRun 'mlops registry --help' for the commands and options.`);
      return 2;
    }
    if (isUserError(e)) {
      print(io.stderr, `${errStyle.red('mlops:')} ${cliWords((e as Error).message, words)}`);
      if (debug) print(io.stderr, (e as Error).stack ?? '');
      return 1;
    }
    const message = e instanceof Error ? e.message : String(e);
    print(
      io.stderr,
      `${errStyle.red('mlops:')} ${message}${debug ? `\n${(e as Error).stack ?? ''}` : '\n(an unexpected error: MLOPS_DEBUG=1 shows where it came from; please report it)'}`,
    );
    return 1;
  }
}

async function dispatch(p: Parsed, ctx: Ctx): Promise<number> {
  const v = p.values;
  const [first, second] = p.args;
  const model = first === undefined ? undefined : usage(() => parseModelName(first, { input: 'model' }));
  const limit = v.limit === undefined ? undefined : usage(() => positiveInt(v.limit!, '--limit'));
  // Every argument is checked before the registry is opened (a git: one is fetched).
  let run: (r: Registry) => Promise<number>;
  switch (p.command) {
    case 'list':
      run = (r) => (model === undefined ? list(r, ctx) : listVersions(r, model, limit, ctx));
      break;
    case 'show': {
      const ref = second === undefined ? { version: 'latest' } : refFromArgument(second);
      usage(() => parseVersionRef(ref, { version: '<version>', alias: '<alias>' }));
      run = (r) => show(r, model!, ref, ctx);
      break;
    }
    case 'history': {
      const alias = v.alias === undefined ? undefined : usage(() => parseAlias(v.alias!, { input: 'alias' }));
      run = (r) => history(r, model!, alias, limit, ctx);
      break;
    }
    case 'promote': {
      if (v.alias === undefined)
        throw new UsageError('promote needs the alias to move: mlops registry promote <model> <version|alias> --alias <alias>');
      const alias = usage(() => parseAlias(v.alias!, { input: 'alias' }));
      const ref = refFromArgument(second!);
      usage(() => parseVersionRef(ref, { version: '<version>', alias: '<version|alias>' }));
      const events = eventsTarget(v, ctx);
      run = async (r) => {
        const m = await promote(r, model!, ref, alias, {
          reason: v.reason?.trim() || undefined,
          allowDeprecated: v['allow-deprecated'],
          gtoTags: v['gto-tags'],
        });
        return moved(m, m.card, ctx, await announce(events, r, m, m.card, ctx));
      };
      break;
    }
    case 'rollback': {
      if (v.alias === undefined)
        throw new UsageError('rollback needs the alias to move back: mlops registry rollback <model> --alias <alias>');
      const alias = usage(() => parseAlias(v.alias!, { input: 'alias' }));
      const to = v.to === undefined || v.to.trim() === '' ? undefined : usage(() => parseModelVersion(v.to!, { input: 'to' }));
      const events = eventsTarget(v, ctx);
      run = async (r) => {
        const m = await rollback(r, model!, alias, {
          to,
          reason: v.reason?.trim() || undefined,
          allowDeprecated: v['allow-deprecated'],
          gtoTags: v['gto-tags'],
        });
        return moved(m, m.card, ctx, await announce(events, r, m, m.card, ctx));
      };
      break;
    }
    case 'deprecate': {
      const version = usage(() => parseModelVersion(second!, { input: 'version' }));
      const reason = v.reason?.trim();
      if (!v.restore && !reason)
        throw new UsageError(
          'deprecate needs a reason (it goes into the audit log and the error deploy and fetch give): --reason "<text>"',
        );
      if (v.restore && v['gto-tags']) throw new UsageError('--gto-tags applies to a deprecation, not to --restore');
      run = (r) => deprecateCommand(r, model!, version, reason || 'restored', v.restore === true, v['gto-tags'], ctx);
      break;
    }
    case 'alias remove': {
      const alias = usage(() => parseAlias(second!, { input: 'alias' }));
      const events = eventsTarget(v, ctx);
      run = async (r) => {
        const m = await removeAlias(r, model!, alias, { reason: v.reason?.trim() || undefined, gtoTags: v['gto-tags'] });
        return moved(m, undefined, ctx, await announce(events, r, m, m.card, ctx));
      };
      break;
    }
    case 'fetch': {
      const ref = refFromArgument(second!);
      usage(() => parseVersionRef(ref, { version: '<version>', alias: '<version|alias>' }));
      if (!v.out?.trim())
        throw new UsageError('fetch needs the folder to fetch into: mlops registry fetch <model> <version|alias> --out <dir>');
      const dest = resolve(ctx.io.cwd, v.out);
      const holds = (outer: string, inner: string) => inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : `${outer}${sep}`);
      if (holds(dest, ctx.io.cwd))
        throw new UsageError(
          `--out ${v.out} is the current folder or holds it; fetch into a folder of its own, e.g. --out models/${model}`,
        );
      // --overwrite replaces the destination: never the file: registry the files come from.
      const spec = v.registry?.trim() ?? '';
      const registryDir = spec.startsWith('file://')
        ? fileURLToPath(spec)
        : spec.startsWith('file:') && spec.length > 5
          ? resolve(ctx.io.cwd, spec.slice(5))
          : undefined;
      if (registryDir && holds(dest, registryDir))
        throw new UsageError(
          `--out ${v.out} holds the registry directory ${spec}; fetch into a folder outside it, e.g. --out models/${model}`,
        );
      run = (r) => fetchCommand(r, model!, ref, second!, dest, v, ctx);
      break;
    }
    default:
      throw new UsageError(`unknown command '${p.command}'`);
  }
  const registry = await open(v, ctx);
  try {
    return await run(registry);
  } finally {
    await registry.close();
  }
}

function positiveInt(text: string, option: string): number {
  if (!/^\d{1,9}$/.test(text.trim()) || Number(text) < 1) throw new UsageError(`${option} must be a whole number above 0, got '${text}'`);
  return Number(text);
}

async function open(v: Values, ctx: Ctx): Promise<Registry> {
  const { env, cwd } = ctx.io;
  let spec = v.registry?.trim();
  if (!spec) {
    if (!insideCheckout(cwd)) {
      throw new UsageError(
        'no registry given, and the current folder is not inside a git checkout (where git:origin is the default); pass --registry git:<url> or --registry file:<dir>',
      );
    }
    spec = 'git:origin';
  }
  if (!spec.startsWith('git:') && !spec.startsWith('file:')) {
    throw new UsageError(`--registry '${spec}' is not a registry: write git:origin, git:<url or path> or file:<dir>`);
  }
  let missing: string | undefined;
  try {
    missing = missingFileRegistry(spec, cwd);
  } catch (e) {
    if (isUserError(e)) throw new UsageError(cliWords((e as Error).message));
    throw e;
  }
  if (missing) {
    throw new UsageError(
      `the registry directory ${missing} does not exist; check --registry (a file: path is relative to the current folder)`,
    );
  }
  const token = tokenFrom(env);
  const { serverUrl, apiUrl } = githubUrls(env);
  let github: GitHubTarget | undefined;
  if (token) {
    // Only a version stored as GitHub Release assets needs the API; the client is loaded then.
    const octokit = lazyReleaseClient(() =>
      import('@mlops-actions/github').then((m) => m.createGitHubClient({ token, apiUrl }) as unknown as ReleaseClient),
    );
    const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
    github = { octokit, owner, repo };
  }
  const log: Logger = {
    info: (m) => {
      if (!ctx.json) print(ctx.io.stderr, ctx.e.dim(m));
    },
    warning: (m) => print(ctx.io.stderr, `${ctx.e.yellow('mlops: warning:')} ${m}`),
  };
  try {
    return openRegistry({
      uri: spec,
      branch: v['registry-branch'],
      workspace: cwd,
      tempDir: env['RUNNER_TEMP'] || tmpdir(),
      token,
      serverUrl,
      github,
      identity: identityFrom(env, cwd),
      log,
    });
  } catch (e) {
    if (isUserError(e)) throw new UsageError(cliWords((e as Error).message));
    throw e;
  }
}

// ----- reading ----------------------------------------------------------------------------------

async function list(r: Registry, ctx: Ctx): Promise<number> {
  const models = await listModels(r);
  if (ctx.json) {
    print(ctx.io.stdout, JSON.stringify({ registry: r.uri, models }, null, 2));
    return 0;
  }
  const { s } = ctx;
  if (models.length === 0) {
    print(ctx.io.stdout, `No models in ${r.uri} yet.`);
    return 0;
  }
  const rows = models.map((m) => [
    s.bold(m.name),
    m.latest ?? '',
    String(m.versions),
    aliasCell(m.aliases, s),
    formatTime(m.updatedAt),
    m.deprecated?.length ? s.yellow(m.deprecated.join(', ')) : '',
  ]);
  print(ctx.io.stdout, renderTable(['MODEL', 'LATEST', 'VERSIONS', 'ALIASES', 'UPDATED', 'DEPRECATED'], rows, s, { right: [2] }));
  return 0;
}

function aliasCell(aliases: Record<string, string>, s: Style): string {
  return Object.entries(aliases)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([a, v]) => `${s.cyan(a)}=${v}`)
    .join(', ');
}

async function listVersions(r: Registry, model: ModelName, limit: number | undefined, ctx: Ctx): Promise<number> {
  // One call at a time: a git: registry reads through one clone.
  const versions = await r.versions(model, { limit });
  if (versions.length === 0) {
    // The registry's own words for an unknown model (exit 1).
    await resolveVersion(r, model, { version: 'latest' });
  }
  const aliases = await r.aliases(model);
  if (ctx.json) {
    print(ctx.io.stdout, JSON.stringify({ registry: r.uri, model, aliases, versions }, null, 2));
    return 0;
  }
  const { s } = ctx;
  const byVersion = new Map<string, string[]>();
  for (const [a, st] of Object.entries(aliases)) byVersion.set(st.version, [...(byVersion.get(st.version) ?? []), a]);
  const rows = versions.map((v) => [
    s.bold(v.version),
    (byVersion.get(v.version) ?? []).sort().map(s.cyan).join(', '),
    formatTime(v.createdAt),
    String(v.files),
    formatBytes(v.bytes),
    v.validation === 'passed' ? s.green('passed') : v.validation === 'failed' ? s.red('failed') : '',
    v.deprecated !== undefined ? s.yellow(`deprecated: ${plain(v.deprecated)}`) : '',
    metricsCell(v.metrics),
  ]);
  print(
    ctx.io.stdout,
    renderTable(['VERSION', 'ALIASES', 'CREATED', 'FILES', 'SIZE', 'VALIDATION', 'STATUS', 'METRICS'], rows, s, { right: [3, 4] }),
  );
  return 0;
}

function metricsCell(metrics: Record<string, number>, max = 3): string {
  const entries = Object.entries(metrics);
  const shown = entries.slice(0, max).map(([k, v]) => `${plain(k)}=${Number.isInteger(v) ? v : Number(v.toPrecision(4))}`);
  return shown.join(' ') + (entries.length > max ? ` (+${entries.length - max})` : '');
}

async function show(r: Registry, model: ModelName, ref: VersionRef, ctx: Ctx): Promise<number> {
  const d = await showModel(r, model, ref, { version: '<version>', alias: '<alias>' });
  if (ctx.json) {
    print(ctx.io.stdout, JSON.stringify({ registry: r.uri, ...d }, null, 2));
    return 0;
  }
  const { s } = ctx;
  const c = d.card;
  const pointing = Object.entries(d.aliases)
    .filter(([, st]) => st.version === c.version)
    .map(([a]) => s.cyan(a));
  const rows: [string, string][] = [
    ['model', `${s.bold(c.name)} ${s.bold(c.version)}`],
    ['aliases', pointing.join(', ') || '(none)'],
    ['created', formatTime(c.createdAt)],
    ['digest', c.digest],
    ['files', `${c.files.length} (${formatBytes(c.bytes)})`],
    [
      'store',
      c.store.kind === 'release'
        ? `GitHub Release ${c.store.owner}/${c.store.repo} ${c.store.tag}`
        : c.store.kind === 'file'
          ? `file store ${c.store.uri}`
          : 'the registry',
    ],
    ['uri', c.uri],
  ];
  if (c.deprecated)
    rows.push([
      'deprecated',
      s.yellow(
        `${plain(c.deprecated.reason)} (${formatTime(c.deprecated.at)}${c.deprecated.actor ? ` by ${plain(c.deprecated.actor)}` : ''})`,
      ),
    ]);
  if (c.description) rows.push(['description', plain(c.description)]);
  const l = c.lineage;
  if (l.commit) rows.push(['commit', `${l.commit}${l.repository ? ` (${l.repository})` : ''}`]);
  if (l.runUrl) rows.push(['run', l.runUrl]);
  if (l.actor) rows.push(['by', plain(l.actor)]);
  if (c.data) rows.push(['data', c.data.hash]);
  if (c.validation)
    rows.push(['validation', c.validation.passed ? s.green('passed') : s.red(`failed (${c.validation.failed.map(plain).join(', ')})`)]);
  const metrics = flat(c.metrics);
  if (metrics.length) rows.push(['metrics', metrics.map(([k, v]) => `${plain(k)}=${v}`).join(' ')]);
  const params = flat(c.params);
  if (params.length) rows.push(['params', params.map(([k, v]) => `${plain(k)}=${v}`).join(' ')]);
  const files = renderTable(
    ['PATH', 'SIZE', 'SHA256'],
    c.files.map((f) => [plain(f.path), formatBytes(f.size), f.sha256]),
    s,
    { right: [1] },
  );
  print(ctx.io.stdout, `${renderFields(rows, s)}\n\n${files}`);
  return 0;
}

/** Nested values as dotted keys with short printable values. */
function flat(o: Record<string, unknown> | undefined, prefix = ''): [string, string][] {
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(o ?? {})) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) out.push(...flat(v as Record<string, unknown>, key));
    else out.push([key, plain(typeof v === 'string' ? v : JSON.stringify(v))]);
  }
  return out;
}

async function history(r: Registry, model: ModelName, alias: Alias | undefined, limit: number | undefined, ctx: Ctx): Promise<number> {
  const entries = await modelHistory(r, model, { alias, limit });
  if (ctx.json) {
    print(ctx.io.stdout, JSON.stringify({ registry: r.uri, model, entries }, null, 2));
    return 0;
  }
  const { s } = ctx;
  const rows = entries.map((e) => [formatTime(e.at), e.action, ...describe(e, s), plain(e.actor ?? ''), plain(e.reason ?? '')]);
  print(ctx.io.stdout, renderTable(['WHEN', 'ACTION', 'VERSION', 'ALIAS', 'CHANGE', 'BY', 'REASON'], rows, s));
  return 0;
}

function describe(e: AuditEntry, s: Style): [string, string, string] {
  if (e.action === 'alias') {
    const change = e.to === null ? `${e.from ?? '-'} → (removed)` : `${e.from ?? '(unset)'} → ${e.to ?? ''}`;
    return [e.to ?? e.from ?? '', s.cyan(e.alias ?? ''), change];
  }
  if (e.action === 'deprecate') return [e.version ?? '', '', s.yellow('deprecated')];
  if (e.action === 'restore') return [e.version ?? '', '', s.green('restored')];
  return [e.version ?? '', '', 'registered'];
}

// ----- writing ----------------------------------------------------------------------------------

interface Move {
  model: ModelName;
  alias: Alias;
  from: ModelVersion | null;
  to: ModelVersion | null;
  moved: boolean;
  at: string;
  actor?: string | undefined;
  reason?: string | undefined;
  tag?: string | undefined;
}

function moved(m: Move, card: ModelCard | undefined, ctx: Ctx, event?: string): number {
  if (ctx.json) {
    print(
      ctx.io.stdout,
      JSON.stringify(
        {
          model: m.model,
          alias: m.alias,
          from: m.from,
          to: m.to,
          moved: m.moved,
          digest: card?.digest,
          at: m.at,
          actor: m.actor,
          reason: m.reason,
          tag: m.tag,
          event,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const { s } = ctx;
  let text: string;
  if (!m.moved) text = `${m.model}: ${s.cyan(m.alias)} already points at ${s.bold(m.to ?? '')}; nothing changed`;
  else if (m.to === null) text = `${m.model}: ${s.cyan(m.alias)} removed (it pointed at ${m.from})`;
  else text = `${m.model}: ${s.cyan(m.alias)} ${m.from ?? '(unset)'} → ${s.bold(m.to)}`;
  if (m.tag) text += `\ntag ${m.tag} pushed`;
  if (event) text += `\n${event} event sent (repository_dispatch)`;
  print(ctx.io.stdout, text);
  return 0;
}

/** Where --events sends: the token, the repository and the event context; checked before the registry is opened. */
interface EventsTarget {
  token: string;
  owner: string;
  repo: string;
  apiUrl: string;
  context: EventContext;
}

function eventsTarget(v: Values, ctx: Ctx): EventsTarget | undefined {
  if (v.repository !== undefined && !v.events) throw new UsageError('--repository names where --events sends; give --events too');
  if (!v.events) return undefined;
  const { env, cwd } = ctx.io;
  const token = tokenFrom(env);
  if (!token) throw new UsageError('--events needs a token: set GITHUB_TOKEN (or GH_TOKEN) to one with contents: write on the repository');
  const { serverUrl, apiUrl } = githubUrls(env);
  const spec = (v.registry?.trim() || 'git:origin').replace(/#.*$/, '');
  let repository = v.repository?.trim();
  if (repository !== undefined) {
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) throw new UsageError(`--repository '${repository}' is not owner/name`);
  } else if (spec.startsWith('git:')) {
    const remote = spec.slice(4);
    // git:origin (or another remote's name): the URL that remote has in this checkout.
    const url = /^[A-Za-z0-9_.-]+$/.test(remote) ? remoteUrl(remote, cwd) : remote;
    repository = url ? repositoryOfRegistry(url, serverUrl) : undefined;
  }
  if (!repository) {
    throw new UsageError(
      `--events cannot tell which GitHub repository to send to from --registry ${spec} (not an https URL on ${serverUrl}); give --repository <owner>/<name>`,
    );
  }
  const [owner, repo] = repository.split('/') as [string, string];
  const who = identityFrom(env, cwd);
  return {
    token,
    owner,
    repo,
    apiUrl,
    context: {
      registry: spec,
      branch: v['registry-branch'] ?? 'mlops-registry',
      serverUrl,
      repository,
      runUrl: who.runUrl,
      actor: who.actor,
    },
  };
}

/** Sends the alias event of a move that landed (--events); returns its type. */
async function announce(t: EventsTarget | undefined, r: Registry, m: Move, card: ModelCard, ctx: Ctx): Promise<string | undefined> {
  if (!t || !m.moved) return undefined;
  const { createGitHubClient } = await import('@mlops-actions/github');
  const client = createGitHubClient({ token: t.token, apiUrl: t.apiUrl }) as unknown as ReleaseClient;
  const type = await sendAliasEvent(r, client, t, m, t.context, card);
  if (type && !ctx.json) print(ctx.io.stderr, ctx.e.dim(`sent the ${type} event to ${t.owner}/${t.repo}`));
  return type;
}

async function deprecateCommand(
  r: Registry,
  model: ModelName,
  version: ModelVersion,
  reason: string,
  restore: boolean,
  gtoTags: boolean | undefined,
  ctx: Ctx,
): Promise<number> {
  const d = await deprecate(r, model, version, { reason, restore, gtoTags });
  if (ctx.json) {
    print(ctx.io.stdout, JSON.stringify(d, null, 2));
    return 0;
  }
  const { s } = ctx;
  const lines: string[] = [];
  if (restore)
    lines.push(
      d.changed ? `${model} ${s.bold(version)} restored: usable again` : `${model} ${version} was not deprecated; nothing changed`,
    );
  else
    lines.push(
      d.changed
        ? `${model} ${s.bold(version)} ${s.yellow('deprecated')}: ${plain(reason)}`
        : `${model} ${version} was already deprecated; nothing changed`,
    );
  if (!restore && d.aliases.length)
    lines.push(
      `${s.yellow('note:')} still named by ${d.aliases.map(s.cyan).join(', ')}; the next deploy of ${d.aliases.length > 1 ? 'those aliases' : 'that alias'} refuses it`,
    );
  if (d.tag) lines.push(`tag ${d.tag} pushed`);
  print(ctx.io.stdout, lines.join('\n'));
  return 0;
}

async function fetchCommand(
  r: Registry,
  model: ModelName,
  ref: VersionRef,
  refText: string,
  dest: string,
  v: Values,
  ctx: Ctx,
): Promise<number> {
  // The exact version first: what the progress bar measures against, and what is then fetched even
  // if the alias moves meanwhile.
  const card = await resolveVersion(r, model, ref, { version: '<version>', alias: '<version|alias>' });
  const bar = ctx.json
    ? progressBar({ write: () => undefined }, '', 0, ctx.e)
    : progressBar(ctx.io.stderr, `${model}@${card.version}`, card.bytes, ctx.e);
  const stop = watchStaging(dest, (bytes) => bar.update(bytes), ctx.io.stderr.isTTY === true && !ctx.json);
  let result;
  try {
    result = await fetchModel(r, {
      name: model,
      ref: { version: card.version },
      dest,
      overwrite: v.overwrite,
      allowDeprecated: v['allow-deprecated'],
      inputs: {
        model: '<model>',
        version: '<version>',
        alias: '<version|alias>',
        path: '--out',
        overwrite: '--overwrite',
        allowDeprecated: '--allow-deprecated',
      },
      // The warning for a deprecated version used anyway, in the command's words (--allow-deprecated).
      log: {
        info: (m) => {
          if (!ctx.json) print(ctx.io.stderr, ctx.e.dim(m));
        },
        warning: (m) => print(ctx.io.stderr, `${ctx.e.yellow('mlops: warning:')} ${cliWords(m)}`),
      },
    });
    bar.update(card.bytes, true);
  } finally {
    await stop();
    bar.done();
  }
  if (ctx.json) {
    print(
      ctx.io.stdout,
      JSON.stringify(
        {
          model,
          version: result.card.version,
          ref: refText,
          digest: result.card.digest,
          dir: result.dir,
          files: result.files,
          replaced: result.replaced,
          deprecated: result.card.deprecated,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const { s } = ctx;
  const bytes = result.files.reduce((n, f) => n + f.size, 0);
  print(
    ctx.io.stdout,
    `Fetched ${s.bold(`${model} ${result.card.version}`)}${refText !== result.card.version ? ` (${refText})` : ''} into ${result.dir}: ${result.files.length} file(s), ${formatBytes(bytes)}, each verified against the model card (sha256 and size) ${s.green('✓')}\ndigest ${result.card.digest}`,
  );
  return 0;
}

/**
 * Reports the bytes written so far into fetchModel's staging folder (`.<dest>.fetch-<tag>` beside the
 * destination): the registry downloads and hashes file by file without a callback, so the folder's
 * size is the measure. Polled every 100 ms, only when a bar is shown.
 */
export function watchStaging(dest: string, report: (bytes: number) => void, enabled: boolean): () => Promise<void> {
  if (!enabled) return async () => undefined;
  const parent = dirname(dest);
  const prefix = `.${basename(dest)}.fetch-`;
  let busy: Promise<void> | undefined;
  const size = async (dir: string): Promise<number> => {
    let n = 0;
    for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const p = join(dir, e.name);
      if (e.isDirectory()) n += await size(p);
      else
        n += await stat(p).then(
          (st) => st.size,
          () => 0,
        );
    }
    return n;
  };
  const poll = async () => {
    let total = 0;
    for (const name of await readdir(parent).catch(() => [] as string[]))
      if (name.startsWith(prefix)) total += await size(join(parent, name));
    report(total);
  };
  const timer = setInterval(() => {
    busy ??= poll().finally(() => (busy = undefined));
  }, 100);
  return async () => {
    clearInterval(timer);
    await busy;
  };
}
