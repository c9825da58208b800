import { auditRows } from '@niemyet/core';
import type { StoredAudit } from '@niemyet/db';
import { listingRowAuditInput } from '@niemyet/portal';
import { unpackRows, type WireRows } from '../messaging/row-wire';
import type { CatalogueCache, LoadedCatalogue } from './catalogue-cache';

export interface PageAuditRequest {
  url: string;
  adapterId: string;
  rows: WireRows;
}

/**
 * Audits one page's rows against the catalogue in force. Null when there is no catalogue yet
 * (a state the page shows, not an error). The caller stores the audit.
 */
export async function auditPage(
  cache: CatalogueCache,
  request: PageAuditRequest,
  readAt: string,
  newId: () => string = () => crypto.randomUUID(),
): Promise<StoredAudit | null> {
  const inputs = unpackRows(request.rows).map((row) => listingRowAuditInput(row, request.url));
  const audit = (catalogue: LoadedCatalogue): StoredAudit => {
    const result = auditRows(inputs, catalogue.index, { at: readAt, url: request.url });
    return {
      id: newId(),
      tabUrl: request.url,
      adapterId: request.adapterId,
      readAt,
      catalogueHash: catalogue.meta.hash,
      asOf: result.asOf,
      pullId: null,
      summary: result.summary,
      findings: result.findings,
    };
  };
  // The page waits: audit against the index at hand while the database confirms it is still
  // the current catalogue (an options page may have replaced it), and again if it is not.
  const cached = cache.cached();
  if (cached) {
    const confirming = cache.stillCurrent(cached);
    const audited = audit(cached);
    if (await confirming) return audited;
  }
  const catalogue = await cache.current();
  return catalogue ? audit(catalogue) : null;
}
