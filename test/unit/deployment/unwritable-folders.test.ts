/**
 * Folders deploy creates where a person chose the path (serving-dir) or the runner did (its temp
 * folder). Under /proc a folder exists but refuses new folders with ENOENT; Node's recursive mkdir
 * never returns there, so each case has a short timeout: a hang fails it.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deploy, deployRegistry, directoryTarget, isTargetFailed, parseHealthExpect, type Release } from '@mlops-actions/deployment';
import { makeRegistry, MODEL } from './fixtures.ts';
import { memoryLog } from './servers.ts';
import { parseModelName, parseAlias } from '@mlops-actions/registry';
import { tempDir } from '../../harness/temp.ts';

const BLOCKED = '/proc/mlops-test';

describe('folders that cannot be created fail fast', () => {
  it('a serving-dir under a folder that refuses new folders: a TargetFailed naming serving-dir, nothing changed', async () => {
    const src = await tempDir('release-');
    await writeFile(join(src, 'model.json'), '{}');
    const release: Release = {
      model: 'churn',
      version: '1.0.0',
      digest: 'sha256:00',
      environment: 'staging',
      alias: 'staging',
      path: src,
      files: [{ path: 'model.json', sha256: createHash('sha256').update('{}').digest('hex'), size: 2 }],
      reason: 'deploy',
    };
    const e = await directoryTarget({ servingDir: `${BLOCKED}/serving`, log: memoryLog() })
      .deploy(release)
      .then(
        () => undefined,
        (x: unknown) => x,
      );
    expect(isTargetFailed(e)).toBe(true);
    expect((e as { changed: boolean }).changed).toBe(false);
    expect((e as Error).message).toBe(
      `input 'serving-dir': cannot create ${BLOCKED}/serving/releases: ${BLOCKED}/serving/releases cannot be created there (a folder above it does not accept new folders). ` +
        'Point serving-dir at a directory the runner can write (its releases/ must be a directory and current a symbolic link).',
    );
  }, 5000);

  it('a temp folder where the download folder cannot be made: the deployment fails, nothing deployed', async () => {
    const reg = await makeRegistry();
    await reg.register({ version: '1.0.0', validated: true, alias: 'candidate' });
    const serving = await tempDir('serving-');
    const log = memoryLog();
    const out = await deploy({
      registry: deployRegistry(reg.registry),
      model: parseModelName(MODEL),
      ref: { alias: parseAlias('candidate') },
      environment: 'staging',
      alias: parseAlias('staging'),
      target: directoryTarget({ servingDir: serving, log }),
      health: { url: undefined, expectations: parseHealthExpect(''), timeoutMs: 1000 },
      rollback: true,
      allowUnvalidated: false,
      workDir: BLOCKED,
      log,
    });
    expect(out.status).toBe('failed');
    expect(out.restored).toBe('nothing was deployed');
    expect(out.error).toMatch(
      new RegExp(
        `^cannot create the download folder ${BLOCKED}/mlops-deploy-[0-9a-f]{8}: a folder above it does not accept new folders\\. Run where the runner's temp folder \\(runner\\.temp\\) is writable\\.$`,
      ),
    );
  }, 5000);
});
