/**
 * `mlops run <action> --with k=v`: the local runner of the CLI package runs the bundled actions as the
 * GitHub runner does — inputs with their defaults, outputs, the job summary, the post step with the
 * main step's state — with a local registry and cache by default, and refuses bad input before it starts.
 * The commands run in the test's process (the CLI's main, test/harness/mlops-in-process.ts); a few go
 * through the bin in a child process (mlopsBin): a run of an action and of a job, exit codes 1 and 2, --help.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommand, parseFileCommand } from '../../../packages/cli/src/index.ts';
import { runMlopsInProcess } from '../../harness/mlops-in-process.ts';
import { repoRoot } from '../../harness/step-runner.ts';
import { tempDir } from '../../harness/temp.ts';

const bin = join(repoRoot, 'packages', 'cli', 'bin', 'mlops.js');

interface Result {
  status: number;
  stdout: string;
  stderr: string;
}

/** This process's environment outside GitHub Actions, plus `extra`. */
function localEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env['GITHUB_ACTIONS'];
  return env;
}

/** `mlops <args>` in `cwd`, in this process: main as bin/mlops.js calls it, the same exit code and output. */
async function mlops(cwd: string, ...args: string[]): Promise<Result> {
  const r = await runMlopsInProcess(args, { cwd, env: localEnv() });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
}

/** `mlops <args>` in `cwd` through the bin, a child process. */
function mlopsBin(cwd: string, ...args: string[]): Result {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: localEnv() });
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

async function workspace(): Promise<string> {
  const dir = await tempDir('mlops-cli-');
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'train.csv'), 'a,b\n1,2\n');
  writeFileSync(join(dir, 'data', 'test.csv'), 'a,b\n3,4\n');
  return dir;
}

describe('mlops run', () => {
  it('runs data-hash with --with and the defaults of the other inputs, printing outputs and the job summary', async () => {
    const ws = await workspace();
    const r = mlopsBin(ws, 'run', 'data-hash', '--with', 'path=data/', '--with', 'manifest=out/manifest.json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(ws, 'out', 'manifest.json'), 'utf8')) as { hash: string; algorithm?: string };
    expect(r.stdout).toMatch(new RegExp(`Outputs:\\n  hash +${manifest.hash}\\n  files +2\\n`));
    expect(r.stdout).toContain('Job summary (');
    expect(r.stdout).toContain('### Dataset hash');

    const json = await mlops(ws, 'run', 'data-hash', '--with', 'path=data/', '--json');
    const parsed = JSON.parse(json.stdout) as { inputs: Record<string, string>; outputs: Record<string, string>; exitCode: number };
    expect(parsed.exitCode).toBe(0);
    expect(parsed.outputs['hash']).toBe(manifest.hash);
    // Defaults from action.yml reach the action as the runner passes them.
    expect(parsed.inputs['algorithm']).toBe('sha256');
    expect(parsed.inputs['follow-symlinks']).toBe('false');
  });

  it('runs train-gate with its post step: the first run saves to the local cache, the second restores it', async () => {
    const ws = await workspace();
    const hash = JSON.parse((await mlops(ws, 'run', 'data-hash', '--with', 'path=data/', '--json')).stdout).outputs.hash as string;
    mkdirSync(join(ws, 'model'));
    writeFileSync(join(ws, 'model', 'weights.bin'), 'trained');
    const first = await mlops(ws, 'run', 'train-gate', '--with', `data-hash=${hash}`, '--with', 'cache-path=model');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/should-train +true/);
    expect(first.stdout).toMatch(/cache-hit +false/);
    expect(first.stdout).toContain('Post step: succeeded');
    expect(existsSync(join(ws, '.mlops', 'training-cache'))).toBe(true);

    writeFileSync(join(ws, 'model', 'weights.bin'), 'changed by hand');
    const second = await mlops(ws, 'run', 'train-gate', '--with', `data-hash=${hash}`, '--with', 'cache-path=model');
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/cache-hit +true/);
    expect(readFileSync(join(ws, 'model', 'weights.bin'), 'utf8')).toBe('trained');
  });

  it('fails the run as the step fails, with the error readable and the exit code of the step', async () => {
    const ws = await workspace();
    const r = mlopsBin(ws, 'run', 'data-hash', '--with', 'path=missing/');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^Error: .*missing/m);
    expect(r.stdout).toContain('failed (exit code 1)');
  });

  it.each([
    [['run', 'data-hash', '--with', 'pth=data'], "data-hash has no input 'pth'; its inputs: path,"],
    [['run', 'deploy'], "needs 'model', "],
    [['run', 'no-such-action'], "no action 'no-such-action'"],
    [['run', 'data-hash', '--with', 'path'], "--with 'path' is not key=value"],
    [['deploy-everything'], "unknown command 'deploy-everything'"],
  ])('refuses %j before running anything', async (args, message) => {
    const ws = await workspace();
    const r = await mlops(ws, ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it.each([[['run', '--help']], [['run', 'data-hash', '--help']], [['run', '-h']]])(
    '%j prints the usage and exits 0, running nothing',
    async (args) => {
      const ws = await workspace();
      const r = mlopsBin(ws, ...args);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('usage: mlops run <action> [--with key=value]');
      expect(existsSync(join(ws, '.mlops'))).toBe(false);
    },
  );
});

describe('mlops run <folder of an action.yml>', () => {
  it('masks what the action masks, shows annotations readably, passes state to the post step, obeys post-if', async () => {
    const ws = await workspace();
    const dir = join(ws, 'my-action');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'action.yml'),
      "name: probe\ndescription: d\ninputs:\n  token:\n    description: t\n    default: '${{ github.token }}'\n  fail:\n    description: f\n    default: 'false'\noutputs:\n  report:\n    description: r\nruns:\n  using: node24\n  main: main.js\n  post: post.js\n  post-if: success()\n",
    );
    writeFileSync(
      join(dir, 'main.js'),
      [
        "import { appendFileSync } from 'node:fs';",
        'const token = process.env.INPUT_TOKEN;',
        "console.log('::add-mask::' + token);",
        "console.log('using ' + token);",
        "console.log('::warning file=data/x.csv,line=4::odd%0Avalue');",
        "appendFileSync(process.env.GITHUB_OUTPUT, 'report<<EOF_1\\nline one\\nline two\\nEOF_1\\n');",
        "appendFileSync(process.env.GITHUB_STATE, 'started=yes\\n');",
        "if (process.env.INPUT_FAIL === 'true') process.exitCode = 1;",
      ].join('\n'),
    );
    writeFileSync(join(dir, 'post.js'), "console.log('post sees started=' + process.env.STATE_started);\n");
    const env = localEnv({ GITHUB_TOKEN: 'ghs_secretvalue123' });
    const r = await runMlopsInProcess(['run', './my-action'], { cwd: ws, env });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('ghs_secretvalue123');
    expect(r.stdout).toContain('using ***');
    expect(r.stdout).toContain('Warning: odd\nvalue (data/x.csv:4)');
    expect(r.stdout).toMatch(/Outputs:\n {2}report +line one\n +line two\n/);
    expect(r.stdout).toContain('post sees started=yes');

    const failed = await runMlopsInProcess(['run', './my-action', '--with', 'fail=true'], { cwd: ws, env });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain("Post step: skipped, post-if 'success()' is false");
    expect(failed.stdout).not.toContain('post sees');
  });
});

describe('mlops run <workflow> --job', () => {
  const workflow = `name: local
on:
  workflow_dispatch:
    inputs:
      force: { type: boolean, default: false }
env:
  DATA: data
jobs:
  train:
    runs-on: ubuntu-latest
    outputs:
      hash: \${{ steps.data.outputs.hash }}
      trained: \${{ steps.train.outputs.trained }}
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
      - id: data
        uses: mlops-actions/mlops-actions/actions/data-hash@v1
        with:
          path: \${{ env.DATA }}/
      - id: gate
        uses: mlops-actions/mlops-actions/actions/train-gate@v1
        with:
          data-hash: \${{ steps.data.outputs.hash }}
          force: \${{ inputs.force }}
          cache-path: model
      - id: train
        if: steps.gate.outputs.should-train == 'true'
        run: |
          mkdir -p model && echo "trained on $HASH" > model/weights.txt
          echo "trained=yes" >> "$GITHUB_OUTPUT"
        env:
          HASH: \${{ steps.data.outputs.hash }}
  broken:
    runs-on: ubuntu-latest
    steps:
      - run: exit 3
      - run: echo never
      - if: failure()
        run: echo cleaning up
`;

  it('runs a job: our actions as bundles, run: steps with bash, other actions skipped with a note, post steps at the end', async () => {
    const ws = await workspace();
    writeFileSync(join(ws, 'wf.yml'), workflow);
    const first = mlopsBin(ws, 'run', 'wf.yml', '--job', 'train');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(
      '○ actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 (skipped: not run locally: the workspace is the current directory)',
    );
    expect(first.stdout).toContain('✔ train');
    // train-gate's post step ran when the job ended, after the training step wrote model/.
    expect(first.stdout.indexOf('✔ Post gate')).toBeGreaterThan(first.stdout.indexOf('✔ train'));
    expect(first.stdout).toMatch(/Job outputs:\n {2}hash +sha256:[0-9a-f]{64}\n {2}trained +yes/);
    expect(readFileSync(join(ws, 'model', 'weights.txt'), 'utf8')).toMatch(/^trained on sha256:/);

    // The second run finds the training in the local cache: the gate says so and the training step is skipped.
    const second = await mlops(ws, 'run', 'wf.yml', '--job', 'train');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('○ train (skipped: its if: is false)');
    expect(second.stdout).toMatch(/trained +$/m);

    // --input reaches inputs.force (train-gate names it among its reasons).
    const forced = await mlops(ws, 'run', 'wf.yml', '--job', 'train', '--input', 'force=true');
    expect(forced.stdout).toMatch(/Decision: .*\bforced\b/);
    expect(second.stdout).not.toMatch(/Decision: .*\bforced\b/);
  });

  it('fails the job at a failing step, skips what follows but runs if: failure()', async () => {
    const ws = await workspace();
    writeFileSync(join(ws, 'wf.yml'), workflow);
    const r = await mlops(ws, 'run', 'wf.yml', '--job', 'broken');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✖ Run exit 3');
    expect(r.stdout).toContain('○ Run echo never (skipped: its if: is false)');
    expect(r.stdout).toContain('cleaning up');
    expect(r.stdout).toContain('job broken: failure');
    const missing = mlopsBin(ws, 'run', 'wf.yml', '--job', 'deploy');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("wf.yml has no job 'deploy'; its jobs: train, broken");
    // An empty file, or one that is a list: a clean error (exit 2), not a TypeError with a stack.
    for (const [name, text] of [
      ['empty.yml', ''],
      ['list.yml', '- jobs\n'],
    ]) {
      writeFileSync(join(ws, name!), text!);
      const notWorkflow = await mlops(ws, 'run', name!, '--job', 'x');
      expect(notWorkflow.status, notWorkflow.stderr).toBe(2);
      expect(notWorkflow.stderr).toContain(`${name} is not a workflow`);
      expect(notWorkflow.stderr).not.toMatch(/TypeError|\n\s+at /);
    }
  });
});

describe("the guide's 'Running everything locally' commands", () => {
  /** The `npx mlops …` lines of the section's sh blocks, as written. */
  function guideCommands(): string[] {
    const guide = readFileSync(join(repoRoot, 'action-docs', 'guide.md'), 'utf8');
    const section = guide.slice(
      guide.indexOf('## Running everything locally'),
      guide.indexOf('\n## ', guide.indexOf('## Running everything locally') + 5),
    );
    return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n')).filter((l) => l.startsWith('npx mlops '));
  }

  it('work as written on a project next to the checkout', async () => {
    const commands = guideCommands();
    expect(commands.length).toBeGreaterThanOrEqual(3);
    const parent = await tempDir('mlops-guide-');
    const project = join(parent, 'my-project');
    const here = join(parent, 'checkout');
    mkdirSync(join(project, 'data'), { recursive: true });
    mkdirSync(join(project, '.github', 'workflows'), { recursive: true });
    mkdirSync(here);
    writeFileSync(join(project, 'data', 'rows.csv'), 'x\n1\n');
    writeFileSync(
      join(project, '.github', 'workflows', 'train.yml'),
      `on:\n  workflow_dispatch:\n    inputs:\n      force: { type: boolean, default: false }\njobs:\n  train:\n    runs-on: ubuntu-latest\n    steps:\n      - id: data\n        uses: mlops-actions/mlops-actions/actions/data-hash@v1\n        with:\n          path: data/\n      - run: echo "force=\${{ inputs.force }} hash=\${{ steps.data.outputs.hash }}"\n`,
    );
    let hash = '';
    for (const line of commands) {
      const args = line
        .replace(/^npx mlops /, '')
        .replace('sha256:<the hash above>', hash)
        .split(/\s+/);
      const r = await mlops(here, ...args);
      expect({ line, status: r.status, stderr: r.stderr }).toEqual({ line, status: 0, stderr: '' });
      hash ||= /hash +(sha256:[0-9a-f]{64})/.exec(r.stdout)?.[1] ?? '';
      if (line.includes('--job')) expect(r.stdout).toContain(`force=true hash=${hash}`);
    }
    expect(hash).toMatch(/^sha256:/);
  });
});

describe('what the runner reads back', () => {
  it('parses workflow commands with escaped data and properties', () => {
    expect(parseCommand('::error file=a%2Cb.csv,line=3::bad%0Avalue 100%25')).toEqual({
      command: 'error',
      properties: { file: 'a,b.csv', line: '3' },
      message: 'bad\nvalue 100%',
    });
    expect(parseCommand('::add-mask::s3cret')).toEqual({ command: 'add-mask', properties: {}, message: 's3cret' });
    expect(parseCommand('plain :: text')).toBeUndefined();
  });

  it('parses file commands: heredoc values and the older name=value lines', () => {
    expect(parseFileCommand('a=1\nreport<<ghadelimiter_1\nline 1\nline 2\nghadelimiter_1\nb=x=y\n')).toEqual({
      a: '1',
      report: 'line 1\nline 2',
      b: 'x=y',
    });
  });
});
