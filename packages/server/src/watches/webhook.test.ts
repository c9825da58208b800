import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deliverWebhook, webhookSignature } from './webhook';

const body = { watchId: 'w1', runId: 'r1', opened: [], reopened: [] };

describe('webhook', () => {
  it('signs the exact body with HMAC-SHA256 of the secret', async () => {
    const seen: { body: string; signature: string | null }[] = [];
    const ok = await deliverWebhook(
      { url: 'https://hooks.example/x', secret: 's3cret', body },
      () => {},
      (async (_url: string, init: RequestInit) => {
        seen.push({
          body: String(init.body),
          signature: new Headers(init.headers).get('x-niemyet-signature'),
        });
        return new Response(null, { status: 204 });
      }) as typeof fetch,
    );
    expect(ok).toBe(true);
    expect(seen).toHaveLength(1);
    const expected = `sha256=${createHmac('sha256', 's3cret').update(seen[0]!.body).digest('hex')}`;
    expect(seen[0]!.signature).toBe(expected);
    expect(webhookSignature('s3cret', seen[0]!.body)).toBe(expected);
    expect(JSON.parse(seen[0]!.body)).toEqual(body);
  });

  it('gives up after a few attempts and logs each failure', async () => {
    const lines: string[] = [];
    let calls = 0;
    const ok = await deliverWebhook(
      { url: 'https://hooks.example/x', secret: 's', body },
      (line) => lines.push(line),
      (async () => {
        calls++;
        return new Response('no', { status: 500 });
      }) as typeof fetch,
      2,
    );
    expect(ok).toBe(false);
    expect(calls).toBe(2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('HTTP 500');
  });
});
