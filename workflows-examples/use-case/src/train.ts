/**
 * train — trains the machine-failure classifier on CSV batches and writes the model, metrics.json,
 * params.json and predictions.csv. See trainer.ts for the files and README.md for the workflow lines.
 * Run: node workflows-examples/use-case/src/train.ts --data data --out model
 */
import { UserError } from '@mlops-actions/errors';
import { parseCli, requireOption, runCli } from './cli.ts';
import { checkParam, DEFAULT_PARAMS, readParamsFile, train, type TrainParams } from './trainer.ts';

const D = DEFAULT_PARAMS;
const USAGE = `
train.ts — train the machine-failure classifier (random forest) on CSV batches

  --data PATH            folder of *.csv batches, or a CSV file; repeat for more        required
  --out DIR              folder for model.json, model-meta.json, metrics.json,
                         params.json, predictions.csv                                   required
  --name NAME            model name written into model-meta.json           default machine-failure
  --params FILE          YAML/JSON file of parameters (keys as in params.json); flags override it
  --trees N              number of trees                                   default ${D.trees}
  --max-depth N          maximum tree depth                                default ${D.max_depth}
  --min-samples-split N  smallest node that is split                       default ${D.min_samples_split}
  --min-samples-leaf N   smallest leaf                                     default ${D.min_samples_leaf}
  --max-features F       features tried per split: sqrt, all or a fraction default ${D.max_features}
  --max-bins N           quantile bins per feature (2-4096)               default ${D.max_bins}
  --class-weight W       none or balanced                                  default ${D.class_weight}
  --threshold T          probability from which a failure is predicted     default ${D.threshold}
  --seed S               seed of the split and the forest                  default ${D.seed}
  --test-size F          share of each file and class held out             default ${D.test_size}
  --baseline-model DIR   also score this model (e.g. the champion) on the held-out rows:
                         adds baseline columns to predictions.csv and writes baseline-metrics.json
  --break                write a deliberately broken model.json (loads, fails its self-test):
                         the demo's rollback scenario
`;

const FLAGS: [flag: string, key: keyof TrainParams][] = [
  ['trees', 'trees'],
  ['max-depth', 'max_depth'],
  ['min-samples-split', 'min_samples_split'],
  ['min-samples-leaf', 'min_samples_leaf'],
  ['max-features', 'max_features'],
  ['max-bins', 'max_bins'],
  ['class-weight', 'class_weight'],
  ['threshold', 'threshold'],
  ['seed', 'seed'],
  ['test-size', 'test_size'],
];

runCli(USAGE, async () => {
  const { values } = parseCli(process.argv.slice(2), {
    data: { type: 'string', multiple: true },
    out: { type: 'string' },
    name: { type: 'string' },
    params: { type: 'string' },
    'baseline-model': { type: 'string' },
    break: { type: 'boolean' },
    ...Object.fromEntries(FLAGS.map(([flag]) => [flag, { type: 'string' as const }])),
  });
  const v = values as Record<string, string | string[] | boolean | undefined>;
  const data = (values.data ?? []) as string[];
  if (data.length === 0) throw new UserError('--data is required', { fix: 'Pass --data <folder of CSV batches>' });
  const out = requireOption('out', values.out, 'folder');
  const params: TrainParams = { ...DEFAULT_PARAMS, ...(values.params ? await readParamsFile(values.params) : {}) };
  for (const [flag, key] of FLAGS) {
    const value = v[flag];
    if (typeof value === 'string') (params as unknown as Record<string, unknown>)[key] = checkParam(key, value, { flag });
  }
  const name = values.name ?? 'machine-failure';
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new UserError(`--name must be letters, digits, '.', '_' or '-', not '${name}'`);

  const r = await train({
    data,
    out,
    name,
    params,
    baselineModel: values['baseline-model'],
    break: values.break,
    log: (l) => console.log(l),
  });
  const fmt = (m: Record<string, number>) =>
    Object.entries(m)
      .map(([k, x]) => `${k} ${x.toFixed(4)}`)
      .join(', ');
  console.log(`held-out metrics: ${fmt({ ...r.metrics })}`);
  if (r.baselineMetrics) console.log(`baseline on the same rows: ${fmt({ ...r.baselineMetrics })}`);
  console.log(
    `trained in ${r.seconds.train.toFixed(2)} s (read ${r.seconds.read.toFixed(2)} s, total ${r.seconds.total.toFixed(2)} s); wrote ${r.files.join(', ')}`,
  );
});
