import { z } from 'zod';
import { IsoDateSchema } from '../dates/iso-date';
import { DecisionStateSchema } from '../model/decision';
import { ProcedureVersionSchema } from '../model/procedure';

/** A decision as a procedure's history names it: enough to label a version and link to it. */
export const DecisionRefSchema = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  state: DecisionStateSchema,
  signedOn: IsoDateSchema.nullable(),
  effectiveOn: IsoDateSchema.nullable(),
});
export type DecisionRef = z.infer<typeof DecisionRefSchema>;

/**
 * `GET /api/procedures/:id` (`:id` = the procedure id: its code, or `local:…`, URL-encoded):
 * every recorded version, oldest first (`effectiveFrom` null = the baseline known before the
 * recorded history), and the decisions that produced them, by id. 404 when the workspace has
 * never heard of the procedure.
 */
export const ProcedureHistoryResponseSchema = z.object({
  procedureId: z.string(),
  versions: z.array(ProcedureVersionSchema),
  decisions: z.record(z.string(), DecisionRefSchema),
});
export type ProcedureHistoryResponse = z.infer<typeof ProcedureHistoryResponseSchema>;
