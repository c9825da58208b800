import { z } from 'zod';
import { IsoDateSchema } from '../dates/iso-date';
import { ChangeLogAnchorSchema } from './change-log';
import { ProcedureVersionSchema } from './procedure';

export const CATALOGUE_FORMAT = 'niemyet.catalogue';
/**
 * The version written. Version 2 added `changeLog` (the head of the change log the catalogue
 * was built from); version 1 snapshots (without it) are still read. A reader of version 1 would
 * drop the field and then find the hash wrong, so the version says it first.
 */
export const CATALOGUE_VERSION = 2;
/** Every version this build reads. */
export const CATALOGUE_READABLE_VERSIONS = [1, 2] as const;

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
 * SHA-256 over the canonical serialisation of everything else. `changeLog`, when present, is the
 * head of the change log (entry count and last hash) the catalogue was built from: whoever holds
 * the snapshot can check that a workspace's history still reaches it (`niemyet verify --snapshot`).
 * Absent in version 1 snapshots and in catalogues not built from a recorded history.
 */
export const CatalogueSnapshotSchema = z.object({
  format: z.literal(CATALOGUE_FORMAT),
  version: z.union([z.literal(1), z.literal(CATALOGUE_VERSION)]),
  generatedAt: z.string(),
  asOf: IsoDateSchema,
  procedures: z.array(ProcedureVersionSchema),
  upcoming: z.array(ProcedureVersionSchema).default([]),
  abolished: z.array(AbolishedProcedureSchema),
  changeLog: ChangeLogAnchorSchema.optional(),
  hash: z.string(),
});
export type CatalogueSnapshot = z.infer<typeof CatalogueSnapshotSchema>;
