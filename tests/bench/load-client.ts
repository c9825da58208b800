import { Agent, request } from 'node:http';

/**
 * The load run's client: one keep-alive connection per simulated user over `node:http`. The
 * load generator shares the 2 cores with the server it measures, so it is kept as light as a
 * client can be (undici's `fetch` costs about a millisecond of CPU per request here, as much
 * as the server's own work on PostgreSQL).
 */
export class LoadClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  private readonly base: URL;

  constructor(
    baseUrl: string,
    private readonly cookie: string,
  ) {
    this.base = new URL(baseUrl);
  }

  send(method: string, path: string, json?: unknown): Promise<{ status: number; body: unknown }> {
    const payload = json === undefined ? undefined : Buffer.from(JSON.stringify(json));
    return new Promise((resolve, reject) => {
      const req = request(
        {
          agent: this.agent,
          host: this.base.hostname,
          port: this.base.port,
          method,
          path,
          headers: {
            cookie: this.cookie,
            ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
