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
export { decide, formatAge, type Champion, type Decision, type DecisionRow, type GateInput, type Reason } from './decide.ts';
export { computeComponents, type ComponentSources } from './components.ts';
export { actionsCache, directoryCache, hasContent, type TrainingCache, type CacheLogger } from './cache.ts';
export { renderGateSummary, type SummaryFacts } from './summary.ts';
