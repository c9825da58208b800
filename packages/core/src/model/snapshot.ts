import { z } from 'zod';
import { IsoDateSchema } from '../dates/iso-date';
import { ProcedureVersionSchema } from './procedure';

export const CATALOGUE_FORMAT = 'niemyet.catalogue';
export const CATALOGUE_VERSION = 1;

/** A procedure that was in the catalogue and has been abolished by the snapshot's date. */
export const AbolishedProcedureSchema = z.object({
  procedureId: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  levels: z.array(z.string()).default([]),
  abolishedOn: IsoDateSchema,
  decisionId: z.string().nullable(),
  decisionNumber: z.string().nullable().default(null),
});
export type AbolishedProcedure = z.infer<typeof AbolishedProcedureSchema>;

/**
 * The catalogue in force on `asOf`, as the console publishes it to the extension.
 * `procedures` are the versions in force on `asOf`; `upcoming` the versions of issued decisions
 * that take effect later, so an audit can tell "not yet effective" from "unknown". `hash` is
 * SHA-256 over the canonical serialisation of everything else.
 */
export const CatalogueSnapshotSchema = z.object({
  format: z.literal(CATALOGUE_FORMAT),
  version: z.literal(CATALOGUE_VERSION),
  generatedAt: z.string(),
  asOf: IsoDateSchema,
  procedures: z.array(ProcedureVersionSchema),
  upcoming: z.array(ProcedureVersionSchema).default([]),
  abolished: z.array(AbolishedProcedureSchema),
  hash: z.string(),
});
export type CatalogueSnapshot = z.infer<typeof CatalogueSnapshotSchema>;
