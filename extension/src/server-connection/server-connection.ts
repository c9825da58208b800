import { publishedCatalogueUrl } from '../catalogue/published-url';
import type { ServerRefusal } from '../catalogue/server-refusal';
import { readSetting, writeSetting } from '../settings/setting';
import {
  catalogueSourceSetting,
  FINDING_REPORT_STATE_FALLBACK,
  findingReportStateSetting,
  serverConnectionSetting,
} from '../settings/settings';
import { checkServerToken } from './check-token';
import type { ConnectOutcome, ConnectRequest } from './connection-schemas';

/**
 * Connecting the extension to the team server with a personal access token, and forgetting it.
 * A token is kept only once the server took it; from then on the catalogue poll reads the
 * server's published catalogue with it, and confirmed findings are queued for its inbox.
 */

export async function connectServer(
  fetchImpl: typeof fetch,
  { origin, token }: ConnectRequest,
  connectedAt: string,
): Promise<ConnectOutcome> {
  const check = await checkServerToken(fetchImpl, origin, token);
  if (check.kind !== 'ok') return check;
  await writeSetting(serverConnectionSetting, { origin, token, connectedAt });
  // The catalogue now comes from this server; the schedule the user set stays.
  const source = await readSetting(catalogueSourceSetting);
  await writeSetting(catalogueSourceSetting, { ...source, url: publishedCatalogueUrl(origin) });
  // A new token starts afresh: a revocation or refusal seen with the old one no longer holds.
  const state = await readSetting(findingReportStateSetting);
  await writeSetting(findingReportStateSetting, {
    ...state,
    revoked: false,
    lastError: null,
    lastRefusal: null,
    failures: 0,
  });
  return { kind: 'connected', origin };
}

/**
 * Forgets the token. Findings still queued stay queued (they go when the user connects again);
 * the catalogue URL is cleared if it was this server's, as the poll could no longer read it.
 */
export async function disconnectServer(): Promise<void> {
  const connection = await readSetting(serverConnectionSetting);
  await writeSetting(serverConnectionSetting, null);
  if (connection) {
    const source = await readSetting(catalogueSourceSetting);
    if (source.url === publishedCatalogueUrl(connection.origin)) {
      await writeSetting(catalogueSourceSetting, { ...source, url: null });
    }
  }
  const state = await readSetting(findingReportStateSetting);
  await writeSetting(findingReportStateSetting, {
    ...FINDING_REPORT_STATE_FALLBACK,
    pending: state.pending,
    lastSentAt: state.lastSentAt,
    lastSent: state.lastSent,
  });
}

/**
 * The server answered 401 to a request carrying the token (the catalogue poll, a send): the
 * token no longer opens it, whichever request learnt it first. Sending stops, and the side
 * panel says why, until the user connects again with a new token.
 */
export async function markTokenRefused(refusal: ServerRefusal | null, error: string): Promise<void> {
  const state = await readSetting(findingReportStateSetting);
  await writeSetting(findingReportStateSetting, {
    ...state,
    revoked: true,
    lastRefusal: refusal,
    lastError: error,
  });
}
