import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { vi as messages } from '../i18n/posting-messages';
import { checkOfficeForm, EMPTY_OFFICE_FORM, refusedField } from './office-form';

describe('the add-office form', () => {
  it('asks for a name and an agency or a level, as the contract does', () => {
    expect(checkOfficeForm(EMPTY_OFFICE_FORM, messages.form)).toEqual({
      ok: false,
      errors: { name: messages.form.nameRequired, agencies: messages.form.scopeRequired },
    });
    expect(
      checkOfficeForm({ ...EMPTY_OFFICE_FORM, name: ' UBND xã ', levels: ['commune'] }, messages.form),
    ).toEqual({
      ok: true,
      body: {
        name: 'UBND xã',
        area: null,
        address: null,
        scope: { agencies: [], levels: ['commune'], fields: [] },
      },
    });
  });

  it('puts a refusal naming a field under that field, the scope as a whole under the agencies', () => {
    const refusal = (field: string, code = 'bad-request') =>
      new ApiError({ status: 400, code, params: { field, issue: 'Too long' } });
    expect(refusedField(refusal('name'))).toEqual({ field: 'name', issue: 'Too long' });
    expect(refusedField(refusal('scope.levels.0'))).toEqual({ field: 'levels', issue: 'Too long' });
    expect(refusedField(refusal('scope.fields.3'))).toEqual({ field: 'fields', issue: 'Too long' });
    expect(refusedField(refusal('scope.agencies'))).toEqual({ field: 'agencies', issue: 'Too long' });
    expect(refusedField(refusal('scope'))).toEqual({ field: 'agencies', issue: 'Too long' });
    expect(refusedField(refusal('address', 'invalid-request'))).toEqual({
      field: 'address',
      issue: 'Too long',
    });
    expect(refusedField(refusal('body'))).toBeNull();
    expect(refusedField(new ApiError({ status: 403, code: 'forbidden' }))).toBeNull();
  });
});
