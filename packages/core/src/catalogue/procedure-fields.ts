import type { IsoDate } from '../dates/iso-date';
import { canonicalJson } from '../hashing/canonical-json';
import {
  type ProcedureFieldName,
  type ProcedureFields,
  ProcedureFieldsSchema,
  type ProcedurePatch,
  type ProcedureVersion,
} from '../model/procedure';

/** Every amendable field, in the schema's order (name-like fields first). */
export const PROCEDURE_FIELD_NAMES = Object.keys(ProcedureFieldsSchema.shape) as ProcedureFieldName[];

/** Whether two values of one procedure field are the same data (exact, not normalised). */
export function sameFieldValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return canonicalJson(a) === canonicalJson(b);
}

/** Whether two procedures have the same content, whatever their dates and decisions. */
export function sameProcedureFields(a: ProcedureFields, b: ProcedureFields): boolean {
  for (const name of PROCEDURE_FIELD_NAMES) if (!sameFieldValue(a[name], b[name])) return false;
  return true;
}

/**
 * Copies the fields a patch sets onto `target`. Only schema fields that are present
 * (not undefined) count, so stray properties and absent fields never overwrite anything.
 */
export function applyProcedurePatch(target: ProcedureFields, patch: ProcedurePatch): void {
  const into = target as Record<ProcedureFieldName, unknown>;
  for (const name of PROCEDURE_FIELD_NAMES) {
    const value = patch[name];
    if (value !== undefined) into[name] = value;
  }
}

/** The fields of a procedure with nothing known yet but its name. */
export function emptyProcedureFields(name: string, code: string | null): ProcedureFields {
  return {
    code,
    name,
    levels: [],
    field: null,
    agency: null,
    procedureType: null,
    processingTime: null,
    fees: null,
    methods: [],
    steps: null,
    dossier: [],
    subjects: null,
    result: null,
    requirements: null,
    legalBasis: [],
    onlineService: null,
    portalRefs: [],
  };
}

/** The content of a version without its identity and dates. */
export function fieldsOf(version: ProcedureFields): ProcedureFields {
  return {
    code: version.code,
    name: version.name,
    levels: version.levels,
    field: version.field,
    agency: version.agency,
    procedureType: version.procedureType,
    processingTime: version.processingTime,
    fees: version.fees,
    methods: version.methods,
    steps: version.steps,
    dossier: version.dossier,
    subjects: version.subjects,
    result: version.result,
    requirements: version.requirements,
    legalBasis: version.legalBasis,
    onlineService: version.onlineService,
    portalRefs: version.portalRefs,
  };
}

/**
 * A version built as one object literal. The fold creates tens of thousands of versions and
 * `catalogueAt` reads them all: one fixed object shape keeps property access fast, where
 * spreads or keyed copies of parsed objects can leave them in slow dictionary mode.
 */
export function makeVersionRecord(
  fields: ProcedureFields,
  procedureId: string,
  effectiveFrom: IsoDate | null,
  effectiveTo: IsoDate | null,
  decisionId: string | null,
): ProcedureVersion {
  return {
    code: fields.code,
    name: fields.name,
    levels: fields.levels,
    field: fields.field,
    agency: fields.agency,
    procedureType: fields.procedureType,
    processingTime: fields.processingTime,
    fees: fields.fees,
    methods: fields.methods,
    steps: fields.steps,
    dossier: fields.dossier,
    subjects: fields.subjects,
    result: fields.result,
    requirements: fields.requirements,
    legalBasis: fields.legalBasis,
    onlineService: fields.onlineService,
    portalRefs: fields.portalRefs,
    procedureId,
    effectiveFrom,
    effectiveTo,
    decisionId,
  };
}
