/** Timing helpers for the hashing benchmark: our code in a child process, peers as shell pipelines. */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';

export interface OursRun {
  /** Wall time of the whole process (node start included), like a peer's. */
  wallMs: number;
  /** hashPaths alone, inside the process. */
  hashMs: number;
  /** hashPaths plus writing the manifest, when asked. */
  totalMs: number;
  maxRssMb: number;
  hash: string;
  files: number;
  bytes: number;
  cacheHits: number;
  /** From the process's start to run-ours's first line: node's bootstrap and the bundle's imports. */
  startMs: number;
  startCpuMs: number;
  /** From the process's start to its last line (wallMs minus this: the exit, and spawning it). */
  endMs: number;
  /** CPU time of hashPaths on the main thread alone. */
  mainCpuMs: number;
}

/**
 * Runs the bundled run-ours script: node <bundle> <root> <path> [flags], in `root`: the runner starts
 * an action with the workspace as its working directory, and the peers run there too.
 */
export function runOurs(bundle: string, root: string, args: string[]): OursRun {
  const t = performance.now();
  const r = spawnSync(process.execPath, [bundle, root, ...args], { encoding: 'utf8', cwd: root });
  const wallMs = performance.now() - t;
  if (r.status !== 0) throw new Error(`ours failed (${r.status}): ${r.stderr}`);
  return { wallMs, ...(JSON.parse(r.stdout.trim().split('\n').pop()!) as Omit<OursRun, 'wallMs'>) };
}

/** Runs a shell pipeline in `cwd` and returns its wall time (ms); output goes to /dev/null. */
export function timeShell(cwd: string, command: string): number {
  const t = performance.now();
  const r = spawnSync('bash', ['-c', `set -o pipefail; ${command}`], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C' },
  });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${command} failed (${r.status}): ${r.stderr}`);
  return ms;
}

export function shellOutput(cwd: string, command: string): string {
  const r = spawnSync('bash', ['-c', `set -o pipefail; ${command}`], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C' },
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`${command} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

const DROP = '/proc/sys/vm/drop_caches';

/**
 * Drops the page cache (needs root); false when this machine does not allow it. Then reads the
 * programs back in (node and our bundle, openssl, coreutils, find, xargs), so a cold run measures the
 * data coming from disk, not the 100 MB node binary, which a CI runner always has in memory.
 */
export function dropPageCache(bundle?: string): boolean {
  if (!existsSync(DROP)) return false;
  try {
    spawnSync('sync');
    writeFileSync(DROP, '3');
  } catch {
    return false;
  }
  spawnSync(process.execPath, ['-e', '0']);
  if (bundle) spawnSync('cat', [bundle], { stdio: 'ignore' });
  for (const tool of [
    ['openssl', 'version'],
    ['sha256sum', '--version'],
    ['find', '--version'],
    ['xargs', '--version'],
    ['bash', '-c', 'true'],
  ]) {
    spawnSync(tool[0]!, tool.slice(1), { stdio: 'ignore' });
  }
  return true;
}

export { median } from '../../harness/stats.ts';

export function load(): string {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

/** Throughput in GB/s (10^9 bytes). */
export function gbps(bytes: number, ms: number): string {
  return `${(bytes / 1e9 / (ms / 1000)).toFixed(2)} GB/s`;
}

export function fmtMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}
