/**
 * One measured run of hashPaths in its own process (so its peak RSS is ours alone), printing JSON:
 * the in-process time, the process's peak RSS (worker threads included), the hash and the counts.
 *
 *   node test/bench/hashing/run-ours.ts <root> <path> [--stat-cache <file>] [--concurrency <n>] [--manifest <file>]
 */
import { parseArgs } from 'node:util';
import { hashPaths, writeManifest } from '@mlops-actions/hashing';

const { values, positionals } = parseArgs({
  options: {
    'stat-cache': { type: 'string' },
    concurrency: { type: 'string' },
    manifest: { type: 'string' },
    algorithm: { type: 'string' },
  },
  allowPositionals: true,
});
const [root, ...paths] = positionals;
const cpuBefore = process.cpuUsage();
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
    hashCpuMs: (cpu.user + cpu.system) / 1000,
  }),
);
