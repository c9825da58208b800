import {
  catalogueAt,
  citationIndex,
  citedOnlyDocuments,
  type Decision,
  DocumentBodySchema,
  type DocumentRow,
  documentImpact,
  documentNumberKey,
  ENDED_STATUSES,
  foldCatalogue,
  importLegalDocumentCsvBytes,
  isValidIsoDate,
  type LegalDocument,
  LegalDocumentSchema,
  type LegalRegistry,
  legalBasisFlags,
  legalDocumentId,
  legalDocumentStatusOn,
  legalRegistry,
  PERMISSIONS,
  type ProcedureRef,
  type ProcedureVersion,
  procedureLegalBasis,
  type ReviewCampaign,
  type ReviewTask,
  type ReviewTaskView,
  type Role,
  registerLegalDocuments,
  searchKey,
  WorkspaceBundleSchema,
} from '@niemyet/core';
import type { RecordedRequest } from './fake-server';

/**
 * The legal-document routes of the API (issue 11) in the console's fake server: the registry,
 * one document with its impact, register / edit / CSV import, a procedure's legal basis and the
 * catalogue-wide flags. Core computes every answer (status on a date, citation index, review
 * tasks with their deadlines, the CSV import), so the console's tests see what the server
 * would answer. Kept apart from fake-server.ts, which only hands it its routing and guard.
 */

type Handler = (request: RecordedRequest, params: Record<string, string>) => Response | Promise<Response>;

/** What the fake server lends the legal routes. */
export interface FakeLegalHost {
  route(method: string, path: string, handler: Handler): void;
  /** The signed-in user, or the 401/403 answer to send instead. */
  guard(roles?: readonly Role[]): Response | null;
  /** The server's baseline and decisions: the catalogue the documents are cited in. */
  workspace(): { baseline: ProcedureVersion[]; decisions: Decision[] };
  /** The server's today in Vietnam. */
  today(): string;
  legal: FakeLegalStore;
}

/** The registry's records, in memory: documents, the review tasks they created, campaigns. */
export class FakeLegalStore {
  documents: LegalDocument[] = [];
  tasks: ReviewTask[] = [];
  campaigns: ReviewCampaign[] = [];
  /** Who publishes (picks the publication rule: a province's 5 working days). */
  issuerKind = 'province';

  /** Registers documents as given (tests seed the registry this way), without tasks. */
  seed(...documents: Partial<LegalDocument>[]): void {
    this.documents = [
      ...this.documents,
      ...documents.map((d) => {
        const number = documentNumberKey(d.number ?? '');
        return LegalDocumentSchema.parse({ id: legalDocumentId(number), ...d, number });
      }),
    ];
  }
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const error = (status: number, code: string, params: Record<string, unknown> = {}, extra = {}) =>
  json(status, { code, params, message: code, ...extra });

export function procedureRef(version: ProcedureVersion): ProcedureRef {
  return {
    procedureId: version.procedureId,
    code: version.code,
    name: version.name,
    levels: version.levels,
    field: version.field,
    agency: version.agency,
  };
}

export function installLegalRoutes(host: FakeLegalHost): void {
  const { route, guard, legal } = host;
  const readers = PERMISSIONS['legal.read'];
  const writers = PERMISSIONS['legal.write'];

  const atOf = (request: RecordedRequest): string | Response => {
    const at = request.search.get('at') ?? host.today();
    return isValidIsoDate(at) ? at : error(400, 'bad-request', { field: 'at' });
  };
  const activeOn = (at: string) => {
    const { baseline, decisions } = host.workspace();
    return catalogueAt(foldCatalogue(baseline, decisions), at).active;
  };

  function registeredRow(
    document: LegalDocument,
    registry: LegalRegistry,
    at: string,
    citedBy: number,
  ): DocumentRow {
    const status = legalDocumentStatusOn(document, registry, at);
    return {
      number: document.number,
      document,
      citation: null,
      status: status.status,
      since: status.since,
      by: status.by?.number ?? null,
      citedBy,
    };
  }

  function rows(at: string): DocumentRow[] {
    const registry = legalRegistry(legal.documents);
    const active = activeOn(at);
    const index = citationIndex(active);
    const registered = [...legal.documents]
      .sort((a, b) => (b.issuedOn ?? '').localeCompare(a.issuedOn ?? '') || a.number.localeCompare(b.number))
      .map((d) => registeredRow(d, registry, at, index.citing(documentNumberKey(d.number)).length));
    const cited: DocumentRow[] = citedOnlyDocuments(active, registry).map((c) => ({
      number: c.number,
      document: null,
      citation: c.ref,
      status: 'cited_only',
      since: null,
      by: null,
      citedBy: c.procedureCount,
    }));
    return [...registered, ...cited];
  }

  const taskView = (task: ReviewTask, at: string): ReviewTaskView => {
    const active = activeOn(at);
    const document = legalRegistry(legal.documents).byKey.get(task.documentNumber);
    return {
      ...task,
      procedures: task.procedureIds.flatMap((id) => {
        const version = active.get(id);
        return version ? [procedureRef(version)] : [];
      }),
      documentTitle: document?.title ?? '',
      overdue: task.state !== 'done' && task.dueOn !== null && task.dueOn < host.today(),
      campaignTitle: legal.campaigns.find((c) => c.id === task.campaignId)?.title ?? null,
    };
  };

  /** Stores documents and the review tasks core makes for them, as the server does. */
  const register = (documents: LegalDocument[], replacing: string | null) => {
    const kept = legal.documents.filter((d) => d.number !== replacing);
    const bundle = WorkspaceBundleSchema.parse({
      format: 'niemyet.workspace',
      version: 1,
      exportedAt: host.today(),
      legalDocuments: kept,
      reviewTasks: legal.tasks,
    });
    const { tasks } = registerLegalDocuments({ ...bundle, ...host.workspace() }, documents, legal.issuerKind);
    legal.documents = [...kept, ...documents];
    legal.tasks = [...legal.tasks, ...tasks];
    return tasks;
  };

  const documentOf = (body: ReturnType<typeof DocumentBodySchema.parse>, id?: string): LegalDocument => {
    const number = documentNumberKey(body.number);
    return LegalDocumentSchema.parse({
      id: id ?? legalDocumentId(number),
      number,
      rawNumber: body.number === number ? null : body.number,
      type: body.type,
      issuer: body.issuer,
      title: body.title,
      issuedOn: body.issuedOn,
      effectiveOn: body.effectiveOn,
      expiresOn: body.expiresOn,
      relations: body.relations.map((r) => ({ kind: r.kind, target: documentNumberKey(r.target) })),
    });
  };

  const write = (request: RecordedRequest, existing: LegalDocument | null): Response => {
    const parsed = DocumentBodySchema.safeParse(JSON.parse(request.body || '{}'));
    if (!parsed.success) return error(400, 'bad-request', { field: parsed.error.issues[0]?.path.join('.') });
    const document = documentOf(parsed.data, existing?.id);
    if (!existing && legalRegistry(legal.documents).byKey.has(document.number))
      return error(409, 'document-exists', { number: document.number });
    if (document.relations.length > 0 && document.effectiveOn === null && document.issuedOn === null)
      return error(422, 'document-without-date', { number: document.number });
    const tasks = register([document], existing?.number ?? null);
    return json(existing ? 200 : 201, { documents: [document], tasks });
  };

  route('GET', '/api/documents', (request) => {
    const refused = guard(readers);
    if (refused) return refused;
    const at = atOf(request);
    if (at instanceof Response) return at;
    const q = request.search.get('q')?.trim() ?? '';
    const status = request.search.get('status');
    const source = request.search.get('source') ?? 'all';
    const limit = Number(request.search.get('limit') ?? 50);
    const offset = Number(request.search.get('offset') ?? 0);
    const all = rows(at);
    const key = searchKey(q);
    const numberKey = documentNumberKey(q);
    const matching = all
      .filter((row) => source === 'all' || (source === 'registered') === (row.document !== null))
      .filter((row) => !status || row.status === status)
      .filter((row) => {
        if (!q) return true;
        if (row.number === numberKey) return true;
        const title = row.document?.title ?? row.citation?.title ?? '';
        const issuer = row.document?.issuer ?? row.citation?.issuer ?? '';
        return [row.number, title, issuer].some((text) => searchKey(text).includes(key));
      });
    return json(200, {
      at,
      total: matching.length,
      counts: {
        registered: all.filter((r) => r.document !== null).length,
        citedOnly: all.filter((r) => r.document === null).length,
      },
      documents: matching.slice(offset, offset + limit),
    });
  });

  route('POST', '/api/documents', (request) => guard(writers) ?? write(request, null));

  route('POST', '/api/documents/import', (request) => {
    const refused = guard(writers);
    if (refused) return refused;
    if (!(request.headers.get('Content-Type') ?? '').startsWith('text/csv'))
      return error(415, 'unsupported-media-type', { expected: 'text/csv' });
    const result = importLegalDocumentCsvBytes(request.bytes, {
      existing: legal.documents,
      today: host.today(),
    });
    if (!result.ok) return error(422, 'import-invalid', {}, { errors: result.errors });
    const tasks = register(result.documents, null);
    return json(200, { documents: result.documents, tasks, warnings: result.warnings });
  });

  route('PUT', '/api/documents/:number', (request, { number }) => {
    const refused = guard(writers);
    if (refused) return refused;
    const existing = legalRegistry(legal.documents).byKey.get(documentNumberKey(number!));
    if (!existing) return error(404, 'not-found', { resource: 'document', number });
    return write(request, existing);
  });

  route('GET', '/api/documents/:number', (request, { number }) => {
    const refused = guard(readers);
    if (refused) return refused;
    const at = atOf(request);
    if (at instanceof Response) return at;
    const key = documentNumberKey(number!);
    const row = rows(at).find((r) => r.number === key);
    if (!row) return error(404, 'not-found', { resource: 'document', number });
    const registry = legalRegistry(legal.documents);
    const incoming = (registry.incoming.get(key) ?? []).map((r) => ({
      kind: r.kind,
      by: r.by.number,
      byTitle: r.by.title,
      on: r.on,
    }));
    const procedures = documentImpact(activeOn(at), key, at).procedures.map(procedureRef);
    // The tasks reviewing this document, and those it caused by amending, replacing or abolishing another.
    const tasks = legal.tasks
      .filter((t) => t.documentNumber === key || t.triggeredBy === key)
      .reverse()
      .map((t) => taskView(t, at));
    return json(200, { at, row, incoming, procedures, tasks });
  });

  route('GET', '/api/impact', (request) => {
    const refused = guard(readers);
    if (refused) return refused;
    const at = atOf(request);
    if (at instanceof Response) return at;
    const impact = documentImpact(activeOn(at), request.search.get('number') ?? '', at);
    return json(200, { document: impact.document, at, procedures: impact.procedures.map(procedureRef) });
  });

  route('GET', '/api/procedures/:id/legal-basis', (request, { id }) => {
    const refused = guard(readers);
    if (refused) return refused;
    const at = atOf(request);
    if (at instanceof Response) return at;
    const version = activeOn(at).get(id!);
    if (!version) return error(404, 'not-found', { resource: 'procedure', id });
    const registry = legalRegistry(legal.documents);
    const entries = procedureLegalBasis(version, registry, at).map((entry) => ({
      ref: entry.ref,
      number: entry.key,
      status: entry.status,
      by: entry.document ? (legalDocumentStatusOn(entry.document, registry, at).by?.number ?? null) : null,
    }));
    const flagged = entries.some((e) => e.status !== 'cited_only' && ENDED_STATUSES.has(e.status));
    return json(200, { procedureId: id, at, entries, flagged });
  });

  route('GET', '/api/legal-basis/flags', (request) => {
    const refused = guard(readers);
    if (refused) return refused;
    const at = atOf(request);
    if (at instanceof Response) return at;
    const field = request.search.get('field');
    const agency = request.search.get('agency');
    const limit = Number(request.search.get('limit') ?? 100);
    const offset = Number(request.search.get('offset') ?? 0);
    const flags = legalBasisFlags(activeOn(at), legalRegistry(legal.documents), at);
    const listed = flags.procedures.filter(
      (p) =>
        (field === null || p.procedure.field === field) && (agency === null || p.procedure.agency === agency),
    );
    return json(200, {
      at,
      total: listed.length,
      procedures: listed.slice(offset, offset + limit).map((p) => ({
        procedure: procedureRef(p.procedure),
        documents: p.documents,
      })),
      byField: flags.byField,
      byAgency: flags.byAgency,
      byDocument: flags.byDocument,
    });
  });
}
