import type { OnlineService } from '@niemyet/core';
import { searchKey } from '@niemyet/core';
import { createLabelMatcher, type LabelDictionary } from '../../dom/labels';
import { parseOnlineService } from './online-service';

/**
 * The vocabulary of listing-table headers on provincial portals, matched diacritic- and
 * case-insensitively (`searchKey`), so "Mã TTHC", "MÃ TTHC" and "Ma TTHC" are one header.
 */

export type ColumnRole =
  | 'index'
  | 'code'
  | 'name'
  | 'field'
  | 'level'
  | 'agency'
  | 'onlineService'
  | 'processingTime'
  | 'fees'
  | 'legalBasis';

/** Headers that mean the role only as the whole label ("Mã số" yes, "Mã số hồ sơ" no). */
const EXACT_LABELS: LabelDictionary<ColumnRole> = {
  index: ['STT', 'TT', 'Số TT', 'Số thứ tự', 'No'],
  code: ['Mã', 'Mã số', 'Mã TT', 'Mã DVC'],
  name: ['Tên', 'Thủ tục', 'Thủ tục hành chính', 'Tên dịch vụ', 'Tên dịch vụ công'],
  field: ['Ngành, lĩnh vực', 'Tên lĩnh vực'],
  level: ['Cấp', 'Cấp TTHC', 'Cấp cơ quan thực hiện'],
  agency: ['Cơ quan', 'Đơn vị'],
  onlineService: ['DVCTT', 'Trực tuyến'],
  processingTime: ['Thời hạn', 'Thời gian'],
  fees: ['Phí', 'Phí và lệ phí'],
  legalBasis: ['Căn cứ'],
};

/** Headers that mean the role as the label or followed by more words ("Mức độ DVC"). */
const PREFIX_LABELS: LabelDictionary<ColumnRole> = {
  index: [],
  code: ['Mã TTHC', 'Mã số TTHC', 'Mã thủ tục', 'Mã số thủ tục'],
  name: ['Tên thủ tục hành chính', 'Tên TTHC', 'Tên thủ tục', 'Tên dịch vụ công'],
  field: ['Lĩnh vực'],
  level: ['Cấp thực hiện', 'Cấp giải quyết'],
  agency: ['Cơ quan thực hiện', 'Cơ quan giải quyết', 'Đơn vị thực hiện', 'Cơ quan có thẩm quyền'],
  onlineService: ['Mức độ', 'Dịch vụ công trực tuyến', 'DVC trực tuyến', 'DVCTT'],
  processingTime: ['Thời hạn giải quyết', 'Thời gian giải quyết', 'Thời hạn xử lý', 'Thời gian xử lý'],
  fees: ['Phí, lệ phí', 'Lệ phí'],
  legalBasis: ['Căn cứ pháp lý'],
};

const exactRole = createLabelMatcher(EXACT_LABELS, 'exact');
const prefixRole = createLabelMatcher(PREFIX_LABELS, 'prefix');

/** What a header label means, or null when it is not a column the reader knows. */
export function roleOfHeader(label: string): ColumnRole | null {
  if (label.trim() === '#') return 'index';
  return exactRole(label) ?? prefixRole(label);
}

/**
 * A header that names an online-service *value* ("Mức độ 4", "Toàn trình") rather than the
 * column: under a grouped header "Dịch vụ công trực tuyến" | "Mức độ 3" | "Mức độ 4", a tick in
 * the cell means that level.
 */
export function onlineServiceOfHeader(label: string): OnlineService | null {
  const key = searchKey(label);
  if (!/^(?:muc do \d|toan trinh|mot phan|dvc toan trinh|dvc mot phan)/.test(key)) return null;
  return parseOnlineService(label);
}
