export {
  type Algorithm,
  type ListingEntry,
  ALGORITHMS,
  COREUTILS_TOOL,
  HEX_LENGTH,
  isAlgorithm,
  coreutilsLine,
  compareBytewise,
  bytewiseOrder,
  sortByPath,
  digestListing,
  listingText,
  quotePath,
} from './listing.ts';
export {
  type DatasetManifest,
  type ManifestEntry,
  type ManifestSelection,
  type ManifestComparison,
  type HashStats,
  type ParseOptions,
  MANIFEST_FORMAT,
  PARTIAL_MANIFEST_FORMAT,
  buildManifest,
  serializeManifest,
  manifestChunks,
  parseManifest,
  readManifest,
  writeManifest,
  compareManifests,
  cacheKey,
  formatHash,
} from './manifest.ts';
export { type HashPathsOptions, hashPaths } from './hash-paths.ts';
export {
  type SelectOptions,
  type SelectedFile,
  type Selection,
  type WalkReport,
  type DirRecord,
  type ListingMemo,
  selectFiles,
  walkSelection,
  normalizeLine,
} from './select.ts';
export {
  STAT_CACHE_FORMAT,
  RACY_WINDOW_MS,
  MAX_WALKS,
  StatCache,
  loadStatCache,
  saveStatCache,
  type StatCacheEntry,
  type LoadedStatCache,
} from './stat-cache.ts';
export { defaultConcurrency } from './pool.ts';
export { type SummaryOptions, renderSummary, displayPath, formatBytes } from './summary.ts';
export { checkOwnFileTarget } from './targets.ts';
export {
  type ShardSpec,
  type ShardInfo,
  type PartInput,
  FILE_COST,
  MAX_SHARDS,
  assignShards,
  selectionId,
  checkShardSpec,
  mergeShards,
  mergeManifestFiles,
} from './shards.ts';
export {
  type DataHashInputs,
  type DataHashOptions,
  type DataHashOutputs,
  type DataHashResult,
  type FileTarget,
  parseDataHashOptions,
  runDataHash,
} from './run.ts';
