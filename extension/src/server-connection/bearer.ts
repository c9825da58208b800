import type { ServerConnection } from '../settings/settings';

/**
 * The `Authorization` header for a request to the connected team server. The token goes only to
 * the server it was made on (same origin): never to a catalogue URL elsewhere, never to a portal.
 */
export function bearerHeaders(url: string, connection: ServerConnection | null): Record<string, string> {
  if (!connection) return {};
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return {};
  }
  return origin === connection.origin ? { Authorization: `Bearer ${connection.token}` } : {};
}

/** A token as a page may show it: its last four characters, the rest hidden. */
export function maskToken(token: string): string {
  return `••••${token.slice(-4)}`;
}
