/**
 * Per-column accumulation while a file streams by. In `store` mode a numeric column keeps every finite
 * value in a growable Float64Array (the exact tests need them all: KS, Wasserstein, quantile bins); a
 * categorical column keeps a Map of value → count. Nothing is kept as JS arrays of strings.
 */
import { UserError } from '@mlops-actions/errors';
import { sortFloat64 } from '@mlops-actions/statistics';
import { ByteCounter } from './bytecount.ts';
import { MISSING, NUMBER, isMissingBytes, isMissingText, parseNumber, parseNumberText, parseStatus } from './number.ts';

export type ColumnType = 'numerical' | 'categorical';

/** How many distinct values a categorical column may have before it is treated as an identifier. */
export const DEFAULT_MAX_CATEGORIES = 10_000;

/** Counts every column has, whatever its type. */
export interface ColumnCounts {
  /** Rows seen (values, missing, invalid). */
  rows: number;
  /** Empty fields, missing tokens (NA, NaN, NULL, …), JSON null, absent keys. */
  missing: number;
  /** Values of a numerical column that are not numbers (text): they count as missing, with a warning. */
  invalid: number;
  /** ±Infinity in a numerical column: kept out of the tests, reported. */
  infinite: number;
  /** Where the first invalid value was, for the warning. */
  firstInvalid?: { file: string; line: number; value: string } | undefined;
}

/** The collected data of one column from one dataset. */
export interface ColumnData extends ColumnCounts {
  name: string;
  type: ColumnType;
  /** Numerical: the finite values (sorted once collection ends). */
  values?: Float64Array | undefined;
  /** Categorical: value → count. Undefined when the column has too many distinct values. */
  categories?: Map<string, number> | undefined;
  /** Categorical: more than maxCategories distinct values (an identifier, most likely). */
  highCardinality?: boolean | undefined;
}

export class ColumnBuilder {
  readonly name: string;
  readonly type: ColumnType;
  readonly forced: boolean;
  /** Numerical: keep the values. */
  private readonly store: boolean;
  private readonly maxCategories: number;
  rows = 0;
  missing = 0;
  invalid = 0;
  infinite = 0;
  firstInvalid: ColumnCounts['firstInvalid'];
  values: Float64Array;
  n = 0;
  categories: Map<string, number> | undefined;
  /** CSV values counted by their bytes (merged into `categories` when collection ends). */
  private bytes: ByteCounter | undefined;
  highCardinality = false;
  /** Called with each finite number when not storing (profiles). */
  onNumber: ((v: number) => void) | undefined;

  constructor(
    name: string,
    type: ColumnType,
    options: {
      forced?: boolean;
      store?: boolean;
      capacity?: number;
      maxCategories?: number;
      allocate?: (capacity: number) => Float64Array;
    } = {},
  ) {
    this.name = name;
    this.type = type;
    this.forced = options.forced ?? false;
    this.store = options.store ?? true;
    this.maxCategories = options.maxCategories ?? DEFAULT_MAX_CATEGORIES;
    const capacity = this.store && type === 'numerical' ? Math.max(16, options.capacity ?? 1024) : 0;
    this.values = capacity && options.allocate ? options.allocate(capacity) : new Float64Array(capacity);
    if (type === 'categorical') this.categories = new Map();
  }

  /** A CSV field: bytes [s, e) of buf; `escaped` when it holds doubled quotes. */
  addBytes(buf: Buffer, s: number, e: number, escaped: number, file: string, line: number): void {
    this.rows++;
    if (this.type === 'numerical') {
      const v = escaped ? parseNumberText(buf.toString('utf8', s, e).replace(/""/g, '"')) : parseNumber(buf, s, e);
      const st = parseStatus;
      if (st === NUMBER) this.number(v);
      else if (st === MISSING) this.missing++;
      else this.invalidValue(buf.toString('utf8', s, e), file, line);
    } else {
      if (isMissingBytes(buf, s, e)) {
        this.missing++;
        return;
      }
      if (this.categories === undefined) return;
      if (escaped) {
        this.category(buf.toString('utf8', s, e).replace(/""/g, '"'));
        return;
      }
      this.bytes ??= new ByteCounter();
      if (!this.bytes.add(buf, s, e, this.maxCategories - this.categories.size)) this.tooMany();
    }
  }

  /** A value from JSONL or Parquet. */
  addValue(v: unknown, file: string, line: number): void {
    this.rows++;
    if (v === null || v === undefined) {
      this.missing++;
      return;
    }
    if (this.type === 'numerical') {
      let x: number;
      if (typeof v === 'number') x = v;
      else if (typeof v === 'bigint') x = Number(v);
      else if (v instanceof Date) x = v.getTime();
      else if (typeof v === 'boolean') x = v ? 1 : 0;
      else if (typeof v === 'string') {
        x = parseNumberText(v);
        if (parseStatus === MISSING) {
          this.missing++;
          return;
        }
        if (parseStatus !== NUMBER) {
          this.invalidValue(v, file, line);
          return;
        }
      } else {
        this.invalidValue(JSON.stringify(v), file, line);
        return;
      }
      if (Number.isNaN(x)) this.missing++;
      else this.number(x);
    } else {
      const key =
        typeof v === 'string'
          ? v
          : typeof v === 'object' && !(v instanceof Date)
            ? JSON.stringify(v)
            : v instanceof Date
              ? v.toISOString()
              : String(v);
      if (typeof v === 'string' && isMissingText(v)) {
        this.missing++;
        return;
      }
      if (this.categories !== undefined) this.category(key);
    }
  }

  private number(v: number): void {
    if (v === Infinity || v === -Infinity) {
      this.infinite++;
      return;
    }
    if (this.store) {
      if (this.n === this.values.length) this.grow();
      this.values[this.n++] = v;
    } else if (this.onNumber) {
      this.onNumber(v);
    }
  }

  private category(key: string): void {
    const m = this.categories!;
    const c = m.get(key);
    if (c !== undefined) {
      m.set(key, c + 1);
      return;
    }
    if (m.size + (this.bytes?.size ?? 0) >= this.maxCategories) {
      this.tooMany();
      return;
    }
    m.set(key, 1);
  }

  /** An identifier-like column: stop counting so memory stays bounded. */
  private tooMany(): void {
    this.highCardinality = true;
    this.categories = undefined;
    this.bytes = undefined;
  }

  private invalidValue(text: string, file: string, line: number): void {
    if (this.forced) {
      throw new UserError(`column '${this.name}' is declared numerical but holds '${text.slice(0, 40)}', which is not a number`, {
        file,
        line,
        fix: `Fix the value, or remove '${this.name}' from 'numerical' so its type is inferred`,
      });
    }
    this.invalid++;
    this.firstInvalid ??= { file, line, value: text.slice(0, 40) };
  }

  private grow(): void {
    // 1.5× keeps the transient copy small; the first capacity comes from the size estimate.
    const next = new Float64Array(Math.ceil(this.values.length * 1.5) + 16);
    next.set(this.values);
    this.values = next;
  }

  /** The collected data; numerical values sorted ascending (in place). */
  /** The category counts so far (undefined for an identifier-like column). */
  categoryCounts(): Map<string, number> | undefined {
    if (this.bytes && this.categories) this.bytes.toMap(this.categories);
    this.bytes = undefined;
    return this.categories;
  }

  finish(): ColumnData {
    this.categoryCounts();
    const values = this.type === 'numerical' && this.store ? sortFloat64(this.values.subarray(0, this.n)) : undefined;
    return {
      name: this.name,
      type: this.type,
      rows: this.rows,
      missing: this.missing,
      invalid: this.invalid,
      infinite: this.infinite,
      firstInvalid: this.firstInvalid,
      values,
      categories: this.categories,
      highCardinality: this.highCardinality || undefined,
    };
  }
}
