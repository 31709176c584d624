/**
 * The example workflows' data source: writes the batches a data store would hold today.
 *
 *   node workflows-examples/fetch-data.ts training DIR     the training window: the newest batches
 *   node workflows-examples/fetch-data.ts production DIR   the newest batch: what the machines produced lately
 *
 * It stands in for your export (`aws s3 sync`, `dvc pull`, a warehouse query): in your repository,
 * replace the workflow step that runs it. The store is simulated with the use case's generator
 * (workflows-examples/use-case), which is seeded, so every machine writes the same rows. One labelled
 * batch arrives every `batchDays` days from `start` (a process's failures are its labels, known when it
 * ends), so the data changes over time without a commit, as a real store's does. The environment
 * variable LATEST_BATCH overrides the date arithmetic (a workflow_dispatch input, a local run).
 * Settings: workflows-examples/data-source.json.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface DataSource {
  /** Day batch 1 arrived (YYYY-MM-DD, UTC). */
  start: string;
  /** Days between two batches. */
  batchDays: number;
  /** How many of the newest batches the model is trained on (a sliding window). */
  trainingWindow: number;
  rows: number;
  scenario: string;
  driftStart: number;
  seed: number;
}

const KEYS: Record<keyof DataSource, 'string' | 'number'> = {
  start: 'string',
  batchDays: 'number',
  trainingWindow: 'number',
  rows: 'number',
  scenario: 'string',
  driftStart: 'number',
  seed: 'number',
};

export function readDataSource(path: string): DataSource {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: cannot read it as JSON (${(e as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${path}: must hold a JSON object`);
  const o = value as Record<string, unknown>;
  for (const [key, type] of Object.entries(KEYS)) {
    if (typeof o[key] !== type) throw new Error(`${path}: '${key}' must be a ${type}, got ${JSON.stringify(o[key])}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(o['start'] as string) || Number.isNaN(Date.parse(`${o['start']}T00:00:00Z`))) {
    throw new Error(`${path}: 'start' must be a date written YYYY-MM-DD, got '${o['start']}'`);
  }
  for (const key of ['batchDays', 'trainingWindow', 'rows', 'driftStart'] as const) {
    if (!Number.isInteger(o[key]) || (o[key] as number) < 1)
      throw new Error(`${path}: '${key}' must be a whole number from 1 up, got ${o[key]}`);
  }
  return o as unknown as DataSource;
}

/** The newest batch the store holds at `now`: 1 on `start`, one more every `batchDays` days. */
export function latestBatch(source: DataSource, now: Date, override?: string): number {
  if (override !== undefined && override.trim() !== '') {
    if (!/^\s*[1-9]\d*\s*$/.test(override)) throw new Error(`LATEST_BATCH must be a whole number from 1 up, got '${override}'`);
    return Number(override);
  }
  const days = Math.floor((now.getTime() - Date.parse(`${source.start}T00:00:00Z`)) / 86_400_000);
  return Math.max(1, Math.floor(days / source.batchDays) + 1);
}

/** The generator's --batch spec: the training window ending at the newest batch, or the newest batch alone. */
export function batchSpec(kind: 'training' | 'production', source: DataSource, latest: number): string {
  if (kind === 'production') return String(latest);
  const first = Math.max(1, latest - source.trainingWindow + 1);
  return first === latest ? String(latest) : `${first}-${latest}`;
}

function main(argv: string[]): void {
  const [kind, out] = argv;
  if ((kind !== 'training' && kind !== 'production') || !out) {
    throw new Error('usage: node workflows-examples/fetch-data.ts training|production DIR');
  }
  const here = import.meta.dirname;
  const source = readDataSource(join(here, 'data-source.json'));
  const latest = latestBatch(source, new Date(), process.env['LATEST_BATCH']);
  const spec = batchSpec(kind, source, latest);
  console.log(`${kind} data: batch ${spec} of the simulated store (newest: ${latest}) → ${out}`);
  const generate = (dir: string) =>
    execFileSync(
      process.execPath,
      [
        join(here, 'use-case', 'src', 'generate.ts'),
        ...['--out', dir, '--batch', spec, '--rows', String(source.rows), '--scenario', source.scenario],
        ...['--drift-start', String(source.driftStart), '--seed', String(source.seed)],
      ],
      { stdio: 'inherit' },
    );
  // MLOPS_EXAMPLES_DATA_CACHE: a folder that keeps the batches once generated. The generator is seeded,
  // so the same settings always write the same files: many runs on one machine (a test's matrix of
  // shards, the demo) copy them instead of generating them again.
  const cache = process.env['MLOPS_EXAMPLES_DATA_CACHE'];
  if (!cache) {
    generate(out);
    return;
  }
  const kept = join(cache, [spec, source.rows, source.scenario, source.driftStart, source.seed].join('_').replace(/[^\w.-]/g, '-'));
  if (existsSync(kept)) console.log(`(kept in ${cache} from an earlier run: copied, not generated again)`);
  else {
    mkdirSync(cache, { recursive: true });
    const fresh = mkdtempSync(`${kept}.tmp-`);
    generate(fresh);
    try {
      renameSync(fresh, kept);
    } catch {
      // Another run kept the same batches first.
      rmSync(fresh, { recursive: true, force: true });
    }
  }
  cpSync(kept, out, { recursive: true });
}

if (import.meta.main) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    // The generator printed its own message; anything else is ours.
    if (!(e as { status?: number }).status) console.error(`error: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
