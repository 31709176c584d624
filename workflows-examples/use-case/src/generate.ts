/**
 * generate — simulated milling-machine data (AI4I 2020 process), one CSV file per batch.
 * Run: node workflows-examples/use-case/src/generate.ts --out data --batch 1-2 --scenario seasonal
 */
import { intOption, parseCli, requireOption, runCli } from './cli.ts';
import { MAX_ROWS_PER_BATCH, parseBatchSpec, parseScenario, writeBatches } from './generator.ts';
import { SCENARIO_DESCRIPTIONS, SCENARIOS } from './process.ts';

const USAGE = `
generate.ts — simulated predictive-maintenance data (the AI4I 2020 process), one CSV per batch

  --out DIR          folder to write batch-NNNN.csv files into (created if missing)     required
  --batch SPEC       which batches: 3, 1-4 or 1,3 (batch k continues where k-1 ended)  default 1
  --rows N           rows per batch                                                    default 10000
  --scenario NAME    drift scenario, applied from --drift-start on                     default none
  --drift-start K    first batch the scenario changes                                   default 2
  --seed S           32-bit integer seed; same seed, same data, on every machine       default 42

Scenarios:
${SCENARIOS.map((s) => `  ${s.padEnd(15)}${SCENARIO_DESCRIPTIONS[s]}`).join('\n')}
`;

runCli(USAGE, async () => {
  const { values } = parseCli(process.argv.slice(2), {
    out: { type: 'string' },
    batch: { type: 'string' },
    rows: { type: 'string' },
    scenario: { type: 'string' },
    'drift-start': { type: 'string' },
    seed: { type: 'string' },
  });
  const out = requireOption('out', values.out, 'folder');
  const written = await writeBatches({
    out,
    batches: parseBatchSpec(values.batch ?? '1'),
    rowsPerBatch: intOption('rows', values.rows, 10_000, 1, MAX_ROWS_PER_BATCH),
    scenario: parseScenario(values.scenario ?? 'none'),
    driftStart: intOption('drift-start', values['drift-start'], 2, 1),
    seed: intOption('seed', values.seed, 42, -(2 ** 31), 2 ** 31 - 1),
  });
  for (const w of written) {
    const s = w.summary;
    const pct = ((100 * s.failures) / s.rows).toFixed(1);
    console.log(
      `${w.path}: ${s.rows} rows, ${s.failures} failures (${pct} %: TWF ${s.TWF}, HDF ${s.HDF}, PWF ${s.PWF}, OSF ${s.OSF}, RNF ${s.RNF}), L/M/H ${s.types.L}/${s.types.M}/${s.types.H}`,
    );
  }
});
