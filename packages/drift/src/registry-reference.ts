/**
 * `reference: registry`: the reference profile stored with the champion model version (the version
 * an alias such as `production` points at), as register-model keeps it.
 */
import { UserError, messageOf } from '@mlops-actions/errors';
import { openRegistry, type OpenRegistryOptions } from '@mlops-actions/registry';
import { checkProfile, type DatasetProfile } from './profile.ts';

export interface RegistryReferenceOptions {
  workspace: string;
  /** `git:<remote>` or `file:<dir>`. */
  uri: string;
  branch?: string | undefined;
  model: string;
  alias: string;
  tempDir?: string | undefined;
  token?: string | undefined;
  /** GITHUB_SERVER_URL: where `git:origin` goes when the workspace is not a checkout or origin is SSH. */
  serverUrl?: string | undefined;
  /** Who runs (its `repository` completes the `git:origin` fallback URL). */
  identity?: OpenRegistryOptions['identity'];
  log?: OpenRegistryOptions['log'];
}

export async function registryReferenceProfile(o: RegistryReferenceOptions): Promise<{ profile: DatasetProfile; label: string }> {
  if (!o.model)
    throw new UserError("is needed when reference is 'registry'", {
      input: 'model',
      fix: 'Name the registered model whose reference profile to use',
    });
  const registry = openRegistry({
    uri: o.uri,
    workspace: o.workspace,
    ...(o.branch ? { branch: o.branch } : {}),
    ...(o.tempDir ? { tempDir: o.tempDir } : {}),
    ...(o.token ? { token: o.token } : {}),
    ...(o.serverUrl ? { serverUrl: o.serverUrl } : {}),
    ...(o.identity ? { identity: o.identity } : {}),
    ...(o.log ? { log: o.log } : {}),
  });
  try {
    return await referenceOf(registry, o);
  } finally {
    await registry.close();
  }
}

async function referenceOf(
  registry: ReturnType<typeof openRegistry>,
  o: RegistryReferenceOptions,
): Promise<{ profile: DatasetProfile; label: string }> {
  const card = await registry.resolve(o.model, { alias: o.alias });
  if (!card) {
    throw new UserError(`model '${o.model}' has no version with the alias '${o.alias}' in ${o.uri}`, {
      input: 'alias',
      fix: 'Register the model and set the alias (register-model, deploy), or compare with reference files',
    });
  }
  const data = await registry.readAttachment(o.model, card.version, 'reference-profile');
  const label = `registry:${o.model}@${card.version}`;
  if (!data) {
    throw new UserError(`${o.model}@${card.version} (alias '${o.alias}') has no reference profile`, {
      input: 'reference',
      fix: "Write one with drift-report 'mode: profile' on the training data and pass it to register-model's reference-profile input",
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(data.toString('utf8'));
  } catch (e) {
    throw new UserError(`the reference profile of ${o.model}@${card.version} is not JSON: ${messageOf(e)}`, { input: 'reference' });
  }
  return { profile: checkProfile(json, label), label };
}
