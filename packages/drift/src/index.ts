export {
  driftReport,
  writeProfile,
  resolveFiles,
  type DriftOptions,
  type DriftResult,
  type ProfileModeOptions,
  type Logger,
} from './engine.ts';
export { syncDriftIssue, issueMarker, issueTitle, type DriftIssueOptions, type DriftIssueOutcome } from './issue.ts';
export { isDriftWorker, serveDriftWorker, setWorkerEntry } from './worker.ts';
export { renderMarkdown } from './render-markdown.ts';
export { renderHtml } from './render-html.ts';
export { parseTestName, TEST_NAMES, TESTS, SMALL_SAMPLE, FEW_VALUES, chooseTest, type TestName } from './tests.ts';
export { DEFAULT_SETTINGS, compareExact, decide, type CompareSettings } from './compare.ts';
export { compareProfileColumns } from './compare-profile.ts';
export {
  profileDataset,
  mergeProfiles,
  checkProfile,
  profileEdges,
  profileGrid,
  PROFILE_FORMAT,
  PROFILE_VERSION,
  type DatasetProfile,
  type ColumnProfile,
} from './profile.ts';
export { readColumns, readInto, sniff, formatOf, type DataFile, type DataFormat } from './read.ts';
export { readPairs, resolveSchema, DEFAULT_MEMORY_BUDGET, type Selection, type SchemaChange } from './load.ts';
export { readCsvFile, type CsvRowSink } from './csv.ts';
export { parseNumber, parseNumberText, MISSING_TOKENS } from './number.ts';
export { ColumnBuilder, type ColumnData, type ColumnType } from './columns.ts';
export { REPORT_FORMAT, REPORT_VERSION, type DriftReport, type ColumnReport, type Correction } from './report.ts';
export {
  parseDriftOptions,
  runDriftReport,
  storedProfile,
  type DriftInputs,
  type DriftRunOptions,
  type DriftRunDeps,
  type StoredProfile,
  type ArtifactOutcome,
  type DriftOutputValue,
} from './run.ts';
