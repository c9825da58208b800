import { makeDecision, makeItem, makeVersion } from '@niemyet/core/testing';
import { FakeServer } from '../testing/fake-server';
import { ACCOUNTS } from '../testing/render-console';

/**
 * A province for the posting tests (today is 06/12/2026 on the fake server's clock):
 * - the public service centre posts the Justice Department's procedures; it posted on
 *   01/11/2026, then 7/QĐ-UBND (in effect 25/11/2026) amended the criminal-record fee and
 *   abolished the lawyers' registration: one take-down, one replacement, overdue;
 * - the Construction Department's counter posted on 01/11/2026 and is up to date, with an
 *   amendment of 9/QĐ-UBND taking effect on 20/12/2026 to prepare;
 * - the commune office has never posted its two commune-level procedures.
 */

export const CENTRE = 'office-1';
export const BUILDING = 'office-2';
export const COMMUNE = 'office-3';
export const LYLICH_PORTAL =
  'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1480';

export function postingOffice(signedInAs = 'lan'): FakeServer {
  const server = new FakeServer({ accounts: ACCOUNTS, signedInAs });
  server.baseline.push(
    makeVersion({
      code: '1.000001',
      name: 'Cấp phiếu lý lịch tư pháp',
      agency: 'Sở Tư pháp',
      field: 'Lý lịch tư pháp',
      levels: ['province'],
      processingTime: '10 ngày làm việc',
      fees: '200.000 đồng',
      methods: [
        { channel: 'Trực tiếp', processingTime: null, fees: null, description: null },
        { channel: 'Dịch vụ bưu chính', processingTime: null, fees: null, description: null },
      ],
      onlineService: 'full',
      portalRefs: [{ url: LYLICH_PORTAL, portalId: '1480' }],
    }),
    makeVersion({
      code: '1.000002',
      name: 'Đăng ký hành nghề luật sư',
      agency: 'SỞ TƯ PHÁP',
      field: 'Luật sư',
      levels: ['province'],
    }),
    makeVersion({
      code: '1.000005',
      name: 'Chứng thực hợp đồng',
      agency: 'Sở Tư pháp',
      field: 'Chứng thực',
      levels: ['province'],
    }),
    makeVersion({
      code: '1.000003',
      name: 'Cấp giấy phép xây dựng',
      agency: 'Sở Xây dựng',
      field: 'Xây dựng',
      levels: ['province'],
    }),
    makeVersion({ code: '2.000010', name: 'Đăng ký khai sinh', agency: 'UBND cấp xã', field: 'Hộ tịch' }),
    makeVersion({ code: '2.000011', name: 'Chứng thực bản sao', agency: 'UBND cấp xã', field: 'Chứng thực' }),
  );
  server.posting.addOffice({
    name: 'Trung tâm Phục vụ hành chính công tỉnh',
    area: 'Tỉnh Đồng Nai',
    scope: { agencies: ['Sở Tư pháp'], levels: [], fields: [] },
  });
  server.posting.addOffice({
    name: 'Bộ phận Một cửa Sở Xây dựng',
    scope: { agencies: ['Sở Xây dựng'], levels: [], fields: [] },
  });
  server.posting.addOffice({
    name: 'UBND xã Tân Phú',
    area: 'Xã Tân Phú',
    scope: { agencies: [], levels: ['commune'], fields: [] },
  });
  server.posting.postAll(CENTRE, '2026-11-01');
  server.posting.postAll(BUILDING, '2026-11-01');
  server.decisions.set(
    'qd-7',
    makeDecision({
      id: 'qd-7',
      number: '7/QĐ-UBND',
      signedOn: '2026-11-20',
      effectiveOn: '2026-11-25',
      items: [
        makeItem({
          action: 'amended',
          code: '1.000001',
          name: 'Cấp phiếu lý lịch tư pháp',
          changes: { fees: '100.000 đồng' },
        }),
        makeItem({ action: 'abolished', code: '1.000002', name: 'Đăng ký hành nghề luật sư' }),
      ],
    }),
  );
  server.decisions.set(
    'qd-9',
    makeDecision({
      id: 'qd-9',
      number: '9/QĐ-UBND',
      signedOn: '2026-12-01',
      effectiveOn: '2026-12-20',
      items: [
        makeItem({
          action: 'amended',
          code: '1.000003',
          name: 'Cấp giấy phép xây dựng',
          changes: { processingTime: '15 ngày' },
        }),
      ],
    }),
  );
  return server;
}
