import { encodeText, htmlPage, type LayoutOptions, type LayoutRow } from './rows';

/**
 * (b) A table without a code column: the code hides in the detail link — alternately
 * `?maTTHC=…`, `/thu-tuc/<code>` and `?ma_thu_tuc=…` — and, for rows without a usable link,
 * in brackets after the name. The header is a first row of bold `<td>` (no `<thead>`),
 * and the pager is a "Trang sau" link with `pageIndex`.
 */
export function linkCodeTablePage(rows: LayoutRow[], options: LayoutOptions = {}): string {
  const { page = 1, pageCount = 1, encoding = 'plain' } = options;
  const t = (text: string) => encodeText(text, encoding);
  const body = rows
    .map((row, i) => {
      const code = row.code ?? '';
      let name: string;
      if (i % 4 === 0)
        name = `<a href="/Pages/chi-tiet-thu-tuc.aspx?maTTHC=${encodeURIComponent(code)}">${t(row.name)}</a>`;
      else if (i % 4 === 1) name = `<a href="/thu-tuc/${code}">${t(row.name)}</a>`;
      else if (i % 4 === 2) name = `<a href="chi-tiet.html?ma_thu_tuc=${code}&amp;tab=1">${t(row.name)}</a>`;
      else name = code ? `${t(row.name)} (${t(code)})` : t(row.name);
      return `<tr><td>${i + 1}</td><td>${name}</td><td>${t(row.field)}</td><td>${t(row.agency ?? '')}</td><td>${t(row.processingTime ?? '')}</td><td>${t(row.fees ?? '')}</td></tr>`;
    })
    .join('\n');
  const next = page < pageCount ? `<a href="danh-sach.html?pageIndex=${page + 1}">${t('Trang sau')}</a>` : '';
  return htmlPage(
    'Thủ tục hành chính',
    `<div id="main"><table width="100%" cellpadding="2" border="1">
<tr style="font-weight:bold"><td><b>STT</b></td><td><b>${t('Tên thủ tục')}</b></td><td><b>${t('Lĩnh vực')}</b></td><td><b>${t('Cơ quan thực hiện')}</b></td><td><b>${t('Thời hạn giải quyết')}</b></td><td><b>${t('Phí, lệ phí')}</b></td></tr>
${body}
</table>
<div class="paging">${page > 1 ? `<a href="danh-sach.html?pageIndex=${page - 1}">${t('Trang trước')}</a> ` : ''}<span>${page}</span> ${next}</div></div>`,
  );
}
