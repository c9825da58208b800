import {
  CHANGE_LOG_EXPORT_COLUMNS,
  type ChangeLogFilter,
  ChangeLogFilterSchema,
  type ChangeLogRow,
  type ChangeLogVerifyResponse,
  formatVietnameseDate,
  PERMISSIONS,
  PeriodReportQuerySchema,
  type PeriodReportResponse,
  type Role,
  searchKey,
} from '@niemyet/core';
import type { RecordedRequest } from './fake-server';
import { twoPartResponse } from './gated-stream';

/**
 * The change log's and the report's routes of the fake server (issue 12), for the console's
 * DOM tests: the entries a test puts in `rows`, filtered as the contract says; the chain check
 * a test sets (intact over `rows` otherwise); the report a test gives for a period; exports as
 * small real CSV and JSON bodies streamed in two parts (XLSX and DOCX as a few bytes with the
 * right type: the real files are the server's tests'). An export can be held after its first
 * part (`holdExports`) so a test sees the progress, and records that the reader cancelled it.
 */

type Handler = (request: RecordedRequest, params: Record<string, string>) => Response | Promise<Response>;
type Route = (method: string, path: string, handler: Handler) => void;
type Guard = (roles?: readonly Role[]) => Response | null;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const error = (status: number, code: string, params: Record<string, unknown> = {}) =>
  json(status, { code, params, message: code });

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export class FakeChanges {
  rows: ChangeLogRow[] = [];
  /** The chain check's answer; null: intact over `rows`. */
  verify: ChangeLogVerifyResponse | null = null;
  /** Paths that answer 500 `internal` while listed (a test sees the failure and the retry). */
  failing = new Set<string>();
  /** The report of a period, by `from..to`; a period without one answers an empty report. */
  reports = new Map<string, PeriodReportResponse>();
  /** Decisions whose annex exists (an unknown id answers 404). */
  annexes = new Set<string>();
  /** Set by `holdExports`: exports send their first part, then wait for `releaseExports`. */
  private exportGate: Promise<void> | null = null;
  private openExportGate: () => void = () => {};
  /** While set, every export is refused with this error (a test sees it translated). */
  exportRefusal: { status: number; code: string; params?: Record<string, unknown> } | null = null;
  /** Exports whose reader cancelled before the end. */
  cancelledExports = 0;

  holdExports(): void {
    this.exportGate = new Promise((resolve) => {
      this.openExportGate = resolve;
    });
  }

  releaseExports(): void {
    this.exportGate = null;
    this.openExportGate();
  }

  filtered(filter: ChangeLogFilter): ChangeLogRow[] {
    const procedure = filter.procedure === undefined ? undefined : searchKey(filter.procedure);
    return this.rows.filter(
      (row) =>
        (filter.from === undefined || (row.occurredOn !== null && row.occurredOn >= filter.from)) &&
        (filter.to === undefined || (row.occurredOn !== null && row.occurredOn <= filter.to)) &&
        (filter.action === undefined || row.action === filter.action) &&
        (filter.kind === undefined || row.kind === filter.kind) &&
        (filter.level === undefined || row.levels.includes(filter.level)) &&
        (filter.field === undefined || row.field === filter.field) &&
        (filter.agency === undefined || row.agency === filter.agency) &&
        (filter.decision === undefined || row.decisionId === filter.decision) &&
        (procedure === undefined || row.code === filter.procedure || searchKey(row.name).includes(procedure)),
    );
  }

  /** A body sent in two parts, the second after the gate (if held); counts a cancel by the reader. */
  streamed(parts: [string, string], headers: Record<string, string>): Response {
    return twoPartResponse(parts, headers, this.exportGate, () => {
      this.cancelledExports++;
    });
  }
}

function filterOf(search: URLSearchParams): ChangeLogFilter | null {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(ChangeLogFilterSchema.shape)) {
    const value = search.get(key);
    if (value !== null) raw[key] = value;
  }
  const parsed = ChangeLogFilterSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

function csvCell(value: unknown): string {
  let text = Array.isArray(value)
    ? value.join(', ')
    : value === null || value === undefined
      ? ''
      : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLines(rows: readonly ChangeLogRow[]): string[] {
  const header = CHANGE_LOG_EXPORT_COLUMNS.map((c) => csvCell(c.header)).join(',');
  const lines = rows.map((row) => CHANGE_LOG_EXPORT_COLUMNS.map((c) => csvCell(row[c.key])).join(','));
  return [header, ...lines].map((line) => `${line}\r\n`);
}

export function changesRoutes(changes: FakeChanges, defineRoute: Route, guard: Guard): void {
  const route: Route = (method, path, handler) =>
    defineRoute(method, path, (request, params) =>
      changes.failing.has(request.path) ? error(500, 'internal') : handler(request, params),
    );
  route('GET', '/api/changelog', (request) => {
    const refused = guard(PERMISSIONS['changelog.read']);
    if (refused) return refused;
    const filter = filterOf(request.search);
    if (!filter) return error(400, 'bad-request', { field: 'filter' });
    const limit = Number(request.search.get('limit') ?? 100);
    const offset = Number(request.search.get('offset') ?? 0);
    if (!Number.isInteger(limit) || limit < 1 || limit > 5000)
      return error(400, 'bad-request', { field: 'limit' });
    const rows = changes.filtered(filter);
    return json(200, { total: rows.length, entries: rows.slice(offset, offset + limit) });
  });
  route('GET', '/api/changelog/verify', () => {
    const refused = guard(PERMISSIONS['changelog.read']);
    if (refused) return refused;
    return json(200, changes.verify ?? { ok: true, entries: changes.rows.length, firstBroken: null });
  });
  route('GET', '/api/changelog/export', (request) => {
    const refused = guard(PERMISSIONS['reports.read']);
    if (refused) return refused;
    if (changes.exportRefusal) {
      const { status, code, params } = changes.exportRefusal;
      return error(status, code, params);
    }
    const filter = filterOf(request.search);
    const format = request.search.get('format');
    if (!filter || (format !== 'csv' && format !== 'xlsx' && format !== 'json'))
      return error(400, 'bad-request', { field: 'format' });
    const rows = changes.filtered(filter);
    const headers = (type: string) => ({
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="nhat-ky-thay-doi-${filter.from ?? 'dau'}-${filter.to ?? 'nay'}.${format}"`,
      'X-Total-Count': String(rows.length),
    });
    if (format === 'csv') {
      const lines = csvLines(rows);
      const half = Math.ceil(lines.length / 2);
      return changes.streamed(
        [`\uFEFF${lines.slice(0, half).join('')}`, lines.slice(half).join('')],
        headers('text/csv; charset=utf-8'),
      );
    }
    if (format === 'json') {
      const text = JSON.stringify({ filter, total: rows.length, entries: rows });
      return changes.streamed([text.slice(0, 20), text.slice(20)], headers('application/json'));
    }
    return changes.streamed(['PK\u0003\u0004', 'fake'], headers(XLSX));
  });
  route('GET', '/api/reports/period', (request) => {
    const refused = guard(PERMISSIONS['reports.read']);
    if (refused) return refused;
    const query = PeriodReportQuerySchema.safeParse(Object.fromEntries(request.search));
    if (!query.success)
      return error(400, 'bad-request', { field: String(query.error.issues[0]?.path[0] ?? '') });
    const { from, to } = query.data;
    return json(200, changes.reports.get(`${from}..${to}`) ?? emptyReport(from, to));
  });
  route('GET', '/api/reports/period/export', (request) => {
    const refused = guard(PERMISSIONS['reports.read']);
    if (refused) return refused;
    const from = request.search.get('from');
    const to = request.search.get('to');
    if (request.search.get('format') !== 'xlsx' || !from || !to)
      return error(400, 'bad-request', { field: 'format' });
    return changes.streamed(['PK\u0003\u0004', 'fake'], {
      'Content-Type': XLSX,
      'Content-Disposition': `attachment; filename="bao-cao-${from}-${to}.xlsx"`,
    });
  });
  route('GET', '/api/decisions/:id/annex.docx', (_request, { id }) => {
    const refused = guard(PERMISSIONS['decisions.read']);
    if (refused) return refused;
    if (!changes.annexes.has(id!)) return error(404, 'not-found', { resource: 'decision', id });
    return changes.streamed(['PK\u0003\u0004', 'fake'], {
      'Content-Type': DOCX,
      'Content-Disposition': `attachment; filename="phu-luc-${id}.docx"`,
    });
  });
}

function emptyReport(from: string, to: string): PeriodReportResponse {
  return {
    from,
    to,
    report: {
      decisions: 0,
      items: 0,
      byAction: { new: 0, amended: 0, abolished: 0 },
      byLevel: {},
      nationalDb: { entered: 0, removed: 0 },
      byField: [],
      byMonth: [],
    },
    paragraphVi: `Từ ngày ${formatVietnameseDate(from)} đến ngày ${formatVietnameseDate(to)}, không ban hành quyết định nào.`,
    paragraphEn: `From ${formatVietnameseDate(from)} to ${formatVietnameseDate(to)}, no decision was issued.`,
  };
}
