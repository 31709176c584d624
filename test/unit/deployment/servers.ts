/** Real HTTP servers on loopback for the deployment tests (health endpoints, webhook receivers). */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface TestServer {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

export type Handler = (req: Received, res: ServerResponse) => void | Promise<void>;

export async function serve(handler: Handler): Promise<TestServer> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r: Received = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(r);
      Promise.resolve(handler(r, res)).catch((e: unknown) => {
        res.writeHead(500).end(String(e));
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A port that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

export function json(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(value));
}

/** A logger that keeps what it was told. */
export function memoryLog() {
  const lines: string[] = [];
  return {
    lines,
    info: (m: string) => void lines.push(m),
    warning: (m: string) => void lines.push(`warning: ${m}`),
    text: () => lines.join('\n'),
  };
}

/**
 * Fails on any request or answer of ours the emulator found non-conforming. It takes them (so one
 * test's violations do not fail the next).
 *
 * Known emulator defect, tolerated until test/harness/github-emulator renders it: a deployment status
 * created without environment_url is answered with `environment_url: ""`, which its own response
 * check flags (format uri). That is the emulator's answer, not a request of ours.
 */
export function expectNoViolations(gh: { takeViolations(): { kind: string; problems: string[]; method: string; url: string }[] }): void {
  const own = gh
    .takeViolations()
    .filter((v) => !(v.kind === 'response' && v.problems.every((p) => /\/environment_url must match format "uri"$/.test(p))));
  if (own.length)
    throw new Error(
      `GitHub emulator violations:\n${own.map((v) => `${v.kind} ${v.method} ${v.url}: ${v.problems.join('; ')}`).join('\n')}`,
    );
}
