import { z } from 'zod';
import { IsoDateSchema } from '../dates/iso-date';
import { ProcedureVersionSchema } from '../model/procedure';

export const CATALOGUE_PAGE_DEFAULT = 50;
export const CATALOGUE_PAGE_MAX = 500;

/**
 * `GET /api/catalogue?at=&q=&limit=&offset=`: `at` defaults to today in Vietnam; `q` matches
 * code and name diacritic-insensitively (core's `searchKey`), every word of it.
 */
export const CatalogueQuerySchema = z.object({
  at: IsoDateSchema.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(CATALOGUE_PAGE_MAX).default(CATALOGUE_PAGE_DEFAULT),
  offset: z.coerce.number().int().min(0).default(0),
});
export type CatalogueQuery = z.infer<typeof CatalogueQuerySchema>;

/** Procedures in force on `asOf`, ordered by procedureId; `total` counts every match. */
export const CatalogueResponseSchema = z.object({
  asOf: IsoDateSchema,
  total: z.number().int(),
  procedures: z.array(ProcedureVersionSchema),
});
export type CatalogueResponse = z.infer<typeof CatalogueResponseSchema>;

/** `GET /api/catalogue/snapshot?at=` → a `niemyet.catalogue` snapshot, with an ETag. */
export const CatalogueSnapshotQuerySchema = z.object({ at: IsoDateSchema.optional() });
export type CatalogueSnapshotQuery = z.infer<typeof CatalogueSnapshotQuerySchema>;
