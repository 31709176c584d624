export { main, report } from './cli.ts';
export {
  runAction,
  findAction,
  inputVariable,
  repositoryOf,
  CliError,
  type ActionRun,
  type RunActionOptions,
  type StepRun,
} from './run-action.ts';
export { parseCommand, parseFileCommand, type WorkflowCommand } from './commands.ts';
export { runJob, suiteAction, type JobRun, type RunJobOptions } from './run-job.ts';
export { interpolate, condition } from './expressions.ts';
