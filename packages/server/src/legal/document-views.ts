import {
  citationIndex,
  citedOnlyDocuments,
  type DocumentDetailResponse,
  type DocumentListQuery,
  type DocumentListResponse,
  type DocumentRow,
  documentNumberKey,
  type IsoDate,
  type LegalDocument,
  type LegalRegistry,
  legalDocumentStatusOn,
  type ProcedureVersion,
  searchKey,
} from '@niemyet/core';
import type { Services } from '../context';
import { notFound } from '../http/errors';
import { readTasks } from '../repositories/review-tasks';
import { activeOn, registryOf, today } from './legal-reading';
import { procedureRef } from './procedure-refs';
import { taskViews } from './task-views';

/** The registry's rows on a date: registered documents with their status, then those only cited. */

function registeredRow(
  document: LegalDocument,
  registry: LegalRegistry,
  active: ReadonlyMap<string, ProcedureVersion>,
  at: IsoDate,
): DocumentRow {
  const status = legalDocumentStatusOn(document, registry, at);
  return {
    number: document.number,
    document,
    citation: null,
    status: status.status,
    since: status.since,
    by: status.by?.number ?? null,
    citedBy: citationIndex(active).citing(documentNumberKey(document.number)).length,
  };
}

function rowsOn(registry: LegalRegistry, active: ReadonlyMap<string, ProcedureVersion>, at: IsoDate) {
  const registered = registry.documents
    .map((d) => registeredRow(d, registry, active, at))
    // Newest issue first; a document without an issue date after the dated ones.
    .sort(
      (a, b) =>
        (b.document!.issuedOn ?? '').localeCompare(a.document!.issuedOn ?? '') ||
        a.number.localeCompare(b.number),
    );
  const cited: DocumentRow[] = citedOnlyDocuments(active, registry).map((c) => ({
    number: c.number,
    document: null,
    citation: c.ref,
    status: 'cited_only',
    since: null,
    by: null,
    citedBy: c.procedureCount,
  }));
  return { registered, cited };
}

/** Whether a row answers the search: its number in any spelling, or words of its title or issuer. */
function matcher(q: string | undefined): (row: DocumentRow) => boolean {
  const text = q?.trim();
  if (!text) return () => true;
  const key = documentNumberKey(text);
  const words = searchKey(text);
  return (row) => {
    if (row.number === key) return true;
    const title = row.document?.title ?? row.citation?.title ?? '';
    const issuer = row.document?.issuer ?? row.citation?.issuer ?? '';
    return searchKey(`${row.number} ${row.document?.rawNumber ?? ''} ${title} ${issuer}`).includes(words);
  };
}

export async function listDocuments(
  services: Services,
  query: DocumentListQuery,
): Promise<DocumentListResponse> {
  const at = query.at ?? today(services);
  const [registry, active] = await Promise.all([registryOf(services.db), activeOn(services, at)]);
  const { registered, cited } = rowsOn(registry, active, at);
  const matches = matcher(query.q);
  const rows = [
    ...(query.source === 'cited' ? [] : registered),
    ...(query.source === 'registered' ? [] : cited),
  ].filter((row) => matches(row) && (query.status === undefined || row.status === query.status));
  return {
    at,
    total: rows.length,
    counts: { registered: registered.length, citedOnly: cited.length },
    documents: rows.slice(query.offset, query.offset + query.limit),
  };
}

export async function documentDetail(services: Services, number: string, at: IsoDate | undefined) {
  const day = at ?? today(services);
  const key = documentNumberKey(number);
  const [registry, active] = await Promise.all([registryOf(services.db), activeOn(services, day)]);
  const document = registry.byKey.get(key);
  const index = citationIndex(active);
  let row: DocumentRow;
  if (document) row = registeredRow(document, registry, active, day);
  else {
    const cited = index.has(key)
      ? citedOnlyDocuments(active, registry).find((c) => c.number === key)
      : undefined;
    if (!cited) throw notFound('văn bản', key);
    row = {
      number: key,
      document: null,
      citation: cited.ref,
      status: 'cited_only',
      since: null,
      by: null,
      citedBy: cited.procedureCount,
    };
  }
  const tasks = await readTasks(services.db, { documentNumber: key });
  return {
    at: day,
    row,
    incoming: (registry.incoming.get(key) ?? []).map((r) => ({
      kind: r.kind,
      by: r.by.number,
      byTitle: r.by.title,
      on: r.on,
    })),
    procedures: index.citing(key).map(procedureRef),
    tasks: await taskViews(services, tasks),
  } satisfies DocumentDetailResponse;
}
