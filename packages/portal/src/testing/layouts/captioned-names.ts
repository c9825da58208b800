import { encodeText, htmlPage, type LayoutOptions, type LayoutRow, onlineServiceLabel } from './rows';

/**
 * Layouts whose name cells show more than the name, the way provincial portals do: a "Mới"
 * badge, a muted caption with the code, a line after `<br>` with the agency, a nested block
 * with the field. The reader must keep all of it out of the name.
 */

/**
 * (f) Bootstrap 5, no code column: the name links to the detail page; a `.badge` says "Mới"
 * on every third row; `<small class="text-muted">` lines give the code and the agency.
 */
export function bootstrapCaptionedPage(rows: LayoutRow[], options: LayoutOptions = {}): string {
  const t = (text: string) => encodeText(text, options.encoding);
  const body = rows
    .map(
      (row, i) => `<tr>
  <th scope="row">${i + 1}</th>
  <td class="align-middle"><a class="fw-semibold" href="/tthc/chi-tiet/${row.portalId ?? ''}">${t(row.name)}</a>${i % 3 === 0 ? ` <span class="badge rounded-pill bg-success">${t('Mới')}</span>` : ''}
    ${row.code ? `<small class="text-muted d-block">${t('Mã')}: ${t(row.code)}</small>` : ''}
    <small class="text-muted d-block">${t('Cơ quan thực hiện')}: ${t(row.agency ?? '')}</small></td>
  <td>${t(row.field)}</td>
  <td>${t(row.level)}</td>
</tr>`,
    )
    .join('\n');
  return htmlPage(
    'Thủ tục hành chính',
    `<div class="container"><table class="table table-striped align-middle" id="bang-tthc">
<thead class="table-light"><tr><th>#</th><th>${t('Tên thủ tục')}</th><th>${t('Lĩnh vực')}</th><th>${t('Cấp thực hiện')}</th></tr></thead>
<tbody>
${body}
</tbody></table></div>`,
  );
}

/**
 * (g) Bootstrap 3 with a code column: the name cell has the name, a `<br>`, then the code in
 * brackets and a `.label` with the online-service level; another row has a `.help-block`.
 * Some names are broken over two lines by a `<br>` in the middle of the sentence.
 */
export function bootstrap3CaptionedPage(rows: LayoutRow[], options: LayoutOptions = {}): string {
  const t = (text: string) => encodeText(text, options.encoding);
  const nameHtml = (row: LayoutRow, i: number) => {
    const words = row.name.split(' ');
    // A name wrapped by hand before a lower-case word: the second line is still the name.
    const cut = words.findIndex((w, k) => k >= 2 && /^\p{Ll}/u.test(w));
    const name =
      i % 4 === 1 && cut > 0
        ? `${t(words.slice(0, cut).join(' '))}<br>${t(words.slice(cut).join(' '))}`
        : t(row.name);
    const caption =
      i % 2 === 0
        ? `<br>(${t(row.code ?? 'Không có mã số')}) <span class="label label-info">${t(onlineServiceLabel(row.onlineService, 'level'))}</span>`
        : `<p class="help-block">${t(row.level)}</p>`;
    return `${name}${caption}`;
  };
  const body = rows
    .map(
      (row, i) =>
        `<tr><td>${i + 1}</td><td>${row.code ? t(row.code) : ''}</td><td>${nameHtml(row, i)}</td><td>${t(row.field)}</td></tr>`,
    )
    .join('\n');
  return htmlPage(
    'Danh mục TTHC',
    `<table class="table table-bordered" id="tblDanhMuc"><thead><tr><th>STT</th><th>${t('Mã TTHC')}</th><th>${t('Tên thủ tục hành chính')}</th><th>${t('Lĩnh vực')}</th></tr></thead>
<tbody>${body}</tbody></table>`,
  );
}

const GRID = 'dnn_ctr512_DanhSachTTHC_grdDanhSach';

/**
 * (h) A DNN/Telerik grid whose name cell is a label, a `<br/>` and a `span.SubHead` with the
 * agency; the code is in the name's link; a nested `<div>` names the field ("Lĩnh vực: …").
 */
export function telerikCaptionedPage(rows: LayoutRow[], options: LayoutOptions = {}): string {
  const t = (text: string) => encodeText(text, options.encoding);
  const body = rows
    .map(
      (row, i) =>
        `<tr class="${i % 2 === 0 ? 'rgRow' : 'rgAltRow'}" id="${GRID}_ctl00__${i}"><td>${i + 1}</td><td><a id="${GRID}_ctl00_ctl${String(i + 4).padStart(2, '0')}_hlTen" href="/Default.aspx?tabid=120&amp;ma=${row.code ?? ''}">${t(row.name)}</a><br/><span class="SubHead">${t(row.agency ?? '')}</span><div class="tthc-linhvuc">${t('Lĩnh vực')}: ${t(row.field)}</div></td><td>${t(row.level)}</td></tr>`,
    )
    .join('\n');
  return htmlPage(
    'Thủ tục hành chính',
    `<form id="Form" method="post"><div id="${GRID}" class="RadGrid RadGrid_Metro">
<table class="rgMasterTable" id="${GRID}_ctl00"><thead><tr><th class="rgHeader">STT</th><th class="rgHeader">${t('Tên thủ tục')}</th><th class="rgHeader">${t('Cấp thực hiện')}</th></tr></thead>
<tbody>
${body}
</tbody></table></div></form>`,
  );
}

/**
 * (i) Cards whose title holds the name link, a muted `<small>` with the code in brackets and,
 * after a `<br>`, the level; a "Mới" badge on some.
 */
export function captionedCardPage(rows: LayoutRow[], options: LayoutOptions = {}): string {
  const t = (text: string) => encodeText(text, options.encoding);
  const cards = rows
    .map(
      (row, i) => `<div class="card-tthc">
  <h4 class="card-title"><a href="/thu-tuc/xem?id=${row.portalId ?? ''}">${t(row.name)}</a> <small class="text-muted">(${t(row.code ?? '')})</small>${i % 2 === 0 ? `<span class="badge badge-warning">${t('Mới')}</span>` : ''}<br>${t(row.level)}</h4>
  <p class="card-text"><strong>${t('Lĩnh vực')}:</strong> ${t(row.field)}</p>
</div>`,
    )
    .join('\n');
  return htmlPage(
    'Tra cứu thủ tục',
    `<main><div class="list-cards" id="dsTTHC">
${cards}
</div></main>`,
  );
}
