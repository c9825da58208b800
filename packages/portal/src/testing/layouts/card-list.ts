import { encodeText, htmlPage, type LayoutOptions, type LayoutRow, onlineServiceLabel } from './rows';

/**
 * (c) A card list: each procedure a `div.item-tthc` with a linked title and label–value lines
 * ("Mã thủ tục:", "Lĩnh vực:", "Cấp thực hiện:", "Mức độ:"), next page by `a[rel=next]`.
 * The labels are written in different ways on purpose (`<span>` + text, `<strong>`, `<dt>/<dd>`).
 */
export function cardListPage(rows: LayoutRow[], options: LayoutOptions = {}): string {
  const { page = 1, pageCount = 1, total = rows.length, encoding = 'plain' } = options;
  const t = (text: string) => encodeText(text, encoding);
  const cards = rows
    .map(
      (row) => `<div class="item-tthc card">
  <h3 class="title"><a href="/tthc/chi-tiet?id=${row.portalId ?? ''}">${t(row.name)}</a></h3>
  ${row.code ? `<p><span class="label">${t('Mã thủ tục')}:</span> ${t(row.code)}</p>` : ''}
  <p><strong>${t('Lĩnh vực')}:</strong> ${t(row.field)}</p>
  <dl><dt>${t('Cấp thực hiện')}</dt><dd>${t(row.level)}</dd></dl>
  <p>${t('Mức độ')}: ${t(onlineServiceLabel(row.onlineService, 'words'))}</p>
</div>`,
    )
    .join('\n');
  const next = page < pageCount ? `<a rel="next" href="/tthc?trang=${page + 1}">${t('Tiếp')} »</a>` : '';
  return htmlPage(
    'Tra cứu thủ tục',
    `<header><ul class="menu"><li><a href="/thu-tuc">Thủ tục hành chính</a></li><li><a href="/dang-ky">Đăng ký</a></li></ul></header>
<main><p class="summary">${t('Tìm thấy')} ${total} ${t('thủ tục')}</p>
<div class="list-tthc" id="dsThuTuc">
${cards}
</div>
<div class="pager">${next}</div></main>`,
  );
}
