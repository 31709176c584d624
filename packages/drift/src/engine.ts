/**
 * The drift report end to end: resolve the inputs to files or profiles, read (exactly, in passes, or
 * through profiles), compare column by column, decide, and write report.json, report.md and
 * report.html atomically. Also the profile mode: write a mergeable profile of a dataset (shard).
 */
import { existsSync, statSync } from 'node:fs';
import { glob, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Logger, UserError, messageOf } from '@mlops-actions/errors';
import { resolveInside, toPosixRelative, writeFileAtomic, writeJsonAtomic } from '@mlops-actions/files';
import type { ColumnType } from './columns.ts';
import { compareExact, decide, DEFAULT_SETTINGS, type CompareSettings } from './compare.ts';
import { compareProfileColumns } from './compare-profile.ts';
import { readPairs, resolveSchema, type Schema, type SchemaChange, type Selection } from './load.ts';
import {
  checkProfile,
  emptyColumnAs,
  isProfile,
  mergeProfiles,
  profileDataset,
  profileEdges,
  profileGrid,
  type DatasetProfile,
} from './profile.ts';
import { formatOf, sniff, type DataFile, type DataFormat, type SniffedColumn } from './read.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';
import { REPORT_FORMAT, REPORT_VERSION, type ColumnReport, type Correction, type DriftReport } from './report.ts';
import { SMALL_SAMPLE, TESTS, TEST_NAMES, type TestName } from './tests.ts';

/** The suite's one logger type (see @mlops-actions/errors). */
export type { Logger };

export interface DriftOptions {
  workspace: string;
  /** Files or globs (workspace-relative), or profiles (.json); or an already loaded profile. */
  reference: readonly string[] | { profile: DatasetProfile; label: string };
  current: readonly string[];
  format: DataFormat | 'auto';
  selection: Selection;
  tests: Readonly<Record<string, TestName>>;
  thresholds: Readonly<Record<string, number>>;
  missingShareThreshold?: number;
  driftShare: number;
  criticalColumns: readonly string[];
  correction: Correction;
  schemaChanges: 'drift' | 'report';
  reportDir: string;
  title?: string;
  log?: Logger;
  memoryBudget?: number;
  parallel?: boolean;
  maxCategories?: number;
  /** Link shown in the reports (the workflow run). */
  runUrl?: string | undefined;
}

export interface DriftResult {
  report: DriftReport;
  paths: { json: string; markdown: string; html: string };
  markdown: string;
}

type Side = { kind: 'data'; files: DataFile[]; label: string[] } | { kind: 'profile'; profile: DatasetProfile; label: string[] };

const GLOB_CHARS = /[*?[\]{}]/;

/** Files for the patterns of one input; each pattern must match something. */
export async function resolveFiles(workspace: string, patterns: readonly string[], input: string): Promise<string[]> {
  if (patterns.length === 0) throw new UserError('names no file', { input, fix: 'Give one or more files or globs, one per line' });
  const out = new Set<string>();
  for (const p of patterns) {
    if (!GLOB_CHARS.test(p)) {
      const abs = resolveInside(workspace, p, { input });
      if (!existsSync(abs)) throw new UserError(`'${p}' does not exist`, { input, fix: 'Check the path; it is relative to the workspace' });
      if (statSync(abs).isDirectory())
        throw new UserError(`'${p}' is a directory`, { input, fix: `Name the files, e.g. '${p.replace(/\/$/, '')}/*.csv'` });
      out.add(abs);
      continue;
    }
    let n = 0;
    for await (const m of glob(p, { cwd: workspace })) {
      const abs = resolveInside(workspace, m, { input });
      if (statSync(abs).isFile()) {
        out.add(abs);
        n++;
      }
    }
    if (n === 0) throw new UserError(`no file matches '${p}'`, { input, fix: 'Check the glob; it is relative to the workspace' });
  }
  return [...out].sort();
}

async function loadSide(workspace: string, patterns: readonly string[], input: string, format: DataFormat | 'auto'): Promise<Side> {
  const files = await resolveFiles(workspace, patterns, input);
  const display = files.map((f) => toPosixRelative(workspace, f));
  const jsonFiles = files.filter((f) => f.toLowerCase().endsWith('.json'));
  if (jsonFiles.length > 0) {
    if (jsonFiles.length !== files.length) {
      throw new UserError('mixes profiles (.json) and data files', {
        input,
        fix: 'Give either data files or profiles for one side, not both',
      });
    }
    const profiles: { profile: DatasetProfile; file: string }[] = [];
    for (const [i, f] of files.entries()) {
      let v: unknown;
      try {
        v = JSON.parse(await readFile(f, 'utf8'));
      } catch (e) {
        throw new UserError(`cannot read the profile: ${messageOf(e)}`, {
          file: display[i]!,
          fix: 'Pass a profile written by drift-report (mode: profile)',
        });
      }
      profiles.push({ profile: checkProfile(v, display[i]!), file: display[i]! });
    }
    return { kind: 'profile', profile: mergeProfiles(profiles), label: display };
  }
  return {
    kind: 'data',
    files: files.map((f, i) => ({ path: f, display: display[i]!, format: formatOf(f, format, display[i]!) })),
    label: display,
  };
}

function profileColumns(p: DatasetProfile): SniffedColumn[] {
  // A column without a single non-missing value carries no type evidence.
  return p.columns.map((c) => ({ name: c.name, type: c.type, ...(c.count === 0 && c.rows - c.missing === 0 ? { undecided: true } : {}) }));
}

/** Checks the names in tests, thresholds and critical-columns against the columns. */
function checkNames(o: DriftOptions, all: ReadonlySet<string>): void {
  for (const key of Object.keys(o.tests)) {
    if (key !== '*' && !all.has(key))
      throw new UserError(`names column '${key}', which is in neither the reference nor the current data`, {
        input: 'tests',
        key,
        fix: "Use a column name or '*'",
      });
  }
  for (const key of Object.keys(o.thresholds)) {
    if (!all.has(key) && !(TEST_NAMES as readonly string[]).includes(key)) {
      throw new UserError(`'${key}' is neither a test nor a column`, {
        input: 'thresholds',
        key,
        fix: `Use a test name (${TEST_NAMES.join(', ')}) or a column name`,
      });
    }
  }
  for (const c of o.criticalColumns) {
    if (!all.has(c))
      throw new UserError(`column '${c}' is in neither the reference nor the current data`, {
        input: 'critical-columns',
        fix: 'Check the spelling (names are case-sensitive)',
      });
  }
}

/** Type-checks every test named for a column before any data is read. */
function checkTests(o: DriftOptions, schema: Schema): void {
  for (const c of schema.compared) {
    const t = o.tests[c.name];
    if (t && !TESTS[t].types.includes(c.type)) {
      throw new UserError(`test '${t}' applies to ${TESTS[t].types.join(' or ')} columns, but '${c.name}' is ${c.type}`, {
        input: 'tests',
        key: c.name,
        fix:
          c.type === 'categorical'
            ? `Pick a test for categories, or list '${c.name}' under 'numerical'`
            : `Pick a test for numbers, or list '${c.name}' under 'categorical'`,
      });
    }
  }
}

function settingsOf(o: DriftOptions): CompareSettings {
  // A '*' test that does not fit a column's type is applied only to the columns it fits.
  return {
    ...DEFAULT_SETTINGS,
    tests: o.tests,
    thresholds: o.thresholds,
    missingShareThreshold: o.missingShareThreshold ?? DEFAULT_SETTINGS.missingShareThreshold,
  };
}

export async function driftReport(o: DriftOptions): Promise<DriftResult> {
  const started = performance.now();
  const log = o.log;
  const reference: Side = Array.isArray(o.reference)
    ? await loadSide(o.workspace, o.reference as string[], 'reference', o.format)
    : { kind: 'profile', profile: (o.reference as { profile: DatasetProfile }).profile, label: [(o.reference as { label: string }).label] };
  const current = await loadSide(o.workspace, o.current, 'current', o.format);
  const s = settingsOf(o);
  const columns: ColumnReport[] = [];
  let schema: Schema;
  let referenceRows = 0;
  let currentRows = 0;
  let passes = 1;
  const warnings: string[] = [];
  let mode: 'exact' | 'profile' = 'exact';
  if (reference.kind === 'data' && current.kind === 'data') {
    const [rs, cs] = await Promise.all([sniff(reference.files), sniff(current.files)]);
    schema = resolveSchema(rs.columns, cs.columns, o.selection);
    checkNames(o, new Set([...rs.columns, ...cs.columns].map((c) => c.name)));
    checkTests(o, schema);
    const r = await readPairs(
      reference.files,
      current.files,
      { reference: rs, current: cs },
      schema.compared,
      (ref, cur) => {
        columns.push(guarded(ref.name, () => compareExact(ref, cur, s)));
      },
      {
        ...(o.memoryBudget ? { memoryBudget: o.memoryBudget } : {}),
        ...(o.parallel !== undefined ? { parallel: o.parallel } : {}),
        ...(o.maxCategories ? { maxCategories: o.maxCategories } : {}),
        onPass: (pass, total, cols) => {
          if (total > 1)
            log?.info(
              `Reading pass ${pass} of ${total} (${cols.length} columns; the numerical columns of both datasets do not fit the memory budget at once)`,
            );
        },
      },
    );
    referenceRows = r.referenceRows;
    currentRows = r.currentRows;
    passes = r.passes;
  } else {
    mode = 'profile';
    const refProfile =
      reference.kind === 'profile'
        ? reference.profile
        : await profileDataset(reference.files, await planOf(reference.files, o.selection), {
            ...(o.maxCategories ? { maxCategories: o.maxCategories } : {}),
          });
    const curProfile =
      current.kind === 'profile'
        ? current.profile
        : await profileDataset(current.files, await planOf(current.files, o.selection, refProfile), {
            edges: profileEdges(refProfile),
            grid: profileGrid(refProfile),
            sketchK: refProfile.sketch_k,
            bins: refProfile.bins,
            ...(o.maxCategories ? { maxCategories: o.maxCategories } : {}),
          });
    schema = resolveSchema(profileColumns(refProfile), profileColumns(curProfile), o.selection);
    checkNames(o, new Set([...refProfile.columns, ...curProfile.columns].map((c) => c.name)));
    checkTests(o, schema);
    // Profiles fix the types they were written with; a forced type that differs is a schema question.
    const refCols = new Map(refProfile.columns.map((c) => [c.name, c]));
    const curCols = new Map(curProfile.columns.map((c) => [c.name, c]));
    for (const c of schema.compared) {
      let rc = refCols.get(c.name)!;
      let cc = curCols.get(c.name)!;
      // A side with no values at all has no type evidence: it takes the other side's type.
      if (rc.type !== cc.type && rc.count === 0 && rc.rows - rc.missing === 0) rc = emptyColumnAs(rc, cc.type, refProfile.sketch_k);
      else if (rc.type !== cc.type && cc.count === 0 && cc.rows - cc.missing === 0) cc = emptyColumnAs(cc, rc.type, curProfile.sketch_k);
      if (rc.type !== c.type || cc.type !== c.type) {
        warnings.push(
          `column '${c.name}' was profiled as ${rc.type === cc.type ? rc.type : `${rc.type} (reference) and ${cc.type} (current)`}; declare its type when profiling to change it`,
        );
        if (rc.type !== cc.type) {
          schema.changes.push({ column: c.name, change: 'type', reference: rc.type, current: cc.type });
          continue;
        }
      }
      columns.push(guarded(c.name, () => compareProfileColumns(rc, cc, s)));
    }
    referenceRows = refProfile.rows;
    currentRows = curProfile.rows;
  }
  for (const c of columns) {
    const firstInvalid = c.reference.invalid || c.current.invalid;
    if (firstInvalid)
      warnings.push(
        `column '${c.name}': ${c.reference.invalid + c.current.invalid} value(s) are not numbers; they count as missing. List the column under 'categorical' if it holds categories`,
      );
  }
  const verdict = decide(columns, schema.changes, {
    driftShare: o.driftShare,
    correction: o.correction,
    criticalColumns: o.criticalColumns,
    schemaChanges: o.schemaChanges,
  });
  const report: DriftReport = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    generated_at: new Date().toISOString(),
    title: o.title ?? 'Data drift report',
    verdict,
    reference: { source: reference.label, rows: referenceRows },
    current: { source: current.label, rows: currentRows },
    columns,
    schema_changes: schema.changes,
    settings: {
      mode,
      drift_share: o.driftShare,
      correction: o.correction,
      critical_columns: [...o.criticalColumns],
      schema_changes: o.schemaChanges,
      missing_share_threshold: s.missingShareThreshold,
      small_sample: SMALL_SAMPLE,
      bins: s.bins,
      psi_epsilon: s.psiEpsilon,
      js_log_base: s.jsBase,
      wasserstein_std_floor: s.wassersteinFloor,
      wasserstein_relative_floor: s.wassersteinRelativeFloor,
      chi_square_min_expected: s.chiSquareMinExpected,
      thresholds: { ...o.thresholds },
      tests: { ...o.tests },
    },
    warnings,
    timing: { seconds: Number(((performance.now() - started) / 1000).toFixed(3)), passes },
  };
  const markdown = renderMarkdown(report, o.runUrl ? { runUrl: o.runUrl } : {});
  const paths = {
    json: join(o.reportDir, 'report.json'),
    markdown: join(o.reportDir, 'report.md'),
    html: join(o.reportDir, 'report.html'),
  };
  // JSON has no infinities: an infinite statistic (e.g. chi-square-gof with a new category) is written
  // as the string "Infinity" ("-Infinity"), as profiles write them, instead of JSON.stringify's null.
  await writeJsonAtomic(paths.json, JSON.parse(JSON.stringify(report, infinityAsString)) as unknown);
  await writeFileAtomic(paths.markdown, markdown);
  await writeFileAtomic(paths.html, renderHtml(report));
  return { report, paths, markdown };
}

/** JSON.stringify replacer: ±Infinity (and NaN) as strings rather than null. */
export function infinityAsString(_key: string, v: unknown): unknown {
  return typeof v === 'number' && !Number.isFinite(v) ? String(v) : v;
}

/** A statistic refusing its input (RangeError) becomes an error naming the column. */
function guarded(column: string, f: () => ColumnReport): ColumnReport {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError)
      throw new UserError(`column '${column}' cannot be tested: ${e.message}`, {
        fix: `Exclude the column ('exclude-columns') or pick another test for it`,
      });
    throw e;
  }
}

async function planOf(
  files: readonly DataFile[],
  sel: Selection,
  typesFrom?: DatasetProfile,
): Promise<{ name: string; type: ColumnType; forced: boolean }[]> {
  const sn = await sniff(files);
  // A column without values in these files takes the reference profile's type (no type evidence here).
  for (const c of sn.columns) {
    const t = c.undecided ? typesFrom?.columns.find((x) => x.name === c.name)?.type : undefined;
    if (t) c.type = t;
  }
  const names = new Set(sn.columns.map((c) => c.name));
  for (const [input, list] of [
    ['columns', sel.columns],
    ['categorical', sel.categorical],
    ['numerical', sel.numerical],
  ] as const) {
    for (const n of list) {
      if (!names.has(n))
        throw new UserError(`column '${n}' is not in the data`, { input, fix: 'Check the spelling (names are case-sensitive)' });
    }
  }
  return sn.columns
    .filter((c) => (sel.columns.length === 0 || sel.columns.includes(c.name)) && !sel.exclude.includes(c.name))
    .map((c) => {
      const forced = sel.categorical.includes(c.name) ? 'categorical' : sel.numerical.includes(c.name) ? 'numerical' : undefined;
      return { name: c.name, type: forced ?? c.type, forced: forced !== undefined };
    });
}

export interface ProfileModeOptions {
  workspace: string;
  /** The data to profile. */
  data: readonly string[];
  /**
   * A reference profile whose bin edges and grid give exact counts (files, or one already loaded,
   * e.g. from the registry); optional.
   */
  reference?: readonly string[] | { profile: DatasetProfile; label: string } | undefined;
  format: DataFormat | 'auto';
  selection: Selection;
  reportDir: string;
  maxCategories?: number;
}

/** Writes `profile.json` for the data files (one shard or the whole dataset). */
export async function writeProfile(o: ProfileModeOptions): Promise<{ path: string; profile: DatasetProfile }> {
  const data = await loadSide(o.workspace, o.data, 'current', o.format);
  if (data.kind !== 'data')
    throw new UserError('names profiles; profile mode needs data files', {
      input: 'current',
      fix: 'To merge profiles, pass them as reference and current of a comparison',
    });
  let edges: Map<string, number[]> | undefined;
  let grid: Map<string, number[]> | undefined;
  let sketchK: number | undefined;
  let bins: number | undefined;
  let refProfile: DatasetProfile | undefined;
  if (o.reference && !Array.isArray(o.reference)) refProfile = (o.reference as { profile: DatasetProfile }).profile;
  else if (o.reference?.length) {
    const ref = await loadSide(o.workspace, o.reference as readonly string[], 'reference', o.format);
    if (ref.kind !== 'profile')
      throw new UserError('must be a profile in profile mode (its bin edges are used)', {
        input: 'reference',
        fix: "Pass the reference profile JSON or 'registry', or leave reference empty",
      });
    refProfile = ref.profile;
  }
  if (refProfile) {
    edges = profileEdges(refProfile);
    grid = profileGrid(refProfile);
    sketchK = refProfile.sketch_k;
    bins = refProfile.bins;
  }
  // A column without values in these files takes the reference profile's type, as in a comparison.
  const profile = await profileDataset(data.files, await planOf(data.files, o.selection, refProfile), {
    ...(edges ? { edges } : {}),
    ...(grid ? { grid } : {}),
    ...(sketchK ? { sketchK } : {}),
    ...(bins ? { bins } : {}),
    ...(o.maxCategories ? { maxCategories: o.maxCategories } : {}),
  });
  const path = join(o.reportDir, 'profile.json');
  await writeJsonAtomic(path, profile);
  return { path, profile };
}

export function isProfileJson(v: unknown): boolean {
  return isProfile(v);
}

export type { SchemaChange };
