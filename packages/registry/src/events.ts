/**
 * Registry events: after a registration or an alias move, a `repository_dispatch` event lets other
 * workflows react. Pushes and tags made with a workflow's GITHUB_TOKEN start no workflow, but
 * `repository_dispatch` and `workflow_dispatch` sent with it do ("Triggering a workflow from a
 * workflow", https://docs.github.com/en/actions/how-tos/write-workflows/choose-when-workflows-run/trigger-a-workflow).
 */
import { UserError, messageOf } from '@mlops-actions/errors';
import { layout } from './layout.ts';
import type { AliasMove, ModelCard, Registry, ReleaseClient } from './types.ts';

/** The event types sent (`on: repository_dispatch: types: [...]`). */
export const REGISTRY_EVENT_TYPES = {
  registered: 'model-registered',
  aliasMoved: 'alias-moved',
} as const;

export type RegistryEventType = (typeof REGISTRY_EVENT_TYPES)[keyof typeof REGISTRY_EVENT_TYPES];

/**
 * The `client_payload` of a registry event (`github.event.client_payload` in the receiving workflow).
 * GitHub allows at most 10 top-level properties (REST "Create a repository dispatch event",
 * https://docs.github.com/en/rest/repos/repos#create-a-repository-dispatch-event): this has 9.
 */
export interface RegistryEventPayload {
  model: string;
  version: string;
  /** The alias moved (alias-moved), or the alias set at registration, or null. */
  alias: string | null;
  /** Where the alias pointed before (alias-moved), else null. */
  previous: string | null;
  digest: string;
  /** `<registry>#<name>@<version>`. */
  uri: string;
  /** A web URL of the model card on the registry branch, when the registry is this repository's; else null. */
  card_url: string | null;
  /** The run that made the change, when known. */
  run_url: string | null;
  actor: string | null;
}

export interface EventContext {
  /** `git:…` / `file:…` URI of the registry as opened. */
  registry: string;
  /** Registry branch (git: registries). */
  branch?: string | undefined;
  serverUrl?: string | undefined;
  /** `owner/name`. */
  repository?: string | undefined;
  runUrl?: string | undefined;
  actor?: string | undefined;
}

/** The card's web URL when the registry is a branch of this repository (`git:origin`), else null. */
export function cardUrl(card: ModelCard, c: EventContext): string | null {
  if (!c.registry.startsWith('git:origin') || !c.serverUrl || !c.repository || !c.branch) return null;
  const path = layout.card(card.name, card.version).split('/').map(encodeURIComponent).join('/');
  return `${c.serverUrl.replace(/\/+$/, '')}/${c.repository}/blob/${c.branch.split('/').map(encodeURIComponent).join('/')}/${path}`;
}

export function registryEventPayload(card: ModelCard, c: EventContext, move?: AliasMove): RegistryEventPayload {
  return {
    model: card.name,
    version: card.version,
    alias: move?.alias ?? null,
    previous: move?.from ?? null,
    digest: card.digest,
    uri: card.uri,
    card_url: cardUrl(card, c),
    run_url: c.runUrl ?? null,
    actor: c.actor ?? null,
  };
}

/** The events a registration produces: model-registered when a version was created, alias-moved when an alias moved. */
export function registrationEvents(
  card: ModelCard,
  created: boolean,
  move: AliasMove | undefined,
  c: EventContext,
): { type: RegistryEventType; payload: RegistryEventPayload }[] {
  const out: { type: RegistryEventType; payload: RegistryEventPayload }[] = [];
  if (created) out.push({ type: REGISTRY_EVENT_TYPES.registered, payload: registryEventPayload(card, c, move?.moved ? move : undefined) });
  if (move?.moved) out.push({ type: REGISTRY_EVENT_TYPES.aliasMoved, payload: registryEventPayload(card, c, move) });
  return out;
}

/**
 * Sends one `repository_dispatch` (POST /repos/{owner}/{repo}/dispatches). The token needs
 * `contents: write` on the repository. A refusal is a UserError saying what to grant.
 */
export async function sendRegistryEvent(
  client: ReleaseClient,
  target: { owner: string; repo: string },
  type: string,
  payload: RegistryEventPayload,
): Promise<void> {
  try {
    await client.request('POST /repos/{owner}/{repo}/dispatches', {
      owner: target.owner,
      repo: target.repo,
      event_type: type,
      client_payload: payload,
    });
  } catch (e) {
    const status = (e as { status?: number }).status;
    throw new UserError(`could not send the ${type} event (repository_dispatch) to ${target.owner}/${target.repo}: ${messageOf(e)}`, {
      input: 'events',
      fix:
        status === 403 || status === 404
          ? "Give the job 'permissions: contents: write' (the token sends repository_dispatch with it), or set events: false"
          : 'Re-run the job; or set events: false',
    });
  }
}

/**
 * The event an alias move or removal made by promote, rollback, `alias remove` or deploy produces:
 * `alias-moved` (payload as register-model's: the version the alias now names, `previous` where it
 * pointed before) or `alias-removed` (the version it named until then as `version`, `alias`, and
 * `previous` the same version). None when nothing changed. `card` is the card of `version`.
 */
export function aliasEvent(
  card: ModelCard,
  move: AliasMove,
  c: EventContext,
): { type: RegistryAliasEventType; payload: RegistryEventPayload } | undefined {
  if (!move.moved) return undefined;
  if (move.to === null) return { type: ALIAS_REMOVED, payload: registryEventPayload(card, c, move) };
  return { type: REGISTRY_EVENT_TYPES.aliasMoved, payload: registryEventPayload(card, c, move) };
}

/** The event type sent when an alias is removed (`mlops registry alias remove --events`). */
export const ALIAS_REMOVED = 'alias-removed';
export type RegistryAliasEventType = typeof REGISTRY_EVENT_TYPES.aliasMoved | typeof ALIAS_REMOVED;

/**
 * `owner/name` of the GitHub repository a registry URI is a branch of, for sending its events: the
 * `repository` given, else a `git:https://<server>/<owner>/<name>[.git]` URL on the GitHub server
 * `serverUrl` (a `git:origin` registry is resolved by the caller to its remote URL first). Undefined
 * when it cannot be told.
 */
export function repositoryOfRegistry(remoteUrl: string, serverUrl: string): string | undefined {
  const u = URL.parse(remoteUrl.replace(/^git:/, ''));
  const server = URL.parse(serverUrl);
  if (!u || !server || (u.protocol !== 'https:' && u.protocol !== 'http:') || u.host !== server.host) return undefined;
  const m = /^\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(u.pathname);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/**
 * Sends the alias-moved / alias-removed event of a move that landed (nothing when it changed nothing)
 * and returns the event type sent. The card is read from the registry unless given.
 */
export async function sendAliasEvent(
  registry: Pick<Registry, 'card'>,
  client: ReleaseClient,
  target: { owner: string; repo: string },
  move: AliasMove,
  c: EventContext,
  card?: ModelCard,
): Promise<RegistryAliasEventType | undefined> {
  const version = move.to ?? move.from;
  if (!move.moved || version === null) return undefined;
  const e = aliasEvent(card ?? (await registry.card(move.model, version)), move, c);
  if (!e) return undefined;
  await sendRegistryEvent(client, target, e.type, e.payload);
  return e.type;
}
