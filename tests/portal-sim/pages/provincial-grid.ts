import type { PortalEntry, SimDataset } from '../dataset';
import { aspNetHtml, aspNetVariantHtml, escapeHtml, queryString } from '../html';
import { levelText, pageSlice } from '../listing-query';
import { PROVINCIAL_PAGE_SIZE } from '../routes';
import { pageCount, pagerWindow } from './pagination';

/**
 * A provincial portal's procedure list in the DNN / Telerik RadGrid style many provinces run:
 * `table.rgMasterTable`, `th.rgHeader` column headers, `tr.rgGroupHeader` rows
 * ("Lĩnh vực: …") grouping by field, `tr.rgRow` / `tr.rgAltRow` data rows, and a pager
 * whose `a.rgPageNext` links to `?page=N+1`. Text is ASP.NET-encoded (`&#224;`).
 */

const GRID_ID = 'dnn_ctr1024_ThuTucHanhChinh_grdTTHC';
const HEADERS = [
  'Mã TTHC',
  'Tên thủ tục hành chính',
  'Lĩnh vực',
  'Cấp thực hiện',
  'Thời hạn giải quyết',
  'Phí, lệ phí',
  'Căn cứ pháp lý',
];

export interface ProvincialGridView {
  dataset: SimDataset;
  entries: PortalEntry[];
  page: number;
  pageSize: number;
}

export function renderProvincialGrid(view: ProvincialGridView): string {
  const { dataset, entries, page, pageSize } = view;
  const pages = pageCount(entries.length, pageSize);
  const href = (n: number) =>
    escapeHtml(
      queryString([
        ['page', n],
        ['pageSize', pageSize === PROVINCIAL_PAGE_SIZE ? null : pageSize],
      ]),
    );
  const body: string[] = [];
  let group: string | null = null;
  pageSlice(entries, page, pageSize).forEach((entry, i) => {
    const field = entry.fields.field ?? '';
    if (field !== group) {
      group = field;
      body.push(
        `        <tr class="rgGroupHeader"><td colspan="${HEADERS.length}"><p>${aspNetHtml(`Lĩnh vực: ${field}`)}</p></td></tr>`,
      );
    }
    const f = entry.fields;
    body.push(`        <tr class="${i % 2 === 0 ? 'rgRow' : 'rgAltRow'}" id="${GRID_ID}_ctl00__${i}">
          <td>${escapeHtml(entry.rawCode)}</td>
          <td>${aspNetVariantHtml(f.name, entry.nameVariant)}</td>
          <td>${aspNetHtml(field)}</td>
          <td>${aspNetHtml(levelText(f.levels, 'provincial'))}</td>
          <td>${aspNetHtml(f.processingTime ?? '')}</td>
          <td>${aspNetHtml(f.fees ?? '')}</td>
          <td>${aspNetHtml(f.legalBasis.map((d) => d.number).join('; '))}</td>
        </tr>`);
  });

  const numbers = pagerWindow(page, pages)
    .map((n) =>
      n === null
        ? '<span class="rgEllipsis">...</span>'
        : `<a href="${href(n)}"${n === page ? ' class="rgCurrentPage"' : ''}><span>${n}</span></a>`,
    )
    .join('');
  const first =
    page > 1
      ? `<a class="rgPageFirst" href="${href(1)}" title="${aspNetHtml('Trang đầu')}"></a><a class="rgPagePrev" href="${href(page - 1)}" title="${aspNetHtml('Trang trước')}"></a>`
      : '';
  const last =
    page < pages
      ? `<a class="rgPageNext" href="${href(page + 1)}" title="${aspNetHtml('Trang sau')}"></a><a class="rgPageLast" href="${href(pages)}" title="${aspNetHtml('Trang cuối')}"></a>`
      : '';
  const province = dataset.province.name;

  return `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi-VN">
<head id="Head">
  <meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
  <title>${aspNetHtml(`Thủ tục hành chính - Cổng thông tin điện tử ${province}`)}</title>
</head>
<body id="Body">
<form method="post" action="./danh-sach.aspx${href(page)}" id="Form">
<div id="dnn_ContentPane" class="DNNPane">
<div class="DnnModule DnnModule-ThuTucHanhChinh DnnModule-1024">
<div id="dnn_ctr1024_ContentPane">
<div id="dnn_ctr1024_ModuleContent" class="DNNModuleContent ModThuTucHanhChinhC">
  <h2 class="tthc-title">${aspNetHtml('Danh mục thủ tục hành chính')}</h2>
  <div id="${GRID_ID}" class="RadGrid RadGrid_Default">
    <table class="rgMasterTable" id="${GRID_ID}_ctl00" style="width:100%;table-layout:auto;empty-cells:show;">
      <colgroup>${HEADERS.map(() => '<col />').join('')}</colgroup>
      <thead>
        <tr>
${HEADERS.map((h) => `          <th scope="col" class="rgHeader">${aspNetHtml(h)}</th>`).join('\n')}
        </tr>
      </thead>
      <tfoot>
        <tr class="rgPager">
          <td colspan="${HEADERS.length}">
            <table summary="Data pager which controls on which page is shown." border="0" style="width:100%;border-spacing:0;">
              <tbody><tr><td class="rgPagerCell NextPrevAndNumeric">
                <div class="rgWrap rgArrPart1">${first}</div>
                <div class="rgWrap rgNumPart">${numbers}</div>
                <div class="rgWrap rgArrPart2">${last}</div>
                <div class="rgWrap rgInfoPart">&nbsp;Trang <strong>${page}</strong> / <strong>${pages}</strong>, <strong>${entries.length}</strong> ${aspNetHtml('thủ tục')}</div>
              </td></tr></tbody>
            </table>
          </td>
        </tr>
      </tfoot>
      <tbody>
${body.join('\n')}
      </tbody>
    </table>
  </div>
</div>
</div>
</div>
</div>
</form>
</body>
</html>
`;
}
