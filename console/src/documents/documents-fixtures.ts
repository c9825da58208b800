import { makeVersion } from '@niemyet/core/testing';
import { FakeServer } from '../testing/fake-server';
import { ACCOUNTS } from '../testing/render-console';

/**
 * The office of the documents tests (the fake server's today is 06/12/2026): three procedures
 * in force citing three documents, spelled differently on each side —
 * - 123/2015/NĐ-CP registered, in force, cited by the two civil-status procedures;
 * - 01/2018/TT-VPCP registered, expired on 01/01/2025, cited by marriage and land;
 * - 43/2014/NĐ-CP only cited (by land and birth), never registered.
 */
export function documentsOffice(signedInAs = 'hung'): FakeServer {
  const server = new FakeServer({ accounts: ACCOUNTS, signedInAs });
  server.baseline.push(
    makeVersion({
      code: '1.000001',
      name: 'Đăng ký khai sinh',
      field: 'Hộ tịch',
      agency: 'UBND cấp xã',
      legalBasis: [
        { number: 'Nghị định số 123/2015/NĐ-CP', title: null, issuedOn: null, issuer: null },
        { number: '43/2014/NĐCP', title: null, issuedOn: null, issuer: null },
      ],
    }),
    makeVersion({
      code: '1.000002',
      name: 'Đăng ký kết hôn',
      field: 'Hộ tịch',
      agency: 'UBND cấp xã',
      legalBasis: [
        { number: '123/2015/NĐ-CP', title: null, issuedOn: null, issuer: null },
        { number: '01 /2018/TT-VPCP', title: null, issuedOn: null, issuer: null },
      ],
    }),
    makeVersion({
      code: '2.000003',
      name: 'Cấp giấy chứng nhận quyền sử dụng đất',
      field: 'Đất đai',
      agency: 'UBND cấp huyện',
      levels: ['district'],
      legalBasis: [
        {
          number: '43/2014/NĐ-CP',
          title: 'Nghị định quy định chi tiết thi hành Luật Đất đai',
          issuedOn: '2014-05-15',
          issuer: 'Chính phủ',
        },
        { number: '01/2018/TT-VPCP', title: null, issuedOn: null, issuer: null },
      ],
    }),
  );
  server.legal.seed(
    {
      number: '123/2015/NĐ-CP',
      type: 'Nghị định',
      issuer: 'Chính phủ',
      title: 'Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
      issuedOn: '2015-11-15',
      effectiveOn: '2016-01-01',
    },
    {
      number: '01/2018/TT-VPCP',
      type: 'Thông tư',
      issuer: 'Văn phòng Chính phủ',
      title: 'Hướng dẫn thi hành một số quy định của Nghị định 61/2018/NĐ-CP',
      issuedOn: '2018-10-23',
      effectiveOn: '2018-12-21',
      expiresOn: '2025-01-01',
    },
  );
  return server;
}
