/**
 * The milling process behind the AI4I 2020 predictive-maintenance dataset (UCI; S. Matzka, "Explainable
 * Artificial Intelligence for Predictive Maintenance Applications", 2020), simulated row by row: one
 * row is one machining process on one product. Seeded and pure: the same options give the same rows on
 * every run and machine.
 *
 * Where the published description leaves a choice open, the choice is written next to the constant.
 */
import { streams, type Rng } from './random.ts';

export const COLUMNS = [
  'UDI',
  'Product ID',
  'Type',
  'Air temperature [K]',
  'Process temperature [K]',
  'Rotational speed [rpm]',
  'Torque [Nm]',
  'Tool wear [min]',
  'Machine failure',
  'TWF',
  'HDF',
  'PWF',
  'OSF',
  'RNF',
] as const;

export type ProductType = 'L' | 'M' | 'H';
export const PRODUCT_TYPES: readonly ProductType[] = ['L', 'M', 'H'];

export const SCENARIOS = ['none', 'seasonal', 'product-mix', 'torque-offset'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** What each scenario changes, for the CLI's help and the README. */
export const SCENARIO_DESCRIPTIONS: Record<Scenario, string> = {
  none: 'no drift: every batch comes from the same process',
  seasonal:
    'summer: air temperature +4 K; the process temperature follows by +3 K (less cooling headroom, so more heat dissipation failures)',
  'product-mix': 'product mix L/M/H moves from 50/30/20 % to 20/30/50 % (faster tool wear)',
  'torque-offset': 'the torque sensor reads 5 Nm too high; the machine itself is unchanged, so the failures are not',
};

export const PROCESS = {
  /** Shares of the product variants (low, medium, high quality). */
  typeShares: { L: 0.5, M: 0.3, H: 0.2 } as Record<ProductType, number>,
  /** The product-mix scenario's shares. */
  driftedTypeShares: { L: 0.2, M: 0.3, H: 0.5 } as Record<ProductType, number>,
  /** First serial number per variant, as in the first rows of the UCI file (M14860, L47181, H29424). */
  serialBase: { L: 47181, M: 14860, H: 29424 } as Record<ProductType, number>,
  airMeanK: 300,
  airSdK: 2,
  processOffsetK: 10,
  processSdK: 1,
  /**
   * The paper's random walks are normalised over the whole file afterwards; batches written one after
   * another cannot be, so each walk is an AR(1) process x_t = φ·x_{t−1} + √(1−φ²)·sd·ε: a random walk
   * over a few dozen processes that is pulled back to its mean, with long-run sd exactly `sd`. φ = 0.95
   * keeps batches of a few thousand rows statistically alike when nothing drifts.
   */
  walkPhi: 0.95,
  torqueMeanNm: 40,
  torqueSdNm: 10,
  /** "No negative values": draws below this are drawn again (the spindle is always under some load). */
  torqueMinNm: 3,
  /**
   * Speed from the nominal power P = 2,860 W: n = n₀ + (60/2π)·P/(T + T_f) + ε, ε ~ N(0, 50 rpm).
   * The constant-power term makes speed fall as torque rises; T_f (drag torque the drive carries
   * besides the cutting torque) and the base speed n₀ are fitted so that the result matches the UCI
   * file: mean ≈ 1,540 rpm, sd ≈ 180 rpm, right-skewed, correlation with torque ≈ −0.88, and about
   * 1 % power failures.
   */
  nominalPowerW: 2860,
  dragTorqueNm: 5,
  baseSpeedRpm: 895,
  speedNoiseSdRpm: 50,
  /** Minutes of tool wear each process adds. */
  wearPerProcess: { L: 2, M: 3, H: 5 } as Record<ProductType, number>,
  /** A tool's life is drawn uniformly from this range (minutes of wear). */
  toolLifeMin: 200,
  toolLifeMax: 240,
  /**
   * At the end of its life a tool either fails (TWF) or is replaced in time: the UCI file has 120 tool
   * ends, 51 of them failures.
   */
  toolFailShare: 51 / 120,
  heatDiffMinK: 8.6,
  heatSpeedMinRpm: 1380,
  powerMinW: 3500,
  powerMaxW: 9000,
  /** Overstrain when tool wear × torque exceeds this (min·Nm). */
  strainLimit: { L: 11000, M: 12000, H: 13000 } as Record<ProductType, number>,
  randomFailureRate: 0.001,
  /** Scenario sizes. */
  seasonalAirRiseK: 4,
  seasonalProcessRiseK: 3,
  torqueSensorOffsetNm: 5,
} as const;

export interface Row {
  udi: number;
  productId: string;
  type: ProductType;
  /** Temperatures and torque as written (one decimal), speed and wear as written (integers). */
  airK: number;
  processK: number;
  speedRpm: number;
  /** The torque the sensor reports (what the CSV holds). */
  torqueNm: number;
  wearMin: number;
  failure: 0 | 1;
  twf: 0 | 1;
  hdf: 0 | 1;
  pwf: 0 | 1;
  osf: 0 | 1;
  rnf: 0 | 1;
}

export interface SimulationOptions {
  seed: number;
  /** Rows per batch. */
  rowsPerBatch: number;
  scenario: Scenario;
  /** First batch (1-based) the scenario applies to; earlier batches are undrifted. */
  driftStart: number;
}

/** Power in watts from torque [Nm] and speed [rpm]. */
export function powerW(torqueNm: number, speedRpm: number): number {
  return (torqueNm * speedRpm * 2 * Math.PI) / 60;
}

const bit = (b: boolean): 0 | 1 => (b ? 1 : 0);

/**
 * The process as an endless sequence of batches (batch 1 first). Each quantity draws from its own
 * random stream, so two scenarios with one seed differ only in what the scenario changes.
 */
export function* simulate(o: SimulationOptions): Generator<{ batch: number; rows: Row[] }> {
  if (!Number.isInteger(o.rowsPerBatch) || o.rowsPerBatch < 1) throw new RangeError('rowsPerBatch must be a positive integer');
  const [sType, sAir, sProcess, sTorque, sSpeed, sTool, sRandom] = streams(o.seed, 7) as [Rng, Rng, Rng, Rng, Rng, Rng, Rng];
  const P = PROCESS;
  const phi = P.walkPhi;
  const innovation = Math.sqrt(1 - phi * phi);
  // Stationary start: the walks begin anywhere in their long-run distribution.
  let air = sAir.normal(0, P.airSdK);
  let proc = sProcess.normal(0, P.processSdK);
  let wear = 0;
  let toolLife = sTool.between(P.toolLifeMin, P.toolLifeMax);
  const made: Record<ProductType, number> = { L: 0, M: 0, H: 0 };
  let udi = 0;

  for (let batch = 1; ; batch++) {
    const drifted = o.scenario !== 'none' && batch >= o.driftStart;
    const scenario = drifted ? o.scenario : 'none';
    const shares = scenario === 'product-mix' ? P.driftedTypeShares : P.typeShares;
    const rows: Row[] = new Array(o.rowsPerBatch);
    for (let i = 0; i < o.rowsPerBatch; i++) {
      udi++;
      const u = sType.uniform();
      const type: ProductType = u < shares.L ? 'L' : u < shares.L + shares.M ? 'M' : 'H';
      const productId = `${type}${P.serialBase[type] + made[type]++}`;

      air = phi * air + innovation * sAir.normal(0, P.airSdK);
      proc = phi * proc + innovation * sProcess.normal(0, P.processSdK);
      const airRise = scenario === 'seasonal' ? P.seasonalAirRiseK : 0;
      const processRise = scenario === 'seasonal' ? P.seasonalProcessRiseK : 0;
      // Work in tenths (integers) from here on, so the failure rules see exactly the values written.
      const air10 = Math.round((P.airMeanK + air + airRise) * 10);
      const process10 = Math.round((P.airMeanK + air + P.processOffsetK + proc + processRise) * 10);

      let torque: number;
      do torque = sTorque.normal(P.torqueMeanNm, P.torqueSdNm);
      while (torque < P.torqueMinNm);
      const torque10 = Math.round(torque * 10);
      const speed = Math.round(
        P.baseSpeedRpm + (60 / (2 * Math.PI)) * (P.nominalPowerW / (torque + P.dragTorqueNm)) + sSpeed.normal(0, P.speedNoiseSdRpm),
      );
      const sensorTorque10 = torque10 + (scenario === 'torque-offset' ? P.torqueSensorOffsetNm * 10 : 0);

      // The failure rules act on the machine's true state (the true torque, not a faulty sensor's).
      const wearNow = wear;
      const power = powerW(torque10 / 10, speed);
      const hdf = bit(process10 - air10 < P.heatDiffMinK * 10 && speed < P.heatSpeedMinRpm);
      const pwf = bit(power < P.powerMinW || power > P.powerMaxW);
      const osf = bit(wearNow * torque10 > P.strainLimit[type] * 10);
      const rnf = bit(sRandom.uniform() < P.randomFailureRate);
      let twf: 0 | 1 = 0;
      if (wearNow >= toolLife) {
        // End of the tool's life: it fails in this process or is replaced in time; a new tool follows.
        twf = bit(sTool.uniform() < P.toolFailShare);
        wear = 0;
        toolLife = sTool.between(P.toolLifeMin, P.toolLifeMax);
      } else {
        wear += P.wearPerProcess[type];
      }

      rows[i] = {
        udi,
        productId,
        type,
        airK: air10 / 10,
        processK: process10 / 10,
        speedRpm: speed,
        torqueNm: sensorTorque10 / 10,
        wearMin: wearNow,
        failure: bit(twf + hdf + pwf + osf + rnf > 0),
        twf,
        hdf,
        pwf,
        osf,
        rnf,
      };
    }
    yield { batch, rows };
  }
}

/** The rows of the given batches (1-based), simulating every earlier batch on the way. */
export function generateBatches(o: SimulationOptions, batches: readonly number[]): Map<number, Row[]> {
  const wanted = new Set(batches);
  const last = Math.max(...batches);
  const out = new Map<number, Row[]>();
  for (const { batch, rows } of simulate(o)) {
    if (wanted.has(batch)) out.set(batch, rows);
    if (batch >= last) break;
  }
  return out;
}

/** One CSV file: the UCI header, then one line per row (no field needs quoting). */
export function toCsv(rows: readonly Row[]): string {
  const lines = [COLUMNS.join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.udi,
        r.productId,
        r.type,
        r.airK.toFixed(1),
        r.processK.toFixed(1),
        r.speedRpm,
        r.torqueNm.toFixed(1),
        r.wearMin,
        r.failure,
        r.twf,
        r.hdf,
        r.pwf,
        r.osf,
        r.rnf,
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Counts for a batch, for the generator's log line and the README. */
export function summarize(rows: readonly Row[]) {
  const n = rows.length;
  const count = (f: (r: Row) => boolean) => rows.reduce((s, r) => s + (f(r) ? 1 : 0), 0);
  return {
    rows: n,
    failures: count((r) => r.failure === 1),
    TWF: count((r) => r.twf === 1),
    HDF: count((r) => r.hdf === 1),
    PWF: count((r) => r.pwf === 1),
    OSF: count((r) => r.osf === 1),
    RNF: count((r) => r.rnf === 1),
    types: { L: count((r) => r.type === 'L'), M: count((r) => r.type === 'M'), H: count((r) => r.type === 'H') },
  };
}
