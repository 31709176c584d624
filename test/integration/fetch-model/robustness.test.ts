/**
 * fetch-model on bad input, one case per `it` (see test/robustness/README.md): the bundled action must
 * fail with exit code 1 and exactly one `::error::` that names the input (or file) and the fix, print
 * no stack, set no output, and leave the workspace and the runner temp as they were: no model folder,
 * no staging folder, no card copy.
 *
 * Every case starts from a copy of one workspace: a file: registry `reg` with churn 0.1.0 (alias
 * production), 0.2.0 (deprecated), 0.3.0 (a stored file altered afterwards) and 0.4.0 (a stored file
 * deleted afterwards), a file `data.txt` and a non-empty folder `filled`.
 */
import { cp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deprecate, layout, openRegistry, parseAlias, parseModelName, parseModelVersion } from '@mlops-actions/registry';
import { runStep } from '../../harness/step-runner.ts';
import { actionDir, CASE_TIMEOUT_MS, expectCleanFailure, expectUnchanged, snapshotTree } from '../../robustness/helpers.ts';
import { writeFiles } from '../../unit/registry/helpers.ts';
import { tempDir } from '../../harness/temp.ts';

let base: string;
const TOKEN_IN_URL = 'ghp_tokenInTheFetchUrl0123456789abcdef';

beforeAll(async () => {
  base = await tempDir('fetch-robust-base-');
  const reg = openRegistry({ uri: 'file:reg', workspace: base, tempDir: tmpdir(), identity: { actor: 'octocat' } });
  for (const v of [1, 2, 3, 4]) {
    const src = join(base, '..', `fetch-robust-src-${v}-${base.slice(-6)}`);
    await writeFiles(src, { 'weights.bin': Buffer.alloc(256, v), 'meta/labels.txt': `v${v}\n` });
    await reg.register({
      name: parseModelName('churn'),
      files: { root: src, paths: ['.'] },
      ...(v === 1 ? { alias: parseAlias('production') } : {}),
    });
    await rm(src, { recursive: true, force: true });
  }
  await deprecate(reg, parseModelName('churn'), parseModelVersion('0.2.0'), { reason: 'trained on leaked labels' });
  await reg.close();
  await writeFile(join(base, 'reg', layout.file('churn', '0.3.0', 'weights.bin')), Buffer.alloc(256, 9));
  await rm(join(base, 'reg', layout.file('churn', '0.4.0', 'meta/labels.txt')));
  await writeFiles(base, { 'data.txt': 'not a folder\n', 'filled/old.txt': 'keep me\n' });
});

interface Case {
  name: string;
  inputs: Record<string, string>;
  mentions: (string | RegExp)[];
  fix: RegExp;
  /** Files written into the case's workspace first. */
  files?: Record<string, string>;
  secrets?: string[];
}

const reg = { model: 'churn', registry: 'file:reg' };

const cases: Case[] = [
  // --- model ----------------------------------------------------------------------------------------
  {
    name: 'model missing → required',
    inputs: { registry: 'file:reg', version: 'latest' },
    mentions: [/^input 'model': is required/],
    fix: /./,
  },
  {
    name: "model 'Churn!' → not a valid model name",
    inputs: { ...reg, model: 'Churn!', version: 'latest' },
    mentions: [/^input 'model': 'Churn!' is not a valid model name/],
    fix: /lowercase letters/,
  },
  {
    name: "model 'ghost' → no such model in the registry",
    inputs: { ...reg, model: 'ghost', version: 'latest' },
    mentions: [/^input 'model': there is no model 'ghost' in the registry file:reg/],
    fix: /Check the model name/,
  },
  // --- version and alias ----------------------------------------------------------------------------
  {
    name: 'neither version nor alias → give one',
    inputs: reg,
    mentions: [/^input 'version': give a version \(or latest\), or an alias/],
    fix: /version: latest/,
  },
  {
    name: 'both version and alias → not both',
    inputs: { ...reg, version: '0.1.0', alias: 'production' },
    mentions: [/^input 'alias': give version or alias, not both/],
    fix: /Set/,
  },
  {
    name: "version '1.0' → not a semantic version",
    inputs: { ...reg, version: '1.0' },
    mentions: [/^input 'version': '1\.0' is not a semantic version/],
    fix: /MAJOR\.MINOR\.PATCH/,
  },
  {
    name: "version '--upload-pack=x' → not a semantic version",
    inputs: { ...reg, version: '--upload-pack=x' },
    mentions: [/^input 'version': '--upload-pack=x' is not a semantic version/],
    fix: /MAJOR/,
  },
  {
    name: 'version not registered → lists the registered ones',
    inputs: { ...reg, version: '9.9.9' },
    mentions: [/^input 'version': model 'churn' has no version 9\.9\.9/],
    fix: /Registered versions include 0\.4\.0, 0\.3\.0/,
  },
  {
    name: "alias 'Prod!' → not a valid alias",
    inputs: { ...reg, alias: 'Prod!' },
    mentions: [/^input 'alias': 'Prod!' is not a valid alias/],
    fix: /lowercase/,
  },
  {
    name: 'alias not set → names the set aliases',
    inputs: { ...reg, alias: 'canary' },
    mentions: [/^input 'alias': alias 'canary' of model 'churn' is not set/],
    fix: /production → 0\.1\.0/,
  },
  // --- lifecycle and integrity ----------------------------------------------------------------------
  {
    name: 'deprecated version → refused, with the reason',
    inputs: { ...reg, version: '0.2.0' },
    mentions: [/^input 'allow-deprecated': churn 0\.2\.0 is deprecated \(trained on leaked labels; .* by octocat\), so it is not fetched/],
    fix: /allow-deprecated: true/,
  },
  {
    name: "allow-deprecated 'maybe' → not a boolean",
    inputs: { ...reg, version: '0.2.0', 'allow-deprecated': 'maybe' },
    mentions: [/^input 'allow-deprecated'/],
    fix: /true|false/,
  },
  {
    name: 'a stored file altered → does not match its card, nothing at path',
    inputs: { ...reg, version: '0.3.0', path: 'models/churn' },
    mentions: [/weights\.bin of churn@0\.3\.0 does not match its model card/],
    fix: /do not deploy it|register the model again/i,
  },
  {
    name: 'a stored file deleted → missing from its store',
    inputs: { ...reg, version: '0.4.0' },
    mentions: [/meta\/labels\.txt of churn@0\.4\.0 is missing from its store/],
    fix: /Restore the store/,
  },
  {
    name: 'corrupted index → names the registry file and how to restore it',
    inputs: { ...reg, version: 'latest' },
    files: { 'reg/models/churn/index.json': '{ not json' },
    mentions: [/registry file .*reg\/models\/churn\/index\.json.* is corrupted: not valid JSON/],
    fix: /Restore it/,
  },
  // --- path and overwrite ---------------------------------------------------------------------------
  {
    name: 'path ../outside → leads outside the workspace',
    inputs: { ...reg, version: 'latest', path: '../outside' },
    mentions: [/^input 'path': '\.\.\/outside' leads outside the workspace/],
    fix: /inside the workspace/,
  },
  {
    name: 'path is a file → not a folder',
    inputs: { ...reg, version: 'latest', path: 'data.txt' },
    mentions: [/^input 'path': the destination .*data\.txt is a file, not a folder/],
    fix: /Give a folder path/,
  },
  {
    name: 'path under a file → a part of the path is a file',
    inputs: { ...reg, version: 'latest', path: 'data.txt/model' },
    mentions: [/^input 'path': cannot use .*data\.txt\/model as the destination: a part of the path is a file, not a folder/],
    fix: /Give a folder path this runner can write/,
  },
  {
    name: 'path non-empty → already holds files',
    inputs: { ...reg, version: 'latest', path: 'filled' },
    mentions: [/^input 'path': the destination .*filled already holds files/],
    fix: /overwrite: true/,
  },
  {
    name: 'path non-empty, overwrite, tampered version → old files kept',
    inputs: { ...reg, version: '0.3.0', path: 'filled', overwrite: 'true' },
    mentions: [/does not match its model card/],
    fix: /register the model again/,
  },
  {
    name: "overwrite 'yes' → not a boolean",
    inputs: { ...reg, version: 'latest', path: 'filled', overwrite: 'yes' },
    mentions: [/^input 'overwrite'/],
    fix: /true|false/,
  },
  {
    name: "path '.' with overwrite → the workspace is never replaced",
    inputs: { ...reg, version: 'latest', path: '.', overwrite: 'true' },
    mentions: [/^input 'path': '\.' is the workspace/],
    fix: /folder of its own/,
  },
  {
    name: "path 'reg/..' (the workspace again), with overwrite → refused",
    inputs: { ...reg, version: 'latest', path: 'reg/..', overwrite: 'true' },
    mentions: [/^input 'path': 'reg\/\.\.' is the workspace/],
    fix: /folder of its own/,
  },
  {
    name: 'path that is the file: registry, with overwrite → holds the registry',
    inputs: { ...reg, version: 'latest', path: 'reg', overwrite: 'true' },
    mentions: [/^input 'path': 'reg' holds the registry directory file:reg/],
    fix: /outside the registry/,
  },
  {
    name: 'path on two lines → one folder',
    inputs: { ...reg, version: 'latest', path: 'a\nb' },
    mentions: [/^input 'path': must be one folder, got several lines/],
    fix: /single folder/,
  },
  // --- registry -------------------------------------------------------------------------------------
  {
    name: "registry 's3://bucket' → not a registry URI",
    inputs: { ...reg, registry: 's3://bucket', version: 'latest' },
    mentions: [/^input 'registry': 's3:\/\/bucket' is not a registry URI/],
    fix: /git:origin/,
  },
  {
    name: "registry 'file:nope' → the directory does not exist",
    inputs: { ...reg, registry: 'file:nope', version: 'latest' },
    mentions: [/^input 'registry': the registry directory .*nope does not exist/],
    fix: /register-model wrote/,
  },
  {
    name: 'registry not a git repository → cannot reach it',
    inputs: { ...reg, registry: 'git:/nonexistent/registry.git', version: 'latest' },
    mentions: [/cannot reach the registry git:\/nonexistent\/registry\.git/],
    fix: /reachable git remote/,
  },
  {
    name: 'registry URL with a token → credentials refused, never printed',
    inputs: { ...reg, registry: `git:https://x-access-token:${TOKEN_IN_URL}@github.com/octo-org/ml-project.git`, version: 'latest' },
    mentions: [/^input 'registry': the registry URL .* carries credentials/],
    fix: /github-token/,
    secrets: [TOKEN_IN_URL],
  },
  {
    name: "registry-branch '../bad' → not a usable branch name",
    inputs: { ...reg, registry: 'git:origin', 'registry-branch': '../bad', version: 'latest' },
    mentions: [/^input 'registry-branch': '\.\.\/bad' is not a usable branch name/],
    fix: /plain branch name/,
  },
];

describe.concurrent('fetch-model refuses bad input with one clear error and leaves nothing behind', () => {
  for (const c of cases) {
    it(
      c.name,
      async () => {
        const ws = await tempDir('fetch-robust-ws-');
        const temp = await tempDir('fetch-robust-tmp-');
        try {
          await cp(base, ws, { recursive: true });
          if (c.files) await writeFiles(ws, c.files);
          const before = snapshotTree(ws);
          const tempBefore = snapshotTree(temp);
          const r = await runStep({
            action: 'fetch-model',
            ...actionDir('fetch-model'),
            workspace: ws,
            runnerTemp: temp,
            inputs: c.inputs,
            timeoutMs: CASE_TIMEOUT_MS,
          });
          expectCleanFailure(r, { mentions: c.mentions, fix: c.fix, ...(c.secrets ? { secrets: c.secrets } : {}) });
          expect(r.summary).toBe('');
          expectUnchanged(before, snapshotTree(ws), 'the workspace');
          expectUnchanged(tempBefore, snapshotTree(temp), 'the runner temp');
        } finally {
          await rm(ws, { recursive: true, force: true });
          await rm(temp, { recursive: true, force: true });
        }
      },
      CASE_TIMEOUT_MS + 10_000,
    );
  }
});
