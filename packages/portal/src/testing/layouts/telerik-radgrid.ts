import { encodeText, htmlPage, type LayoutOptions, type LayoutRow, onlineServiceLabel } from './rows';

/**
 * (e) A DNN site with a Telerik RadGrid grouped by field: `table.rgMasterTable`, header cells
 * `th.rgHeader` (with the empty `rgGroupCol` column grouping adds), group rows
 * `tr.rgGroupHeader` ("Lĩnh vực: Hộ tịch"), data rows `tr.rgRow`/`tr.rgAltRow`, and the pager
 * row (`tr.rgPager`, inside `<thead>` and `<tfoot>`) whose `.rgPageNext` posts the form back —
 * as an `<input type="submit">` or as an `<a href="javascript:__doPostBack(…)">`.
 */
export interface RadGridOptions extends LayoutOptions {
  nextStyle?: 'input' | 'link';
}

const GRID = 'dnn_ctr1043_ViewTTHC_grdThuTuc';
const UNIQUE = 'dnn$ctr1043$ViewTTHC$grdThuTuc';

function pagerRow(page: number, pageCount: number, total: number, nextStyle: 'input' | 'link'): string {
  const numbers = Array.from({ length: pageCount }, (_, i) => i + 1)
    .map((n) =>
      n === page
        ? `<a class="rgCurrentPage" onclick="return false;" href="#"><span>${n}</span></a>`
        : `<a href="javascript:__doPostBack('${UNIQUE}$ctl00$ctl03$ctl01$ctl${String(n).padStart(2, '0')}','')"><span>${n}</span></a>`,
    )
    .join('');
  const last = page >= pageCount;
  const next =
    nextStyle === 'input'
      ? `<input type="submit" name="${UNIQUE}$ctl00$ctl03$ctl01$ctl28" value=" " title="Trang sau" class="rgPageNext"${last ? ' onclick="return false;"' : ''} />`
      : `<a class="rgPageNext" title="Trang sau" href="${last ? '#' : `javascript:__doPostBack('${UNIQUE}$ctl00$ctl03$ctl01$ctl28','')`}"${last ? ' onclick="return false;"' : ''}></a>`;
  return `<tr class="rgPager"><td colspan="6"><table summary="Data pager" border="0" style="width:100%;border-spacing:0;"><tr><td>
<div class="rgWrap rgArrPart1"><input type="submit" title="Trang đầu" class="rgPageFirst" /><input type="submit" title="Trang trước" class="rgPagePrev" /></div>
<div class="rgWrap rgNumPart">${numbers}</div>
<div class="rgWrap rgArrPart2">${next}<input type="submit" title="Trang cuối" class="rgPageLast" /></div>
<div class="rgWrap rgInfoPart">&nbsp;<strong>${total}</strong> items in <strong>${pageCount}</strong> pages</div>
</td></tr></table></td></tr>`;
}

export function telerikRadGridPage(rows: LayoutRow[], options: RadGridOptions = {}): string {
  const { page = 1, pageCount = 1, total = rows.length, encoding = 'plain', nextStyle = 'input' } = options;
  const t = (text: string) => encodeText(text, encoding);
  const out: string[] = [];
  let field: string | null = null;
  rows.forEach((row, i) => {
    if (row.field !== field) {
      field = row.field;
      out.push(
        `<tr class="rgGroupHeader"><td class="rgGroupCol"><input type="submit" class="rgCollapse" title="Thu gọn" /></td><td colspan="5"><p>${t('Lĩnh vực')}: ${t(field)}</p></td></tr>`,
      );
    }
    out.push(
      `<tr class="${i % 2 === 0 ? 'rgRow' : 'rgAltRow'}" id="${GRID}_ctl00__${i}"><td class="rgGroupCol">&nbsp;</td><td>${(page - 1) * rows.length + i + 1}</td><td>${row.code ? t(row.code) : ''}</td><td><a href="/vi-vn/thu-tuc-hanh-chinh/chi-tiet/tabid/98/ItemID/${row.portalId ?? ''}/Default.aspx">${t(row.name)}</a></td><td>${t(row.level)}</td><td>${t(onlineServiceLabel(row.onlineService, 'level'))}</td></tr>`,
    );
  });
  const pager = pagerRow(page, pageCount, total, nextStyle);
  return htmlPage(
    'Thủ tục hành chính - Cổng thông tin điện tử',
    `<form method="post" action="/vi-vn/thu-tuc-hanh-chinh" id="Form">
<div id="dnn_ctr1043_ModuleContent"><div id="${GRID}" class="RadGrid RadGrid_Default">
<table class="rgMasterTable rgClipCells" id="${GRID}_ctl00" style="width:100%;">
<colgroup><col class="rgGroupCol" /><col /><col /><col /><col /><col /></colgroup>
<thead>
${pager}
<tr><th scope="col" class="rgHeader rgGroupCol">&nbsp;</th><th scope="col" class="rgHeader">STT</th><th scope="col" class="rgHeader">${t('Mã số')}</th><th scope="col" class="rgHeader"><a href="javascript:__doPostBack('${UNIQUE}$ctl00$ctl02$ctl01$ctl00','')">${t('Tên thủ tục')}</a></th><th scope="col" class="rgHeader">${t('Cấp thực hiện')}</th><th scope="col" class="rgHeader">${t('Mức độ')}</th></tr>
</thead>
<tfoot>${pager}</tfoot>
<tbody>
${out.join('\n')}
</tbody>
</table></div></div></form>`,
  );
}
