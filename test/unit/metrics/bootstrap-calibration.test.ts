import { describe, expect, it } from 'vitest';
import { computeSignificance, createRng, MIN_BOOTSTRAP_N, parsePredictionsCsv } from '@mlops-actions/metrics';

/**
 * The percentile bootstrap's level from MIN_BOOTSTRAP_N examples on which the models differ (the claim
 * behind that minimum, measured at length in test/bench/metrics.bench.ts): on two exchangeable models —
 * the same error distribution, so every "significant" call is a false alarm — the 95% interval excludes
 * 0 in at most 10% of evaluations (nominal 5%).
 */
const csv = (rows: [number, number, number][]) =>
  parsePredictionsCsv(`y_true,baseline,candidate\n${rows.map((r) => r.join(',')).join('\n')}\n`, 'p.csv', 'p.csv');
const RUNS = 200;

function normal(rng: ReturnType<typeof createRng>): number {
  const u = (rng.next() + 1) / 4294967297;
  const v = rng.next() / 4294967296;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

describe('paired bootstrap calibration on exchangeable models', () => {
  it.each([30, 60])('MAE, n = %i: false alarms at most 10% at a nominal 5%', (n) => {
    const rng = createRng(1000 + n);
    let alarms = 0;
    for (let r = 0; r < RUNS; r++) {
      const rows: [number, number, number][] = [];
      for (let i = 0; i < n; i++) {
        const y = 10 * normal(rng);
        rows.push([y, y + normal(rng), y + normal(rng)]);
      }
      const s = computeSignificance(csv(rows), { task: 'regression', resamples: 500, seed: r });
      const mae = s.metrics.find((m) => m.metric === 'mae')!;
      expect(mae.method).toBe('bootstrap');
      if (mae.verdict !== 'not-significant') alarms++;
    }
    expect(alarms / RUNS).toBeLessThanOrEqual(0.1);
  });

  it.each([30, 60])('F1, n = %i: false alarms at most 10% at a nominal 5%', (n) => {
    // Binary, 40% positives; on each example a fair coin decides which model is right (exchangeable, and
    // the models differ on every example, so the bootstrap judges from n = MIN_BOOTSTRAP_N).
    expect(n).toBeGreaterThanOrEqual(MIN_BOOTSTRAP_N);
    const rng = createRng(2000 + n);
    let alarms = 0;
    for (let r = 0; r < RUNS; r++) {
      const rows: [number, number, number][] = [];
      for (let i = 0; i < n; i++) {
        const y = rng.next() / 4294967296 < 0.4 ? 1 : 0;
        const baselineRight = rng.next() % 2 === 0;
        rows.push([y, baselineRight ? y : 1 - y, baselineRight ? 1 - y : y]);
      }
      const s = computeSignificance(csv(rows), { resamples: 500, seed: r });
      const f1 = s.metrics.find((m) => m.metric === 'f1')!;
      expect(f1.method).toBe('bootstrap');
      if (f1.verdict !== 'not-significant') alarms++;
    }
    expect(alarms / RUNS).toBeLessThanOrEqual(0.1);
  });
});
