import type { ListingPage, ListingRow, PortalAdapter } from '../../types';
import { findCardCandidates, readCards } from './card-listing';
import { CellTexts } from './cell-text';
import { baseUrlOf } from './detail-link';
import { childItemIndices, childItemSelector, tableRowIndices, tableRowSelector } from './element-selector';
import { findListingTotal } from './listing-total';
import { findNextPage } from './pager';
import { detectColumns, type TableCandidate } from './table-header';
import { type ReadRow, readTableRows } from './table-listing';

/**
 * The reader for portals nobody wrote an adapter for (DESIGN §7): it finds the table — or the
 * repeated cards — holding procedures, maps columns by their Vietnamese headers, finds codes
 * by pattern, and follows whatever pager the page has. It only reads listings.
 */

export type GenericListingResult = { page: ListingPage; reason: null } | { page: null; reason: string };

/** Why nothing was read, in Vietnamese and English (shown in the extension). */
export const GENERIC_REASONS = {
  emptyPage: 'Trang trống / The page is empty',
  noListing: 'Không có bảng hay danh sách thủ tục nào / No table or list of procedures on the page',
  unrecognisedTables: (count: number) =>
    `Có ${count} bảng nhưng không nhận ra tiêu đề cột (cần cột “Tên thủ tục” và một cột khác như “Mã TTHC”, “Lĩnh vực”) / ` +
    `${count} table(s) found but no recognised column headers (a “Tên thủ tục” column and another one such as “Mã TTHC” or “Lĩnh vực” are needed)`,
} as const;

interface Listing {
  rows: ReadRow[];
  rowSelector: string;
  /** Each row element's index among `document.querySelectorAll(rowSelector)`. */
  indices: Map<Element, number>;
  container: Element;
}

function tableCandidates(document: Document, texts: CellTexts): TableCandidate[] {
  const tables = document.getElementsByTagName('table');
  const candidates: TableCandidate[] = [];
  for (let i = 0; i < tables.length; i++) {
    const candidate = detectColumns(tables[i]!, texts);
    if (candidate) candidates.push(candidate);
  }
  // Most recognised columns first, then the longest table.
  return candidates.sort((a, b) => b.columns.score - a.columns.score || b.rows.length - a.rows.length);
}

function findListing(document: Document, texts: CellTexts, base: URL): Listing | { reason: string } {
  const tables = tableCandidates(document, texts);
  let emptyTable: Listing | null = null;
  for (const candidate of tables) {
    const rows = readTableRows(candidate, texts, base);
    const listing = {
      rows,
      rowSelector: tableRowSelector(document, candidate.table),
      indices: tableRowIndices(candidate.table),
      container: candidate.table,
    };
    if (rows.length > 0) return listing;
    emptyTable ??= listing;
  }
  for (const candidate of findCardCandidates(document)) {
    const rows = readCards(candidate, base);
    if (rows.length === 0) continue;
    const { container, tag, itemClass } = candidate;
    return {
      rows,
      rowSelector: childItemSelector(document, container, tag, itemClass),
      indices: childItemIndices(container, tag, itemClass),
      container,
    };
  }
  // A recognised table with no rows is a listing that is empty ("Không có dữ liệu").
  if (emptyTable) return emptyTable;
  const tableCount = document.getElementsByTagName('table').length;
  return {
    reason: tableCount > 0 ? GENERIC_REASONS.unrecognisedTables(tableCount) : GENERIC_REASONS.noListing,
  };
}

/** Reads a listing page of an unknown portal; the reason when there is none. */
export function readGenericListing(document: Document, url: URL): GenericListingResult {
  if (!document.documentElement) return { page: null, reason: GENERIC_REASONS.emptyPage };
  const texts = new CellTexts();
  const base = baseUrlOf(document, url);
  const listing = findListing(document, texts, base);
  if ('reason' in listing) return { page: null, reason: listing.reason };

  const { indices } = listing;
  const rows: ListingRow[] = listing.rows.map(({ row, element }) => {
    const elementIndex = indices.get(element);
    return elementIndex === undefined ? row : { ...row, elementIndex };
  });
  const next = findNextPage(document, base, url);
  const scope: Record<string, string> = {};
  if (next.paging) scope.pager = next.paging;
  return {
    page: {
      kind: 'listing',
      rows,
      rowSelector: listing.rowSelector,
      total: findListingTotal(listing.container),
      nextPageUrl: next.url,
      scope,
    },
    reason: null,
  };
}

// The last result per document, so `explainFailure` right after a failed `read` (what
// `readPage` does) does not read a large page twice.
const lastResults = new WeakMap<Document, { url: string; result: GenericListingResult }>();

function readRemembered(document: Document, url: URL): GenericListingResult {
  const last = lastResults.get(document);
  if (last && last.url === url.href) return last.result;
  const result = readGenericListing(document, url);
  lastResults.set(document, { url: url.href, result });
  return result;
}

export const genericAdapter: PortalAdapter & { explainFailure(document: Document, url: URL): string } = {
  id: 'generic',
  label: 'Cổng dịch vụ công khác (đọc chung) / Other portal (generic reader)',
  // The generic reader tries every page; it is registered last.
  matches: () => true,
  read(document, url) {
    // Always read afresh (the page may have re-rendered), then remember for explainFailure.
    lastResults.delete(document);
    return readRemembered(document, url).page;
  },
  explainFailure: (document, url) => readRemembered(document, url).reason ?? '',
};
