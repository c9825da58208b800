import {
  type AccessToken,
  DIGEST_LIST_LIMIT,
  FINDING_EXPORT_COLUMNS,
  type Finding,
  FindingListQuerySchema,
  FindingPatchSchema,
  type FindingTrendResponse,
  PERMISSIONS,
  type Role,
  type Sighting,
  TokenBodySchema,
  todayInVietnam,
  type Watch,
  WatchBodySchema,
  WatchPatchSchema,
  type WatchRun,
} from '@niemyet/core';
import type { RecordedRequest } from './fake-server';
import { twoPartResponse } from './gated-stream';

/**
 * The portal watches', findings inbox's and access tokens' routes of the fake server (issue 13),
 * for the console's DOM tests: watches, findings and sightings a test puts in the store, filtered
 * and triaged as the contract says. A run started with "run now" moves one step each time it is
 * read (queued → running → done), or fails with the problem a test set for its watch, so a test
 * sees the console poll it. Exports stream in two parts and can be held after the first.
 */

type Handler = (request: RecordedRequest, params: Record<string, string>) => Response | Promise<Response>;

export interface FakePortalHost {
  route(method: string, path: string, handler: Handler): void;
  guard(roles?: readonly Role[]): Response | null;
  signedInAs(): string | null;
  now(): Date;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const error = (status: number, code: string, params: Record<string, unknown> = {}) =>
  json(status, { code, params, message: code });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DAY_MS = 86_400_000;

export class FakePortalStore {
  watches: Watch[] = [];
  runs: WatchRun[] = [];
  findings: Finding[] = [];
  /** Sightings by finding id, newest first. */
  sightings = new Map<string, Sighting[]>();
  /** Tokens by owner, with the secret the test can read back. */
  tokens: (AccessToken & { owner: string; secret: string })[] = [];
  /** A watch whose runs fail with this problem. */
  failing = new Map<string, { code: string; message: string }>();
  /** The trend to answer; null: computed from `findings`. */
  trend: FindingTrendResponse | null = null;
  cancelledExports = 0;
  private exportGate: Promise<void> | null = null;
  private openExportGate: () => void = () => {};
  private ids = 0;

  holdExports(): void {
    this.exportGate = new Promise((resolve) => {
      this.openExportGate = resolve;
    });
  }

  releaseExports(): void {
    this.exportGate = null;
    this.openExportGate();
  }

  nextId(prefix: string): string {
    this.ids += 1;
    return `${prefix}-${this.ids}`;
  }

  filtered(search: URLSearchParams, me: string | null, now: Date): Finding[] | null {
    const query = FindingListQuerySchema.safeParse(Object.fromEntries(search));
    if (!query.success) return null;
    const q = query.data;
    const states = q.state?.split(',');
    const kinds = q.kind?.split(',');
    const text = q.q?.toLocaleLowerCase('vi');
    return this.findings
      .filter(
        (f) =>
          (q.watch === undefined || f.watchIds.includes(q.watch)) &&
          (q.portal === undefined || f.portal === q.portal) &&
          (states === undefined || states.includes(f.state)) &&
          (kinds === undefined || kinds.includes(f.kind)) &&
          (q.agency === undefined || f.agency === q.agency) &&
          (q.field === undefined || f.field === q.field) &&
          (q.assignee === undefined ||
            (q.assignee === 'none'
              ? f.assignee === null
              : f.assignee === (q.assignee === 'me' ? me : q.assignee))) &&
          (q.olderThan === undefined || now.getTime() - Date.parse(f.firstSeenAt) >= q.olderThan * DAY_MS) &&
          (text === undefined ||
            f.name.toLocaleLowerCase('vi').includes(text) ||
            (f.code ?? '').toLocaleLowerCase('vi').includes(text)),
      )
      .sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt));
  }

  /** A body sent in two parts, the second after the gate (if held); counts a cancel by the reader. */
  streamed(parts: [string, string], headers: Record<string, string>): Response {
    return twoPartResponse(parts, headers, this.exportGate, () => {
      this.cancelledExports++;
    });
  }
}

/** A finding with the contract's every field, the rest defaulted (tests give what matters). */
export function fakeFinding(partial: Partial<Finding> & Pick<Finding, 'id' | 'name' | 'kind'>): Finding {
  const portal = partial.portal ?? 'https://dichvucong.gov.vn';
  return {
    key: `${portal}|${partial.code ?? partial.name}|${partial.kind}`,
    portal,
    code: null,
    state: 'open',
    sightings: 1,
    firstSeenAt: '2026-12-01T19:00:00.000Z',
    lastSeenAt: '2026-12-05T19:00:00.000Z',
    assignee: null,
    reason: null,
    reopened: 0,
    field: null,
    agency: null,
    level: null,
    watchIds: [],
    stateChangedAt: '2026-12-01T19:00:00.000Z',
    stateChangedBy: null,
    ...partial,
  };
}

export function fakeWatch(partial: Partial<Watch> & Pick<Watch, 'id' | 'url'>): Watch {
  return {
    name: partial.url,
    schedule: { kind: 'daily', at: '02:00' },
    scope: {},
    details: false,
    webhook: null,
    createdBy: 'lan',
    createdAt: '2026-11-01T00:00:00.000Z',
    paused: false,
    nextRunAt: '2026-12-06T19:00:00.000Z',
    lastRun: null,
    openFindings: 0,
    ...partial,
  };
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function installPortalRoutes(host: FakePortalHost, store: FakePortalStore): void {
  const { route, guard } = host;
  const READ = PERMISSIONS['watches.read'];
  const MANAGE = PERMISSIONS['watches.manage'];
  const TRIAGE = PERMISSIONS['findings.triage'];

  route('GET', '/api/watches', () => {
    const refused = guard(READ);
    if (refused) return refused;
    const watches = [...store.watches].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    return json(200, { watches });
  });
  route('POST', '/api/watches', (request) => {
    const refused = guard(MANAGE);
    if (refused) return refused;
    const body = WatchBodySchema.safeParse(JSON.parse(request.body || '{}'));
    if (!body.success)
      return error(400, 'bad-request', { field: String(body.error.issues[0]?.path[0] ?? '') });
    const hostname = new URL(body.data.url).hostname;
    if (/^(localhost|127\.|10\.|192\.168\.)/.test(hostname))
      return error(422, 'host-not-allowed', { host: hostname });
    const id = store.nextId('w');
    const webhookSecret = body.data.webhook ? `whsec-${id}` : null;
    store.watches.push(
      fakeWatch({
        id,
        url: body.data.url,
        name: body.data.name ?? new URL(body.data.url).host,
        schedule: body.data.schedule ?? { kind: 'daily', at: '02:00' },
        scope: body.data.scope ?? {},
        details: body.data.details ?? false,
        webhook: body.data.webhook ?? null,
        createdBy: host.signedInAs() ?? '',
        createdAt: host.now().toISOString(),
      }),
    );
    return json(201, { id, webhookSecret });
  });
  route('PATCH', '/api/watches/:id', (request, { id }) => {
    const refused = guard(MANAGE);
    if (refused) return refused;
    const watch = store.watches.find((w) => w.id === id);
    if (!watch) return error(404, 'not-found', { resource: 'watch', id });
    const patch = WatchPatchSchema.safeParse(JSON.parse(request.body || '{}'));
    if (!patch.success)
      return error(400, 'bad-request', { field: String(patch.error.issues[0]?.path[0] ?? '') });
    Object.assign(watch, patch.data);
    if (patch.data.paused !== undefined)
      watch.nextRunAt = patch.data.paused ? null : '2026-12-06T19:00:00.000Z';
    return new Response(null, { status: 204 });
  });
  route('POST', '/api/watches/:id/runs', (_request, { id }) => {
    const refused = guard(MANAGE);
    if (refused) return refused;
    const watch = store.watches.find((w) => w.id === id);
    if (!watch) return error(404, 'not-found', { resource: 'watch', id });
    const busy = store.runs.find((r) => r.watchId === id && (r.state === 'queued' || r.state === 'running'));
    if (busy) return json(202, { runId: busy.id });
    const run: WatchRun = {
      id: store.nextId('r'),
      watchId: id!,
      state: 'queued',
      trigger: 'manual',
      queuedAt: host.now().toISOString(),
      startedAt: null,
      finishedAt: null,
      auditedOn: null,
      progress: { pages: 0, rows: 0 },
      summary: null,
      findings: { opened: 0, seen: 0, fixed: 0 },
      problem: null,
    };
    store.runs.push(run);
    watch.lastRun = run;
    return json(202, { runId: run.id });
  });
  route('GET', '/api/watches/:id/runs/:runId', (_request, { id, runId }) => {
    const refused = guard(READ);
    if (refused) return refused;
    const run = store.runs.find((r) => r.id === runId && r.watchId === id);
    if (!run) return error(404, 'not-found', { resource: 'run', id: runId });
    const answer = { ...run };
    advance(run, store.failing.get(run.watchId) ?? null, host.now());
    const watch = store.watches.find((w) => w.id === id);
    if (watch) watch.lastRun = { ...run };
    return json(200, answer);
  });

  // The fixed paths before `/api/findings/:id`, which would take them.
  route('GET', '/api/findings', (request) => {
    const refused = guard(READ);
    if (refused) return refused;
    const found = store.filtered(request.search, host.signedInAs(), host.now());
    if (!found) return error(400, 'bad-request', { field: 'query' });
    const limit = Number(request.search.get('limit') ?? 100);
    const offset = Number(request.search.get('offset') ?? 0);
    return json(200, { total: found.length, findings: found.slice(offset, offset + limit) });
  });
  route('GET', '/api/findings/trend', (request) => {
    const refused = guard(READ);
    if (refused) return refused;
    if (store.trend) return json(200, store.trend);
    const weeks = Number(request.search.get('weeks') ?? 12);
    const portal = request.search.get('portal');
    const end = host.now().getTime();
    const ends = Array.from({ length: weeks }, (_, i) => new Date(end - (weeks - 1 - i) * 7 * DAY_MS));
    const portals = [...new Set(store.findings.map((f) => f.portal))]
      .filter((p) => portal === null || p === portal)
      .sort()
      .map((p) => ({
        portal: p,
        open: ends.map(
          (at) =>
            store.findings.filter(
              (f) => f.portal === p && f.state === 'open' && Date.parse(f.firstSeenAt) <= at.getTime(),
            ).length,
        ),
      }));
    return json(200, { weeks: ends.map((at) => todayInVietnam(at)), portals });
  });
  route('GET', '/api/findings/digest', (request) => {
    const refused = guard(READ);
    if (refused) return refused;
    const date = request.search.get('date') ?? todayInVietnam(host.now());
    const onDate = (instant: string) => todayInVietnam(new Date(instant)) === date;
    const byAssignee = new Map<string | null, { opened: Finding[]; reopened: Finding[] }>();
    const entry = (assignee: string | null) => {
      const found = byAssignee.get(assignee) ?? { opened: [], reopened: [] };
      byAssignee.set(assignee, found);
      return found;
    };
    for (const f of store.findings) {
      if (onDate(f.firstSeenAt)) entry(f.assignee).opened.push(f);
      else if (f.reopened > 0 && f.state === 'open' && onDate(f.stateChangedAt))
        entry(f.assignee).reopened.push(f);
    }
    return json(200, {
      date,
      // As the server: the first few of each list, every one counted.
      byAssignee: [...byAssignee].map(([assignee, lists]) => ({
        assignee,
        opened: lists.opened.slice(0, DIGEST_LIST_LIMIT),
        reopened: lists.reopened.slice(0, DIGEST_LIST_LIMIT),
        openedCount: lists.opened.length,
        reopenedCount: lists.reopened.length,
      })),
    });
  });
  route('GET', '/api/findings/export', (request) => {
    const refused = guard(READ);
    if (refused) return refused;
    const format = request.search.get('format');
    const search = new URLSearchParams(request.search);
    search.delete('format');
    const found = store.filtered(search, host.signedInAs(), host.now());
    if (!found || (format !== 'csv' && format !== 'xlsx'))
      return error(400, 'bad-request', { field: 'format' });
    const headers = (type: string) => ({
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="sai-lech.${format}"`,
      'X-Total-Count': String(found.length),
    });
    if (format === 'xlsx') return store.streamed(['PK\u0003\u0004', 'fake'], headers(XLSX));
    const lines = [
      FINDING_EXPORT_COLUMNS.map((c) => csvCell(c.header)).join(','),
      ...found.map((f) => FINDING_EXPORT_COLUMNS.map((c) => csvCell(f[c.key])).join(',')),
    ].map((line) => `${line}\r\n`);
    const half = Math.ceil(lines.length / 2);
    return store.streamed(
      [`\uFEFF${lines.slice(0, half).join('')}`, lines.slice(half).join('')],
      headers('text/csv; charset=utf-8'),
    );
  });
  route('GET', '/api/findings/:id', (_request, { id }) => {
    const refused = guard(READ);
    if (refused) return refused;
    const finding = store.findings.find((f) => f.id === id);
    if (!finding) return error(404, 'not-found', { resource: 'finding', id });
    return json(200, { finding, sightings: store.sightings.get(finding.id) ?? [] });
  });
  route('PATCH', '/api/findings/:id', (request, { id }) => {
    const refused = guard(TRIAGE);
    if (refused) return refused;
    const finding = store.findings.find((f) => f.id === id);
    if (!finding) return error(404, 'not-found', { resource: 'finding', id });
    const patch = FindingPatchSchema.safeParse(JSON.parse(request.body || '{}'));
    if (!patch.success)
      return error(400, 'bad-request', { field: String(patch.error.issues[0]?.path[0] ?? '') });
    const { state, assignee, reason } = patch.data;
    if (state === 'dismissed' && !reason) return error(422, 'reason-required');
    if (assignee !== undefined) finding.assignee = assignee;
    if (state !== undefined && state !== finding.state) {
      if (state === 'open' && finding.state !== 'dismissed' && finding.state !== 'fixed')
        return error(409, 'invalid-transition');
      finding.state = state;
      finding.reason = state === 'dismissed' ? (reason ?? null) : null;
      finding.stateChangedAt = host.now().toISOString();
      finding.stateChangedBy = host.signedInAs();
    }
    return json(200, finding);
  });

  route('GET', '/api/tokens', () => {
    const refused = guard();
    if (refused) return refused;
    const me = host.signedInAs();
    const tokens = store.tokens
      .filter((t) => t.owner === me)
      .map(({ owner: _owner, secret: _secret, ...token }) => token);
    return json(200, { tokens });
  });
  route('POST', '/api/tokens', (request) => {
    const refused = guard();
    if (refused) return refused;
    const body = TokenBodySchema.safeParse(JSON.parse(request.body || '{}'));
    if (!body.success) return error(400, 'bad-request', { field: 'name' });
    const id = store.nextId('t');
    const token = {
      id,
      name: body.data.name,
      createdAt: host.now().toISOString(),
      lastUsedAt: null,
      revokedAt: null,
    };
    const secret = `nyt_${id}_bi-mat-chi-hien-mot-lan`;
    store.tokens.push({ ...token, owner: host.signedInAs() ?? '', secret });
    return json(201, { ...token, token: secret });
  });
  route('DELETE', '/api/tokens/:id', (_request, { id }) => {
    const refused = guard();
    if (refused) return refused;
    const token = store.tokens.find((t) => t.id === id && t.owner === host.signedInAs());
    if (!token) return error(404, 'not-found', { resource: 'token', id });
    token.revokedAt ??= host.now().toISOString();
    return new Response(null, { status: 204 });
  });
}

/** One step of a run: queued → running (a page read) → done, or failed with the watch's problem. */
function advance(run: WatchRun, problem: { code: string; message: string } | null, now: Date): void {
  const at = now.toISOString();
  if (run.state === 'queued') {
    run.state = 'running';
    run.startedAt = at;
    run.progress = { pages: 1, rows: 50 };
    return;
  }
  if (run.state !== 'running') return;
  run.finishedAt = at;
  if (problem) {
    run.state = 'failed';
    run.problem = problem;
    run.findings = { opened: 1, seen: 0, fixed: 0 };
    return;
  }
  run.state = 'done';
  run.progress = { pages: 2, rows: 120 };
  run.auditedOn = todayInVietnam(now);
  run.summary = { match: 118, changed: 2 };
  run.findings = { opened: 2, seen: 0, fixed: 0 };
}
