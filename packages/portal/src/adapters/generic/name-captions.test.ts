import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { asDomDocument } from '../../dom/as-dom-document';
import {
  bootstrap3CaptionedPage,
  bootstrapCaptionedPage,
  captionedCardPage,
  type LayoutRow,
  LEVEL_KEYS,
  sampleLayoutRows,
  telerikCaptionedPage,
} from '../../testing/layouts/index';
import type { ListingPage } from '../../types';
import { readGenericListing } from './index';
import { captionFields, readNameCell } from './name-cell';

const PAGE_URL = new URL('https://dichvucong.tinh.gov.vn/thu-tuc/danh-sach');

type Dom = 'linkedom' | 'happy-dom';

function documentOf(html: string, dom: Dom): { document: Document; close(): void } {
  if (dom === 'linkedom') return { document: asDomDocument(parseHTML(html).document), close() {} };
  const window = new Window({ url: PAGE_URL.href });
  window.document.write(html);
  return { document: asDomDocument(window.document), close: () => window.close() };
}

function read(html: string, dom: Dom): ListingPage {
  const { document, close } = documentOf(html, dom);
  try {
    const result = readGenericListing(document, PAGE_URL);
    if (!result.page) throw new Error(`not read: ${result.reason}`);
    return result.page;
  } finally {
    close();
  }
}

const canonical = (code: string | null) => (code === null ? null : code.slice(0, 8));
const rows: LayoutRow[] = sampleLayoutRows(18).map((r, i) => (i === 5 ? { ...r, code: null } : r));
const DOMS: Dom[] = ['linkedom', 'happy-dom'];

describe.each(DOMS)('generic reader: secondary text in name cells (%s)', (dom) => {
  it('(f) bootstrap 5: badges and muted captions stay out of the name; the caption gives code and agency', () => {
    const page = read(bootstrapCaptionedPage(rows), dom);
    expect(page.rows.map((r) => r.name)).toEqual(rows.map((r) => r.name));
    expect(page.rows.map((r) => r.code)).toEqual(rows.map((r) => canonical(r.code)));
    expect(page.rows.map((r) => r.agency)).toEqual(rows.map((r) => r.agency));
    expect(page.rows.map((r) => r.levels)).toEqual(rows.map((r) => [LEVEL_KEYS[r.level]]));
    // The evidence keeps everything the row showed.
    expect(page.rows[0]!.text).toContain('Mới');
  });

  it('(g) bootstrap 3: a line after <br>, a .label and a .help-block are not the name; a wrapped name is', () => {
    const page = read(bootstrap3CaptionedPage(rows), dom);
    expect(page.rows.map((r) => r.name)).toEqual(rows.map((r) => r.name));
    expect(page.rows.map((r) => r.code)).toEqual(rows.map((r) => canonical(r.code)));
    // Rows with a `.help-block` level caption (odd rows) take the level from it.
    for (const [i, row] of page.rows.entries())
      if (i % 2 === 1) expect(row.levels).toEqual([LEVEL_KEYS[rows[i]!.level]]);
  });

  it('(h) DNN/Telerik: the agency after <br/> and a nested "Lĩnh vực:" block become their fields', () => {
    const page = read(telerikCaptionedPage(rows), dom);
    expect(page.rows.map((r) => r.name)).toEqual(rows.map((r) => r.name));
    expect(page.rows.map((r) => r.code)).toEqual(rows.map((r) => canonical(r.code)));
    expect(page.rows.map((r) => r.agency)).toEqual(rows.map((r) => r.agency));
    expect(page.rows.map((r) => r.field)).toEqual(rows.map((r) => r.field));
  });

  it('(i) cards: the code in a <small> and the level after <br> in the title are fields, not the name', () => {
    const page = read(captionedCardPage(rows), dom);
    expect(page.rows.map((r) => r.name)).toEqual(rows.map((r) => r.name));
    expect(page.rows.map((r) => r.code)).toEqual(rows.map((r) => canonical(r.code)));
    expect(page.rows.map((r) => r.levels)).toEqual(rows.map((r) => [LEVEL_KEYS[r.level]]));
    expect(page.rows.map((r) => r.field)).toEqual(rows.map((r) => r.field));
  });

  it('reads one cell: name, captions, later lines; a cell of captions only is its own name', () => {
    const { document, close } = documentOf(
      `<table><tr>
        <td id="a"><a href="#">Đăng ký khai sinh</a> <sup>(*)</sup><br><sub>Cấp Xã</sub><div>UBND cấp xã</div></td>
        <td id="b"><small>Đăng ký kết hôn</small></td>
        <td id="c">Cấp giấy phép<br>xây dựng nhà ở</td>
      </tr></table>`,
      dom,
    );
    try {
      const cell = (id: string) => document.getElementById(id)!;
      expect(readNameCell(cell('a'))).toEqual({
        name: 'Đăng ký khai sinh',
        extras: ['(*)', 'Cấp Xã', 'UBND cấp xã'],
      });
      expect(readNameCell(cell('b'))).toEqual({ name: 'Đăng ký kết hôn', extras: [] });
      expect(readNameCell(cell('c'))).toEqual({ name: 'Cấp giấy phép xây dựng nhà ở', extras: [] });
    } finally {
      close();
    }
  });
});

describe('caption fields', () => {
  it('takes what a caption clearly states and ignores the rest', () => {
    expect(
      captionFields([
        'Mới',
        'Mã: 1.004227.H19',
        'Cấp Tỉnh',
        'Sở Tư pháp',
        'Lĩnh vực: Hộ tịch',
        'Xem chi tiết',
      ]),
    ).toEqual({
      code: expect.objectContaining({ code: '1.004227', raw: '1.004227.H19' }),
      levels: ['province'],
      field: 'Hộ tịch',
      agency: 'Sở Tư pháp',
    });
    expect(captionFields(['Mức độ 4', '(*)', 'Cơ quan khác'])).toEqual({
      code: null,
      levels: null,
      field: null,
      agency: null,
    });
  });
});
