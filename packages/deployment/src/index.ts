export { deploy, type DeployOptions, type DeployOutcome, type DeployStatus, type HealthSettings, type StepRecord } from './flow.ts';
export {
  AliasConflict,
  isAliasConflict,
  type CardFile,
  type DeployCard,
  type DeployRegistry,
  type Logger,
  type Provenance,
  type Release,
  type VersionRef,
} from './types.ts';
export { commandTarget, scriptEnvironment, type CommandTargetOptions } from './targets/command.ts';
export { webhookTarget, webhookBody, safeUrl, type WebhookBody, type WebhookTargetOptions } from './targets/webhook.ts';
export { directoryTarget, switchLink, releaseDirName, RELEASE_MARKER, type DirectoryTargetOptions } from './targets/directory.ts';
export { TargetFailed, isTargetFailed, releaseEnvironment, type Target, type TargetKind } from './targets/target.ts';
export { signBody, verifySignature, SIGNATURE_HEADER } from './signature.ts';
export {
  parseHealthExpect,
  checkAnswer,
  versionShown,
  waitHealthy,
  fill,
  HealthFailed,
  MIN_PAUSE_MS,
  type Expectation,
  type HealthOptions,
  type HealthResult,
  type HealthVars,
} from './health.ts';
export {
  GitHubDeployments,
  truncate,
  STATUS_DESCRIPTION_LIMIT,
  type DeploymentState,
  type CreateDeploymentOptions,
} from './github-deployments.ts';
export { compareWithCard, describeMismatches, checkCardPath, type Mismatch } from './verify.ts';
export { renderSummary, type SummaryExtras } from './summary.ts';
export { deployRegistry, toDeployCard } from './registry-adapter.ts';
export { createTarget, type TargetSpec } from './targets/index.ts';
export { proxyAwareFetch, describeFetchError } from './http.ts';
export { parseDeployOptions, DEFAULT_HEALTH_TIMEOUT_MS, DEFAULT_TARGET_TIMEOUT_MS, type DeployInputs } from './options.ts';
export {
  runDeploy,
  failureMessage,
  refusedInput,
  publicUri,
  CANCEL_EXIT_MS,
  type DeployRun,
  type DeployRunContext,
  type DeployRunDeps,
  type DeployRunOptions,
  type SignalSource,
  type TargetInput,
} from './run.ts';
