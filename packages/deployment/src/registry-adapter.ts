import { UserError, messageOf } from '@mlops-actions/errors';
import type { ModelCard, Registry } from '@mlops-actions/registry';
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
  };
}

/** @mlops-actions/registry as the deployment flow sees it. */
export function deployRegistry(registry: Registry): DeployRegistry {
  return {
    async resolve(name, ref) {
      const card = await registry.resolve(name, ref);
      if (card) return toDeployCard(card);
      if ('version' in ref) {
        // card() names the registered versions in its message.
        return toDeployCard(await registry.card(name, ref.version));
      }
      const [aliases, versions] = await Promise.all([registry.aliases(name), registry.versions(name)]);
      if (versions.length === 0) {
        throw new UserError(`there is no model '${name}' in the registry ${registry.uri}`, { input: 'model', fix: 'Check the model name, or register it first' });
      }
      const known = Object.entries(aliases).map(([a, s]) => `${a} → ${s.version}`);
      throw new UserError(`alias '${ref.alias}' of model '${name}' is not set`, {
        input: 'alias',
        fix: known.length ? `Set aliases are ${known.join(', ')}; or give a version` : `No alias of '${name}' is set yet; give a version instead`,
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
        await registry.setAlias(name, alias, version, { expectedFrom: o.expectedFrom ?? null, reason: o.reason });
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
