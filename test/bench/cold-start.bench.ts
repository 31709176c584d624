/**
 * Bundle sizes and cold-start times of every action: `node actions/<name>/dist/index.js` with no inputs
 * (it loads the bundle, parses inputs and fails on the first missing one), next to a bare `node -e 0`
 * measured in the same run. Median of several runs each, interleaved so drift in machine load hits all.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { median } from '../harness/stats.ts';

const root = join(import.meta.dirname, '..', '..');
const runs = Number(process.env['RUNS'] ?? 15);
const actions = readdirSync(join(root, 'actions')).sort();

function dirSize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

function time(args: string[]): number {
  const t = process.hrtime.bigint();
  spawnSync(process.execPath, args, { stdio: 'ignore', env: { PATH: process.env['PATH'] ?? '' } });
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const samples = new Map<string, number[]>([['node -e 0', []], ...actions.map((a) => [a, []] as [string, number[]])]);
for (let i = 0; i < runs; i++) {
  samples.get('node -e 0')!.push(time(['-e', '0']));
  for (const a of actions) samples.get(a)!.push(time([join(root, 'actions', a, 'dist', 'index.js')]));
}
const bare = median(samples.get('node -e 0')!);
console.log(`node ${process.version}, ${runs} runs each, median wall time`);
console.log('| action | index.js | dist total | cold start | vs node -e 0 |');
console.log('|---|---:|---:|---:|---:|');
console.log(`| (node -e 0) | | | ${bare.toFixed(1)} ms | 1.00× |`);
for (const a of actions) {
  const dist = join(root, 'actions', a, 'dist');
  const ms = median(samples.get(a)!);
  console.log(
    `| ${a} | ${(statSync(join(dist, 'index.js')).size / 1024).toFixed(0)} KiB | ${(dirSize(dist) / 1024).toFixed(0)} KiB | ${ms.toFixed(1)} ms | ${(ms / bare).toFixed(2)}× |`,
  );
}
