import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Inputs, fromRecord, readRegistryInputs, readRunnerContext } from '@mlops-actions/action-kit';
import { tempDirSync } from '../../harness/temp.ts';
import { userError } from '../../harness/user-error.ts';

const workspace = tempDirSync('registry-inputs-');
mkdirSync(join(workspace, 'reg'));

const local = readRunnerContext({ GITHUB_WORKSPACE: workspace });
const onGitHub = readRunnerContext({ GITHUB_WORKSPACE: workspace, GITHUB_ACTIONS: 'true' });
const read = (record: Record<string, string>, ctx = local, mustExist = false) =>
  readRegistryInputs(new Inputs(fromRecord(record)), ctx, { mustExist });

describe('readRegistryInputs', () => {
  it.each([
    ['a local run', local, 'file:.mlops/registry', join(workspace, '.mlops/registry')],
    ['a run on GitHub', onGitHub, 'git:origin', undefined],
  ])('an empty registry input in %s defaults as action.yml says', (_, ctx, uri, directory) => {
    const r = read({}, ctx);
    expect(r).toEqual({ uri, branch: 'mlops-registry', token: undefined, directory, missing: directory !== undefined });
  });

  it('takes the inputs as given: uri, branch, token', () => {
    expect(read({ registry: 'git:https://example.com/o/r.git', 'registry-branch': 'models', 'github-token': 'tok' })).toEqual({
      uri: 'git:https://example.com/o/r.git',
      branch: 'models',
      token: 'tok',
      directory: undefined,
      missing: false,
    });
  });

  it.each([
    ['file:reg', join(workspace, 'reg')],
    [`file:${join(workspace, 'reg')}`, join(workspace, 'reg')],
    [pathToFileURL(join(workspace, 'reg')).href, join(workspace, 'reg')],
  ])('%s: the directory, relative to the workspace or absolute', (uri, dir) => {
    expect(read({ registry: uri }, local, true)).toMatchObject({ uri, directory: dir, missing: false });
  });

  it('a file: directory that does not exist: flagged, and refused with mustExist naming the input, the directory and the fix', () => {
    expect(read({ registry: 'file:nope' })).toMatchObject({ directory: join(workspace, 'nope'), missing: true });
    const e = userError(() => read({ registry: 'file:nope' }, local, true));
    expect(e.input).toBe('registry');
    expect(e.message).toMatch(/^input 'registry': the registry directory nope does not exist\. Point it at/);
    expect(e.fix).toMatch(/^Point it at the directory register-model wrote \(file:<dir>, relative to the workspace\), or use git:origin/);
  });

  it("a bare 'file:' names no directory, with or without mustExist", () => {
    for (const mustExist of [false, true]) {
      const e = userError(() => read({ registry: 'file:' }, local, mustExist));
      expect(e.input).toBe('registry');
      expect(e.message).toMatch(/^input 'registry': 'file:' names no directory\. Write file:/);
      expect(e.fix).toBe('Write file:<directory>, e.g. file:.mlops/registry');
    }
  });

  it('a file URL with a host is refused naming the input', () => {
    const e = userError(() => read({ registry: 'file://server/share/reg' }));
    expect(e.input).toBe('registry');
    expect(e.fix).toMatch(/file:\/\/\/<absolute directory>/);
  });
});
