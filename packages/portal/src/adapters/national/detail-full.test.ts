import { describe, expect, it } from 'vitest';
import { DOMS, readNationalFixture } from '../../dom/test-documents';
import { readFullDetailPage } from './detail-full';
import type { NationalDetailPage } from './detail-record';

const URL_FULL = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=7603';
const html = readNationalFixture('procedure-detail-full-3.000001.html');

describe.each(DOMS)('full procedure record 3.000001 ($name)', ({ parse }) => {
  async function read(): Promise<NationalDetailPage> {
    const { document, close } = parse(html, URL_FULL);
    try {
      const page = readFullDetailPage(document, new URL(URL_FULL));
      if (!page) throw new Error('no reading');
      return page;
    } finally {
      await close();
    }
  }

  it('reads identity, classification and agencies from the popup rows', async () => {
    const { procedure, extras, source } = await read();
    expect(source).toBe('full');
    expect(procedure.code).toBe('3.000001');
    expect(procedure.rawCode).toBe('3.000001');
    expect(procedure.portalId).toBe('7603');
    // "h&agrave;nh ... &aacute;p": entities decoded, source line breaks gone.
    expect(procedure.name).toBe('Cấp điện mới từ lưới điện hạ áp');
    // "Cấp Bộ, Cơ quan khác" is the one central level, not two levels.
    expect(procedure.levels).toEqual(['central']);
    expect(procedure.procedureType).toBe('Loại khác');
    expect(procedure.field).toBe('Dịch vụ cung cấp điện mới');
    expect(procedure.agency).toBe('Tập đoàn Điện lực Việt Nam');
    expect(procedure.subjects).toBe(
      'Công dân Việt Nam, Người nước ngoài, Doanh nghiệp, Doanh nghiệp có vốn đầu tư nước ngoài, ' +
        'Tổ chức (không bao gồm doanh nghiệp, HTX), Tổ chức nước ngoài, Hợp tác xã',
    );
    expect(procedure.result).toBe('Hợp đồng mua bán điện');
    expect(procedure.portalRefs).toEqual([{ url: URL_FULL, portalId: '7603' }]);
    expect(extras).toEqual({
      decisionNumber: '4221/EVN-KDMBD',
      authority: 'Tập đoàn Điện lực Việt Nam',
      // "Không có thông tin" is the portal's empty row, not a value.
      receptionAddress: null,
      authorisedAgency: null,
      coordinatingAgency: null,
      keywords: null,
      description: null,
    });
  });

  it('reads the methods table, and the shared processing time', async () => {
    const { procedure } = await read();
    expect(procedure.methods).toEqual([
      { channel: 'Trực tiếp', processingTime: '7 Ngày làm việc', fees: null, description: null },
      { channel: 'Trực tuyến', processingTime: '7 Ngày làm việc', fees: null, description: null },
    ]);
    expect(procedure.processingTime).toBe('7 Ngày làm việc');
    expect(procedure.fees).toBeNull();
  });

  it('reads the legal basis with canonical numbers and dd-mm-yyyy dates', async () => {
    const { procedure } = await read();
    expect(procedure.legalBasis).toEqual([
      { number: '61/2024/QH15', title: 'Luật điện lực', issuedOn: '2024-11-30', issuer: 'Quốc Hội' },
      { number: '18/2025/NĐ-CP', title: 'Nghị định 18', issuedOn: '2025-02-18', issuer: 'Chính phủ' },
    ]);
  });

  it('reads the dossier per customer group, with quantities split from "Bản chính: 1<br>Bản sao: 0"', async () => {
    const { procedure } = await read();
    const byGroup = new Map<string, number>();
    for (const d of procedure.dossier) byGroup.set(d.group ?? '', (byGroup.get(d.group ?? '') ?? 0) + 1);
    expect([...byGroup]).toEqual([
      ['Khách hàng mua điện ngoài sinh hoạt (01 pha, 03 pha), có công suất lớn nhất < 40kW', 4],
      ['Khách hàng mua điện ngoài sinh hoạt (01 pha, 03 pha), có công suất lớn nhất ≥ 40kW', 5],
      ['Khách hàng mua điện sinh hoạt (01 pha, 03 pha)', 3],
      ['Khách hàng mua điện sinh hoạt (01 pha, 03 pha), sử dụng chung công tơ', 5],
      ['Khách hàng tách công tơ dùng chung', 4],
    ]);
    expect(procedure.dossier[0]).toEqual({
      name: 'Giấy đề nghị mua điện',
      originals: '1',
      copies: '0',
      template: 'Giay de nghi mua dien.docx',
      group: 'Khách hàng mua điện ngoài sinh hoạt (01 pha, 03 pha), có công suất lớn nhất < 40kW',
    });
    expect(procedure.dossier[8]).toMatchObject({
      name: 'Bản đăng ký biểu đồ phụ tải. (Trường hợp khách hàng sản xuất, kinh doanh dịch vụ)',
      template: 'BẢNG KÊ CÔNG SUẤT THIẾT BỊ SỬ DỤNG ĐIỆN.docx',
      originals: '1',
      copies: '0',
    });
    expect(procedure.dossier.at(-1)?.name).toBe(
      '4. Giấy cam kết thanh toán hết nợ tiền điện với chủ HĐMBĐ đang dùng chung',
    );
  });

  it('says which fields the page shows: steps and requirements are filled by script, so not shown', async () => {
    const { procedure, fieldsShown, labelled } = await read();
    expect(procedure.steps).toBeNull();
    expect(procedure.requirements).toBeNull();
    expect(fieldsShown).not.toContain('steps');
    expect(fieldsShown).not.toContain('requirements');
    expect(fieldsShown).not.toContain('onlineService');
    expect(fieldsShown).toEqual(
      expect.arrayContaining([
        'code',
        'name',
        'levels',
        'field',
        'agency',
        'methods',
        'dossier',
        'legalBasis',
      ]),
    );
    expect(Object.keys(labelled)).toHaveLength(20);
    expect(labelled['Cấp thực hiện']).toBe('Cấp Bộ, Cơ quan khác');
  });
});

describe('full record popup variants', () => {
  const url = new URL(
    'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=12',
  );
  const row = (label: string, value: string) =>
    `<div class="row info-row"><div class="col-sm-3 key">${label}</div><div class="col-sm-9">${value}</div></div>`;

  it('keeps multi-line steps and requirements filled in by the portal script', async () => {
    const { parse } = DOMS[0];
    const { document } = parse(
      `<div id="popupChitietTTHC">${row('M&atilde; thủ tục:', ' 1.004227.H19 ')}${row('T&ecirc;n thủ tục:', 'Đăng ký khai sinh')}` +
        row(
          'Tr&igrave;nh tự thực hiện:',
          '<div style="white-space: pre-wrap;">Bước 1: Nộp hồ sơ\nBước 2: Nhận kết quả<br />Bước 3</div>',
        ) +
        row('Y&ecirc;u cầu, điều kiện thực hiện:', '<p>Không</p>') +
        row('Cấp thực hiện:', 'Cấp Tỉnh, Cấp Huyện') +
        '</div>',
      url.href,
    );
    const page = readFullDetailPage(document, url);
    expect(page?.procedure).toMatchObject({
      code: '1.004227',
      rawCode: '1.004227.H19',
      portalId: '12',
      name: 'Đăng ký khai sinh',
      steps: 'Bước 1: Nộp hồ sơ\nBước 2: Nhận kết quả\nBước 3',
      requirements: 'Không',
      levels: ['province', 'district'],
    });
    expect(page?.fieldsShown).toEqual(expect.arrayContaining(['steps', 'requirements']));
    expect(page?.fieldsShown).not.toContain('methods');
  });

  it('returns null for a popup whose record has not loaded (no name anywhere)', () => {
    const { parse } = DOMS[0];
    const { document } = parse(`<div id="popupChitietTTHC">${row('T&ecirc;n thủ tục:', '')}</div>`, url.href);
    expect(readFullDetailPage(document, url)).toBeNull();
  });
});
