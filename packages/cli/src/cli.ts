/**
 * The `mlops` command.
 *
 *   mlops run <action> [--with key=value]… [--workspace dir] [--env KEY=VALUE]… [--no-post] [--debug] [--json]
 *   mlops run <workflow.yml> --job <id> [--input key=value]… [--secret KEY=VALUE]… [--workspace dir]
 *   mlops --version
 *
 * Runs one of the suite's actions (or any JavaScript action, given its folder) on this machine as the
 * GitHub runner would run the step, then prints its outputs and its job summary.
 */
import { parseArgs } from 'node:util';
// The bundle (dist/mlops.js) carries it too: esbuild inlines an imported JSON file.
import cliPackage from '../package.json' with { type: 'json' };
import { CliError, listActions, runAction, type ActionRun } from './run-action.ts';
import { runJob } from './run-job.ts';
import { runRegistry } from './registry-commands.ts';

const USAGE = `usage: mlops run <action> [--with key=value]... [options]
       mlops run <workflow.yml> --job <id> [--input key=value]... [--secret KEY=VALUE]... [--workspace dir]
       mlops registry <list|show|history|promote|rollback|deprecate|alias remove|fetch> ... (mlops registry --help)
       mlops --version

Runs an action locally as the GitHub runner runs a step: inputs and their defaults, outputs, the job
summary and the post step. Without a GitHub environment the actions use local defaults: the model
registry is the folder .mlops/registry and train-gate's cache is .mlops/training-cache, in the workspace.

  <action>              one of the suite's actions (${safeList()}) or the folder of an action.yml
  --with key=value      an input (repeat for more); a multi-line value: --with "rules=$(cat rules.yml)"
  --workspace <dir>     GITHUB_WORKSPACE and the working directory (default: the current directory)
  --env KEY=VALUE       extra environment for the step (repeat for more); GITHUB_TOKEN is passed through
  --no-post             do not run the action's post step
  --debug               show debug messages (as a re-run with debug logging does)
  --json                print the result as JSON instead
  --help, -h            print this help
  --version, -v         print the version of mlops (of the @mlops-actions/cli package) and exit

With a workflow file and --job, runs that job's steps in order: the suite's actions as their bundles
(post steps when the job ends), run: steps with bash, if: and \${{ }} evaluated as GitHub does;
other actions (actions/checkout, …) are skipped with a note. --input sets workflow_dispatch inputs.`;

/** The version of the `mlops` command: that of its package, @mlops-actions/cli. */
export const VERSION: string = cliPackage.version;

function safeList(): string {
  try {
    return listActions().join(', ');
  } catch {
    return '…';
  }
}

function pairs(list: string[] | undefined, what: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list ?? []) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new CliError(`${what} '${item}' is not key=value`);
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

function table(rows: [string, string][]): string[] {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => {
    const [first, ...rest] = v.split('\n');
    return [`  ${k.padEnd(width)}  ${first}`, ...rest.map((l) => `  ${' '.repeat(width)}  ${l}`)].join('\n');
  });
}

export function report(r: ActionRun): string {
  const lines: string[] = [''];
  const ok = r.main.exitCode === 0;
  lines.push(`${r.action}: ${ok ? 'succeeded' : `failed (exit code ${r.main.exitCode})`}`);
  const outputs = Object.entries(r.main.outputs);
  lines.push('', outputs.length ? 'Outputs:' : 'Outputs: (none)', ...(outputs.length ? table(outputs) : []));
  if (r.main.summary.trim()) lines.push('', `Job summary (${r.summaryFile}):`, '', r.main.summary.trim());
  if (r.post) lines.push('', `Post step: ${r.post.exitCode === 0 ? 'succeeded' : `failed (exit code ${r.post.exitCode})`}`);
  else if (r.postSkipped) lines.push('', `Post step: skipped, ${r.postSkipped}`);
  return lines.join('\n');
}

export async function main(
  argv: string[],
  out: (s: string) => void = (s) => console.log(s),
  err: (s: string) => void = (s) => console.error(s),
): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      out(USAGE);
      return command ? 0 : 2;
    }
    // As `git --version` / `git -v` and `npm --version` / `npm -v`: the version alone, for a script to read.
    if (command === '--version' || command === '-v') {
      out(VERSION);
      return 0;
    }
    // `mlops registry …` prints and maps its own errors to exit codes (registry-commands.ts).
    if (command === 'registry') return await runRegistry(rest);
    if (command !== 'run') throw new CliError(`unknown command '${command}'\n\n${USAGE}`);
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        with: { type: 'string', multiple: true, short: 'w' },
        env: { type: 'string', multiple: true },
        workspace: { type: 'string' },
        'no-post': { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        job: { type: 'string' },
        input: { type: 'string', multiple: true },
        secret: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    // `mlops run --help`, `mlops run data-hash --help`: the usage, as `mlops --help` prints it.
    if (values.help) {
      out(USAGE);
      return 0;
    }
    if (positionals.length !== 1) throw new CliError(`mlops run takes one action or workflow file\n\n${USAGE}`);
    if (/\.ya?ml$/.test(positionals[0]!) || values.job !== undefined) {
      if (!values.job) throw new CliError(`give the job to run: mlops run ${positionals[0]} --job <id>`);
      const job = await runJob({
        workflow: positionals[0]!,
        job: values.job,
        workspace: values.workspace,
        inputs: pairs(values.input, '--input'),
        secrets: pairs(values.secret, '--secret'),
        debug: values.debug,
        print: out,
      });
      const outputs = Object.entries(job.outputs);
      out(['', `job ${job.job}: ${job.result}`, ...(outputs.length ? ['', 'Job outputs:', ...table(outputs)] : [])].join('\n'));
      return job.result === 'failure' ? 1 : 0;
    }
    const result = await runAction({
      action: positionals[0]!,
      with: pairs(values.with, '--with'),
      env: pairs(values.env, '--env'),
      workspace: values.workspace,
      post: !values['no-post'],
      debug: values.debug,
      print: values.json ? () => undefined : out,
    });
    if (values.json) {
      out(
        JSON.stringify(
          {
            action: result.action,
            inputs: result.inputs,
            exitCode: result.main.exitCode,
            outputs: result.main.outputs,
            summary: result.main.summary,
            annotations: result.main.annotations,
            post: result.post ? { exitCode: result.post.exitCode } : null,
          },
          null,
          2,
        ),
      );
    } else out(report(result));
    return result.main.exitCode !== 0 ? result.main.exitCode : result.post && result.post.exitCode !== 0 ? result.post.exitCode : 0;
  } catch (e) {
    if (e instanceof CliError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`mlops: ${(e as Error).message}`);
      return 2;
    }
    throw e;
  }
}
