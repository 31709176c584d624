import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import {
  Inputs,
  JobSummary,
  log,
  readRunnerContext,
  run as runAction,
  setOutputs,
  UserError,
  type RunnerContext,
  defaultRegistry,
  registryContext,
} from '@mlops-actions/action-kit';
import {
  createTarget,
  deploy,
  deployRegistry,
  GitHubDeployments,
  parseHealthExpect,
  proxyAwareFetch,
  renderSummary,
  type DeployOutcome,
  type HealthSettings,
  type TargetSpec,
  type VersionRef,
} from '@mlops-actions/deployment';
import { createGitHubClient, type GitHubClient } from '@mlops-actions/github';
import {
  openRegistry,
  sendAliasEvent,
  validateAlias,
  validateModelName,
  validateVersion,
  type AliasMove,
  type ReleaseClient,
} from '@mlops-actions/registry';

interface DeployInputs {
  ctx: RunnerContext;
  model: string;
  ref: VersionRef;
  environment: string;
  alias: string;
  registry: string;
  branch: string;
  target: TargetSpec;
  health: HealthSettings;
  rollback: boolean;
  allowUnvalidated: boolean;
  allowDeprecated: boolean;
  environmentUrl: string | undefined;
  recordDeployment: boolean;
  events: boolean;
  gtoTags: boolean;
  token: string | undefined;
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
  const model = validateModelName(inputs.string('model'), { input: 'model' });
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
  const ref: VersionRef =
    version !== undefined ? { version: deployVersion(version) } : { alias: validateAlias(alias!, { input: 'alias' }) };
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
  const promoteAlias = validateAlias(promote, { input: 'promote-alias' });

  const kind = inputs.choice('target', ['command', 'webhook', 'directory'] as const);
  for (const [other, names] of Object.entries(TARGET_INPUTS)) {
    if (other === kind) continue;
    for (const n of names)
      if (inputs.optional(n) !== undefined) log.warning(`input '${n}' is for target ${other}; target is ${kind}, so it is ignored`);
  }
  const targetTimeoutMs = inputs.duration('target-timeout') ?? 10 * 60_000;
  let target: TargetSpec;
  if (kind === 'command') {
    target = { kind, command: inputs.string('command'), cwd: workspace, baseEnv: process.env, timeoutMs: targetTimeoutMs };
  } else if (kind === 'webhook') {
    const url = httpUrl(inputs, 'webhook-url') ?? inputs.string('webhook-url');
    const secret = inputs.secret('webhook-secret');
    if (!secret) {
      throw new UserError('is required for target webhook: every request is signed with it', {
        input: 'webhook-secret',
        fix: "Store a random secret in the repository's secrets and pass it: 'webhook-secret: ${{ secrets.DEPLOY_WEBHOOK_SECRET }}'",
      });
    }
    target = {
      kind,
      url,
      secret,
      timeoutMs: targetTimeoutMs,
      fetch: proxyAwareFetch(process.env),
      provenance: { repository: ctx.repository, sha: ctx.sha, ref: ctx.ref, runUrl: ctx.runUrl, actor: ctx.actor },
    };
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
  return {
    ctx,
    model,
    ref,
    environment,
    alias: promoteAlias,
    // The embedded default for local runs is a directory registry, as register-model's.
    registry: registryInput(inputs.optional('registry') ?? defaultRegistry(ctx), workspace),
    branch: inputs.string('registry-branch', 'mlops-registry'),
    target,
    health: { url: healthUrl, expectations, smoke: smokeInput !== undefined ? { url: smokeUrl!, body: smokeInput } : undefined, timeoutMs },
    rollback: inputs.boolean('rollback', true),
    allowUnvalidated: inputs.boolean('allow-unvalidated', false),
    allowDeprecated: inputs.boolean('allow-deprecated', false),
    environmentUrl: httpUrl(inputs, 'environment-url'),
    recordDeployment: inputs.boolean('github-deployment', true),
    events: inputs.boolean('events', false),
    gtoTags: inputs.boolean('gto-tags', false),
    token: inputs.secret('github-token'),
  };
}

/** A version to deploy, in deploy's words (the registry's own message speaks of registering). */
function deployVersion(v: string): string {
  try {
    return validateVersion(v, { input: 'version' });
  } catch {
    throw new UserError(`'${v}' is not a semantic version`, {
      input: 'version',
      fix: "Give a registered version such as 1.4.0 (or 2.0.0-rc.1), or deploy by alias ('alias: candidate')",
    });
  }
}

function registryInput(uri: string, workspace: string): string {
  checkFileRegistry(uri, workspace);
  return uri;
}

/** A file: registry must exist: an empty one would only say that no model is in it. */
function checkFileRegistry(uri: string, workspace: string): void {
  if (!uri.startsWith('file:')) return;
  const dir = uri.slice('file:'.length);
  const path = isAbsolute(dir) ? dir : resolve(workspace, dir);
  if (!existsSync(path)) {
    throw new UserError(`the registry directory ${dir} does not exist`, {
      input: 'registry',
      fix: "Point it at the directory register-model wrote (file:<dir>, relative to the workspace), or use git:origin for the repository's registry branch",
    });
  }
}

/** A registry URI for a webhook body: no credentials. */
function publicUri(uri: string): string {
  return uri.replace(/\/\/[^/@\s]*@/, '//');
}

/** The action: src/index.ts (the bundle's entry) calls it; @github/local-action imports this file and calls it. */
export const run = (): Promise<void> =>
  runAction(async () => {
    const i = readInputs();
    const { ctx } = i;
    let octokit: GitHubClient | undefined;
    if (ctx.owner && ctx.repo && i.token) octokit = createGitHubClient({ token: i.token, apiUrl: ctx.apiUrl, log });
    const releases =
      octokit && ctx.owner && ctx.repo ? { octokit: octokit as unknown as ReleaseClient, owner: ctx.owner, repo: ctx.repo } : undefined;
    const registry = openRegistry({ uri: i.registry, branch: i.branch, token: i.token, github: releases, log, ...registryContext(ctx) });
    if (i.target.kind === 'webhook') i.target.registry = publicUri(registry.uri);
    let github: { deployments: GitHubDeployments; ref: string } | undefined;
    if (i.recordDeployment && octokit && ctx.owner && ctx.repo && ctx.sha) {
      github = { deployments: new GitHubDeployments({ octokit, owner: ctx.owner, repo: ctx.repo, runUrl: ctx.runUrl, log }), ref: ctx.sha };
    } else if (i.recordDeployment) {
      log.info('Not recording a GitHub Deployment: no repository, commit or token (a local run)');
    }
    const target = createTarget(i.target, log);
    // Cancellation (workflow cancel, timeout-minutes, cancel-in-progress): the runner sends SIGINT, then
    // SIGTERM 7.5 s later, then kills the process tree 2.5 s after that (actions/runner,
    // src/Runner.Sdk/ProcessInvoker.cs: _sigintTimeout 7500 ms, _sigtermTimeout 2500 ms). The first
    // signal aborts the flow, which stops the target, restores what the alias names and marks the
    // deployment; the step then fails with its outputs set. A later signal changes nothing; if the
    // restore is still running 9 s after the first one, the deployment is closed and the step exits.
    const cancel = new AbortController();
    const onCancel = (signal: string) => {
      if (cancel.signal.aborted) return;
      log.warning(`The workflow run was cancelled (${signal}): stopping the deployment and restoring what alias ${i.alias} names`);
      cancel.abort(new Error(`the workflow run was cancelled (${signal}) during the deployment`));
      setTimeout(() => {
        void (github?.deployments.abandon(`The workflow run was cancelled (${signal}) during the deployment`) ?? Promise.resolve()).finally(
          () => process.exit(1),
        );
      }, 9000).unref();
    };
    process.on('SIGINT', onCancel);
    process.on('SIGTERM', onCancel);
    let move: AliasMove | undefined;
    try {
      const out = await deploy({
        registry: deployRegistry(registry, { gtoTags: i.gtoTags, onMove: (m) => (move = m) }),
        model: i.model,
        ref: i.ref,
        environment: i.environment,
        alias: i.alias,
        target,
        health: i.health,
        rollback: i.rollback,
        allowUnvalidated: i.allowUnvalidated,
        allowDeprecated: i.allowDeprecated,
        workDir: resolve(ctx.runnerTemp),
        github,
        environmentUrl: i.environmentUrl,
        reason: `deploy to ${i.environment}${ctx.runUrl ? ` (${ctx.runUrl})` : ''}`,
        fetch: proxyAwareFetch(process.env),
        log: { info: log.info, warning: log.warning, group: log.group },
        signal: cancel.signal,
      });
      if (refusedInput(out)) throw new UserError(failureMessage(i.model, i.environment, out));
      setOutputs({
        version: out.version,
        'previous-version': out.previousVersion,
        status: out.status,
        'deployment-id': out.deploymentId,
        'environment-url': out.environmentUrl,
        'duration-seconds': out.durationSeconds,
      });
      const deploymentsUrl = ctx.repository
        ? `${ctx.serverUrl}/${ctx.repository}/deployments/${encodeURIComponent(i.environment)}`
        : undefined;
      await new JobSummary().add(renderSummary(out, { target: target.describe(), deploymentsUrl })).write();
      if (out.status === 'deployed') {
        log.info(
          `Deployed ${i.model} ${out.version} to ${i.environment} in ${out.durationSeconds}s; alias ${i.alias} → ${out.version}${move?.tag ? ` (tag ${move.tag})` : ''}`,
        );
        if (i.events && move) {
          // After the deployment: repository_dispatch starts workflows even when sent with GITHUB_TOKEN.
          if (!releases) log.warning('events: not sending alias-moved: no GitHub repository or token (a local run)');
          else {
            const sent = await sendAliasEvent(registry, releases.octokit, releases, move, {
              registry: i.registry,
              branch: i.branch,
              ...ctx,
            });
            if (sent) log.info(`Sent the ${sent} event (repository_dispatch) for ${i.model}@${out.version}`);
          }
        }
        return;
      }
      throw new UserError(failureMessage(i.model, i.environment, out));
    } finally {
      await registry.close();
    }
  });

function failureMessage(model: string, environment: string, out: DeployOutcome): string {
  const what = `Deploying ${model}${out.version ? ` ${out.version}` : ''} to ${environment} failed: ${out.error ?? 'unknown error'}`;
  return `${what}${/[.!?]$/.test(what) ? '' : '.'} ${capitalise(out.restored ?? '')}`.trim();
}

/**
 * The inputs named nothing deployable (no such model, version or alias, a registry that cannot be
 * read, a version its validation result refuses): an input error, which sets no outputs and writes no
 * summary. A deployment that failed later (verify, the GitHub deployment, the target, health) keeps
 * them, so that `if: failure()` steps can read status and deployment-id.
 */
function refusedInput(out: DeployOutcome): boolean {
  return out.status === 'failed' && out.restored === 'nothing was deployed' && out.steps.every((s) => s.step === 'resolve');
}

function capitalise(s: string): string {
  return s ? `${s[0]!.toUpperCase()}${s.slice(1)}${/[.!?]$/.test(s) ? '' : '.'}` : '';
}
