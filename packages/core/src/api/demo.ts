import { z } from 'zod';
import { DecisionStateSchema } from '../model/decision';

/**
 * `POST /api/demo` (admin, an empty workspace only, else 409 `workspace-not-empty`): loads the
 * demo workspace — the 3,000 real procedures of the national portal's fixtures as the
 * baseline, and a generated year of decisions in every state — so a newcomer sees a living
 * catalogue at once. Deterministic: the same server day gives the same demo.
 */
export const DemoResponseSchema = z.object({
  procedures: z.number().int().nonnegative(),
  decisions: z.number().int().nonnegative(),
  byState: z.record(DecisionStateSchema, z.number().int().nonnegative()),
});
export type DemoResponse = z.infer<typeof DemoResponseSchema>;
