/**
 * Sums up an audit run (see vitest.audit.config.ts): per file, the cases (tests) and how they ended,
 * and over the steps they ran, the failures that were clear errors and the ones that were not.
 * Usage: node test/robustness/audit/report.ts <audit.jsonl> <vitest-json-report>
 * (AUDIT_SHOW_OUTPUTS=1 also lists the failed steps that set outputs.)
 */
import { readFileSync } from 'node:fs';

interface Step {
  file?: string;
  test?: string;
  exitCode?: number;
  errors?: string[];
  stack?: boolean;
  internal?: boolean;
  rawErrno?: string[];
  tempFiles?: string[];
  outputsOnFailure?: string[];
  hang?: boolean;
  thrown?: string;
}
interface JsonReport {
  testResults: { name: string; assertionResults: { status: string; fullName: string; failureMessages: string[] }[] }[];
}

const [auditPath, reportPath] = process.argv.slice(2);
if (!auditPath || !reportPath) throw new Error('usage: report.ts <audit.jsonl> <vitest-json-report>');
const steps: Step[] = readFileSync(auditPath, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Step);
const report = JSON.parse(readFileSync(reportPath, 'utf8')) as JsonReport;

const rel = (p: string) => p.replace(/^.*?\/test\//, 'test/');
const rows: Record<string, Record<string, number | string>> = {};
const problems: string[] = [];
for (const f of report.testResults) {
  const name = rel(f.name);
  const tests = f.assertionResults;
  const mine = steps.filter((s) => s.file === name);
  const failing = mine.filter((s) => s.exitCode !== undefined && s.exitCode !== 0);
  const clear = failing.filter((s) => s.errors?.length === 1 && !s.stack && !s.internal && !s.rawErrno?.length);
  const row = {
    cases: tests.length,
    passed: tests.filter((t) => t.status === 'passed').length,
    failed: tests.filter((t) => t.status === 'failed').length,
    steps: mine.length,
    'failed steps': failing.length,
    'clear errors': clear.length,
    'stack traces': mine.filter((s) => s.stack).length,
    'internal errors': failing.filter((s) => s.internal).length,
    'raw errno': failing.filter((s) => s.rawErrno?.length).length,
    'not one error': failing.filter((s) => s.errors?.length !== 1).length,
    'partial writes': mine.filter((s) => s.tempFiles?.length).length,
    // Not always wrong (deploy reports its status, validate-metrics its verdict), but worth a look.
    'outputs on failure': mine.filter((s) => s.outputsOnFailure?.length).length,
    hangs: mine.filter((s) => s.hang).length,
  };
  rows[name] = row;
  for (const s of mine) {
    const why = [
      s.hang && 'HANG',
      s.stack && 'stack trace',
      s.internal && 'internal error',
      s.rawErrno?.length && 'raw errno',
      s.exitCode && s.errors?.length !== 1 && `${s.errors?.length ?? 0} error annotations`,
      s.tempFiles?.length && `temp files ${s.tempFiles.join(', ')}`,
      s.outputsOnFailure?.length && process.env['AUDIT_SHOW_OUTPUTS'] === '1' && `outputs on failure ${s.outputsOnFailure.join(', ')}`,
    ].filter(Boolean);
    if (why.length)
      problems.push(
        `${name} > ${s.test}: ${why.join('; ')}${s.errors?.length ? `\n    ${s.errors.join('\n    ')}` : s.thrown ? `\n    ${s.thrown}` : ''}`,
      );
  }
  for (const t of tests.filter((x) => x.status === 'failed'))
    problems.push(`${name} > ${t.fullName}: FAILED\n    ${(t.failureMessages[0] ?? '').split('\n')[0]}`);
}
const total: Record<string, number> = {};
for (const r of Object.values(rows)) for (const [k, v] of Object.entries(r)) total[k] = (total[k] ?? 0) + Number(v);
rows['total'] = total;
console.table(rows);
if (problems.length) console.log(`\n${problems.join('\n')}`);
