import { z } from 'zod';
import { IsoDateSchema } from '../dates/iso-date';
import { ChangeLogEntrySchema } from '../model/change-log';

/** `GET /api/changelog?from=&to=&limit=&offset=`: entries by seq; `from`/`to` bound `occurredOn` (inclusive). */
export const ChangeLogQuerySchema = z.object({
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ChangeLogQuery = z.infer<typeof ChangeLogQuerySchema>;

export const ChangeLogResponseSchema = z.object({
  total: z.number().int(),
  entries: z.array(ChangeLogEntrySchema),
});
export type ChangeLogResponse = z.infer<typeof ChangeLogResponseSchema>;

/** `GET /api/changelog/verify`: the whole chain recomputed; `firstBroken` names where it breaks. */
export const ChangeLogVerifyResponseSchema = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  firstBroken: z.object({ seq: z.number(), reason: z.string() }).nullable(),
});
export type ChangeLogVerifyResponse = z.infer<typeof ChangeLogVerifyResponseSchema>;
