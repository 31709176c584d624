/**
 * buildFixtureAction bundles a fixture action once per test run: a file in another worker finds the
 * bundle the first one made (its marker), or waits for the one being made (its lock), instead of
 * running esbuild again. The names used here have no fixture folder, so a build would throw: a result
 * can only come from the marker.
 */
import { mkdir, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixtureAction } from '../../harness/fixture-action.ts';

const root = join(tmpdir(), 'mlops-fixture-actions');
const names: string[] = [];
const unique = (label: string) => {
  const name = `no-such-fixture-${label}-${process.pid}-${Date.now()}`;
  names.push(name);
  return name;
};

afterAll(async () => {
  for (const name of names) await rm(join(root, `${name}.built`), { force: true });
});

describe('buildFixtureAction, once per test run', () => {
  it('runs in a test run of its own temporary folder', () => {
    expect(tmpdir()).toMatch(/mlops-tests-/);
  });

  it("reuses the bundle another file of the run made, without building (the fixture's sources are not even there)", async () => {
    const name = unique('made');
    await mkdir(root, { recursive: true });
    await writeFile(join(root, `${name}.built`), '/made/by/another/file');
    expect((await buildFixtureAction(name)).dir).toBe('/made/by/another/file');
  });

  it('waits for the file that holds the lock, then takes its bundle', async () => {
    const name = unique('locked');
    await mkdir(join(root, `${name}.lock`), { recursive: true });
    const pending = buildFixtureAction(name);
    await sleep(250);
    await writeFile(join(root, `${name}.built`), '/made/while/waiting');
    await rmdir(join(root, `${name}.lock`));
    expect((await pending).dir).toBe('/made/while/waiting');
  });

  it('builds itself when no file of the run has (and fails here, as the fixture does not exist)', async () => {
    await expect(buildFixtureAction(unique('absent'))).rejects.toThrow(/Could not resolve .*no-such-fixture-absent/);
  });
});
