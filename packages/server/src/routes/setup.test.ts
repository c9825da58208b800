import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../db/test-databases';
import { Client, type ServerProcess, startServerProcess } from '../testing/server-process';

/**
 * The first-run setup against a real server process: guessing the printed token is throttled
 * per client address like sign-ins (20 wrong tokens lock the address for 15 minutes), and the
 * lock holds even for the right token, so a guess that happens to be right is not told apart.
 */
describe.each(testDatabases())('first-run setup on $kind', (database) => {
  let server: ServerProcess;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const fresh = database.freshUrl ? await database.freshUrl() : undefined;
    drop = fresh?.drop;
    server = await startServerProcess({ databaseUrl: fresh?.url });
  });

  afterAll(async () => {
    await server?.stop();
    await drop?.();
  });

  it('throttles wrong setup tokens per address with 429 and Retry-After', async () => {
    const client = new Client(server.url);
    const attempt = (token: string) =>
      client.post('/api/setup', { token, username: 'admin', password: 'mật khẩu đủ dài' });
    for (let i = 0; i < 20; i++) {
      const wrong = await attempt(`sai-${i}-${'x'.repeat(20)}`);
      expect(wrong.status).toBe(403);
      expect(wrong.body.code).toBe('setup-token-invalid');
    }
    const locked = await attempt(server.setupToken!);
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('too-many-requests');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Nothing was created: setup is still needed.
    expect((await client.get('/api/setup')).body).toEqual({ needed: true });
  });
});
