/**
 * Robustness cases for data-hash: each names the input, the expected exit (1), the one error it
 * expects (what is at fault and the fix) and checks that nothing was written or changed: the
 * workspace, the runner temp (where the default manifest goes) and a folder outside the workspace are
 * the same before and after. Runs the bundle: node scripts/build.ts data-hash.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, serializeManifest } from '@mlops-actions/hashing';
import { runStep } from '../harness/step-runner.ts';
import {
  CASE_TIMEOUT_MS,
  caseWorkspace,
  type CaseWorkspace,
  NOBODY,
  actionDir,
  expectCleanFailure,
  expectUnchanged,
  snapshotTree,
  tempFilesIn,
} from './helpers.ts';
import { tempDirSync } from '../harness/temp.ts';

type Ctx = CaseWorkspace;

type Inputs = Record<string, string>;

interface Case {
  name: string;
  inputs: Inputs | ((c: Ctx) => Inputs);
  setup?: (c: Ctx) => void;
  mentions: readonly (string | RegExp)[] | ((c: Ctx) => readonly (string | RegExp)[]);
  fix: RegExp;
  file?: string;
  line?: number;
  /** Run the step as an unprivileged user (root reads any file). */
  nobody?: boolean;
  /** GITHUB_WORKSPACE given through a symbolic link to the workspace. */
  linkedWorkspace?: boolean;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const md5 = (s: string) => createHash('md5').update(s).digest('hex');

/** A valid manifest of data/a.csv, as JSON to tamper with. */
function goodManifest(): Record<string, unknown> & { entries: Record<string, unknown>[] } {
  const m = buildManifest('sha256', [
    { path: 'data/a.csv', size: 4, digest: sha('a,1\n') },
    { path: 'data/b.csv', size: 4, digest: sha('b,2\n') },
  ]);
  return JSON.parse(serializeManifest(m)) as Record<string, unknown> & { entries: Record<string, unknown>[] };
}
const baseline = (edit: (m: ReturnType<typeof goodManifest>) => unknown) => (c: Ctx) => {
  const m = goodManifest();
  const v = edit(m);
  c.write('baseline.json', typeof v === 'string' ? v : JSON.stringify(v ?? m, null, 2));
};
const oldMtimes = (c: Ctx) => {
  const past = new Date('2020-01-01T00:00:00Z');
  for (const f of ['data/a.csv', 'data/b.csv', 'data/sub/c.txt']) utimesSync(join(c.ws, f), past, past);
};
const rootOwnedDir = (c: Ctx) => {
  mkdirSync(join(c.runnerTemp, 'ro'));
  chmodSync(join(c.runnerTemp, 'ro'), 0o755);
};
const mkfifo = (c: Ctx, rel: string) => {
  mkdirSync(dirname(join(c.ws, rel)), { recursive: true });
  const r = spawnSync('mkfifo', [join(c.ws, rel)]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
};

const CHECK_PATH = /Check the path/;
const OUTSIDE_FIX = /Use a path inside the workspace/;
const MANIFEST_FIX = /Point to a manifest written by data-hash/;
const WRITABLE_FIX = /Choose a folder the runner user can write to/;
const FOLDERS_FIX = /Choose an output path whose folders are folders/;

const cases: Case[] = [
  // ---- path: what to hash
  { name: 'path not set', inputs: {}, mentions: ["input 'path'", 'is required'], fix: /Add 'path:' under 'with:'/ },
  { name: 'path only spaces', inputs: { path: '   \n  ' }, mentions: ["input 'path'", 'is required'], fix: /Add 'path:'/ },
  {
    name: 'path only comments',
    inputs: { path: '# data\n# more' },
    mentions: ["input 'path'", 'no path to hash'],
    fix: /List files, directories or globs/,
  },
  {
    name: 'path only excludes',
    inputs: { path: '!data' },
    mentions: ["input 'path'", 'no path to hash'],
    fix: /List files, directories or globs/,
  },
  {
    name: 'a missing file',
    inputs: { path: 'data/nope.csv' },
    mentions: ["input 'path'", "'data/nope.csv' does not exist"],
    fix: CHECK_PATH,
  },
  {
    name: 'a missing folder with a trailing slash',
    inputs: { path: 'nope/' },
    mentions: ["input 'path'", "'nope' does not exist"],
    fix: CHECK_PATH,
  },
  {
    name: 'one good line and one missing',
    inputs: { path: 'data\nmissing.csv' },
    mentions: ["key 'missing.csv'", 'does not exist'],
    fix: CHECK_PATH,
  },
  { name: "the empty path written as ''", inputs: { path: "''" }, mentions: ["input 'path'", 'does not exist'], fix: /without quotes/ },
  {
    name: 'a path in double quotes',
    inputs: { path: '"data"' },
    mentions: ["input 'path'", `'"data"' does not exist`],
    fix: /without quotes/,
  },
  {
    name: 'a path in single quotes',
    inputs: { path: "'data/a.csv'" },
    mentions: ["input 'path'", 'does not exist'],
    fix: /without quotes/,
  },
  {
    name: 'a glob matching nothing',
    inputs: { path: 'data/*.parquet' },
    mentions: ["input 'path'", "the glob 'data/*.parquet' matches no file"],
    fix: /Check the pattern/,
  },
  { name: 'a ** glob matching nothing', inputs: { path: '**/*.xyz' }, mentions: ["the glob '**/*.xyz' matches no file"], fix: /\*\* does/ },
  {
    name: 'a glob under a missing folder',
    inputs: { path: 'nope/**/*.csv' },
    mentions: ["the glob 'nope/**/*.csv' matches no file"],
    fix: /Check the pattern/,
  },
  {
    name: 'a glob whose matches are all excluded',
    inputs: { path: 'data/*.csv', exclude: '*.csv' },
    mentions: ["the glob 'data/*.csv' matches no file"],
    fix: /Check the pattern/,
  },
  {
    name: 'a brace glob matching nothing',
    inputs: { path: 'data/{x,y}.csv' },
    mentions: ["the glob 'data/{x,y}.csv' matches no file"],
    fix: /Check the pattern/,
  },
  { name: 'a unicode glob matching nothing', inputs: { path: 'données/*.csv' }, mentions: ["'données/*.csv'"], fix: /Check the pattern/ },
  { name: 'the parent folder', inputs: { path: '..' }, mentions: ["input 'path'", "'..' leads outside the workspace"], fix: OUTSIDE_FIX },
  {
    name: 'a sibling of the workspace',
    inputs: { path: '../other/data' },
    mentions: ["input 'path'", 'leads outside the workspace'],
    fix: OUTSIDE_FIX,
  },
  {
    name: 'a path that climbs out after going in',
    inputs: { path: 'data/../../x' },
    mentions: ["'data/../../x' leads outside the workspace"],
    fix: OUTSIDE_FIX,
  },
  {
    name: 'an absolute system path',
    inputs: { path: '/etc' },
    mentions: ["input 'path'", "'/etc' leads outside the workspace"],
    fix: OUTSIDE_FIX,
  },
  {
    name: 'an absolute path outside the workspace',
    inputs: (c) => ({ path: join(c.outside, 'x.csv') }),
    mentions: (c) => [`'${join(c.outside, 'x.csv')}' leads outside`],
    fix: OUTSIDE_FIX,
  },
  { name: 'a path through a file', inputs: { path: 'data/a.csv/b' }, mentions: ["'data/a.csv/b' does not exist"], fix: CHECK_PATH },
  {
    name: 'a name with a backslash that does not exist',
    inputs: { path: 'data\\x.csv' },
    mentions: ["'data\\\\x.csv' does not exist"],
    fix: CHECK_PATH,
  },
  {
    name: 'a name with spaces that does not exist',
    inputs: { path: 'my data/x y.csv' },
    mentions: ["'my data/x y.csv' does not exist"],
    fix: CHECK_PATH,
  },
  {
    name: 'a name too long for the file system',
    inputs: { path: `data/${'x'.repeat(300)}` },
    mentions: ["input 'path'", 'the name is too long'],
    fix: /readable/,
  },
  // ---- symbolic links
  {
    name: 'a dangling link named by a line',
    setup: (c) => c.link('nope.csv', 'data/dangling'),
    inputs: { path: 'data/dangling' },
    mentions: ["'data/dangling' is a symbolic link whose target does not exist"],
    fix: /Fix or remove the link/,
  },
  {
    name: 'a dangling link in a folder, following links',
    setup: (c) => c.link('nope.csv', 'data/dangling'),
    inputs: { path: 'data', 'follow-symlinks': 'true' },
    mentions: ["key 'data'", "'data/dangling' is a symbolic link whose target does not exist"],
    fix: /Fix or remove the link/,
  },
  {
    name: 'a link to itself',
    setup: (c) => c.link('self', 'data/self'),
    inputs: { path: 'data/self' },
    mentions: ["'data/self'", 'symbolic link loop'],
    fix: /Fix or remove the link/,
  },
  {
    name: 'two links pointing at each other',
    setup: (c) => (c.link('b', 'data/a'), c.link('a', 'data/b')),
    inputs: { path: 'data/a', 'follow-symlinks': 'true' },
    mentions: ["'data/a'", 'symbolic link loop'],
    fix: /Fix or remove the link/,
  },
  {
    name: 'a link back to a folder being walked',
    setup: (c) => c.link('..', 'data/sub/up'),
    inputs: { path: 'data', 'follow-symlinks': 'true' },
    mentions: ["'data/sub/up' points back to a directory it is in", 'a loop'],
    fix: /Remove the link, exclude it, or set follow-symlinks: false/,
  },
  {
    name: 'a link to a file outside the workspace',
    setup: (c) => c.link(join(c.outside, 'secret.txt'), 'data/escape.txt'),
    inputs: { path: 'data', 'follow-symlinks': 'true' },
    mentions: ["'data/escape.txt' leads outside the workspace through a symbolic link"],
    fix: /Hash data inside the workspace/,
  },
  {
    name: 'a line naming a link to a folder outside',
    setup: (c) => c.link(c.outside, 'external'),
    inputs: { path: 'external' },
    mentions: ["'external' leads outside the workspace through a symbolic link"],
    fix: /Hash data inside the workspace/,
  },
  {
    name: 'a line through a link to a folder outside',
    setup: (c) => c.link(c.outside, 'external'),
    inputs: { path: 'external/secret.txt' },
    mentions: ["'external/secret.txt' leads outside the workspace"],
    fix: /Hash data inside the workspace/,
  },
  {
    name: 'a line naming a link, links not followed',
    setup: (c) => c.link('a.csv', 'data/alias.csv'),
    inputs: { path: 'data/alias.csv' },
    mentions: ["'data/alias.csv' is, or goes through, a symbolic link, and follow-symlinks is false"],
    fix: /Set follow-symlinks: true, or name the real path/,
  },
  {
    name: 'a line through a linked folder, links not followed',
    setup: (c) => c.link('data', 'linked'),
    inputs: { path: 'linked/a.csv' },
    mentions: ["'linked/a.csv'", 'follow-symlinks is false'],
    fix: /Set follow-symlinks: true/,
  },
  {
    name: 'a glob under a linked folder, links not followed',
    setup: (c) => c.link('data', 'linked'),
    inputs: { path: 'linked/*.csv' },
    mentions: ["'linked'", 'follow-symlinks is false'],
    fix: /Set follow-symlinks: true/,
  },
  // ---- special and unreadable files
  {
    name: 'a FIFO named by a line',
    setup: (c) => mkfifo(c, 'data/pipe'),
    inputs: { path: 'data/pipe' },
    mentions: ["'data/pipe' is not a regular file or a directory"],
    fix: /Name files or directories/,
  },
  {
    name: 'a file name that is not UTF-8',
    setup: (c) => writeFileSync(Buffer.concat([Buffer.from(join(c.ws, 'data/')), Buffer.from([0x66, 0xff, 0x2e, 0x63])]), 'x'),
    inputs: { path: 'data' },
    mentions: ["key 'data'", 'is not valid UTF-8'],
    fix: /Rename the file/,
  },
  // The `''` the audit saw: GITHUB_WORKSPACE through a link, `path: .`; the real error must show.
  {
    name: 'path . in a linked workspace, with a bad name inside',
    linkedWorkspace: true,
    setup: (c) => writeFileSync(Buffer.concat([Buffer.from(join(c.ws, 'data/')), Buffer.from([0xff])]), 'x'),
    inputs: { path: '.' },
    mentions: ["input 'path'", "the file name 'data/", 'is not valid UTF-8'],
    fix: /Rename the file/,
  },
  {
    name: 'an unreadable file among a few',
    nobody: true,
    setup: (c) => chmodSync(join(c.ws, 'data/b.csv'), 0o000),
    inputs: { path: 'data' },
    mentions: ["cannot read 'data/b.csv': permission denied"],
    fix: /Make the file readable by the runner user, or exclude it/,
    file: 'data/b.csv',
  },
  {
    name: 'an unreadable file among many',
    nobody: true,
    setup: (c) => {
      for (let i = 0; i < 300; i++) c.write(`data/many/${i}.txt`, `${i}`);
      chmodSync(join(c.ws, 'data/many/150.txt'), 0o000);
    },
    inputs: { path: 'data' },
    mentions: ["cannot read 'data/many/150.txt': permission denied"],
    fix: /Make the file readable/,
    file: 'data/many/150.txt',
  },
  {
    name: 'an unreadable file with a newline in its name',
    nobody: true,
    setup: (c) => (c.write('data/bad\nname.csv', 'x'), chmodSync(join(c.ws, 'data/bad\nname.csv'), 0o000)),
    inputs: { path: 'data' },
    mentions: ["cannot read 'data/bad\\nname.csv': permission denied"],
    fix: /Make the file readable/,
    file: 'data/bad\nname.csv',
  },
  {
    name: 'an unreadable file with a backslash in its name',
    nobody: true,
    setup: (c) => (c.write('data/back\\slash.csv', 'x'), chmodSync(join(c.ws, 'data/back\\slash.csv'), 0o000)),
    inputs: { path: 'data' },
    mentions: ["cannot read 'data/back\\\\slash.csv': permission denied"],
    fix: /Make the file readable/,
    file: 'data/back\\slash.csv',
  },
  {
    name: 'an unreadable folder',
    nobody: true,
    setup: (c) => chmodSync(join(c.ws, 'data/sub'), 0o000),
    inputs: { path: 'data' },
    mentions: ["cannot read the directory 'data/sub': permission denied"],
    fix: /Make it readable by the runner user, or exclude it/,
  },
  {
    name: 'a line inside an unreadable folder',
    nobody: true,
    setup: (c) => chmodSync(join(c.ws, 'data/sub'), 0o000),
    inputs: { path: 'data/sub/c.txt' },
    mentions: ["cannot read 'data/sub/c.txt': permission denied"],
    fix: /readable by the runner user/,
  },
  // ---- exclude
  {
    name: 'an exclude outside the workspace',
    inputs: { path: 'data', exclude: '../x' },
    mentions: ["input 'exclude'", "'../x' leads outside the workspace"],
    fix: OUTSIDE_FIX,
  },
  {
    name: 'an absolute exclude outside the workspace',
    inputs: { path: 'data', exclude: '/etc/*' },
    mentions: ["input 'exclude'", 'leads outside the workspace'],
    fix: OUTSIDE_FIX,
  },
  {
    name: 'a ! line outside the workspace',
    inputs: { path: 'data\n!../x' },
    mentions: ["input 'path'", "'../x' leads outside the workspace"],
    fix: OUTSIDE_FIX,
  },
  // ---- algorithm and follow-symlinks
  ...['crc32', 'SHA256', 'sha-256', 'blake3', 'sha384'].map(
    (a): Case => ({
      name: `algorithm ${a}`,
      inputs: { path: 'data', algorithm: a },
      mentions: ["input 'algorithm'", `got '${a}'`],
      fix: /must be one of 'sha256', 'sha512', 'sha1', 'md5'/,
    }),
  ),
  ...['yes', '1', 'on', 'tru', 'no'].map(
    (v): Case => ({
      name: `follow-symlinks ${v}`,
      inputs: { path: 'data', 'follow-symlinks': v },
      mentions: ["input 'follow-symlinks'", `got '${v}'`],
      fix: /must be true or false/,
    }),
  ),
  // ---- manifest: where the manifest goes
  {
    name: 'manifest names a folder',
    inputs: { path: 'data', manifest: 'data' },
    mentions: ["input 'manifest'", "'data' is a directory"],
    fix: /Name a file inside it/,
  },
  {
    name: 'manifest names the workspace',
    inputs: { path: 'data', manifest: '.' },
    mentions: ["input 'manifest'", 'is a directory'],
    fix: /Name a file/,
  },
  {
    name: 'manifest under a file (EEXIST)',
    inputs: { path: 'data', manifest: 'data/a.csv/manifest.json' },
    mentions: ["input 'manifest'", "cannot write 'data/a.csv/manifest.json': 'data/a.csv' is a file, not a folder"],
    fix: FOLDERS_FIX,
  },
  {
    name: 'manifest deep under a file (ENOTDIR)',
    inputs: { path: 'data', manifest: 'README.md/x/y/m.json' },
    mentions: ["input 'manifest'", "'README.md' is a file, not a folder"],
    fix: FOLDERS_FIX,
  },
  {
    name: 'manifest under a file, absolute',
    inputs: (c) => ({ path: 'data', manifest: join(c.outside, 'secret.txt', 'm.json') }),
    mentions: (c) => ["input 'manifest'", `'${join(c.outside, 'secret.txt')}' is a file, not a folder`],
    fix: FOLDERS_FIX,
  },
  {
    name: 'manifest names a data file',
    inputs: { path: 'data', manifest: 'data/a.csv' },
    mentions: ["input 'manifest'", "'data/a.csv' exists and is not a data-hash manifest"],
    fix: /Name a new file for the manifest/,
  },
  {
    name: 'manifest names another file',
    inputs: { path: 'data', manifest: 'README.md' },
    mentions: ["input 'manifest'", "'README.md' exists and is not a data-hash manifest"],
    fix: /Name a new file/,
  },
  {
    name: 'manifest names a FIFO',
    setup: (c) => mkfifo(c, 'out/pipe'),
    inputs: { path: 'data', manifest: 'out/pipe' },
    mentions: ["input 'manifest'", "'out/pipe' is a named pipe"],
    fix: /Name a regular file/,
  },
  {
    name: 'manifest on two lines',
    inputs: { path: 'data', manifest: 'a.json\nb.json' },
    mentions: ["input 'manifest'", 'must be one path'],
    fix: /single path/,
  },
  {
    name: 'manifest outside the workspace (relative)',
    inputs: { path: 'data', manifest: '../m.json' },
    mentions: ["input 'manifest'", "'../m.json' leads outside the workspace"],
    fix: OUTSIDE_FIX,
  },
  {
    name: 'manifest in a folder the runner cannot write',
    nobody: true,
    setup: rootOwnedDir,
    inputs: (c) => ({ path: 'data', manifest: join(c.runnerTemp, 'ro', 'm.json') }),
    mentions: ["input 'manifest'", 'permission denied'],
    fix: WRITABLE_FIX,
  },
  {
    name: 'manifest under /proc',
    inputs: { path: 'data', manifest: '/proc/data-hash/m.json' },
    mentions: ["input 'manifest'", "cannot write '/proc/data-hash/m.json'"],
    fix: /Choose a path under the workspace or runner.temp/,
  },
  // ---- stat-cache
  {
    name: 'stat-cache names a folder',
    inputs: { path: 'data', 'stat-cache': 'data/sub' },
    mentions: ["input 'stat-cache'", "'data/sub' is a directory"],
    fix: /Name a file/,
  },
  {
    name: 'stat-cache under a file',
    inputs: { path: 'data', 'stat-cache': 'data/a.csv/stat.json' },
    mentions: ["input 'stat-cache'", "'data/a.csv' is a file, not a folder"],
    fix: FOLDERS_FIX,
  },
  {
    name: 'stat-cache names a data file',
    inputs: { path: 'data', 'stat-cache': 'data/b.csv' },
    mentions: ["input 'stat-cache'", "'data/b.csv' exists and is not a data-hash stat cache"],
    fix: /Name a file of its own for the stat cache/,
  },
  {
    name: 'stat-cache names the manifest',
    inputs: { path: 'data', manifest: 'm.json', 'stat-cache': 'm.json' },
    mentions: ["input 'stat-cache'", "'m.json' is also the manifest"],
    fix: /a file of its own/,
  },
  {
    name: 'stat-cache on two lines',
    inputs: { path: 'data', 'stat-cache': 'a\nb' },
    mentions: ["input 'stat-cache'", 'must be one path'],
    fix: /single path/,
  },
  {
    name: 'stat-cache outside the workspace (relative)',
    inputs: { path: 'data', 'stat-cache': '../stat.json' },
    mentions: ["input 'stat-cache'", 'leads outside the workspace'],
    fix: OUTSIDE_FIX,
  },
  {
    name: 'stat-cache in a folder the runner cannot write',
    nobody: true,
    setup: (c) => (rootOwnedDir(c), oldMtimes(c)),
    inputs: (c) => ({ path: 'data', 'stat-cache': join(c.runnerTemp, 'ro', 'stat.json') }),
    mentions: ["input 'stat-cache'", 'permission denied'],
    fix: WRITABLE_FIX,
  },
  // ---- baseline: a manifest from an earlier run
  {
    name: 'baseline missing',
    inputs: { path: 'data', baseline: 'old.json' },
    mentions: ['old.json', 'manifest not found'],
    fix: /it must be a manifest written by data-hash/,
    file: 'old.json',
  },
  {
    name: 'baseline under a file',
    inputs: { path: 'data', baseline: 'README.md/m.json' },
    mentions: ['README.md/m.json', 'manifest not found'],
    fix: /Check the path/,
    file: 'README.md/m.json',
  },
  {
    name: 'baseline names a folder',
    inputs: { path: 'data', baseline: 'data' },
    mentions: ['data: cannot read the manifest', 'is a directory'],
    fix: /Name the file itself/,
    file: 'data',
  },
  {
    name: 'baseline empty',
    setup: baseline(() => ''),
    inputs: { path: 'data', baseline: 'baseline.json' },
    mentions: ['baseline.json', 'invalid JSON'],
    fix: MANIFEST_FIX,
    file: 'baseline.json',
  },
  {
    name: 'baseline truncated',
    setup: baseline((m) => JSON.stringify(m, null, 2).slice(0, 200)),
    inputs: { path: 'data', baseline: 'baseline.json' },
    mentions: ['baseline.json', 'invalid JSON'],
    fix: MANIFEST_FIX,
    file: 'baseline.json',
  },
  {
    name: 'baseline not JSON',
    setup: baseline(() => 'hash: sha256:abc\n'),
    inputs: { path: 'data', baseline: 'baseline.json' },
    mentions: ['baseline.json', 'invalid JSON'],
    fix: MANIFEST_FIX,
    file: 'baseline.json',
  },
  {
    name: 'baseline a JSON list',
    setup: baseline(() => '[1, 2]'),
    inputs: { path: 'data', baseline: 'baseline.json' },
    mentions: ['the top level is not a JSON object'],
    fix: MANIFEST_FIX,
    file: 'baseline.json',
  },
  {
    name: 'baseline another kind of JSON',
    setup: baseline(() => ({ metrics: { auc: 0.9 } })),
    inputs: { path: 'data', baseline: 'baseline.json' },
    mentions: ["key 'format'", 'it has no "format" key'],
    fix: MANIFEST_FIX,
    file: 'baseline.json',
  },
  {
    name: 'baseline of a newer format',
    setup: baseline((m) => ({ ...m, format: 'mlops-actions/data-manifest@2' })),
    inputs: { path: 'data', baseline: 'baseline.json' },
    mentions: ["key 'format'", 'unknown format "mlops-actions/data-manifest@2"'],
    fix: MANIFEST_FIX,
    file: 'baseline.json',
  },
  {
    name: 'baseline with an unknown algorithm',
    setup: baseline((m) => ({ ...m, algorithm: 'crc32' })),
    inputs: { path: 'data', baseline: 'baseline.json' },
    mentions: ["key 'algorithm'", 'unknown algorithm "crc32"'],
    fix: MANIFEST_FIX,
    file: 'baseline.json',
  },
  {
    name: 'baseline made with another algorithm',
    setup: (c) =>
      c.write('baseline.json', serializeManifest(buildManifest('md5', [{ path: 'data/a.csv', size: 4, digest: md5('a,1\n') }]))),
    inputs: { path: 'data', baseline: 'baseline.json' },
    mentions: ["input 'baseline'", 'the baseline manifest uses md5 and this run uses sha256'],
    fix: /Hash with algorithm: md5, or make a new baseline with sha256/,
    file: 'baseline.json',
  },
  {
    name: 'baseline with an edited hash',
    setup: baseline((m) => ({ ...m, hash: `sha256:${'0'.repeat(64)}` })),
    inputs: { path: 'data', baseline: 'baseline.json' },
    mentions: ["key 'hash'", 'does not match its entries'],
    fix: MANIFEST_FIX,
    file: 'baseline.json',
  },
  {
    name: 'baseline with a wrong file count',
    setup: baseline((m) => ({ ...m, files: 3 })),
    inputs: { path: 'data', baseline: 'baseline.json' },
    mentions: ["key 'files'", '"files" says 3 but there are 2 entries'],
    fix: MANIFEST_FIX,
    file: 'baseline.json',
  },
  {
    name: 'baseline with a wrong byte count',
    setup: baseline((m) => ({ ...m, bytes: 1 })),
    inputs: { path: 'data', baseline: 'baseline.json' },
    mentions: ["key 'bytes'"],
    fix: MANIFEST_FIX,
    file: 'baseline.json',
  },
  {
    name: 'baseline with entries out of order',
    setup: baseline((m) => ({ ...m, entries: [...m.entries].reverse() })),
    inputs: { path: 'data', baseline: 'baseline.json' },
    mentions: ["key 'entries[1]'", 'not sorted by path'],
    fix: MANIFEST_FIX,
    file: 'baseline.json',
  },
  {
    name: 'baseline with a short digest',
    setup: baseline((m) => ({ ...m, entries: [{ ...m.entries[0], digest: 'abc' }, m.entries[1]] })),
    inputs: { path: 'data', baseline: 'baseline.json' },
    mentions: ["key 'entries[0].digest'", 'is not 64 hex digits'],
    fix: MANIFEST_FIX,
    file: 'baseline.json',
  },
  {
    name: 'baseline with a negative size',
    setup: baseline((m) => ({ ...m, entries: [{ ...m.entries[0], size: -1 }, m.entries[1]] })),
    inputs: { path: 'data', baseline: 'baseline.json' },
    mentions: ["key 'entries[0].size'", 'is not a byte count'],
    fix: MANIFEST_FIX,
    file: 'baseline.json',
  },
  {
    name: 'baseline with an entry without a path',
    setup: baseline((m) => ({ ...m, entries: [{ size: 1, digest: 'a'.repeat(64) }] })),
    inputs: { path: 'data', baseline: 'baseline.json' },
    mentions: ["key 'entries[0].path'", 'an entry has no path'],
    fix: MANIFEST_FIX,
    file: 'baseline.json',
  },
  {
    name: 'baseline whose entries are not a list',
    setup: baseline((m) => ({ ...m, entries: {} })),
    inputs: { path: 'data', baseline: 'baseline.json' },
    mentions: ["key 'entries'", '"entries" is not a list'],
    fix: MANIFEST_FIX,
    file: 'baseline.json',
  },
  {
    name: 'baseline outside the workspace',
    inputs: { path: 'data', baseline: '../old.json' },
    mentions: ["input 'baseline'", 'leads outside the workspace'],
    fix: OUTSIDE_FIX,
  },
  {
    name: 'baseline on two lines',
    inputs: { path: 'data', baseline: 'a.json\nb.json' },
    mentions: ["input 'baseline'", 'must be one path'],
    fix: /single path/,
  },
  {
    name: 'baseline unreadable',
    nobody: true,
    setup: (c) => (baseline(() => undefined)(c), chmodSync(join(c.ws, 'baseline.json'), 0o000)),
    inputs: { path: 'data', baseline: 'baseline.json' },
    mentions: ['baseline.json', 'cannot read the manifest: permission denied'],
    fix: /Make the file readable/,
    file: 'baseline.json',
  },
];

describe.concurrent('data-hash robustness', () => {
  it('has the cases the suite promises', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  for (const c of cases) {
    it(c.name, async () => {
      const ctx: Ctx = caseWorkspace('rb-dh');
      const { ws, runnerTemp, outside } = ctx;
      ctx.write('data/a.csv', 'a,1\n');
      ctx.write('data/b.csv', 'b,2\n');
      ctx.write('data/sub/c.txt', 'c\n');
      ctx.write('README.md', '# project\n');
      writeFileSync(join(outside, 'secret.txt'), 'not data');
      c.setup?.(ctx);
      if (c.nobody) {
        chmodSync(ws, 0o755);
        chmodSync(runnerTemp, 0o777);
      }
      let workspace = ws;
      if (c.linkedWorkspace) {
        workspace = join(outside, 'ws-link');
        symlinkSync(ws, workspace);
      }
      const before = [snapshotTree(ws), snapshotTree(runnerTemp), snapshotTree(outside)];
      const r = await runStep({
        action: 'data-hash',
        ...actionDir('data-hash'),
        workspace,
        runnerTemp,
        inputs: typeof c.inputs === 'function' ? c.inputs(ctx) : c.inputs,
        timeoutMs: CASE_TIMEOUT_MS,
        ...(c.nobody ? { user: NOBODY } : {}),
      });
      expectCleanFailure(r, {
        mentions: typeof c.mentions === 'function' ? c.mentions(ctx) : c.mentions,
        fix: c.fix,
        file: c.file,
        line: c.line,
      });
      const after = [snapshotTree(ws), snapshotTree(runnerTemp), snapshotTree(outside)];
      expectUnchanged(before[0]!, after[0]!, 'the workspace');
      expectUnchanged(before[1]!, after[1]!, 'the runner temp');
      expectUnchanged(before[2]!, after[2]!, 'the folder outside the workspace');
      expect(tempFilesIn(after[1]!)).toEqual([]);
      expect(r.summary).toBe('');
    });
  }
});

describe.concurrent('data-hash: inputs that used to fail and must work', () => {
  it('path . when GITHUB_WORKSPACE is a symbolic link (once: "\'\' is a symbolic link")', async () => {
    const ws = tempDirSync('rb-dh-ws-');
    const outside = tempDirSync('rb-dh-out-');
    mkdirSync(join(ws, 'data'));
    writeFileSync(join(ws, 'data', 'a.csv'), 'a,1\n');
    symlinkSync(ws, join(outside, 'ws-link'));
    const r = await runStep({
      action: 'data-hash',
      workspace: join(outside, 'ws-link'),
      inputs: { path: '.' },
      timeoutMs: CASE_TIMEOUT_MS,
    });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['files']).toBe('1');
  });

  it('a manifest from an earlier run at the same path is replaced', async () => {
    const ws = tempDirSync('rb-dh-ws-');
    mkdirSync(join(ws, 'data'));
    writeFileSync(join(ws, 'data', 'a.csv'), 'a,1\n');
    const inputs = { path: 'data', manifest: 'data/manifest.json', 'stat-cache': '.cache/stat.json' };
    const first = await runStep({ action: 'data-hash', workspace: ws, inputs, timeoutMs: CASE_TIMEOUT_MS });
    expect(first.exitCode, first.stdout).toBe(0);
    writeFileSync(join(ws, 'data', 'b.csv'), 'b,2\n');
    const second = await runStep({
      action: 'data-hash',
      workspace: ws,
      inputs: { ...inputs, baseline: 'data/manifest.json' },
      timeoutMs: CASE_TIMEOUT_MS,
    });
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.outputs).toMatchObject({ files: '2', added: '1', changed: 'true' });
  });
});
