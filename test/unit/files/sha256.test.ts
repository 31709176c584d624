import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashingStream, sha256Bytes, sha256File, sha256Stream } from '@mlops-actions/files';
import { tempDir } from '../../harness/temp.ts';

const reference = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

describe('the one sha256 helper', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('sha256-');
  });

  // Sizes around the 1 MiB read: empty, one byte, exactly one chunk, a chunk and a bit.
  it.each([0, 1, 1 << 20, (1 << 20) + 17, 3 * (1 << 20) + 5])('hashes a file of %i bytes like sha256sum, with its size', async (size) => {
    const data = Buffer.alloc(size);
    for (let i = 0; i < size; i++) data[i] = (i * 31 + 7) & 0xff;
    const path = join(dir, `f${size}`);
    await writeFile(path, data);
    expect(await sha256File(path)).toEqual({ sha256: reference(data), size });
  });

  it('refuses a missing file with the file system error', async () => {
    await expect(sha256File(join(dir, 'nope'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('hashes a child process stdout as it streams', async () => {
    const child = spawn(process.execPath, ['-e', 'process.stdout.write("abc".repeat(100000))'], { stdio: ['ignore', 'pipe', 'inherit'] });
    expect(await sha256Stream(child.stdout)).toEqual({ sha256: reference('abc'.repeat(100000)), size: 300000 });
  });

  it('counts the UTF-8 bytes of string chunks', async () => {
    expect(await sha256Stream(Readable.from(['é', 'z'], { objectMode: true }))).toEqual({ sha256: reference('éz'), size: 3 });
  });

  it('hashes bytes and strings alike', () => {
    expect(sha256Bytes('hello')).toBe(reference('hello'));
    expect(sha256Bytes(Buffer.from('hello'))).toBe(reference('hello'));
  });

  it('hashes what flows through a pipeline and passes it on unchanged', async () => {
    const data = Buffer.from('x'.repeat(70000));
    const path = join(dir, 'copy');
    const { stream, result } = hashingStream();
    await pipeline(Readable.from([data.subarray(0, 1000), data.subarray(1000)]), stream, createWriteStream(path));
    expect(result()).toEqual({ sha256: reference(data), size: data.length });
    expect(await readFile(path)).toEqual(data);
  });
});
