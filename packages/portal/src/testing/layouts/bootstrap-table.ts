import { encodeText, htmlPage, type LayoutOptions, type LayoutRow, onlineServiceLabel } from './rows';

/**
 * (a) A bootstrap table with a code column, the most common provincial layout: `<thead>`
 * headers, "Mức độ DVC" as "Mức độ 2/3/4", a `ul.pagination` with `?page=N` links and a
 * "›" next link, and the total above the table.
 */
export function bootstrapTablePage(rows: LayoutRow[], options: LayoutOptions = {}): string {
  const { page = 1, pageCount = 1, total = rows.length, encoding = 'plain' } = options;
  const t = (text: string) => encodeText(text, encoding);
  const body = rows
    .map(
      (row, i) => `<tr>
  <td class="text-center">${(page - 1) * rows.length + i + 1}</td>
  <td>${row.code ? t(row.code) : ''}</td>
  <td><a href="/thu-tuc-hanh-chinh/chi-tiet?id=${row.portalId ?? ''}">${t(row.name)}</a></td>
  <td>${t(row.field)}</td>
  <td>${t(row.level)}</td>
  <td>${t(onlineServiceLabel(row.onlineService, 'level'))}</td>
</tr>`,
    )
    .join('\n');
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1)
    .map(
      (n) =>
        `<li class="page-item${n === page ? ' active' : ''}"><a class="page-link" href="?page=${n}">${n}</a></li>`,
    )
    .join('');
  const next =
    page < pageCount
      ? `<li class="page-item"><a class="page-link" href="?page=${page + 1}" aria-label="Next">›</a></li>`
      : '<li class="page-item disabled"><a class="page-link" href="#">›</a></li>';
  return htmlPage(
    'Danh sách thủ tục hành chính',
    `<nav class="navbar"><ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/dang-ky">Đăng ký tài khoản</a></li><li><a href="/thu-tuc">Thủ tục hành chính</a></li></ul></nav>
<div class="container"><h2>${t('Danh sách thủ tục hành chính')}</h2>
<p class="text-muted">${t('Tổng số')}: <b>${total.toLocaleString('de-DE')}</b> ${t('thủ tục')}</p>
<table class="table table-bordered table-hover" id="tblThuTuc">
<thead><tr><th>STT</th><th>${t('Mã TTHC')}</th><th>${t('Tên thủ tục hành chính')}</th><th>${t('Lĩnh vực')}</th><th>${t('Cấp thực hiện')}</th><th>${t('Mức độ DVC')}</th></tr></thead>
<tbody>
${body}
</tbody></table>
<ul class="pagination">${pages}${next}</ul></div>`,
  );
}
