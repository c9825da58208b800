import { IsoDateSchema } from '@niemyet/core';
import { z } from 'zod';

/**
 * The query parameters of legal routes the contract describes in words only (legal.ts):
 * validated here, and listed in the OpenAPI document from the same schemas.
 */

/** `?at=`: the date statuses and the catalogue are read on (default: the server's today). */
export const AtQuerySchema = z.object({ at: IsoDateSchema.optional() });

/** `?number=&at=` of `GET /api/impact`: the number in any spelling. */
export const ImpactQuerySchema = z.object({
  number: z.string().trim().min(1).max(200),
  at: IsoDateSchema.optional(),
});

/** `?issuerKind=` of document writes: who publishes, which picks the deadline rule (a province: 5 working days). */
export const IssuerKindQuerySchema = z.object({
  issuerKind: z.string().trim().min(1).max(50).default('province'),
});
