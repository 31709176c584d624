/** runRegisterModel: the register-model step from checked inputs to outputs, summary and events, against both backends. */
import { existsSync, linkSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RegistryImpl } from '../../../packages/registry/src/registry.ts';
import { UserError } from '@mlops-actions/errors';
import {
  parseAlias,
  parseModelName,
  parseModelVersion,
  type RegisterStepOptions,
  parseStoreChoice,
  readDataLineage,
  readMappingFile,
  type ReleaseClient,
  runRegisterModel,
} from '@mlops-actions/registry';
import { makeFixture, tempDir, writeFiles, type Fixture } from './helpers.ts';

describe.each(['git', 'file'] as const)('runRegisterModel (%s backend)', (kind) => {
  let fx: Fixture;
  let scratch: string;
  /** Everything the step did, in order: log lines, client creation and requests. */
  const trail: string[] = [];
  const log = { info: (m: string) => void trail.push(`info: ${m}`), warning: (m: string) => void trail.push(`warning: ${m}`) };
  const requests: { route: string; parameters: Record<string, unknown> }[] = [];
  let refuse: number | undefined;
  /** Refuses only this event type (every request when undefined). */
  let refuseType: string | undefined;
  const gitHubClient = async (token: string): Promise<ReleaseClient> => {
    trail.push(`client: ${token}`);
    return {
      request: async (route: string, parameters: Record<string, unknown> = {}) => {
        trail.push(`request: ${route} ${String(parameters['event_type'])}`);
        if (refuse && (refuseType === undefined || parameters['event_type'] === refuseType))
          throw Object.assign(new Error('Resource not accessible by integration'), { status: refuse });
        requests.push({ route, parameters });
        return { status: 204, data: undefined, headers: {} };
      },
    } as unknown as ReleaseClient;
  };

  beforeEach(async () => {
    trail.length = 0;
    requests.length = 0;
    refuse = undefined;
    refuseType = undefined;
    fx = await makeFixture(kind);
    scratch = join(fx.root, 'runner-temp');
    await mkdir(scratch);
    await writeFiles(join(fx.workspace, 'm'), { 'weights.bin': Buffer.alloc(64, 7), 'sub/labels.txt': 'a\nb\n' });
  });
  afterEach(async () => {
    await fx.cleanup();
  });

  const options = (
    over: Partial<RegisterStepOptions> = {},
    register: Partial<RegisterStepOptions['register']> = {},
  ): RegisterStepOptions => ({
    registry: { uri: fx.uri, branch: 'mlops-registry' },
    token: 'ghs_token',
    events: false,
    cardDir: join(scratch, 'register-model'),
    ...over,
    register: {
      name: parseModelName('churn'),
      files: { root: join(fx.workspace, 'm'), paths: ['.'] },
      metrics: { accuracy: 0.91 },
      ...register,
    },
  });
  const deps = (ctx: { owner?: string; repo?: string } = { owner: 'octo-org', repo: 'ml-project' }) => ({
    ctx: {
      workspace: fx.workspace,
      tempDir: scratch,
      serverUrl: 'https://github.com',
      repository: 'octo-org/ml-project',
      runUrl: 'https://github.com/octo-org/ml-project/actions/runs/7',
      actor: 'octocat',
      ...ctx,
    },
    log,
    gitHubClient,
  });

  it('registers the version, writes the card copy, returns outputs and summary, and leaves no scratch clone', async () => {
    const r = await runRegisterModel(options(), deps());
    expect(r.error).toBeUndefined();
    expect(r.outputs).toMatchObject({ version: '0.1.0', created: true, tag: '' });
    expect(r.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs.uri).toMatch(/#churn@0\.1\.0$/);
    expect(r.outputs.card).toBe(join(scratch, 'register-model', 'churn-0.1.0.card.json'));
    const card = JSON.parse(readFileSync(r.outputs.card, 'utf8'));
    expect(card).toMatchObject({ name: 'churn', version: '0.1.0', digest: r.outputs.digest, metrics: { accuracy: 0.91 } });
    // Written whole under its name (a temporary name renamed into place): nothing else in the folder.
    expect(readdirSync(join(scratch, 'register-model'))).toEqual(['churn-0.1.0.card.json']);
    expect(r.summary).toContain('churn');
    expect(r.summary).toContain('0.1.0');
    expect(trail).toContainEqual(expect.stringMatching(/^info: Registered churn@0\.1\.0 \(sha256:[0-9a-f]+\) in /));
    // Read back from the registry itself: the version landed.
    const reg = fx.open();
    expect((await reg.card(parseModelName('churn'), parseModelVersion('0.1.0'))).digest).toBe(r.outputs.digest);
    // No event asked for: the GitHub client is never made.
    expect(trail.filter((t) => t.startsWith('client') || t.startsWith('request'))).toEqual([]);
    expect(r.sent).toEqual([]);
    // The registry was closed: its scratch clone (git) is gone, only the card folder is left.
    expect(readdirSync(scratch)).toEqual(['register-model']);

    // The same files again: no new version, created false, the same card.
    const again = await runRegisterModel(options(), deps());
    expect(again.outputs).toMatchObject({ version: '0.1.0', created: false, digest: r.outputs.digest });
    expect(trail).toContainEqual(expect.stringMatching(/already holds these files/));
  });

  it('a registry that cannot be closed after the registration landed: a warning, and the outputs are still returned', async () => {
    const close = vi.spyOn(RegistryImpl.prototype, 'close').mockRejectedValueOnce(new Error('EBUSY: scratch folder busy'));
    try {
      const r = await runRegisterModel(options(), deps());
      expect(close).toHaveBeenCalledTimes(1);
      expect(r.error).toBeUndefined();
      expect(r.outputs).toMatchObject({ version: '0.1.0', created: true });
      expect(trail).toContainEqual('warning: could not clean up after the registry: EBUSY: scratch folder busy');
    } finally {
      close.mockRestore();
    }
  });

  it('with events: sends model-registered and alias-moved after the registration, with the documented payload', async () => {
    const r = await runRegisterModel(options({ events: true }, { alias: parseAlias('staging') }), deps());
    expect(r.error).toBeUndefined();
    expect(r.sent).toEqual(['model-registered', 'alias-moved']);
    expect(requests.map((q) => [q.route, q.parameters['owner'], q.parameters['repo'], q.parameters['event_type']])).toEqual([
      ['POST /repos/{owner}/{repo}/dispatches', 'octo-org', 'ml-project', 'model-registered'],
      ['POST /repos/{owner}/{repo}/dispatches', 'octo-org', 'ml-project', 'alias-moved'],
    ]);
    expect(requests[1]!.parameters['client_payload']).toMatchObject({
      model: 'churn',
      version: '0.1.0',
      alias: 'staging',
      previous: null,
      digest: r.outputs.digest,
      run_url: 'https://github.com/octo-org/ml-project/actions/runs/7',
      actor: 'octocat',
      card_url: kind === 'git' ? 'https://github.com/octo-org/ml-project/blob/mlops-registry/models/churn/versions/0.1.0/card.json' : null,
    });
    // The client is made once, on the first request, after the registration landed.
    const order = trail.filter((t) => !t.startsWith('warning') && (!t.startsWith('info') || t.startsWith('info: Registered')));
    expect(order).toEqual([
      expect.stringMatching(/^info: Registered churn@0\.1\.0 /),
      'client: ghs_token',
      'request: POST /repos/{owner}/{repo}/dispatches model-registered',
      'request: POST /repos/{owner}/{repo}/dispatches alias-moved',
    ]);

    // A no-op registration with the alias already there: nothing to send.
    requests.length = 0;
    const again = await runRegisterModel(options({ events: true }, { alias: parseAlias('staging') }), deps());
    expect(again.outputs.created).toBe(false);
    expect(again.sent).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('with events but no repository (a local run): registers, warns, sends nothing and makes no client', async () => {
    const r = await runRegisterModel(options({ events: true }), deps({}));
    expect(r.outputs.created).toBe(true);
    expect(r.sent).toEqual([]);
    expect(trail).toContain('warning: events: not sending model-registered: no GitHub repository or token (a local run)');
    expect(trail.filter((t) => t.startsWith('client') || t.startsWith('request'))).toEqual([]);
  });

  it("a refused event is returned as the step's error with what to grant, next to the registration's outputs and summary", async () => {
    refuse = 403;
    const r = await runRegisterModel(options({ events: true }, { alias: parseAlias('staging') }), deps());
    expect(r.error).toBeInstanceOf(UserError);
    expect(r.error).toMatchObject({ input: 'events', fix: expect.stringMatching(/contents: write/) });
    expect(r.error?.message).toMatch(/could not send the model-registered event/);
    // The first event was refused: alias-moved is not tried, nothing counts as sent.
    expect(r.sent).toEqual([]);
    expect(trail.filter((t) => t.startsWith('request'))).toEqual(['request: POST /repos/{owner}/{repo}/dispatches model-registered']);
    expect(r.outputs).toMatchObject({ version: '0.1.0', created: true });
    expect(r.outputs.card).toBe(join(scratch, 'register-model', 'churn-0.1.0.card.json'));
    expect(existsSync(r.outputs.card)).toBe(true);
    expect(r.summary).toContain('0.1.0');
    expect(fx.files()).toContain('models/churn/versions/0.1.0/card.json');
    expect(readdirSync(scratch)).toEqual(['register-model']);
  });

  it('an event that fails after another was sent: the error names it, and sent keeps the one that went out', async () => {
    refuse = 502;
    refuseType = 'alias-moved';
    const r = await runRegisterModel(options({ events: true }, { alias: parseAlias('staging') }), deps());
    expect(r.error).toMatchObject({ input: 'events', message: expect.stringMatching(/could not send the alias-moved event/) });
    expect(r.error).toMatchObject({ fix: expect.stringMatching(/^Re-run the job/) });
    expect(r.sent).toEqual(['model-registered']);
    expect(requests.map((q) => q.parameters['event_type'])).toEqual(['model-registered']);
    expect(r.outputs).toMatchObject({ version: '0.1.0', created: true });
    expect(readdirSync(scratch)).toEqual(['register-model']);
  });

  it('a refused registration throws (no outputs, no summary to write): the registry is closed, no card copy, no event', async () => {
    await runRegisterModel(options(), deps());
    trail.length = 0;
    await writeFiles(join(fx.workspace, 'm'), { 'weights.bin': Buffer.alloc(64, 8) });
    // Other files under a version that exists: refused.
    const run = runRegisterModel(
      options({ events: true, cardDir: join(scratch, 'second') }, { version: parseModelVersion('0.1.0') }),
      deps(),
    );
    await expect(run).rejects.toBeInstanceOf(UserError);
    expect(trail.filter((t) => t.startsWith('client') || t.startsWith('request'))).toEqual([]);
    expect(existsSync(join(scratch, 'second'))).toBe(false);
    // Closed: the scratch clone a git registry makes in the temp folder is removed on failure too.
    expect(readdirSync(scratch)).toEqual(['register-model']);
  });

  it('replaces an earlier card copy by renaming a whole new file into place, never writing into the old one', async () => {
    const cardPath = join(scratch, 'register-model', 'churn-0.1.0.card.json');
    await writeFiles(join(scratch, 'register-model'), { 'churn-0.1.0.card.json': 'old card\n' });
    // A second name for the old file: a write into the file in place would show through it.
    linkSync(cardPath, join(scratch, 'old-card'));
    const r = await runRegisterModel(options(), deps());
    expect(JSON.parse(readFileSync(cardPath, 'utf8'))).toMatchObject({ name: 'churn', version: '0.1.0', digest: r.outputs.digest });
    expect(readFileSync(join(scratch, 'old-card'), 'utf8')).toBe('old card\n');
    expect(readdirSync(join(scratch, 'register-model'))).toEqual(['churn-0.1.0.card.json']);
  });

  it('a card copy that cannot be written fails the step with nothing half-written, and still closes the registry', async () => {
    // The card's own path is taken by a folder: the atomic write refuses without touching it.
    await mkdir(join(scratch, 'register-model', 'churn-0.1.0.card.json'), { recursive: true });
    const run = runRegisterModel(options(), deps());
    await expect(run).rejects.toThrow();
    expect(readdirSync(join(scratch, 'register-model'))).toEqual(['churn-0.1.0.card.json']);
    expect(readdirSync(join(scratch, 'register-model', 'churn-0.1.0.card.json'))).toEqual([]);
    expect(readdirSync(scratch)).toEqual(['register-model']);
  });
});

describe('the register-model input rules', () => {
  it.each([
    ['auto', 'auto'],
    ['release', 'release'],
    ['file:.mlops/models', 'file:.mlops/models'],
  ])('store %s is taken', (text, store) => {
    expect(parseStoreChoice(text)).toBe(store);
  });

  it.each([
    ['s3', /must be auto, registry, release or file:<dir>, got 's3'/],
    ['file:', /'file:' names no directory/],
  ])('store %s is a UserError naming the input', (text, message) => {
    expect(() => parseStoreChoice(text)).toThrow(message);
    expect(() => parseStoreChoice(text)).toThrow(expect.objectContaining({ input: 'store' }));
  });

  it('a metrics file: a mapping with finite values; NaN is refused naming the file, line and key', async () => {
    const dir = await tempDir('register-rules-');
    await writeFiles(dir, { 'm.yaml': 'accuracy: 0.9\nloss: .nan\n', 'list.json': '[1, 2]', 'ok.json': '{"auc": 0.8}' });
    expect(await readMappingFile({ path: join(dir, 'ok.json'), display: 'ok.json' }, 'metrics')).toEqual({ auc: 0.8 });
    await expect(readMappingFile({ path: join(dir, 'm.yaml'), display: 'm.yaml' }, 'metrics')).rejects.toMatchObject({
      input: 'metrics',
      file: 'm.yaml',
      line: 2,
      key: 'loss',
    });
    await expect(readMappingFile({ path: join(dir, 'list.json'), display: 'list.json' }, 'params')).rejects.toMatchObject({
      input: 'params',
      message: expect.stringMatching(/must hold a mapping/),
    });
  });

  it('the data lineage: a data-hash alone, or one that agrees with the manifest; a contradicting one names data-hash', async () => {
    const hash = `sha256:${'ab'.repeat(32)}`;
    expect(await readDataLineage(undefined, undefined)).toBeUndefined();
    expect(await readDataLineage(undefined, hash)).toEqual({ hash, algorithm: 'sha256' });
    const dir = await tempDir('register-rules-');
    await writeFiles(dir, { 'data/a.txt': 'a\n' });
    const manifest = join(dir, 'manifest.json');
    const { hashPaths, writeManifest } = await import('@mlops-actions/hashing');
    const m = await hashPaths({ root: dir, paths: ['data'] });
    await writeManifest(manifest, m);
    const f = { path: manifest, display: 'manifest.json' };
    expect(await readDataLineage(f, m.hash)).toMatchObject({ hash: m.hash, files: 1, manifest: 'manifest.json' });
    await expect(readDataLineage(f, hash)).rejects.toMatchObject({ input: 'data-hash', message: expect.stringContaining(`says ${hash}`) });
  });
});
