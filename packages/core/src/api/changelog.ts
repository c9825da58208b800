import { z } from 'zod';
import { IsoDateSchema } from '../dates/iso-date';
import { ChangeLogEntrySchema, ChangeLogKindSchema } from '../model/change-log';
import { DecisionActionSchema } from '../model/decision';

/**
 * The filters of the change-log view and of its exports (issue 12), as query parameters. Each
 * narrows the entries; all given must hold. `from`/`to` bound `occurredOn` (inclusive);
 * `level`, `field`, `agency` match the procedure's version the entry recorded (exact, as the
 * catalogue writes them); `decision` is a decision id; `procedure` matches a code exactly or a
 * name accent-insensitively (substring).
 */
export const ChangeLogFilterSchema = z.object({
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  action: DecisionActionSchema.optional(),
  kind: ChangeLogKindSchema.optional(),
  level: z.string().max(100).optional(),
  field: z.string().max(300).optional(),
  agency: z.string().max(300).optional(),
  decision: z.string().max(200).optional(),
  procedure: z.string().max(300).optional(),
});
export type ChangeLogFilter = z.infer<typeof ChangeLogFilterSchema>;

/** `GET /api/changelog?<filters>&limit=&offset=`: entries by seq, filtered. */
export const ChangeLogQuerySchema = ChangeLogFilterSchema.extend({
  limit: z.coerce.number().int().min(1).max(5000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ChangeLogQuery = z.infer<typeof ChangeLogQuerySchema>;

/**
 * One change-log entry as the view and the exports show it: the stored entry (hash-chained,
 * unchanged) and what a reader filters on besides — the field and agency of the procedure
 * version it recorded (for an abolition, the version that ended) and the decision's signing
 * date.
 */
export const ChangeLogRowSchema = ChangeLogEntrySchema.extend({
  field: z.string().nullable(),
  agency: z.string().nullable(),
  signedOn: IsoDateSchema.nullable(),
});
export type ChangeLogRow = z.infer<typeof ChangeLogRowSchema>;

export const ChangeLogResponseSchema = z.object({
  total: z.number().int(),
  entries: z.array(ChangeLogRowSchema),
});
export type ChangeLogResponse = z.infer<typeof ChangeLogResponseSchema>;

/** `GET /api/changelog/verify`: the whole chain recomputed; `firstBroken` names where it breaks. */
export const ChangeLogVerifyResponseSchema = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  firstBroken: z.object({ seq: z.number(), reason: z.string() }).nullable(),
});
export type ChangeLogVerifyResponse = z.infer<typeof ChangeLogVerifyResponseSchema>;

/**
 * `GET /api/changelog/export?format=csv|xlsx|json&<filters>`: the filtered log as a file,
 * streamed (`Content-Disposition: attachment; filename="nhat-ky-thay-doi-<from>-<to>.<ext>"`),
 * with `X-Total-Count` (rows to come) so a client shows progress while it reads. The columns,
 * in this order, are `CHANGE_LOG_EXPORT_COLUMNS`; CSV is UTF-8 with BOM, CRLF, cells starting
 * with = + - @ (or tab/CR) prefixed with ' so a spreadsheet never runs them; XLSX has typed
 * dates and numbers, a frozen bold header, filters and column widths; JSON is
 * `{"filter": {...}, "total": N, "entries": [ChangeLogRow...]}`.
 */
export const ChangeLogExportQuerySchema = ChangeLogFilterSchema.extend({
  format: z.enum(['csv', 'xlsx', 'json']),
});
export type ChangeLogExportQuery = z.infer<typeof ChangeLogExportQuerySchema>;

/** The export's columns: key of `ChangeLogRow` (or derived) and its Vietnamese header. */
export const CHANGE_LOG_EXPORT_COLUMNS = [
  { key: 'seq', header: 'STT' },
  { key: 'occurredOn', header: 'Ngày hiệu lực/cập nhật' },
  { key: 'kind', header: 'Loại' },
  { key: 'action', header: 'Hình thức' },
  { key: 'decisionNumber', header: 'Số quyết định' },
  { key: 'signedOn', header: 'Ngày ký' },
  { key: 'code', header: 'Mã TTHC' },
  { key: 'name', header: 'Tên TTHC' },
  { key: 'levels', header: 'Cấp thực hiện' },
  { key: 'field', header: 'Lĩnh vực' },
  { key: 'agency', header: 'Cơ quan thực hiện' },
  { key: 'actor', header: 'Người ghi' },
  { key: 'recordedAt', header: 'Thời điểm ghi' },
  { key: 'hash', header: 'Mã băm' },
] as const;
