import { z } from 'zod';
import { IsoDateSchema } from '../dates/iso-date';

/** `POST /api/publications {asOf}` → 201 `Publication`: the catalogue of that date, published. */
export const PublicationCreateBodySchema = z.object({ asOf: IsoDateSchema });
export type PublicationCreateBody = z.infer<typeof PublicationCreateBodySchema>;

/** A published snapshot, without its procedures (`GET /api/catalogue/published` serves the latest whole). */
export const PublicationSchema = z.object({
  hash: z.string(),
  asOf: IsoDateSchema,
  generatedAt: z.string(),
  publishedAt: z.string(),
  publishedBy: z.string(),
  procedures: z.number().int(),
  upcoming: z.number().int(),
  abolished: z.number().int(),
});
export type Publication = z.infer<typeof PublicationSchema>;

/** `GET /api/publications`: newest first. */
export const PublicationsResponseSchema = z.object({ publications: z.array(PublicationSchema) });
export type PublicationsResponse = z.infer<typeof PublicationsResponseSchema>;
