import type { OnlineService } from '@niemyet/core';

/**
 * Row data for the hand-built portal layouts. The layouts are small HTML builders that render
 * the same rows the way different provincial portals do; tests, the benchmark and the
 * extension's tests read them back and compare with these rows.
 */
export interface LayoutRow {
  /** The code as the page shows it ("1.004227", "1.012753.H19"), null when it shows none. */
  code: string | null;
  name: string;
  field: string;
  /** The level as written ("Cấp Tỉnh"). */
  level: string;
  agency?: string;
  onlineService?: OnlineService;
  processingTime?: string;
  fees?: string;
  /** The portal's own id, used in detail links. */
  portalId?: string;
}

/** Options shared by the builders. */
export interface LayoutOptions {
  /** 1-based page number shown as current. */
  page?: number;
  pageCount?: number;
  /** Total count the page states (defaults to the rows shown). */
  total?: number;
  /** How text is written: as is, with HTML entities for every non-ASCII letter, or in NFD. */
  encoding?: 'plain' | 'entities' | 'nfd';
}

const NAMES: [string, string, string][] = [
  ['1.004227', 'Đăng ký khai sinh', 'Hộ tịch'],
  ['1.004194', 'Đăng ký tạm trú', 'Đăng ký, quản lý cư trú'],
  ['1.001456', 'Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp tỉnh)', 'Quản lý xuất nhập cảnh'],
  ['1.004222', 'Đăng ký thường trú', 'Đăng ký, quản lý cư trú'],
  ['1.001978', 'Giải quyết hưởng trợ cấp thất nghiệp', 'Việc làm'],
  ['2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Chứng thực'],
  ['1.000656', 'Đăng ký kết hôn', 'Hộ tịch'],
  ['2.001023', 'Cấp Giấy chứng nhận quyền sử dụng đất lần đầu', 'Đất đai'],
  ['1.001612', 'Đăng ký thành lập hộ kinh doanh', 'Thành lập và hoạt động của hộ kinh doanh'],
  ['1.000894', 'Thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ', 'Hoạt động xây dựng'],
];
const LEVELS = ['Cấp Tỉnh', 'Cấp Huyện', 'Cấp Xã'];
const AGENCIES = ['Sở Tư pháp', 'Ủy ban nhân dân cấp huyện', 'Ủy ban nhân dân cấp xã'];
const ONLINE: OnlineService[] = ['full', 'partial', 'none'];

/**
 * `count` deterministic rows: real names and fields, unique codes (some with an agency
 * suffix), levels, agencies and online-service levels cycling. Rows are sorted by level then
 * field, so layouts that group rows can group them without reordering.
 */
export function sampleLayoutRows(count: number): LayoutRow[] {
  const rows: LayoutRow[] = [];
  for (let i = 0; i < count; i++) {
    const [code, name, field] = NAMES[i % NAMES.length]!;
    const round = Math.floor(i / NAMES.length);
    // Unique codes beyond the first round: same first digit, a different six-digit number.
    const shown =
      round === 0
        ? code
        : `${code[0]}.${String((Number(code.slice(2)) + round * 7919) % 1_000_000).padStart(6, '0')}`;
    rows.push({
      code: i % 7 === 3 ? `${shown}.H19` : shown,
      name: round === 0 ? name : `${name} (lần ${round + 1})`,
      field,
      level: LEVELS[i % LEVELS.length]!,
      agency: AGENCIES[i % AGENCIES.length]!,
      onlineService: ONLINE[i % ONLINE.length]!,
      processingTime: `${(i % 15) + 1} ngày làm việc`,
      fees: i % 2 === 0 ? 'Không' : `${((i % 9) + 1) * 10}.000 đồng`,
      portalId: String(10_000 + i),
    });
  }
  return rows.sort(
    (a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.field.localeCompare(b.field, 'vi'),
  );
}

/** Level keys as `parseLevel` gives them, for assertions. */
export const LEVEL_KEYS: Record<string, string> = {
  'Cấp Tỉnh': 'province',
  'Cấp Huyện': 'district',
  'Cấp Xã': 'commune',
};

/** Escapes text for HTML content and attribute values: the row data is treated as hostile. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const NAMED: Record<string, string> = {
  à: '&agrave;',
  á: '&aacute;',
  â: '&acirc;',
  ã: '&atilde;',
  è: '&egrave;',
  é: '&eacute;',
  ê: '&ecirc;',
  ì: '&igrave;',
  í: '&iacute;',
  ò: '&ograve;',
  ó: '&oacute;',
  ô: '&ocirc;',
  õ: '&otilde;',
  ù: '&ugrave;',
  ú: '&uacute;',
  ý: '&yacute;',
  Đ: '&#272;',
  đ: '&#273;',
};

/** Escaped text in the requested encoding (entities like the real portal's, or NFD marks). */
export function encodeText(text: string, encoding: LayoutOptions['encoding'] = 'plain'): string {
  const escaped = escapeHtml(text);
  if (encoding === 'nfd') return escaped.normalize('NFD');
  if (encoding === 'entities') {
    return Array.from(escaped.normalize('NFC'), (ch) => {
      if (ch.charCodeAt(0) < 128) return ch;
      return NAMED[ch] ?? `&#${ch.codePointAt(0)};`;
    }).join('');
  }
  return escaped;
}

/** A whole page around a body. */
export function htmlPage(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`;
}

/** Online-service level as older portals write it. */
export function onlineServiceLabel(value: OnlineService | undefined, style: 'level' | 'words'): string {
  if (value === undefined) return '';
  if (style === 'level') return value === 'full' ? 'Mức độ 4' : value === 'partial' ? 'Mức độ 3' : 'Mức độ 2';
  return value === 'full' ? 'Toàn trình' : value === 'partial' ? 'Một phần' : 'Không';
}
