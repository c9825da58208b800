import {
  catalogueAt,
  createWorkingCalendar,
  DEFAULT_DEADLINE_RULES,
  type Decision,
  foldCatalogue,
  isValidIsoDate,
  type Office,
  OfficeBodySchema,
  OfficePatchSchema,
  OfficeSchema,
  type OfficeSummary,
  PERMISSIONS,
  type PostedProcedure,
  PROCEDURE_FIELD_NAMES,
  type ProcedureFields,
  type ProcedureVersion,
  postingSheet,
  type RepostingChecklistResponse,
  RepostingDoneBodySchema,
  type RepostingRecord,
  type Role,
  repostingChecklist,
} from '@niemyet/core';
import type { RecordedRequest } from './fake-server';

/**
 * The posting routes of the API (issue 14) in the console's fake server: offices, the sheet,
 * the re-posting checklist and marking items done. Core computes every answer
 * (`postingSheet`, `repostingChecklist` over the workspace's catalogue history, the default
 * deadline rules and calendar), so the console's tests see what the server would answer. Kept
 * apart from fake-server.ts, which only hands it its routing, guard and workspace.
 */

type Handler = (request: RecordedRequest, params: Record<string, string>) => Response | Promise<Response>;

export interface FakePostingHost {
  route(method: string, path: string, handler: Handler): void;
  guard(roles?: readonly Role[]): Response | null;
  signedInAs(): string | null;
  workspace(): { baseline: ProcedureVersion[]; decisions: Decision[] };
  today(): string;
  now(): Date;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
const error = (status: number, code: string, params: Record<string, unknown> = {}) =>
  json(status, { code, params, message: code });
const badRequest = (issue: { path: PropertyKey[]; message: string } | undefined, where: 'body' | 'query') =>
  error(400, 'bad-request', {
    field: issue?.path.map(String).join('.') || where,
    issue: issue?.message ?? 'invalid',
    in: where,
  });

const calendar = createWorkingCalendar();
const VIETNAMESE = new Intl.Collator('vi');

/** The offices, what each has posted (each procedure as posted) and who marked what done. */
export class FakePostingStore {
  offices = new Map<string, Office>();
  posted = new Map<string, PostedProcedure[]>();
  /** Records by office, newest first. */
  records = new Map<string, RepostingRecord[]>();
  /** The next POST /api/offices is refused with 400 `bad-request` naming this field (a server-only rule). */
  refuseNext: { field: string; issue: string } | null = null;
  private host: FakePostingHost | null = null;
  private ids = 0;

  attach(host: FakePostingHost): void {
    this.host = host;
  }

  addOffice(input: Omit<Office, 'id' | 'area' | 'address'> & Partial<Office>): Office {
    this.ids += 1;
    const office = OfficeSchema.parse({ id: `office-${this.ids}`, ...input });
    this.offices.set(office.id, office);
    return office;
  }

  /** The office posts its whole list as in force on `on` (a test's "posted before the decision"). */
  postAll(officeId: string, on: string, by = 'lan'): void {
    const office = this.offices.get(officeId)!;
    const active = catalogueAt(this.history(), on).active;
    const sheet = postingSheet(office, active.values(), on);
    const entries: PostedProcedure[] = [];
    for (const group of sheet.groups)
      for (const entry of group.entries) {
        const version = active.get(entry.procedureId)!;
        entries.push({
          procedureId: entry.procedureId,
          fields: fieldsOf(version),
          postedOn: on,
          postedBy: by,
        });
      }
    this.posted.set(officeId, entries);
  }

  history() {
    const { baseline, decisions } = this.host!.workspace();
    return foldCatalogue(baseline, decisions);
  }

  checklist(office: Office, at: string): RepostingChecklistResponse {
    const core = repostingChecklist({
      scope: office.scope,
      history: this.history(),
      at,
      posted: this.posted.get(office.id) ?? [],
      calendar,
      rules: DEFAULT_DEADLINE_RULES,
    });
    return { ...core, office, done: (this.records.get(office.id) ?? []).slice(0, 200) };
  }

  summary(office: Office, at: string): OfficeSummary {
    const { done, items: _items, upcoming, at: _at, office: _office, ...rest } = this.checklist(office, at);
    const posted = this.posted.get(office.id) ?? [];
    let postedOn: string | null = done[0]?.postedOn ?? null;
    for (const entry of posted) if (postedOn === null || entry.postedOn > postedOn) postedOn = entry.postedOn;
    return { ...office, ...rest, postedOn, postedCount: posted.length, upcomingCount: upcoming.length };
  }
}

/** A version's content alone (what the office posted), without its place in the history. */
function fieldsOf(version: ProcedureVersion): ProcedureFields {
  return Object.fromEntries(
    PROCEDURE_FIELD_NAMES.map((name) => [name, version[name]]),
  ) as unknown as ProcedureFields;
}

export function installPostingRoutes(host: FakePostingHost, store: FakePostingStore): void {
  store.attach(host);
  const { route, guard } = host;
  const atOf = (request: RecordedRequest): string | Response => {
    const at = request.search.get('at') ?? host.today();
    return isValidIsoDate(at)
      ? at
      : error(400, 'bad-request', { field: 'at', issue: 'invalid date', in: 'query' });
  };
  const officeOf = (id: string): Office | Response =>
    store.offices.get(id) ?? error(404, 'not-found', { resource: 'office', id });

  route('GET', '/api/offices', (request) => {
    const refused = guard(PERMISSIONS['posting.read']);
    if (refused) return refused;
    const at = atOf(request);
    if (at instanceof Response) return at;
    const offices = [...store.offices.values()]
      .map((office) => store.summary(office, at))
      .sort(
        (a, b) =>
          Number(b.deadline?.overdue ?? false) - Number(a.deadline?.overdue ?? false) ||
          b.workingDaysOpen - a.workingDaysOpen ||
          VIETNAMESE.compare(a.name, b.name),
      );
    return json(200, { at, offices });
  });

  route('POST', '/api/offices', (request) => {
    const refused = guard(PERMISSIONS['posting.manage']);
    if (refused) return refused;
    const body = OfficeBodySchema.safeParse(JSON.parse(request.body));
    if (!body.success) return badRequest(body.error.issues[0], 'body');
    const refusal = store.refuseNext;
    store.refuseNext = null;
    if (refusal) return badRequest({ path: refusal.field.split('.'), message: refusal.issue }, 'body');
    const office = store.addOffice({
      name: body.data.name,
      area: body.data.area ?? null,
      address: body.data.address ?? null,
      scope: body.data.scope,
    });
    return json(201, { id: office.id });
  });

  route('GET', '/api/offices/:id', (_request, { id }) => {
    const refused = guard(PERMISSIONS['posting.read']);
    if (refused) return refused;
    const office = officeOf(id!);
    return office instanceof Response ? office : json(200, office);
  });

  route('PATCH', '/api/offices/:id', (request, { id }) => {
    const refused = guard(PERMISSIONS['posting.manage']);
    if (refused) return refused;
    const office = officeOf(id!);
    if (office instanceof Response) return office;
    const patch = OfficePatchSchema.safeParse(JSON.parse(request.body));
    if (!patch.success) return badRequest(patch.error.issues[0], 'body');
    const changed = Object.fromEntries(Object.entries(patch.data).filter(([, value]) => value !== undefined));
    const next = OfficeSchema.parse({ ...office, ...changed });
    store.offices.set(next.id, next);
    return json(200, next);
  });

  route('GET', '/api/offices/:id/checklist', (request, { id }) => {
    const refused = guard(PERMISSIONS['posting.read']);
    if (refused) return refused;
    const office = officeOf(id!);
    if (office instanceof Response) return office;
    const at = atOf(request);
    if (at instanceof Response) return at;
    return json(200, store.checklist(office, at));
  });

  route('POST', '/api/offices/:id/checklist/done', (request, { id }) => {
    const refused = guard(PERMISSIONS['posting.record']);
    if (refused) return refused;
    const office = officeOf(id!);
    if (office instanceof Response) return office;
    const body = RepostingDoneBodySchema.safeParse(JSON.parse(request.body));
    if (!body.success) return badRequest(body.error.issues[0], 'body');
    const at = body.data.at ?? host.today();
    const before = store.checklist(office, at);
    const pending = new Map(before.items.map((item) => [`${item.action}|${item.procedureId}`, item]));
    const gone = body.data.items.filter((item) => !pending.has(`${item.action}|${item.procedureId}`));
    if (gone.length > 0)
      return error(409, 'checklist-changed', { procedureIds: gone.map((item) => item.procedureId) });
    const active = catalogueAt(store.history(), at).active;
    const by = host.signedInAs()!;
    const doneAt = host.now().toISOString();
    const posted = new Map((store.posted.get(office.id) ?? []).map((entry) => [entry.procedureId, entry]));
    const records: RepostingRecord[] = [];
    for (const { procedureId, action } of body.data.items) {
      const item = pending.get(`${action}|${procedureId}`)!;
      if (action === 'take-down') posted.delete(procedureId);
      else
        posted.set(procedureId, {
          procedureId,
          fields: fieldsOf(active.get(procedureId)!),
          postedOn: at,
          postedBy: by,
        });
      records.push({
        procedureId,
        code: item.code,
        name: item.name,
        action,
        decisionNumber: item.decisionNumber,
        doneBy: by,
        doneAt,
        postedOn: at,
      });
    }
    store.posted.set(office.id, [...posted.values()]);
    store.records.set(office.id, [...records, ...(store.records.get(office.id) ?? [])]);
    return json(200, store.checklist(office, at));
  });

  route('GET', '/api/offices/:id/sheet', (request, { id }) => {
    const refused = guard(PERMISSIONS['posting.read']);
    if (refused) return refused;
    const office = officeOf(id!);
    if (office instanceof Response) return office;
    const at = atOf(request);
    if (at instanceof Response) return at;
    return json(200, postingSheet(office, catalogueAt(store.history(), at).active.values(), at));
  });

  route('GET', '/api/offices/:id/sheet.docx', (request, { id }) => {
    const refused = guard(PERMISSIONS['posting.read']);
    if (refused) return refused;
    const office = officeOf(id!);
    if (office instanceof Response) return office;
    const at = atOf(request);
    if (at instanceof Response) return at;
    // A test checks what was asked and that the file is saved, not the Word document itself.
    return new Response(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), {
      status: 200,
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': `attachment; filename="niem-yet-${office.id}-${at}.docx"`,
      },
    });
  });
}
