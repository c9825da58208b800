import type { ApiErrorCode } from '@niemyet/core';
import { formatCount } from '../i18n/format';
import type { Language } from '../i18n/messages';
import { ApiError, type ClientErrorCode } from './api-error';

/**
 * What an error code means, in the user's language. The server's own `message` is for logs; a
 * screen says the code with its parameters here. Every code of the contract (core's
 * `API_ERROR_CODES`) and of the client must have a sentence in both languages: the types say
 * so. A code this build does not know (a newer server) still gets a sentence, with the
 * server's message appended so nothing it said is lost.
 */

type Say = (params: Record<string, unknown>, error: ApiError) => string;
type Sentences = Record<ApiErrorCode | ClientErrorCode, Say>;

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
/** Seconds to wait: the Retry-After header, else the `retryAfter` parameter. */
const waitSeconds = (error: ApiError) =>
  formatCount(error.retryAfter ?? (Number(error.params.retryAfter) || 0));
const field = (params: Record<string, unknown>) => text(params.field);

const vi: Sentences = {
  'bad-request': (p) => (field(p) ? `Dữ liệu không hợp lệ ở trường «${field(p)}».` : 'Dữ liệu không hợp lệ.'),
  unauthenticated: () => 'Phiên đăng nhập đã hết. Hãy đăng nhập lại.',
  'invalid-credentials': () => 'Sai tên đăng nhập hoặc mật khẩu (hoặc tài khoản đã bị khóa).',
  forbidden: () => 'Tài khoản của bạn không có quyền làm việc này.',
  'self-approval': () => 'Người soạn một phiên bản không được tự thẩm định phiên bản đó.',
  'not-assigned-reviewer': () =>
    'Quyết định được gửi cho người thẩm định khác: bạn không cho ý kiến kết luận được.',
  'workspace-not-empty': () => 'Chỉ nạp được dữ liệu mẫu vào máy chủ chưa có dữ liệu.',
  'origin-refused': () => 'Máy chủ từ chối yêu cầu đến từ trang khác.',
  'not-found': () => 'Không tìm thấy dữ liệu yêu cầu trên máy chủ.',
  'stale-revision': () => 'Nội dung đã được người khác sửa. Hãy tải lại rồi thử lại.',
  immutable: () => 'Quyết định đã ban hành hoặc đã rút không sửa được.',
  'invalid-transition': () => 'Quyết định không ở trạng thái cho phép thao tác này.',
  'stale-approvals': () => 'Các ý kiến thẩm định không còn khớp với nội dung hiện tại.',
  'import-conflict': (p) => {
    const conflicts = Array.isArray(p.conflicts) ? p.conflicts.length : 0;
    return `Máy chủ đã có ${formatCount(conflicts)} quyết định với nội dung khác: không ghi gì. Quyết định đã ban hành không sửa được; hãy ghi nhận bằng một quyết định mới.`;
  },
  'document-exists': (p) => `Văn bản «${text(p.number)}» đã có trong danh mục văn bản.`,
  'task-closed': () => 'Nhiệm vụ rà soát đã hoàn thành, không sửa được nữa.',
  'task-linked': (p) => `Nhiệm vụ rà soát đã gắn với quyết định «${text(p.decisionId)}» đang xử lý.`,
  'document-without-date': (p) =>
    `Văn bản «${text(p.number)}» có quan hệ sửa đổi/thay thế/bãi bỏ nhưng chưa có ngày hiệu lực hoặc ngày ban hành: không tính được hạn rà soát.`,
  'no-deadline-rule': (p) => `Không có quy tắc thời hạn công bố cho «${text(p.issuerKind)}».`,
  'reason-required': () => 'Cần ghi lý do cho kết quả rà soát.',
  'nothing-to-draft': () =>
    'Các nhiệm vụ đã chọn không cần quyết định nào (giữ nguyên, không xử lý, hoặc thủ tục đã hết hiệu lực).',
  'username-taken': (p) => `Tên đăng nhập «${text(p.username)}» đã có người dùng.`,
  'setup-done': () => 'Máy chủ đã có quản trị viên: hãy đăng nhập.',
  'setup-token-invalid': () =>
    'Liên kết cài đặt không đúng, đã dùng hoặc đã hết hạn. Hãy dùng liên kết máy chủ vừa in ra.',
  'payload-too-large': (p) =>
    p.limit ? `Tệp quá lớn: máy chủ nhận tối đa ${formatCount(Number(p.limit))} byte.` : 'Tệp quá lớn.',
  'unsupported-media-type': () => 'Máy chủ không đọc được loại tệp này.',
  'comment-required': () => 'Cần ghi ý kiến.',
  'validation-failed': () => 'Quyết định chưa qua được kiểm tra.',
  'import-invalid': () => 'Tệp có lỗi: không ghi gì vào dữ liệu.',
  'restore-refused': () =>
    'Bản sao lưu hỏng, của phiên bản mới hơn hoặc sổ thay đổi không khớp: không khôi phục.',
  'password-too-short': (p) => `Mật khẩu phải có ít nhất ${text(p.min ?? 10)} ký tự.`,
  'too-many-requests': (_p, e) => `Đăng nhập sai quá nhiều lần: thử lại sau ${waitSeconds(e)} giây.`,
  internal: () => 'Máy chủ gặp lỗi. Hãy thử lại hoặc báo cho quản trị viên.',
  'network-error': () => 'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.',
  'invalid-response': () => 'Máy chủ trả lời không đúng định dạng. Hãy báo cho quản trị viên.',
  'invalid-request': (p) =>
    field(p) ? `Dữ liệu không hợp lệ ở trường «${field(p)}»: chưa gửi lên máy chủ.` : 'Dữ liệu không hợp lệ.',
  aborted: () => 'Đã hủy.',
};

const en: Sentences = {
  'bad-request': (p) => (field(p) ? `Invalid data in “${field(p)}”.` : 'Invalid data.'),
  unauthenticated: () => 'Your session has ended. Please sign in again.',
  'invalid-credentials': () => 'Wrong username or password (or the account is disabled).',
  forbidden: () => 'Your account is not allowed to do this.',
  'self-approval': () => 'The author of a revision cannot approve it.',
  'not-assigned-reviewer': () => 'The decision was sent to other reviewers: you cannot give the verdict.',
  'workspace-not-empty': () => 'The demo loads only into a server with no data yet.',
  'origin-refused': () => 'The server refused a request coming from another site.',
  'not-found': () => 'The server has no such record.',
  'stale-revision': () => 'Someone else changed this meanwhile. Reload and try again.',
  immutable: () => 'An issued or withdrawn decision cannot change.',
  'invalid-transition': () => 'The decision is not in a state that allows this.',
  'stale-approvals': () => 'The approvals no longer match the current content.',
  'import-conflict': (p) => {
    const conflicts = Array.isArray(p.conflicts) ? p.conflicts.length : 0;
    return `The server holds ${formatCount(conflicts)} of these decisions with other content: nothing was written. An issued decision cannot change; record the correction as a new decision.`;
  },
  'document-exists': (p) => `The document “${text(p.number)}” is registered already.`,
  'task-closed': () => 'The review task is done and cannot change.',
  'task-linked': (p) => `The review task is already carried by the live decision “${text(p.decisionId)}”.`,
  'document-without-date': (p) =>
    `The document “${text(p.number)}” amends, replaces or abolishes others but has no effective or issue date: no review deadline can be counted.`,
  'no-deadline-rule': (p) => `No publication deadline rule applies to “${text(p.issuerKind)}”.`,
  'reason-required': () => 'A review outcome needs its reason.',
  'nothing-to-draft': () =>
    'The chosen tasks need no decision (kept, no action, or their procedures have ended).',
  'username-taken': (p) => `The username “${text(p.username)}” is taken.`,
  'setup-done': () => 'The server already has an administrator: sign in.',
  'setup-token-invalid': () =>
    'The setup link is wrong, used or expired. Use the link the server just printed.',
  'payload-too-large': (p) =>
    p.limit
      ? `The file is too large: the server takes at most ${formatCount(Number(p.limit))} bytes.`
      : 'The file is too large.',
  'unsupported-media-type': () => 'The server cannot read this kind of file.',
  'comment-required': () => 'A comment is required.',
  'validation-failed': () => 'The decision does not pass the checks.',
  'import-invalid': () => 'The file has errors: nothing was written.',
  'restore-refused': () =>
    'The backup is damaged, of a newer version, or its change log does not verify: nothing was restored.',
  'password-too-short': (p) => `The password needs at least ${text(p.min ?? 10)} characters.`,
  'too-many-requests': (_p, e) => `Too many failed sign-ins: try again in ${waitSeconds(e)} seconds.`,
  internal: () => 'The server failed. Try again or tell an administrator.',
  'network-error': () => 'Cannot reach the server. Check the network and try again.',
  'invalid-response': () => 'The server answered in an unexpected format. Tell an administrator.',
  'invalid-request': (p) =>
    field(p) ? `Invalid data in “${field(p)}”: not sent to the server.` : 'Invalid data.',
  aborted: () => 'Cancelled.',
};

const SENTENCES: Record<Language, Partial<Record<string, Say>>> = { vi, en };

const unknownCode: Record<Language, (error: ApiError) => string> = {
  vi: (error) =>
    `Máy chủ báo lỗi (${error.code}${error.status ? `, HTTP ${error.status}` : ''})${detail(error)}`,
  en: (error) =>
    `The server reported an error (${error.code}${error.status ? `, HTTP ${error.status}` : ''})${detail(error)}`,
};

function detail(error: ApiError): string {
  return error.message && error.message !== error.code ? `: ${error.message}` : '.';
}

/** Any error a call can throw, as one sentence in `language`. */
export function errorMessage(error: unknown, language: Language): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const say = SENTENCES[language][error.code];
  if (say) return say(error.params, error);
  // A throttling answer with a code we do not know still says when to try again.
  if (error.status === 429) return SENTENCES[language]['too-many-requests']!(error.params, error);
  return unknownCode[language](error);
}
