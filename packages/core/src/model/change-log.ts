import { z } from 'zod';
import { IsoDateSchema } from '../dates/iso-date';
import { DecisionActionSchema } from './decision';

export const ChangeLogKindSchema = z.enum(['published', 'national-db-entered', 'national-db-removed']);
export type ChangeLogKind = z.infer<typeof ChangeLogKindSchema>;

/** A SHA-256 as written in the log: 64 lower-case hex digits. */
export const Sha256HexSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 as 64 lower-case hex digits');

/**
 * One entry of the append-only change log: one per item of an issued decision, and one per
 * national-database entry or removal. `prevHash` chains each entry to the one before, so any
 * edit of history is detectable (see `changelog/chain.ts`). `itemHash` and `decisionHash` bind
 * the entry to the content of what it records (see `changelog/content-hash.ts`), so an edited
 * decision is detectable too; entries written before they existed (workspace version 1) lack
 * them and are reported as not covering content.
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
  /** `decisionItemHash` of the item recorded (absent in entries of workspace version 1). */
  itemHash: z.string().optional(),
  /** `decisionContentHash` of its decision (absent in entries of workspace version 1). */
  decisionHash: z.string().optional(),
  prevHash: z.string(),
  hash: z.string(),
});
export type ChangeLogEntry = z.infer<typeof ChangeLogEntrySchema>;

/**
 * The head of the log at some moment: how many entries it had and the hash of the last one
 * (the genesis hash for an empty log). A later log must still reach it: same entry at that
 * count. Published catalogue snapshots record the head they were built from.
 */
export const ChangeLogAnchorSchema = z.object({
  count: z.number().int().nonnegative(),
  headHash: Sha256HexSchema,
});
export type ChangeLogAnchor = z.infer<typeof ChangeLogAnchorSchema>;
