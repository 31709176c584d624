/**
 * drift-report from its inputs to its outputs: the rules the inputs must follow (parseDriftOptions)
 * and the flow (runDriftReport): the reference from the registry when asked, the profile or the
 * comparison, the outputs, the artifact, the job summary, the drift issue, fail-on-drift.
 *
 * Everything that touches the runner or another service comes in as a dependency (DriftRunDeps): the
 * action wires the action kit (outputs, summary, artifact upload), the registry (the stored reference
 * profile) and the GitHub client; this package reads no environment and imports no runner toolkit.
 */
import { type Logger, UserError, messageOf } from '@mlops-actions/errors';
import { type GitHubClient, isGhesServer } from '@mlops-actions/github';
import { driftReport, writeProfile } from './engine.ts';
import { syncDriftIssue } from './issue.ts';
import type { Selection } from './load.ts';
import { checkProfile, type DatasetProfile } from './profile.ts';
import type { DataFormat } from './read.ts';
import type { Correction } from './report.ts';
import { isTestName, parseTestName, TESTS, type TestName } from './tests.ts';
import { setWorkerEntry } from './worker.ts';

/** The inputs as the action reads them (typed, not yet checked against each other). */
export interface DriftInputs {
  mode: 'compare' | 'profile';
  /** Files, globs or profiles, one per item; `['registry']` for the champion's stored profile. */
  reference: readonly string[];
  current: readonly string[];
  format: DataFormat | 'auto';
  selection: Selection;
  /** The `tests` mapping: column (or `*`) → test name. */
  tests: Readonly<Record<string, unknown>> | undefined;
  /** The `thresholds` mapping: test or column → threshold, and `missing-share`. */
  thresholds: Readonly<Record<string, unknown>> | undefined;
  driftShare: number;
  criticalColumns: readonly string[];
  correction: Correction;
  schemaChanges: 'drift' | 'report';
  model: string | undefined;
  alias: string;
  reportDir: string;
  parallel: 'auto' | 'true' | 'false';
  uploadArtifact: boolean;
  failOnDrift: boolean;
  issue: boolean;
  /** Whether the `github-token` input is set (the token itself stays with the action). */
  hasToken: boolean;
}

/** The checked options of one run. */
export interface DriftRunOptions {
  mode: 'compare' | 'profile';
  reference: readonly string[] | 'registry';
  current: readonly string[];
  format: DataFormat | 'auto';
  selection: Selection;
  tests: Record<string, TestName>;
  thresholds: Record<string, number>;
  missingShare: number | undefined;
  driftShare: number;
  criticalColumns: readonly string[];
  correction: Correction;
  schemaChanges: 'drift' | 'report';
  model: string | undefined;
  alias: string;
  reportDir: string;
  parallel: boolean | undefined;
  uploadArtifact: boolean;
  failOnDrift: boolean;
  issue: boolean;
}

/** Tests whose threshold is a p-value (drift when p < threshold). */
function isPValueTest(name: string): boolean {
  return isTestName(name) && TESTS[name].kind === 'p-value';
}

/** Checks the inputs against each other; every error names the input (and key) and the fix. */
export function parseDriftOptions(i: DriftInputs): DriftRunOptions {
  const reference = i.reference.length === 1 && i.reference[0] === 'registry' ? 'registry' : i.reference;
  if (i.mode === 'compare' && reference !== 'registry' && reference.length === 0) {
    throw new UserError('is required to compare', {
      input: 'reference',
      fix: "Give the reference data (files or globs), profiles (.json), or 'registry'",
    });
  }
  const tests: Record<string, TestName> = {};
  for (const [k, v] of Object.entries(i.tests ?? {})) tests[k] = parseTestName(v, { input: 'tests', key: k });
  const thresholds: Record<string, number> = {};
  let missingShare: number | undefined;
  for (const [k, v] of Object.entries(i.thresholds ?? {})) {
    const n = typeof v === 'number' ? v : Number(v);
    if (!Number.isFinite(n) || n <= 0) {
      throw new UserError(`must map to a positive number, got '${String(v)}'`, {
        input: 'thresholds',
        key: k,
        fix: `Write e.g. '${k}: ${k === 'missing-share' || isPValueTest(k) ? '0.05' : '0.1'}'`,
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
    if (isPValueTest(k) && n >= 1) {
      throw new UserError(`is a p-value threshold and must be below 1, got ${n}`, {
        input: 'thresholds',
        key: k,
        fix: `Drift is p < threshold: use a small value such as '${k}: 0.05'`,
      });
    }
    thresholds[k] = n;
  }
  if (i.issue && !i.model)
    throw new UserError("is needed with 'issue: true' (one issue per model)", {
      input: 'model',
      fix: 'Name the model (or dataset) the drift is about',
    });
  if (i.issue && !i.hasToken)
    throw new UserError('is empty, so the drift issue cannot be written', {
      input: 'github-token',
      fix: "Leave it at its default '${{ github.token }}' and grant 'issues: write'",
    });
  if (reference === 'registry' && !i.model)
    throw new UserError("is needed when reference is 'registry'", {
      input: 'model',
      fix: 'Name the registered model whose reference profile to use',
    });
  return {
    mode: i.mode,
    reference,
    current: i.current,
    format: i.format,
    selection: i.selection,
    tests,
    thresholds,
    missingShare,
    driftShare: i.driftShare,
    criticalColumns: i.criticalColumns,
    correction: i.correction,
    schemaChanges: i.schemaChanges,
    model: i.model,
    alias: i.alias,
    reportDir: i.reportDir,
    parallel: { auto: undefined, true: true, false: false }[i.parallel],
    uploadArtifact: i.uploadArtifact,
    failOnDrift: i.failOnDrift,
    issue: i.issue,
  };
}

/** What the registry hands over for `reference: registry` (see readReferenceProfile of @mlops-actions/registry). */
export interface StoredProfile {
  data: Uint8Array | string;
  model: string;
  version: string;
  label: string;
}

/** The outcome of an artifact upload, as the action kit's uploadArtifact reports it. */
export type ArtifactOutcome =
  | { uploaded: true; name: string; size?: number | undefined }
  | { uploaded: false; name: string; reason: 'no-runtime' | 'ghes' | 'failed'; message: string };

export type DriftOutputValue = string | number | boolean | readonly string[];

export interface DriftRunDeps {
  /** Where the step runs. */
  runner: {
    workspace: string;
    /** GITHUB_SERVER_URL: on GitHub Enterprise Server no artifact is uploaded. */
    serverUrl: string;
    /** Link to the workflow run, shown in the reports and the issue. */
    runUrl?: string | undefined;
  };
  log: Logger;
  /** Sets step outputs (the last value of an output wins). */
  outputs(values: Record<string, DriftOutputValue>): void;
  /** Writes the job summary (once). */
  summary(markdown: string): Promise<unknown>;
  /** Uploads the files of a folder as a workflow artifact. */
  uploadArtifact(dir: string, name: string): Promise<ArtifactOutcome>;
  /** The reference profile stored with the version of `model` that `alias` points at. */
  registryReference?(model: string, alias: string): Promise<StoredProfile>;
  /** The GitHub client and repository for the drift issue; asked for only when `issue` is on. */
  issueTarget?(): { octokit: GitHubClient; owner: string; repo: string };
  /** Where reader threads start (an action's bundle: `new URL(import.meta.url)`); see setWorkerEntry. */
  workerEntry?: URL | undefined;
}

/** A stored profile read as one (the drift package owns the profile format). */
export function storedProfile(s: StoredProfile): { profile: DatasetProfile; label: string } {
  let json: unknown;
  try {
    json = JSON.parse(typeof s.data === 'string' ? s.data : Buffer.from(s.data).toString('utf8'));
  } catch (e) {
    throw new UserError(`the reference profile of ${s.model}@${s.version} is not JSON: ${messageOf(e)}`, { input: 'reference' });
  }
  return { profile: checkProfile(json, s.label), label: s.label };
}

/** Runs drift-report: writes the outputs and the job summary through `deps`; throws on drift with fail-on-drift. */
export async function runDriftReport(o: DriftRunOptions, deps: DriftRunDeps): Promise<void> {
  const { log, runner } = deps;
  if (deps.workerEntry) setWorkerEntry(deps.workerEntry);

  let reference: readonly string[] | { profile: DatasetProfile; label: string };
  if (o.reference === 'registry') {
    if (!deps.registryReference) throw new Error('runDriftReport: reference is registry but no registryReference was given');
    reference = storedProfile(await deps.registryReference(o.model!, o.alias));
  } else reference = o.reference;

  if (o.mode === 'profile') {
    const { path, profile } = await writeProfile({
      workspace: runner.workspace,
      data: o.current,
      reference,
      format: o.format,
      selection: o.selection,
      reportDir: o.reportDir,
    });
    log.info(`Profile of ${profile.rows.toLocaleString('en-US')} rows, ${profile.columns.length} columns: ${path}`);
    deps.outputs({ profile: path, report: '', html: '', markdown: '', drift: false, share: 0, 'drifted-columns': [] });
    if (o.uploadArtifact) await upload(o, 'drift-profile', deps);
    await deps.summary(
      `### Drift profile written\n\n${profile.rows.toLocaleString('en-US')} rows, ${profile.columns.length} columns → \`${path}\``,
    );
    return;
  }

  const result = await driftReport({
    workspace: runner.workspace,
    reference,
    current: o.current,
    format: o.format,
    selection: o.selection,
    tests: o.tests,
    thresholds: o.thresholds,
    ...(o.missingShare !== undefined ? { missingShareThreshold: o.missingShare } : {}),
    driftShare: o.driftShare,
    criticalColumns: o.criticalColumns,
    correction: o.correction,
    schemaChanges: o.schemaChanges,
    reportDir: o.reportDir,
    title: o.model ? `Data drift: ${o.model}` : 'Data drift report',
    log,
    runUrl: runner.runUrl,
    ...(o.parallel !== undefined ? { parallel: o.parallel } : {}),
  });
  const v = result.report.verdict;
  log.info(`${v.drift ? 'Drift detected' : 'No drift'}: ${v.reasons.join('; ')}`);
  for (const c of result.report.columns) log.info(`  ${c.name}: ${c.reason}${c.test ? ` → ${c.drift ? 'drift' : 'no drift'}` : ''}`);
  for (const w of result.report.warnings) log.warning(w);

  // The verdict first: outputs, the artifact and the job summary are written before GitHub is asked
  // for anything, so an issue that cannot be written never hides them (it becomes one warning).
  deps.outputs({
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
  const uploadNote = o.uploadArtifact ? await upload(o, 'drift-report', deps) : undefined;
  await deps.summary(
    uploadNote ? `${result.markdown.endsWith('\n') ? result.markdown : `${result.markdown}\n`}\n${uploadNote}` : result.markdown,
  );

  if (o.issue) {
    if (!deps.issueTarget) throw new Error('runDriftReport: issue is on but no issueTarget was given');
    const { octokit, owner, repo } = deps.issueTarget();
    const outcome = await syncDriftIssue({
      octokit,
      owner,
      repo,
      model: o.model!,
      drift: v.drift,
      markdown: result.markdown,
      runUrl: runner.runUrl,
      log,
    });
    if ('url' in outcome) {
      deps.outputs({ 'issue-url': outcome.url });
      log.info(`Drift issue #${outcome.number} ${outcome.action}: ${outcome.url}`);
    }
  }
  if (v.drift && o.failOnDrift)
    throw new UserError(`drift detected: ${v.reasons.join('; ')}`, {
      fix: "See the report; set 'fail-on-drift: false' to report without failing",
    });
}

/** Uploads the report folder; when it cannot, one warning, and a note for the job summary. */
async function upload(o: DriftRunOptions, base: string, deps: DriftRunDeps): Promise<string | undefined> {
  const { log, runner } = deps;
  const name = o.model ? `${base}-${o.model}` : base;
  // The artifact service behind @actions/artifact v2+ (and upload-artifact@v4+) does not exist on
  // GitHub Enterprise Server: the toolkit throws GHESNotSupportedError there. Say so plainly.
  const outcome: ArtifactOutcome = isGhesServer(runner.serverUrl)
    ? { uploaded: false, name, reason: 'ghes', message: 'not supported on GitHub Enterprise Server' }
    : await deps.uploadArtifact(o.reportDir, name);
  if (outcome.uploaded) {
    log.info(`Uploaded artifact '${outcome.name}' (${outcome.size ?? '?'} bytes)`);
    return undefined;
  }
  if (outcome.reason === 'no-runtime') {
    log.warning(`Not uploading the report as an artifact: ${outcome.message}. It is in ${o.reportDir}`);
    return undefined;
  }
  if (outcome.reason === 'ghes') {
    log.warning(
      `Not uploading the report as an artifact: ${runner.serverUrl} is GitHub Enterprise Server, where the artifact service this action uses (@actions/artifact v2, as upload-artifact@v4) is not available. The report is kept in ${o.reportDir} and in the job summary; to keep it as an artifact there, add an actions/upload-artifact step of a version your server supports for that folder.`,
    );
    return '> [!WARNING]\n> Not uploaded as an artifact: GitHub Enterprise Server has no artifact service for @actions/artifact v2. The report files are on the runner (the `report`, `html` and `markdown` outputs).';
  }
  log.warning(`Could not upload the report artifact: ${outcome.message}. The report is kept in ${o.reportDir} and in the job summary.`);
  return '> [!WARNING]\n> Not uploaded as an artifact (see the warning in the log). The report files are on the runner (the `report`, `html` and `markdown` outputs).';
}
