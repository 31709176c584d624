import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFetchError, proxyAwareFetch } from '@mlops-actions/deployment';
import { closedPort, json, serve, type TestServer } from './servers.ts';

/** A forward proxy on loopback that tunnels CONNECT requests and remembers their targets. */
async function connectProxy(): Promise<{ url: string; tunnels: string[]; close(): Promise<void> }> {
  const tunnels: string[] = [];
  // A CONNECT socket leaves the HTTP server's books (closeAllConnections does not reach it), and the
  // client keeps its tunnel alive for reuse: close() ends them itself instead of waiting ~3 s for the
  // client's keep-alive to lapse.
  const sockets = new Set<Duplex>();
  const server: Server = createServer((_req, res) => res.writeHead(405).end());
  server.on('connect', (req, client, head) => {
    tunnels.push(req.url ?? '');
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host!, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

describe('proxyAwareFetch', () => {
  let target: TestServer | undefined;
  afterEach(async () => {
    await target?.close();
  });

  it('goes through HTTP_PROXY, and straight to hosts in NO_PROXY', async () => {
    target = await serve((_req, res) => json(res, 200, { version: '1.0.0' }));
    const proxy = await connectProxy();
    try {
      const viaProxy = proxyAwareFetch({ HTTP_PROXY: proxy.url });
      expect(await (await viaProxy(`${target.url}/health`)).json()).toEqual({ version: '1.0.0' });
      expect(proxy.tunnels).toEqual([new URL(target.url).host]);
      const bypass = proxyAwareFetch({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' });
      expect((await bypass(`${target.url}/health`)).status).toBe(200);
      expect(proxy.tunnels).toHaveLength(1);
      expect((await proxyAwareFetch({})(target.url)).status).toBe(200);
    } finally {
      await proxy.close();
    }
  });
});

describe('describeFetchError', () => {
  it('says why a request failed', async () => {
    const port = await closedPort();
    expect(describeFetchError(await fetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e))).toBe(
      'connection refused (nothing listens there)',
    );
    const slow = await serve(() => undefined); // never answers
    try {
      const e = await fetch(slow.url, { signal: AbortSignal.timeout(100) }).catch((x: unknown) => x);
      expect(describeFetchError(e)).toBe('no answer before the request timed out');
    } finally {
      await slow.close();
    }
  });
});
