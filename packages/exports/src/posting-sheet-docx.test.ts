import {
  catalogueAt,
  foldCatalogue,
  OfficeSchema,
  type PostingEntry,
  type ProcedureVersion,
  postingSheet,
} from '@niemyet/core';
import { makeDecision, makeItem, makeVersion } from '@niemyet/core/testing';
import { describe, expect, it } from 'vitest';
import { NOT_ON_NATIONAL_PORTAL, POSTING_SHEET_COLUMNS, postingSheetDocx } from './posting-sheet-docx';
import { assertWellFormedXml, readDocx } from './testing/docx-reading';
import { readQrCode } from './testing/qr-reading';

const office = OfficeSchema.parse({
  id: 'stp',
  name: 'Bộ phận Một cửa Sở Tư pháp',
  area: 'Tỉnh Hòa Bình',
  address: 'Số 1 đường Trần Hưng Đạo, TP. Hòa Bình',
  scope: { agencies: ['Sở Tư pháp'] },
});

const DETAIL = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=';
const direct = { channel: 'Trực tiếp', processingTime: null, fees: null, description: null };
const postal = { channel: 'Dịch vụ bưu chính', processingTime: null, fees: null, description: null };

const justice = (overrides: Partial<ProcedureVersion>) =>
  makeVersion({ agency: 'Sở Tư pháp', levels: ['province'], ...overrides });

const baseline = [
  justice({
    code: '1.000001',
    name: 'Cấp phiếu lý lịch tư pháp',
    field: 'Lý lịch tư pháp',
    processingTime: '10 ngày làm việc',
    fees: '200.000 đồng',
    methods: [direct, postal],
    onlineService: 'full',
    portalRefs: [{ url: `${DETAIL}1480`, portalId: '1480' }],
  }),
  justice({
    code: '1.000002',
    name: 'Đăng ký hành nghề luật sư',
    field: 'Luật sư',
    agency: 'SỞ TƯ PHÁP',
    portalRefs: [{ url: 'https://dichvucong.gov.vn/p/home/dvc-tthc.html', portalId: '7603' }],
  }),
  // No portal page seen: the QR code opens the portal's search for the code.
  justice({ code: '1.000005', name: 'Cấp chứng chỉ hành nghề luật sư', field: 'Luật sư', methods: [direct] }),
  // Hostile text must reach Word as text, not as markup.
  justice({ code: '1.000006', name: 'Thủ tục <w:t>A & B</w:t> "thử"', field: 'Luật sư' }),
  // No code and never seen on the portal: no QR code.
  justice({ code: null, procedureId: 'local:7', name: 'Thủ tục địa phương chưa có mã', field: null }),
  justice({ code: '1.000003', name: 'Sẽ bị bãi bỏ', field: 'Luật sư' }),
  makeVersion({ code: '2.000001', name: 'Cấp giấy phép xây dựng', agency: 'Sở Xây dựng', field: 'Xây dựng' }),
];
const decision = makeDecision({
  effectiveOn: '2026-04-01',
  items: [
    makeItem({ action: 'abolished', code: '1.000003', name: 'Sẽ bị bãi bỏ' }),
    makeItem({
      action: 'new',
      code: '1.000004',
      name: 'Cấp chứng chỉ hành nghề thừa phát lại',
      changes: { agency: 'So Tu phap', field: 'Thừa phát lại', levels: ['province'] },
    }),
  ],
});
const history = foldCatalogue(baseline, [decision]);
const sheet = postingSheet(office, catalogueAt(history, '2026-04-15').active.values(), '2026-04-15');
const entries: PostingEntry[] = sheet.groups.flatMap((group) => group.entries);

describe('the posting sheet as DOCX', () => {
  it('lists every procedure the office posts, in sheet order, under its heading, date and total', async () => {
    // The fixture itself: the abolished and the other agency's procedure are not posted.
    // Fields in Vietnamese order ("Luật" before "Lý"), the field-less last.
    expect(entries.map((e) => e.code)).toEqual([
      '1.000002',
      '1.000005',
      '1.000006',
      '1.000001',
      '1.000004',
      null,
    ]);
    const docx = readDocx(await postingSheetDocx(sheet));
    const text = docx.texts.join('\n');
    expect(text).toContain('BỘ PHẬN MỘT CỬA SỞ TƯ PHÁP');
    expect(text).toContain('Tỉnh Hòa Bình');
    expect(text).toContain('Địa chỉ: Số 1 đường Trần Hưng Đạo, TP. Hòa Bình');
    expect(text).toContain('DANH MỤC THỦ TỤC HÀNH CHÍNH NIÊM YẾT TẠI BỘ PHẬN MỘT CỬA SỞ TƯ PHÁP');
    expect(text).toContain('Áp dụng từ ngày 15/04/2026');
    expect(text).toContain('Tổng số: 6 thủ tục');
    expect(text).not.toContain('Sẽ bị bãi bỏ');
    expect(text).not.toContain('Cấp giấy phép xây dựng');
    expect(docx.footersXml.join('')).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);

    // One table per field, each with its header row repeated on every page.
    const headers = docx.rows.filter((row) => row.cells[0] === 'STT');
    expect(headers).toHaveLength(sheet.groups.length);
    expect(headers[0]!.cells).toEqual([...POSTING_SHEET_COLUMNS]);
    expect(docx.documentXml.match(/<w:tblHeader\b/g)).toHaveLength(sheet.groups.length);
    const fieldHeadings = docx.texts.filter((t) => /^[IVX]+\. Lĩnh vực/.test(t));
    expect(fieldHeadings).toEqual([
      'I. Lĩnh vực Luật sư (3 thủ tục)',
      'II. Lĩnh vực Lý lịch tư pháp (1 thủ tục)',
      'III. Lĩnh vực Thừa phát lại (1 thủ tục)',
      'IV. Lĩnh vực chưa xác định (1 thủ tục)',
    ]);

    const body = docx.rows.filter((row) => row.cells[0] !== 'STT');
    expect(body.map((row) => [row.cells[0], row.cells[1], row.cells[2]])).toEqual(
      entries.map((e, i) => [String(i + 1), e.code ?? 'Chưa có mã', e.name]),
    );
    expect(body[3]!.cells.slice(3, 6)).toEqual([
      '10 ngày làm việc',
      '200.000 đồng',
      'Trực tiếp tại Bộ phận Một cửa\nTrực tuyến toàn trình\nQua dịch vụ bưu chính công ích',
    ]);
  });

  it('gives each procedure a QR code that reads as its national portal page, and none without one', async () => {
    const docx = readDocx(await postingSheetDocx(sheet));
    const body = docx.rows.filter((row) => row.cells[0] !== 'STT');
    const read = body.map((row) =>
      row.images.map((path) => {
        const png = docx.media.get(path);
        if (!png) throw new Error(`${path} is referenced but not in the archive`);
        return readQrCode(png);
      }),
    );
    expect(read).toEqual(entries.map((e) => (e.portalUrl ? [e.portalUrl] : [])));
    expect(read[3]).toEqual([`${DETAIL}1480`]);
    expect(read[0]).toEqual([`${DETAIL}7603`]);
    expect(read[1]).toEqual([
      'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?keyword=1.000005',
    ]);
    expect(body.at(-1)!.cells[6]).toBe(NOT_ON_NATIONAL_PORTAL);
    expect(body.filter((row) => row.cells[6] === NOT_ON_NATIONAL_PORTAL)).toHaveLength(1);
  });

  it('writes hostile names as text: the XML stays well formed and the name reads back as written', async () => {
    // readDocx checks that document.xml is well formed before anything else.
    const docx = readDocx(await postingSheetDocx(sheet));
    expect(docx.texts).toContain('Thủ tục <w:t>A & B</w:t> "thử"');
    expect(docx.documentXml).toContain('&lt;w:t&gt;A &amp; B&lt;/w:t&gt;');
    // The check itself catches what unescaped text would leave.
    expect(() => assertWellFormedXml('<w:t>A & B</w:t>')).toThrow(/bare "&"/);
    expect(() => assertWellFormedXml('<w:p><w:t>x <w:t>y</w:t></w:p>')).toThrow();
  });

  it('says so when the office posts nothing on that day, with a total of zero', async () => {
    const nobody = OfficeSchema.parse({
      id: 'x',
      name: 'UBND xã Không Có',
      scope: { agencies: ['Sở Y tế'] },
    });
    const empty = postingSheet(nobody, catalogueAt(history, '2026-04-15').active.values(), '2026-04-15');
    const docx = readDocx(await postingSheetDocx(empty));
    expect(docx.rows).toEqual([]);
    expect(docx.media.size).toBe(0);
    expect(docx.texts.join('\n')).toContain('Không có thủ tục hành chính nào thuộc phạm vi niêm yết');
    expect(docx.texts).toContain('Tổng số: 0 thủ tục');
  });
});
