import { appendFile } from 'node:fs/promises';

/** The summary files written by this process: the runner gives each step its own GITHUB_STEP_SUMMARY file. */
const written = new Set<string>();

/**
 * The job summary of one action run: parts are collected, then written once, so a summary never holds
 * half a report and two writes never interleave. Once is per step, that is per GITHUB_STEP_SUMMARY file
 * (a process that hosts several steps, as the tests' in-process runs do, writes each step's file once).
 * Outside a runner (no GITHUB_STEP_SUMMARY) it is a no-op that returns false.
 */
export class JobSummary {
  private readonly parts: string[] = [];

  add(markdown: string): this {
    this.parts.push(markdown.endsWith('\n') ? markdown : `${markdown}\n`);
    return this;
  }

  get markdown(): string {
    return this.parts.join('\n');
  }

  async write(): Promise<boolean> {
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (!file) return false;
    if (written.has(file)) throw new Error('the job summary was already written in this run (it is written once)');
    written.add(file);
    await appendFile(file, this.markdown, 'utf8');
    return true;
  }
}
