/** parseFetchOptions: the rules between the fetch-model action's inputs, each once, without spawning the action. */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '@mlops-actions/errors';
import { type FetchInputs, parseFetchOptions } from '@mlops-actions/registry';

const WS = resolve('/runner/work/project');
const TEMP = resolve('/runner/temp');

const inputs = (over: Partial<FetchInputs> = {}): FetchInputs => ({
  workspace: WS,
  runnerTemp: TEMP,
  model: 'churn',
  version: '1.4.0',
  alias: undefined,
  registry: { uri: 'file:reg', branch: 'mlops-registry' },
  registryDirectory: join(WS, 'reg'),
  token: undefined,
  path: undefined,
  overwrite: false,
  allowDeprecated: false,
  ...over,
});

function refusal(over: Partial<FetchInputs>): UserError {
  try {
    parseFetchOptions(inputs(over));
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error(`accepted ${JSON.stringify(over)}`);
}

describe('parseFetchOptions refuses', () => {
  it.each<[string, Partial<FetchInputs>, string, RegExp, RegExp]>([
    ['an invalid model name', { model: 'Churn!' }, 'model', /is not a valid model name/, /lowercase/],
    ['neither version nor alias', { version: undefined }, 'version', /give a version \(or latest\), or an alias/, /'version: latest'/],
    ['both version and alias', { alias: 'production' }, 'alias', /give version or alias, not both/, /'alias: production'/],
    ['a path of several lines', { path: 'a\nb' }, 'path', /must be one folder, got several lines/, /single folder path/],
    [
      'a relative path leading outside the workspace',
      { path: '../outside' },
      'path',
      /'\.\.\/outside' leads outside the workspace/,
      /inside the workspace/,
    ],
    ['the workspace itself', { path: '.' }, 'path', /'\.' is the workspace\./, /a folder of its own/],
    ['the workspace, spelt another way', { path: 'reg/..' }, 'path', /'reg\/\.\.' is the workspace\./, /a folder of its own/],
    [
      'an absolute folder holding the workspace',
      { path: resolve('/runner/work') },
      'path',
      /is the workspace or a folder holding it/,
      /a folder of its own/,
    ],
    ['the file: registry directory', { path: 'reg' }, 'path', /'reg' holds the registry directory file:reg/, /outside the registry/],
    [
      'a folder holding a file: registry outside the workspace',
      { registryDirectory: resolve('/srv/registry'), path: resolve('/srv') },
      'path',
      /holds the registry directory/,
      /outside the registry/,
    ],
  ])('%s', (_, over, input, message, fix) => {
    const e = refusal(over);
    expect(e.input).toBe(input);
    expect(e.message).toMatch(message);
    expect(e.fix).toMatch(fix);
  });
});

describe('parseFetchOptions derives', () => {
  it('the default destination under the runner temp folder, named by model and reference, replaced when it exists', () => {
    expect(parseFetchOptions(inputs())).toMatchObject({
      dest: join(TEMP, 'fetch-model', 'churn-1.4.0'),
      refText: '1.4.0',
      overwrite: true,
    });
    expect(parseFetchOptions(inputs({ version: undefined, alias: 'production' }))).toMatchObject({
      dest: join(TEMP, 'fetch-model', 'churn-production'),
      refText: 'production',
    });
    expect(parseFetchOptions(inputs({ version: 'LATEST' })).dest).toBe(join(TEMP, 'fetch-model', 'churn-latest'));
  });

  it('a given path from the workspace (or as given when absolute), with overwrite as the input says', () => {
    expect(parseFetchOptions(inputs({ path: 'models/churn' }))).toMatchObject({ dest: join(WS, 'models', 'churn'), overwrite: false });
    expect(parseFetchOptions(inputs({ path: 'models/churn', overwrite: true })).overwrite).toBe(true);
    expect(parseFetchOptions(inputs({ path: resolve('/opt/model') })).dest).toBe(resolve('/opt/model'));
  });

  it('a folder inside the registry directory or beside the workspace is fine; a git: registry has no directory to guard', () => {
    expect(parseFetchOptions(inputs({ path: 'reg/copy' })).dest).toBe(join(WS, 'reg', 'copy'));
    expect(parseFetchOptions(inputs({ path: resolve('/runner/work/project-models') })).dest).toBe(resolve('/runner/work/project-models'));
    expect(
      parseFetchOptions(inputs({ registry: { uri: 'git:origin', branch: 'mlops-registry' }, registryDirectory: undefined, path: 'reg' }))
        .dest,
    ).toBe(join(WS, 'reg'));
  });

  it('the card copy folder outside the model folder, and the reference as given', () => {
    const o = parseFetchOptions(inputs({ version: ' 1.4.0 ' }));
    expect(o.cardDir).toBe(join(TEMP, 'fetch-model'));
    expect(o.ref).toEqual({ version: ' 1.4.0 ', alias: undefined });
  });
});
