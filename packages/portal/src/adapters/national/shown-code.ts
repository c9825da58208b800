import { parseProcedureCode, searchKey } from '@niemyet/core';

/**
 * A procedure code as a page shows it, read into the pair rows carry: the canonical code and
 * the code as written. Pages write "Không có mã số" / "Chưa có mã" where no code exists: that
 * is no code at all (both null). Text that is not a code keeps its raw form as evidence.
 */
export function readShownCode(shown: string | null): { code: string | null; rawCode: string | null } {
  if (shown === null) return { code: null, rawCode: null };
  const parsed = parseProcedureCode(shown);
  if (parsed) return { code: parsed.code, rawCode: parsed.raw };
  if (/^(?:khong|chua) co ma\b/.test(searchKey(shown))) return { code: null, rawCode: null };
  return { code: null, rawCode: shown };
}
