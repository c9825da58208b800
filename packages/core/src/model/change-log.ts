import { z } from 'zod';
import { IsoDateSchema } from '../dates/iso-date';
import { DecisionActionSchema } from './decision';

export const ChangeLogKindSchema = z.enum(['published', 'national-db-entered', 'national-db-removed']);
export type ChangeLogKind = z.infer<typeof ChangeLogKindSchema>;

/**
 * One entry of the append-only change log: one per item of an issued decision, and one per
 * national-database entry or removal. `prevHash` chains each entry to the one before, so any
 * edit of history is detectable (see `changelog/chain.ts`).
 */
export const ChangeLogEntrySchema = z.object({
  seq: z.number().int().nonnegative(),
  kind: ChangeLogKindSchema,
  /** When the entry was recorded (ISO instant). */
  recordedAt: z.string(),
  /** The day the change happened: effective date, or national-database date. */
  occurredOn: IsoDateSchema.nullable(),
  decisionId: z.string(),
  decisionNumber: z.string(),
  itemId: z.string(),
  action: DecisionActionSchema,
  procedureId: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  levels: z.array(z.string()),
  actor: z.string(),
  prevHash: z.string(),
  hash: z.string(),
});
export type ChangeLogEntry = z.infer<typeof ChangeLogEntrySchema>;
