/**
 * A file: registry writer that takes the lock and blocks mid-write (it stages a model file read from a
 * FIFO nobody writes to), for the test that kills it there.
 *
 *   node lock-holder.ts <registry dir> <fifo>
 */
import { FileBackend } from '../../../packages/registry/src/file-backend.ts';

const [root, fifo] = process.argv.slice(2) as [string, string];
const backend = new FileBackend({ root, uri: `file:${root}`, retry: { attempts: 1, baseMs: 10, maxMs: 50 } });
await backend.update(async () => ({
  result: undefined,
  changeSet: { changes: [{ path: 'models/x/file', source: fifo, sha256: '0'.repeat(64), size: 1 }], message: 'x' },
}));
