import {
  applyDecisionCommand,
  buildCatalogueSnapshot,
  type CatalogueSnapshot,
  can,
  catalogueAt,
  commandError,
  type DeadlineStatus,
  type Decision,
  type DecisionCommand,
  type DecisionComment,
  DecisionCommentBodySchema,
  type DecisionDetailResponse,
  type DecisionItem,
  type DecisionItemInput,
  DecisionPatchBodySchema,
  type DecisionRef,
  type DecisionRevisionResponse,
  DecisionRuleError,
  DecisionSchema,
  type DecisionSummary,
  type DemoResponse,
  decisionContent,
  editDecision,
  foldCatalogue,
  type ImportDecisionsResponse,
  importDecisionCsvBytes,
  issueDecision,
  isValidIsoDate,
  makeProcedureFields,
  NationalDbBodySchema,
  type Permission,
  type ProcedureVersion,
  type Publication,
  parseProcedureCode,
  permissionsOf,
  procedureHistory,
  type Role,
  TRANSITION_PERMISSIONS,
  TRANSITION_TARGETS,
  TransitionBodySchema,
  type TransitionTarget,
  todayInVietnam,
  type User,
  validateDecision,
  type WorkspaceBundle,
  WorkspaceBundleSchema,
  waitingOn,
} from '@niemyet/core';
import { changesRoutes, FakeChanges } from './fake-changes-routes';
import { FakeLegalStore, installLegalRoutes } from './fake-legal-routes';
import { FakePortalStore, installPortalRoutes } from './fake-portal-routes';
import { FakePostingStore, installPostingRoutes } from './fake-posting';
import { FakeReviewDesk } from './fake-review-routes';

/**
 * The team server's API as the console sees it, in memory, for the console's DOM tests: a
 * `fetch` that answers the routes the console calls with the contract's shapes and codes
 * (core does the work: the CSV import, the fold, the snapshot). It is a test double, not the
 * server: one browser's cookie is one "signed in as" slot, and every request is recorded so a
 * test can say what the console asked (an If-None-Match, a body).
 */

export interface FakeAccount {
  password: string;
  roles: Role[];
  disabled?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  /** The body read as UTF-8 (JSON bodies, and CSV files in UTF-8). */
  body: string;
  /** The body's bytes as sent (an uploaded file in another encoding). */
  bytes: Uint8Array;
}

export interface FakeServerOptions {
  accounts?: Record<string, FakeAccount>;
  /** Signed in from the start as this user (the cookie of an earlier visit). */
  signedInAs?: string | null;
  /** The first-run token; setup is needed while there is no account. */
  setupToken?: string;
  /** Failed sign-ins before 429 `too-many-requests`, and the Retry-After it sends. */
  throttleAfter?: number;
  retryAfterSeconds?: number;
  now?: () => Date;
}

type Handler = (request: RecordedRequest, params: Record<string, string>) => Response | Promise<Response>;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
const error = (status: number, code: string, params: Record<string, unknown> = {}, extra = {}) =>
  json(status, { code, params, message: code, ...extra });
const noContent = () => new Response(null, { status: 204 });

export class FakeServer {
  readonly requests: RecordedRequest[] = [];
  readonly accounts = new Map<string, FakeAccount & { createdAt: string; lastSignInAt: string | null }>();
  signedInAs: string | null;
  setupToken: string;
  decisions = new Map<string, Decision>();
  baseline: ProcedureVersion[] = [];
  /** A decision's deadline as the server would compute it (core's rules); none unless a test sets one. */
  deadlines = new Map<string, DeadlineStatus>();
  /** When each decision last changed (the list's order and its "updated" column); absent: the workspace's revision. */
  updatedAt = new Map<string, string>();
  changeLogCount = 0;
  publications: { publication: Publication; snapshot: CatalogueSnapshot }[] = [];
  activity: {
    id: number;
    at: string;
    actor: string | null;
    action: string;
    target: string | null;
    details: Record<string, unknown>;
  }[] = [];
  /** Changes whenever the workspace does: the snapshots' `generatedAt`, so an unchanged catalogue keeps its hash. */
  private revision = '2026-01-01T00:00:00.000Z';
  private failures = 0;
  private readonly options: Required<Pick<FakeServerOptions, 'throttleAfter' | 'retryAfterSeconds' | 'now'>>;
  /** Requests held back until released (a test looks at the screen mid-request). */
  private gate: Promise<void> | null = null;
  private openGate: () => void = () => {};
  private routes: { method: string; pattern: RegExp; keys: string[]; handler: Handler }[] = [];
  /** Comments by decision id, oldest first. */
  comments = new Map<string, DecisionComment[]>();
  /** The change log's entries, chain check, reports and exports (`fake-changes-routes.ts`). */
  readonly changes = new FakeChanges();
  /** Saved revisions by decision id, oldest first (recorded as the decisions are seen). */
  private revisionLog = new Map<string, DecisionRevisionResponse[]>();
  /** The legal-document registry and its review tasks (fake-legal-routes.ts). */
  readonly legal = new FakeLegalStore();
  /** Portal watches, the findings inbox and access tokens (fake-portal-routes.ts). */
  readonly portals = new FakePortalStore();
  /** Offices, what each posted and the re-posting records (fake-posting.ts). */
  readonly posting = new FakePostingStore();

  constructor(options: FakeServerOptions = {}) {
    this.options = {
      throttleAfter: options.throttleAfter ?? 5,
      retryAfterSeconds: options.retryAfterSeconds ?? 60,
      now: options.now ?? (() => new Date('2026-12-06T02:00:00.000Z')),
    };
    const createdAt = '2026-11-01T00:00:00.000Z';
    for (const [username, account] of Object.entries(options.accounts ?? {}))
      this.accounts.set(username, { disabled: false, ...account, createdAt, lastSignInAt: null });
    this.signedInAs = options.signedInAs ?? null;
    this.setupToken = options.setupToken ?? 'setup-token';
    this.defineRoutes();
    this.reviewRoutes();
    this.editRoutes();
    installLegalRoutes({
      route: (method, path, handler) => this.route(method, path, handler),
      guard: (roles) => this.guard(roles),
      workspace: () => ({ baseline: this.baseline, decisions: [...this.decisions.values()] }),
      today: () => todayInVietnam(this.options.now()),
      legal: this.legal,
    });
    changesRoutes(
      this.changes,
      (method, path, handler) => this.route(method, path, handler),
      (roles) => this.guard(roles),
    );
    installPortalRoutes(
      {
        route: (method, path, handler) => this.route(method, path, handler),
        guard: (roles) => this.guard(roles),
        signedInAs: () => this.signedInAs,
        now: () => this.options.now(),
      },
      this.portals,
    );
    installPostingRoutes(
      {
        route: (method, path, handler) => this.route(method, path, handler),
        guard: (roles) => this.guard(roles),
        signedInAs: () => this.signedInAs,
        workspace: () => ({ baseline: this.baseline, decisions: [...this.decisions.values()] }),
        today: () => todayInVietnam(this.options.now()),
        now: () => this.options.now(),
      },
      this.posting,
    );
    this.reviewDesk = new FakeReviewDesk({
      route: (method, path, handler) => this.route(method, path, handler),
      guard: (roles) => this.guard(roles),
      signedInAs: () => this.signedInAs,
      activeUsernames: () => [...this.accounts].filter(([, a]) => !a.disabled).map(([name]) => name),
      activeOn: (date) => this.activeOn(date),
      today: () => todayInVietnam(this.options.now()),
      decisions: this.decisions,
      legal: this.legal,
      editAs: (id, username, edit) => this.editAs(id, username, edit),
    });
  }

  /** Review tasks and campaigns (issue 11), in `fake-review-routes.ts`. */
  readonly reviewDesk: FakeReviewDesk;

  /** The `fetch` to hand the console's API client. */
  readonly fetch = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://console.test');
    const bytes =
      init.body === undefined || init.body === null
        ? new Uint8Array()
        : new Uint8Array(await new Response(init.body).arrayBuffer());
    const body = new TextDecoder().decode(bytes);
    const request: RecordedRequest = {
      method: (init.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      search: url.searchParams,
      headers: new Headers(init.headers),
      body,
      bytes,
    };
    this.requests.push(request);
    if (this.gate) await this.gate;
    if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    for (const route of this.routes) {
      if (route.method !== request.method) continue;
      const match = route.pattern.exec(request.path);
      if (!match) continue;
      const params = Object.fromEntries(route.keys.map((key, i) => [key, decodeURIComponent(match[i + 1]!)]));
      return route.handler(request, params);
    }
    return error(404, 'not-found', { resource: request.path });
  }) as typeof fetch;

  /** Holds every request from now on until `release()`. */
  hold(): void {
    this.gate = new Promise((resolve) => {
      this.openGate = resolve;
    });
  }

  release(): void {
    this.gate = null;
    this.openGate();
  }

  /** The session ends on the server (expired, or the admin disabled the account). */
  expireSession(): void {
    this.signedInAs = null;
  }

  requestsTo(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path === path);
  }

  private route(method: string, path: string, handler: Handler) {
    const keys: string[] = [];
    const pattern = new RegExp(
      `^${path.replace(/:(\w+)/g, (_m, key: string) => {
        keys.push(key);
        return '([^/]+)';
      })}$`,
    );
    this.routes.push({ method, pattern, keys, handler });
  }

  private now(): string {
    return this.options.now().toISOString();
  }

  private log(action: string, target: string | null = null, details: Record<string, unknown> = {}) {
    this.activity.unshift({
      id: this.activity.length + 1,
      at: this.now(),
      actor: this.signedInAs,
      action,
      target,
      details,
    });
  }

  /** The signed-in user, or the 401/403 answer to send instead. */
  private guard(roles?: readonly Role[]): Response | null {
    const user = this.signedInAs === null ? undefined : this.accounts.get(this.signedInAs);
    if (!user || user.disabled) return error(401, 'unauthenticated');
    if (roles && !user.roles.some((role) => roles.includes(role)))
      return error(403, 'forbidden', { permission: roles.join('|') });
    return null;
  }

  private userOf(username: string): User {
    const account = this.accounts.get(username)!;
    return {
      username,
      roles: account.roles,
      disabled: account.disabled ?? false,
      createdAt: account.createdAt,
      lastSignInAt: account.lastSignInAt,
    };
  }

  snapshotAt(at: string): CatalogueSnapshot {
    const history = foldCatalogue(this.baseline, [...this.decisions.values()]);
    return buildCatalogueSnapshot(catalogueAt(history, at), this.revision);
  }

  /** Merges a bundle all or nothing, like the server's import: conflicts refuse it whole. */
  mergeBundle(bundle: Pick<WorkspaceBundle, 'decisions' | 'baseline' | 'changeLog'>): Response {
    const conflicts = bundle.decisions
      .filter((d) => this.decisions.has(d.id) && this.decisions.get(d.id)!.revisionHash !== d.revisionHash)
      .map((d) => ({ decisionId: d.id, number: d.number }));
    if (conflicts.length > 0) return error(409, 'import-conflict', { conflicts });
    const added = bundle.decisions.filter((d) => !this.decisions.has(d.id));
    const known = new Set(this.baseline.map((v) => v.procedureId));
    for (const d of this.decisions.values()) for (const item of d.items) known.add(item.procedureId);
    const baseline = bundle.baseline.filter((v) => !known.has(v.procedureId));
    for (const decision of added) this.decisions.set(decision.id, decision);
    this.baseline.push(...baseline);
    const addedIds = new Set(added.map((d) => d.id));
    const logged = bundle.changeLog.filter((e) => addedIds.has(e.decisionId)).length;
    this.changeLogCount += logged;
    if (added.length > 0 || baseline.length > 0) this.revision = this.now();
    const byAction = { new: 0, amended: 0, abolished: 0 };
    let items = 0;
    for (const decision of bundle.decisions)
      for (const item of decision.items) {
        items++;
        byAction[item.action]++;
      }
    const figures: Omit<ImportDecisionsResponse, 'warnings'> = {
      decisions: bundle.decisions.length,
      items,
      ...byAction,
      decisionsAdded: added.length,
      decisionsAlreadyPresent: bundle.decisions.length - added.length,
      baseline: baseline.length,
      changeLog: logged,
    };
    this.log('import', null, figures);
    return json(200, { ...figures, warnings: [] });
  }

  private summaryOf(d: Decision): DecisionSummary {
    return {
      id: d.id,
      number: d.number,
      title: d.title,
      state: d.state,
      author: d.author,
      reviewers: d.reviewers,
      approvedBy: d.approvals.filter((a) => a.revisionHash === d.revisionHash).map((a) => a.reviewer),
      deadline: this.deadlines.get(d.id) ?? { status: 'none', kind: null, dueOn: null },
      revision: d.revision,
      signedOn: d.signedOn,
      effectiveOn: d.effectiveOn,
      items: d.items.length,
      updatedAt: this.updatedAt.get(d.id) ?? this.revision,
    };
  }

  /** While set, `POST /api/demo` waits for it: a test can see the console at work. */
  demoGate: Promise<void> | null = null;

  /** A small stand-in for the server's demo (its generator lives in the server): three procedures, one draft. */
  private loadDemo(): DemoResponse {
    const procedures: [string, string][] = [
      ['1.004194', 'Đăng ký tạm trú'],
      ['1.004222', 'Đăng ký thường trú'],
      ['2.000815', 'Chứng thực bản sao từ bản chính'],
    ];
    for (const [code, name] of procedures)
      this.baseline.push({
        ...makeProcedureFields({ code, name, levels: ['commune'] }),
        procedureId: code,
        effectiveFrom: null,
        effectiveTo: null,
        decisionId: null,
      });
    const at = this.now();
    const draft = DecisionSchema.parse({
      id: 'demo-dt-01',
      number: '',
      title: 'Quyết định công bố danh mục thủ tục hành chính được sửa đổi, bổ sung',
      state: 'draft',
      author: 'demo.soanthao',
      transitions: [{ from: null, to: 'draft', actor: 'demo.soanthao', at }],
    });
    this.decisions.set(draft.id, draft);
    this.revision = at;
    const byState = { draft: 1, in_review: 0, changes_requested: 0, approved: 0, issued: 0, withdrawn: 0 };
    return { procedures: procedures.length, decisions: 1, byState };
  }

  private defineRoutes() {
    this.route('POST', '/api/demo', async () => {
      const refused = this.guard(['admin']);
      if (refused) return refused;
      if (this.demoGate) await this.demoGate;
      if (this.decisions.size > 0 || this.baseline.length > 0) return error(409, 'workspace-not-empty');
      const loaded = this.loadDemo();
      this.log('import', 'demo', loaded);
      return json(200, loaded);
    });
    this.route('GET', '/api/setup', () => json(200, { needed: this.accounts.size === 0 }));
    this.route('POST', '/api/setup', (request) => {
      const body = JSON.parse(request.body) as { token: string; username: string; password: string };
      if (this.accounts.size > 0) return error(409, 'setup-done');
      if (body.token !== this.setupToken) return error(403, 'setup-token-invalid');
      this.accounts.set(body.username, {
        password: body.password,
        roles: ['admin'],
        disabled: false,
        createdAt: this.now(),
        lastSignInAt: this.now(),
      });
      this.signedInAs = body.username;
      this.log('setup', body.username);
      return noContent();
    });
    this.route('POST', '/api/session', (request) => {
      const body = JSON.parse(request.body) as { username: string; password: string };
      if (this.failures >= this.options.throttleAfter)
        return json(
          429,
          {
            code: 'too-many-requests',
            params: { retryAfter: this.options.retryAfterSeconds },
            message: 'throttled',
          },
          { 'Retry-After': String(this.options.retryAfterSeconds) },
        );
      const account = this.accounts.get(body.username);
      if (!account || account.disabled || account.password !== body.password) {
        this.failures++;
        return error(401, 'invalid-credentials');
      }
      this.failures = 0;
      account.lastSignInAt = this.now();
      this.signedInAs = body.username;
      this.log('sign-in', body.username);
      return noContent();
    });
    this.route('DELETE', '/api/session', () => {
      this.log('sign-out');
      this.signedInAs = null;
      return noContent();
    });
    this.route('GET', '/api/me', () => {
      const refused = this.guard();
      if (refused) return refused;
      const roles = this.accounts.get(this.signedInAs!)!.roles;
      return json(200, { username: this.signedInAs, roles, permissions: permissionsOf(roles) });
    });
    this.route('GET', '/api/users', () => {
      const refused = this.guard(['admin']);
      if (refused) return refused;
      return json(200, { users: [...this.accounts.keys()].sort().map((u) => this.userOf(u)) });
    });
    this.route('POST', '/api/users', (request) => {
      const refused = this.guard(['admin']);
      if (refused) return refused;
      const body = JSON.parse(request.body) as { username: string; password: string; roles: Role[] };
      if (this.accounts.has(body.username)) return error(409, 'username-taken', { username: body.username });
      this.accounts.set(body.username, {
        password: body.password,
        roles: body.roles,
        disabled: false,
        createdAt: this.now(),
        lastSignInAt: null,
      });
      this.log('user-created', body.username, { roles: body.roles });
      return json(201, this.userOf(body.username));
    });
    this.route('PATCH', '/api/users/:username', (request, { username }) => {
      const refused = this.guard(['admin']);
      if (refused) return refused;
      const account = this.accounts.get(username!);
      if (!account) return error(404, 'not-found', { resource: 'user', id: username });
      const body = JSON.parse(request.body) as { roles?: Role[]; disabled?: boolean; password?: string };
      if (body.roles) account.roles = body.roles;
      if (body.disabled !== undefined) account.disabled = body.disabled;
      if (body.password) account.password = body.password;
      this.log('user-updated', username!, { ...body, password: undefined });
      return json(200, this.userOf(username!));
    });
    this.route('GET', '/api/activity', () => {
      const refused = this.guard(['admin', 'supervisor']);
      if (refused) return refused;
      return json(200, {
        total: this.activity.length,
        entries: this.activity.map((entry) => ({ ...entry, address: '127.0.0.1' })),
      });
    });
    this.route('GET', '/api/backup', () => {
      const refused = this.guard(['admin', 'supervisor']);
      if (refused) return refused;
      return json(200, {
        format: 'niemyet.workspace',
        version: 2,
        exportedAt: this.now(),
        baseline: this.baseline,
        decisions: [...this.decisions.values()],
      });
    });
    this.route('POST', '/api/restore', (request) => {
      const refused = this.guard(['admin']);
      if (refused) return refused;
      const bundle = WorkspaceBundleSchema.safeParse(JSON.parse(request.body));
      if (!bundle.success) return error(422, 'restore-refused');
      this.baseline.splice(0, this.baseline.length, ...bundle.data.baseline);
      this.decisions.clear();
      for (const decision of bundle.data.decisions) this.decisions.set(decision.id, decision);
      this.changeLogCount = bundle.data.changeLog.length;
      return json(200, {
        decisions: bundle.data.decisions.length,
        baseline: bundle.data.baseline.length,
        changeLog: bundle.data.changeLog.length,
        legalDocuments: bundle.data.legalDocuments.length,
      });
    });
    this.route('POST', '/api/imports/decisions', (request) => {
      const refused = this.guard(['drafter', 'admin']);
      if (refused) return refused;
      if (!(request.headers.get('Content-Type') ?? '').startsWith('text/csv'))
        return error(415, 'unsupported-media-type', { expected: 'text/csv' });
      const result = importDecisionCsvBytes(request.bytes, {
        fileName: 'upload.csv',
        importedAt: this.now(),
      });
      if (!result.ok) return error(422, 'import-invalid', {}, { errors: result.errors });
      const merged = this.mergeBundle(result.bundle);
      if (merged.status !== 200) return merged;
      return merged.json().then((figures: object) => json(200, { ...figures, warnings: result.warnings }));
    });
    this.route('POST', '/api/imports/workspace', (request) => {
      const refused = this.guard(['drafter', 'admin']);
      if (refused) return refused;
      const bundle = WorkspaceBundleSchema.safeParse(JSON.parse(request.body));
      if (!bundle.success)
        return error(400, 'bad-request', { field: bundle.error.issues[0]?.path.join('.') });
      return this.mergeBundle(bundle.data);
    });
    const snapshotAnswer = (request: RecordedRequest, snapshot: CatalogueSnapshot) => {
      const etag = `"${snapshot.hash}"`;
      if (request.headers.get('If-None-Match') === etag)
        return new Response(null, { status: 304, headers: { ETag: etag } });
      return json(200, snapshot, { ETag: etag });
    };
    this.route('GET', '/api/catalogue/snapshot', (request) => {
      const refused = this.guard();
      if (refused) return refused;
      const at = request.search.get('at') ?? todayInVietnam(this.options.now());
      if (!isValidIsoDate(at)) return error(400, 'bad-request', { field: 'at' });
      return snapshotAnswer(request, this.snapshotAt(at));
    });
    this.route('GET', '/api/catalogue/published', (request) => {
      const latest = this.publications[0];
      if (!latest) return error(404, 'not-found', { resource: 'publication' });
      return snapshotAnswer(request, latest.snapshot);
    });
    this.route('GET', '/api/publications', () => {
      const refused = this.guard();
      if (refused) return refused;
      return json(200, { publications: this.publications.map((p) => p.publication) });
    });
    this.route('POST', '/api/publications', (request) => {
      const refused = this.guard(['drafter', 'supervisor']);
      if (refused) return refused;
      const { asOf } = JSON.parse(request.body) as { asOf: string };
      const snapshot = buildCatalogueSnapshot(
        catalogueAt(foldCatalogue(this.baseline, [...this.decisions.values()]), asOf),
        this.now(),
      );
      const publication: Publication = {
        hash: snapshot.hash,
        asOf,
        generatedAt: snapshot.generatedAt,
        publishedAt: this.now(),
        publishedBy: this.signedInAs!,
        procedures: snapshot.procedures.length,
        upcoming: snapshot.upcoming.length,
        abolished: snapshot.abolished.length,
      };
      this.publications.unshift({ publication, snapshot });
      this.log('publication', snapshot.hash);
      return json(201, publication);
    });
    this.route('GET', '/api/decisions', (request) => {
      const refused = this.guard();
      if (refused) return refused;
      const limit = Number(request.search.get('limit') ?? 50);
      const offset = Number(request.search.get('offset') ?? 0);
      const state = request.search.get('state');
      const waiting = request.search.get('waiting') === 'me';
      const roles = this.accounts.get(this.signedInAs!)!.roles;
      const all = [...this.decisions.values()]
        .filter((d) => !state || d.state === state)
        .filter((d) => !waiting || waitingOn(d, this.signedInAs!, roles))
        .map((d) => this.summaryOf(d))
        // Newest change first; ties by id so pages never overlap.
        .sort((a, b) =>
          a.updatedAt === b.updatedAt ? (a.id < b.id ? -1 : 1) : a.updatedAt < b.updatedAt ? 1 : -1,
        );
      return json(200, { total: all.length, decisions: all.slice(offset, offset + limit) });
    });
    this.route('POST', '/api/decisions', (request) => {
      const refused = this.guard(['drafter']);
      if (refused) return refused;
      const body = JSON.parse(request.body) as { title: string };
      const id = `d-${this.decisions.size + 1}-${this.now()}`;
      this.decisions.set(id, {
        id,
        number: '',
        title: body.title,
        issuer: null,
        signer: null,
        signedOn: null,
        effectiveOn: null,
        scope: { agency: null, fields: [], levels: [] },
        items: [],
        legalBasis: [],
        attachments: [],
        state: 'draft',
        author: this.signedInAs!,
        revision: 0,
        revisionHash: '',
        reviewers: [],
        approvals: [],
        transitions: [{ from: null, to: 'draft', actor: this.signedInAs!, at: this.now(), comment: null }],
      });
      this.updatedAt.set(id, this.now());
      return json(201, { id, revision: 0, state: 'draft' });
    });
    this.route('GET', '/api/procedures/:id', (_request, { id }) => {
      const refused = this.guard();
      if (refused) return refused;
      const history = foldCatalogue(this.baseline, [...this.decisions.values()]);
      const versions = procedureHistory(history, id!);
      if (versions.length === 0) return error(404, 'not-found', { resource: 'procedure', id });
      const decisions: Record<string, DecisionRef> = {};
      for (const version of versions) {
        const decision = version.decisionId === null ? undefined : this.decisions.get(version.decisionId);
        if (decision)
          decisions[decision.id] = {
            id: decision.id,
            number: decision.number,
            title: decision.title,
            state: decision.state,
            signedOn: decision.signedOn,
            effectiveOn: decision.effectiveOn,
          };
      }
      return json(200, { procedureId: id, versions, decisions });
    });
  }

  /**
   * The review workflow, as the server does it with core's rules: the detail (validation and
   * the transitions the caller may take), transitions, comments, revisions, people and the
   * national-database record. Kept in one block of routes of its own.
   */
  private reviewRoutes() {
    this.route('GET', '/api/decisions/:id', (_request, { id }) => {
      const refused = this.guard();
      if (refused) return refused;
      const decision = this.decisions.get(id!);
      if (!decision) return error(404, 'not-found', { resource: 'decision', id });
      return json(200, this.detailOf(id!, this.signedInAs!));
    });
    this.route('GET', '/api/people', () => {
      const refused = this.guard();
      if (refused) return refused;
      const people = [...this.accounts.entries()]
        .filter(([, account]) => !account.disabled)
        .map(([username, account]) => ({ username, roles: account.roles }))
        .sort((a, b) => a.username.localeCompare(b.username));
      return json(200, { people });
    });
    this.route('POST', '/api/decisions/:id/transitions', (request, { id }) => {
      const signedOut = this.guard();
      if (signedOut) return signedOut;
      const decision = this.decisions.get(id!);
      const body = TransitionBodySchema.safeParse(JSON.parse(request.body));
      if (!body.success) return error(400, 'bad-request', { field: body.error.issues[0]?.path.join('.') });
      const permission = TRANSITION_PERMISSIONS[body.data.to];
      const refused = this.guard(rolesWith(permission));
      if (refused) return refused;
      if (!decision) return error(404, 'not-found', { resource: 'decision', id });
      const actor = this.signedInAs!;
      const stale = this.staleAnswer(decision, body.data.revision);
      if (stale) return stale;
      const verdict = body.data.to === 'approved' || body.data.to === 'changes_requested';
      if (verdict && decision.reviewers.length > 0 && !decision.reviewers.includes(actor))
        return error(403, 'not-assigned-reviewer', { reviewers: decision.reviewers });
      const at = this.now();
      let next: Decision;
      try {
        if (body.data.to === 'issued') {
          const effectiveOn = body.data.effectiveOn ?? decision.effectiveOn;
          const active = this.activeOn(effectiveOn);
          const outcome = issueDecision(
            decision,
            { number: body.data.number!, signedOn: body.data.signedOn!, effectiveOn },
            actor,
            at,
            { activeAt: () => active },
          );
          if (!outcome.ok) return error(422, 'validation-failed', {}, { issues: outcome.issues });
          next = { ...outcome.decision, signer: body.data.signer ?? outcome.decision.signer };
        } else {
          const type = COMMAND_OF[body.data.to];
          const issues = type === 'submit' ? this.validationOf(decision) : undefined;
          if (issues?.some((i) => i.severity === 'error'))
            return error(422, 'validation-failed', {}, { issues });
          const command = { type, actor, comment: body.data.comment ?? null, issues } as DecisionCommand;
          next = applyDecisionCommand(decision, command, at);
          if (type === 'submit') next = { ...next, reviewers: body.data.reviewers ?? [] };
        }
      } catch (cause) {
        if (!(cause instanceof DecisionRuleError)) throw cause;
        return ruleRefusal(cause);
      }
      this.decisions.set(next.id, next);
      this.reviewDesk.onDecision(next);
      this.recordRevision(next, actor, at);
      this.revision = at;
      return json(200, this.detailOf(next.id, actor));
    });
    this.route('GET', '/api/decisions/:id/comments', (_request, { id }) => {
      const refused = this.guard();
      if (refused) return refused;
      if (!this.decisions.has(id!)) return error(404, 'not-found', { resource: 'decision', id });
      return json(200, { comments: this.comments.get(id!) ?? [] });
    });
    this.route('POST', '/api/decisions/:id/comments', (request, { id }) => {
      const refused = this.guard(rolesWith('decisions.comment'));
      if (refused) return refused;
      const decision = this.decisions.get(id!);
      if (!decision) return error(404, 'not-found', { resource: 'decision', id });
      if (decision.state === 'issued' || decision.state === 'withdrawn') return error(409, 'immutable');
      const body = DecisionCommentBodySchema.safeParse(JSON.parse(request.body));
      if (!body.success) return error(400, 'bad-request', { field: body.error.issues[0]?.path.join('.') });
      const list = this.comments.get(id!) ?? [];
      const comment: DecisionComment = {
        id: `c-${list.length + 1}`,
        decisionId: id!,
        revision: body.data.revision,
        author: this.signedInAs!,
        at: this.now(),
        itemId: body.data.itemId ?? null,
        field: body.data.field ?? null,
        text: body.data.text,
      };
      this.comments.set(id!, [...list, comment]);
      return json(201, comment);
    });
    this.route('GET', '/api/decisions/:id/revisions', (_request, { id }) => {
      const refused = this.guard();
      if (refused) return refused;
      const decision = this.decisions.get(id!);
      if (!decision) return error(404, 'not-found', { resource: 'decision', id });
      this.recordRevision(decision, decision.author, this.now());
      const revisions = (this.revisionLog.get(id!) ?? []).map(({ content: _content, ...summary }) => summary);
      return json(200, { revisions });
    });
    this.route('GET', '/api/decisions/:id/revisions/:revision', (_request, { id, revision }) => {
      const refused = this.guard();
      if (refused) return refused;
      const decision = this.decisions.get(id!);
      if (!decision) return error(404, 'not-found', { resource: 'decision', id });
      this.recordRevision(decision, decision.author, this.now());
      const found = (this.revisionLog.get(id!) ?? []).find((r) => String(r.revision) === revision);
      if (!found) return error(404, 'not-found', { resource: 'revision', id: revision });
      return json(200, found);
    });
    this.route('POST', '/api/decisions/:id/national-db', (request, { id }) => {
      const refused = this.guard(rolesWith('decisions.issue'));
      if (refused) return refused;
      const decision = this.decisions.get(id!);
      if (!decision) return error(404, 'not-found', { resource: 'decision', id });
      if (decision.state !== 'issued')
        return error(409, 'invalid-transition', { from: decision.state, to: 'national-db' });
      const body = NationalDbBodySchema.safeParse(JSON.parse(request.body));
      if (!body.success) return error(400, 'bad-request', { field: body.error.issues[0]?.path.join('.') });
      const chosen = body.data.itemIds ? new Set(body.data.itemIds) : null;
      // The date of entry is a fact about the national database, not content a reviewer approved.
      const next: Decision = {
        ...decision,
        items: decision.items.map((item) =>
          (chosen ? chosen.has(item.id) : item.nationalDbOn === null)
            ? { ...item, nationalDbOn: body.data.on }
            : item,
        ),
      };
      this.decisions.set(next.id, next);
      this.changeLogCount += chosen
        ? chosen.size
        : decision.items.filter((i) => i.nationalDbOn === null).length;
      return json(200, this.detailOf(next.id, this.signedInAs!));
    });
  }

  /**
   * The editor's save: `PATCH /api/decisions/:id` with the revision the edit was made on (409
   * `stale-revision` with `currentRevision` when it is not the current one), applied with
   * core's `editDecision`. Items are read as the server reads them, simply: the code into its
   * canonical form and procedureId, a given id kept.
   */
  private editRoutes() {
    this.route('PATCH', '/api/decisions/:id', (request, { id }) => {
      const refused = this.guard(rolesWith('decisions.draft'));
      if (refused) return refused;
      const decision = this.decisions.get(id!);
      if (!decision) return error(404, 'not-found', { resource: 'decision', id });
      const body = DecisionPatchBodySchema.safeParse(JSON.parse(request.body));
      if (!body.success) return error(400, 'bad-request', { field: body.error.issues[0]?.path.join('.') });
      if (decision.state === 'withdrawn') return error(409, 'immutable');
      const stale = this.staleAnswer(decision, body.data.revision);
      if (stale) return stale;
      const { revision: _revision, items, ...header } = body.data;
      const changed = Object.fromEntries(Object.entries(header).filter(([, value]) => value !== undefined));
      this.recordRevision(decision, decision.author, this.now());
      const next = editDecision(
        decision,
        (content) => ({
          ...content,
          ...changed,
          ...(items
            ? { items: items.map((input, index) => itemOf(input, `${id}#${decision.revision + 1}.${index}`)) }
            : {}),
        }),
        this.signedInAs!,
        this.now(),
      );
      this.decisions.set(next.id, next);
      this.recordRevision(next, this.signedInAs!, this.now());
      this.updatedAt.set(next.id, this.now());
      return json(200, this.detailOf(next.id, this.signedInAs!));
    });
  }

  /** `GET /api/decisions/:id` as `username` would get it: validation and the transitions they may take. */
  detailOf(id: string, username: string): DecisionDetailResponse {
    const decision = this.decisions.get(id);
    if (!decision) throw new Error(`no decision ${id}`);
    this.recordRevision(decision, decision.author, this.now());
    const roles = this.accounts.get(username)?.roles ?? [];
    const validation = this.validationOf(decision);
    const transitions = TRANSITION_TARGETS.filter((to) => {
      if (!can(roles, TRANSITION_PERMISSIONS[to])) return false;
      const verdict = to === 'approved' || to === 'changes_requested';
      if (verdict && decision.reviewers.length > 0 && !decision.reviewers.includes(username)) return false;
      const type = to === 'issued' ? 'issue' : COMMAND_OF[to];
      const command = { type, actor: username, comment: '…', issues: validation } as DecisionCommand;
      return commandError(decision, command) === null;
    });
    return { decision, validation, transitions };
  }

  /** An edit by `username` with core's rules (what PATCH does), recording the new revision. */
  editAs(id: string, username: string, edit: (decision: Decision) => Decision): Decision {
    const decision = this.decisions.get(id);
    if (!decision) throw new Error(`no decision ${id}`);
    this.recordRevision(decision, decision.author, this.now());
    const next = editDecision(
      decision,
      (content) => decisionContent(edit({ ...decision, ...content })),
      username,
      this.now(),
    );
    this.decisions.set(id, next);
    this.recordRevision(next, username, this.now());
    return next;
  }

  private validationOf(decision: Decision) {
    if (decision.state === 'issued' || decision.state === 'withdrawn') return [];
    const active = this.activeOn(decision.effectiveOn);
    return validateDecision(decision, { activeAt: () => active });
  }

  private activeOn(date: string | null) {
    const history = foldCatalogue(this.baseline, [...this.decisions.values()]);
    return catalogueAt(history, date ?? todayInVietnam(this.options.now())).active;
  }

  private staleAnswer(decision: Decision, revision: number): Response | null {
    if (decision.state === 'issued') return error(409, 'immutable');
    if (decision.revision !== revision)
      return error(409, 'stale-revision', { revision, currentRevision: decision.revision });
    return null;
  }

  /** Keeps the content of each revision the first time it is seen, as the server saves each one. */
  private recordRevision(decision: Decision, author: string, savedAt: string) {
    const log = this.revisionLog.get(decision.id) ?? [];
    if (log.some((r) => r.revision === decision.revision)) return;
    const content = decisionContent(decision);
    log.push({
      revision: decision.revision,
      author,
      savedAt,
      revisionHash: decision.revisionHash,
      items: decision.items.length,
      content,
    });
    log.sort((a, b) => a.revision - b.revision);
    this.revisionLog.set(decision.id, log);
  }
}

const COMMAND_OF: Record<Exclude<TransitionTarget, 'issued'>, DecisionCommand['type']> = {
  in_review: 'submit',
  changes_requested: 'request_changes',
  approved: 'approve',
  withdrawn: 'withdraw',
};

/** The roles holding `permission`, for `guard`. */
function rolesWith(permission: Permission): Role[] {
  return (['drafter', 'reviewer', 'supervisor', 'admin'] as const).filter((role) => can([role], permission));
}

/** Core's refusal as the server answers it. */
function ruleRefusal(refusal: DecisionRuleError): Response {
  switch (refusal.code) {
    case 'self-approval':
      return error(403, 'self-approval');
    case 'immutable':
    case 'invalid-transition':
    case 'stale-approvals':
      return error(409, refusal.code);
    case 'comment-required':
      return error(422, 'comment-required');
    case 'blocking-errors':
      return error(422, 'validation-failed', {}, { issues: [] });
    default:
      return error(400, 'bad-request', { field: refusal.code });
  }
}

/** An item as written in a PATCH, as the server reads it (see the server's `resolveItems`). */
function itemOf(input: DecisionItemInput, newId: string): DecisionItem {
  const id = input.id ?? newId;
  const rawCode = input.code?.trim() || null;
  const local = rawCode?.startsWith('local:') ? rawCode : null;
  const code = rawCode && !local ? (parseProcedureCode(rawCode)?.code ?? null) : null;
  return {
    id,
    action: input.action,
    procedureId: code ?? local ?? `local:${id}`,
    code,
    rawCode: local ? null : rawCode,
    name: input.name ?? rawCode ?? id,
    changes: input.changes ?? {},
    reason: input.reason ?? null,
    causeDocument: input.causeDocument ?? null,
    nationalDbOn: input.nationalDbOn ?? null,
  };
}
