import { describe, expect, it } from 'vitest';
import { makeLegalDocument } from '../testing/legal-builders';
import { legalDocumentStatusOn } from './document-status';
import { findLegalDocument, legalRegistry } from './registry';

const decree43 = makeLegalDocument({ number: '43/2014/NĐ-CP', effectiveOn: '2014-07-01' });
const amending = makeLegalDocument({
  number: '01/2017/NĐ-CP',
  effectiveOn: '2017-03-03',
  // Typed loosely on purpose: the registry keys relations like numbers.
  relations: [{ kind: 'amends', target: 'Nghị định số 43/2014/NĐCP' }],
});
const replacing = makeLegalDocument({
  number: '102/2024/NĐ-CP',
  effectiveOn: '2024-08-01',
  relations: [{ kind: 'replaces', target: '43/2014/NĐ-CP' }],
});
const circular = makeLegalDocument({
  number: '01/2018/TT-VPCP',
  effectiveOn: '2018-02-01',
  expiresOn: '2023-01-01',
});
const registry = legalRegistry([decree43, amending, replacing, circular]);

describe('legalDocumentStatusOn', () => {
  it('follows a decree from not yet effective through amended to replaced', () => {
    expect(legalDocumentStatusOn(decree43, registry, '2014-06-30').status).toBe('not_yet_effective');
    expect(legalDocumentStatusOn(decree43, registry, '2014-07-01').status).toBe('in_force');
    const amended = legalDocumentStatusOn(decree43, registry, '2017-03-03');
    expect(amended).toMatchObject({ status: 'amended', since: '2017-03-03' });
    expect(amended.by?.number).toBe('01/2017/NĐ-CP');
    const replaced = legalDocumentStatusOn(decree43, registry, '2024-08-01');
    expect(replaced).toMatchObject({ status: 'replaced', since: '2024-08-01' });
    expect(replaced.by?.number).toBe('102/2024/NĐ-CP');
  });

  it('expires on its expiry date; the first ending wins', () => {
    expect(legalDocumentStatusOn(circular, registry, '2022-12-31').status).toBe('in_force');
    expect(legalDocumentStatusOn(circular, registry, '2023-01-01').status).toBe('expired');
    const abolisher = makeLegalDocument({
      number: '5/2024/TT-VPCP',
      effectiveOn: '2024-01-01',
      relations: [{ kind: 'abolishes', target: '01 /2018/TT-VPCP' }],
    });
    const both = legalRegistry([circular, abolisher]);
    expect(legalDocumentStatusOn(circular, both, '2025-01-01').status).toBe('expired');
    const early = legalRegistry([{ ...circular, expiresOn: '2030-01-01' }, abolisher]);
    expect(legalDocumentStatusOn(early.documents[0]!, early, '2025-01-01').status).toBe('abolished');
  });

  it('finds a registered document however its number is typed', () => {
    expect(findLegalDocument(registry, 'Nghị định số 43/2014/NĐCP')).toBe(decree43);
    expect(findLegalDocument(registry, '01 /2018/TT-VPCP')).toBe(circular);
    expect(findLegalDocument(registry, '44/2014/NĐ-CP')).toBeUndefined();
  });
});
