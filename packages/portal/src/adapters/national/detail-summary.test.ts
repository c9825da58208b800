import { sameText } from '@niemyet/core';
import { describe, expect, it } from 'vitest';
import { DOMS, linkedomDocument, readNationalFixture } from '../../dom/test-documents';
import { readFullDetailPage } from './detail-full';
import type { NationalDetailPage } from './detail-record';
import { readSummaryPage } from './detail-summary';

const URL_SUMMARY =
  'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=3.000001';
const html = readNationalFixture('procedure-summary-3.000001.html');

describe.each(DOMS)('summary page of 3.000001 ($name)', ({ parse }) => {
  async function read(url = URL_SUMMARY): Promise<NationalDetailPage> {
    const { document, close } = parse(html, url);
    try {
      const page = readSummaryPage(document, new URL(url));
      if (!page) throw new Error('no reading');
      return page;
    } finally {
      await close();
    }
  }

  it('reads the name from h1, the code from the URL and the record id from "Xem chi tiết"', async () => {
    const { procedure, source } = await read();
    expect(source).toBe('summary');
    expect(procedure.name).toBe('Cấp điện mới từ lưới điện hạ áp (220/380V)');
    expect(procedure.code).toBe('3.000001');
    expect(procedure.portalId).toBe('7603');
  });

  it('falls back to the page script variable for the code when the URL has none', async () => {
    const { procedure } = await read('https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html');
    expect(procedure.code).toBe('3.000001');
  });

  it('reads the sections: steps as lines, methods, agency, requirements', async () => {
    const { procedure } = await read();
    expect(procedure.steps).toBe('Tiếp nhận yêu cầu\nKhảo sát\nLắp đặt nghiệm thu thiết bị đo đếm, ký HĐMBĐ');
    expect(procedure.methods).toEqual([
      { channel: 'Trực tiếp', processingTime: '7 Ngày làm việc', fees: null, description: null },
      { channel: 'Trực tuyến', processingTime: '7 Ngày làm việc', fees: null, description: null },
    ]);
    expect(procedure.processingTime).toBe('7 Ngày làm việc');
    expect(procedure.agency).toBe('Tập đoàn Điện lực Việt Nam');
    expect(procedure.requirements).toBe('Không có yêu cầu điều kiện');
  });

  it('reads the dossier groups by their full title attribute, not the cut-short text', async () => {
    const { procedure } = await read();
    const groups = [...new Set(procedure.dossier.map((d) => d.group))];
    expect(groups).toEqual([
      'Khách hàng mua điện sinh hoạt (01 pha, 03 pha)',
      'Khách hàng mua điện sinh hoạt (01 pha, 03 pha), sử dụng chung công tơ',
      'Khách hàng tách công tơ dùng chung',
      'Khách hàng mua điện ngoài sinh hoạt (01 pha, 03 pha), có công suất lớn nhất < 40kW',
      'Khách hàng mua điện ngoài sinh hoạt (01 pha, 03 pha), có công suất lớn nhất ≥ 40kW',
    ]);
    expect(procedure.dossier).toHaveLength(21);
    // "Bản chính: 0 - Bản sao: 1", and an empty template link is no template.
    expect(procedure.dossier[1]).toMatchObject({ originals: '0', copies: '1', template: null });
    expect(procedure.dossier[0]).toMatchObject({
      originals: '1',
      copies: '0',
      template: 'Giay de nghi mua dien.docx',
    });
  });

  it('does not claim fields the summary page has no section for', async () => {
    const { procedure, fieldsShown } = await read();
    for (const field of ['levels', 'field', 'legalBasis', 'procedureType', 'subjects', 'result'] as const) {
      expect(fieldsShown).not.toContain(field);
    }
    expect(procedure.levels).toEqual([]);
    expect(procedure.legalBasis).toEqual([]);
    expect(fieldsShown).toEqual(
      expect.arrayContaining(['code', 'name', 'agency', 'methods', 'steps', 'dossier', 'requirements']),
    );
  });
});

describe('the two real pages of 3.000001 against each other', () => {
  const full = readFullDetailPage(
    linkedomDocument(readNationalFixture('procedure-detail-full-3.000001.html')),
    new URL('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=7603'),
  );
  const summary = readSummaryPage(linkedomDocument(html), new URL(URL_SUMMARY));

  it('agree on code, record id, agency, methods and processing time', () => {
    expect(full?.procedure.code).toBe(summary?.procedure.code);
    expect(full?.procedure.portalId).toBe(summary?.procedure.portalId);
    expect(full?.procedure.agency).toBe(summary?.procedure.agency);
    expect(full?.procedure.methods).toEqual(summary?.procedure.methods);
    expect(full?.procedure.processingTime).toBe(summary?.procedure.processingTime);
  });

  it('show the drift the portal really has: the summary name carries "(220/380V)"', () => {
    expect(sameText(full?.procedure.name, summary?.procedure.name)).toBe(false);
    expect(summary?.procedure.name.startsWith(full?.procedure.name ?? '?')).toBe(true);
  });
});
