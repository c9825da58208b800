import type { AuditInput } from '@niemyet/core';
import type { DetailPage, ListingRow } from './types';

/**
 * Readings become audit inputs here, in one place, so the CLI and the extension audit the
 * same way. Only what the page shows is passed on: a field the page does not show must not
 * look like a field the portal emptied.
 */

export function listingRowAuditInput(row: ListingRow, url: string | null): AuditInput {
  return {
    code: row.code,
    rawCode: row.rawCode,
    name: row.name,
    levels: row.levels,
    field: row.field,
    agency: row.agency,
    onlineService: row.onlineService,
    processingTime: row.processingTime,
    fees: row.fees,
    legalBasis: row.legalBasis,
    text: row.text,
    url,
  };
}

export function detailAuditInput(page: DetailPage, url: string | null): AuditInput {
  const { procedure } = page;
  const input: AuditInput = {
    code: procedure.code,
    rawCode: procedure.rawCode,
    name: procedure.name,
    text: procedure.name,
    url,
  };
  const into = input as Record<string, unknown>;
  for (const field of page.fieldsShown) {
    if (field !== 'code' && field !== 'name') into[field] = procedure[field];
  }
  return input;
}
