import type { ProcedureFields, ProcedureVersion } from '@niemyet/core';
import type { DemoPortalData } from './data/portal-extract';
import { fieldMatcher } from './field-match';
import {
  type FieldChoice,
  type PortalProcedure,
  procedureContent,
  splitField,
  stepsText,
} from './procedure-content';
import type { DemoRandom } from './random';

/**
 * The content of every procedure of the portal's listings, and the baseline: the versions in
 * force before the demo's year starts (effective from an unknown date, no decision).
 */

export function portalProcedures(data: DemoPortalData): PortalProcedure[] {
  return data.procedures.map(([code, name, audience]) => ({ code, name, audience }));
}

/** Content for each procedure, by code: field and managing ministry from the portal's field list, matched by name. */
export function procedureContents(
  procedures: readonly PortalProcedure[],
  data: DemoPortalData,
  random: DemoRandom,
): Map<string, ProcedureFields> {
  const fields: FieldChoice[] = data.fields.map(splitField);
  const matchField = fieldMatcher(fields);
  const ministries = data.agencies.filter((name) => name.startsWith('Bộ '));
  const agencyByKey = new Map(data.agencies.map((name) => [name.toLocaleLowerCase('vi'), name]));
  const contents = new Map<string, ProcedureFields>();
  for (const procedure of procedures) {
    // The field the name points to; a random one only when the name shares no words with any.
    const field = matchField(procedure.name) ?? random.pick(fields);
    const agency =
      (field.ministry && agencyByKey.get(field.ministry.toLocaleLowerCase('vi'))) ?? random.pick(ministries);
    contents.set(procedure.code, procedureContent(procedure, field, agency, random));
  }
  return contents;
}

/** Still listed at the district level, abolished on 01/7/2025: the year's first decision moves them. */
export function atDistrictLevel(fields: ProcedureFields): ProcedureFields {
  const online = fields.methods.some((m) => m.channel === 'Trực tuyến');
  return { ...fields, levels: ['district'], steps: stepsText(['district'], online) };
}

export function baselineVersion(fields: ProcedureFields): ProcedureVersion {
  return { ...fields, procedureId: fields.code!, effectiveFrom: null, effectiveTo: null, decisionId: null };
}
