import { type AuditInput, auditRows } from '@niemyet/core';
import type { StoredAudit } from '@niemyet/db';
import { listingRowAuditInput } from '@niemyet/portal';
import { unpackRows, type WireRows } from '../messaging/row-wire';
import type { CatalogueCache, LoadedCatalogue } from './catalogue-cache';

export interface PageAuditRequest {
  url: string;
  adapterId: string;
  rows: WireRows;
}

/** One audit of the rows against one loaded catalogue, in the shape the database keeps. */
function auditWith(
  catalogue: LoadedCatalogue,
  inputs: AuditInput[],
  request: PageAuditRequest,
  readAt: string,
  id: string,
): StoredAudit {
  const result = auditRows(inputs, catalogue.index, { at: readAt, url: request.url });
  return {
    id,
    tabUrl: request.url,
    adapterId: request.adapterId,
    readAt,
    catalogueHash: catalogue.meta.hash,
    asOf: result.asOf,
    pullId: null,
    summary: result.summary,
    findings: result.findings,
  };
}

function inputsOf(request: PageAuditRequest): AuditInput[] {
  return unpackRows(request.rows).map((row) => listingRowAuditInput(row, request.url));
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
  const inputs = inputsOf(request);
  // The page waits: audit against the index at hand while the database confirms it is still
  // the current catalogue (an options page may have replaced it), and again if it is not.
  const cached = cache.cached();
  if (cached) {
    const confirming = cache.stillCurrent(cached);
    const audited = auditWith(cached, inputs, request, readAt, newId());
    if (await confirming) return audited;
  }
  const catalogue = await cache.current();
  return catalogue ? auditWith(catalogue, inputs, request, readAt, newId()) : null;
}

/**
 * A provisional audit of a few rows (those in view), answered without waiting for anything
 * when an index is at hand: the whole page's audit follows and is the one kept.
 */
export async function previewAudit(
  cache: CatalogueCache,
  request: PageAuditRequest,
  readAt: string,
): Promise<StoredAudit | null> {
  const catalogue = cache.cached() ?? (await cache.current());
  return catalogue ? auditWith(catalogue, inputsOf(request), request, readAt, 'preview') : null;
}
