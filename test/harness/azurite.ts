/**
 * Azurite (Microsoft's Azure Storage emulator, npm `azurite`) as the blob store behind the artifact
 * and cache services: the blob service only, on 127.0.0.1 at a free port, in memory, without
 * telemetry. The account is Azurite's well-known development account.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';

/** Azurite's documented development account and key (public, not a secret). */
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  /** Blob endpoint including the account: http://127.0.0.1:<port>/devstoreaccount1 */
  blobUrl: string;
  credential: StorageSharedKeyCredential;
  service: BlobServiceClient;
  startupMs: number;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startAzurite(o: { timeoutMs?: number } = {}): Promise<Azurite> {
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const main = join(require.resolve('azurite/package.json'), '..', 'dist', 'src', 'blob', 'main.js');
  // Azurite may write a debug log or lock files into its working directory; give it an empty one.
  const cwd = await mkdtemp(join(tmpdir(), 'mlops-azurite-'));
  const args = [
    main,
    '--blobHost',
    '127.0.0.1',
    '--blobPort',
    '0',
    '--inMemoryPersistence',
    '--extentMemoryLimit',
    '256',
    '--silent',
    '--disableTelemetry',
    // The SDK in @actions/* may speak a newer storage API version than this Azurite knows.
    '--skipApiVersionCheck',
  ];
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`Azurite did not start within ${o.timeoutMs ?? 30_000} ms:\n${out}`)),
      o.timeoutMs ?? 30_000,
    );
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /listens on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with ${code} before listening:\n${out}`));
    });
  });
  // Drain output so a chatty Azurite never blocks on a full pipe.
  child.stdout!.resume();
  child.stderr!.resume();
  const blobUrl = `${url}/${DEV_ACCOUNT}`;
  const credential = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY);
  return {
    blobUrl,
    credential,
    service: new BlobServiceClient(blobUrl, credential),
    startupMs: performance.now() - started,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
      running.delete(child);
      await rm(cwd, { recursive: true, force: true });
    },
  };
}
