/** Writes simulated batches as CSV files: the library behind generate.ts. */
import { join } from 'node:path';
import { UserError } from '@mlops-actions/errors';
import { removeQuietly, writeFileAtomic } from '@mlops-actions/files';
import { SCENARIOS, simulate, summarize, toCsv, type Scenario, type SimulationOptions } from './process.ts';

/** At most this many batches in one call, so a typo like 1-100000 does not fill the disk. */
export const MAX_BATCHES = 1000;
/** At most this many rows per batch: one batch is built in memory as one string. */
export const MAX_ROWS_PER_BATCH = 1_000_000;

/** "3", "1-4" or "1,3,5" → sorted batch numbers (1-based). */
export function parseBatchSpec(spec: string): number[] {
  const out = new Set<number>();
  for (const part of spec.split(',').map((s) => s.trim())) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    const from = m ? Number(m[1]) : Number.NaN;
    const to = m ? Number(m[2] ?? m[1]) : Number.NaN;
    if (!m || from < 1 || to < from) {
      throw new UserError(`--batch must be a batch number (3), a range (1-4) or a list (1,3), not '${spec}'`, {
        fix: 'Batches count from 1',
      });
    }
    if (to - from + 1 + out.size > MAX_BATCHES) throw new UserError(`--batch '${spec}' asks for more than ${MAX_BATCHES} batches`);
    for (let b = from; b <= to; b++) out.add(b);
  }
  return [...out].sort((a, b) => a - b);
}

export function parseScenario(s: string): Scenario {
  if (!(SCENARIOS as readonly string[]).includes(s)) {
    throw new UserError(`unknown scenario '${s}'`, { fix: `Use one of ${SCENARIOS.join(', ')}` });
  }
  return s as Scenario;
}

export function batchFileName(batch: number): string {
  return `batch-${String(batch).padStart(4, '0')}.csv`;
}

export interface WrittenBatch {
  batch: number;
  path: string;
  summary: ReturnType<typeof summarize>;
}

/**
 * Writes each batch to <out>/batch-NNNN.csv (atomically), one batch in memory at a time; on failure
 * removes what this call wrote.
 */
export async function writeBatches(o: SimulationOptions & { out: string; batches: readonly number[] }): Promise<WrittenBatch[]> {
  const wanted = new Set(o.batches);
  const last = Math.max(...o.batches);
  const written: WrittenBatch[] = [];
  for (const { batch, rows } of simulate(o)) {
    if (wanted.has(batch)) {
      const path = join(o.out, batchFileName(batch));
      try {
        await writeFileAtomic(path, toCsv(rows));
      } catch (e) {
        await Promise.all(written.map((w) => removeQuietly(w.path)));
        throw new UserError(`cannot write the batches: ${(e as Error).message}`, { file: o.out, fix: 'Check that the folder is writable' });
      }
      written.push({ batch, path, summary: summarize(rows) });
    }
    if (batch >= last) break;
  }
  return written;
}
