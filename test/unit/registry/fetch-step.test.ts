/** runFetchModel: the fetch-model step from checked inputs to outputs and summary, against both backends. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Logger, UserError } from '@mlops-actions/errors';
import {
  deprecate,
  parseModelName,
  parseModelVersion,
  runFetchModel,
  type FetchStepOptions,
  type ReleaseClient,
  parseAlias,
} from '@mlops-actions/registry';
import { makeFixture, writeFiles, type Fixture } from './helpers.ts';

describe.each(['git', 'file'] as const)('runFetchModel (%s backend)', (kind) => {
  let fx: Fixture;
  let scratch: string;
  const lines: string[] = [];
  const log = { info: (m: string) => void lines.push(m), warning: (m: string) => void lines.push(`warning: ${m}`) };
  const clients: string[] = [];
  const gitHubClient = async (token: string): Promise<ReleaseClient> => {
    clients.push(token);
    throw new Error('no Release asset should be downloaded');
  };

  beforeEach(async () => {
    lines.length = 0;
    clients.length = 0;
    fx = await makeFixture(kind);
    scratch = join(fx.root, 'runner-temp');
    await mkdir(scratch);
    const reg = fx.open({ identity: { actor: 'octocat' } });
    await writeFiles(join(fx.workspace, 'm'), { 'weights.bin': Buffer.alloc(64, 7), 'sub/labels.txt': 'a\nb\n' });
    await reg.register({
      name: parseModelName('churn'),
      files: { root: join(fx.workspace, 'm'), paths: ['.'] },
      metrics: { accuracy: 0.91 },
      alias: parseAlias('production'),
    });
    await reg.close();
  });
  afterEach(async () => {
    await fx.cleanup();
  });

  const options = (over: Partial<FetchStepOptions> = {}): FetchStepOptions => ({
    model: parseModelName('churn'),
    ref: { alias: 'production' },
    refText: 'production',
    registry: { uri: fx.uri, branch: 'mlops-registry' },
    token: 'ghs_token',
    dest: join(fx.root, 'out', 'model'),
    overwrite: false,
    allowDeprecated: false,
    cardDir: join(scratch, 'fetch-model'),
    ...over,
  });
  const deps = () => ({
    ctx: { workspace: fx.workspace, tempDir: scratch, owner: 'octo-org', repo: 'ml-project' },
    log,
    gitHubClient,
  });

  it('fetches the version verified into the destination, writes the card copy outside it, and returns outputs and summary', async () => {
    const r = await runFetchModel(options(), deps());
    const dest = join(fx.root, 'out', 'model');
    expect(r.outputs).toMatchObject({ version: '0.1.0', path: dest, metrics: { accuracy: 0.91 } });
    expect(r.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(readFileSync(join(dest, 'weights.bin'))).toEqual(Buffer.alloc(64, 7));
    expect(readdirSync(dest).sort()).toEqual(['sub', 'weights.bin']);
    expect(r.outputs.card).toBe(join(scratch, 'fetch-model', 'churn-0.1.0.card.json'));
    expect(JSON.parse(readFileSync(r.outputs.card, 'utf8'))).toMatchObject({ name: 'churn', version: '0.1.0', digest: r.outputs.digest });
    expect(r.summary).toMatch(/### Fetched `churn` version `0\.1\.0`/);
    expect(r.summary).toContain('(production)');
    expect(lines.join('\n')).toMatch(/Fetched churn@0\.1\.0 \(sha256:[0-9a-f]+, 2 file\(s\), each verified\) from .* into /);
    // A model stored in the registry never loads the GitHub client; the registry leaves no scratch clone behind.
    expect(clients).toEqual([]);
    expect(readdirSync(scratch)).toEqual(['fetch-model']);
  });

  it('a deprecated version allowed: fetched, the warning goes to the Logger it was given (called as a method)', async () => {
    const reg = fx.open({ identity: { actor: 'octocat' } });
    await deprecate(reg, parseModelName('churn'), parseModelVersion('0.1.0'), { reason: 'label leak' });
    await reg.close();
    // A logger whose methods use `this`: it only works when handed on whole, not as a bare callback.
    class Collecting implements Logger {
      readonly seen: string[] = [];
      info(m: string): void {
        this.seen.push(m);
      }
      warning(m: string): void {
        this.seen.push(`warning: ${m}`);
      }
    }
    const logger = new Collecting();
    const r = await runFetchModel(options({ allowDeprecated: true }), { ...deps(), log: logger });
    expect(r.outputs.version).toBe('0.1.0');
    expect(logger.seen).toContainEqual(
      expect.stringMatching(/^warning: churn 0\.1\.0 is deprecated \(label leak;.*using it because allow-deprecated is true$/),
    );
  });

  it('an alias that is not set: a UserError naming the input, nothing at the destination', async () => {
    const run = runFetchModel(options({ ref: { alias: 'staging' }, refText: 'staging' }), deps());
    await expect(run).rejects.toBeInstanceOf(UserError);
    await expect(run).rejects.toMatchObject({ input: 'alias' });
    expect(existsSync(join(fx.root, 'out', 'model'))).toBe(false);
  });
});
