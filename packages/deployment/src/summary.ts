import { code, escapeCell, escapeText, link, table } from '@mlops-actions/markdown';
import type { DeployOutcome } from './flow.ts';

const HEADLINE: Record<DeployOutcome['status'], string> = {
  deployed: '✅ deployed',
  'rolled-back': '↩️ rolled back',
  failed: '❌ failed',
};

export interface SummaryExtras {
  target: string;
  /** Link to the environment's deployments page, when on GitHub. */
  deploymentsUrl?: string | undefined;
}

/** The job summary of one deployment: what, where, the result, what went wrong and what was restored, each step. */
export function renderSummary(o: DeployOutcome, x: SummaryExtras): string {
  const v = o.version ?? '(unresolved)';
  const alias =
    o.status === 'deployed'
      ? `${code(o.alias)}: ${o.previousVersion ? code(o.previousVersion) : '(unset)'} → ${code(v)}`
      : `${code(o.alias)} unchanged${o.previousVersion ? ` (${code(o.previousVersion)})` : ' (unset)'}`;
  const rows: string[][] = [
    ['Model', code(o.model)],
    ['Version', `${code(v)}${o.digest ? ` (digest ${code(o.digest)})` : ''}`],
    ['Environment', code(o.environment)],
    ['Alias', alias],
    ['Target', escapeCell(x.target)],
  ];
  if (o.deploymentId !== undefined) {
    rows.push(['GitHub deployment', x.deploymentsUrl ? link(String(o.deploymentId), x.deploymentsUrl) : String(o.deploymentId)]);
  }
  if (o.environmentUrl) rows.push(['Environment URL', link(o.environmentUrl, o.environmentUrl)]);
  rows.push(['Duration', `${o.durationSeconds.toFixed(1)} s`]);

  const parts = [
    `## Deploy ${escapeText(o.model)} ${escapeText(v)} to ${escapeText(o.environment)}: ${HEADLINE[o.status]}`,
    '',
    table(['', ''], rows),
  ];
  if (o.error) parts.push('', `**What went wrong:** ${escapeText(o.error)}`);
  if (o.restored && o.status !== 'deployed') parts.push('', `**What was restored:** ${escapeText(o.restored)}`);
  for (const w of o.warnings) parts.push('', `> [!WARNING]\n> ${escapeText(w)}`);
  if (o.steps.length) {
    parts.push(
      '',
      table(
        ['Step', 'Outcome', 'Detail', 'Time'],
        o.steps.map((s) => [
          escapeCell(s.step),
          s.outcome === 'ok' ? '✅' : s.outcome === 'failed' ? '❌' : '⏭️ skipped',
          escapeCell(s.detail.length > 300 ? `${s.detail.slice(0, 299)}…` : s.detail),
          `${(s.ms / 1000).toFixed(1)} s`,
        ]),
        ['left', 'center', 'left', 'right'],
      ),
    );
  }
  return `${parts.join('\n')}\n`;
}
