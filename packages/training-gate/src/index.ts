export {
  fingerprintOf,
  canonicalJson,
  paramsHash,
  textHash,
  trainingCacheKey,
  FINGERPRINT_FORMAT,
  type TrainingComponents,
  type TrainingFingerprint,
} from './fingerprint.ts';
export { parseFingerprintParts, type ParsedFingerprint, type FingerprintPartsOptions } from './fingerprint-parts.ts';
export { decide, formatAge, type Champion, type Decision, type DecisionRow, type GateInput, type Reason } from './decide.ts';
export { computeComponents, type ComponentSources } from './components.ts';
export { directoryCache, hasContent, type TrainingCache, type SaveOutcome } from './cache.ts';
export {
  runTrainGate,
  saveTraining,
  parseCachePath,
  parseCacheDir,
  type TrainGateOptions,
  type TrainGateDeps,
  type TrainGateResult,
  type SaveTrainingDeps,
  type ChampionCard,
  type ChampionQuery,
  type ChampionRegistry,
  type CacheState,
} from './gate.ts';
export { parseTrainGateOptions, type TrainGateInputs } from './options.ts';
export { renderGateSummary, type SummaryFacts } from './summary.ts';
