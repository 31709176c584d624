import { join } from 'node:path';
import { Inputs, JobSummary, log, readRunnerContext, requireRepository, run, setOutputs, UserError, type RunnerContext, defaultRegistry } from '@mlops-actions/action-kit';
import {
  driftReport,
  isDriftWorker,
  parseTestName,
  registryReferenceProfile,
  serveDriftWorker,
  setWorkerEntry,
  syncDriftIssue,
  TEST_NAMES,
  uploadReportArtifact,
  writeProfile,
  type Correction,
  type TestName,
} from '@mlops-actions/drift';
import { createGitHubClient } from '@mlops-actions/github';

interface Parsed {
  mode: 'compare' | 'profile';
  reference: string[] | 'registry';
  current: string[];
  format: 'auto' | 'csv' | 'jsonl' | 'parquet';
  selection: { columns: string[]; exclude: string[]; categorical: string[]; numerical: string[] };
  tests: Record<string, TestName>;
  thresholds: Record<string, number>;
  missingShare: number | undefined;
  driftShare: number;
  criticalColumns: string[];
  correction: Correction;
  schemaChanges: 'drift' | 'report';
  model: string | undefined;
  alias: string;
  registry: string;
  registryBranch: string;
  reportDir: string;
  parallel: boolean | undefined;
  uploadArtifact: boolean;
  failOnDrift: boolean;
  issue: boolean;
  token: string | undefined;
}

function parseInputs(inputs: Inputs, ctx: RunnerContext): Parsed {
  const current = inputs.list('current', { required: true });
  const mode = inputs.choice('mode', ['compare', 'profile'] as const, 'compare');
  const refList = inputs.list('reference');
  const reference = refList.length === 1 && refList[0] === 'registry' ? 'registry' : refList;
  if (mode === 'compare' && reference !== 'registry' && reference.length === 0) {
    throw new UserError('is required to compare', { input: 'reference', fix: "Give the reference data (files or globs), profiles (.json), or 'registry'" });
  }
  const tests: Record<string, TestName> = {};
  for (const [k, v] of Object.entries(inputs.mapping('tests') ?? {})) tests[k] = parseTestName(v, { input: 'tests', key: k });
  const thresholds: Record<string, number> = {};
  let missingShare: number | undefined;
  for (const [k, v] of Object.entries(inputs.mapping('thresholds') ?? {})) {
    const n = typeof v === 'number' ? v : Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new UserError(`must map to a positive number, got '${String(v)}'`, { input: 'thresholds', key: k });
    if (k === 'missing-share') {
      missingShare = n;
      continue;
    }
    if ((TEST_NAMES as readonly string[]).includes(k) && ['ks', 'chi-square', 'z'].includes(k) && n >= 1) {
      throw new UserError(`is a p-value threshold and must be below 1, got ${n}`, { input: 'thresholds', key: k });
    }
    thresholds[k] = n;
  }
  const token = inputs.secret('github-token');
  const issue = inputs.boolean('issue', false);
  const model = inputs.optional('model');
  if (issue && !model) throw new UserError("is needed with 'issue: true' (one issue per model)", { input: 'model', fix: 'Name the model (or dataset) the drift is about' });
  return {
    mode,
    reference,
    current,
    format: inputs.choice('format', ['auto', 'csv', 'jsonl', 'parquet'] as const, 'auto'),
    selection: {
      columns: inputs.list('columns', { commas: true }),
      exclude: inputs.list('exclude-columns', { commas: true }),
      categorical: inputs.list('categorical', { commas: true }),
      numerical: inputs.list('numerical', { commas: true }),
    },
    tests,
    thresholds,
    missingShare,
    driftShare: inputs.number('drift-share', 0.5, { min: 0, max: 1 }),
    criticalColumns: inputs.list('critical-columns', { commas: true }),
    correction: inputs.choice('correction', ['none', 'bonferroni', 'bh'] as const, 'none'),
    schemaChanges: inputs.choice('schema-changes', ['drift', 'report'] as const, 'drift'),
    model,
    alias: inputs.string('alias', 'production'),
    registry: inputs.optional('registry') ?? defaultRegistry(ctx),
    registryBranch: inputs.string('registry-branch', 'mlops-registry'),
    reportDir: inputs.file('report-dir', { root: ctx.workspace })?.path ?? join(ctx.runnerTemp, 'drift-report'),
    parallel: { auto: undefined, true: true, false: false }[inputs.choice('parallel', ['auto', 'true', 'false'] as const, 'auto')],
    uploadArtifact: inputs.boolean('upload-artifact', true),
    failOnDrift: inputs.boolean('fail-on-drift', false),
    issue,
    token,
  };
}

async function main(): Promise<void> {
  const ctx = readRunnerContext();
  const p = parseInputs(new Inputs(), ctx);
  // Worker threads (parallel reading) start from this bundle.
  setWorkerEntry(new URL(import.meta.url));

  if (p.mode === 'profile') {
    const { path, profile } = await writeProfile({
      workspace: ctx.workspace,
      data: p.current,
      reference: p.reference === 'registry' ? undefined : p.reference,
      format: p.format,
      selection: p.selection,
      reportDir: p.reportDir,
    });
    log.info(`Profile of ${profile.rows.toLocaleString('en-US')} rows, ${profile.columns.length} columns: ${path}`);
    setOutputs({ profile: path, report: '', html: '', markdown: '', drift: false, share: 0, 'drifted-columns': [] });
    if (p.uploadArtifact) await upload(p, 'drift-profile');
    await new JobSummary().add(`### Drift profile written\n\n${profile.rows.toLocaleString('en-US')} rows, ${profile.columns.length} columns → \`${path}\``).write();
    return;
  }

  const reference =
    p.reference === 'registry'
      ? await registryReferenceProfile({
          workspace: ctx.workspace,
          uri: p.registry,
          branch: p.registryBranch,
          model: p.model ?? '',
          alias: p.alias,
          tempDir: ctx.runnerTemp,
          token: p.token,
        })
      : p.reference;
  const result = await driftReport({
    workspace: ctx.workspace,
    reference,
    current: p.current,
    format: p.format,
    selection: p.selection,
    tests: p.tests,
    thresholds: p.thresholds,
    ...(p.missingShare !== undefined ? { missingShareThreshold: p.missingShare } : {}),
    driftShare: p.driftShare,
    criticalColumns: p.criticalColumns,
    correction: p.correction,
    schemaChanges: p.schemaChanges,
    reportDir: p.reportDir,
    title: p.model ? `Data drift: ${p.model}` : 'Data drift report',
    log: log,
    runUrl: ctx.runUrl,
    ...(p.parallel !== undefined ? { parallel: p.parallel } : {}),
  });
  const v = result.report.verdict;
  log.info(`${v.drift ? 'Drift detected' : 'No drift'}: ${v.reasons.join('; ')}`);
  for (const c of result.report.columns) log.info(`  ${c.name}: ${c.reason}${c.test ? ` → ${c.drift ? 'drift' : 'no drift'}` : ''}`);
  for (const w of result.report.warnings) log.warning(w);

  let issueUrl = '';
  if (p.issue) {
    const { owner, repo } = requireRepository(ctx);
    if (!p.token) throw new UserError('is empty, so the drift issue cannot be written', { input: 'github-token', fix: "Leave it at its default '${{ github.token }}' and grant 'issues: write'" });
    const outcome = await syncDriftIssue({
      octokit: createGitHubClient({ token: p.token, apiUrl: ctx.apiUrl, log: log }),
      owner,
      repo,
      model: p.model!,
      drift: v.drift,
      markdown: result.markdown,
      runUrl: ctx.runUrl,
      log: log,
    });
    if ('url' in outcome) {
      issueUrl = outcome.url;
      log.info(`Drift issue #${outcome.number} ${outcome.action}: ${outcome.url}`);
    }
  }
  setOutputs({
    drift: v.drift,
    share: Number(v.share.toFixed(6)),
    'drifted-columns': v.drifted_columns,
    report: result.paths.json,
    html: result.paths.html,
    markdown: result.paths.markdown,
    'issue-url': issueUrl,
    profile: '',
  });
  if (p.uploadArtifact) await upload(p, 'drift-report');
  await new JobSummary().add(result.markdown).write();
  if (v.drift && p.failOnDrift) throw new UserError(`drift detected: ${v.reasons.join('; ')}`, { fix: "See the report; set 'fail-on-drift: false' to report without failing" });
}

async function upload(p: Parsed, base: string): Promise<void> {
  if (!process.env['ACTIONS_RUNTIME_TOKEN']) {
    log.warning('Not uploading the report as an artifact: no Actions runtime here (ACTIONS_RUNTIME_TOKEN is not set). It is in ' + p.reportDir);
    return;
  }
  try {
    const a = await uploadReportArtifact(p.reportDir, p.model ? `${base}-${p.model}` : base);
    log.info(`Uploaded artifact '${a.name}' (${a.size ?? '?'} bytes)`);
  } catch (e) {
    log.warning(`Could not upload the report artifact: ${(e as Error).message}. The report is in ${p.reportDir}`);
  }
}

if (isDriftWorker()) await serveDriftWorker();
else await run(main);
