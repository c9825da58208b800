import { createHmac } from 'node:crypto';
import type { Finding } from '@niemyet/core';

/**
 * A watch's webhook: one POST per run with its new and re-opened findings, the body signed
 * with HMAC-SHA256 (`X-Niemyet-Signature: sha256=<hex>`) so the receiver knows it came from
 * this server. Tried a few times with a short timeout; a failure is logged, never retried
 * forever (the inbox holds the findings anyway).
 */
export interface WebhookDelivery {
  url: string;
  secret: string;
  body: { watchId: string; runId: string; opened: Finding[]; reopened: Finding[] };
}

export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export async function deliverWebhook(
  delivery: WebhookDelivery,
  log: (line: string) => void,
  fetchImpl: typeof fetch = fetch,
  attempts = 3,
): Promise<boolean> {
  const text = JSON.stringify(delivery.body);
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await fetchImpl(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-niemyet-signature': webhookSignature(delivery.secret, text),
        },
        body: text,
        redirect: 'manual',
        signal: AbortSignal.timeout(10_000),
      });
      await response.body?.cancel();
      if (response.ok) return true;
      log(`[niemyet] webhook ${delivery.url}: HTTP ${response.status} (attempt ${attempt}/${attempts})`);
    } catch (error) {
      log(
        `[niemyet] webhook ${delivery.url}: ${error instanceof Error ? error.message : String(error)} (attempt ${attempt}/${attempts})`,
      );
    }
    if (attempt < attempts) await new Promise((r) => setTimeout(r, 1_000 * attempt));
  }
  return false;
}
