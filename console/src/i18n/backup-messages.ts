import { formatCount } from './format';

/** The backup and restore screen (`#/backup`). */
export const vi = {
  heading: 'Sao lưu và khôi phục',
  intro:
    'Bản sao lưu là toàn bộ dữ liệu làm việc trong một tệp JSON (định dạng niemyet.workspace, như lệnh niemyet dùng): danh mục gốc, quyết định, sổ thay đổi, văn bản pháp luật, nhiệm vụ rà soát. Tài khoản và nhật ký hoạt động không nằm trong bản sao lưu.',
  downloadHeading: 'Tải bản sao lưu',
  download: 'Tải bản sao lưu',
  downloading: 'Đang tạo bản sao lưu…',
  downloaded: (name: string) => `Đã tải ${name}.`,
  restoreHeading: 'Khôi phục từ bản sao lưu',
  restoreWarning:
    'Khôi phục thay thế toàn bộ dữ liệu làm việc hiện có trên máy chủ bằng nội dung của tệp. Máy chủ kiểm tra sổ thay đổi của tệp: tệp hỏng hoặc bị sửa bị từ chối và không ghi gì.',
  chooseFile: 'Chọn tệp sao lưu (.json)',
  reading: 'Đang đọc tệp…',
  summaryHeading: 'Nội dung tệp',
  exportedAt: 'Thời điểm sao lưu',
  counts: (s: { decisions: number; issued: number; baseline: number; changeLog: number }) =>
    `${formatCount(s.decisions)} quyết định (${formatCount(s.issued)} đã ban hành), ${formatCount(s.baseline)} thủ tục trong danh mục gốc, ${formatCount(s.changeLog)} mục sổ thay đổi`,
  legalCounts: (documents: number, tasks: number) =>
    `${formatCount(documents)} văn bản pháp luật, ${formatCount(tasks)} nhiệm vụ rà soát`,
  notJson: 'Tệp không phải JSON: hãy chọn tệp sao lưu do Niêm yết tạo.',
  notABundle: (path: string, issue: string) =>
    `Tệp không phải bản sao lưu Niêm yết hợp lệ${path ? ` (trường «${path}»: ${issue})` : ''}.`,
  newerVersion: (version: number) =>
    `Tệp được tạo bởi phiên bản mới hơn (định dạng ${version}): hãy cập nhật máy chủ trước.`,
  confirm: 'Tôi hiểu dữ liệu hiện có sẽ bị thay thế',
  restore: 'Khôi phục',
  restoring: (percent: number) => `Đang gửi tệp… ${percent}%`,
  cancel: 'Hủy',
  restored: (r: { decisions: number; baseline: number; changeLog: number; legalDocuments: number }) =>
    `Đã khôi phục: ${formatCount(r.decisions)} quyết định, ${formatCount(r.baseline)} thủ tục trong danh mục gốc, ${formatCount(r.changeLog)} mục sổ thay đổi, ${formatCount(r.legalDocuments)} văn bản pháp luật.`,
  restoreOnlyAdmins: 'Chỉ quản trị viên khôi phục được dữ liệu.',
};

export const en: typeof vi = {
  heading: 'Backup and restore',
  intro:
    'A backup is the whole workspace in one JSON file (the niemyet.workspace format the niemyet command uses): baseline catalogue, decisions, change log, legal documents, review tasks. Accounts and the activity log are not in it.',
  downloadHeading: 'Download a backup',
  download: 'Download backup',
  downloading: 'Making the backup…',
  downloaded: (name) => `Downloaded ${name}.`,
  restoreHeading: 'Restore from a backup',
  restoreWarning:
    "Restoring replaces the server's whole workspace with the file's content. The server verifies the file's change log: a damaged or edited file is refused and nothing is written.",
  chooseFile: 'Choose a backup file (.json)',
  reading: 'Reading the file…',
  summaryHeading: 'In this file',
  exportedAt: 'Backed up at',
  counts: (s) =>
    `${formatCount(s.decisions)} decisions (${formatCount(s.issued)} issued), ${formatCount(s.baseline)} baseline procedures, ${formatCount(s.changeLog)} change-log entries`,
  legalCounts: (documents, tasks) =>
    `${formatCount(documents)} legal documents, ${formatCount(tasks)} review tasks`,
  notJson: 'The file is not JSON: choose a backup file Niêm yết made.',
  notABundle: (path, issue) =>
    `The file is not a valid Niêm yết backup${path ? ` (field “${path}”: ${issue})` : ''}.`,
  newerVersion: (version) =>
    `The file was made by a newer version (format ${version}): update the server first.`,
  confirm: 'I understand the current data will be replaced',
  restore: 'Restore',
  restoring: (percent) => `Sending the file… ${percent}%`,
  cancel: 'Cancel',
  restored: (r) =>
    `Restored: ${formatCount(r.decisions)} decisions, ${formatCount(r.baseline)} baseline procedures, ${formatCount(r.changeLog)} change-log entries, ${formatCount(r.legalDocuments)} legal documents.`,
  restoreOnlyAdmins: 'Only administrators can restore.',
};
