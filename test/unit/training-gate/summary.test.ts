import { describe, expect, it } from 'vitest';
import { type Decision, decide, fingerprintOf, renderGateSummary, type SummaryFacts, textHash } from '@mlops-actions/training-gate';

const DATA = textHash('data');
const current = { data: DATA, code: textHash('code'), params: textHash('params'), extra: '-' };
const FP = fingerprintOf(current).fingerprint;
const now = new Date('2026-11-26T12:00:00Z');
const champion = { version: '1.2.0', createdAt: '2026-11-20T12:00:00Z', training: { ...current, data: textHash('old data') } };

const facts = (decision: Decision, over: Partial<SummaryFacts> = {}): SummaryFacts => ({
  decision,
  fingerprint: FP,
  championVersion: '1.2.0',
  model: 'churn',
  cache: 'miss',
  cacheKey: 'mlops-training-0123',
  ...over,
});

/** The table rows (after the header and the separator), as cells. A `\|` inside a cell is not a border. */
function rows(md: string): string[][] {
  const lines = md.split('\n').filter((l) => l.startsWith('| '));
  return lines.slice(2).map((l) =>
    l
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((c) => c.trim()),
  );
}

describe('renderGateSummary', () => {
  it('a training: the verdict lists the reasons, the table one row per input, champion, fingerprint and cache', () => {
    const d = decide({ current, champion, drift: true, force: false, now });
    const md = renderGateSummary(facts(d));
    expect(md.startsWith('### train-gate\n\n**Train**: `data-changed`, `drift`\n')).toBe(true);
    const short = (h: string) => `\`${h.slice(0, 'sha256:'.length + 12)}…\``;
    expect(rows(md)).toEqual([
      ['force', '', '', 'no'],
      ['data', short(textHash('old data')), short(DATA), '🔴 changed'],
      ['code', short(current.code), short(current.code), 'same'],
      ['params', short(current.params), short(current.params), 'same'],
      ['extra', '`-`', '`not given`', '–'],
      ['drift', '', '', '🔴 yes'],
    ]);
    expect(md).toContain(
      `Champion: \`churn@1.2.0\` · Fingerprint: \`${FP}\` · Cache: miss on \`mlops-training-0123\`; the post step saves the training when the job succeeds`,
    );
  });

  it('nothing changed: skip, and the cache was not consulted', () => {
    const d = decide({ current, champion: { ...champion, training: current }, drift: false, force: false, now });
    const md = renderGateSummary(facts(d, { cache: 'not-needed' }));
    expect(md).toContain('**Skip training**: nothing that matters changed');
    expect(md).toContain('Cache: not consulted (no training needed)');
  });

  it('a cache hit: skip, saying the training was restored and why it would have run', () => {
    const d = decide({ current, champion, drift: false, force: false, now });
    d.shouldTrain = false;
    d.reasons.push('cache-hit');
    const md = renderGateSummary(facts(d, { cache: 'hit' }));
    expect(md).toContain('**Skip training**: an identical training was restored from the cache (`data-changed`)');
    expect(md).toContain('Cache: hit on `mlops-training-0123`');
  });

  it.each<[string, Partial<SummaryFacts>, string]>([
    ['no model', { model: undefined, championVersion: undefined }, 'Champion: none (no `model` given)'],
    ['a model with no champion', { championVersion: undefined }, 'Champion: none for `churn`'],
    ['cache off', { cache: 'off' }, 'Cache: off'],
    ['no cache service', { cache: 'unavailable' }, 'Cache: no cache service here'],
  ])('%s', (_, over, line) => {
    const d = decide({ current, champion: undefined, drift: false, force: true, now });
    expect(renderGateSummary(facts(d, over))).toContain(line);
  });

  it('text from a card or a note cannot break the table, inject HTML or mention anyone', () => {
    const d: Decision = {
      shouldTrain: true,
      reasons: ['data-changed'],
      rows: [{ input: 'data', champion: 'a|b\n`x`', current: DATA, changed: true, note: '<img src=x> | @octocat' }],
    };
    const md = renderGateSummary(facts(d));
    const [row] = rows(md);
    expect(row).toHaveLength(4);
    expect(row![1]).toBe('`` a\\|b `x` ``');
    expect(row![3]).toContain('&lt;img src=x&gt;');
    expect(row![3]).toContain('@\u200boctocat');
    expect(md).not.toContain('<img');
  });
});
