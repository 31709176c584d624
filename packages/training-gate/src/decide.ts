import { paramsHash, type TrainingComponents } from './fingerprint.ts';

export type Reason =
  | 'forced'
  | 'no-champion'
  | 'data-changed'
  | 'code-changed'
  | 'params-changed'
  | 'extra-changed'
  | 'drift'
  | 'stale'
  | 'cache-hit'
  | 'unchanged';

/** What the gate knows of the champion: its version and what it was trained on. */
export interface Champion {
  version: string;
  createdAt: string;
  /** Parts recorded by register-model from train-gate's `fingerprint` output, when they were. */
  training?: Partial<TrainingComponents> | undefined;
  /** The dataset hash on its card. */
  dataHash?: string | undefined;
  /** The params on its card. */
  params?: Record<string, unknown> | undefined;
}

export interface GateInput {
  current: TrainingComponents;
  /** undefined: there is no champion to compare with. */
  champion: Champion | undefined;
  drift: boolean;
  force: boolean;
  /** A champion older than this (ms) is stale. */
  maxAgeMs?: number | undefined;
  now: Date;
}

/** One line of the decision table: what was compared and whether it changed. */
export interface DecisionRow {
  input: 'data' | 'code' | 'params' | 'extra' | 'drift' | 'age' | 'force';
  champion: string;
  current: string;
  /** true: changed (a reason to train); false: unchanged; null: cannot tell or not compared. */
  changed: boolean | null;
  note?: string;
}

export interface Decision {
  shouldTrain: boolean;
  reasons: Reason[];
  rows: DecisionRow[];
}

const NOT_GIVEN = '-';

function championPart(champion: Champion, part: keyof TrainingComponents): string | undefined {
  // Recorded parts count as they are, '-' included (the champion was trained without that part).
  const recorded = champion.training?.[part];
  if (recorded) return recorded;
  // Cards without train-gate parts still record the data hash and the params themselves.
  if (part === 'data') return champion.dataHash;
  if (part === 'params' && champion.params) return paramsHash(champion.params);
  return undefined;
}

/**
 * Every reason that applies, in a fixed order; none → `unchanged` and no training. A part the current
 * run does not give (e.g. no code globs) is not compared; a part the champion did not record cannot
 * be compared and is shown as unknown, not as a change.
 */
export function decide(g: GateInput): Decision {
  const reasons: Reason[] = [];
  const rows: DecisionRow[] = [];
  if (g.force) reasons.push('forced');
  rows.push({ input: 'force', champion: '', current: String(g.force), changed: g.force });

  if (!g.champion) {
    reasons.push('no-champion');
    for (const part of ['data', 'code', 'params', 'extra'] as const) {
      rows.push({
        input: part,
        champion: '(no champion)',
        current: g.current[part] === NOT_GIVEN ? 'not given' : g.current[part],
        changed: null,
      });
    }
  } else {
    const reasonOf = { data: 'data-changed', code: 'code-changed', params: 'params-changed', extra: 'extra-changed' } as const;
    for (const part of ['data', 'code', 'params', 'extra'] as const) {
      const now = g.current[part];
      const then = championPart(g.champion, part);
      if (now === NOT_GIVEN) {
        rows.push({ input: part, champion: then ?? '', current: 'not given', changed: null });
      } else if (then === undefined) {
        rows.push({ input: part, champion: 'not recorded', current: now, changed: null, note: 'the champion has no record of it' });
      } else {
        const changed = then !== now;
        rows.push({ input: part, champion: then, current: now, changed });
        if (changed) reasons.push(reasonOf[part]);
      }
    }
    if (g.maxAgeMs !== undefined) {
      const ageMs = g.now.getTime() - Date.parse(g.champion.createdAt);
      const stale = Number.isFinite(ageMs) && ageMs > g.maxAgeMs;
      rows.push({
        input: 'age',
        champion: g.champion.createdAt,
        current: `${formatAge(ageMs)} (max ${formatAge(g.maxAgeMs)})`,
        changed: stale,
      });
      if (stale) reasons.push('stale');
    }
  }
  rows.push({ input: 'drift', champion: '', current: String(g.drift), changed: g.drift });
  if (g.drift) reasons.push('drift');

  const unique = [...new Set(reasons)];
  return unique.length ? { shouldTrain: true, reasons: unique, rows } : { shouldTrain: false, reasons: ['unchanged'], rows };
}

export function formatAge(ms: number): string {
  if (!Number.isFinite(ms)) return 'unknown';
  const d = ms / 86400e3;
  if (d >= 1) return `${Number(d.toFixed(1))}d`;
  const h = ms / 3600e3;
  if (h >= 1) return `${Number(h.toFixed(1))}h`;
  return `${Math.max(0, Math.round(ms / 60e3))}m`;
}
