import {
  Inputs,
  JobSummary,
  log,
  readRegistryInputs,
  readRunnerContext,
  run as runAction,
  setOutputs,
  type RunnerContext,
} from '@mlops-actions/action-kit';
import { parseDeployOptions, runDeploy, type DeployInputs } from '@mlops-actions/deployment';

/** Every input, typed; the rules between them are the deployment package's (parseDeployOptions). */
function readInputs(): DeployInputs & { ctx: RunnerContext } {
  const inputs = new Inputs();
  const ctx = readRunnerContext();
  // The embedded default for local runs is a directory registry, as register-model's; it must exist.
  const registry = readRegistryInputs(inputs, ctx, { mustExist: true });
  return {
    ctx,
    workspace: ctx.workspace,
    model: inputs.string('model'),
    version: inputs.optional('version'),
    alias: inputs.optional('alias'),
    environment: inputs.string('environment'),
    promoteAlias: inputs.optional('promote-alias'),
    target: inputs.choice('target', ['command', 'webhook', 'directory'] as const),
    command: inputs.optional('command'),
    webhookUrl: inputs.optional('webhook-url'),
    webhookSecret: inputs.secret('webhook-secret'),
    servingDir: inputs.optional('serving-dir'),
    targetTimeoutMs: inputs.duration('target-timeout'),
    healthUrl: inputs.optional('health-url'),
    healthExpect: inputs.optional('health-expect'),
    healthTimeoutMs: inputs.duration('health-timeout'),
    smokeUrl: inputs.optional('smoke-url'),
    smokeInput: inputs.optional('smoke-input'),
    environmentUrl: inputs.optional('environment-url'),
    registry: { uri: registry.uri, branch: registry.branch },
    token: registry.token,
    rollback: inputs.boolean('rollback', true),
    allowUnvalidated: inputs.boolean('allow-unvalidated', false),
    allowDeprecated: inputs.boolean('allow-deprecated', false),
    recordDeployment: inputs.boolean('github-deployment', true),
    events: inputs.boolean('events', false),
    gtoTags: inputs.boolean('gto-tags', false),
  };
}

/** The action: src/index.ts (the bundle's entry) calls it; @github/local-action imports this file and calls it. */
export const run = (): Promise<void> =>
  runAction(async () => {
    const { ctx, ...raw } = readInputs();
    const r = await runDeploy(parseDeployOptions(raw, log), {
      ctx,
      env: process.env,
      log,
      signals: process,
      exit: (code) => process.exit(code),
    });
    setOutputs(r.outputs);
    await new JobSummary().add(r.summary).write();
    if (r.error) throw r.error;
  });
