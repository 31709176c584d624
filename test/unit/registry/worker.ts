/**
 * One registration in its own process, for the concurrency tests: loads the registry and opens it,
 * prints `ready`, waits for a line on stdin (registerConcurrently in helpers.ts sends it to every
 * worker once all are ready, so they start at the same moment), registers, and prints the outcome as
 * one JSON line.
 *
 *   node worker.ts '{"uri":"git:origin","workspace":"…","tempDir":"…","model":"…","name":"m"}'
 */
import { openRegistry, parseModelName, parseAlias } from '@mlops-actions/registry';

const c = JSON.parse(process.argv[2]!) as {
  uri: string;
  workspace: string;
  tempDir: string;
  model: string;
  name: string;
  alias?: string;
  actor?: string;
  /** The registry's timeScale (its push back-off); default 1. */
  timeScale?: number;
};
const registry = openRegistry({
  uri: c.uri,
  workspace: c.workspace,
  tempDir: c.tempDir,
  identity: { actor: c.actor, runUrl: `https://github.com/o/r/actions/runs/${c.actor}` },
  log: { info: (m) => process.stderr.write(`${m}\n`), warning: (m) => process.stderr.write(`warning: ${m}\n`) },
  ...(c.timeScale === undefined ? {} : { timeScale: c.timeScale }),
});
// The start barrier: everything is loaded; wait for the signal.
process.stdout.write('ready\n');
await new Promise<void>((go) => {
  // The test went away without starting us: register nothing.
  const gone = () => process.exit(1);
  process.stdin.once('end', gone);
  process.stdin.once('data', () => {
    process.stdin.off('end', gone);
    go();
  });
});
process.stdin.destroy();
try {
  const r = await registry.register({
    name: parseModelName(c.name),
    files: { root: c.model, paths: ['.'] },
    alias: c.alias === undefined ? undefined : parseAlias(c.alias),
    metrics: { accuracy: 0.5 },
  });
  process.stdout.write(`${JSON.stringify({ version: r.card.version, created: r.created, digest: r.card.digest })}\n`);
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await registry.close();
}
