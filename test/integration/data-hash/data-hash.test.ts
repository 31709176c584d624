/**
 * The bundled data-hash action run the way the GitHub runner runs it (test/harness/step-runner.ts).
 * Build it first: node scripts/build.ts data-hash.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runStep, type StepOptions, stepFor } from '../../harness/step-runner.ts';
import { removeTempDirs, tempDirSync } from '../../harness/temp.ts';

const temp = tempDirSync;
afterEach(removeTempDirs);

function write(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
}

function sh(cwd: string, command: string): string {
  const r = spawnSync('bash', ['-c', `set -o pipefail; ${command}`], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${command}: ${r.stderr}`);
  return r.stdout;
}

/** A workspace holding a dataset with nested folders, unicode names and empty files. */
function dataset(ws: string): void {
  write(ws, {
    'data/train.csv': 'id,label\n1,cat\n2,dog\n',
    'data/empty.csv': '',
    'data/images/été/🐱 chat.png': randomBytes(4096),
    'data/images/été/empty.png': '',
    'data/images/日本/犬.png': randomBytes(70_000),
    'data/nested/a/b/c/deep.bin': randomBytes(1_200_000),
    'data/with space.txt': 'spaced',
  });
}

const dataHash = stepFor('data-hash');
const step = (ws: string, inputs: StepOptions['inputs'], extra: Partial<StepOptions> = {}) =>
  dataHash(inputs, { workspace: ws, runnerTemp: extra.runnerTemp ?? temp('dh-runner-'), ...extra });

describe('data-hash', () => {
  it('gives the hash coreutils gives (nested folders, unicode names, empty files), the outputs and a summary', async () => {
    const ws = temp('dh-ws-');
    dataset(ws);
    // Through the bundle, as a child process (`node dist/index.js`), as the runner runs it: the file's other
    // steps run in-process from the sources (test/harness/step-runner.ts).
    const r = await step(ws, { path: 'data' }, { runIn: 'process' });
    expect(r.exitCode, r.stdout).toBe(0);
    // The exact command documented for users.
    const expected = sh(ws, "find data -type f | LC_ALL=C sort | xargs -d '\\n' sha256sum | sha256sum").split(' ')[0];
    expect(r.outputs['hash']).toBe(`sha256:${expected}`);
    expect(r.outputs['files']).toBe('7');
    expect(r.outputs['bytes']).toBe(String(21 + 4096 + 70_000 + 1_200_000 + 6));
    expect(r.outputs['bytes']).toBe(sh(ws, "find data -type f -printf '%s\\n' | paste -sd+ | bc").trim());
    expect(r.outputs['changed']).toBe('true');
    expect(r.outputs['added']).toBe('7');
    expect(r.outputs['cache-key']).toBe(`sha256-${expected!.slice(0, 24)}`);
    const manifest = JSON.parse(readFileSync(r.outputs['manifest']!, 'utf8'));
    expect(r.outputs['manifest']).toBe(join(r.runnerTemp, 'data-hash', 'manifest.json'));
    expect(manifest.entries.map((e: { path: string }) => e.path)).toEqual(sh(ws, 'find data -type f | LC_ALL=C sort').trim().split('\n'));
    expect(r.summary).toContain(`\`sha256:${expected}\``);
    expect(r.summary).toContain('| Files | 7 |');
  });

  it.each([
    ['md5', 'md5sum'],
    ['sha1', 'sha1sum'],
    ['sha512', 'sha512sum'],
  ])('with algorithm %s matches %s', async (algorithm, tool) => {
    const ws = temp('dh-ws-');
    dataset(ws);
    const r = await step(ws, { path: 'data', algorithm });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['hash']).toBe(
      `${algorithm}:${sh(ws, `find data -type f | LC_ALL=C sort | xargs -d '\\n' ${tool} | ${tool}`).split(' ')[0]}`,
    );
  });

  it('gives the same hash for two copies with different mtimes and creation order', async () => {
    const a = temp('dh-a-');
    const b = temp('dh-b-');
    dataset(a);
    // The copy is made file by file in reverse order, then every mtime is moved.
    const files = sh(a, 'find data -type f | LC_ALL=C sort -r').trim().split('\n');
    for (const f of files) {
      mkdirSync(dirname(join(b, f)), { recursive: true });
      cpSync(join(a, f), join(b, f));
      utimesSync(join(b, f), new Date('2011-11-11'), new Date('2011-11-11'));
    }
    const [ra, rb] = await Promise.all([step(a, { path: 'data' }), step(b, { path: 'data/' })]);
    expect(ra.exitCode).toBe(0);
    expect(rb.outputs['hash']).toBe(ra.outputs['hash']);
  });

  it('one changed byte changes the hash and, against the baseline, modified=1', async () => {
    const ws = temp('dh-ws-');
    dataset(ws);
    const first = await step(ws, { path: 'data', manifest: 'baseline.json' });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs['manifest']).toBe(join(ws, 'baseline.json'));
    const deep = join(ws, 'data/nested/a/b/c/deep.bin');
    const bytes = readFileSync(deep);
    bytes[600_000] = bytes[600_000]! ^ 1;
    writeFileSync(deep, bytes);
    const second = await step(ws, { path: 'data', baseline: 'baseline.json' });
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.outputs['hash']).not.toBe(first.outputs['hash']);
    expect(second.outputs).toMatchObject({ changed: 'true', added: '0', removed: '0', modified: '1' });
    expect(second.summary).toContain('**0** added, **0** removed, **1** modified');
    expect(second.summary).toContain('- `data/nested/a/b/c/deep.bin`');
    // Unchanged data against its own baseline.
    const third = await step(ws, { path: 'data', baseline: second.outputs['manifest']! });
    expect(third.outputs).toMatchObject({ changed: 'false', added: '0', removed: '0', modified: '0' });
    expect(third.summary).toContain('Unchanged since the baseline');
  });

  it('lists added and removed files against the baseline, and leaves its own manifest out of the hash', async () => {
    const ws = temp('dh-ws-');
    dataset(ws);
    const first = await step(ws, { path: 'data', manifest: 'data/manifest.json' });
    expect(first.outputs['files']).toBe('7'); // not 8: the manifest is not part of the data
    rmSync(join(ws, 'data/empty.csv'));
    write(ws, { 'data/new|file.csv': 'n', 'data/new2.csv': 'm' });
    const second = await step(ws, { path: 'data', baseline: 'data/manifest.json', manifest: 'data/manifest.json' });
    expect(second.outputs).toMatchObject({ changed: 'true', added: '2', removed: '1', modified: '0', files: '8' });
    expect(second.summary).toContain('- `data/new\\|file.csv`');
    expect(second.summary).toContain('- `data/empty.csv`');
  });

  it('re-hashes from the stat cache with the same result', async () => {
    const ws = temp('dh-ws-');
    dataset(ws);
    const old = new Date(Date.now() - 60_000);
    for (const f of sh(ws, 'find data -type f').trim().split('\n')) utimesSync(join(ws, f), old, old);
    const runnerTemp = temp('dh-runner-');
    const first = await step(ws, { path: 'data', 'stat-cache': join(runnerTemp, 'stat.json') }, { runnerTemp });
    const second = await step(ws, { path: 'data', 'stat-cache': join(runnerTemp, 'stat.json') }, { runnerTemp });
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.outputs['hash']).toBe(first.outputs['hash']);
    expect(second.stdout).toContain('7 from the stat cache');
    expect(second.summary).toContain('| Stat cache | 7 of 7 files unchanged, not read |');
  });

  it('skips symbolic links by default and says so; follows them when asked', async () => {
    const ws = temp('dh-ws-');
    dataset(ws);
    symlinkSync('train.csv', join(ws, 'data/link.csv'));
    const skipped = await step(ws, { path: 'data' });
    expect(skipped.outputs['files']).toBe('7');
    expect(skipped.stdout).toContain('skipped 1 symbolic link(s)');
    const followed = await step(ws, { path: 'data', 'follow-symlinks': 'true' });
    expect(followed.outputs['files']).toBe('8');
    expect(followed.outputs['hash']).toBe(
      `sha256:${sh(ws, "find -L data -type f | LC_ALL=C sort | xargs -d '\\n' sha256sum | sha256sum").split(' ')[0]}`,
    );
  });
});

describe('data-hash refuses bad input, names it, fails, and leaves no manifest', () => {
  async function expectFailure(ws: string, inputs: StepOptions['inputs'], message: RegExp, extra: Partial<StepOptions> = {}) {
    const runnerTemp = extra.runnerTemp ?? temp('dh-runner-');
    const r = await runStep({ action: 'data-hash', workspace: ws, runnerTemp, inputs, ...extra });
    expect(r.exitCode, r.stdout).toBe(1);
    // The failure message; an error naming a file is also annotated on that file (run() of action-kit).
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors.length, r.stdout).toBeGreaterThanOrEqual(1);
    for (const e of errors) expect(e.message).toMatch(message);
    expect(r.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    expect(existsSync(join(runnerTemp, 'data-hash', 'manifest.json'))).toBe(false);
    expect(r.outputs).toEqual({});
    expect(r.summary).toBe('');
    return r;
  }

  it('a path that matches nothing', async () => {
    const ws = temp('dh-ws-');
    dataset(ws);
    await expectFailure(
      ws,
      { path: 'data\ndatasets/missing' },
      /input 'path', key 'datasets\/missing': 'datasets\/missing' does not exist/,
    );
    await expectFailure(ws, { path: 'data/**/*.parquet' }, /the glob 'data\/\*\*\/\*\.parquet' matches no file/);
  });

  it('a path outside the workspace', async () => {
    const ws = temp('dh-ws-');
    dataset(ws);
    await expectFailure(ws, { path: '../elsewhere' }, /'..\/elsewhere' leads outside the workspace/);
    await expectFailure(ws, { path: '/etc' }, /'\/etc' leads outside the workspace/);
  });

  it('a symbolic link that leads outside the workspace', async () => {
    const ws = temp('dh-ws-');
    const outside = temp('dh-outside-');
    dataset(ws);
    write(outside, { 'secret.txt': 'not data' });
    symlinkSync(join(outside, 'secret.txt'), join(ws, 'data/escape.txt'));
    await expectFailure(
      ws,
      { path: 'data', 'follow-symlinks': 'true' },
      /'data\/escape.txt' leads outside the workspace through a symbolic link/,
    );
    symlinkSync(outside, join(ws, 'external'));
    await expectFailure(ws, { path: 'external' }, /'external' leads outside the workspace/);
  });

  // Root reads any file, so these run the step as nobody. A few files are hashed on the main thread,
  // many on worker threads: both report the file.
  it.each([
    ['among a few files', 0],
    ['among many files', 500],
  ])('an unreadable file %s (run as an unprivileged user)', async (_, extra) => {
    const ws = temp('dh-ws-');
    const runnerTemp = temp('dh-runner-');
    dataset(ws);
    write(ws, Object.fromEntries(Array.from({ length: extra }, (_, i) => [`data/many/${i}.txt`, `file ${i}`])));
    chmodSync(ws, 0o755);
    chmodSync(runnerTemp, 0o777);
    chmodSync(join(ws, 'data/images/日本/犬.png'), 0o000);
    const nobody = { uid: 65534, gid: 65534 };
    const r = await expectFailure(
      ws,
      { path: 'data' },
      /cannot read 'data\/images\/日本\/犬.png': permission denied\. Make the file readable/,
      { runnerTemp, user: nobody },
    );
    expect(r.annotations.find((a) => a.file)?.file).toBe('data/images/日本/犬.png');
    expect(readdirSync(runnerTemp).filter((f) => !f.startsWith('_runner'))).toEqual([]);
  });

  it.each([
    ['not JSON', 'oops {', /baseline.json(:1)?: is not a data-hash manifest: invalid JSON/],
    ['another kind of JSON', JSON.stringify({ metrics: { accuracy: 0.9 } }), /baseline.json, key 'format': is not a data-hash manifest/],
  ])('a baseline that is %s', async (_, content, message) => {
    const ws = temp('dh-ws-');
    dataset(ws);
    writeFileSync(join(ws, 'baseline.json'), content);
    const r = await expectFailure(ws, { path: 'data', baseline: 'baseline.json' }, message);
    expect(r.annotations.find((a) => a.file)?.file).toBe('baseline.json');
  });

  it('a missing baseline, and bad inputs', async () => {
    const ws = temp('dh-ws-');
    dataset(ws);
    await expectFailure(ws, { path: 'data', baseline: 'nope.json' }, /nope.json: manifest not found/);
    await expectFailure(
      ws,
      { path: 'data', algorithm: 'crc32' },
      /input 'algorithm': must be one of 'sha256', 'sha512', 'sha1', 'md5', got 'crc32'/,
    );
    await expectFailure(ws, { path: 'data', 'follow-symlinks': 'yes' }, /input 'follow-symlinks': must be true or false/);
  });
});
