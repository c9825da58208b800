import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Test support: a real HTTP server on 127.0.0.1 (a free port), recording every request, so
 * pull tests see real sockets, real redirects and real streaming. Two of them on two ports
 * are two origins. Not imported by product code.
 */
export interface RecordedRequest {
  method: string;
  url: string;
  body: string;
}

export interface LocalServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  requests: RecordedRequest[];
  /** Body bytes written by handlers that report them (see `countWritten`). */
  written: { bytes: number };
  close(): Promise<void>;
}

export type Handler = (
  request: IncomingMessage & { body: string },
  response: ServerResponse,
  server: LocalServer,
) => void;

export async function startLocalServer(handler: Handler): Promise<LocalServer> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      local.requests.push({ method: request.method ?? 'GET', url: request.url ?? '/', body });
      handler(Object.assign(request, { body }), response, local);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const local: LocalServer = {
    origin: `http://127.0.0.1:${port}`,
    requests: [],
    written: { bytes: 0 },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return local;
}

/**
 * Streams `total` bytes of filler in 64 KB chunks, honouring back-pressure, counting what the
 * socket accepted in `server.written` and stopping as soon as the client goes away.
 */
export function streamFiller(response: ServerResponse, server: LocalServer, total: number): void {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  let closed = false;
  response.on('close', () => {
    closed = true;
  });
  const pump = () => {
    while (!closed && sent < total) {
      const ok = response.write(chunk);
      sent += chunk.length;
      server.written.bytes += chunk.length;
      if (!ok) {
        response.once('drain', pump);
        return;
      }
    }
    if (!closed) response.end();
  };
  pump();
}
