import { join } from 'node:path';
import {
  Inputs,
  JobSummary,
  log,
  readRunnerContext,
  requireRepository,
  run as runAction,
  setOutputs,
  UserError,
  type RunnerContext,
  defaultRegistry,
  registryContext,
} from '@mlops-actions/action-kit';
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
import { createGitHubClient, isGhesServer } from '@mlops-actions/github';

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
    throw new UserError('is required to compare', {
      input: 'reference',
      fix: "Give the reference data (files or globs), profiles (.json), or 'registry'",
    });
  }
  const tests: Record<string, TestName> = {};
  for (const [k, v] of Object.entries(inputs.mapping('tests') ?? {})) tests[k] = parseTestName(v, { input: 'tests', key: k });
  const thresholds: Record<string, number> = {};
  let missingShare: number | undefined;
  for (const [k, v] of Object.entries(inputs.mapping('thresholds') ?? {})) {
    const n = typeof v === 'number' ? v : Number(v);
    if (!Number.isFinite(n) || n <= 0) {
      throw new UserError(`must map to a positive number, got '${String(v)}'`, {
        input: 'thresholds',
        key: k,
        fix: `Write e.g. '${k}: ${k === 'missing-share' || ['ks', 'chi-square', 'chi-square-gof', 'z'].includes(k) ? '0.05' : '0.1'}'`,
      });
    }
    if (k === 'missing-share') {
      if (n > 1)
        throw new UserError(`is a change of a share and must be at most 1, got ${n}`, {
          input: 'thresholds',
          key: k,
          fix: "Write it as a fraction, e.g. 'missing-share: 0.05' for 5 points",
        });
      missingShare = n;
      continue;
    }
    if ((TEST_NAMES as readonly string[]).includes(k) && ['ks', 'chi-square', 'chi-square-gof', 'z'].includes(k) && n >= 1) {
      throw new UserError(`is a p-value threshold and must be below 1, got ${n}`, {
        input: 'thresholds',
        key: k,
        fix: `Drift is p < threshold: use a small value such as '${k}: 0.05'`,
      });
    }
    thresholds[k] = n;
  }
  const token = inputs.secret('github-token');
  const issue = inputs.boolean('issue', false);
  const model = inputs.optional('model');
  if (issue && !model)
    throw new UserError("is needed with 'issue: true' (one issue per model)", {
      input: 'model',
      fix: 'Name the model (or dataset) the drift is about',
    });
  if (issue && !token)
    throw new UserError('is empty, so the drift issue cannot be written', {
      input: 'github-token',
      fix: "Leave it at its default '${{ github.token }}' and grant 'issues: write'",
    });
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

  // 'registry': the champion's reference profile, for a comparison or for a profile on its bins.
  const reference =
    p.reference === 'registry'
      ? await registryReferenceProfile({
          ...registryContext(ctx),
          uri: p.registry,
          branch: p.registryBranch,
          model: p.model ?? '',
          alias: p.alias,
          token: p.token,
          log,
        })
      : p.reference;

  if (p.mode === 'profile') {
    const { path, profile } = await writeProfile({
      workspace: ctx.workspace,
      data: p.current,
      reference,
      format: p.format,
      selection: p.selection,
      reportDir: p.reportDir,
    });
    log.info(`Profile of ${profile.rows.toLocaleString('en-US')} rows, ${profile.columns.length} columns: ${path}`);
    setOutputs({ profile: path, report: '', html: '', markdown: '', drift: false, share: 0, 'drifted-columns': [] });
    if (p.uploadArtifact) await upload(p, 'drift-profile', ctx);
    await new JobSummary()
      .add(`### Drift profile written\n\n${profile.rows.toLocaleString('en-US')} rows, ${profile.columns.length} columns → \`${path}\``)
      .write();
    return;
  }

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

  // The verdict first: outputs, the artifact and the job summary are written before GitHub is asked
  // for anything, so an issue that cannot be written never hides them (it becomes one warning).
  setOutputs({
    drift: v.drift,
    share: Number(v.share.toFixed(6)),
    'drifted-columns': v.drifted_columns,
    report: result.paths.json,
    html: result.paths.html,
    markdown: result.paths.markdown,
    // Set again below when the issue is written (the last value of an output wins).
    'issue-url': '',
    profile: '',
  });
  const uploadNote = p.uploadArtifact ? await upload(p, 'drift-report', ctx) : undefined;
  const summary = new JobSummary().add(result.markdown);
  if (uploadNote) summary.add(uploadNote);
  await summary.write();

  if (p.issue) {
    const { owner, repo } = requireRepository(ctx);
    const outcome = await syncDriftIssue({
      octokit: createGitHubClient({ token: p.token!, apiUrl: ctx.apiUrl, log: log }),
      owner,
      repo,
      model: p.model!,
      drift: v.drift,
      markdown: result.markdown,
      runUrl: ctx.runUrl,
      log: log,
    });
    if ('url' in outcome) {
      setOutputs({ 'issue-url': outcome.url });
      log.info(`Drift issue #${outcome.number} ${outcome.action}: ${outcome.url}`);
    }
  }
  if (v.drift && p.failOnDrift)
    throw new UserError(`drift detected: ${v.reasons.join('; ')}`, {
      fix: "See the report; set 'fail-on-drift: false' to report without failing",
    });
}

/** Uploads the report folder; when it cannot, one warning, and a note for the job summary. */
async function upload(p: Parsed, base: string, ctx: RunnerContext): Promise<string | undefined> {
  if (!process.env['ACTIONS_RUNTIME_TOKEN']) {
    log.warning(
      'Not uploading the report as an artifact: no Actions runtime here (ACTIONS_RUNTIME_TOKEN is not set). It is in ' + p.reportDir,
    );
    return undefined;
  }
  // The artifact service behind @actions/artifact v2+ (and upload-artifact@v4+) does not exist on
  // GitHub Enterprise Server: the toolkit throws GHESNotSupportedError there. Say so plainly.
  const ghes = isGhesServer(ctx.serverUrl);
  try {
    if (ghes) throw Object.assign(new Error('not supported on GitHub Enterprise Server'), { name: 'GHESNotSupportedError' });
    const a = await uploadReportArtifact(p.reportDir, p.model ? `${base}-${p.model}` : base);
    log.info(`Uploaded artifact '${a.name}' (${a.size ?? '?'} bytes)`);
    return undefined;
  } catch (e) {
    const err = e as Error;
    if (ghes || err.name === 'GHESNotSupportedError' || /not (currently )?supported on GHES/i.test(err.message)) {
      const text = `Not uploading the report as an artifact: ${ctx.serverUrl} is GitHub Enterprise Server, where the artifact service this action uses (@actions/artifact v2, as upload-artifact@v4) is not available. The report is kept in ${p.reportDir} and in the job summary; to keep it as an artifact there, add an actions/upload-artifact step of a version your server supports for that folder.`;
      log.warning(text);
      return '> [!WARNING]\n> Not uploaded as an artifact: GitHub Enterprise Server has no artifact service for @actions/artifact v2. The report files are on the runner (the `report`, `html` and `markdown` outputs).';
    }
    log.warning(`Could not upload the report artifact: ${err.message}. The report is kept in ${p.reportDir} and in the job summary.`);
    return '> [!WARNING]\n> Not uploaded as an artifact (see the warning in the log). The report files are on the runner (the `report`, `html` and `markdown` outputs).';
  }
}

// In a drift worker thread (started from this module's own file, see setWorkerEntry in main()) serve its request.
if (isDriftWorker()) await serveDriftWorker();

/** The action: src/index.ts (the bundle's entry) calls it; @github/local-action imports this file and calls it. */
export function run(): Promise<void> {
  // A worker has served its request above; only the main thread runs the action.
  return isDriftWorker() ? Promise.resolve() : runAction(main);
}
