export { Inputs, mappingInput, fromEnvironment, fromRecord, parseDuration, type InputSource, type FileInput } from './inputs.ts';
export { run, debugEnabled } from './run.ts';
export { annotate, type Place } from './annotations.ts';
export { JobSummary } from './summary.ts';
export { setOutputs, type OutputValue } from './outputs.ts';
export { saveState, getState } from './state.ts';
export { readRunnerContext, requireRepository, defaultRegistry, registryContext, type RunnerContext } from './context.ts';
export {
  readRegistryInputs,
  DEFAULT_REGISTRY_BRANCH,
  type RegistryInputs,
  type RegistryInputOptions,
} from './registry-inputs.ts';
export { UserError, type Logger } from '@mlops-actions/errors';
export * as log from './log.ts';
