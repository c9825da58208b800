import { encodeText, htmlPage, type LayoutOptions, type LayoutRow } from './rows';

/**
 * The national portal's listing page as agreed in /tmp/national-listing-spec.md (the real
 * portal renders it by script, so there is no saved page): `tbody#listTTHC` rows
 * `tr.item-tthc[data-ma-thu-tuc]` with `td[data-title]` cells, `ul.pagination`. For readPage
 * and benchmark runs against the national adapter; the portal simulator renders the same.
 */
export function nationalListingPage(
  rows: LayoutRow[],
  options: LayoutOptions & { pageSize?: number } = {},
): string {
  const {
    page = 1,
    pageCount = 1,
    total = rows.length,
    encoding = 'plain',
    pageSize = rows.length,
  } = options;
  const t = (text: string) => encodeText(text, encoding);
  const body = rows
    .map((row, i) => {
      const code = t(row.code ?? '');
      return `<tr class="item-tthc" data-ma-thu-tuc="${code}">
  <td data-title="STT">${(page - 1) * pageSize + i + 1}</td>
  <td data-title="${t('Mã thủ tục')}">${code}</td>
  <td data-title="${t('Tên thủ tục')}"><a href="dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${encodeURIComponent(row.code ?? '')}">${t(row.name)}</a></td>
  <td data-title="${t('Lĩnh vực')}">${t(row.field)}</td>
  <td data-title="${t('Cấp thực hiện')}">${t(row.level)}</td>
  <td data-title="${t('Cơ quan thực hiện')}">${t(row.agency ?? '')}</td>
</tr>`;
    })
    .join('\n');
  const next =
    page < pageCount
      ? `<li><a class="next" rel="next" href="?pageIndex=${page + 1}&amp;pageSize=${pageSize}">&raquo;</a></li>`
      : '';
  return htmlPage(
    'Thủ tục hành chính',
    `<div class="content" id="tthcListing">
<p class="result-count">${t('Tìm thấy')} <strong>${total.toLocaleString('de-DE')}</strong> ${t('thủ tục')}</p>
<table class="table table-result">
<thead><tr><th>STT</th><th>${t('Mã thủ tục')}</th><th>${t('Tên thủ tục')}</th><th>${t('Lĩnh vực')}</th><th>${t('Cấp thực hiện')}</th><th>${t('Cơ quan thực hiện')}</th></tr></thead>
<tbody id="listTTHC">
${body}
</tbody></table>
<ul class="pagination"><li class="active"><a href="?pageIndex=${page}&amp;pageSize=${pageSize}">${page}</a></li>${next}</ul>
</div>`,
  );
}
