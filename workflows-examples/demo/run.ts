/**
 * The local end-to-end demo of the MLOps level-2 loop (`npm run demo`).
 *
 * Every action runs as its bundle (actions/<name>/dist), invoked as the GitHub runner invokes it by the
 * suite's local runner (`mlops run`: INPUT_* variables, file commands, an event payload, post steps),
 * on the embedded defaults: a `file:` registry and a local training cache inside the workspace, the
 * `directory` deploy target with the real model server of the use case, no network, no GitHub account.
 *
 * The story, on the predictive-maintenance use case (workflows-examples/use-case):
 *   1. batch 1 arrives → hash → gate (no champion) → train → validate → register → deploy: healthy
 *   2. batch 2 arrives, with a seasonal drift → drift-report finds it → gate: retrain (data changed,
 *      drift) → train → validate against the champion (the PR comment goes to a file) → register →
 *      deploy
 *   3. a deliberately broken candidate → deploy → health check fails → automatic rollback
 *   4. the retraining job runs again with unchanged inputs → the training cache is hit, no training
 *
 *   node workflows-examples/demo/run.ts [--out DIR] [--rows N] [--json]
 *
 * It prints a timeline and writes everything (workspace, registry, serving folder, reports, the PR
 * comment, the step logs, summary.json) to one folder that it names at the end.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runAction, type StepRun } from '../../packages/cli/src/run-action.ts';

const repo = resolve(import.meta.dirname, '..', '..');
const useCase = join(repo, 'workflows-examples', 'use-case');
const MODEL = 'machine-failure';

const { values: args } = parseArgs({
  options: { out: { type: 'string' }, rows: { type: 'string', default: '10000' }, json: { type: 'boolean', default: false } },
});
const rows = Number(args.rows);
if (!Number.isInteger(rows) || rows < 500) throw new Error(`--rows must be an integer of at least 500, got ${args.rows}`);
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const out = resolve(args.out ?? join(repo, 'demo-output', stamp));
const ws = join(out, 'workspace');
const serving = join(out, 'serving');
const logs = join(out, 'logs');

/** Columns that are identifiers or outcomes, not inputs of the model: left out of drift checks. */
const NOT_FEATURES = ['UDI', 'Product ID', 'Machine failure', 'TWF', 'HDF', 'PWF', 'OSF', 'RNF'].join('\n');
const RULES = `
roc_auc:   { min: 0.90, max_drop: 0.01 }
recall:    { min: 0.50, max_drop: 0.05, significant: true }
precision: { min: 0.60 }
`;

interface Stage {
  round: string;
  name: string;
  startMs: number;
  ms: number;
  result: string;
}
const t0 = performance.now();
const stages: Stage[] = [];
const outcomes: Record<string, unknown> = {};
let round = '';
let stepNo = 0;

function say(line: string): void {
  if (!args.json) console.log(line);
}

async function stage<T>(name: string, fn: () => Promise<T> | T, describe: (v: T) => string): Promise<T> {
  const start = performance.now();
  const value = await fn();
  const ms = performance.now() - start;
  const result = describe(value);
  stages.push({ round, name, startMs: start - t0, ms, result });
  say(`  ${(ms / 1000).toFixed(2).padStart(6)} s  ${name.padEnd(28)} ${result}`);
  return value;
}

/**
 * A local run, as `mlops run` makes one: the runner's file commands and variables, but not on GitHub (no
 * GITHUB_ACTIONS, no token), so every action takes its embedded defaults. Variables of a job this demo
 * may itself run in (a CI job running the test suite) are dropped so that they cannot reach the actions.
 */
for (const name of Object.keys(process.env)) if (/^(GITHUB_|RUNNER_|ACTIONS_)/.test(name)) delete process.env[name];

type Inputs = Record<string, string | undefined>;
/** One step's run, with its readable log; `post` runs the action's post step (train-gate) when the job would. */
interface Step extends StepRun {
  log: string;
  post: () => Promise<Step | undefined>;
}

/** Runs one of our actions with `mlops run`'s runner; its log goes to logs/, its failure stops the demo unless expected. */
async function step(action: string, inputs: Inputs, o: { mayFail?: boolean; event?: string } = {}): Promise<Step> {
  let sink: string[] = [];
  const run = await runAction({
    action,
    workspace: ws,
    runnerTemp: join(out, 'runner-temp'),
    with: Object.fromEntries(Object.entries(inputs).filter((e): e is [string, string] => e[1] !== undefined)),
    env: o.event ? { GITHUB_EVENT_NAME: o.event } : {},
    // Post steps run when the demo says so, as at the end of a job.
    deferPost: true,
    print: (line) => sink.push(line),
  });
  const finish = (r: StepRun, lines: string[], suffix: string, mayFail: boolean): Step => {
    const n = String(++stepNo).padStart(2, '0');
    const log = lines.join('\n');
    writeFileSync(join(logs, `${n}-${action}${suffix}.log`), `${log}\n`);
    if (r.summary) writeFileSync(join(logs, `${n}-${action}${suffix}.summary.md`), r.summary);
    if (r.exitCode !== 0 && !mayFail) {
      const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
      throw new Error(`${action}${suffix} failed: ${errors.join('; ') || log.slice(-2000)}`);
    }
    return {
      ...r,
      log,
      post: async () => {
        sink = [];
        const p = await run.runPost?.(r.exitCode !== 0);
        return p && finish(p, sink, '-post', false);
      },
    };
  };
  return finish(run.main, sink, '', o.mayFail ?? false);
}

/** Runs a use-case tool (generator, trainer) from the workspace, as a workflow's `run:` step would. */
function tool(script: string, toolArgs: string[]): void {
  const r = spawnSync(process.execPath, [join(ws, 'trainer', 'src', script), ...toolArgs], { cwd: ws, encoding: 'utf8' });
  const n = String(++stepNo).padStart(2, '0');
  writeFileSync(join(logs, `${n}-${script.replace(/\.ts$/, '')}.log`), `${r.stdout}${r.stderr}`);
  if (r.status !== 0) throw new Error(`${script} ${toolArgs.join(' ')} failed:\n${r.stderr}`);
}

const json = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;

/** The model server of the use case, serving whatever `serving/current` points at. */
async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(ws, 'trainer', 'src', 'serve.ts'), '--dir', serving, '--port', '0', '--host', '127.0.0.1'], {
    cwd: ws,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((ok, fail) => {
    let text = '';
    const timer = setTimeout(() => fail(new Error(`the model server did not start: ${text}`)), 30_000);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      text += d;
      const m = /listening on (http:\/\/\S+)/.exec(text);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (text += d));
    child.on('exit', (code) => fail(new Error(`the model server exited (${code}): ${text}`)));
  });
  return { url, child };
}

async function served(url: string): Promise<string> {
  const r = await fetch(`${url}/health`);
  const body = (await r.json()) as { version?: string };
  return `${r.status} ${body.version ?? '-'}`;
}

function setUp(): void {
  rmSync(out, { recursive: true, force: true });
  for (const d of [ws, serving, logs, join(out, 'runner-temp'), join(out, 'reports')]) mkdirSync(d, { recursive: true });
  // The workspace stands for the team's repository: the trainer's code, its params, the data folder.
  cpSync(join(useCase, 'src'), join(ws, 'trainer', 'src'), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(ws, 'node_modules'));
  cpSync(join(repo, 'workflows-examples', 'params.yaml'), join(ws, 'params.yaml'));
  mkdirSync(join(ws, 'data'));
}

/** hash → gate → (train) → post-gate; returns the gate's result. */
async function hashAndGate(label: string, gateInputs: Inputs = {}, baseline?: string): Promise<{ data: Step; gate: Step }> {
  const data = await stage(
    'data-hash',
    () => step('data-hash', { path: 'data', manifest: join(out, 'reports', `manifest-${label}.json`), ...(baseline ? { baseline } : {}) }),
    (r) =>
      `${r.outputs['files']} files, ${r.outputs['hash']!.slice(0, 19)}…${baseline ? `, changed=${r.outputs['changed']} (+${r.outputs['added']} ~${r.outputs['modified']})` : ''}`,
  );
  const gate = await stage(
    'train-gate',
    () =>
      step('train-gate', {
        'data-manifest': data.outputs['manifest'],
        code: 'trainer/src/**/*.ts\n!trainer/src/serve*.ts',
        params: 'params.yaml',
        model: MODEL,
        'cache-path': 'model',
        'cache-dir': '.mlops/cache',
        ...gateInputs,
      }),
    (r) => `should-train=${r.outputs['should-train']} ${r.outputs['reasons']}`,
  );
  return { data, gate };
}

async function trainAndRelease(label: string, data: Step, gate: Step, o: { broken?: boolean; baselineModel?: string } = {}) {
  const outDir = o.broken ? 'model-broken' : 'model';
  if (gate.outputs['should-train'] === 'true' || o.broken) {
    await stage(
      o.broken ? 'train (broken export)' : 'train',
      () =>
        tool('train.ts', [
          '--data',
          'data',
          '--out',
          outDir,
          '--params',
          'params.yaml',
          ...(o.baselineModel ? ['--baseline-model', o.baselineModel] : []),
          ...(o.broken ? ['--break'] : []),
        ]),
      () => {
        const m = json(join(ws, outDir, 'metrics.json'));
        return `roc_auc ${Number(m['roc_auc']).toFixed(3)}, recall ${Number(m['recall']).toFixed(3)}`;
      },
    );
    if (!o.broken)
      await stage(
        'train-gate (post)',
        () => gate.post(),
        (r) => (r && /Saved/.test(r.log) ? 'training saved to the cache' : 'nothing saved'),
      );
  }
  const validate = await stage(
    'validate-metrics',
    () =>
      step('validate-metrics', {
        metrics: `${outDir}/metrics.json`,
        baseline: 'registry',
        model: MODEL,
        rules: RULES,
        params: 'params.yaml',
        'data-manifest': data.outputs['manifest'],
        ...(existsSync(join(ws, outDir, 'predictions.csv')) && o.baselineModel ? { predictions: `${outDir}/predictions.csv` } : {}),
        'report-dir': join(out, 'reports', `validation-${label}`),
        comment: 'never',
      }),
    (r) => `passed=${r.outputs['passed']}, failed checks ${r.outputs['failed-checks']}`,
  );
  // The markdown a pull request would carry as its sticky comment.
  cpSync(validate.outputs['markdown']!, join(out, 'reports', `pr-comment-${label}.md`));
  const profile = await stage(
    'drift-report (profile)',
    () =>
      step('drift-report', {
        mode: 'profile',
        current: 'data/*.csv',
        'exclude-columns': NOT_FEATURES,
        'upload-artifact': 'false',
        'report-dir': join(out, 'reports', `profile-${label}`),
      }),
    () => 'reference profile of data/*.csv',
  );
  const register = await stage(
    'register-model',
    () =>
      step('register-model', {
        name: MODEL,
        path: outDir,
        metrics: `${outDir}/metrics.json`,
        params: 'params.yaml',
        'data-manifest': data.outputs['manifest'],
        'validation-report': validate.outputs['report'],
        'reference-profile': profile.outputs['profile'],
        fingerprint: gate.outputs['fingerprint-parts'],
        alias: 'candidate',
      }),
    (r) => `${MODEL}@${r.outputs['version']} (alias candidate)`,
  );
  return { validate, register };
}

async function deploy(url: string, mayFail = false): Promise<Step> {
  return stage(
    'deploy production',
    () =>
      step(
        'deploy',
        {
          model: MODEL,
          alias: 'candidate',
          environment: 'production',
          target: 'directory',
          'serving-dir': serving,
          'health-url': `${url}/health`,
          'health-expect': 'version',
          'health-timeout': '4s',
          'smoke-url': `${url}/predict`,
          'smoke-input':
            '{"rows": [{"Type": "L", "Air temperature [K]": 300, "Process temperature [K]": 310, "Rotational speed [rpm]": 1500, "Torque [Nm]": 40, "Tool wear [min]": 100}]}',
        },
        { mayFail },
      ),
    (r) =>
      `${r.outputs['status']} ${r.outputs['version']}${r.outputs['previous-version'] ? ` (previous ${r.outputs['previous-version']})` : ''}`,
  );
}

async function main(): Promise<void> {
  setUp();
  say(`MLOps Actions demo: ${rows} rows per batch; every action runs as its bundle, as the runner runs it.\n`);
  const server = await startServer();
  try {
    // Round 1: the first batch; there is no model yet.
    round = '1 first model';
    say('Round 1: batch 1 arrives; there is no model yet');
    const newData1 = performance.now();
    await stage(
      'new data: batch 1',
      () => tool('generate.ts', ['--out', 'data', '--batch', '1', '--rows', String(rows), '--scenario', 'seasonal']),
      () => 'data/batch-0001.csv',
    );
    const r1 = await hashAndGate('1');
    const rel1 = await trainAndRelease('1', r1.data, r1.gate);
    const d1 = await deploy(server.url);
    const health1 = await stage(
      'model server /health',
      () => served(server.url),
      (s) => s,
    );
    outcomes['round1'] = {
      reasons: JSON.parse(r1.gate.outputs['reasons']!),
      passed: rel1.validate.outputs['passed'],
      version: rel1.register.outputs['version'],
      deploy: d1.outputs['status'],
      health: health1,
      minutesToDeploy: (performance.now() - newData1) / 60e3,
    };

    // Round 2: new data with a seasonal drift; monitoring finds it and retraining follows.
    round = '2 drift and retraining';
    say('\nRound 2: batch 2 arrives with a seasonal temperature rise');
    const newData2 = performance.now();
    await stage(
      'new data: batch 2',
      () => tool('generate.ts', ['--out', 'data', '--batch', '2', '--rows', String(rows), '--scenario', 'seasonal']),
      () => 'data/batch-0002.csv (summer)',
    );
    const drift = await stage(
      'drift-report',
      () =>
        step(
          'drift-report',
          {
            reference: 'registry',
            model: MODEL,
            current: 'data/batch-0002.csv',
            'exclude-columns': NOT_FEATURES,
            // Six feature columns: two of them drifting is enough to retrain.
            'drift-share': '0.3',
            'upload-artifact': 'false',
            'report-dir': join(out, 'reports', 'drift'),
          },
          { event: 'schedule' },
        ),
      (r) => `drift=${r.outputs['drift']}, share ${Number(r.outputs['share']).toFixed(2)}, columns ${r.outputs['drifted-columns']}`,
    );
    const r2 = await hashAndGate('2', { drift: drift.outputs['drift'] }, join(out, 'reports', 'manifest-1.json'));
    // The champion, as served, scored on the candidate's held-out rows: a paired comparison.
    const rel2 = await trainAndRelease('2', r2.data, r2.gate, { baselineModel: join(serving, 'current') });
    const d2 = await deploy(server.url);
    const health2 = await stage(
      'model server /health',
      () => served(server.url),
      (s) => s,
    );
    const minutesToDeploy = (performance.now() - newData2) / 60e3;
    outcomes['round2'] = {
      drift: drift.outputs['drift'],
      driftedColumns: JSON.parse(drift.outputs['drifted-columns'] ?? '[]'),
      reasons: JSON.parse(r2.gate.outputs['reasons']!),
      passed: rel2.validate.outputs['passed'],
      version: rel2.register.outputs['version'],
      deploy: d2.outputs['status'],
      health: health2,
      minutesToDeploy,
    };

    // Round 3: a broken export reaches deployment; the health check catches it and deploy rolls back.
    round = '3 broken candidate';
    say('\nRound 3: a broken model export is registered and deployed');
    const rel3 = await trainAndRelease('3', r2.data, r2.gate, { broken: true });
    const d3 = await deploy(server.url, true);
    const health3 = await stage(
      'model server /health',
      () => served(server.url),
      (s) => s,
    );
    outcomes['round3'] = {
      version: rel3.register.outputs['version'],
      deploy: d3.outputs['status'],
      exitCode: d3.exitCode,
      health: health3,
      error: d3.annotations.find((a) => a.level === 'error')?.message,
    };

    // Round 4: the retraining job runs again with the same data, code and params.
    round = '4 rerun';
    say('\nRound 4: the retraining job runs again with unchanged inputs');
    rmSync(join(ws, 'model'), { recursive: true, force: true });
    const r4 = await hashAndGate('4', { drift: drift.outputs['drift'] });
    outcomes['round4'] = {
      reasons: JSON.parse(r4.gate.outputs['reasons']!),
      shouldTrain: r4.gate.outputs['should-train'],
      cacheHit: r4.gate.outputs['cache-hit'],
      restored: existsSync(join(ws, 'model', 'model.json')),
    };
  } finally {
    server.child.kill('SIGTERM');
  }

  const total = (performance.now() - t0) / 1000;
  const trainMs = stages.filter((s) => s.name === 'train').map((s) => s.ms);
  const hitMs = stages.filter((s) => s.round === '4 rerun' && s.name === 'train-gate').map((s) => s.ms);
  outcomes['timeline'] = stages;
  outcomes['totalSeconds'] = total;
  outcomes['output'] = out;
  writeFileSync(join(out, 'summary.json'), `${JSON.stringify(outcomes, null, 2)}\n`);
  const r2 = outcomes['round2'] as { minutesToDeploy: number };
  say(`\nFrom new data (batch 2) to the retrained model deployed: ${(r2.minutesToDeploy * 60).toFixed(1)} s`);
  if (trainMs.length && hitMs.length && (outcomes['round4'] as { cacheHit: string }).cacheHit === 'true')
    say(`A cache hit replaced a ${(trainMs.at(-1)! / 1000).toFixed(1)} s training with a ${(hitMs[0]! / 1000).toFixed(1)} s gate.`);
  say(`Total: ${total.toFixed(1)} s. Everything is in ${relative(process.cwd(), out) || out}`);
  say('  the PR comments: reports/pr-comment-*.md, the drift report: reports/drift/report.html, step logs: logs/');
  if (args.json) console.log(JSON.stringify(outcomes));
}

await main();
