/**
 * Folders the registry creates where a person chose the path (the file: registry, a file: store, the
 * download folder, the scratch folder). Under /proc a folder exists but refuses new folders with
 * ENOENT; Node's recursive mkdir never returns there, so each case has a short timeout: a hang fails it.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isUserError } from '@mlops-actions/errors';
import { makeFixture, writeFiles, type Fixture } from './helpers.ts';
import { parseModelName, parseModelVersion } from '@mlops-actions/registry';

const BLOCKED = '/proc/mlops-test';
let fx: Fixture | undefined;
afterEach(async () => {
  await fx?.cleanup();
  fx = undefined;
});

async function withModel(kind: 'git' | 'file'): Promise<{ fx: Fixture; model: string }> {
  fx = await makeFixture(kind);
  const model = join(fx.workspace, 'model');
  await writeFiles(model, { 'model.bin': 'weights' });
  return { fx, model };
}

const failure = async (p: Promise<unknown>): Promise<Error> => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(isUserError(e)).toBe(true);
  return e as Error;
};

describe('folders that cannot be created fail fast with a UserError', () => {
  it('a file: registry directory', async () => {
    const { fx: f, model } = await withModel('file');
    const e = await failure(
      f.open({ uri: `file:${BLOCKED}/registry` }).register({ name: parseModelName('m'), files: { root: model, paths: ['.'] } }),
    );
    expect(e.message).toBe(
      `cannot create the registry directory ${BLOCKED}/registry: a folder above it does not accept new folders. Use a writable directory for the file: registry.`,
    );
  }, 5000);

  it('a file: store', async () => {
    const { fx: f, model } = await withModel('file');
    const e = await failure(
      f.open().register({ name: parseModelName('m'), files: { root: model, paths: ['.'] }, store: `file:${BLOCKED}/store` }),
    );
    expect(e.message).toMatch(
      new RegExp(`^cannot store the model files in ${BLOCKED}/store: .*Use a writable directory for store: file:<dir>`),
    );
    expect(f.files()).toEqual([]);
  }, 5000);

  it('the download folder', async () => {
    const { fx: f, model } = await withModel('file');
    const reg = f.open();
    await reg.register({ name: parseModelName('m'), files: { root: model, paths: ['.'] }, version: parseModelVersion('1.0.0') });
    const e = await failure(reg.download(parseModelName('m'), parseModelVersion('1.0.0'), `${BLOCKED}/download`));
    expect(e.message).toMatch(
      new RegExp(
        `^cannot create the download folder ${BLOCKED}/download: a folder above it does not accept new folders\\. Download into a writable folder`,
      ),
    );
  }, 5000);

  it('the scratch folder of a git: registry', async () => {
    const { fx: f } = await withModel('git');
    const e = await failure(f.open({ tempDir: `${BLOCKED}/tmp` }).models());
    expect(e.message).toMatch(new RegExp(`^cannot read the registry git:origin: the scratch folder ${BLOCKED}/tmp is not usable`));
  }, 5000);
});
