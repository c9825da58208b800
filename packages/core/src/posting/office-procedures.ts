import { compareCodeUnits } from '../catalogue/order';
import type { OfficeScope } from '../model/office';
import type { ProcedureFields, ProcedureVersion } from '../model/procedure';
import { searchKey } from '../text/normalize';

/**
 * The office's scope made ready for matching: agencies and fields as search keys (no
 * diacritics, case or punctuation), so "Sở Tư pháp" on the office and "SỞ TƯ PHÁP" or
 * "So Tu phap" in a portal-fed catalogue are one agency.
 */
export interface ScopeMatcher {
  covers(fields: Pick<ProcedureFields, 'agency' | 'levels' | 'field'>): boolean;
}

export function scopeMatcher(scope: OfficeScope): ScopeMatcher {
  const agencies = new Set(scope.agencies.map(searchKey));
  const levels = new Set(scope.levels.map((level) => level.trim()));
  const fields = new Set(scope.fields.map(searchKey));
  return {
    covers(procedure) {
      if (agencies.size > 0 && !(procedure.agency && agencies.has(searchKey(procedure.agency)))) return false;
      if (levels.size > 0 && !procedure.levels.some((level) => levels.has(level))) return false;
      if (fields.size > 0 && !(procedure.field && fields.has(searchKey(procedure.field)))) return false;
      return true;
    },
  };
}

/** The versions in force that the office posts, by field then code then name (the sheet's order). */
export function proceduresOfOffice(
  active: Iterable<ProcedureVersion>,
  scope: OfficeScope,
): ProcedureVersion[] {
  const matcher = scopeMatcher(scope);
  const covered: ProcedureVersion[] = [];
  for (const version of active) if (matcher.covers(version)) covered.push(version);
  return covered.sort(compareSheetOrder);
}

// Vietnamese collation for what people read in order (fields, names on a printed sheet); the
// sheet is built in one place (core, on the server) so every copy orders alike.
const VIETNAMESE = new Intl.Collator('vi');

/** Field (unknown last), then code (none last), then name. */
export function compareSheetOrder(
  a: Pick<ProcedureFields, 'field' | 'code' | 'name'>,
  b: Pick<ProcedureFields, 'field' | 'code' | 'name'>,
): number {
  if (a.field !== b.field) {
    if (a.field === null) return 1;
    if (b.field === null) return -1;
    return VIETNAMESE.compare(a.field, b.field);
  }
  if (a.code !== b.code) {
    if (a.code === null) return 1;
    if (b.code === null) return -1;
    return compareCodeUnits(a.code, b.code);
  }
  return VIETNAMESE.compare(a.name, b.name);
}
