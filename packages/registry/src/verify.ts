import { createReadStream, createWriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { hashingStream, makeFolders, type Sha256Result } from '@mlops-actions/files';

/** Copies a file while hashing what was written (one read of the source). */
export async function copyHashed(source: string | NodeJS.ReadableStream | AsyncIterable<Uint8Array>, dest: string): Promise<Sha256Result> {
  await makeFolders(dirname(dest));
  const input = typeof source === 'string' ? createReadStream(source, { highWaterMark: 1 << 20 }) : source;
  const { stream, result } = hashingStream();
  await pipeline(input, stream, createWriteStream(dest));
  return result();
}
