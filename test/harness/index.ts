/**
 * The test harness in one import: run a bundled action as the runner does (runStep), against a
 * GitHub REST API emulator (startGitHubEmulator / useGitHubEmulator) and the Actions runtime services
 * behind @actions/artifact and @actions/cache (startRuntimeServices / useRuntimeServices).
 * See test/README.md.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startGitHubEmulator, type EmulatorOptions, type GitHubEmulator } from './github-emulator/server.ts';
import { startRuntimeServices, type RuntimeServices, type RuntimeServicesOptions } from './runtime-services.ts';
import { removeTempDirs } from './temp.ts';

export {
  runStep,
  stepFor,
  mergeStepOptions,
  redirectAction,
  runStepsIn,
  type StepPlace,
  type StepDefaults,
  parseCommands,
  parseFileCommand,
  heredoc,
  repoRoot,
  type StepOptions,
  type StepResult,
  type Annotation,
} from './step-runner.ts';
export { makeEvent, type EventName, type EventOptions } from './events.ts';
export {
  startGitHubEmulator,
  TOKENS,
  type GitHubEmulator,
  type EmulatorOptions,
  type Violation,
  type RecordedRequest,
} from './github-emulator/server.ts';
export { ACTIONS_BOT, fakeSha, type EmulatorState, type ArtifactStore, type StoredArtifact } from './github-emulator/state.ts';
export type { Fault, FaultRule } from './github-emulator/faults.ts';
export { parseLinks } from './github-emulator/pagination.ts';
export {
  startRuntimeServices,
  type RuntimeServices,
  type RuntimeServicesOptions,
  type ArtifactRecord,
  type CacheRecord,
} from './runtime-services.ts';
export { startAzurite, type Azurite } from './azurite.ts';
export { startGitHttpServer, type GitHttpServer, type GitHttpServerOptions, type GitHttpRequest } from './git-http-server.ts';
export { buildFixtureAction } from './fixture-action.ts';
export { freshActionDir, useFreshAction } from './fresh-action.ts';
export { median } from './stats.ts';
export { tempDir, tempDirSync, removeTempDirs, removeTempDirsSync } from './temp.ts';

/**
 * Removes the folders made with tempDir/tempDirSync after each test (every test file already removes
 * them after its last test: test/harness/setup.ts).
 */
export function useTempDirsPerTest(): void {
  afterEach(removeTempDirs);
}

/** Forwards property reads to a value that exists only after beforeAll ran. */
function lateBound<T extends object>(what: string, get: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_target, key) {
      const value = get();
      if (!value) throw new Error(`${what} is not started yet: use it inside a test or a hook, not at the top of the file`);
      const v = Reflect.get(value, key, value) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(value) : v;
    },
  });
}

/**
 * Starts a GitHub emulator for this test file (beforeAll) and stops it (afterAll). After each test
 * it fails the test if any request or answer broke GitHub's OpenAPI description, then resets the
 * emulator to its seeded repositories unless `{ keepStateBetweenTests: true }`.
 */
export function useGitHubEmulator(options: EmulatorOptions & { keepStateBetweenTests?: boolean } = {}): GitHubEmulator {
  let emulator: GitHubEmulator | undefined;
  beforeAll(async () => {
    emulator = await startGitHubEmulator(options);
  });
  afterEach(() => {
    if (!emulator) return;
    try {
      emulator.assertNoViolations();
    } finally {
      if (!options.keepStateBetweenTests) emulator.reset();
    }
  });
  afterAll(async () => {
    await emulator?.stop();
  });
  return lateBound('the GitHub emulator', () => emulator);
}

/**
 * Starts Azurite and the artifact/cache control plane for this test file; after each test it fails
 * the test on protocol problems the services saw. Pass `services.env()` to runStep's `env`.
 */
export function useRuntimeServices(options: RuntimeServicesOptions = {}): RuntimeServices {
  let services: RuntimeServices | undefined;
  beforeAll(async () => {
    services = await startRuntimeServices(options);
  }, 60_000);
  afterEach(() => services?.assertNoViolations());
  afterAll(async () => {
    await services?.stop();
  });
  return lateBound('the runtime services', () => services);
}
