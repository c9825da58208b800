import { formatCount, formatDate } from './format';

/** The procedure page: one procedure on a date, and its history. */

export const vi = {
  heading: (name: string) => `Thủ tục: ${name}`,
  headingUnknown: 'Thủ tục',
  asOf: 'Xem tại ngày',
  backToCatalogue: 'Về danh mục',
  inForce: (from: string | null) =>
    from === null ? 'Đang có hiệu lực (từ trước dữ liệu).' : `Đang có hiệu lực từ ${formatDate(from)}.`,
  inForceUntil: (to: string) => `Hết hiệu lực từ ${formatDate(to)}.`,
  notYet: (date: string, from: string | null) =>
    from === null
      ? `Ngày ${formatDate(date)} thủ tục này chưa có hiệu lực.`
      : `Ngày ${formatDate(date)} thủ tục này chưa có hiệu lực: có hiệu lực từ ${formatDate(from)}. Chọn ngày khác để xem nội dung.`,
  abolished: (date: string, since: string, again: string | null) =>
    `Ngày ${formatDate(date)} thủ tục này không còn hiệu lực: đã bãi bỏ từ ${formatDate(since)}.` +
    (again === null ? '' : ` Có hiệu lực trở lại từ ${formatDate(again)}.`) +
    ' Lịch sử bên dưới vẫn giữ các phiên bản trước.',
  contentHeading: (date: string) => `Nội dung tại ngày ${formatDate(date)}`,
  none: 'Không ghi',
  noCode: 'Chưa có mã',
  onlineService: { full: 'Toàn trình', partial: 'Một phần', none: 'Không' } as Record<string, string>,
  method: {
    channel: 'Hình thức nộp',
    processingTime: 'Thời hạn giải quyết',
    fees: 'Phí, lệ phí',
    description: 'Mô tả',
  },
  dossier: {
    name: 'Tên giấy tờ',
    group: 'Nhóm',
    originals: 'Bản chính',
    copies: 'Bản sao',
    template: 'Mẫu đơn, tờ khai',
  },
  legalIssued: (issuer: string | null, on: string | null) =>
    [issuer, on === null ? null : `ngày ${formatDate(on)}`].filter(Boolean).join(', '),
  historyHeading: (count: number) => `Lịch sử: ${formatCount(count)} phiên bản`,
  period: (from: string | null, to: string | null) =>
    `${from === null ? 'Trước dữ liệu' : formatDate(from)} – ${to === null ? 'nay' : formatDate(to)}`,
  baseline: 'Danh mục gốc',
  decision: 'Quyết định',
  decisionNumberless: '(chưa có số)',
  decisionUnknown: (id: string) => `Quyết định ${id} (không còn trên máy chủ)`,
  neverInForce: 'Chưa từng có hiệu lực: bị thay thế ngay trong ngày bắt đầu.',
  current: 'Đang xem',
  firstVersion: 'Phiên bản đầu tiên được ghi nhận.',
  noChange: 'Không đổi nội dung so với phiên bản trước.',
  showChanges: 'Xem thay đổi so với phiên bản trước',
  hideChanges: 'Ẩn thay đổi',
  comparing: 'Đang so sánh với phiên bản trước…',
  notFoundHeading: 'Không có thủ tục này',
  notFound: (id: string) =>
    `Máy chủ chưa có thủ tục nào mang mã «${id}». Kiểm tra lại mã, hoặc tìm thủ tục trong danh mục.`,
  loadFailed: (reason: string) => `Không tải được thủ tục: ${reason}`,
};

export const en: typeof vi = {
  heading: (name) => `Procedure: ${name}`,
  headingUnknown: 'Procedure',
  asOf: 'As of',
  backToCatalogue: 'Back to the catalogue',
  inForce: (from) =>
    from === null ? 'In force (since before the records).' : `In force since ${formatDate(from)}.`,
  inForceUntil: (to) => `No longer in force from ${formatDate(to)}.`,
  notYet: (date, from) =>
    from === null
      ? `On ${formatDate(date)} this procedure is not yet in force.`
      : `On ${formatDate(date)} this procedure is not yet in force: it takes effect on ${formatDate(from)}. Choose another date to see its content.`,
  abolished: (date, since, again) =>
    `On ${formatDate(date)} this procedure is not in force: abolished since ${formatDate(since)}.` +
    (again === null ? '' : ` In force again from ${formatDate(again)}.`) +
    ' The history below keeps its earlier versions.',
  contentHeading: (date) => `Content as of ${formatDate(date)}`,
  none: 'Not given',
  noCode: 'No code yet',
  onlineService: { full: 'Fully online', partial: 'Partly online', none: 'None' },
  method: {
    channel: 'Channel',
    processingTime: 'Processing time',
    fees: 'Fees',
    description: 'Description',
  },
  dossier: {
    name: 'Document',
    group: 'Group',
    originals: 'Originals',
    copies: 'Copies',
    template: 'Template',
  },
  legalIssued: (issuer, on) =>
    [issuer, on === null ? null : `of ${formatDate(on)}`].filter(Boolean).join(', '),
  historyHeading: (count) => `History: ${formatCount(count)} ${count === 1 ? 'version' : 'versions'}`,
  period: (from, to) =>
    `${from === null ? 'Before the records' : formatDate(from)} – ${to === null ? 'now' : formatDate(to)}`,
  baseline: 'Baseline catalogue',
  decision: 'Decision',
  decisionNumberless: '(no number yet)',
  decisionUnknown: (id) => `Decision ${id} (no longer on the server)`,
  neverInForce: 'Never in force: replaced on the day it started.',
  current: 'Shown above',
  firstVersion: 'The first recorded version.',
  noChange: 'No change of content from the version before.',
  showChanges: 'Show the changes from the version before',
  hideChanges: 'Hide the changes',
  comparing: 'Comparing with the version before…',
  notFoundHeading: 'No such procedure',
  notFound: (id) =>
    `The server has no procedure with the code “${id}”. Check the code, or find the procedure in the catalogue.`,
  loadFailed: (reason) => `Could not load the procedure: ${reason}`,
};
