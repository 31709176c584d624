import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeTempDirs, tempDirSync } from '../../harness/temp.ts';

/*
 * JobSummary remembers, per process and summary file, that the summary was written (one summary per step). A
 * fresh copy of the module per test gives each test its own "run"; the unit project shares modules
 * between files, so the kit's own copy is left untouched.
 */
type JobSummaryClass = typeof import('../../../packages/action-kit/src/summary.ts').JobSummary;
let JobSummary: JobSummaryClass;
const dir = tempDirSync('job-summary-');
const saved = process.env['GITHUB_STEP_SUMMARY'];

beforeEach(async () => {
  vi.resetModules();
  ({ JobSummary } = await import('../../../packages/action-kit/src/summary.ts'));
});
afterEach(() => {
  if (saved === undefined) delete process.env['GITHUB_STEP_SUMMARY'];
  else process.env['GITHUB_STEP_SUMMARY'] = saved;
});
afterAll(removeTempDirs);

describe('JobSummary', () => {
  it('collects parts, each ending in a newline and separated by a blank line', () => {
    const s = new JobSummary().add('### train-gate').add('table\n').add('');
    expect(s.markdown).toBe('### train-gate\n\ntable\n\n\n');
  });

  it('appends the whole summary to GITHUB_STEP_SUMMARY in one write (what earlier steps wrote stays)', async () => {
    const file = join(dir, 'step-summary-1');
    writeFileSync(file, 'before\n');
    process.env['GITHUB_STEP_SUMMARY'] = file;
    expect(await new JobSummary().add('a').add('b').write()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('before\na\n\nb\n');
  });

  it('is written once per run: a second write fails loudly instead of adding half a report', async () => {
    const file = join(dir, 'step-summary-2');
    writeFileSync(file, '');
    process.env['GITHUB_STEP_SUMMARY'] = file;
    await new JobSummary().add('first').write();
    await expect(new JobSummary().add('second').write()).rejects.toThrow(/already written in this run/);
    expect(readFileSync(file, 'utf8')).toBe('first\n');
  });

  it("once is per step: another step's summary file (a process hosting several steps) is written", async () => {
    const [first, second] = [join(dir, 'step-summary-3'), join(dir, 'step-summary-4')];
    for (const f of [first, second]) writeFileSync(f, '');
    process.env['GITHUB_STEP_SUMMARY'] = first;
    await new JobSummary().add('one').write();
    process.env['GITHUB_STEP_SUMMARY'] = second;
    expect(await new JobSummary().add('two').write()).toBe(true);
    expect([readFileSync(first, 'utf8'), readFileSync(second, 'utf8')]).toEqual(['one\n', 'two\n']);
  });

  it('outside a runner (no GITHUB_STEP_SUMMARY) writes nothing and says so', async () => {
    delete process.env['GITHUB_STEP_SUMMARY'];
    expect(await new JobSummary().add('x').write()).toBe(false);
  });
});
