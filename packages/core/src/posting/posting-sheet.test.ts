import { describe, expect, it } from 'vitest';
import { OfficeSchema } from '../model/office';
import { makeVersion } from '../testing/builders';
import { nationalPortalLink } from './portal-link';
import { postingSheet } from './posting-sheet';
import { submissionChannelLines, submissionChannels, summaryOf } from './submission-channels';

const commune = OfficeSchema.parse({
  id: 'xa-tan-phu',
  name: 'UBND xã Tân Phú',
  scope: { levels: ['commune'] },
});

describe('a posting sheet', () => {
  it('lists the procedures of the office level, grouped by field in Vietnamese order, unknown field last', () => {
    const sheet = postingSheet(
      commune,
      [
        makeVersion({ code: '2.000003', name: 'Chứng thực bản sao', field: 'Chứng thực' }),
        makeVersion({ code: '1.000002', name: 'Đăng ký kết hôn', field: 'Hộ tịch' }),
        makeVersion({ code: '1.000001', name: 'Đăng ký khai sinh', field: 'Hộ tịch' }),
        makeVersion({ code: '3.000001', name: 'Thủ tục không rõ lĩnh vực', field: null }),
        makeVersion({ code: '1.000009', name: 'Cấp tỉnh', levels: ['province'] }),
      ],
      '2026-04-01',
    );
    expect(sheet.total).toBe(4);
    expect(sheet.groups.map((g) => [g.field, g.entries.map((e) => e.code)])).toEqual([
      ['Chứng thực', ['2.000003']],
      ['Hộ tịch', ['1.000001', '1.000002']],
      [null, ['3.000001']],
    ]);
  });

  it('says how to submit from the methods as the national record writes them', () => {
    expect(
      submissionChannels({
        methods: [
          { channel: 'Trực tiếp', processingTime: '05 ngày làm việc', fees: null, description: null },
          { channel: 'Trực tuyến', processingTime: '03 ngày làm việc', fees: null, description: null },
          { channel: 'Dịch vụ bưu chính', processingTime: null, fees: null, description: null },
        ],
        onlineService: null,
      }),
    ).toEqual({ counter: true, online: 'partial', postal: true, other: [] });
    expect(submissionChannels({ methods: [], onlineService: 'full' }).online).toBe('full');
    expect(
      submissionChannelLines({ counter: true, online: 'partial', postal: true, other: ['Qua Zalo của xã'] }),
    ).toEqual([
      'Trực tiếp tại Bộ phận Một cửa',
      'Trực tuyến một phần',
      'Qua dịch vụ bưu chính công ích',
      'Qua Zalo của xã',
    ]);
    expect(submissionChannelLines({ counter: false, online: null, postal: false, other: [] })).toEqual([]);
  });

  it('states the processing time per channel when the record gives no summary, once when they agree', () => {
    const methods = [
      { channel: 'Trực tiếp', processingTime: '05 ngày làm việc', fees: 'Miễn phí', description: null },
      { channel: 'Trực tuyến', processingTime: '03 ngày làm việc', fees: 'Miễn phí', description: null },
    ];
    expect(summaryOf({ methods }, 'processingTime', null)).toBe(
      'Trực tiếp: 05 ngày làm việc; Trực tuyến: 03 ngày làm việc',
    );
    expect(summaryOf({ methods }, 'fees', null)).toBe('Miễn phí');
    expect(summaryOf({ methods }, 'fees', ' 50.000 đồng ')).toBe('50.000 đồng');
  });

  it('links the QR code to the national portal page seen, else built from the portal id, else a search by code', () => {
    expect(
      nationalPortalLink({
        code: '1.004227',
        portalRefs: [
          {
            url: 'http://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1480',
            portalId: null,
          },
        ],
      }),
    ).toBe('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1480');
    expect(
      nationalPortalLink({
        code: '1.004227',
        portalRefs: [{ url: 'https://dichvucong.gov.vn/p/home/dvc-tthc.html', portalId: '7603' }],
      }),
    ).toBe('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=7603');
    expect(
      nationalPortalLink({
        code: '1.004227',
        portalRefs: [{ url: 'https://dichvucong.hoabinh.gov.vn/x', portalId: '9' }],
      }),
    ).toBe('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?keyword=1.004227');
    expect(nationalPortalLink({ code: null, portalRefs: [] })).toBeNull();
  });
});
