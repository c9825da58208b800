import {
  addDays,
  CampaignBodySchema,
  type CampaignView,
  campaignProgress,
  campaignReviewTasks,
  closeReviewTasksForDecision,
  type Decision,
  DecisionSchema,
  DraftFromTasksBodySchema,
  dayOfWeek,
  documentNumberKey,
  draftItemsFromReviewTasks,
  formatCampaignProgressEn,
  formatCampaignProgressVi,
  type IsoDate,
  type LegalDocument,
  legalRegistry,
  linkReviewTasksToDecision,
  type ProcedureRef,
  type ProcedureVersion,
  type ReviewCampaign,
  type ReviewDashboardResponse,
  type ReviewTask,
  ReviewTaskPatchSchema,
  type ReviewTaskView,
  type Role,
} from '@niemyet/core';
import type { FakeLegalStore } from './fake-legal-routes';

/**
 * The review desk of the team server (issue 11) as the console's DOM tests see it: dashboard,
 * review tasks (filter, edit, draft a decision) and campaigns, answered with core's own
 * functions (campaign tasks, progress and its sentence, draft items, linking and closing) so
 * the answers are the server's. The fake server hands in what it owns (routing, the session,
 * decisions, the catalogue in force) through `FakeReviewHost`.
 */

type Handler = (
  request: { body: string; search: URLSearchParams },
  params: Record<string, string>,
) => Response | Promise<Response>;

export interface FakeReviewHost {
  route(method: string, path: string, handler: Handler): void;
  /** The signed-in user, or the 401/403 answer to send instead. */
  guard(roles?: readonly Role[]): Response | null;
  signedInAs(): string | null;
  /** Usernames of the accounts not disabled: who a task may be assigned to. */
  activeUsernames(): string[];
  /** The catalogue in force on a date (today when null). */
  activeOn(date: IsoDate | null): ReadonlyMap<string, ProcedureVersion>;
  today(): IsoDate;
  decisions: Map<string, Decision>;
  /** The legal store the registry's routes keep: documents, tasks and campaigns. */
  legal: FakeLegalStore;
  editAs(id: string, username: string, edit: (decision: Decision) => Decision): Decision;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const error = (status: number, code: string, params: Record<string, unknown> = {}) =>
  json(status, { code, params, message: code });

const LEGAL_WRITE: Role[] = ['reviewer', 'admin'];
const LEGAL_READ: Role[] = ['drafter', 'reviewer', 'supervisor', 'admin'];
const DECISIONS_DRAFT: Role[] = ['drafter'];
/** Outcomes that close a task at once; the others wait for the decision carrying them out. */
const CLOSING = new Set(['keep', 'no_action']);

/**
 * The review desk over the fake server's legal store (`fake-legal-routes.ts`): one set of
 * documents, tasks and campaigns, so a task created by registering a document is on the desk,
 * and a task drafted or closed here shows on the document's page.
 */
export class FakeReviewDesk {
  constructor(private readonly host: FakeReviewHost) {
    this.defineRoutes();
  }

  private get store(): FakeLegalStore {
    return this.host.legal;
  }

  get documents(): readonly LegalDocument[] {
    return this.store.documents;
  }

  /** The tasks by id, read from the store each time (the registry's routes add to it too). */
  get tasks(): ReadonlyMap<string, ReviewTask> {
    return new Map(this.store.tasks.map((task) => [task.id, task]));
  }

  get campaigns(): ReadonlyMap<string, ReviewCampaign> {
    return new Map(this.store.campaigns.map((campaign) => [campaign.id, campaign]));
  }

  /** A test's fixture: registered documents (for titles and the draft's cause document). */
  addDocuments(documents: readonly LegalDocument[]): void {
    // A new array: the registry index is kept per array.
    this.store.documents = [...this.store.documents, ...documents];
  }

  /** A test's fixture: a campaign with its tasks as given (outcomes and all). */
  addCampaign(campaign: ReviewCampaign, tasks: readonly ReviewTask[]): void {
    this.store.campaigns = [...this.store.campaigns.filter((c) => c.id !== campaign.id), campaign];
    this.addTasks(tasks);
  }

  /** Adds tasks, or replaces those with the same id where they stand. */
  addTasks(tasks: readonly ReviewTask[]): void {
    const byId = new Map(tasks.map((task) => [task.id, task]));
    const kept = this.store.tasks.map((task) => byId.get(task.id) ?? task);
    const known = new Set(kept.map((task) => task.id));
    this.store.tasks = [...kept, ...tasks.filter((task) => !known.has(task.id))];
  }

  /** What the server does when a decision changes state: issuing closes its tasks, withdrawing frees them. */
  onDecision(decision: Decision): void {
    const linked = [...this.tasks.values()].filter((task) => task.decisionId === decision.id);
    if (decision.state === 'issued') this.addTasks(closeReviewTasksForDecision(linked, decision));
    if (decision.state === 'withdrawn')
      this.addTasks(
        linked
          .filter((task) => task.state !== 'done')
          .map((task) => ({ ...task, decisionId: null, state: 'open' })),
      );
  }

  private weekOf(today: IsoDate): { from: IsoDate; to: IsoDate } {
    const from = addDays(today, -((dayOfWeek(today) + 6) % 7));
    return { from, to: addDays(from, 6) };
  }

  private isOverdue(task: ReviewTask, today: IsoDate): boolean {
    return task.state !== 'done' && task.dueOn !== null && task.dueOn < today;
  }

  private isDueThisWeek(task: ReviewTask, today: IsoDate): boolean {
    const { to } = this.weekOf(today);
    return task.state !== 'done' && task.dueOn !== null && task.dueOn >= today && task.dueOn <= to;
  }

  /** Tasks as lists show them; the catalogue in force is folded once for all of them. */
  private views(tasks: readonly ReviewTask[]): ReviewTaskView[] {
    const today = this.host.today();
    const active = tasks.length === 0 ? new Map<string, ProcedureVersion>() : this.host.activeOn(today);
    const registry = legalRegistry(this.documents);
    return tasks.map((task) => ({
      ...task,
      procedures: task.procedureIds.map((procedureId): ProcedureRef => {
        const version = active.get(procedureId);
        return {
          procedureId,
          code: version?.code ?? null,
          name: version?.name ?? procedureId,
          levels: version?.levels ?? [],
          field: version?.field ?? null,
          agency: version?.agency ?? null,
        };
      }),
      documentTitle: registry.byKey.get(documentNumberKey(task.documentNumber))?.title ?? '',
      overdue: this.isOverdue(task, today),
      campaignTitle: task.campaignId === null ? null : (this.campaigns.get(task.campaignId)?.title ?? null),
      // As the server: the carrying decision's number once it has one (a draft's is '').
      decisionNumber:
        (task.decisionId === null ? '' : this.host.decisions.get(task.decisionId)?.number) || null,
    }));
  }

  private campaignView(campaign: ReviewCampaign): CampaignView {
    const progress = campaignProgress([...this.tasks.values()].filter((t) => t.campaignId === campaign.id));
    return {
      ...campaign,
      progress: {
        ...progress,
        sentenceVi: formatCampaignProgressVi(progress),
        sentenceEn: formatCampaignProgressEn(progress),
      },
    };
  }

  private sorted(tasks: Iterable<ReviewTask>): ReviewTask[] {
    return [...tasks].sort((a, b) => {
      if (a.dueOn !== b.dueOn) {
        if (a.dueOn === null) return 1;
        if (b.dueOn === null) return -1;
        return a.dueOn < b.dueOn ? -1 : 1;
      }
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
  }

  private campaignsNewestFirst(): ReviewCampaign[] {
    return [...this.campaigns.values()].sort((a, b) =>
      a.createdOn === b.createdOn ? (a.id < b.id ? 1 : -1) : a.createdOn < b.createdOn ? 1 : -1,
    );
  }

  private dashboard(): ReviewDashboardResponse {
    const today = this.host.today();
    const tasks = [...this.tasks.values()];
    const counts = { open: 0, inProgress: 0, done: 0, overdue: 0, dueThisWeek: 0 };
    const rows = new Map<string | null, ReviewDashboardResponse['byAssignee'][number]>();
    for (const task of tasks) {
      const row = rows.get(task.assignee) ?? {
        assignee: task.assignee,
        open: 0,
        inProgress: 0,
        overdue: 0,
        dueThisWeek: 0,
        done: 0,
      };
      rows.set(task.assignee, row);
      const key = task.state === 'in_progress' ? 'inProgress' : task.state;
      counts[key]++;
      row[key]++;
      if (this.isOverdue(task, today)) {
        counts.overdue++;
        row.overdue++;
      } else if (this.isDueThisWeek(task, today)) {
        counts.dueThisWeek++;
        row.dueThisWeek++;
      }
    }
    const urgent = [
      ...this.sorted(tasks.filter((t) => this.isOverdue(t, today))),
      ...this.sorted(tasks.filter((t) => this.isDueThisWeek(t, today))),
    ].slice(0, 50);
    return {
      at: today,
      week: this.weekOf(today),
      counts,
      // Most open first; on a tie by name, the unassigned row last.
      byAssignee: [...rows.values()].sort(
        (a, b) =>
          b.open + b.inProgress - (a.open + a.inProgress) ||
          (a.assignee === null ? 1 : 0) - (b.assignee === null ? 1 : 0) ||
          (a.assignee ?? '').localeCompare(b.assignee ?? ''),
      ),
      urgent: this.views(urgent),
      campaigns: this.campaignsNewestFirst().map((c) => this.campaignView(c)),
    };
  }

  private filtered(search: URLSearchParams): ReviewTask[] {
    const today = this.host.today();
    const state = search.get('state');
    const assignee = search.get('assignee');
    const campaign = search.get('campaign');
    const document = search.get('document');
    const due = search.get('due');
    const who = assignee === 'me' ? this.host.signedInAs() : assignee;
    return this.sorted(this.tasks.values()).filter(
      (task) =>
        (!state || task.state === state) &&
        (!assignee || (assignee === 'none' ? task.assignee === null : task.assignee === who)) &&
        (!campaign || task.campaignId === campaign) &&
        (!document || documentNumberKey(task.documentNumber) === documentNumberKey(document)) &&
        (due !== 'overdue' || this.isOverdue(task, today)) &&
        (due !== 'week' || this.isDueThisWeek(task, today)),
    );
  }

  private defineRoutes() {
    const { host } = this;
    host.route('GET', '/api/reviews/dashboard', () => host.guard(LEGAL_READ) ?? json(200, this.dashboard()));
    host.route('GET', '/api/review-tasks', (request) => {
      const refused = host.guard(LEGAL_READ);
      if (refused) return refused;
      const all = this.filtered(request.search);
      const limit = Number(request.search.get('limit') ?? 100);
      const offset = Number(request.search.get('offset') ?? 0);
      return json(200, {
        total: all.length,
        tasks: this.views(all.slice(offset, offset + limit)),
      });
    });
    // Before `:id`, so the draft is not read as a task id (the server's order too).
    host.route('POST', '/api/review-tasks/draft-decision', (request) => this.draft(request.body));
    host.route('PATCH', '/api/review-tasks/:id', (request, { id }) => this.patch(id!, request.body));
    host.route('GET', '/api/review-campaigns', () => {
      const refused = host.guard(LEGAL_READ);
      if (refused) return refused;
      return json(200, { campaigns: this.campaignsNewestFirst().map((c) => this.campaignView(c)) });
    });
    host.route('POST', '/api/review-campaigns', (request) => {
      const refused = host.guard(LEGAL_WRITE);
      if (refused) return refused;
      const body = CampaignBodySchema.safeParse(JSON.parse(request.body));
      if (!body.success) return error(400, 'bad-request', { field: body.error.issues[0]?.path.join('.') });
      const today = host.today();
      const campaign: ReviewCampaign = {
        id: `c-${this.campaigns.size + 1}`,
        title: body.data.title,
        createdOn: today,
        dueOn: body.data.dueOn,
        createdBy: host.signedInAs(),
      };
      const tasks = campaignReviewTasks(campaign, body.data.documents, host.activeOn(today));
      this.addCampaign(campaign, tasks);
      return json(201, { campaign: this.campaignView(campaign), tasks: this.views(tasks) });
    });
    host.route('GET', '/api/review-campaigns/:id', (_request, { id }) => {
      const refused = host.guard(LEGAL_READ);
      if (refused) return refused;
      const campaign = this.campaigns.get(id!);
      if (!campaign) return error(404, 'not-found', { resource: 'campaign', id });
      const tasks = this.sorted([...this.tasks.values()].filter((t) => t.campaignId === campaign.id));
      return json(200, { campaign: this.campaignView(campaign), tasks: this.views(tasks) });
    });
  }

  private patch(id: string, raw: string): Response {
    const refused = this.host.guard(LEGAL_WRITE);
    if (refused) return refused;
    const task = this.tasks.get(id);
    if (!task) return error(404, 'not-found', { resource: 'review-task', id });
    const body = ReviewTaskPatchSchema.safeParse(JSON.parse(raw));
    if (!body.success) return error(400, 'bad-request', { field: body.error.issues[0]?.path.join('.') });
    if (task.state === 'done') return error(409, 'task-closed', { taskId: id });
    const patch = body.data;
    if (patch.assignee && !this.host.activeUsernames().includes(patch.assignee))
      return error(422, 'bad-request', { field: 'assignee' });
    const reason = patch.reason ?? task.reason;
    if (patch.outcome && !reason) return error(422, 'reason-required');
    let next: ReviewTask = {
      ...task,
      ...(patch.assignee !== undefined ? { assignee: patch.assignee } : {}),
      ...(patch.dueOn !== undefined ? { dueOn: patch.dueOn } : {}),
      ...(patch.state ? { state: patch.state } : {}),
      ...(patch.note !== undefined ? { note: patch.note || null } : {}),
      reason,
    };
    if (patch.outcome) {
      const closes = CLOSING.has(patch.outcome) || task.kind === 'campaign';
      next = {
        ...next,
        outcome: patch.outcome,
        reason: patch.reason!,
        state: closes ? 'done' : 'in_progress',
      };
    }
    this.addTasks([next]);
    return json(200, this.views([next])[0]);
  }

  private draft(raw: string): Response {
    const { host } = this;
    const refused = host.guard(DECISIONS_DRAFT);
    if (refused) return refused;
    const body = DraftFromTasksBodySchema.safeParse(JSON.parse(raw));
    if (!body.success) return error(400, 'bad-request', { field: body.error.issues[0]?.path.join('.') });
    const tasks: ReviewTask[] = [];
    for (const taskId of body.data.taskIds) {
      const task = this.tasks.get(taskId);
      if (!task) return error(404, 'not-found', { resource: 'review-task', id: taskId });
      if (task.state === 'done') return error(409, 'task-closed', { taskId });
      const carrier = task.decisionId === null ? undefined : host.decisions.get(task.decisionId);
      if (carrier && carrier.state !== 'withdrawn')
        return error(409, 'task-linked', { taskId, decisionId: carrier.id });
      tasks.push(task);
    }
    const registry = legalRegistry(this.documents);
    const causes = [...new Set(tasks.map((t) => t.triggeredBy).filter((n): n is string => n !== null))]
      .map((number) => registry.byKey.get(documentNumberKey(number)))
      .filter((document) => document !== undefined);
    const effective = causes
      .map((document) => document.effectiveOn)
      .filter((date): date is IsoDate => date !== null)
      .sort()
      .at(-1);
    // The catalogue in force when the decision will take effect, as the server reads it.
    const items = draftItemsFromReviewTasks(tasks, host.activeOn(effective ?? null), registry);
    if (items.length === 0) return error(422, 'nothing-to-draft', { taskIds: body.data.taskIds });
    const numbers = causes.map((document) => document.number);
    const title =
      body.data.title ??
      (numbers.length > 0
        ? `Công bố thủ tục hành chính sửa đổi, bổ sung, bãi bỏ theo ${numbers.join(', ')}`
        : 'Công bố thủ tục hành chính sửa đổi, bổ sung, bãi bỏ sau rà soát');
    const author = host.signedInAs()!;
    const id = `d-review-${host.decisions.size + 1}`;
    host.decisions.set(
      id,
      DecisionSchema.parse({
        id,
        number: '',
        title,
        state: 'draft',
        author,
        transitions: [{ from: null, to: 'draft', actor: author, at: `${host.today()}T00:00:00.000Z` }],
      }),
    );
    host.editAs(id, author, (decision) => ({
      ...decision,
      items,
      effectiveOn: effective ?? decision.effectiveOn,
    }));
    const linked = linkReviewTasksToDecision(tasks, id);
    this.addTasks(linked);
    return json(201, { decisionId: id, tasks: this.views(linked) });
  }
}
