import { isAbsolute, resolve } from 'node:path';
import {
  Inputs,
  JobSummary,
  log,
  readRegistryInputs,
  readRunnerContext,
  run as runAction,
  setOutputs,
  UserError,
  type RunnerContext,
} from '@mlops-actions/action-kit';
import { parseHealthExpect, runDeploy, type DeployRunOptions, type TargetInput, type VersionRef } from '@mlops-actions/deployment';
import { parseAlias, parseModelName, parseModelVersion, type ModelVersion } from '@mlops-actions/registry';

interface DeployInputs extends DeployRunOptions {
  ctx: RunnerContext;
}

const TARGET_INPUTS = { command: ['command'], webhook: ['webhook-url', 'webhook-secret'], directory: ['serving-dir'] } as const;

function httpUrl(inputs: Inputs, name: string): string | undefined {
  const v = inputs.optional(name);
  if (v === undefined) return undefined;
  const u = URL.parse(v);
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) {
    throw new UserError(`'${v}' is not an http(s) URL`, { input: name, fix: 'Write the full URL, e.g. https://models.example.com/health' });
  }
  return v;
}

/** Every input, checked before anything is downloaded, recorded or deployed. */
function readInputs(): DeployInputs {
  const inputs = new Inputs();
  const ctx = readRunnerContext();
  const workspace = resolve(ctx.workspace);
  const model = parseModelName(inputs.string('model'), { input: 'model' });
  const version = inputs.optional('version');
  const alias = inputs.optional('alias');
  if ((version === undefined) === (alias === undefined)) {
    throw new UserError(
      version === undefined ? 'give the version to deploy, or an alias that points at it' : 'give version or alias, not both',
      {
        input: version === undefined ? 'version' : 'alias',
        fix: "Set 'version: 1.4.0' or 'alias: candidate'",
      },
    );
  }
  const ref: VersionRef = version !== undefined ? { version: deployVersion(version) } : { alias: parseAlias(alias!, { input: 'alias' }) };
  const environment = inputs.string('environment');
  const promote = inputs.optional('promote-alias') ?? environment;
  if (inputs.optional('promote-alias') === undefined && !/^[a-z](?:[a-z0-9._-]{0,62}[a-z0-9])?$/.test(environment)) {
    throw new UserError(`the environment '${environment}' cannot name the alias to move`, {
      input: 'promote-alias',
      fix: `Set promote-alias to a lowercase name (e.g. ${
        environment
          .toLowerCase()
          .replace(/[^a-z0-9._-]+/g, '-')
          .replace(/^[^a-z]+|[^a-z0-9]+$/g, '') || 'production'
      })`,
    });
  }
  const promoteAlias = parseAlias(promote, { input: 'promote-alias' });

  const kind = inputs.choice('target', ['command', 'webhook', 'directory'] as const);
  for (const [other, names] of Object.entries(TARGET_INPUTS)) {
    if (other === kind) continue;
    for (const n of names)
      if (inputs.optional(n) !== undefined) log.warning(`input '${n}' is for target ${other}; target is ${kind}, so it is ignored`);
  }
  const targetTimeoutMs = inputs.duration('target-timeout') ?? 10 * 60_000;
  let target: TargetInput;
  if (kind === 'command') {
    target = { kind, command: inputs.string('command'), timeoutMs: targetTimeoutMs };
  } else if (kind === 'webhook') {
    const url = httpUrl(inputs, 'webhook-url') ?? inputs.string('webhook-url');
    const secret = inputs.secret('webhook-secret');
    if (!secret) {
      throw new UserError('is required for target webhook: every request is signed with it', {
        input: 'webhook-secret',
        fix: "Store a random secret in the repository's secrets and pass it: 'webhook-secret: ${{ secrets.DEPLOY_WEBHOOK_SECRET }}'",
      });
    }
    target = { kind, url, secret, timeoutMs: targetTimeoutMs };
  } else {
    const dir = inputs.string('serving-dir');
    // A serving directory often lives outside the workspace (e.g. /srv/models on a self-hosted runner).
    target = { kind, servingDir: isAbsolute(dir) ? resolve(dir) : resolve(workspace, dir) };
  }

  const healthUrl = httpUrl(inputs, 'health-url');
  const smokeInput = inputs.optional('smoke-input');
  const smokeUrl = httpUrl(inputs, 'smoke-url') ?? (smokeInput !== undefined ? healthUrl : undefined);
  if (smokeInput !== undefined && !smokeUrl) {
    throw new UserError('needs a URL to send the request to', {
      input: 'smoke-input',
      fix: 'Set smoke-url (or health-url, which it defaults to)',
    });
  }
  if (inputs.optional('smoke-url') !== undefined && smokeInput === undefined) {
    throw new UserError('is set but smoke-input (the request body) is not', {
      input: 'smoke-url',
      fix: 'Set smoke-input, e.g. \'{"features": [1, 2, 3]}\'',
    });
  }
  const expectations = parseHealthExpect(inputs.optional('health-expect'));
  if (expectations.length && !healthUrl) {
    throw new UserError('is set but health-url is not, so there is nothing to check', { input: 'health-expect', fix: 'Set health-url' });
  }
  const timeoutMs = inputs.duration('health-timeout') ?? 60_000;
  const registry = readRegistryInputs(inputs, ctx, { mustExist: true });
  return {
    ctx,
    model,
    ref,
    environment,
    alias: promoteAlias,
    // The embedded default for local runs is a directory registry, as register-model's; it must exist.
    registry: { uri: registry.uri, branch: registry.branch },
    target,
    health: { url: healthUrl, expectations, smoke: smokeInput !== undefined ? { url: smokeUrl!, body: smokeInput } : undefined, timeoutMs },
    rollback: inputs.boolean('rollback', true),
    allowUnvalidated: inputs.boolean('allow-unvalidated', false),
    allowDeprecated: inputs.boolean('allow-deprecated', false),
    environmentUrl: httpUrl(inputs, 'environment-url'),
    recordDeployment: inputs.boolean('github-deployment', true),
    events: inputs.boolean('events', false),
    gtoTags: inputs.boolean('gto-tags', false),
    token: registry.token,
  };
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

/** The action: src/index.ts (the bundle's entry) calls it; @github/local-action imports this file and calls it. */
export const run = (): Promise<void> =>
  runAction(async () => {
    const { ctx, ...options } = readInputs();
    const r = await runDeploy(options, { ctx, env: process.env, log, signals: process, exit: (code) => process.exit(code) });
    setOutputs(r.outputs);
    await new JobSummary().add(r.summary).write();
    if (r.error) throw r.error;
  });
