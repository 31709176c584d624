/**
 * The model's inputs, shared by the trainer and the server so that both turn a row into the same
 * numbers (no training/serving skew). A row is an object keyed by the CSV's column names, as a CSV
 * line or a /predict request gives it.
 */

/** The columns the model reads, in order. */
export const FEATURES = [
  'Type',
  'Air temperature [K]',
  'Process temperature [K]',
  'Rotational speed [rpm]',
  'Torque [Nm]',
  'Tool wear [min]',
] as const;

export const TARGET = 'Machine failure';
/** The row's identity: keys the held-out split. */
export const ID_COLUMN = 'UDI';
/**
 * Failure-mode flags: each is a cause of the target, known only after the failure, so using one as a
 * feature would leak the answer. They are never read.
 */
export const LEAKY_COLUMNS = ['TWF', 'HDF', 'PWF', 'OSF', 'RNF'] as const;

/** Product variants in quality order, so one ordinal code keeps L < M < H. */
export const TYPE_CODES: Record<string, number> = { L: 0, M: 1, H: 2 };

/** A row that cannot be turned into features: names the column and says what was wrong. */
export class FeatureError extends Error {
  readonly column: string;
  constructor(column: string, message: string) {
    super(message);
    this.name = 'FeatureError';
    this.column = column;
  }
}

/** One value as a number: a JSON number, or a string holding a decimal number. */
function numeric(column: string, v: unknown): number {
  const n =
    typeof v === 'number' ? v : typeof v === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isFinite(n)) {
    throw new FeatureError(
      column,
      v === undefined || v === '' ? `'${column}' is missing` : `'${column}' is not a number: ${JSON.stringify(v)}`,
    );
  }
  return n;
}

/**
 * The feature vector of one row, for the given feature list (a model's own list, from its
 * model-meta.json). Unknown feature names are a FeatureError, so a model that expects an input the
 * serving code cannot build is caught when it is loaded, not when the first request comes.
 */
export function encodeRow(row: Readonly<Record<string, unknown>>, features: readonly string[] = FEATURES): number[] {
  return features.map((f) => {
    const v = row[f];
    if (f === 'Type') {
      const code = typeof v === 'string' ? TYPE_CODES[v.trim()] : undefined;
      if (code === undefined) {
        throw new FeatureError(f, v === undefined || v === '' ? `'Type' is missing` : `'Type' must be L, M or H, not ${JSON.stringify(v)}`);
      }
      return code;
    }
    if (!(FEATURES as readonly string[]).includes(f))
      throw new FeatureError(f, `the model wants an input '${f}' that this code does not know`);
    return numeric(f, v);
  });
}

/** The label: 0 or 1 (also "0"/"1"). */
export function encodeLabel(v: unknown): 0 | 1 {
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  if (s === '0') return 0;
  if (s === '1') return 1;
  throw new FeatureError(
    TARGET,
    v === undefined || v === '' ? `'${TARGET}' is missing` : `'${TARGET}' must be 0 or 1, not ${JSON.stringify(v)}`,
  );
}
