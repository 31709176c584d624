import { UserError, messageOf } from '@mlops-actions/errors';
import type { AliasMove, ModelCard, Registry } from '@mlops-actions/registry';
import { AliasConflict, type DeployCard, type DeployRegistry } from './types.ts';

/** The card fields the deployment reads. */
export function toDeployCard(card: ModelCard): DeployCard {
  const v = card.validation;
  return {
    name: card.name,
    version: card.version,
    digest: card.digest,
    files: card.files.map((f) => ({ path: f.path, sha256: f.sha256, size: f.size })),
    validation: v
      ? {
          passed: v.passed,
          summary: v.failed.length ? `failed checks: ${v.failed.join(', ')}` : undefined,
          reportDigest: v.reportDigest,
        }
      : undefined,
    ...(card.deprecated ? { deprecated: { reason: card.deprecated.reason, at: card.deprecated.at, actor: card.deprecated.actor } } : {}),
  };
}

/** An unreachable registry is the `registry` input's problem: say so, keeping the registry's own fix. */
function named<A extends unknown[], R>(fn: (...a: A) => Promise<R>): (...a: A) => Promise<R> {
  return async (...a) => {
    try {
      return await fn(...a);
    } catch (e) {
      if (e instanceof UserError && e.input === undefined && /^cannot reach the registry /.test(e.message)) {
        throw new UserError(e.message, { input: 'registry', cause: e });
      }
      throw e;
    }
  };
}

/** What deploy does besides moving its alias. */
export interface DeployRegistryOptions {
  /** Push GTO's stage tag `<name>#<alias>#<n>` with the move (git: registries), as `mlops registry promote --gto-tags`. */
  gtoTags?: boolean | undefined;
  /** Told about the alias move once it landed (e.g. to send the alias-moved event after the deployment). */
  onMove?: ((move: AliasMove) => void) | undefined;
}

/** @mlops-actions/registry as the deployment flow sees it. */
export function deployRegistry(registry: Registry, o: DeployRegistryOptions = {}): DeployRegistry {
  const r = registryCalls(registry, o);
  return { resolve: named(r.resolve), aliasVersion: named(r.aliasVersion), download: named(r.download), setAlias: named(r.setAlias) };
}

function registryCalls(registry: Registry, opts: DeployRegistryOptions): DeployRegistry {
  return {
    async resolve(name, ref) {
      const card = await registry.resolve(name, ref);
      if (card) return toDeployCard(card);
      if ('version' in ref) {
        // card() names the registered versions in its message; it is the deploy input that was wrong.
        try {
          return toDeployCard(await registry.card(name, ref.version));
        } catch (e) {
          if (e instanceof UserError && e.input === undefined && /^there is no model /.test(messageOf(e))) {
            throw new UserError(`there is no model '${name}' in the registry ${registry.uri}`, {
              input: 'model',
              fix: e.fix ?? 'Check the model name',
            });
          }
          if (e instanceof UserError && e.input === undefined && /has no version/.test(messageOf(e))) {
            throw new UserError(`model '${name}' has no version ${ref.version} in the registry ${registry.uri}`, {
              input: 'version',
              fix: e.fix ?? 'Check the version',
            });
          }
          throw e;
        }
      }
      const [aliases, versions] = await Promise.all([registry.aliases(name), registry.versions(name)]);
      if (versions.length === 0) {
        throw new UserError(`there is no model '${name}' in the registry ${registry.uri}`, {
          input: 'model',
          fix: 'Check the model name, or register it first',
        });
      }
      const known = Object.entries(aliases).map(([a, s]) => `${a} → ${s.version}`);
      throw new UserError(`alias '${ref.alias}' of model '${name}' is not set`, {
        input: 'alias',
        fix: known.length
          ? `Set aliases are ${known.join(', ')}; or give a version`
          : `No alias of '${name}' is set yet; give a version instead`,
      });
    },

    async aliasVersion(name, alias) {
      return (await registry.aliases(name))[alias]?.version;
    },

    async download(name, version, dest) {
      await registry.download(name, version, dest);
    },

    async setAlias(name, alias, version, o) {
      try {
        // Not `opts.onMove?.(await …)`: an optional call skips evaluating its arguments, the move with them.
        const move = await registry.setAlias(name, alias, version, {
          expectedFrom: o.expectedFrom ?? null,
          reason: o.reason,
          gtoTag: opts.gtoTags,
        });
        opts.onMove?.(move);
      } catch (e) {
        // The registry refuses a compare-and-set whose expectation no longer holds; tell that apart
        // from other failures by reading where the alias points now.
        const now = await registry
          .aliases(name)
          .then((a) => ({ read: true, version: a[alias]?.version }))
          .catch(() => ({ read: false, version: undefined }));
        // The write landed even though the call failed (e.g. the answer to a push was lost).
        if (now.read && now.version === version) return;
        if (now.read && now.version !== o.expectedFrom) throw new AliasConflict(messageOf(e), now.version);
        throw e;
      }
    },
  };
}
