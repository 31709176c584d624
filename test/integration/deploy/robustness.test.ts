/**
 * Deploy robustness: bad input or a fault → the step fails (exit 1) with exactly one `::error::` that
 * names the input (or file) and the fix (expectCleanFailure: no stack, internal-error wording, raw
 * errno or token). An input error sets no outputs, state or summary and changes nothing in the
 * workspace or runner temp; a deployment that failed at runtime (verify, GitHub, target, health) sets
 * its outputs and summary (status, deployment-id) for `if: failure()` steps, and the cases with
 * `deployment` assert those. Either way nothing is left behind: the serving directory still
 * serves the version the alias names (nothing live that was not health-checked), no half-copied
 * release or temporary link, no scratch download, no GitHub deployment left in_progress or success.
 *
 * Every case starts from the same state, copied: a file: registry with churn 1.0.0 (validated, alias
 * staging, served through the directory target), 1.1.0 (validated), 1.2.0 (no validation),
 * 1.3.0 (failed validation) and 1.4.0 (validated, but its server answers 503), and a model server on
 * loopback that serves whatever `current` points at.
 */
import { cp, mkdir, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, TOKENS, type GitHubEmulator } from '../../harness/github-emulator/server.ts';
import { runStep, type StepResult } from '../../harness/step-runner.ts';
import { makeRegistry, MODEL } from '../../unit/deployment/fixtures.ts';
import { closedPort, expectNoViolations, json, serve, type TestServer } from '../../unit/deployment/servers.ts';
import { actionDir, expectCleanFailure, expectUnchanged, snapshotTree } from '../../robustness/helpers.ts';
import { ensureDeployBundle } from './bundle.ts';
import { tempDir } from '../../harness/temp.ts';

const REPO = 'octo-org/ml-project';
let gh: GitHubEmulator;
let base: string;
let ws: string;
let model: TestServer;
/** A second origin, for redirects away from the model server. */
let elsewhere: TestServer;
/** A webhook receiver whose answer each case sets. */
let hook: TestServer;
let hookAnswer: { status: number; body?: unknown; headers?: Record<string, string> } = { status: 202 };

beforeAll(async () => {
  await ensureDeployBundle();
  gh = await startGitHubEmulator();
  const reg = await makeRegistry('file');
  await reg.register({ version: '1.0.0', validated: true, alias: 'staging' });
  await reg.register({ version: '1.1.0', validated: true });
  await reg.register({ version: '1.2.0' });
  await reg.register({ version: '1.3.0', validated: false });
  await reg.register({ version: '1.4.0', validated: true, healthy: false });
  await reg.registry.close();
  base = reg.workspace;
  const first = await runStep({
    action: 'deploy',
    workspace: base,
    inputs: {
      model: MODEL,
      version: '1.0.0',
      environment: 'staging',
      registry: 'file:registry',
      target: 'directory',
      'serving-dir': 'serving',
      'github-deployment': 'false',
      'promote-alias': 'staging',
    },
  });
  if (first.exitCode !== 0) throw new Error(first.stdout);
  model = await serve(async (req, res) => {
    const text = await readFile(join(ws, 'serving', 'current', 'model.json'), 'utf8').catch(() => undefined);
    if (req.url === '/to-elsewhere') return void res.writeHead(302, { location: `${elsewhere.url}/healthz` }).end();
    if (req.url === '/server-error') return void res.writeHead(500, { 'content-type': 'text/plain' }).end('Server Error');
    if (text === undefined) return json(res, 503, { error: 'no model loaded' });
    const m = JSON.parse(text) as { version: string; healthy: boolean };
    if (!m.healthy) return json(res, 503, { error: 'model failed to load', version: m.version });
    if (req.method === 'POST' && req.url === '/predict-bad') return json(res, 422, { error: 'unknown feature' });
    json(res, 200, { status: 'ok', version: m.version });
  });
  elsewhere = await serve((_req, res) => json(res, 200, { status: 'ok', version: '1.1.0' }));
  hook = await serve(
    (_req, res) =>
      void res
        .writeHead(hookAnswer.status, { 'content-type': 'application/json', ...(hookAnswer.headers ?? {}) })
        .end(JSON.stringify(hookAnswer.body ?? {})),
  );
}, 120_000);

afterAll(async () => {
  await Promise.all([model?.close(), elsewhere?.close(), hook?.close()]);
  await gh?.stop();
});

afterEach(() => expectNoViolations(gh));

interface Case {
  /** The input (or file, or fault) the case is about, for its name. */
  about: string;
  inputs?: Record<string, string>;
  /** Changes the copied workspace (or the world) before the step runs. */
  setup?: (ws: string) => Promise<void>;
  token?: string;
  /** The one error annotation's message. */
  error: RegExp;
  /** The fix the message must state. */
  fix: RegExp;
  /**
   * A deployment that was attempted and failed (a runtime failure, not an input error): deploy then
   * sets its outputs (status, deployment-id, …) and the job summary, so that `if: failure()` steps can
   * read them; the case asserts their values. Without it (the input errors) there are no outputs, no
   * state, no summary, and the workspace and runner temp are unchanged.
   */
  deployment?: { status: 'failed' | 'rolled-back' /** A GitHub deployment was created (and marked failed). */; recorded: boolean };
  /** What `current` serves afterwards (default: 1.0.0, the alias's version; null: no link). */
  served?: string | null;
}

const PORT_CLOSED = await closedPort();

const cases: Case[] = [
  // ---- inputs, checked before anything is read or deployed ------------------------------------
  {
    about: "input 'model' empty",
    inputs: { model: '' },
    error: /^input 'model': is required but was not set\. Add 'model:' under 'with:'/,
    fix: /Add 'model:' under 'with:'/,
  },
  {
    about: "input 'model' not a model name",
    inputs: { model: 'Churn Model!' },
    error: /^input 'model': 'Churn Model!' is not a valid model name\. Use 1 to 64 lowercase letters/,
    fix: /Use 1 to 64 lowercase letters/,
  },
  {
    about: "input 'model' not in the registry",
    inputs: { model: 'fraud' },
    error:
      /input 'model': there is no model 'fraud' in the registry file:registry\. Check the model name, or register it first\. Nothing was deployed\.$/,
    fix: /Check the model name, or register it first/,
  },
  {
    about: "inputs 'version' and 'alias' both set",
    inputs: { alias: 'candidate' },
    error: /^input 'alias': give version or alias, not both\. Set 'version: 1\.4\.0' or 'alias: candidate'/,
    fix: /Set 'version: 1\.4\.0' or 'alias: candidate'/,
  },
  {
    about: "inputs 'version' and 'alias' both empty",
    inputs: { version: '' },
    error: /^input 'version': give the version to deploy, or an alias that points at it\. Set 'version: 1\.4\.0'/,
    fix: /Set 'version: 1\.4\.0' or 'alias: candidate'/,
  },
  {
    about: "input 'version' not a semantic version",
    inputs: { version: '1.1' },
    error: /^input 'version': '1\.1' is not a semantic version\. Give a registered version such as 1\.4\.0/,
    fix: /Give a registered version such as 1\.4\.0/,
  },
  {
    about: "input 'version' not registered",
    inputs: { version: '9.9.9' },
    error:
      /input 'version': model 'churn' has no version 9\.9\.9 in the registry file:registry\. Registered versions include 1\.4\.0, 1\.3\.0, 1\.2\.0, 1\.1\.0, 1\.0\.0.*Nothing was deployed\.$/,
    fix: /Registered versions include 1\.4\.0/,
  },
  {
    about: "input 'alias' not an alias name",
    inputs: { version: '', alias: 'Candidate!' },
    error: /^input 'alias': 'Candidate!' is not a valid alias\. Use 1 to 64 lowercase/,
    fix: /Use 1 to 64 lowercase letters/,
  },
  {
    about: "input 'alias' not set in the registry",
    inputs: { version: '', alias: 'candidate' },
    error: /input 'alias': alias 'candidate' of model 'churn' is not set\. Set aliases are staging → 1\.0\.0; or give a version/,
    fix: /or give a version/,
  },
  {
    about: "input 'environment' empty",
    inputs: { environment: '' },
    error: /^input 'environment': is required but was not set/,
    fix: /Add 'environment:' under 'with:'/,
  },
  {
    about: "input 'environment' that cannot name an alias",
    inputs: { environment: 'Prod EU' },
    error:
      /^input 'promote-alias': the environment 'Prod EU' cannot name the alias to move\. Set promote-alias to a lowercase name \(e\.g\. prod-eu\)/,
    fix: /Set promote-alias to a lowercase name/,
  },
  {
    about: "input 'promote-alias' not an alias name",
    inputs: { 'promote-alias': 'Prod!' },
    error: /^input 'promote-alias': 'Prod!' is not a valid alias/,
    fix: /Use 1 to 64 lowercase letters/,
  },
  {
    about: "input 'target' unknown",
    inputs: { target: 'ssh' },
    error: /^input 'target': must be one of 'command', 'webhook', 'directory', got 'ssh'/,
    fix: /must be one of 'command', 'webhook', 'directory'/,
  },
  {
    about: "input 'command' empty for target command",
    inputs: { target: 'command' },
    error: /^input 'command': is required but was not set/,
    fix: /Add 'command:' under 'with:'/,
  },
  {
    about: "input 'webhook-url' empty for target webhook",
    inputs: { target: 'webhook', 'webhook-url': '', 'webhook-secret': 's3cret' },
    error: /^input 'webhook-url': is required but was not set/,
    fix: /Add 'webhook-url:' under 'with:'/,
  },
  {
    about: "input 'webhook-url' not http(s)",
    inputs: { target: 'webhook', 'webhook-url': 'ftp://deployer.example.com/hook', 'webhook-secret': 's3cret' },
    error: /^input 'webhook-url': 'ftp:\/\/deployer\.example\.com\/hook' is not an http\(s\) URL\. Write the full URL/,
    fix: /Write the full URL/,
  },
  {
    about: "input 'webhook-secret' empty for target webhook",
    inputs: { target: 'webhook', 'webhook-url': 'https://deployer.example.com/hook' },
    error: /^input 'webhook-secret': is required for target webhook: every request is signed with it\. Store a random secret/,
    fix: /Store a random secret in the repository's secrets and pass it/,
  },
  {
    about: "input 'serving-dir' empty for target directory",
    inputs: { 'serving-dir': '' },
    error: /^input 'serving-dir': is required but was not set/,
    fix: /Add 'serving-dir:' under 'with:'/,
  },
  {
    about: "input 'health-url' not a URL",
    inputs: { 'health-url': 'localhost:8080/health' },
    error: /^input 'health-url': 'localhost:8080\/health' is not an http\(s\) URL\. Write the full URL/,
    fix: /Write the full URL/,
  },
  {
    about: "input 'health-expect' without health-url",
    inputs: { 'health-url': '' },
    error: /^input 'health-expect': is set but health-url is not, so there is nothing to check\. Set health-url/,
    fix: /Set health-url/,
  },
  {
    about: "input 'health-expect' not a condition",
    inputs: { 'health-expect': 'the right version' },
    error: /^input 'health-expect': line 1 \('the right version'\): not a condition\. Write one condition per line/,
    fix: /Write one condition per line/,
  },
  {
    about: "input 'health-expect' header without ==",
    inputs: { 'health-expect': 'version\nheader X-Version' },
    error: /^input 'health-expect': line 2 \('header X-Version'\): a header condition reads: header <Name> == <value>/,
    fix: /Write one condition per line/,
  },
  {
    about: "input 'health-timeout' not a duration",
    inputs: { 'health-timeout': 'soon' },
    error: /^input 'health-timeout': 'soon' is not a duration\. Write a number and a unit/,
    fix: /Write a number and a unit/,
  },
  {
    about: "input 'target-timeout' not a duration",
    inputs: { 'target-timeout': '10 minutes please' },
    error: /^input 'target-timeout': '10 minutes please' is not a duration/,
    fix: /Write a number and a unit/,
  },
  {
    about: "input 'smoke-input' without a URL",
    inputs: { 'health-url': '', 'health-expect': '', 'smoke-input': '{"rows":[]}' },
    error: /^input 'smoke-input': needs a URL to send the request to\. Set smoke-url/,
    fix: /Set smoke-url/,
  },
  {
    about: "input 'smoke-url' without smoke-input",
    inputs: { 'smoke-url': 'http://127.0.0.1:9/predict' },
    error: /^input 'smoke-url': is set but smoke-input \(the request body\) is not\. Set smoke-input/,
    fix: /Set smoke-input/,
  },
  {
    about: "input 'smoke-url' not a URL",
    inputs: { 'smoke-url': 'predict', 'smoke-input': '{}' },
    error: /^input 'smoke-url': 'predict' is not an http\(s\) URL/,
    fix: /Write the full URL/,
  },
  {
    about: "input 'environment-url' not a URL",
    inputs: { 'environment-url': 'staging.example.com' },
    error: /^input 'environment-url': 'staging\.example\.com' is not an http\(s\) URL/,
    fix: /Write the full URL/,
  },
  {
    about: "input 'rollback' not a boolean",
    inputs: { rollback: 'sometimes' },
    error: /^input 'rollback': must be true or false, got 'sometimes'/,
    fix: /must be true or false/,
  },
  {
    about: "input 'allow-unvalidated' not a boolean",
    inputs: { 'allow-unvalidated': 'yes please' },
    error: /^input 'allow-unvalidated': must be true or false, got 'yes please'/,
    fix: /must be true or false/,
  },
  {
    about: "input 'github-deployment' not a boolean",
    inputs: { 'github-deployment': 'nope' },
    error: /^input 'github-deployment': must be true or false, got 'nope'/,
    fix: /must be true or false/,
  },
  {
    about: "input 'registry' an unknown scheme",
    inputs: { registry: 's3://models' },
    error: /^input 'registry': 's3:\/\/models' is not a registry URI\. Write git:origin/,
    fix: /Write git:origin .*, git:<url or path>, or file:<dir>/,
  },
  {
    about: "input 'registry' git: without a remote",
    inputs: { registry: 'git:' },
    error: /input 'registry': 'git:' names no remote\. Write git:origin, git:<url> or file:<dir>\. Nothing was deployed\.$/,
    fix: /Write git:origin, git:<url> or file:<dir>/,
  },
  {
    about: "input 'registry' a git: URL where nothing listens (ECONNREFUSED)",
    inputs: { registry: `git:http://127.0.0.1:${PORT_CLOSED}/models.git` },
    error:
      /input 'registry': cannot reach the registry git:http:\/\/127\.0\.0\.1:\d+\/models\.git: .*Couldn't connect to server\. Check that git:.* names a reachable git remote.*Nothing was deployed\.$/,
    fix: /names a reachable git remote/,
  },
  {
    about: "input 'registry-branch' not a branch name",
    inputs: { registry: `git:http://127.0.0.1:${PORT_CLOSED}/models.git`, 'registry-branch': 'a..b' },
    error: /^input 'registry-branch': 'a\.\.b' is not a usable branch name\. Use a plain branch name such as mlops-registry\.$/,
    fix: /Use a plain branch name such as mlops-registry/,
  },
  {
    about: "input 'registry' a file: directory that does not exist",
    inputs: { registry: 'file:no-such-registry' },
    error: /^input 'registry': the registry directory no-such-registry does not exist\. Point it at the directory register-model wrote/,
    fix: /Point it at the directory register-model wrote/,
  },

  // ---- the registry and the model card ----------------------------------------------------------
  {
    about: "version 1.2.0 without a validation result (input 'allow-unvalidated')",
    inputs: { version: '1.2.0' },
    error:
      /input 'allow-unvalidated': churn 1\.2\.0 has no validate-metrics result in its model card, so it is not deployed\. Register versions with/,
    fix: /Register versions with register-model's 'validation-report' input .*, or set 'allow-unvalidated: true'/,
  },
  {
    about: "version 1.3.0 that failed validation (input 'allow-unvalidated')",
    inputs: { version: '1.3.0' },
    error:
      /input 'allow-unvalidated': churn 1\.3\.0 failed validate-metrics at registration \(failed checks: accuracy: min 0\.9\), so it is not deployed\. Deploy a version that passed validation/,
    fix: /Deploy a version that passed validation, or set 'allow-unvalidated: true'/,
  },
  {
    about: 'stored model file changed after registration (model.json)',
    setup: async (w) =>
      writeFile(
        join(w, 'registry', 'models', MODEL, 'versions', '1.1.0', 'files', 'model.json'),
        '{"version":"1.1.0","healthy":true,"backdoor":1}',
      ),
    error: /model\.json of churn@1\.1\.0 does not match its model card.*Nothing was deployed\.$/,
    fix: /Restore the store from its history or register the model again under a new version/,
    deployment: { status: 'failed', recorded: false },
  },
  {
    about: 'stored model file missing (weights/layer0.bin)',
    setup: async (w) => rm(join(w, 'registry', 'models', MODEL, 'versions', '1.1.0', 'files', 'weights', 'layer0.bin')),
    error: /weights\/layer0\.bin.*churn@1\.1\.0.*Nothing was deployed\.$/,
    fix: /Restore the store from its history or register the model again under a new version/,
    deployment: { status: 'failed', recorded: false },
  },

  // ---- the directory target ---------------------------------------------------------------------
  {
    about: "input 'serving-dir' whose current is a directory, not a link",
    setup: async (w) => {
      await rm(join(w, 'serving', 'current'));
      await mkdir(join(w, 'serving', 'current'));
    },
    error: /input 'serving-dir': .*current is a directory, not a symbolic link, so it cannot be switched atomically\. Move it away/,
    fix: /Move it away \(e\.g\. into releases\/\) and let deploy create the link/,
    deployment: { status: 'failed', recorded: true },
    served: 'not a link',
  },
  {
    about: "input 'serving-dir' that is a file",
    inputs: { 'serving-dir': 'serving.txt' },
    setup: async (w) => writeFile(join(w, 'serving.txt'), 'not a directory'),
    error:
      /input 'serving-dir': cannot create .*serving\.txt\/releases: .*serving\.txt\/releases is below a file, not a directory .*\. Point serving-dir at a directory the runner can write.*Nothing was changed/,
    fix: /Point serving-dir at a directory the runner can write/,
    deployment: { status: 'failed', recorded: true },
  },
  {
    about: "input 'serving-dir' whose releases is a file",
    setup: async (w) => {
      await rm(join(w, 'serving', 'releases', '1.1.0'), { recursive: true, force: true });
      await cp(join(w, 'serving', 'releases'), join(w, 'serving', 'releases.bak'), { recursive: true });
      await rm(join(w, 'serving', 'releases'), { recursive: true });
      await writeFile(join(w, 'serving', 'releases'), 'oops');
      await rm(join(w, 'serving', 'current'));
      await symlink('releases.bak/1.0.0', join(w, 'serving', 'current'));
    },
    error:
      /input 'serving-dir': cannot create .*serving\/releases: .*serving\/releases is a file, not a directory\. Point serving-dir at a directory the runner can write.*Nothing was changed/,
    fix: /Point serving-dir at a directory the runner can write/,
    deployment: { status: 'failed', recorded: true },
  },

  // ---- the command target -------------------------------------------------------------------------
  {
    about: "input 'command' exiting 3 (rolled back with it)",
    inputs: {
      target: 'command',
      command: '[ "$MODEL_VERSION" != 1.1.0 ] || { echo "error: quota exceeded" >&2; exit 3; }',
      'health-url': '',
      'health-expect': '',
    },
    error:
      /input 'command'.*exited with code 3; its last output:\s+error: quota exceeded\. Rolled back: staging serves churn 1\.0\.0 again/,
    fix: /its last output:\s+error: quota exceeded/,
    deployment: { status: 'rolled-back', recorded: true },
  },
  {
    about: "input 'command' naming a program that does not exist",
    inputs: { target: 'command', command: 'deploy-model-now "$MODEL_PATH"', 'health-url': '', 'health-expect': '' },
    error:
      /exited with code 127; its last output:\s+.*deploy-model-now: command not found\. The rollback to 1\.0\.0 failed too: .*exited with code 127.*staging needs a person\.$/s,
    fix: /staging needs a person/,
    deployment: { status: 'failed', recorded: true },
  },
  {
    about: "input 'target-timeout' exceeded by the command",
    inputs: {
      target: 'command',
      command: '[ "$MODEL_VERSION" != 1.1.0 ] || sleep 20',
      'target-timeout': '1s',
      'health-url': '',
      'health-expect': '',
    },
    error: /did not finish within 1s and was stopped.*Rolled back: staging serves churn 1\.0\.0 again/s,
    fix: /did not finish within 1s and was stopped/,
    deployment: { status: 'rolled-back', recorded: true },
  },

  // ---- the webhook target --------------------------------------------------------------------------
  {
    about: "input 'webhook-url' where nothing listens (ECONNREFUSED)",
    inputs: {
      target: 'webhook',
      'webhook-url': `http://127.0.0.1:${PORT_CLOSED}/hook`,
      'webhook-secret': 's3cret',
      'health-url': '',
      'health-expect': '',
    },
    error:
      /input 'webhook-url': the webhook http:\/\/127\.0\.0\.1:\d+\/hook could not be reached: connection refused \(nothing listens there\)\. Check the URL \(scheme, host and port\).*Nothing was changed, so nothing had to be rolled back\.$/,
    fix: /Check the URL \(scheme, host and port\) and that the deployer is running/,
    deployment: { status: 'failed', recorded: true },
  },
  {
    about: "input 'webhook-url' answering 500 Server Error",
    setup: async () => void (hookAnswer = { status: 500, body: { error: 'Server Error' } }),
    inputs: { target: 'webhook', 'webhook-secret': 's3cret', 'health-url': '', 'health-expect': '' },
    error: /input 'webhook-url': the webhook .* answered HTTP 500: \{"error":"Server Error"\}/,
    fix: /staging needs a person/,
    deployment: { status: 'failed', recorded: true },
  },
  {
    about: "input 'webhook-url' answering 401 (wrong webhook-secret)",
    setup: async () => void (hookAnswer = { status: 401, body: { error: 'bad signature' } }),
    inputs: { target: 'webhook', 'webhook-secret': 's3cret', 'health-url': '', 'health-expect': '' },
    error: /input 'webhook-url': the webhook .* answered HTTP 401: \{"error":"bad signature"\}/,
    fix: /answered HTTP 401/,
    deployment: { status: 'failed', recorded: true },
  },
  {
    about: "input 'webhook-url' redirecting",
    setup: async () => void (hookAnswer = { status: 301, headers: { location: 'https://deployer.example.com/v2/hook' } }),
    inputs: { target: 'webhook', 'webhook-secret': 's3cret', 'health-url': '', 'health-expect': '' },
    error: /answered HTTP 301 \(redirect to https:\/\/deployer\.example\.com\/v2\/hook; give the final URL\)/,
    fix: /give the final URL/,
    deployment: { status: 'failed', recorded: true },
  },

  // ---- health and smoke ----------------------------------------------------------------------------
  {
    about: "input 'health-url' where nothing listens",
    inputs: { 'health-url': `http://127.0.0.1:${PORT_CLOSED}/healthz` },
    error:
      /input 'health-url': .*last: connection refused \(nothing listens there\)\. Check that the model server listens at health-url.*The rollback to 1\.0\.0 failed too: .*staging needs a person\.$/,
    fix: /Check that the model server listens at health-url and is reachable from the runner; raise health-timeout/,
    deployment: { status: 'failed', recorded: true },
  },
  {
    about: "input 'health-url' answering 500 Server Error",
    inputs: { 'health-url': 'MODEL/server-error' },
    error:
      /input 'health-url': .*last: HTTP 500: Server Error\. The server answers with an error: its log says why it did not serve the new version\. The rollback to 1\.0\.0 failed too: .*staging needs a person\.$/,
    fix: /its log says why it did not serve the new version/,
    deployment: { status: 'failed', recorded: true },
  },
  {
    about: "input 'health-url' redirecting to another origin",
    inputs: { 'health-url': 'MODEL/to-elsewhere' },
    error:
      /input 'health-url': .*last: HTTP 302 redirect to another origin \(http:\/\/127\.0\.0\.1:\d+\), which is not followed\. Give the final URL in health-url: redirects are followed only within its origin.*The rollback to 1\.0\.0 failed too/,
    fix: /Give the final URL in health-url/,
    deployment: { status: 'failed', recorded: true },
  },
  {
    about: "input 'health-expect' version that the new version does not meet (1.4.0 answers 503)",
    inputs: { version: '1.4.0' },
    error:
      /input 'health-url': .*last: HTTP 503: \{"error":"model failed to load","version":"1\.4\.0"\}\. The server answers with an error: its log says why.*Rolled back: staging serves churn 1\.0\.0 again and it is healthy/,
    fix: /its log says why it did not serve the new version/,
    deployment: { status: 'rolled-back', recorded: true },
  },
  {
    about: "input 'health-expect' json field that is not there",
    inputs: { 'health-expect': 'model.name == {model}' },
    error:
      /input 'health-url': .*last: the answer has no model\.name \(health-expect line 1\)\. Check health-url, health-expect and smoke-input.*The rollback to 1\.0\.0 failed too/,
    fix: /Check health-url, health-expect and smoke-input against what the server answers, or raise health-timeout/,
    deployment: { status: 'failed', recorded: true },
  },
  {
    about: "input 'smoke-input' refused with 422",
    inputs: { 'smoke-url': 'MODEL/predict-bad', 'smoke-input': '{"rows":[{"x":1}]}' },
    error:
      /input 'smoke-input': smoke request of .*\/predict-bad did not pass .* last: HTTP 422: \{"error":"unknown feature"\}\. The server refused smoke-input: send a request body the model accepts\. The rollback to 1\.0\.0 failed too/,
    fix: /send a request body the model accepts/,
    deployment: { status: 'failed', recorded: true },
  },
  {
    about: "input 'rollback' false with an unhealthy version (nothing restored, says so)",
    inputs: { version: '1.4.0', rollback: 'false' },
    error: /Rollback is off: staging may now serve 1\.4\.0\.$/,
    served: '1.4.0',
    fix: /its log says why it did not serve the new version/,
    deployment: { status: 'failed', recorded: true },
  },

  // ---- GitHub --------------------------------------------------------------------------------------
  {
    about: "input 'github-token' without deployments: write",
    token: TOKENS.readOnly,
    error:
      /input 'github-token': GitHub refused to create a deployment .*The token lacks the 'deployments: write' permission\. Add 'permissions: \{ contents: read, deployments: write \}'.*Nothing was deployed\.$/,
    fix: /Add 'permissions: \{ contents: read, deployments: write \}' to the deploying job/,
    deployment: { status: 'failed', recorded: false },
  },
];

function inputsOf(c: Case): Record<string, string> {
  const inputs: Record<string, string> = {
    model: MODEL,
    version: '1.1.0',
    environment: 'staging',
    registry: 'file:registry',
    target: 'directory',
    'serving-dir': 'serving',
    'health-url': `${model.url}/healthz`,
    'health-expect': 'version',
    // The step waits this long for a health check that cannot pass (the polling pauses are scaled to
    // 10 ms in tests, the timeout is the user's and is not: packages/deployment/src/health.ts), once
    // for the new version and again for the rollback: 0.3 s instead of 1 s took the file from 20.6 s
    // and 24.3 s to 13.9 s and 14.2 s (alternated runs). A check that passes does so at its first
    // attempt, before the deadline is looked at.
    'health-timeout': '0.3s',
    'webhook-url': `${hook.url}/hook`,
  };
  for (const [k, v] of Object.entries(c.inputs ?? {})) inputs[k] = v.replace(/^MODEL\//, `${model.url}/`);
  // Only the target's own inputs (others would only warn).
  if (inputs['target'] !== 'webhook') delete inputs['webhook-url'];
  return inputs;
}

async function leftovers(w: string, runnerTemp: string): Promise<string[]> {
  const found: string[] = [];
  const releases = await readdir(join(w, 'serving', 'releases')).catch(() => [] as string[]);
  found.push(...releases.filter((n) => n.startsWith('.')).map((n) => `serving/releases/${n}`));
  found.push(
    ...(await readdir(join(w, 'serving')).catch(() => [] as string[])).filter((n) => n.startsWith('.current')).map((n) => `serving/${n}`),
  );
  found.push(...(await readdir(runnerTemp)).filter((n) => n.startsWith('mlops-deploy-')).map((n) => `runner temp: ${n}`));
  return found;
}

describe('deploy robustness: one error naming the input and the fix, nothing half-done', () => {
  it.each(cases.map((c) => [`${c.about} → exit 1: ${c.error.source.replace(/\\/g, '').slice(0, 90)}`, c] as const))(
    '%s',
    async (_name, c) => {
      ws = await tempDir('deploy-robust-');
      await cp(base, ws, { recursive: true, verbatimSymlinks: true });
      hookAnswer = { status: 202 };
      await c.setup?.(ws);
      const before = gh.state.deployments(REPO).length;
      const runnerTemp = await tempDir('deploy-robust-temp-');
      let r: StepResult;
      try {
        const wsBefore = snapshotTree(ws);
        const tempBefore = snapshotTree(runnerTemp);
        r = await runStep({
          action: 'deploy',
          ...actionDir('deploy'),
          workspace: ws,
          runnerTemp,
          apiUrl: gh.url,
          repository: REPO,
          ...(c.token ? { token: c.token } : {}),
          inputs: inputsOf(c),
        });
        // Exit 1, one ::error:: naming the input with the fix; no stack, internal-error wording, raw errno
        // (a bare ECONNREFUSED too) or token.
        const message = expectCleanFailure(r, { mentions: [c.error], fix: c.fix, allowOutputs: c.deployment !== undefined });
        expect(message).toMatch(c.error);
        expect(r.state, r.stdout).toEqual({});
        expectUnchanged(tempBefore, snapshotTree(runnerTemp), 'the runner temp');
        if (c.deployment) {
          // A failed deployment: the outputs say what happened, for `if: failure()` steps.
          const inputs = inputsOf(c);
          expect(r.outputs, r.stdout).toMatchObject({
            status: c.deployment.status,
            version: inputs['version'],
            'previous-version': '1.0.0',
          });
          const id = r.outputs['deployment-id'] ?? '';
          if (c.deployment.recorded) {
            expect(id).toMatch(/^\d+$/);
            expect(
              gh.state
                .deployments(REPO)
                .find((d) => String(d.id) === id)
                ?.statuses.at(-1)?.state,
            ).toMatch(/^(failure|error)$/);
          } else expect(id).toBe('');
          expect(r.summary, r.stdout).toMatch(/Deploy churn/);
        } else {
          // An input error: nothing half-done handed on (expectCleanFailure checked outputs and state).
          expect(r.summary, r.stdout).toBe('');
          expectUnchanged(wsBefore, snapshotTree(ws), 'the workspace');
        }
        const served = await readlink(join(ws, 'serving', 'current')).then(
          (l) => l.replace(/^releases(\.bak)?\//, ''),
          (e: NodeJS.ErrnoException) => (e.code === 'EINVAL' ? 'not a link' : null),
        );
        expect(served).toBe(c.served === undefined ? '1.0.0' : c.served);
        expect(await leftovers(ws, runnerTemp)).toEqual([]);
        // The alias still names the served version; no GitHub deployment claims a success or hangs in_progress.
        const index = JSON.parse(await readFile(join(ws, 'registry', 'models', MODEL, 'index.json'), 'utf8').catch(() => '{}')) as {
          aliases?: Record<string, { version: string }>;
        };
        if (index.aliases) expect(index.aliases['staging']?.version).toBe('1.0.0');
        const added = gh.state.deployments(REPO).slice(before);
        expect(added.map((d) => d.statuses.at(-1)?.state).filter((s) => s === 'success' || s === 'in_progress')).toEqual([]);
      } finally {
        await rm(ws, { recursive: true, force: true });
        await rm(runnerTemp, { recursive: true, force: true });
      }
    },
  );

  it('has at least 40 cases', () => expect(cases.length).toBeGreaterThanOrEqual(40));
});
