import { z } from 'zod';
import { publishedCatalogueUrl } from '../catalogue/published-url';
import { readServerRefusal, ServerRefusalSchema } from '../catalogue/server-refusal';

/**
 * Whether a personal access token opens the team server: it asks for the published catalogue,
 * the first thing the extension reads with it, exactly as the poll will. Only the status
 * matters here; the body is left unread (the poll that follows fetches the catalogue with
 * `If-None-Match`, so an unchanged one does not cross the network twice).
 */

/** The server answered no: its API error (e.g. `token-revoked`) when it sent one. */
export const TokenRefusedSchema = z.object({
  kind: z.literal('refused'),
  status: z.number().int(),
  refusal: ServerRefusalSchema.nullable(),
});
/** No answer: wrong address, server down, no network. */
export const ServerUnreachableSchema = z.object({ kind: z.literal('unreachable'), error: z.string() });

export const TokenCheckSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ok') }),
  TokenRefusedSchema,
  ServerUnreachableSchema,
]);
export type TokenCheck = z.infer<typeof TokenCheckSchema>;

const CHECK_TIMEOUT_MS = 30_000;

export async function checkServerToken(
  fetchImpl: typeof fetch,
  origin: string,
  token: string,
): Promise<TokenCheck> {
  let response: Response;
  try {
    response = await fetchImpl(publishedCatalogueUrl(origin), {
      cache: 'no-store',
      // The token alone must open it: a console session's cookie in this browser must not.
      credentials: 'omit',
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
    });
  } catch (error) {
    const message =
      (error as Error).name === 'TimeoutError'
        ? `No answer from ${origin} within ${CHECK_TIMEOUT_MS / 1000} s`
        : `${origin}: ${(error as Error).message}`;
    return { kind: 'unreachable', error: message };
  }
  if (response.ok || response.status === 304) {
    await response.body?.cancel().catch(() => undefined);
    return { kind: 'ok' };
  }
  const refusal = readServerRefusal(await response.text().catch(() => ''));
  // A server that took the token but has published nothing yet (a new workspace): connected,
  // and the poll finds the catalogue once someone publishes it.
  if (response.status === 404 && refusal?.code === 'not-found' && refusal.params.resource === 'publication')
    return { kind: 'ok' };
  return { kind: 'refused', status: response.status, refusal };
}
