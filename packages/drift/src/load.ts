/**
 * Schema resolution and the exact (in-memory) read of a reference and a current dataset.
 *
 * Memory: the exact tests need every value of a numerical column (8 bytes each, per side). When the
 * numerical columns of both datasets do not fit the memory budget together, they are read in several
 * passes over the files, each pass keeping only a group of columns that fits; a group's results are
 * computed and its values dropped before the next pass. Categorical columns (a Map of counts each)
 * come in the first pass. The reference and current files of a pass are parsed in parallel: the
 * reference in a worker thread, the current one on the main thread.
 */
import { availableParallelism } from 'node:os';
import { UserError } from '@mlops-actions/errors';
import type { ColumnData, ColumnType } from './columns.ts';
import { ArrayPool, readColumns, sniff, type DataFile, type Sniffed, type SniffedColumn } from './read.ts';
import { readColumnsInWorker } from './worker.ts';

export interface Selection {
  /** Compare only these (empty: all). */
  columns: readonly string[];
  exclude: readonly string[];
  categorical: readonly string[];
  numerical: readonly string[];
}

export interface SchemaChange {
  column: string;
  change: 'added' | 'removed' | 'type';
  reference?: ColumnType | undefined;
  current?: ColumnType | undefined;
}

export interface PlannedColumn {
  name: string;
  type: ColumnType;
  forced: boolean;
}

export interface Schema {
  compared: PlannedColumn[];
  changes: SchemaChange[];
}

/** Default memory for the values of numerical columns held at once (both datasets): 128 MiB. */
export const DEFAULT_MEMORY_BUDGET = 128 * 1024 * 1024;

export function resolveSchema(reference: readonly SniffedColumn[], current: readonly SniffedColumn[], sel: Selection): Schema {
  // A column with no non-missing value on one side (undecided) takes the other side's type: an empty
  // window is not evidence of a type, so it is no type change.
  const ref = new Map(
    reference.map((c) => [c.name, c.undecided ? (current.find((o) => o.name === c.name && !o.undecided)?.type ?? c.type) : c.type]),
  );
  const cur = new Map(
    current.map((c) => [c.name, c.undecided ? (reference.find((o) => o.name === c.name && !o.undecided)?.type ?? c.type) : c.type]),
  );
  const known = (n: string) => ref.has(n) || cur.has(n);
  const check = (input: string, names: readonly string[]) => {
    for (const n of names) {
      if (!known(n)) {
        const sample = [...new Set([...ref.keys(), ...cur.keys()])].slice(0, 12).join(', ');
        throw new UserError(`column '${n}' is in neither the reference nor the current data`, {
          input,
          fix: `Check the spelling (names are case-sensitive). Columns: ${sample}${ref.size + cur.size > 12 ? ', …' : ''}`,
        });
      }
    }
  };
  check('columns', sel.columns);
  // Not exclude-columns: a profile is written without its excluded columns, so they are legitimately
  // absent from it; and excluding a column that is not there changes nothing.
  check('categorical', sel.categorical);
  check('numerical', sel.numerical);
  for (const n of sel.categorical) {
    if (sel.numerical.includes(n))
      throw new UserError(`column '${n}' is listed as both categorical and numerical`, {
        input: 'numerical',
        fix: 'Keep it in one of the two lists',
      });
  }
  const wanted = (n: string) => (sel.columns.length === 0 || sel.columns.includes(n)) && !sel.exclude.includes(n);
  const forcedType = (n: string): ColumnType | undefined =>
    sel.categorical.includes(n) ? 'categorical' : sel.numerical.includes(n) ? 'numerical' : undefined;
  const compared: PlannedColumn[] = [];
  const changes: SchemaChange[] = [];
  for (const { name } of reference) {
    if (!wanted(name)) continue;
    const forced = forcedType(name);
    const r = forced ?? ref.get(name)!;
    if (!cur.has(name)) {
      changes.push({ column: name, change: 'removed', reference: r });
      continue;
    }
    const c = forced ?? cur.get(name)!;
    if (r !== c) {
      changes.push({ column: name, change: 'type', reference: r, current: c });
      continue;
    }
    compared.push({ name, type: r, forced: forced !== undefined });
  }
  for (const { name } of current) {
    if (wanted(name) && !ref.has(name)) changes.push({ column: name, change: 'added', current: forcedType(name) ?? cur.get(name)! });
  }
  return { compared, changes };
}

export interface ExactReadOptions {
  memoryBudget?: number;
  /** Parse the two datasets on two threads (default: when the machine has more than one core). */
  parallel?: boolean;
  maxCategories?: number;
  /** Told when a pass starts, for the log. */
  onPass?: (pass: number, passes: number, columns: string[]) => void;
}

export interface ExactReadResult {
  referenceRows: number;
  currentRows: number;
  passes: number;
}

/**
 * Reads both datasets in as few passes as the memory budget allows and hands each compared column's
 * two sides to `onPair` (numerical values sorted). The pair's arrays may be dropped after it returns.
 */
export async function readPairs(
  referenceFiles: readonly DataFile[],
  currentFiles: readonly DataFile[],
  sniffed: { reference: Sniffed; current: Sniffed },
  compared: readonly PlannedColumn[],
  onPair: (reference: ColumnData, current: ColumnData) => void | Promise<void>,
  options: ExactReadOptions = {},
): Promise<ExactReadResult> {
  const budget = options.memoryBudget ?? DEFAULT_MEMORY_BUDGET;
  // On 2 vCPUs the worker measured slower and bigger (see the drift bench): only with 4 or more.
  const parallel = options.parallel ?? availableParallelism() >= 4;
  const refCap = Math.ceil(sniffed.reference.estimatedRows * 1.02) + 16;
  const curCap = Math.ceil(sniffed.current.estimatedRows * 1.02) + 16;
  const perColumn = 8 * (refCap + curCap);
  const groupSize = Math.max(1, Math.floor(budget / perColumn));
  const numerical = compared.filter((c) => c.type === 'numerical');
  const categorical = compared.filter((c) => c.type === 'categorical');
  const groups: PlannedColumn[][] = [];
  for (let i = 0; i < numerical.length; i += groupSize) groups.push(numerical.slice(i, i + groupSize));
  if (groups.length === 0) groups.push([]);
  groups[0] = [...categorical, ...groups[0]!];
  let referenceRows = 0;
  let currentRows = 0;
  const pool = new ArrayPool();
  for (const [g, plan] of groups.entries()) {
    options.onPass?.(
      g + 1,
      groups.length,
      plan.map((p) => p.name),
    );
    const refRequest = {
      files: [...referenceFiles],
      plan,
      capacity: refCap,
      ...(options.maxCategories ? { maxCategories: options.maxCategories } : {}),
    };
    const curRequest = {
      files: [...currentFiles],
      plan,
      capacity: curCap,
      ...(options.maxCategories ? { maxCategories: options.maxCategories } : {}),
    };
    let ref;
    let cur;
    if (parallel) {
      const pending = readColumnsInWorker(refRequest);
      // If the main-thread read fails, still wait for the worker so no thread outlives the error.
      try {
        cur = await readColumns(curRequest.files, plan, { ...curRequest, pool });
      } catch (e) {
        await pending.catch(() => undefined);
        throw e;
      }
      ref = await pending;
    } else {
      ref = await readColumns(refRequest.files, plan, { ...refRequest, pool });
      cur = await readColumns(curRequest.files, plan, { ...curRequest, pool });
    }
    referenceRows = ref.rows;
    currentRows = cur.rows;
    for (let i = 0; i < plan.length; i++) {
      await onPair(ref.columns[i]!, cur.columns[i]!);
      pool.release(ref.columns[i]!.values);
      pool.release(cur.columns[i]!.values);
      // Let the pair's arrays go as soon as its results are computed.
      ref.columns[i] = undefined as unknown as ColumnData;
      cur.columns[i] = undefined as unknown as ColumnData;
    }
  }
  return { referenceRows, currentRows, passes: groups.length };
}

export { sniff };
