import type { ChangeLogFilter, ChangeLogRow } from '../api/changelog';
import { searchKey } from '../text/normalize';

/**
 * The rows a change-log filter keeps (issue 12): every filter given must hold. `from`/`to`
 * bound `occurredOn` inclusively (an entry without a date is outside any bounded period);
 * level, field and agency match exactly as the catalogue writes them; `procedure` is a code
 * exactly, or part of the name read without accents ("dang ky khai sinh" finds "Đăng ký khai
 * sinh").
 */
export function filterChangeLogRows<R extends ChangeLogRow>(
  rows: readonly R[],
  filter: ChangeLogFilter,
): R[] {
  const matches = changeLogRowMatcher(filter);
  return rows.filter(matches);
}

/** The predicate of one filter, built once: the procedure's search key is folded once, not per row. */
export function changeLogRowMatcher(filter: ChangeLogFilter): (row: ChangeLogRow) => boolean {
  const procedure = filter.procedure?.trim() ?? '';
  const procedureKey = procedure === '' ? '' : searchKey(procedure);
  return (row) => {
    if (filter.from !== undefined && (row.occurredOn === null || row.occurredOn < filter.from)) return false;
    if (filter.to !== undefined && (row.occurredOn === null || row.occurredOn > filter.to)) return false;
    if (filter.action !== undefined && row.action !== filter.action) return false;
    if (filter.kind !== undefined && row.kind !== filter.kind) return false;
    if (filter.level !== undefined && !row.levels.includes(filter.level)) return false;
    if (filter.field !== undefined && row.field !== filter.field) return false;
    if (filter.agency !== undefined && row.agency !== filter.agency) return false;
    if (filter.decision !== undefined && row.decisionId !== filter.decision) return false;
    if (procedure !== '' && row.code !== procedure) {
      if (procedureKey === '' || !searchKey(row.name).includes(procedureKey)) return false;
    }
    return true;
  };
}
