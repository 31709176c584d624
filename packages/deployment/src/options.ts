/**
 * The rules between the deploy action's inputs (parseDeployOptions): version or alias, the alias to
 * move (default the environment), the inputs each target needs, the health and smoke URLs, and the
 * defaults. The action reads the inputs as typed values; this module checks them against each other,
 * so a unit test reaches every rule without spawning the action.
 */
import { isAbsolute, resolve } from 'node:path';
import { type Logger, UserError } from '@mlops-actions/errors';
import { isAlias, parseAlias, parseModelName, parseModelVersion, type ModelVersion } from '@mlops-actions/registry';
import { parseHealthExpect } from './health.ts';
import type { DeployRunOptions, TargetInput } from './run.ts';
import type { TargetKind } from './targets/target.ts';
import type { VersionRef } from './types.ts';

/** The deploy action's inputs as the action reads them: typed (durations in ms, booleans), not yet checked against each other. */
export interface DeployInputs {
  /** The workspace (absolute); a relative serving-dir is taken from it. */
  workspace: string;
  model: string;
  version: string | undefined;
  alias: string | undefined;
  environment: string;
  promoteAlias: string | undefined;
  target: TargetKind;
  command: string | undefined;
  webhookUrl: string | undefined;
  webhookSecret: string | undefined;
  servingDir: string | undefined;
  /** target-timeout in ms; undefined: 10 minutes. */
  targetTimeoutMs: number | undefined;
  healthUrl: string | undefined;
  healthExpect: string | undefined;
  /** health-timeout in ms; undefined: 60 s. */
  healthTimeoutMs: number | undefined;
  smokeUrl: string | undefined;
  smokeInput: string | undefined;
  environmentUrl: string | undefined;
  registry: { uri: string; branch: string };
  token: string | undefined;
  rollback: boolean;
  allowUnvalidated: boolean;
  allowDeprecated: boolean;
  recordDeployment: boolean;
  events: boolean;
  gtoTags: boolean;
}

export const DEFAULT_TARGET_TIMEOUT_MS = 10 * 60_000;
export const DEFAULT_HEALTH_TIMEOUT_MS = 60_000;

type TargetField = 'command' | 'webhookUrl' | 'webhookSecret' | 'servingDir';

/** The inputs only one target reads: input name → field of DeployInputs. */
const TARGET_INPUTS: Record<TargetKind, ReadonlyArray<readonly [string, TargetField]>> = {
  command: [['command', 'command']],
  webhook: [
    ['webhook-url', 'webhookUrl'],
    ['webhook-secret', 'webhookSecret'],
  ],
  directory: [['serving-dir', 'servingDir']],
};

/**
 * Checks the deploy inputs against each other and applies the defaults; every error names the input
 * and the fix. Inputs of another target than the chosen one are ignored with a warning.
 */
export function parseDeployOptions(i: DeployInputs, log: Pick<Logger, 'warning'>): DeployRunOptions {
  const model = parseModelName(i.model, { input: 'model' });
  if ((i.version === undefined) === (i.alias === undefined)) {
    throw new UserError(
      i.version === undefined ? 'give the version to deploy, or an alias that points at it' : 'give version or alias, not both',
      {
        input: i.version === undefined ? 'version' : 'alias',
        fix: "Set 'version: 1.4.0' or 'alias: candidate'",
      },
    );
  }
  const ref: VersionRef =
    i.version !== undefined ? { version: deployVersion(i.version) } : { alias: parseAlias(i.alias!, { input: 'alias' }) };
  const environment = required('environment', i.environment);
  if (i.promoteAlias === undefined && !isAlias(environment)) {
    throw new UserError(`the environment '${environment}' cannot name the alias to move`, {
      input: 'promote-alias',
      fix: `Set promote-alias to a lowercase name (e.g. ${aliasLike(environment)})`,
    });
  }
  const alias = parseAlias(i.promoteAlias ?? environment, { input: 'promote-alias' });

  for (const [kind, inputs] of Object.entries(TARGET_INPUTS)) {
    if (kind === i.target) continue;
    for (const [name, field] of inputs)
      if (i[field] !== undefined) log.warning(`input '${name}' is for target ${kind}; target is ${i.target}, so it is ignored`);
  }
  const target = targetInput(i);

  const healthUrl = httpUrl('health-url', i.healthUrl);
  const smokeUrl = httpUrl('smoke-url', i.smokeUrl) ?? (i.smokeInput !== undefined ? healthUrl : undefined);
  if (i.smokeInput !== undefined && !smokeUrl) {
    throw new UserError('needs a URL to send the request to', {
      input: 'smoke-input',
      fix: 'Set smoke-url (or health-url, which it defaults to)',
    });
  }
  if (i.smokeUrl !== undefined && i.smokeInput === undefined) {
    throw new UserError('is set but smoke-input (the request body) is not', {
      input: 'smoke-url',
      fix: 'Set smoke-input, e.g. \'{"features": [1, 2, 3]}\'',
    });
  }
  const expectations = parseHealthExpect(i.healthExpect);
  if (expectations.length && !healthUrl) {
    throw new UserError('is set but health-url is not, so there is nothing to check', { input: 'health-expect', fix: 'Set health-url' });
  }
  return {
    model,
    ref,
    environment,
    alias,
    registry: i.registry,
    target,
    health: {
      url: healthUrl,
      expectations,
      smoke: i.smokeInput !== undefined ? { url: smokeUrl!, body: i.smokeInput } : undefined,
      timeoutMs: i.healthTimeoutMs ?? DEFAULT_HEALTH_TIMEOUT_MS,
    },
    rollback: i.rollback,
    allowUnvalidated: i.allowUnvalidated,
    allowDeprecated: i.allowDeprecated,
    environmentUrl: httpUrl('environment-url', i.environmentUrl),
    recordDeployment: i.recordDeployment,
    events: i.events,
    gtoTags: i.gtoTags,
    token: i.token,
  };
}

/** The chosen target and the inputs it requires. */
function targetInput(i: DeployInputs): TargetInput {
  const timeoutMs = i.targetTimeoutMs ?? DEFAULT_TARGET_TIMEOUT_MS;
  if (i.target === 'command') return { kind: 'command', command: required('command', i.command), timeoutMs };
  if (i.target === 'webhook') {
    const url = required('webhook-url', httpUrl('webhook-url', i.webhookUrl));
    if (!i.webhookSecret) {
      throw new UserError('is required for target webhook: every request is signed with it', {
        input: 'webhook-secret',
        fix: "Store a random secret in the repository's secrets and pass it: 'webhook-secret: ${{ secrets.DEPLOY_WEBHOOK_SECRET }}'",
      });
    }
    return { kind: 'webhook', url, secret: i.webhookSecret, timeoutMs };
  }
  const dir = required('serving-dir', i.servingDir);
  // A serving directory often lives outside the workspace (e.g. /srv/models on a self-hosted runner).
  return { kind: 'directory', servingDir: isAbsolute(dir) ? resolve(dir) : resolve(i.workspace, dir) };
}

/** An input this choice needs (the action kit's words for a required input). */
function required(input: string, value: string | undefined): string {
  if (value === undefined || value === '') {
    throw new UserError('is required but was not set', { input, fix: `Add '${input}:' under 'with:' in the step` });
  }
  return value;
}

function httpUrl(input: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const u = URL.parse(value);
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) {
    throw new UserError(`'${value}' is not an http(s) URL`, { input, fix: 'Write the full URL, e.g. https://models.example.com/health' });
  }
  return value;
}

/** A valid alias close to an environment name, for the fix (`Prod EU` → `prod-eu`). */
function aliasLike(environment: string): string {
  const near = environment
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[^a-z]+|[^a-z0-9]+$/g, '');
  return isAlias(near) ? near : 'production';
}

/** A version to deploy, in deploy's words (the registry's own message speaks of registering). */
function deployVersion(v: string): ModelVersion {
  try {
    return parseModelVersion(v, { input: 'version' });
  } catch {
    throw new UserError(`'${v}' is not a semantic version`, {
      input: 'version',
      fix: "Give a registered version such as 1.4.0 (or 2.0.0-rc.1), or deploy by alias ('alias: candidate')",
    });
  }
}
