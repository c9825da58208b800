import { z } from 'zod';
import { IsoDateSchema } from '../dates/iso-date';

/**
 * A procedure as the national record describes it (see tests/fixtures/national-portal):
 * every field a publication decision can amend and a portal can show. Free-text fields keep
 * the original wording; comparisons go through `normalizeText`.
 */

/** A legal document cited by a procedure or a decision ("căn cứ pháp lý"). */
export const LegalRefSchema = z.object({
  /** Canonical number when it parses (`45/2020/NĐ-CP`), else the text as written. */
  number: z.string().min(1),
  title: z.string().nullable().default(null),
  issuedOn: IsoDateSchema.nullable().default(null),
  issuer: z.string().nullable().default(null),
});
export type LegalRef = z.infer<typeof LegalRefSchema>;

/** One way to submit ("Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính") with its time and fees. */
export const SubmissionMethodSchema = z.object({
  channel: z.string(),
  processingTime: z.string().nullable().default(null),
  fees: z.string().nullable().default(null),
  description: z.string().nullable().default(null),
});
export type SubmissionMethod = z.infer<typeof SubmissionMethodSchema>;

/** One document of the dossier ("thành phần hồ sơ"). */
export const DossierComponentSchema = z.object({
  name: z.string(),
  originals: z.string().nullable().default(null),
  copies: z.string().nullable().default(null),
  template: z.string().nullable().default(null),
  group: z.string().nullable().default(null),
});
export type DossierComponent = z.infer<typeof DossierComponentSchema>;

export const OnlineServiceSchema = z.enum(['full', 'partial', 'none']);
export type OnlineService = z.infer<typeof OnlineServiceSchema>;

export const PortalRefSchema = z.object({
  url: z.string(),
  portalId: z.string().nullable().default(null),
});
export type PortalRef = z.infer<typeof PortalRefSchema>;

/**
 * The amendable content of a procedure. `levels` holds level keys ('central', 'province',
 * 'district', 'commune' or any other level as written: levels are data, see `parsing/level.ts`).
 */
export const ProcedureFieldsSchema = z.object({
  /** Canonical national code (`1.004227`), null until the national database assigns one. */
  code: z.string().nullable().default(null),
  name: z.string().min(1),
  levels: z.array(z.string()).default([]),
  field: z.string().nullable().default(null),
  agency: z.string().nullable().default(null),
  procedureType: z.string().nullable().default(null),
  /** Summary processing time when the record gives one for all methods. */
  processingTime: z.string().nullable().default(null),
  /** Summary fees when the record gives them for all methods. */
  fees: z.string().nullable().default(null),
  methods: z.array(SubmissionMethodSchema).default([]),
  steps: z.string().nullable().default(null),
  dossier: z.array(DossierComponentSchema).default([]),
  subjects: z.string().nullable().default(null),
  result: z.string().nullable().default(null),
  requirements: z.string().nullable().default(null),
  legalBasis: z.array(LegalRefSchema).default([]),
  onlineService: OnlineServiceSchema.nullable().default(null),
  portalRefs: z.array(PortalRefSchema).default([]),
});
export type ProcedureFields = z.infer<typeof ProcedureFieldsSchema>;
export type ProcedureFieldName = keyof ProcedureFields;

/**
 * A field schema without its default, made optional: in Zod 4 `.partial()` still applies
 * defaults to absent keys, which would turn every parsed patch into "set every field".
 */
type PatchShape<S extends z.ZodRawShape> = {
  [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer Inner> ? Inner : S[K]>;
};
function patchShapeOf<S extends z.ZodRawShape>(shape: S): PatchShape<S> {
  const entries = Object.entries(shape).map(([key, schema]) => {
    const inner = schema instanceof z.ZodDefault ? schema.unwrap() : schema;
    return [key, (inner as z.ZodType).optional()];
  });
  return Object.fromEntries(entries) as PatchShape<S>;
}

/** The fields a decision may change, as a patch: only the changed fields are present. */
export const ProcedurePatchSchema = z.object(patchShapeOf(ProcedureFieldsSchema.shape));
export type ProcedurePatch = z.infer<typeof ProcedurePatchSchema>;

/**
 * One dated version of a procedure. `procedureId` is the stable identity: the canonical code
 * when there is one, else a local id (`local:…`). `effectiveFrom` null marks a baseline
 * version known to be in force before the recorded history starts; `decisionId` null marks
 * a baseline too.
 */
export const ProcedureVersionSchema = ProcedureFieldsSchema.extend({
  procedureId: z.string().min(1),
  effectiveFrom: IsoDateSchema.nullable(),
  effectiveTo: IsoDateSchema.nullable().default(null),
  decisionId: z.string().nullable(),
});
export type ProcedureVersion = z.infer<typeof ProcedureVersionSchema>;

/** Fills every field of a procedure from a partial description (defaults from the schema). */
export function makeProcedureFields(input: z.input<typeof ProcedureFieldsSchema>): ProcedureFields {
  return ProcedureFieldsSchema.parse(input);
}

/** The id of a procedure: its canonical code, or a local id when it has none yet. */
export function procedureIdOf(code: string | null, localId: string): string {
  return code ?? (localId.startsWith('local:') ? localId : `local:${localId}`);
}
