import { encodeText, htmlPage, type LayoutOptions, type LayoutRow } from './rows';

/**
 * (d) A grid grouped by level and field, like the lists provinces attach to decisions:
 * "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH" rows (one cell across the table), "I" + "Lĩnh vực Hộ tịch"
 * rows (Roman numeral in STT), a two-row header whose "Dịch vụ công trực tuyến" spans
 * "Toàn trình" | "Một phần" (a tick marks the level), the header repeated inside `<tbody>`
 * every `repeatHeaderEvery` rows, empty spacer rows, a "Tổng cộng" footer row inside the
 * table, and page-number links only (`?page=N`).
 */
export interface GroupedGridOptions extends LayoutOptions {
  repeatHeaderEvery?: number;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
const LETTERS = ['A', 'B', 'C', 'D'];

export function groupedGridPage(rows: LayoutRow[], options: GroupedGridOptions = {}): string {
  const { page = 1, pageCount = 1, total = rows.length, encoding = 'plain', repeatHeaderEvery = 0 } = options;
  const t = (text: string) => encodeText(text, encoding);
  const headerCells = `<td>${t('Tên thủ tục hành chính')}</td><td>${t('Mã số')}</td>`;
  const repeatedHeader = `<tr class="header-repeat"><td>STT</td>${headerCells}<td>${t('Toàn trình')}</td><td>${t('Một phần')}</td></tr>`;
  const out: string[] = [];
  let level: string | null = null;
  let field: string | null = null;
  let levelCount = 0;
  let fieldCount = 0;
  rows.forEach((row, i) => {
    if (row.level !== level) {
      level = row.level;
      field = null;
      fieldCount = 0;
      const words = level.replace(/^Cấp\s+/iu, 'CẤP ').toUpperCase();
      out.push(
        `<tr class="level"><td colspan="5"><b>${LETTERS[levelCount++ % LETTERS.length]}. ${t(`THỦ TỤC HÀNH CHÍNH ${words}`)}</b></td></tr>`,
      );
    }
    if (row.field !== field) {
      field = row.field;
      out.push(
        `<tr><td><b>${ROMAN[fieldCount++ % ROMAN.length]}</b></td><td colspan="4"><b>${t(`Lĩnh vực ${field}`)}</b></td></tr>`,
      );
    }
    if (repeatHeaderEvery > 0 && i > 0 && i % repeatHeaderEvery === 0) {
      out.push(repeatedHeader);
      out.push('<tr><td></td><td>&nbsp;</td><td></td><td></td><td></td></tr>');
    }
    const full = row.onlineService === 'full' ? '<i class="fa fa-check"></i>' : '';
    const partial = row.onlineService === 'partial' ? 'x' : '';
    out.push(
      `<tr><td>${i + 1}</td><td>${t(row.name)}</td><td>${row.code ? t(row.code) : t('Không có mã số')}</td><td>${full}</td><td>${partial}</td></tr>`,
    );
  });
  out.push(`<tr class="total"><td colspan="5">${t('Tổng cộng')}: ${total} ${t('thủ tục')}</td></tr>`);
  const numbers = Array.from({ length: pageCount }, (_, i) => i + 1)
    .map((n) => (n === page ? `<b>${n}</b>` : `<a href="?page=${n}">${n}</a>`))
    .join(' ');
  return htmlPage(
    'Danh mục thủ tục hành chính',
    `<div class="content"><table class="grid" border="1">
<thead>
<tr><th rowspan="2">STT</th><th rowspan="2">${t('Tên thủ tục hành chính')}</th><th rowspan="2">${t('Mã số')}</th><th colspan="2">${t('Dịch vụ công trực tuyến')}</th></tr>
<tr><th>${t('Toàn trình')}</th><th>${t('Một phần')}</th></tr>
</thead>
<tbody>
${out.join('\n')}
</tbody></table>
<div class="numbers">${numbers}</div></div>`,
  );
}
