import type { Decision, DecisionAction, ProcedureFieldName, ProcedureFields } from '@niemyet/core';

/**
 * What a reader returns. Readers take any DOM `Document` (browser, happy-dom, linkedom) and
 * use only standard DOM APIs that all three implement: querySelector(All), textContent,
 * getAttribute, children. Never innerText (layout-dependent, missing in linkedom), never
 * innerHTML for reading text.
 */

/** One procedure row of a listing, as the page shows it. Only `name` is always present. */
export interface ListingRow {
  /** Canonical national code (`parseProcedureCode`), null when the page shows none. */
  code: string | null;
  /** The code as shown, with any agency suffix ("1.012753.H19"), null when none is shown. */
  rawCode: string | null;
  name: string;
  levels?: string[];
  field?: string | null;
  agency?: string | null;
  onlineService?: ProcedureFields['onlineService'];
  processingTime?: string | null;
  fees?: string | null;
  legalBasis?: string[];
  detailUrl?: string | null;
  portalId?: string | null;
  /** The row's whole text, kept as audit evidence. */
  text: string;
  /**
   * Index of the row element among `document.querySelectorAll(rowSelector)` results, so the
   * extension can mark the element in place. Absent for rows read from JSON.
   */
  elementIndex?: number;
}

export interface ListingPage {
  kind: 'listing';
  rows: ListingRow[];
  /** CSS selector matching the row elements, in the order of `rows[].elementIndex`. */
  rowSelector: string | null;
  /** Total number of procedures in the listing when the page says so (for completeness). */
  total: number | null;
  /** Absolute URL of the next page, null on the last page or when paging is by script. */
  nextPageUrl: string | null;
  /** What the listing is filtered to (level, field, agency), when the page shows it. */
  scope: Record<string, string>;
}

/**
 * A full or summary procedure page: everything it shows, as a procedure record. Fields the
 * page does not show hold defaults in `procedure`; `fieldsShown` says which are real, so an
 * audit never reads "not shown" as "changed".
 */
export interface DetailPage {
  kind: 'detail';
  procedure: ProcedureFields & { rawCode: string | null; portalId: string | null };
  fieldsShown: ProcedureFieldName[];
}

export interface DecisionPageItem {
  action: DecisionAction;
  code: string | null;
  rawCode: string | null;
  name: string;
}

/** A publication-decision page. */
export interface DecisionPage {
  kind: 'decision';
  decision: Pick<Decision, 'number' | 'signedOn' | 'title'> & {
    agency: string | null;
    effectiveOn: string | null;
    items: DecisionPageItem[];
  };
}

export type PageReading = ListingPage | DetailPage | DecisionPage;

/**
 * One portal adapter, registered in `registry.ts`. Like a refined-github feature: one file per
 * portal, one shape. `read` returns null when the page is not one it understands (so the
 * registry can fall through to the next adapter, ending with the generic reader).
 */
export interface PortalAdapter {
  id: string;
  /** Human name shown in the extension ("Cổng Dịch vụ công quốc gia"). */
  label: string;
  /** Cheap test on URL and document: does this adapter know this site? */
  matches(url: URL, document: Document): boolean;
  read(document: Document, url: URL): PageReading | null;
}
