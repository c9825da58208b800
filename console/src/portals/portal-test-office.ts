import { fakeFinding, fakeWatch } from '../testing/fake-portal-routes';
import { FakeServer } from '../testing/fake-server';
import { ACCOUNTS } from '../testing/render-console';

/**
 * The office of the portal-watch tests: `lan` (drafter and supervisor) signed in, two portals,
 * a nightly watch on the national listing, and four findings — one changed with a watch
 * sighting and an officer's (evidence and a field diff), one abolished but listed assigned to
 * `lan`, one unknown procedure on the provincial portal, one dismissed. The server's today is
 * 06/12/2026 (02:00 UTC); `f-4` was first seen that day, so it is in the digest.
 */
export const NATIONAL = 'https://dichvucong.gov.vn';
export const PROVINCIAL = 'https://dichvucong.hanoi.gov.vn';

export function portalOffice(signedInAs = 'lan'): FakeServer {
  const server = new FakeServer({ accounts: ACCOUNTS, signedInAs });
  const store = server.portals;
  store.watches = [
    fakeWatch({
      id: 'w-quocgia',
      url: `${NATIONAL}/p/home/dvc-tthc-thu-tuc-hanh-chinh.html`,
      name: 'Cổng quốc gia',
      openFindings: 2,
    }),
  ];
  store.findings = [
    fakeFinding({
      id: 'f-1',
      code: '1.004227',
      name: 'Cấp giấy phép xây dựng',
      kind: 'changed',
      sightings: 2,
      agency: 'Sở Xây dựng',
      field: 'Xây dựng',
      watchIds: ['w-quocgia'],
      firstSeenAt: '2026-11-20T19:00:00.000Z',
      lastSeenAt: '2026-12-05T20:30:00.000Z',
    }),
    fakeFinding({
      id: 'f-2',
      code: '2.000001',
      name: 'Đăng ký hộ kinh doanh',
      kind: 'abolished-but-listed',
      assignee: 'lan',
      agency: 'Sở Kế hoạch và Đầu tư',
      field: 'Thành lập doanh nghiệp',
      watchIds: ['w-quocgia'],
      firstSeenAt: '2026-12-03T19:00:00.000Z',
      lastSeenAt: '2026-12-05T19:00:00.000Z',
    }),
    fakeFinding({
      id: 'f-3',
      portal: PROVINCIAL,
      code: '9.999999',
      name: 'Thủ tục lạ',
      kind: 'not-in-catalogue',
      firstSeenAt: '2026-11-01T01:00:00.000Z',
      lastSeenAt: '2026-12-04T19:00:00.000Z',
    }),
    fakeFinding({
      id: 'f-4',
      portal: PROVINCIAL,
      name: 'Cổng không trả lời',
      kind: 'run-failed',
      state: 'dismissed',
      reason: 'Cổng bảo trì',
      assignee: 'hung',
      firstSeenAt: '2026-12-05T18:00:00.000Z',
      lastSeenAt: '2026-12-05T18:00:00.000Z',
    }),
  ];
  store.sightings.set('f-1', [
    {
      at: '2026-12-05T20:30:00.000Z',
      source: 'extension',
      watchId: null,
      runId: null,
      reportedBy: 'hung',
      url: `${NATIONAL}/p/home/dvc-chi-tiet-thu-tuc.html?ma=1.004227`,
      evidence: {
        url: `${NATIONAL}/p/home/dvc-chi-tiet-thu-tuc.html?ma=1.004227`,
        at: '2026-12-05T20:30:00.000Z',
        text: 'Thời hạn giải quyết: 30 ngày',
      },
      diffs: [
        {
          field: 'processingTime',
          kind: 'text',
          expected: '20 ngày',
          actual: '30 ngày',
          parts: [
            { kind: 'removed', text: '20' },
            { kind: 'added', text: '30' },
            { kind: 'same', text: ' ngày' },
          ],
          added: [],
          removed: [],
        },
      ],
    },
    {
      at: '2026-11-20T19:00:00.000Z',
      source: 'watch',
      watchId: 'w-quocgia',
      runId: 'r-old',
      reportedBy: null,
      url: `${NATIONAL}/p/home/dvc-tthc-thu-tuc-hanh-chinh.html`,
      evidence: null,
      diffs: [],
    },
  ]);
  return server;
}
