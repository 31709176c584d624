/**
 * The drift report: one JSON document (versioned) that the markdown and HTML renderers and the
 * action's outputs are made from. Keys are snake_case as users read them in report.json.
 */
import type { ColumnType } from './columns.ts';
import type { SchemaChange } from './load.ts';
import type { TestName } from './tests.ts';

export const REPORT_FORMAT = 'mlops-actions/drift-report';
export const REPORT_VERSION = 1;

export type Correction = 'none' | 'bonferroni' | 'bh';

export interface SideSummary {
  rows: number;
  /** Missing values: empty, NA tokens, null, plus non-numbers in a numerical column. */
  missing: number;
  /** Missing-like share: (missing + infinite) / rows. Its change is what the missing-share rule tests. */
  missing_share: number;
  /** Non-numbers in a numerical column (counted in missing). */
  invalid: number;
  /** ±Infinity in a numerical column (kept out of the tests). */
  infinite: number;
  /** Values the test used. */
  count: number;
  distinct?: number | undefined;
  mean?: number | undefined;
  std?: number | undefined;
  min?: number | undefined;
  max?: number | undefined;
  median?: number | undefined;
  /** Categorical: the most common values with their shares. */
  top?: { value: string; share: number }[] | undefined;
}

/** What the HTML draws for a column: shares per bin (numerical) or per category, both sides. */
export type Chart =
  | { kind: 'histogram'; edges: number[]; reference: number[]; current: number[] }
  | { kind: 'bars'; labels: string[]; reference: number[]; current: number[]; other?: { reference: number; current: number } | undefined };

export interface ColumnReport {
  name: string;
  type: ColumnType;
  /** Null when the column was not tested (see skipped). */
  test: TestName | null;
  test_kind: 'p-value' | 'distance' | null;
  /** Why this test (printed per column). */
  reason: string;
  /** The test's own statistic: D for ks, chi-square, PSI, the distance… */
  statistic: number | null;
  /** Null for distances. */
  p_value: number | null;
  /** The p-value after the correction (equal to p_value with correction none). */
  p_value_adjusted: number | null;
  threshold: number | null;
  /** Drift of the distribution (the test). */
  drift: boolean;
  /** ≥ 1 means drift: distance / threshold, or log(p) / log(threshold) for p-values (capped at 100). */
  score: number;
  missing: { reference_share: number; current_share: number; change: number; threshold: number; drift: boolean };
  reference: SideSummary;
  current: SideSummary;
  chart?: Chart | undefined;
  /** Why the column was not tested (too many categories, no values). */
  skipped?: string | undefined;
  notes: string[];
  /** How the values were compared: exact (all values) or approximate (profiles and sketches). */
  exact: boolean;
}

export interface DatasetVerdict {
  drift: boolean;
  /** Drifted columns / compared columns. */
  share: number;
  drifted_columns: string[];
  compared_columns: number;
  /** Sentences saying why the verdict is what it is. */
  reasons: string[];
}

export interface ReportSettings {
  mode: 'exact' | 'profile';
  drift_share: number;
  correction: Correction;
  critical_columns: string[];
  schema_changes: 'drift' | 'report';
  missing_share_threshold: number;
  small_sample: number;
  bins: number;
  psi_epsilon: number;
  js_log_base: number;
  wasserstein_std_floor: number;
  /** The Wasserstein divisor is at least this × max|x| of the reference. */
  wasserstein_relative_floor: number;
  /** chi-square: rare categories are pooled until every expected count reaches this. */
  chi_square_min_expected: number;
  thresholds: Record<string, number>;
  tests: Record<string, string>;
}

export interface DriftReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  generated_at: string;
  title: string;
  verdict: DatasetVerdict;
  reference: { source: string[]; rows: number };
  current: { source: string[]; rows: number };
  columns: ColumnReport[];
  schema_changes: SchemaChange[];
  settings: ReportSettings;
  warnings: string[];
  /** Seconds spent, for the curious. */
  timing?: { seconds: number; passes: number } | undefined;
}
