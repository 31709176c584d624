/**
 * @mlops-actions/registry: a git-native model registry. Open one with openRegistry({ uri: 'git:origin' |
 * 'file:<dir>', workspace, … }); see types.ts for the API and layout.ts for what is stored where.
 */
export { openRegistry, missingFileRegistry, DEFAULT_BRANCH } from './open.ts';
export { COMMITTER, commitAuthor } from './git-backend.ts';
export { MIN_GIT } from './git-cli.ts';
export * from './types.ts';
export {
  parseModelName,
  parseModelVersion,
  parseAlias,
  isModelName,
  isModelVersion,
  isAlias,
  nextVersion,
  highestVersion,
  compareVersionsDesc,
  versionTag,
  type Where,
} from './names.ts';
export {
  layout,
  AUDIT_SEGMENT_LINES,
  HISTORY_SEGMENT_LINES,
  flattenMetrics,
  type ModelIndex,
  type LogState,
  type DigestMarker,
  type Catalog,
  type CatalogEntry,
} from './layout.ts';
export { AUTO_STORE_THRESHOLD, releaseTag, assetNames } from './stores.ts';
export {
  readDataManifest,
  parseDataHash,
  checkJsonFile,
  checkFiniteValues,
  modelSelection,
} from './reports.ts';
export { DEFAULT_RETRY, backoffMs, type RetryPolicy } from './backend.ts';
export { referenceProfileOf, readReferenceProfile, type StoredReferenceProfile } from './reference-profile.ts';
export { renderRegistrationSummary } from './summary.ts';
export {
  listModels,
  showModel,
  modelHistory,
  promote,
  rollback,
  deprecate,
  removeAlias,
  fetchModel,
  resolveVersion,
  parseVersionRef,
  refuseDeprecated,
  renderFetchSummary,
  type VersionRef,
  type ParsedRef,
  type RefInputs,
  type ModelDetails,
  type PromoteOptions,
  type PromoteResult,
  type FetchOptions,
  type FetchResult,
} from './lifecycle.ts';
export { parseFetchOptions, type FetchInputs } from './fetch-options.ts';
export { runFetchModel, type FetchStepOptions, type FetchStepContext, type FetchStepDeps, type FetchStepResult } from './fetch-step.ts';
export {
  runRegisterModel,
  parseStoreChoice,
  readMappingFile,
  readDataLineage,
  type RegisterStepOptions,
  type RegisterStepContext,
  type RegisterStepDeps,
  type RegisterStepOutputs,
  type RegisterStepResult,
} from './register-step.ts';
export {
  REGISTRY_EVENT_TYPES,
  registryEventPayload,
  registrationEvents,
  sendRegistryEvent,
  cardUrl,
  aliasEvent,
  sendAliasEvent,
  repositoryOfRegistry,
  ALIAS_REMOVED,
  type RegistryAliasEventType,
  type RegistryEventType,
  type RegistryEventPayload,
  type EventContext,
} from './events.ts';
export { lazyReleaseClient, openStepRegistry, type StepContext } from './step-registry.ts';
