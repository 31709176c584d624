import { code, escapeText, table } from '@mlops-actions/markdown';
import type { Decision } from './decide.ts';

export interface SummaryFacts {
  decision: Decision;
  fingerprint: string;
  championVersion: string | undefined;
  model: string | undefined;
  cache: 'hit' | 'miss' | 'off' | 'unavailable' | 'not-needed';
  cacheKey: string;
}

const short = (s: string) => (/^[a-z0-9]+:[0-9a-f]{20,}$/.test(s) ? `${s.slice(0, s.indexOf(':') + 13)}…` : s);
const mark = (c: boolean | null) => (c === true ? '🔴 changed' : c === false ? 'same' : '–');
/** force and drift are switches, not values compared with the champion. */
const switchMark = (on: boolean | null) => (on ? '🔴 yes' : 'no');

/** The job summary: each input to the decision, champion value, current value, changed or not, and the decision. */
export function renderGateSummary(f: SummaryFacts): string {
  const { decision } = f;
  const verdict = decision.shouldTrain
    ? `**Train**: ${decision.reasons.map((r) => code(r)).join(', ')}`
    : decision.reasons.includes('cache-hit')
      ? `**Skip training**: an identical training was restored from the cache (${decision.reasons
          .filter((r) => r !== 'cache-hit')
          .map((r) => code(r))
          .join(', ')})`
      : '**Skip training**: nothing that matters changed';
  const rows = decision.rows.map((r) => [
    r.input,
    r.champion ? code(short(r.champion)) : '',
    r.input === 'force' || r.input === 'drift' ? '' : r.current ? code(short(r.current)) : '',
    (r.input === 'force' || r.input === 'drift' ? switchMark(r.changed) : mark(r.changed)) + (r.note ? ` (${escapeText(r.note)})` : ''),
  ]);
  const champion = f.model
    ? f.championVersion
      ? `Champion: ${code(`${f.model}@${f.championVersion}`)}`
      : `Champion: none for ${code(f.model)}`
    : 'Champion: none (no `model` given)';
  const cache = {
    hit: `Cache: hit on ${code(f.cacheKey)}`,
    miss: `Cache: miss on ${code(f.cacheKey)}; the post step saves the training when the job succeeds`,
    off: 'Cache: off',
    unavailable: 'Cache: no cache service here',
    'not-needed': 'Cache: not consulted (no training needed)',
  }[f.cache];
  return [
    '### train-gate',
    '',
    verdict,
    '',
    table(['input', 'champion', 'current', 'changed'], rows),
    '',
    `${champion} · Fingerprint: ${code(f.fingerprint)} · ${cache}`,
    '',
  ].join('\n');
}
