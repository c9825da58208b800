import type { Office, OfficeBody } from '@niemyet/core';
import { ApiError, CLIENT_ERROR_CODES } from '../api/api-error';

/**
 * The office form (add or edit) as typed, the checks that mirror the contract (a name; at least one
 * agency or one level) and where a refusal of the server (400 `bad-request` naming the field,
 * or the client's own `invalid-request`) belongs on the form.
 */

export interface OfficeFormValues {
  name: string;
  area: string;
  address: string;
  agencies: string[];
  levels: string[];
  fields: string[];
}

export type OfficeFormField = 'name' | 'area' | 'address' | 'agencies' | 'levels' | 'fields';
export type OfficeFormErrors = Partial<Record<OfficeFormField, string>>;

export const EMPTY_OFFICE_FORM: OfficeFormValues = {
  name: '',
  area: '',
  address: '',
  agencies: [],
  levels: [],
  fields: [],
};

/** The form filled with an office, for "Sửa". */
export function formFromOffice(office: Office): OfficeFormValues {
  return {
    name: office.name,
    area: office.area ?? '',
    address: office.address ?? '',
    agencies: [...office.scope.agencies],
    levels: [...office.scope.levels],
    fields: [...office.scope.fields],
  };
}

export function checkOfficeForm(
  values: OfficeFormValues,
  m: { nameRequired: string; scopeRequired: string },
): { ok: true; body: OfficeBody } | { ok: false; errors: OfficeFormErrors } {
  const errors: OfficeFormErrors = {};
  if (values.name.trim() === '') errors.name = m.nameRequired;
  if (values.agencies.length + values.levels.length === 0) errors.agencies = m.scopeRequired;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const optional = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    ok: true,
    body: {
      name: values.name.trim(),
      area: optional(values.area),
      address: optional(values.address),
      scope: { agencies: values.agencies, levels: values.levels, fields: values.fields },
    },
  };
}

/** The form field a refusal names (`scope.agencies.2` → agencies), or null when it names none of them. */
export function refusedField(error: unknown): { field: OfficeFormField; issue: string } | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code !== 'bad-request' && error.code !== CLIENT_ERROR_CODES.badRequest) return null;
  const path = typeof error.params.field === 'string' ? error.params.field.split('.') : [];
  const issue = typeof error.params.issue === 'string' ? error.params.issue : error.message;
  const [head, next] = path;
  if (head === 'name' || head === 'area' || head === 'address') return { field: head, issue };
  if (head === 'scope') {
    if (next === 'levels' || next === 'fields') return { field: next, issue };
    // The scope as a whole (no agency and no level) is said where agencies are chosen.
    return { field: 'agencies', issue };
  }
  return null;
}
