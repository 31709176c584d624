/**
 * One measured run of hashPaths in its own process (so its peak RSS is ours alone), printing JSON:
 * the in-process time, the process's peak RSS (worker threads included), the hash and the counts.
 *
 *   node test/bench/hashing/run-ours.ts <root> <path> [--stat-cache <file>] [--concurrency <n>] [--manifest <file>]
 */
import { hashPaths, writeManifest } from '@mlops-actions/hashing';

// Start-up: wall time from the process's start to here (node's bootstrap and the bundle's imports) and
// the CPU time it took.
const startMs = performance.now();
const startCpu = process.cpuUsage();
// The arguments by hand: node:util's parseArgs would add the harness's own module load to the start-up.
const values: Record<string, string | undefined> = {};
const positionals: string[] = [];
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i]!;
  if (['--stat-cache', '--concurrency', '--manifest', '--algorithm'].includes(a)) values[a.slice(2)] = process.argv[++i];
  else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
  else positionals.push(a);
}
const [root, ...paths] = positionals;
const cpuBefore = process.cpuUsage();
const mainCpuBefore = process.threadCpuUsage();
const started = performance.now();
const m = await hashPaths({
  root: root!,
  paths,
  statCache: values['stat-cache'],
  concurrency: values.concurrency ? Number(values.concurrency) : undefined,
  algorithm: (values.algorithm as 'sha256' | undefined) ?? 'sha256',
});
const hashMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const mainCpu = process.threadCpuUsage(mainCpuBefore);
if (values.manifest) await writeManifest(values.manifest, m);
const totalMs = performance.now() - started;
console.log(
  JSON.stringify({
    hash: m.hash,
    files: m.files,
    bytes: m.bytes,
    hashMs,
    totalMs,
    cacheHits: m.stats?.cacheHits ?? 0,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    /** CPU time of hashPaths, every thread (user + system). */
    startMs,
    /** Time since the process's start at this print: the wall time minus this is its exit. */
    endMs: performance.now(),
    startCpuMs: (startCpu.user + startCpu.system) / 1000,
    hashCpuMs: (cpu.user + cpu.system) / 1000,
    /** CPU time of hashPaths on the main thread alone (the critical path when the workers keep up). */
    mainCpuMs: (mainCpu.user + mainCpu.system) / 1000,
  }),
);
// As actions/data-hash/src/index.ts does: exit once the output is flushed.
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
process.exit();
