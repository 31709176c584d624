/** parseDeployOptions: the rules between the deploy action's inputs, each once, without spawning the action. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DeployInputs, parseDeployOptions } from '@mlops-actions/deployment';
import { UserError } from '@mlops-actions/errors';

const WS = resolve('/work-space');

const inputs = (over: Partial<DeployInputs> = {}): DeployInputs => ({
  workspace: WS,
  model: 'churn',
  version: '1.4.0',
  alias: undefined,
  environment: 'staging',
  promoteAlias: undefined,
  target: 'directory',
  command: undefined,
  webhookUrl: undefined,
  webhookSecret: undefined,
  servingDir: 'serving',
  targetTimeoutMs: undefined,
  healthUrl: undefined,
  healthExpect: undefined,
  healthTimeoutMs: undefined,
  smokeUrl: undefined,
  smokeInput: undefined,
  environmentUrl: undefined,
  registry: { uri: 'file:registry', branch: 'mlops-registry' },
  token: undefined,
  rollback: true,
  allowUnvalidated: false,
  allowDeprecated: false,
  recordDeployment: true,
  events: false,
  gtoTags: false,
  ...over,
});

function parse(over: Partial<DeployInputs> = {}) {
  const warnings: string[] = [];
  const options = parseDeployOptions(inputs(over), { warning: (m) => void warnings.push(m) });
  return { options, warnings };
}

function refusal(over: Partial<DeployInputs>): UserError {
  try {
    parse(over);
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error(`accepted ${JSON.stringify(over)}`);
}

describe('parseDeployOptions refuses', () => {
  it.each<[string, Partial<DeployInputs>, string, RegExp, RegExp]>([
    ['an invalid model name', { model: 'Churn Model!' }, 'model', /is not a valid model name/, /lowercase letters/],
    ['neither version nor alias', { version: undefined }, 'version', /give the version to deploy, or an alias/, /'alias: candidate'/],
    ['both version and alias', { alias: 'candidate' }, 'alias', /give version or alias, not both/, /'version: 1\.4\.0'/],
    [
      'a version that is not semver, in deploy words',
      { version: '1.1' },
      'version',
      /'1\.1' is not a semantic version\. Give/,
      /deploy by alias/,
    ],
    [
      'an invalid alias',
      { version: undefined, alias: 'Candidate!' },
      'alias',
      /'Candidate!' is not a valid alias/,
      /starting with a letter/,
    ],
    ['an empty environment', { environment: '' }, 'environment', /is required but was not set/, /Add 'environment:'/],
    [
      'an environment that is no alias, without promote-alias (fix suggests one)',
      { environment: 'Prod EU' },
      'promote-alias',
      /the environment 'Prod EU' cannot name the alias to move/,
      /\(e\.g\. prod-eu\)/,
    ],
    [
      "an environment with '..' (the registry's isAlias, not a copy of its pattern)",
      { environment: 'prod..eu' },
      'promote-alias',
      /the environment 'prod\.\.eu' cannot name the alias to move/,
      /\(e\.g\. prod\.eu\)/,
    ],
    ['an invalid promote-alias', { promoteAlias: 'Prod!' }, 'promote-alias', /'Prod!' is not a valid alias/, /lowercase/],
    ['target command without command', { target: 'command' }, 'command', /is required but was not set/, /Add 'command:'/],
    [
      'target webhook without webhook-url',
      { target: 'webhook', webhookSecret: 's' },
      'webhook-url',
      /is required but was not set/,
      /Add 'webhook-url:'/,
    ],
    [
      'a webhook-url that is not http(s)',
      { target: 'webhook', webhookUrl: 'ftp://h/hook', webhookSecret: 's' },
      'webhook-url',
      /'ftp:\/\/h\/hook' is not an http\(s\) URL/,
      /Write the full URL/,
    ],
    [
      'target webhook without webhook-secret',
      { target: 'webhook', webhookUrl: 'https://h/hook' },
      'webhook-secret',
      /is required for target webhook: every request is signed with it/,
      /secrets\.DEPLOY_WEBHOOK_SECRET/,
    ],
    ['target directory without serving-dir', { servingDir: undefined }, 'serving-dir', /is required but was not set/, /Add 'serving-dir:'/],
    ['a health-url that is not http(s)', { healthUrl: 'localhost:8080/health' }, 'health-url', /is not an http\(s\) URL/, /full URL/],
    [
      'a smoke-url that is not http(s)',
      { smokeUrl: 'predict', smokeInput: '{}' },
      'smoke-url',
      /'predict' is not an http\(s\) URL/,
      /full URL/,
    ],
    [
      'an environment-url that is not http(s)',
      { environmentUrl: 'x.example.com' },
      'environment-url',
      /is not an http\(s\) URL/,
      /full URL/,
    ],
    [
      'smoke-input with no URL at all',
      { smokeInput: '{}' },
      'smoke-input',
      /needs a URL to send the request to/,
      /Set smoke-url \(or health-url/,
    ],
    [
      'smoke-url without smoke-input',
      { smokeUrl: 'http://h/predict' },
      'smoke-url',
      /is set but smoke-input \(the request body\) is not/,
      /Set smoke-input/,
    ],
    ['health-expect without health-url', { healthExpect: 'version' }, 'health-expect', /nothing to check/, /Set health-url/],
    [
      'a health-expect line that is no condition',
      { healthUrl: 'http://h/health', healthExpect: 'the right version' },
      'health-expect',
      /not a condition/,
      /one condition per line/,
    ],
  ])('%s', (_, over, input, message, fix) => {
    const e = refusal(over);
    expect(e.input).toBe(input);
    expect(e.message).toMatch(message);
    expect(e.fix).toMatch(fix);
  });
});

describe('parseDeployOptions derives', () => {
  it('the alias to move from the environment, and keeps a given promote-alias', () => {
    expect(parse({ environment: 'production' }).options.alias).toBe('production');
    expect(parse({ environment: 'Prod EU', promoteAlias: 'prod-eu' }).options.alias).toBe('prod-eu');
  });

  it('the version or alias reference, with a leading v dropped', () => {
    expect(parse({ version: 'v1.4.0' }).options.ref).toEqual({ version: '1.4.0' });
    expect(parse({ version: undefined, alias: 'candidate' }).options.ref).toEqual({ alias: 'candidate' });
  });

  it('each target from its inputs, a relative serving-dir from the workspace and an absolute one as given', () => {
    expect(parse().options.target).toEqual({ kind: 'directory', servingDir: resolve(WS, 'serving') });
    expect(parse({ servingDir: resolve('/srv/models') }).options.target).toEqual({ kind: 'directory', servingDir: resolve('/srv/models') });
    expect(parse({ target: 'command', command: 'deploy.sh', targetTimeoutMs: 5000 }).options.target).toEqual({
      kind: 'command',
      command: 'deploy.sh',
      timeoutMs: 5000,
    });
    expect(parse({ target: 'webhook', webhookUrl: 'https://h/hook', webhookSecret: 's3' }).options.target).toEqual({
      kind: 'webhook',
      url: 'https://h/hook',
      secret: 's3',
      timeoutMs: 10 * 60_000,
    });
  });

  it('a smoke-url falling back to health-url, and the default health timeout', () => {
    const { health } = parse({ healthUrl: 'http://h/health', smokeInput: '{"x":1}' }).options;
    expect(health.smoke).toEqual({ url: 'http://h/health', body: '{"x":1}' });
    expect(health.timeoutMs).toBe(60_000);
    const own = parse({ healthUrl: 'http://h/health', smokeUrl: 'http://h/predict', smokeInput: '{}', healthTimeoutMs: 3000 }).options
      .health;
    expect(own.smoke?.url).toBe('http://h/predict');
    expect(own.timeoutMs).toBe(3000);
    expect(parse().options.health).toEqual({ url: undefined, expectations: [], smoke: undefined, timeoutMs: 60_000 });
  });

  it('a warning for each input of another target, and none for the chosen target', () => {
    const { warnings } = parse({ command: 'deploy.sh', webhookUrl: 'https://h/hook', webhookSecret: 's' });
    expect(warnings).toEqual([
      "input 'command' is for target command; target is directory, so it is ignored",
      "input 'webhook-url' is for target webhook; target is directory, so it is ignored",
      "input 'webhook-secret' is for target webhook; target is directory, so it is ignored",
    ]);
    expect(parse({ target: 'command', command: 'deploy.sh', servingDir: undefined }).warnings).toEqual([]);
  });
});
