import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUserError } from '@mlops-actions/errors';
import { checkOutputPath, fsReadError, fsWriteError, makeFolders, writeFileAtomic } from '@mlops-actions/files';
import { tempDirSync } from '../../harness/temp.ts';

const temp = () => tempDirSync('write-errors-');

describe('checkOutputPath', () => {
  it('accepts a missing file under missing folders, and an existing file', () => {
    const dir = temp();
    writeFileSync(join(dir, 'old.json'), '{}');
    expect(() => checkOutputPath(join(dir, 'a', 'b', 'c.json'))).not.toThrow();
    expect(() => checkOutputPath(join(dir, 'old.json'))).not.toThrow();
  });

  it('names the file in the way of the folder (what mkdir -p reports as EEXIST), as the user wrote the path', () => {
    const dir = temp();
    writeFileSync(join(dir, 'report.json'), '{}');
    for (const rel of ['report.json/out.json', 'report.json/x/y/out.json']) {
      expect(() => checkOutputPath(join(dir, rel), { input: 'output', display: rel })).toThrow(
        `input 'output': cannot write '${rel}': 'report.json' is a file, not a folder. Choose an output path whose folders are folders`,
      );
    }
  });

  it('refuses a directory and a FIFO, which a rename would replace or trip on', () => {
    const dir = temp();
    mkdirSync(join(dir, 'out'));
    expect(() => checkOutputPath(join(dir, 'out'), { input: 'manifest', display: 'out' })).toThrow(
      "input 'manifest': 'out' is a directory, not a file that can be written. Name a file inside it",
    );
    spawnSync('mkfifo', [join(dir, 'pipe')]);
    expect(() => checkOutputPath(join(dir, 'pipe'), { display: 'pipe' })).toThrow(
      "'pipe' is a named pipe (FIFO), not a file that can be written",
    );
  });
});

describe('writeFileAtomic errors', () => {
  it('a file in the way: a UserError naming the input, nothing left behind, the errno kept as code', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'blocker'), 'x');
    const e = await writeFileAtomic(join(dir, 'blocker', 'r.json'), '{}', { input: 'report', display: 'blocker/r.json' }).catch(
      (x: unknown) => x,
    );
    expect(isUserError(e)).toBe(true);
    expect((e as Error).message).toBe(
      "input 'report': cannot write 'blocker/r.json': 'blocker' is a file, not a folder. Choose an output path whose folders are folders (or move that file away).",
    );
    expect(readdirSync(dir)).toEqual(['blocker']);
  });

  it("does not hang where a folder cannot be created (Node's recursive mkdir loops under /proc)", async () => {
    const e = await writeFileAtomic('/proc/mlops-test/x/r.json', '{}', { input: 'report' }).catch((x: unknown) => x);
    expect(isUserError(e)).toBe(true);
    expect((e as Error).message).toMatch(
      /^input 'report': cannot write '\/proc\/mlops-test\/x\/r.json': its folder cannot be created there\./,
    );
  }, 5000);

  it('still writes through missing folders, and replaces an earlier file', async () => {
    const dir = temp();
    await writeFileAtomic(join(dir, 'a', 'b', 'r.json'), '1');
    await writeFileAtomic(join(dir, 'a', 'b', 'r.json'), '2');
    expect(readFileSync(join(dir, 'a', 'b', 'r.json'), 'utf8')).toBe('2');
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['r.json']);
  });
});

describe('makeFolders', () => {
  it('returns the first folder it created (undefined when there was none to create), as mkdir -p does', async () => {
    const dir = temp();
    expect(await makeFolders(join(dir, 'a', 'b', 'c'))).toBe(join(dir, 'a'));
    expect(await makeFolders(join(dir, 'a', 'b', 'c'))).toBeUndefined();
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['c']);
  });

  it('fails as mkdir -p does when the folder is a file (EEXIST) or below one (ENOTDIR)', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'f'), 'x');
    await expect(makeFolders(join(dir, 'f'))).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(makeFolders(join(dir, 'f', 'sub'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it('fails with ENOENT where the parent refuses new folders, instead of hanging', async () => {
    await expect(makeFolders('/proc/mlops-test/a/b')).rejects.toMatchObject({ code: 'ENOENT' });
  }, 5000);
});

describe('fsWriteError and fsReadError', () => {
  const errno = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
  it.each([
    ['EACCES', /cannot write 'out.json': permission denied\. Choose a folder the runner user can write to/],
    ['EROFS', /read-only\. Choose a path on a writable file system/],
    ['ENOSPC', /the disk is full\. Free some space/],
  ])('write %s in words, with a fix', (code, message) => {
    const e = fsWriteError(errno(code), '/abs/out.json', { display: 'out.json' }) as Error & { code?: string };
    expect(e.message).toMatch(message);
    expect(e.message).not.toContain(code);
    expect(e.code).toBe(code);
  });

  it("leaves an unknown error as it is (a bug, not the user's to fix)", () => {
    const bug = new TypeError('x is undefined');
    expect(fsWriteError(bug, '/abs/out.json')).toBe(bug);
    expect(fsReadError(bug, 'in.json')).toBe(bug);
  });

  it.each([
    ['ENOENT', 'params.yaml: cannot read the params file: file not found. Check the path'],
    ['EISDIR', 'params.yaml: cannot read the params file: it is a directory, not a file. Name the file itself.'],
    ['EACCES', 'params.yaml: cannot read the params file: permission denied. Make the file readable by the runner user.'],
  ])('read %s names the file and the fix', (code, message) => {
    const e = fsReadError(errno(code), 'params.yaml', { what: 'params file' }) as Error & { file?: string };
    expect(e.message).toContain(message);
    expect(e.file).toBe('params.yaml');
  });
});
