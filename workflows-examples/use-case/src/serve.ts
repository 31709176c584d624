/**
 * serve — the model server for a serving folder kept by the deploy action's `directory` target.
 * Run: node workflows-examples/use-case/src/serve.ts --dir serving --port 8080
 */
import { intOption, parseCli, requireOption, runCli } from './cli.ts';
import { createModelServer } from './server.ts';
import { UserError } from '@mlops-actions/errors';

const USAGE = `
serve.ts — serve the model that <dir>/current points at (re-read when the link moves)

  --dir DIR      serving folder: releases/<version>/ and the current link      required
  --port N       port to listen on; 0 picks a free one (printed)              default 8080
  --host HOST    address to listen on                                         default 127.0.0.1

  GET  /health   200 {status, model, version, digest} when a valid model is loaded, else 503
  POST /predict  {"rows": [{"Type": "M", "Air temperature [K]": 298.1, ...}]}
                 → {model, version, predictions, probabilities}

Prints "model server listening on http://HOST:PORT" once ready; stops on SIGINT or SIGTERM.
`;

runCli(USAGE, async () => {
  const { values } = parseCli(process.argv.slice(2), { dir: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } });
  const dir = requireOption('dir', values.dir, 'serving folder');
  const port = intOption('port', values.port, 8080, 0, 65535);
  const host = values.host ?? '127.0.0.1';
  const server = createModelServer({ dir, log: (line) => console.log(line) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE' || e.code === 'EACCES'
          ? new UserError(`cannot listen on ${host}:${port} (${e.code})`, { fix: 'Pick another --port, or 0 for a free one' })
          : e,
      ),
    );
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  const shown = host.includes(':') ? `[${host}]` : host;
  console.log(`model server listening on http://${shown}:${bound} (serving ${dir})`);
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
