import { describe, expect, it } from 'vitest';
import { DOMS, linkedomDocument, readNationalFixture, readNationalJson } from '../../dom/test-documents';
import { readDecisionProceduresResponse } from '../../jsonrpc/decision-procedures';
import { readDecisionSearchResponse } from '../../jsonrpc/decision-search';
import { readDecisionPage } from './decision-page';

const URL_DECISION =
  'https://thutuc.dichvucong.gov.vn/p/home/dvc-tthc-quyet-dinh-cong-bo-chi-tiet.html?ma_quyet_dinh=115010';
const html = readNationalFixture('decision-115010.html');

/**
 * Does what the portal's script does with a service answer (`dataToView_Suadoi`): one row per
 * procedure, the name in a link, the agency in a second cell. Built with DOM calls.
 */
function renderRows(
  document: Document,
  tableId: string,
  rows: { name: string; agency: string | null }[],
): void {
  const body = document.querySelector(`#${tableId} > tbody`);
  if (!body) throw new Error(`no #${tableId} > tbody`);
  while (body.firstChild) body.removeChild(body.firstChild);
  for (const row of rows) {
    const tr = document.createElement('tr');
    const nameCell = document.createElement('td');
    const link = document.createElement('a');
    link.setAttribute('href', '#popupChitietTTHC');
    link.textContent = row.name;
    nameCell.appendChild(link);
    const agencyCell = document.createElement('td');
    agencyCell.textContent = row.agency;
    tr.append(nameCell, agencyCell);
    body.appendChild(tr);
  }
}

describe.each(DOMS)('decision 2751/QĐ-UBND, saved page ($name)', ({ parse }) => {
  it('reads number, title (NFD marks next to entities), signing date and agency', async () => {
    const { document, close } = parse(html, URL_DECISION);
    const page = readDecisionPage(document);
    await close();
    expect(page?.decision).toEqual({
      number: '2751/QĐ-UBND',
      title:
        'Về việc công bố Danh mục thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực Thiết bị y tế ' +
        'thuộc thẩm quyền giải quyết của Sở Y tế tỉnh Điện Biên',
      signedOn: '2025-12-03',
      effectiveOn: null,
      agency: 'UBND tỉnh Điện Biên',
      // The saved page's tables are empty: the portal fills them by script.
      items: [],
    });
    // "Thi&ecirc;\u0301t biị\u0323" in the source: composed to NFC.
    expect(page?.decision.title).toBe(page?.decision.title.normalize('NFC'));
  });
});

describe('decision 2751/QĐ-UBND with its tabs rendered from the JSON-RPC answer', () => {
  const amended = readDecisionProceduresResponse(
    'amended',
    readNationalJson('decision-115010-modified.json'),
  );

  it('reads the four amended procedures from the #suadoibosung tab', () => {
    const document = linkedomDocument(html);
    renderRows(document, 'table-main-suadoi', amended.rows);
    const page = readDecisionPage(document);
    expect(page?.decision.items).toEqual([
      {
        action: 'amended',
        code: null,
        rawCode: null,
        name: 'Công bố đối với nguyên liệu sản xuất thiết bị y tế, chất ngoại kiểm chứa chất ma túy và tiền chất',
      },
      {
        action: 'amended',
        code: null,
        rawCode: null,
        name: 'Công bố đủ điều kiện sản xuất trang thiết bị y tế',
      },
      {
        action: 'amended',
        code: null,
        rawCode: null,
        name: 'Công bố tiêu chuẩn áp dụng đối với thiết bị y tế thuộc loại A, B',
      },
      {
        action: 'amended',
        code: null,
        rawCode: null,
        name: 'Công bố đủ điều kiện mua bán trang thiết bị y tế thuộc loại B, C, D',
      },
    ]);
  });

  it('gives each tab its action, reads codes when rows show them, and skips "Không có thông tin"', () => {
    const document = linkedomDocument(html);
    renderRows(document, 'table-main', [
      { name: 'Đăng ký khai sinh (1.004227)', agency: 'UBND tỉnh Điện Biên' },
    ]);
    renderRows(document, 'table-main-suadoi', amended.rows.slice(0, 1));
    // What the script does for an empty tab: the table's content becomes the placeholder text.
    const abolished = document.querySelector('#table-main-baibo');
    if (abolished) abolished.textContent = 'Không có thông tin';
    const items = readDecisionPage(document)?.decision.items ?? [];
    expect(items.map((i) => [i.action, i.code, i.rawCode])).toEqual([
      ['new', '1.004227', '1.004227'],
      ['amended', null, null],
    ]);
  });

  it('agrees with the decision search answer on number and date', () => {
    const page = readDecisionPage(linkedomDocument(html));
    const row = readDecisionSearchResponse(readNationalJson('decision-search.json')).rows.find(
      (r) => r.id === '115010',
    );
    expect(row?.number).toBe(page?.decision.number);
    expect(row?.publishedOn).toBe(page?.decision.signedOn);
    expect(row?.agency).toBe(page?.decision.agency);
  });
});

describe('decision page variants', () => {
  it('takes the number from the heading when the info table lacks it, without a trailing full stop', () => {
    const document = linkedomDocument(
      '<h2 class="main-title">Số quyết định: 2193/QĐ-UBND.</h2><table class="table-info-row"><tr><td class="key">Ng&agrave;y quyết định</td><td class="value">9/12/2025</td></tr></table>',
    );
    expect(readDecisionPage(document)?.decision).toMatchObject({
      number: '2193/QĐ-UBND',
      signedOn: '2025-12-09',
    });
  });

  it('returns null when the page names no decision', () => {
    expect(readDecisionPage(linkedomDocument('<h2 class="main-title">Quyết định công bố</h2>'))).toBeNull();
  });
});
