import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  COLUMNS,
  generateBatches,
  PROCESS,
  SCENARIOS,
  toCsv,
  type Row,
  type Scenario,
} from '../../../workflows-examples/use-case/src/process.ts';

const gen = (scenario: Scenario, batches: number[], rowsPerBatch = 5000, seed = 42, driftStart = 2) =>
  generateBatches({ seed, rowsPerBatch, scenario, driftStart }, batches);

/** Parses the CSV the generator writes back into records keyed by column name (as a reader would). */
function parse(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv.trimEnd().split('\n');
  const cols = header!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, v])));
}

const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
const sd = (a: number[]) => {
  const m = mean(a);
  return Math.sqrt(a.reduce((s, v) => s + (v - m) ** 2, 0) / a.length);
};

describe('generator: determinism', () => {
  it('writes the same bytes for the same seed, on every machine (golden digest)', () => {
    const csv = toCsv(gen('none', [1], 1000).get(1)!);
    // Computed once; a change here means the data of every existing seed changed: say so in the changelog.
    expect(createHash('sha256').update(csv).digest('hex')).toBe('3f03f2a8d6f372e460d5845fa8f5a36eecf02ecbc5c1d7d2eefadeb920f316e7');
    expect(csv.split('\n')[1]).toBe('1,L47181,L,303.0,314.7,1693,26.2,0,0,0,0,0,0,0');
  });

  it('gives batch k alone exactly as within a longer run, and continues UDI across batches', () => {
    const alone = gen('seasonal', [3], 2000).get(3)!;
    const all = gen('seasonal', [1, 2, 3], 2000);
    expect(toCsv(alone)).toBe(toCsv(all.get(3)!));
    expect(all.get(1)![0]!.udi).toBe(1);
    expect(all.get(2)![0]!.udi).toBe(2001);
    expect(alone.at(-1)!.udi).toBe(6000);
  });

  it('gives different data for another seed', () => {
    expect(toCsv(gen('none', [1], 500, 1).get(1)!)).not.toBe(toCsv(gen('none', [1], 500, 2).get(1)!));
  });

  it('writes the UCI header, brackets and spaces included', () => {
    const csv = toCsv(gen('none', [1], 10).get(1)!);
    expect(csv.split('\n')[0]).toBe(
      'UDI,Product ID,Type,Air temperature [K],Process temperature [K],Rotational speed [rpm],Torque [Nm],Tool wear [min],Machine failure,TWF,HDF,PWF,OSF,RNF',
    );
    expect(COLUMNS).toHaveLength(14);
  });
});

/** Checks every failure flag of every row against its published rule, from the CSV values. */
function checkRules(records: Record<string, string>[], torqueOffset: number) {
  const limit: Record<string, number> = { L: 11000, M: 12000, H: 13000 };
  const inc: Record<string, number> = { L: 2, M: 3, H: 5 };
  const problems: string[] = [];
  records.forEach((r, i) => {
    const air = Number(r['Air temperature [K]']);
    const proc = Number(r['Process temperature [K]']);
    const speed = Number(r['Rotational speed [rpm]']);
    // The failure physics act on the true torque; a faulty sensor only changes what is written.
    const torque = Number(r['Torque [Nm]']) - torqueOffset;
    const wear = Number(r['Tool wear [min]']);
    const type = r['Type']!;
    const power = (torque * speed * 2 * Math.PI) / 60;
    const expectHdf = Math.round((proc - air) * 10) < 86 && speed < 1380;
    const expectPwf = power < 3500 || power > 9000;
    const expectOsf = Math.round(wear * torque * 10) > limit[type]! * 10;
    const flags = { TWF: r['TWF'] === '1', HDF: r['HDF'] === '1', PWF: r['PWF'] === '1', OSF: r['OSF'] === '1', RNF: r['RNF'] === '1' };
    if (flags.HDF !== expectHdf) problems.push(`row ${i}: HDF ${flags.HDF} but ΔT ${(proc - air).toFixed(1)} K, ${speed} rpm`);
    if (flags.PWF !== expectPwf) problems.push(`row ${i}: PWF ${flags.PWF} but power ${power.toFixed(0)} W`);
    if (flags.OSF !== expectOsf) problems.push(`row ${i}: OSF ${flags.OSF} but strain ${(wear * torque).toFixed(0)} (${type})`);
    if (flags.TWF && !(wear >= 200 && wear < 245)) problems.push(`row ${i}: TWF at wear ${wear}`);
    const any = Object.values(flags).some(Boolean);
    if ((r['Machine failure'] === '1') !== any)
      problems.push(`row ${i}: Machine failure ${r['Machine failure']} but flags ${JSON.stringify(flags)}`);
    // Tool wear: grows by the product's minutes, or restarts at 0 after a tool's end of life.
    const next = records[i + 1];
    if (next) {
      const nextWear = Number(next['Tool wear [min]']);
      if (nextWear !== wear + inc[type]! && !(nextWear === 0 && wear >= 200))
        problems.push(`row ${i}: wear ${wear} (${type}) → ${nextWear}`);
      if (flags.TWF && nextWear !== 0) problems.push(`row ${i}: TWF but the tool was not replaced`);
    }
  });
  return problems;
}

describe('generator: the failure rules explain every flag', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario}: each flag matches its rule, Machine failure is their OR`, () => {
      const batches = gen(scenario, [1, 2], 10_000);
      for (const b of [1, 2]) {
        const offset = scenario === 'torque-offset' && b >= 2 ? PROCESS.torqueSensorOffsetNm : 0;
        const records = parse(toCsv(batches.get(b)!));
        expect(checkRules(records, offset).slice(0, 5)).toEqual([]);
      }
    });
  }

  it('produces every failure mode at rates near the UCI file (10,000 rows: TWF 46, HDF 115, PWF 95, OSF 98, RNF 19)', () => {
    const rows = gen('none', [1, 2, 3], 10_000);
    const all = [...rows.values()].flat();
    const per10k = (f: (r: Row) => number) => (all.reduce((s, r) => s + f(r), 0) / all.length) * 10_000;
    expect(per10k((r) => r.twf)).toBeGreaterThan(25);
    expect(per10k((r) => r.twf)).toBeLessThan(80);
    expect(per10k((r) => r.hdf)).toBeGreaterThan(60);
    expect(per10k((r) => r.hdf)).toBeLessThan(200);
    expect(per10k((r) => r.pwf)).toBeGreaterThan(60);
    expect(per10k((r) => r.pwf)).toBeLessThan(140);
    expect(per10k((r) => r.osf)).toBeGreaterThan(60);
    expect(per10k((r) => r.osf)).toBeLessThan(150);
    // 0.1 % of 30,000 rows: 30 expected, sd ≈ 5.5.
    const rnf = all.reduce((s, r) => s + r.rnf, 0);
    expect(rnf).toBeGreaterThan(12);
    expect(rnf).toBeLessThan(50);
    // Tool ends: both failures (TWF) and replacements in time happen.
    const ends = all.filter((r, i) => all[i + 1]?.wearMin === 0 && r.wearMin >= 200);
    const failed = ends.filter((r) => r.twf === 1).length;
    expect(failed / ends.length).toBeGreaterThan(0.25);
    expect(failed / ends.length).toBeLessThan(0.6);
  });
});

describe('generator: distributions', () => {
  const rows = [...gen('none', [1, 2], 10_000).values()].flat();

  it('draws L/M/H at 50/30/20 %', () => {
    const share = (t: string) => rows.filter((r) => r.type === t).length / rows.length;
    expect(share('L')).toBeCloseTo(0.5, 1);
    expect(share('M')).toBeCloseTo(0.3, 1);
    expect(share('H')).toBeCloseTo(0.2, 1);
    expect(Math.abs(share('H') - 0.2)).toBeLessThan(0.01);
  });

  it('keeps air around 300 K (sd 2), process = air + 10 K (sd 1), torque 40 ± 10 Nm never below 3, speed near 1,540 rpm', () => {
    const air = rows.map((r) => r.airK);
    const diff = rows.map((r) => r.processK - r.airK);
    const torque = rows.map((r) => r.torqueNm);
    const speed = rows.map((r) => r.speedRpm);
    expect(Math.abs(mean(air) - 300)).toBeLessThan(0.3);
    expect(Math.abs(sd(air) - 2)).toBeLessThan(0.3);
    expect(Math.abs(mean(diff) - 10)).toBeLessThan(0.2);
    expect(Math.abs(sd(diff) - 1)).toBeLessThan(0.15);
    expect(Math.abs(mean(torque) - 40)).toBeLessThan(0.5);
    expect(Math.abs(sd(torque) - 10)).toBeLessThan(0.5);
    expect(Math.min(...torque)).toBeGreaterThanOrEqual(3);
    expect(Math.abs(mean(speed) - 1540)).toBeLessThan(30);
    expect(Math.abs(sd(speed) - 180)).toBeLessThan(30);
  });

  it('makes the temperatures walk: neighbouring rows are close, distant rows are not', () => {
    const air = rows.map((r) => r.airK);
    const lagCorr = (lag: number) => {
      const a = air.slice(0, -lag);
      const b = air.slice(lag);
      const ma = mean(a);
      const mb = mean(b);
      return a.reduce((s, v, i) => s + (v - ma) * (b[i]! - mb), 0) / (a.length * sd(a) * sd(b));
    };
    expect(lagCorr(1)).toBeGreaterThan(0.9);
    expect(Math.abs(lagCorr(500))).toBeLessThan(0.1);
  });

  it('lets speed fall as torque rises (power drive)', () => {
    const t = rows.map((r) => r.torqueNm);
    const s = rows.map((r) => r.speedRpm);
    const mt = mean(t);
    const ms = mean(s);
    const corr = t.reduce((acc, v, i) => acc + (v - mt) * (s[i]! - ms), 0) / (t.length * sd(t) * sd(s));
    expect(corr).toBeLessThan(-0.8);
  });
});

describe('generator: the scenarios shift what they say, and nothing else', () => {
  const none = gen('none', [1, 2], 5000);
  const sameColumns = (a: Row[], b: Row[], keys: (keyof Row)[]) => keys.filter((k) => a.some((r, i) => r[k] !== b[i]![k]));

  it('leaves batch 1 (before --drift-start) identical in every scenario', () => {
    for (const s of SCENARIOS) expect(toCsv(gen(s, [1], 5000).get(1)!)).toBe(toCsv(none.get(1)!));
  });

  it('respects --drift-start', () => {
    expect(toCsv(gen('seasonal', [2], 5000, 42, 3).get(2)!)).toBe(toCsv(none.get(2)!));
    expect(toCsv(gen('seasonal', [3], 5000, 42, 3).get(3)!)).not.toBe(toCsv(gen('none', [3], 5000).get(3)!));
  });

  it('seasonal: air +4 K and process +3 K on every row, the rest unchanged, more heat failures', () => {
    const a = none.get(2)!;
    const b = gen('seasonal', [2], 5000).get(2)!;
    b.forEach((r, i) => {
      expect(Math.abs(r.airK - a[i]!.airK - 4)).toBeLessThanOrEqual(0.1 + 1e-9);
      expect(Math.abs(r.processK - a[i]!.processK - 3)).toBeLessThanOrEqual(0.1 + 1e-9);
    });
    expect(sameColumns(a, b, ['type', 'speedRpm', 'torqueNm', 'wearMin', 'pwf', 'osf', 'twf', 'rnf'])).toEqual([]);
    const hdf = (rows: Row[]) => rows.filter((r) => r.hdf).length;
    expect(hdf(b)).toBeGreaterThan(2 * hdf(a));
  });

  it('product-mix: L/M/H become 20/30/50 %, the measurements unchanged', () => {
    const a = none.get(2)!;
    const b = gen('product-mix', [2], 5000).get(2)!;
    const share = (rows: Row[], t: string) => rows.filter((r) => r.type === t).length / rows.length;
    expect(Math.abs(share(b, 'L') - 0.2)).toBeLessThan(0.02);
    expect(Math.abs(share(b, 'M') - 0.3)).toBeLessThan(0.02);
    expect(Math.abs(share(b, 'H') - 0.5)).toBeLessThan(0.02);
    expect(sameColumns(a, b, ['airK', 'processK', 'speedRpm', 'torqueNm'])).toEqual([]);
    // More H products wear tools faster.
    expect(mean(b.map((r) => r.wearMin))).not.toBe(mean(a.map((r) => r.wearMin)));
  });

  it('torque-offset: the written torque is exactly 5 Nm higher, the machine and its failures unchanged', () => {
    const a = none.get(2)!;
    const b = gen('torque-offset', [2], 5000).get(2)!;
    b.forEach((r, i) => expect(Math.round((r.torqueNm - a[i]!.torqueNm) * 10)).toBe(50));
    expect(sameColumns(a, b, ['type', 'airK', 'processK', 'speedRpm', 'wearMin', 'failure', 'twf', 'hdf', 'pwf', 'osf', 'rnf'])).toEqual(
      [],
    );
  });
});
