import { z } from 'zod';
import { idText, requiredText } from './row-values';
import { parseServiceRows } from './service-rows';

/**
 * `procedure_get_list_field_service_v2`: the fields ("lĩnh vực") with the ministry in charge
 * glued on in brackets, "An toàn thực phẩm(Bộ Y tế)" — the same field name exists under several
 * ministries (tests/fixtures/national-portal/fields.json).
 */
export const FIELDS_SERVICE = 'procedure_get_list_field_service_v2';

export const FieldRowSchema = z.looseObject({ ID: idText, FIELD_NAME: requiredText });

export interface FieldRow {
  id: string;
  /** The field name without the ministry ("An toàn thực phẩm"). */
  name: string;
  /** The ministry from the trailing brackets ("Bộ Y tế"), null when there are none. */
  ministry: string | null;
  /** The label as the portal writes it. */
  label: string;
}

// Only the last bracket group is the ministry: names have brackets of their own ("(ODA)").
const TRAILING_MINISTRY = /^(.*?)\s*\(([^()]+)\)\s*$/u;

export function readFieldsResponse(json: unknown): FieldRow[] {
  return parseServiceRows(FIELDS_SERVICE, FieldRowSchema, json).map((row) => {
    const m = TRAILING_MINISTRY.exec(row.FIELD_NAME);
    const name = m?.[1]?.trim();
    return {
      id: row.ID,
      name: name ? name : row.FIELD_NAME,
      ministry: name ? (m?.[2]?.trim() ?? null) : null,
      label: row.FIELD_NAME,
    };
  });
}
