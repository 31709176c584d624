/**
 * The reference profile stored with the champion model version (the version an alias such as
 * `production` points at), as register-model keeps it: what drift-report's `reference: registry`
 * compares with. The registry hands over the bytes (checked against their sha256 on the card);
 * reading them as a profile is the drift package's business (it owns that format).
 */
import { UserError } from '@mlops-actions/errors';
import { openRegistry } from './open.ts';
import type { Alias, ModelName, ModelVersion, OpenRegistryOptions, Registry } from './types.ts';

export interface StoredReferenceProfile {
  /** The profile file as stored. */
  data: Buffer;
  model: ModelName;
  version: ModelVersion;
  /** `registry:<model>@<version>`: where the reference came from, for reports. */
  label: string;
}

/** The reference profile of the version `alias` points at, from an open registry. */
export async function referenceProfileOf(registry: Registry, model: ModelName, alias: Alias): Promise<StoredReferenceProfile> {
  const card = await registry.resolve(model, { alias });
  if (!card) {
    throw new UserError(`model '${model}' has no version with the alias '${alias}' in ${registry.uri}`, {
      input: 'alias',
      fix: 'Register the model and set the alias (register-model, deploy), or compare with reference files',
    });
  }
  const data = await registry.readAttachment(model, card.version, 'reference-profile');
  if (!data) {
    throw new UserError(`${model}@${card.version} (alias '${alias}') has no reference profile`, {
      input: 'reference',
      fix: "Write one with drift-report 'mode: profile' on the training data and pass it to register-model's reference-profile input",
    });
  }
  return { data, model, version: card.version, label: `registry:${model}@${card.version}` };
}

/**
 * Opens the registry, reads the reference profile of `model` at `alias`, and closes the registry
 * whatever happens, so the scratch clone a `git:` registry keeps in `tempDir` (RUNNER_TEMP) is removed.
 */
export async function readReferenceProfile(open: OpenRegistryOptions, model: ModelName, alias: Alias): Promise<StoredReferenceProfile> {
  const registry = openRegistry(open);
  try {
    return await referenceProfileOf(registry, model, alias);
  } finally {
    await registry.close();
  }
}
