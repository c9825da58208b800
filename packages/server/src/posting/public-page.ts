import {
  formatVietnameseDate,
  type PostingEntry,
  type PublicOfficeResponse,
  type SubmissionChannels,
  submissionChannelLines,
} from '@niemyet/core';
import QRCode from 'qrcode';
import { escapeHtml } from './html-escape';

/**
 * The public list of an office as a page (`/public/offices/:id`): server-rendered, no script,
 * every text escaped, fit to embed in an iframe on the agency's website and to print on A4.
 */

const COUNT = new Intl.NumberFormat('vi-VN');

// A QR code depends only on its address: the same procedures are on many offices' pages.
const QR_CACHE = new Map<string, string>();
const QR_CACHE_SIZE = 5000;

/** The QR code of `url` as inline SVG markup (made by `qrcode` from the address, no text of ours in it). */
async function qrSvg(url: string): Promise<string> {
  let svg = QR_CACHE.get(url);
  if (svg === undefined) {
    svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    QR_CACHE.set(url, svg);
    if (QR_CACHE.size > QR_CACHE_SIZE) QR_CACHE.delete(QR_CACHE.keys().next().value as string);
  }
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}

function channelsText(channels: SubmissionChannels): string {
  return submissionChannelLines(channels).join('; ') || 'Chưa ghi cách thức nộp hồ sơ';
}

async function entryHtml(entry: PostingEntry): Promise<string> {
  const row = (label: string, value: string | null, missing: string) =>
    `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value ?? missing)}</td></tr>`;
  const qr = entry.portalUrl
    ? `<a class="qr" href="${escapeHtml(entry.portalUrl)}" target="_blank" rel="noopener noreferrer">${await qrSvg(entry.portalUrl)}<span>Xem trên Cổng Dịch vụ công quốc gia</span></a>`
    : '<p class="qr none">Chưa có trang trên Cổng Dịch vụ công quốc gia</p>';
  return [
    '<article class="entry">',
    '<div class="text">',
    `<h3>${entry.code ? `<span class="code">${escapeHtml(entry.code)}</span> ` : ''}${escapeHtml(entry.name)}</h3>`,
    '<table>',
    row('Thời hạn giải quyết', entry.processingTime, 'Chưa ghi thời hạn'),
    row('Phí, lệ phí', entry.fees, 'Chưa ghi phí, lệ phí'),
    row('Cách thức nộp hồ sơ', channelsText(entry.channels), ''),
    '</table>',
    '</div>',
    qr,
    '</article>',
  ].join('');
}

const STYLE = `
body{font-family:"Times New Roman",Times,serif;font-size:13pt;line-height:1.4;color:#111;background:#fff;margin:0 auto;max-width:60rem;padding:1rem}
header{text-align:center;margin-bottom:1rem}
h1{font-size:16pt;text-transform:uppercase;margin:.25rem 0}
.office{font-size:14pt;font-weight:bold;margin:.25rem 0}
.valid{font-style:italic}
h2{font-size:13pt;border-bottom:1px solid #444;margin:1.25rem 0 .5rem}
.entry{display:flex;gap:1rem;justify-content:space-between;border-bottom:1px dotted #999;padding:.5rem 0;break-inside:avoid;page-break-inside:avoid}
.entry h3{font-size:13pt;margin:0 0 .25rem}
.code{font-weight:normal;color:#333}
table{border-collapse:collapse}
th{text-align:left;font-weight:normal;color:#333;padding:0 .75rem 0 0;vertical-align:top;white-space:nowrap}
td{vertical-align:top}
.qr{display:flex;flex-direction:column;align-items:center;flex:0 0 30mm;font-size:9pt;text-align:center;color:#0645ad}
.qr svg{width:28mm;height:28mm}
.qr.none{color:#555;font-style:italic}
.empty{border:1px solid #999;padding:1rem;text-align:center}
footer{margin-top:1rem;font-size:11pt;color:#333}
@page{size:A4;margin:15mm 15mm 18mm}
@media print{body{max-width:none;padding:0;font-size:12pt}.qr{color:#000}.qr span{display:none}h2{break-after:avoid;page-break-after:avoid}}
`;

export async function publicOfficePage(list: PublicOfficeResponse): Promise<string> {
  const { office } = list;
  const heading = [
    '<header>',
    '<h1>Danh mục thủ tục hành chính</h1>',
    `<p class="office">${escapeHtml(office.name)}</p>`,
    office.area ? `<p>${escapeHtml(office.area)}</p>` : '',
    office.address ? `<p>Địa chỉ: ${escapeHtml(office.address)}</p>` : '',
    list.postedOn
      ? `<p class="valid">Danh mục thủ tục hành chính niêm yết từ ngày ${escapeHtml(formatVietnameseDate(list.postedOn))}</p>`
      : '',
    '</header>',
  ].join('');
  let body: string;
  if (list.total === 0) {
    body =
      '<p class="empty">Bộ phận này chưa niêm yết danh mục thủ tục hành chính. Danh mục sẽ hiện ở đây khi được niêm yết; ' +
      'trong lúc chờ, xin hỏi trực tiếp tại Bộ phận Một cửa hoặc tra cứu trên Cổng Dịch vụ công quốc gia.</p>';
  } else {
    const groups: string[] = [];
    for (const group of list.groups) {
      const entries: string[] = [];
      for (const entry of group.entries) entries.push(await entryHtml(entry));
      groups.push(
        `<section><h2>Lĩnh vực: ${escapeHtml(group.field ?? 'Chưa xác định')}</h2>${entries.join('')}</section>`,
      );
    }
    body = `${groups.join('')}<footer>Tổng số: ${escapeHtml(COUNT.format(list.total))} thủ tục hành chính.</footer>`;
  }
  return [
    '<!doctype html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Danh mục thủ tục hành chính — ${escapeHtml(office.name)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body><main>${heading}${body}</main></body>`,
    '</html>',
  ].join('\n');
}

/** The page for an office the server does not know. */
export function unknownOfficePage(): string {
  return [
    '<!doctype html>',
    '<html lang="vi">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Không tìm thấy bộ phận niêm yết</title>',
    `<style>${STYLE}</style></head>`,
    '<body><main><h1>Không tìm thấy bộ phận niêm yết</h1>',
    '<p class="empty">Địa chỉ này không ứng với bộ phận nào. Hãy kiểm tra lại đường liên kết trên trang của cơ quan, ',
    'hoặc tra cứu thủ tục trên Cổng Dịch vụ công quốc gia.</p></main></body>',
    '</html>',
  ].join('\n');
}
