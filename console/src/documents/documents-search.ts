import {
  type DocumentStatusView,
  DocumentStatusViewSchema,
  type IsoDate,
  isValidIsoDate,
} from '@niemyet/core';

/**
 * The registry's view as the address holds it (`#/documents?q=43%2F2014&status=replaced&source=registered&at=2025-01-01&page=2`),
 * so a link reproduces it. Anything not understood is dropped rather than refused: an old or
 * hand-edited link still opens the registry.
 */
export interface DocumentListSearch {
  q?: string;
  status?: DocumentStatusView;
  source?: 'registered' | 'cited';
  /** The day statuses are read on; absent = the server's today. */
  at?: IsoDate;
  /** 1-based; absent = the first page. */
  page?: number;
}

export const DOCUMENT_PAGE_SIZE = 50;

export function parseDocumentListSearch(search: Record<string, unknown>): DocumentListSearch {
  const parsed: DocumentListSearch = {};
  // A number-only search ("43") comes through the search parser as a number.
  if ((typeof search.q === 'string' || typeof search.q === 'number') && String(search.q).trim() !== '')
    parsed.q = String(search.q).slice(0, 200);
  const status = DocumentStatusViewSchema.safeParse(search.status);
  if (status.success) parsed.status = status.data;
  if (search.source === 'registered' || search.source === 'cited') parsed.source = search.source;
  if (typeof search.at === 'string' && isValidIsoDate(search.at)) parsed.at = search.at;
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1) parsed.page = page;
  return parsed;
}

/** The query the server is asked for the view. */
export function documentListQuery(search: DocumentListSearch) {
  return {
    ...(search.q ? { q: search.q } : {}),
    ...(search.status ? { status: search.status } : {}),
    ...(search.source ? { source: search.source } : {}),
    ...(search.at ? { at: search.at } : {}),
    limit: DOCUMENT_PAGE_SIZE,
    offset: ((search.page ?? 1) - 1) * DOCUMENT_PAGE_SIZE,
  };
}
