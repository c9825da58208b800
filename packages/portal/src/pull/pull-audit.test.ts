import { describe, expect, it } from 'vitest';
import { pullAuditInputs, pullCompleteScope } from './pull-audit';
import { createPullState, type PullState } from './pull-state';

const BASE = 'https://dichvucong.gov.vn/p/home/dvc-tthc.html';

function state(): PullState {
  const s = createPullState(BASE, true, 'T0');
  s.pages[0]!.status = 'done';
  s.pages[0]!.rows = [
    {
      code: '1.000001',
      rawCode: '1.000001.H19',
      name: 'Đăng ký khai sinh',
      text: 'row 1',
      url: BASE,
      detailUrl: `${BASE}/d1`,
    },
    { code: null, rawCode: null, name: 'Thủ tục không mã', text: 'row 2', url: BASE, detailUrl: null },
    { code: 42, name: 'bad code type', text: 'x' },
  ];
  s.pages.push({
    url: `${BASE}?pageIndex=2`,
    status: 'done',
    attempts: 1,
    error: null,
    // Listed again on page 2: the portal reordered while being paged.
    rows: [
      {
        code: '1.000001',
        rawCode: '1.000001',
        name: 'Đăng ký khai sinh',
        text: 'row 1 again',
        detailUrl: null,
      },
    ],
  });
  s.details = [
    {
      url: `${BASE}/d1`,
      status: 'done',
      attempts: 1,
      error: null,
      rows: [
        {
          code: null,
          rawCode: null,
          name: 'Đăng ký khai sinh',
          text: 'Đăng ký khai sinh',
          processingTime: '7 ngày',
          url: `${BASE}/d1`,
        },
      ],
    },
  ];
  return s;
}

describe('pull audit input', () => {
  it('uses the detail record for a row with a read detail page, once per procedure', () => {
    const inputs = pullAuditInputs(state());
    expect(inputs).toEqual([
      {
        code: '1.000001',
        rawCode: '1.000001.H19',
        name: 'Đăng ký khai sinh',
        text: 'row 1',
        processingTime: '7 ngày',
        url: `${BASE}/d1`,
      },
      { code: null, rawCode: null, name: 'Thủ tục không mã', text: 'row 2', url: BASE },
    ]);
  });

  it('claims a complete scope only for a complete listing it can express', () => {
    const s = state();
    s.adapterId = 'national';
    expect(pullCompleteScope(s)).toEqual({});
    s.scope = { level: 'province', field: 'Hộ tịch' };
    expect(pullCompleteScope(s)).toEqual({ levels: ['province'], fields: ['Hộ tịch'] });
    s.scope = { agency: 'Sở Tư pháp' };
    expect(pullCompleteScope(s)).toBeNull();
    s.scope = {};
    s.pages[1]!.status = 'failed';
    expect(pullCompleteScope(s)).toBeNull();
  });

  it('claims a provincial listing complete only for the scope the user declares', () => {
    const s = state();
    s.adapterId = 'generic';
    s.scope = { pager: 'postback' };
    expect(pullCompleteScope(s)).toBeNull();
    expect(pullCompleteScope(s, { fields: ['Hộ tịch'], levels: ['Cấp tỉnh'] })).toEqual({
      levels: ['province'],
      fields: ['Hộ tịch'],
    });
  });
});
