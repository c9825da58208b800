import { LegalDocumentSchema } from '@niemyet/core';
import { describe, expect, it } from 'vitest';
import { vi as messages } from '../i18n/documents-messages';
import {
  checkDocumentForm,
  EMPTY_DOCUMENT_FORM,
  formFromCitation,
  formFromDocument,
  typeOfNumber,
} from './document-form';

const m = messages.form;

describe('document form', () => {
  it('turns typed values into the contract body: dates from dd/mm/yyyy, blanks as null, the number as typed', () => {
    const checked = checkDocumentForm(
      {
        ...EMPTY_DOCUMENT_FORM,
        number: ' 01 /2018/TT-VPCP ',
        issuer: '  ',
        title: ' Hướng dẫn ',
        issuedOn: '23/10/2018',
        effectiveOn: '21-12-2018',
        relations: [{ kind: 'replaces', target: ' 5/2010/TT-VPCP ' }],
      },
      m,
    );
    expect(checked).toEqual({
      ok: true,
      body: {
        number: '01 /2018/TT-VPCP',
        type: null,
        issuer: null,
        title: 'Hướng dẫn',
        issuedOn: '2018-10-23',
        effectiveOn: '2018-12-21',
        expiresOn: null,
        relations: [{ kind: 'replaces', target: '5/2010/TT-VPCP' }],
      },
    });
  });

  it('refuses an expiry on or before the start, counted from the issue date when no effective date is given', () => {
    const checked = checkDocumentForm(
      { ...EMPTY_DOCUMENT_FORM, number: '1/2020/QĐ-UBND', issuedOn: '01/02/2020', expiresOn: '01/02/2020' },
      m,
    );
    expect(checked).toEqual({ ok: false, errors: { expiresOn: m.errors.expiresBeforeEffective } });
  });

  it('fills from a registered document and from a citation', () => {
    const document = LegalDocumentSchema.parse({
      id: 'vb:1',
      number: '43/2014/NĐ-CP',
      rawNumber: '43/2014/NĐCP',
      effectiveOn: '2014-07-01',
      relations: [{ kind: 'amends', target: '1/2010/NĐ-CP' }],
    });
    expect(formFromDocument(document)).toMatchObject({
      number: '43/2014/NĐCP',
      effectiveOn: '01/07/2014',
      relations: [{ kind: 'amends', target: '1/2010/NĐ-CP' }],
    });
    expect(
      formFromCitation({
        number: '01/2018/TT-VPCP',
        document: null,
        citation: { number: '01/2018/TT-VPCP', title: 'Thông tư', issuedOn: '2018-10-23', issuer: 'VPCP' },
        status: 'cited_only',
        since: null,
        by: null,
        citedBy: 3,
      }),
    ).toMatchObject({ number: '01/2018/TT-VPCP', type: 'Thông tư', issuer: 'VPCP', issuedOn: '23/10/2018' });
    expect(typeOfNumber('12/2019/TTLT-BTC-BYT')).toBe('Thông tư liên tịch');
    expect(typeOfNumber('Luật 100/2015/QH13')).toBe('');
  });
});
