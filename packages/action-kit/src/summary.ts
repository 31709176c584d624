import { appendFile } from 'node:fs/promises';

let written = false;

/**
 * The job summary of one action run: parts are collected, then written once, so a summary never holds
 * half a report and two writes never interleave. Outside a runner (no GITHUB_STEP_SUMMARY) it is a no-op
 * that returns false.
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
    if (written) throw new Error('the job summary was already written in this run (it is written once)');
    written = true;
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (!file) return false;
    await appendFile(file, this.markdown, 'utf8');
    return true;
  }
}
