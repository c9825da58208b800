import type { PortalEntry } from '../dataset';
import { escapeHtml, formatCount, portalHtml, queryString, variantHtml } from '../html';
import { levelText, pageSlice } from '../listing-query';
import { breadcrumb, nationalPage } from './layout';
import { LISTING_SCRIPT } from './listing-script';
import { pageCount, pagerWindow } from './pagination';

/**
 * The national listing page, as agreed with the national adapter
 * (/tmp/national-listing-spec.md): `#tthcListing`, `tbody#listTTHC` rows `tr.item-tthc`
 * with `td[data-title]` cells, a `ul.pagination` pager with `a.next[rel=next]`.
 */

export interface NationalListingView {
  entries: PortalEntry[];
  pageIndex: number;
  pageSize: number;
  level: string | null;
  field: string | null;
}

export function renderNationalListing(view: NationalListingView): string {
  const { entries, pageIndex, pageSize, level, field } = view;
  const pages = pageCount(entries.length, pageSize);
  const rows = pageSlice(entries, pageIndex, pageSize)
    .map((entry, i) => listingRow(entry, (pageIndex - 1) * pageSize + i + 1))
    .join('\n');
  const href = (n: number) =>
    escapeHtml(
      queryString([
        ['pageIndex', n],
        ['pageSize', pageSize],
        ['level', level],
        ['field', field],
      ]),
    );
  const pager: string[] = [];
  if (pageIndex > 1)
    pager.push(`<li><a class="prev" rel="prev" href="${href(pageIndex - 1)}">&laquo;</a></li>`);
  for (const n of pagerWindow(pageIndex, pages)) {
    if (n === null) pager.push('<li class="disabled"><span>&hellip;</span></li>');
    else pager.push(`<li${n === pageIndex ? ' class="active"' : ''}><a href="${href(n)}">${n}</a></li>`);
  }
  if (pageIndex < pages)
    pager.push(`<li><a class="next" rel="next" href="${href(pageIndex + 1)}">&raquo;</a></li>`);

  const body = `    <div class="tthc">
        <div class="section-tthc">
            <div class="container">
                ${breadcrumb([
                  ['Trang chủ', 'dvc-trang-chu.html'],
                  ['Thủ tục hành chính', 'dvc-tthc-thu-tuc-hanh-chinh.html'],
                ])}
                <h1 class="main-title -none">${portalHtml('Thủ tục hành chính')}</h1>
                <div class="content" id="tthcListing" data-total="${entries.length}" data-page-index="${pageIndex}" data-page-size="${pageSize}" data-state="ready">
                    <p class="result-count">${portalHtml('Tìm thấy')} <strong>${formatCount(entries.length)}</strong> ${portalHtml('thủ tục')}</p>
                    <table class="table table-result">
                        <thead><tr><th>STT</th><th>${portalHtml('Mã thủ tục')}</th><th>${portalHtml('Tên thủ tục')}</th><th>${portalHtml('Lĩnh vực')}</th><th>${portalHtml('Cấp thực hiện')}</th><th>${portalHtml('Cơ quan thực hiện')}</th></tr></thead>
                        <tbody id="listTTHC">
${rows}
                        </tbody>
                    </table>
                    <ul class="pagination">
                        ${pager.join('\n                        ')}
                    </ul>
                </div>
            </div>
        </div>
    </div>`;
  return nationalPage(body, LISTING_SCRIPT);
}

function listingRow(entry: PortalEntry, stt: number): string {
  const code = escapeHtml(entry.rawCode);
  const { fields } = entry;
  return `                            <tr class="item-tthc" data-ma-thu-tuc="${code}">
                                <td data-title="STT">${stt}</td>
                                <td data-title="${portalHtml('Mã thủ tục')}">${code}</td>
                                <td data-title="${portalHtml('Tên thủ tục')}"><a href="dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${encodeURIComponent(entry.meta.portalId)}">${variantHtml(fields.name, entry.nameVariant)}</a></td>
                                <td data-title="${portalHtml('Lĩnh vực')}">${portalHtml(fields.field ?? '')}</td>
                                <td data-title="${portalHtml('Cấp thực hiện')}">${portalHtml(levelText(fields.levels, 'national'))}</td>
                                <td data-title="${portalHtml('Cơ quan thực hiện')}">${portalHtml(fields.agency ?? '')}</td>
                            </tr>`;
}
