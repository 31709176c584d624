/**
 * Runs before every test file (vitest `setupFiles`, also when a worker reuses its modules without
 * isolation, as both projects' workers do): the temporary folders a file made with tempDir/tempDirSync
 * are removed after it, and the step runner forgets the file's redirects (redirectAction, runStepsIn).
 *
 * MLOPS_TEST_CPU_LOG=<file> appends one line per file: its path, the CPU it took (ms; its process's own
 * and that of the child processes it waited for: git, node; not Chromium, a child of vitest's main
 * process) and its wall time (ms). A worker is a child process running one file at a time, so the
 * figure is the file's (the first file of a worker also pays for loading the modules).
 */
import { appendFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { processCpuMs } from './stats.ts';
import { resetStepRunner } from './step-runner.ts';
import { removeTempDirs } from './temp.ts';

afterAll(removeTempDirs);
afterAll(resetStepRunner);

const cpuLog = process.env['MLOPS_TEST_CPU_LOG'];
if (cpuLog) {
  const cpuMs = () => {
    const cpu = processCpuMs();
    return cpu.own + cpu.children;
  };
  let start = { cpu: 0, wall: 0 };
  beforeAll(() => {
    start = { cpu: cpuMs(), wall: performance.now() };
  });
  // biome-ignore lint/correctness/noEmptyPattern: vitest parses a hook's first parameter as the fixtures it uses and wants a pattern
  afterAll(({}, suite) => {
    const file = (suite as { file?: { filepath?: string } } | undefined)?.file?.filepath ?? '?';
    appendFileSync(cpuLog, `${file}\t${cpuMs() - start.cpu}\t${Math.round(performance.now() - start.wall)}\n`);
  });
}
