import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';

/** Lower-case hex SHA-256 and byte count of some content. */
export interface Sha256Result {
  sha256: string;
  size: number;
}

/** Reads of 1 MiB: few system calls per file, and a model file is never held in memory. */
const CHUNK = 1 << 20;

/**
 * SHA-256 (hex) and size of a file, streamed. The one file hasher of the suite outside data-hash's
 * worker pool (which reads into buffers of its own): the registry, the deployment and the CLI use it.
 */
export function sha256File(path: string): Promise<Sha256Result> {
  return sha256Stream(createReadStream(path, { highWaterMark: CHUNK }));
}

/** SHA-256 (hex) and size of what a stream yields (a file, a download, a child process's stdout). */
export async function sha256Stream(source: AsyncIterable<Uint8Array | string>): Promise<Sha256Result> {
  const h = createHash('sha256');
  let size = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    h.update(bytes);
    size += bytes.length;
  }
  return { sha256: h.digest('hex'), size };
}

/** Hex SHA-256 of bytes or of a string's UTF-8. */
export function sha256Bytes(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A pass-through that hashes what flows through it; `result()` once it has ended. */
export function hashingStream(): { stream: Transform; result: () => Sha256Result } {
  const h = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      h.update(chunk);
      size += chunk.length;
      cb(null, chunk);
    },
  });
  return { stream, result: () => ({ sha256: h.digest('hex'), size }) };
}
