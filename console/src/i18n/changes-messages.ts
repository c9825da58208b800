import type { ChangeLogKind, DecisionAction } from '@niemyet/core';
import { formatCount, formatDate } from './format';

/** The change log (`#/changes`): filters, entries, an entry's diff, the chain check, exports. */

export const vi = {
  nav: 'Nhật ký thay đổi',
  heading: 'Nhật ký thay đổi',
  intro:
    'Mọi thay đổi do các quyết định đã ban hành ghi lại, cùng các lần nhập và xóa trên Cơ sở dữ liệu quốc gia. Chọn một dòng để xem nội dung trước và sau.',
  filters: {
    legend: 'Lọc nhật ký',
    from: 'Từ ngày',
    to: 'Đến ngày',
    dateHint: 'dd/mm/yyyy',
    dateInvalid: (label: string, value: string) =>
      `«${value}» ở ô ${label} không phải ngày hợp lệ: hãy viết theo dạng dd/mm/yyyy, ví dụ 31/12/2020.`,
    periodReversed: 'Ngày bắt đầu sau ngày kết thúc: hãy đổi lại hai ngày.',
    action: 'Hình thức',
    anyAction: 'Mọi hình thức',
    kind: 'Loại ghi nhận',
    anyKind: 'Mọi loại',
    level: 'Cấp thực hiện',
    anyLevel: 'Mọi cấp',
    field: 'Lĩnh vực',
    agency: 'Cơ quan thực hiện',
    decision: 'Quyết định',
    anyDecision: 'Mọi quyết định',
    procedure: 'Thủ tục (mã hoặc tên)',
    exactHint: 'Ghi đúng như trong danh mục; gợi ý lấy từ các mục đang hiện.',
    apply: 'Lọc',
    clear: 'Bỏ lọc',
  },
  kinds: {
    published: 'Công bố',
    'national-db-entered': 'Nhập CSDL quốc gia',
    'national-db-removed': 'Xóa khỏi CSDL quốc gia',
  } satisfies Record<ChangeLogKind, string>,
  actions: {
    new: 'Mới ban hành',
    amended: 'Sửa đổi, bổ sung, thay thế',
    abolished: 'Bãi bỏ',
  } satisfies Record<DecisionAction, string>,
  columns: {
    seq: 'STT',
    occurredOn: 'Ngày',
    kind: 'Loại',
    action: 'Hình thức',
    decision: 'Quyết định',
    code: 'Mã TTHC',
    name: 'Tên TTHC',
    levels: 'Cấp',
    field: 'Lĩnh vực',
    agency: 'Cơ quan thực hiện',
    open: 'Chi tiết',
  },
  tableCaption: 'Các mục nhật ký theo thứ tự ghi',
  open: (seq: number) => `Xem thay đổi của mục ${formatCount(seq)}`,
  openShort: 'Xem',
  noCode: '(chưa có mã)',
  noDate: '—',
  count: (shown: number, total: number) =>
    shown === total
      ? `${formatCount(total)} mục`
      : `Đang hiện ${formatCount(shown)} trong ${formatCount(total)} mục: hãy lọc hẹp hơn để xem hết, hoặc tải tệp để có đủ.`,
  loading: 'Đang tải nhật ký…',
  loadingMore: (loaded: number, total: number) =>
    `Đã tải ${formatCount(loaded)} / ${formatCount(total)} mục…`,
  loadFailed: (reason: string) => `Không tải được nhật ký: ${reason}`,
  retry: 'Thử lại',
  empty:
    'Nhật ký chưa có mục nào. Mục được ghi khi một quyết định được ban hành, hoặc khi nhập danh sách quyết định đã ban hành.',
  noMatch: 'Không có mục nào khớp bộ lọc. Hãy nới bộ lọc hoặc bấm «Bỏ lọc».',
  entry: {
    title: (seq: number, name: string) => `Mục ${formatCount(seq)}: ${name}`,
    close: 'Đóng',
    facts: 'Thông tin mục',
    decision: 'Quyết định',
    procedure: 'Mã, lĩnh vực, cơ quan thực hiện',
    signedOn: 'Ngày ký',
    occurredOn: 'Ngày hiệu lực/cập nhật',
    recorded: 'Người ghi, thời điểm ghi',
    hash: 'Mã băm',
    loading: 'Đang tải các phiên bản của thủ tục…',
    loadFailed: (reason: string) => `Không tải được các phiên bản của thủ tục: ${reason}`,
    diffHeading: 'Nội dung trước và sau',
    newProcedure: 'Thủ tục mới: mọi nội dung là nội dung thêm vào.',
    abolished: (on: string | null) =>
      `Thủ tục bị bãi bỏ${on ? ` từ ngày ${formatDate(on)}` : ''}: nội dung dưới đây là phiên bản hết hiệu lực.`,
    noVersion:
      'Máy chủ không còn phiên bản nào của thủ tục ứng với mục này (quyết định có thể đã bị rút hoặc dữ liệu bị sửa). Hãy chạy kiểm tra tính toàn vẹn.',
    noChange: 'Nội dung không đổi so với phiên bản trước.',
    procedurePage: 'Mở trang thủ tục',
  },
  chain: {
    heading: 'Tính toàn vẹn của nhật ký',
    checking: 'Đang kiểm tra chuỗi mã băm…',
    ok: (entries: number) => `Sổ thay đổi toàn vẹn (${formatCount(entries)} mục).`,
    broken: (seq: number, reason: string) => `Sổ thay đổi bị sửa từ mục ${formatCount(seq)}: ${reason}`,
    brokenNoEntry: 'Sổ thay đổi không khớp chuỗi mã băm.',
    showEntry: (seq: number) => `Xem mục ${formatCount(seq)}`,
    notLoaded: (seq: number) =>
      `Mục ${formatCount(seq)} không nằm trong các dòng đang hiện: hãy bỏ lọc để thấy mục này.`,
    recheck: 'Kiểm tra lại',
    failed: (reason: string) => `Không kiểm tra được: ${reason}`,
  },
  exports: {
    heading: 'Tải nhật ký (theo bộ lọc đang chọn)',
    csv: 'Tải CSV',
    xlsx: 'Tải XLSX',
    json: 'Tải JSON',
    what: (format: string) => `nhật ký dạng ${format.toUpperCase()}`,
  },
};

export const en: typeof vi = {
  nav: 'Change log',
  heading: 'Change log',
  intro:
    'Every change recorded by issued decisions, and every entry on or removal from the national database. Choose a row to see the content before and after.',
  filters: {
    legend: 'Filter the log',
    from: 'From',
    to: 'To',
    dateHint: 'dd/mm/yyyy',
    dateInvalid: (label: string, value: string) =>
      `“${value}” in ${label} is not a valid date: write it as dd/mm/yyyy, for example 31/12/2020.`,
    periodReversed: 'The start date is after the end date: swap the two dates.',
    action: 'Action',
    anyAction: 'Any action',
    kind: 'Kind of entry',
    anyKind: 'Any kind',
    level: 'Level',
    anyLevel: 'Any level',
    field: 'Field',
    agency: 'Implementing agency',
    decision: 'Decision',
    anyDecision: 'Any decision',
    procedure: 'Procedure (code or name)',
    exactHint: 'Written exactly as in the catalogue; suggestions come from the entries shown.',
    apply: 'Filter',
    clear: 'Clear filters',
  },
  kinds: {
    published: 'Published',
    'national-db-entered': 'Entered on the national DB',
    'national-db-removed': 'Removed from the national DB',
  },
  actions: { new: 'New', amended: 'Amended', abolished: 'Abolished' },
  columns: {
    seq: 'No.',
    occurredOn: 'Date',
    kind: 'Kind',
    action: 'Action',
    decision: 'Decision',
    code: 'Code',
    name: 'Procedure',
    levels: 'Levels',
    field: 'Field',
    agency: 'Agency',
    open: 'Details',
  },
  tableCaption: 'Log entries in the order recorded',
  open: (seq: number) => `See the change of entry ${formatCount(seq)}`,
  openShort: 'See',
  noCode: '(no code yet)',
  noDate: '—',
  count: (shown: number, total: number) =>
    shown === total
      ? `${formatCount(total)} entries`
      : `Showing ${formatCount(shown)} of ${formatCount(total)} entries: narrow the filters to see them all, or download the file for all of them.`,
  loading: 'Loading the log…',
  loadingMore: (loaded: number, total: number) =>
    `${formatCount(loaded)} / ${formatCount(total)} entries loaded…`,
  loadFailed: (reason: string) => `The log could not be loaded: ${reason}`,
  retry: 'Try again',
  empty:
    'The log has no entries yet. Entries are recorded when a decision is issued, or when a list of issued decisions is imported.',
  noMatch: 'No entry matches the filters. Widen them or press “Clear filters”.',
  entry: {
    title: (seq: number, name: string) => `Entry ${formatCount(seq)}: ${name}`,
    close: 'Close',
    facts: 'About this entry',
    decision: 'Decision',
    procedure: 'Code, field, implementing agency',
    signedOn: 'Signed on',
    occurredOn: 'Effective/updated on',
    recorded: 'Recorded by, at',
    hash: 'Hash',
    loading: 'Loading the procedure’s versions…',
    loadFailed: (reason: string) => `The procedure’s versions could not be loaded: ${reason}`,
    diffHeading: 'Content before and after',
    newProcedure: 'A new procedure: all of its content is added.',
    abolished: (on: string | null) =>
      `The procedure was abolished${on ? ` from ${formatDate(on)}` : ''}: below is the version that ended.`,
    noVersion:
      'The server holds no version of the procedure for this entry (the decision may have been withdrawn, or the data edited). Run the integrity check.',
    noChange: 'The content is unchanged from the version before.',
    procedurePage: 'Open the procedure',
  },
  chain: {
    heading: 'Integrity of the log',
    checking: 'Checking the hash chain…',
    ok: (entries: number) => `The change log is intact (${formatCount(entries)} entries).`,
    broken: (seq: number, reason: string) =>
      `The change log was altered from entry ${formatCount(seq)}: ${reason}`,
    brokenNoEntry: 'The change log does not match its hash chain.',
    showEntry: (seq: number) => `See entry ${formatCount(seq)}`,
    notLoaded: (seq: number) =>
      `Entry ${formatCount(seq)} is not among the rows shown: clear the filters to see it.`,
    recheck: 'Check again',
    failed: (reason: string) => `The check could not run: ${reason}`,
  },
  exports: {
    heading: 'Download the log (with the current filters)',
    csv: 'Download CSV',
    xlsx: 'Download XLSX',
    json: 'Download JSON',
    what: (format: string) => `the log as ${format.toUpperCase()}`,
  },
};
