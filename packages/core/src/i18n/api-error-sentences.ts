import { API_ERROR_CODES, type ApiErrorCode } from '../api/errors';
import { formatVietnameseNumber } from '../format/numbers';
import { defineMessages, pick } from './define-messages';
import type { Language } from './language';

/**
 * What each error code of the API means, in both languages: one table that the console, the
 * extension and the server read, so a refusal says the same thing wherever it is shown. The
 * console says `code` with `params` in the user's language; the server's `message` is the
 * Vietnamese sentence with the English one in brackets, for logs and curl users. A new code in
 * `API_ERROR_CODES` fails the type check here until both languages say it.
 */

/** The values a sentence reads: the error's `params` (and `retryAfter`, in seconds, for 429). */
export type ApiErrorParams = Readonly<Record<string, unknown>>;
export type ApiErrorSentence = (params: ApiErrorParams) => string;
export type ApiErrorSentences = Record<ApiErrorCode, ApiErrorSentence>;

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
/** Numbers in sentences use Vietnamese grouping in both languages (DESIGN §1: 1.853). */
const count = (value: number) => formatVietnameseNumber(value);
/** Seconds to wait before signing in again. */
const waitSeconds = (params: ApiErrorParams) => count(Number(params.retryAfter) || 0);
const field = (params: ApiErrorParams) => text(params.field);

const vi: ApiErrorSentences = {
  'bad-request': (p) => (field(p) ? `Dữ liệu không hợp lệ ở trường «${field(p)}».` : 'Dữ liệu không hợp lệ.'),
  unauthenticated: () => 'Phiên đăng nhập đã hết. Hãy đăng nhập lại.',
  'token-revoked': () => 'Mã truy cập đã bị thu hồi. Hãy tạo mã mới trong bảng điều khiển.',
  'host-not-allowed': (p) =>
    `Không theo dõi được địa chỉ «${text(p.host)}»: chỉ nhận http(s) tới máy chủ công khai.`,
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
    return `Máy chủ đã có ${count(conflicts)} quyết định với nội dung khác: không ghi gì. Quyết định đã ban hành không sửa được; hãy ghi nhận bằng một quyết định mới.`;
  },
  'document-exists': (p) => `Văn bản «${text(p.number)}» đã có trong danh mục văn bản.`,
  'task-closed': () => 'Nhiệm vụ rà soát đã hoàn thành, không sửa được nữa.',
  'task-linked': (p) => `Nhiệm vụ rà soát đã gắn với quyết định «${text(p.decisionId)}» đang xử lý.`,
  'checklist-changed': (p) =>
    `Danh sách cần niêm yết lại đã thay đổi (${count(Array.isArray(p.procedureIds) ? p.procedureIds.length : 0)} thủ tục không còn như đã chọn). Hãy tải lại và làm lại.`,
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
    p.limit ? `Tệp quá lớn: máy chủ nhận tối đa ${count(Number(p.limit))} byte.` : 'Tệp quá lớn.',
  'unsupported-media-type': () => 'Máy chủ không đọc được loại tệp này.',
  'comment-required': () => 'Cần ghi ý kiến.',
  'validation-failed': () => 'Quyết định chưa qua được kiểm tra.',
  'import-invalid': () => 'Tệp có lỗi: không ghi gì vào dữ liệu.',
  'restore-refused': () =>
    'Bản sao lưu hỏng, của phiên bản mới hơn hoặc sổ thay đổi không khớp: không khôi phục.',
  'password-too-short': (p) => `Mật khẩu phải có ít nhất ${text(p.min ?? 10)} ký tự.`,
  'too-many-requests': (p) => `Đăng nhập sai quá nhiều lần: thử lại sau ${waitSeconds(p)} giây.`,
  internal: () => 'Máy chủ gặp lỗi. Hãy thử lại hoặc báo cho quản trị viên.',
};

const en: ApiErrorSentences = {
  'bad-request': (p) => (field(p) ? `Invalid data in “${field(p)}”.` : 'Invalid data.'),
  unauthenticated: () => 'Your session has ended. Please sign in again.',
  'token-revoked': () => 'The access token was revoked. Create a new one in the console.',
  'host-not-allowed': (p) => `Cannot watch “${text(p.host)}”: only http(s) to a public host.`,
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
    return `The server holds ${count(conflicts)} of these decisions with other content: nothing was written. An issued decision cannot change; record the correction as a new decision.`;
  },
  'document-exists': (p) => `The document “${text(p.number)}” is registered already.`,
  'task-closed': () => 'The review task is done and cannot change.',
  'task-linked': (p) => `The review task is already carried by the live decision “${text(p.decisionId)}”.`,
  'checklist-changed': (p) =>
    `The re-posting checklist has changed (${count(Array.isArray(p.procedureIds) ? p.procedureIds.length : 0)} procedures are no longer as selected). Reload and try again.`,
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
      ? `The file is too large: the server takes at most ${count(Number(p.limit))} bytes.`
      : 'The file is too large.',
  'unsupported-media-type': () => 'The server cannot read this kind of file.',
  'comment-required': () => 'A comment is required.',
  'validation-failed': () => 'The decision does not pass the checks.',
  'import-invalid': () => 'The file has errors: nothing was written.',
  'restore-refused': () =>
    'The backup is damaged, of a newer version, or its change log does not verify: nothing was restored.',
  'password-too-short': (p) => `The password needs at least ${text(p.min ?? 10)} characters.`,
  'too-many-requests': (p) => `Too many failed sign-ins: try again in ${waitSeconds(p)} seconds.`,
  internal: () => 'The server failed. Try again or tell an administrator.',
};

export const API_ERROR_SENTENCES: Record<Language, ApiErrorSentences> = defineMessages(vi, en);

/** The sentence for a known code in `language`, its parameters filled in. */
export function apiErrorSentence(code: ApiErrorCode, params: ApiErrorParams, language: Language): string {
  return pick(API_ERROR_SENTENCES, language)[code](params);
}

/** The `message` the server sends with a known code: Vietnamese first, English in brackets. */
export function bilingualApiErrorMessage(code: ApiErrorCode, params: ApiErrorParams): string {
  return `${apiErrorSentence(code, params, 'vi')} (${apiErrorSentence(code, params, 'en')})`;
}

/** Whether a code read off the wire is one of the contract's (a newer server may send others). */
export function isApiErrorCode(code: string): code is ApiErrorCode {
  return (API_ERROR_CODES as readonly string[]).includes(code);
}
