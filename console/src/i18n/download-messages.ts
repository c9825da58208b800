import { formatCount } from './format';

/** A file being downloaded (change-log exports, the report workbook, a decision's annex): progress, cancel, outcome. */

export const vi = {
  progressLabel: (what: string) => `Đang tải ${what}`,
  rows: (read: number, total: number | null) =>
    total === null
      ? `Đã nhận ${formatCount(read)} dòng`
      : `Đã nhận ${formatCount(read)} / ${formatCount(total)} dòng`,
  bytes: (read: number, totalRows: number | null) =>
    totalRows === null
      ? `Đã nhận ${formatCount(read)} byte`
      : `Đã nhận ${formatCount(read)} byte (${formatCount(totalRows)} dòng)`,
  starting: 'Đang chờ máy chủ…',
  cancel: 'Hủy tải',
  saved: (name: string) => `Đã tải xong: ${name}. Tệp nằm trong thư mục tải xuống của trình duyệt.`,
  cancelled: 'Đã hủy tải xuống. Không có tệp nào được lưu.',
  failed: (reason: string) => `Không tải được tệp: ${reason}`,
  busy: 'Đang tải một tệp khác: hãy chờ xong hoặc hủy trước.',
  annex: 'Tải phụ lục (DOCX)',
  annexWhat: 'phụ lục của quyết định',
};

export const en: typeof vi = {
  progressLabel: (what: string) => `Downloading ${what}`,
  rows: (read: number, total: number | null) =>
    total === null
      ? `${formatCount(read)} rows received`
      : `${formatCount(read)} / ${formatCount(total)} rows received`,
  bytes: (read: number, totalRows: number | null) =>
    totalRows === null
      ? `${formatCount(read)} bytes received`
      : `${formatCount(read)} bytes received (${formatCount(totalRows)} rows)`,
  starting: 'Waiting for the server…',
  cancel: 'Cancel download',
  saved: (name: string) => `Downloaded: ${name}. The file is in the browser's downloads folder.`,
  cancelled: 'Download cancelled. No file was saved.',
  failed: (reason: string) => `The file could not be downloaded: ${reason}`,
  busy: 'Another file is downloading: wait for it or cancel it first.',
  annex: 'Download the annex (DOCX)',
  annexWhat: "the decision's annex",
};
