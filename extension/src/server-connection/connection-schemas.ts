import { z } from 'zod';
import { OriginSchema } from '../settings/settings';
import { ServerUnreachableSchema, TokenRefusedSchema } from './check-token';

/** The shapes of connecting to the team server, as the Options page and the background exchange them. */

export const ConnectRequestSchema = z.object({
  origin: OriginSchema,
  token: z.string().trim().min(1).max(1_000),
});
export type ConnectRequest = z.infer<typeof ConnectRequestSchema>;

/** What connecting answers: connected, or why not (then nothing was stored). */
export const ConnectOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('connected'), origin: z.string() }),
  TokenRefusedSchema,
  ServerUnreachableSchema,
]);
export type ConnectOutcome = z.infer<typeof ConnectOutcomeSchema>;
