import type { ImportPhase } from '../import/import-decision-file';
import { formatCount, formatDate, formatDateTime, hashPrefix } from './format';

/**
 * Every word the console shows, Vietnamese first. `en` must have the same shape as `vi`
 * (the type says so), so a screen cannot show a message that exists in one language only.
 * Messages that hold values are functions; numbers and dates go through `format.ts`.
 */

const vi = {
  app: {
    title: 'Niêm yết — Bảng điều khiển',
    intro: 'Quản lý quyết định công bố thủ tục hành chính, rà soát văn bản và nhật ký thay đổi.',
    toggle: 'English',
    toggleLabel: 'Switch the console to English',
    nav: 'Mục chính',
    navCatalogue: 'Danh mục',
    navImport: 'Nhập quyết định',
    navPublications: 'Công bố',
    loading: 'Đang tải…',
    notFound: 'Không có trang này.',
  },
  catalogue: {
    heading: 'Danh mục thủ tục hành chính',
    asOf: 'Danh mục tại ngày',
    asOfHint: 'dd/mm/yyyy',
    asOfInvalid: (raw: string) => `«${raw}» không phải là ngày hợp lệ (dd/mm/yyyy).`,
    today: 'Hôm nay',
    search: 'Tìm thủ tục',
    searchPlaceholder: 'Mã, tên, lĩnh vực, cơ quan… (gõ có dấu hay không dấu đều được)',
    count: (shown: number, total: number) =>
      shown === total
        ? `${formatCount(total)} thủ tục đang có hiệu lực`
        : `${formatCount(shown)} / ${formatCount(total)} thủ tục khớp với tìm kiếm`,
    others: (upcoming: number, abolished: number) =>
      `${formatCount(upcoming)} thủ tục sắp có hiệu lực · ${formatCount(abolished)} thủ tục đã bãi bỏ`,
    columns: {
      code: 'Mã TTHC',
      name: 'Tên thủ tục',
      levels: 'Cấp thực hiện',
      field: 'Lĩnh vực',
      agency: 'Cơ quan thực hiện',
      effectiveFrom: 'Hiệu lực từ',
      decision: 'Quyết định',
    },
    sortTitle: 'Sắp xếp theo cột này; bấm lần nữa để đảo chiều',
    noCode: 'Chưa có mã',
    sinceBefore: 'trước dữ liệu',
    noMatch: 'Không có thủ tục nào khớp với tìm kiếm.',
    emptyHeading: 'Chưa có quyết định nào',
    emptyBody: 'Danh mục được lập từ các quyết định công bố. Hãy nhập danh sách quyết định (tệp CSV) trước.',
    emptyAction: 'Nhập danh sách quyết định',
    anomalies: (count: number) =>
      `${formatCount(count)} mục trong các quyết định không khớp với danh mục (xem chi tiết)`,
    skipped: (count: number) => `${formatCount(count)} quyết định không có ngày hiệu lực, không áp dụng`,
  },
  publish: {
    heading: 'Công bố danh mục',
    explain: (asOf: string) =>
      `Công bố danh mục tại ngày ${formatDate(asOf)}: lưu bản danh mục có mã băm để tiện ích Niêm yết đối chiếu với các cổng dịch vụ công.`,
    action: 'Công bố danh mục',
    publishing: 'Đang công bố…',
    failed: (reason: string) => `Không công bố được: ${reason}`,
    published: 'Danh mục đang công bố',
    nothingYet: 'Chưa công bố danh mục nào.',
    hash: 'Mã băm',
    asOf: 'Danh mục tại ngày',
    procedures: 'Thủ tục có hiệu lực',
    publishedAt: 'Công bố lúc',
    download: 'Tải tệp JSON',
    history: 'Các lần công bố',
    otherCounts: (upcoming: number, abolished: number) =>
      `${formatCount(upcoming)} sắp có hiệu lực, ${formatCount(abolished)} đã bãi bỏ`,
    toCatalogue: 'Chọn ngày và công bố ở trang Danh mục',
  },
  bridge: {
    heading: 'Tiện ích trình duyệt',
    idle: 'Tiện ích Niêm yết chưa nhận danh mục nào từ trang này.',
    received: (hash: string, at: Date) =>
      `Tiện ích Niêm yết đã nhận danh mục ${hashPrefix(hash)} lúc ${formatDateTime(at)}.`,
    refused: (reason: string, at: Date) =>
      `Tiện ích Niêm yết từ chối danh mục lúc ${formatDateTime(at)}: ${reason}`,
    failed: (reason: string) => `Không gửi được danh mục cho tiện ích: ${reason}`,
  },
  import: {
    heading: 'Nhập danh sách quyết định',
    explain:
      'Chọn tệp CSV danh sách quyết định công bố (một dòng cho mỗi thủ tục). Có lỗi thì không ghi gì: sửa tệp rồi nhập lại.',
    file: 'Tệp CSV',
    reading: (name: string) => `Đang đọc «${name}»…`,
    imported: (name: string) => `Đã nhập «${name}».`,
    refused: (name: string, errors: number) =>
      `Không nhập «${name}»: ${formatCount(errors)} lỗi, không ghi gì vào dữ liệu.`,
    conflicts: (name: string) =>
      `Không nhập «${name}»: các quyết định sau đã có trong dữ liệu với nội dung khác. Quyết định đã ban hành không sửa được; hãy ghi nhận bằng một quyết định mới.`,
    failed: (name: string, reason: string) => `Không nhập được «${name}»: ${reason}`,
    row: 'Dòng',
    textLine: (line: number) => `(dòng ${line} của tệp văn bản)`,
    wholeFile: 'Cả tệp',
    column: 'Cột',
    message: 'Lỗi',
    warnings: (count: number) => `${formatCount(count)} cảnh báo`,
    warning: 'Cảnh báo',
    totals: 'Trong tệp',
    decisions: 'Quyết định',
    items: 'Thủ tục',
    new: 'Mới ban hành',
    amended: 'Sửa đổi, bổ sung, thay thế',
    abolished: 'Bãi bỏ',
    year: 'Năm ký',
    byYear: 'Theo năm ký quyết định',
    written: (added: number, present: number, log: number) =>
      `Đã ghi ${formatCount(added)} quyết định mới, ${formatCount(log)} mục sổ thay đổi` +
      (present > 0 ? `; ${formatCount(present)} quyết định đã có sẵn, giữ nguyên.` : '.'),
    toCatalogue: 'Xem danh mục',
    progress: (phase: ImportPhase, done: number, total: number) => {
      const count = `${formatCount(done)}/${formatCount(total)}`;
      switch (phase) {
        case 'reading':
          return 'Đang đọc tệp…';
        case 'checking':
          return `Đang kiểm tra dòng ${count}`;
        case 'building':
          return `Đang lập quyết định: dòng ${count}`;
        case 'logging':
          return `Đang lập sổ thay đổi: mục ${count}`;
        case 'writing':
          return `Đang ghi vào dữ liệu: ${count} bản ghi`;
      }
    },
    progressLabel: 'Tiến độ nhập',
    cancel: 'Hủy',
    cancelling: 'Đang hủy…',
    cancelled: (name: string) => `Đã hủy nhập «${name}»: không ghi gì vào dữ liệu.`,
    // The line every other screen shows while an import runs, and its outcome once it ends.
    elsewhereRunning: (name: string, progress: { done: number; total: number } | null) =>
      progress === null
        ? `Đang nhập «${name}»…`
        : `Đang nhập «${name}»: ${formatCount(progress.done)}/${formatCount(progress.total)}`,
    elsewhereCancelling: (name: string) => `Đang hủy nhập «${name}»…`,
    elsewhereImported: (name: string, decisions: number) =>
      `Đã nhập «${name}»: ${formatCount(decisions)} quyết định.`,
    elsewhereConflicts: (name: string, count: number) =>
      `Không nhập «${name}»: ${formatCount(count)} quyết định đã có với nội dung khác, không ghi gì vào dữ liệu.`,
    elsewhereOpen: 'Mở trang nhập',
    elsewhereDetails: 'Xem chi tiết',
    dismiss: 'Đóng',
    dismissLabel: 'Đóng thông báo nhập',
  },
};

export type Messages = typeof vi;

const en: Messages = {
  app: {
    title: 'Niêm yết — Console',
    intro: 'Publication decisions, legal-document reviews and change logs for administrative procedures.',
    toggle: 'Tiếng Việt',
    toggleLabel: 'Chuyển bảng điều khiển sang tiếng Việt',
    nav: 'Main',
    navCatalogue: 'Catalogue',
    navImport: 'Import decisions',
    navPublications: 'Publish',
    loading: 'Loading…',
    notFound: 'There is no such page.',
  },
  catalogue: {
    heading: 'Catalogue of administrative procedures',
    asOf: 'Catalogue on',
    asOfHint: 'dd/mm/yyyy',
    asOfInvalid: (raw) => `“${raw}” is not a valid date (dd/mm/yyyy).`,
    today: 'Today',
    search: 'Search procedures',
    searchPlaceholder: 'Code, name, field, agency… (with or without diacritics)',
    count: (shown, total) =>
      shown === total
        ? `${formatCount(total)} procedures in force`
        : `${formatCount(shown)} / ${formatCount(total)} procedures match the search`,
    others: (upcoming, abolished) =>
      `${formatCount(upcoming)} upcoming · ${formatCount(abolished)} abolished procedures`,
    columns: {
      code: 'Code',
      name: 'Name',
      levels: 'Level',
      field: 'Field',
      agency: 'Agency',
      effectiveFrom: 'In force from',
      decision: 'Decision',
    },
    sortTitle: 'Sort by this column; click again to reverse',
    noCode: 'No code yet',
    sinceBefore: 'before records',
    noMatch: 'No procedure matches the search.',
    emptyHeading: 'No decisions yet',
    emptyBody: 'The catalogue is built from publication decisions. Import a decision list (CSV) first.',
    emptyAction: 'Import a decision list',
    anomalies: (count) => `${formatCount(count)} decision items do not fit the catalogue (details)`,
    skipped: (count) => `${formatCount(count)} decisions have no effective date and were not applied`,
  },
  publish: {
    heading: 'Publish the catalogue',
    explain: (asOf) =>
      `Publish the catalogue on ${formatDate(asOf)}: store a hashed snapshot for the Niêm yết extension to audit public-service portals against.`,
    action: 'Publish catalogue',
    publishing: 'Publishing…',
    failed: (reason) => `Could not publish: ${reason}`,
    published: 'Published catalogue',
    nothingYet: 'No catalogue has been published yet.',
    hash: 'Hash',
    asOf: 'Catalogue on',
    procedures: 'Procedures in force',
    publishedAt: 'Published at',
    download: 'Download JSON',
    history: 'Publications',
    otherCounts: (upcoming, abolished) =>
      `${formatCount(upcoming)} upcoming, ${formatCount(abolished)} abolished`,
    toCatalogue: 'Choose a date and publish on the Catalogue page',
  },
  bridge: {
    heading: 'Browser extension',
    idle: 'The Niêm yết extension has not received a catalogue from this page.',
    received: (hash, at) =>
      `The Niêm yết extension received catalogue ${hashPrefix(hash)} at ${formatDateTime(at)}.`,
    refused: (reason, at) =>
      `The Niêm yết extension refused the catalogue at ${formatDateTime(at)}: ${reason}`,
    failed: (reason) => `Could not send the catalogue to the extension: ${reason}`,
  },
  import: {
    heading: 'Import a decision list',
    explain:
      'Choose a decision-list CSV (one row per procedure). On any error nothing is written: fix the file and import it again.',
    file: 'CSV file',
    reading: (name) => `Reading “${name}”…`,
    imported: (name) => `Imported “${name}”.`,
    refused: (name, errors) => `“${name}” was not imported: ${formatCount(errors)} errors, nothing written.`,
    conflicts: (name) =>
      `“${name}” was not imported: these decisions are already stored with other content. An issued decision cannot change; record the correction as a new decision.`,
    failed: (name, reason) => `Could not import “${name}”: ${reason}`,
    row: 'Row',
    textLine: (line) => `(text line ${line})`,
    wholeFile: 'Whole file',
    column: 'Column',
    message: 'Error',
    warnings: (count) => `${formatCount(count)} warnings`,
    warning: 'Warning',
    totals: 'In the file',
    decisions: 'Decisions',
    items: 'Procedures',
    new: 'New',
    amended: 'Amended',
    abolished: 'Abolished',
    year: 'Year signed',
    byYear: 'By year signed',
    written: (added, present, log) =>
      `Wrote ${formatCount(added)} new decisions and ${formatCount(log)} change-log entries` +
      (present > 0 ? `; ${formatCount(present)} decisions were already there and kept.` : '.'),
    toCatalogue: 'See the catalogue',
    progress: (phase, done, total) => {
      const count = `${formatCount(done)}/${formatCount(total)}`;
      switch (phase) {
        case 'reading':
          return 'Reading the file…';
        case 'checking':
          return `Checking row ${count}`;
        case 'building':
          return `Building decisions: row ${count}`;
        case 'logging':
          return `Chaining the change log: entry ${count}`;
        case 'writing':
          return `Writing to the database: ${count} records`;
      }
    },
    progressLabel: 'Import progress',
    cancel: 'Cancel',
    cancelling: 'Cancelling…',
    cancelled: (name) => `Import of “${name}” cancelled: nothing was written.`,
    elsewhereRunning: (name, progress) =>
      progress === null
        ? `Importing “${name}”…`
        : `Importing “${name}”: ${formatCount(progress.done)}/${formatCount(progress.total)}`,
    elsewhereCancelling: (name) => `Cancelling the import of “${name}”…`,
    elsewhereImported: (name, decisions) => `Imported “${name}”: ${formatCount(decisions)} decisions.`,
    elsewhereConflicts: (name, count) =>
      `“${name}” was not imported: ${formatCount(count)} decisions are already stored with other content; nothing written.`,
    elsewhereOpen: 'Open the import',
    elsewhereDetails: 'See details',
    dismiss: 'Dismiss',
    dismissLabel: 'Dismiss the import notice',
  },
};

export type Language = 'vi' | 'en';
export const LANGUAGES: readonly Language[] = ['vi', 'en'];

export const MESSAGES: Record<Language, Messages> = { vi, en };
