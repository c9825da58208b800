import type { DecisionAction } from '@niemyet/core';
import { DECISION_STATE_LABELS } from '@niemyet/core';
import { formatCount, formatDate } from './format';

/**
 * The review and issue workflow of a decision (console/src/decisions/review/): the actions the
 * server offers, approvals, the timeline, comments and the reviewer's screen. Vietnamese first.
 */

const list = (names: readonly string[]) => names.join(', ');

export const vi = {
  states: DECISION_STATE_LABELS.vi,
  itemActions: {
    new: 'Công bố mới',
    amended: 'Sửa đổi, bổ sung',
    abolished: 'Bãi bỏ',
  } satisfies Record<DecisionAction, string>,
  actions: {
    heading: 'Thao tác',
    submit: 'Gửi thẩm định',
    approve: 'Phê duyệt',
    requestChanges: 'Yêu cầu sửa',
    issue: 'Ban hành',
    withdraw: 'Rút quyết định',
    nationalDb: 'Ghi nhận ngày cập nhật lên CSDL quốc gia',
    none: 'Bạn không có thao tác nào với quyết định ở trạng thái này.',
    submitBlocked: (errors: number) =>
      `Chưa gửi thẩm định được: còn ${formatCount(errors)} lỗi kiểm tra phải sửa trước (xem «Kết quả kiểm tra»).`,
    nationalDbProgress: (done: number, total: number) =>
      `Đã cập nhật lên CSDL quốc gia ${formatCount(done)}/${formatCount(total)} mục.`,
    cancel: 'Hủy',
    close: 'Đóng',
    sending: 'Đang gửi…',
    reload: 'Tải lại quyết định',
    reloading: 'Đang tải lại…',
    done: {
      in_review: 'Đã gửi thẩm định.',
      approved: 'Đã phê duyệt.',
      changes_requested: 'Đã yêu cầu sửa.',
      issued: 'Đã ghi nhận ban hành.',
      withdrawn: 'Đã rút quyết định.',
      nationalDb: 'Đã ghi nhận ngày cập nhật lên CSDL quốc gia.',
    },
    // What to do after each refusal, below the sentence that says what went wrong.
    advice: {
      'stale-revision': 'Người khác vừa sửa quyết định. Hãy tải lại để xem phiên bản mới nhất rồi làm lại.',
      'stale-approvals':
        'Nội dung đã đổi sau khi được phê duyệt. Hãy tải lại; quyết định cần được phê duyệt lại trước khi ban hành.',
      'self-approval': 'Một người thẩm định khác phải phê duyệt phiên bản này.',
      'not-assigned-reviewer': (reviewers: readonly string[]) =>
        reviewers.length > 0 ? `Quyết định được gửi cho: ${list(reviewers)}.` : '',
      'validation-failed': 'Sửa các lỗi dưới đây rồi thử lại.',
      'invalid-transition': 'Trạng thái của quyết định đã thay đổi. Hãy tải lại.',
      immutable: 'Hãy tải lại để xem quyết định như hiện nay.',
    },
  },
  submit: {
    title: 'Gửi thẩm định',
    reviewers: 'Người thẩm định',
    anyReviewer: 'Bất kỳ người thẩm định nào',
    chosen: 'Chỉ những người được chọn',
    hint: 'Chỉ người được chọn mới cho ý kiến kết luận được. Bạn không tự thẩm định được dự thảo của mình.',
    loadingPeople: 'Đang tải danh sách người thẩm định…',
    peopleFailed: (reason: string) => `Không tải được danh sách người thẩm định: ${reason}`,
    noReviewers:
      'Chưa có tài khoản thẩm định nào khác ngoài bạn: quyết định sẽ chờ người thẩm định do quản trị viên thêm sau.',
    pickOne: 'Hãy chọn ít nhất một người, hoặc chọn «Bất kỳ người thẩm định nào».',
    note: 'Ghi chú cho người thẩm định (không bắt buộc)',
    confirm: 'Gửi thẩm định',
  },
  verdict: {
    approveTitle: (revision: number) => `Phê duyệt phiên bản ${formatCount(revision)}`,
    approveNote: 'Ý kiến (không bắt buộc)',
    approveConfirm: 'Phê duyệt',
    changesTitle: 'Yêu cầu sửa',
    changesNote: 'Cần sửa gì (bắt buộc)',
    changesRequired: 'Hãy ghi rõ cần sửa gì: người soạn thảo sẽ đọc ý kiến này.',
    changesConfirm: 'Yêu cầu sửa',
    withdrawTitle: 'Rút quyết định',
    withdrawNote: 'Lý do rút (bắt buộc)',
    withdrawRequired: 'Hãy ghi lý do rút quyết định.',
    withdrawWarning: 'Quyết định đã rút không sửa hay gửi lại được; muốn làm lại thì tạo dự thảo mới.',
    withdrawConfirm: 'Rút quyết định',
  },
  issue: {
    title: 'Ghi nhận ban hành',
    intro: 'Ghi lại quyết định như đã ký: số, người ký, ngày ký và ngày có hiệu lực.',
    number: 'Số quyết định',
    numberHint: 'Ví dụ: 2751/QĐ-UBND',
    numberRequired: 'Hãy nhập số quyết định như trên bản đã ký.',
    signer: 'Người ký',
    signedOn: 'Ngày ký',
    effectiveOn: 'Ngày có hiệu lực',
    dateHint: 'dd/mm/yyyy',
    dateRequired: 'Hãy nhập ngày (dd/mm/yyyy).',
    dateInvalid: (typed: string) => `«${typed}» không phải một ngày (dd/mm/yyyy).`,
    effectiveBeforeSigned: 'Ngày có hiệu lực đang trước ngày ký: hãy kiểm tra lại bản đã ký.',
    catalogueChanges: (effectiveOn: string | null) =>
      effectiveOn
        ? `Danh mục thủ tục thay đổi từ ngày có hiệu lực (${formatDate(effectiveOn)}), không phải từ ngày ký. Sau khi ghi nhận, quyết định không sửa được nữa.`
        : 'Danh mục thủ tục thay đổi từ ngày có hiệu lực, không phải từ ngày ký. Sau khi ghi nhận, quyết định không sửa được nữa.',
    plannedEffective: (date: string) => `Ngày có hiệu lực dự kiến: ${formatDate(date)}.`,
    confirm: 'Ghi nhận ban hành',
  },
  nationalDb: {
    title: 'Ghi nhận ngày cập nhật lên CSDL quốc gia',
    intro:
      'Ngày các thủ tục của quyết định được cập nhật (bãi bỏ: được gỡ) trên Cơ sở dữ liệu quốc gia về thủ tục hành chính.',
    on: 'Ngày cập nhật',
    scope: 'Áp dụng cho',
    allPending: (count: number) => `Tất cả các mục chưa ghi nhận (${formatCount(count)} mục)`,
    someItems: 'Chọn từng mục',
    items: 'Các mục',
    recordedOn: (date: string) => `đã ghi nhận ngày ${formatDate(date)}`,
    pickOne: 'Hãy chọn ít nhất một mục.',
    confirm: 'Ghi nhận',
  },
  approvals: {
    heading: 'Phê duyệt',
    sentTo: (reviewers: readonly string[]) => `Gửi thẩm định cho: ${list(reviewers)}.`,
    sentToAny: 'Gửi thẩm định cho bất kỳ người thẩm định nào.',
    none: 'Chưa có ai phê duyệt.',
    current: (revision: number | null) =>
      revision === null
        ? 'đã phê duyệt nội dung hiện tại'
        : `đã phê duyệt phiên bản ${formatCount(revision)}`,
    stale: (revision: number | null) =>
      revision === null
        ? 'đã phê duyệt một phiên bản trước, nay đã sửa'
        : `đã phê duyệt phiên bản ${formatCount(revision)}, nay đã sửa`,
    staleNote: 'Phê duyệt này không còn hiệu lực: nội dung đã sửa sau đó và cần được phê duyệt lại.',
    showDiff: (revision: number) => `Xem thay đổi từ phiên bản ${formatCount(revision)}`,
    hideDiff: 'Ẩn thay đổi',
    revisionsFailed: (reason: string) => `Không tải được các phiên bản: ${reason}`,
  },
  revisionDiff: {
    heading: (from: number, to: number) =>
      `Thay đổi từ phiên bản ${formatCount(from)} đến phiên bản ${formatCount(to)}`,
    loading: 'Đang tải hai phiên bản…',
    failed: (reason: string) => `Không tải được phiên bản để so sánh: ${reason}`,
    none: 'Hai phiên bản có nội dung như nhau.',
    header: 'Thông tin quyết định',
    added: 'Mục thêm vào',
    removed: 'Mục bỏ đi',
    changed: 'Mục thay đổi',
    before: 'Trước',
    after: 'Sau',
    fields: {
      number: 'Số quyết định',
      title: 'Trích yếu',
      issuer: 'Cơ quan ban hành',
      signer: 'Người ký',
      signedOn: 'Ngày ký',
      effectiveOn: 'Ngày có hiệu lực',
      legalBasis: 'Căn cứ ban hành',
      action: 'Loại thay đổi',
      reason: 'Lý do',
    },
    empty: '(trống)',
  },
  timeline: {
    heading: 'Diễn biến',
    empty: 'Chưa có diễn biến nào.',
    created: 'Tạo dự thảo',
    moved: (from: string, to: string) => `${from} → ${to}`,
    approval: (revision: number | null) =>
      revision === null ? 'Phê duyệt' : `Phê duyệt phiên bản ${formatCount(revision)}`,
    comment: 'Ý kiến',
  },
  comments: {
    heading: 'Ý kiến',
    none: 'Chưa có ý kiến nào.',
    onRevision: (revision: number) => `trên phiên bản ${formatCount(revision)}`,
    onDecision: 'về quyết định',
    onItem: (item: string) => `về mục ${item}`,
    onField: (item: string, field: string) => `về «${field}» của mục ${item}`,
    label: 'Ý kiến của bạn',
    labelOnItem: (item: string) => `Ý kiến của bạn về mục ${item}`,
    labelOnField: (field: string) => `Ý kiến của bạn về «${field}»`,
    send: 'Gửi ý kiến',
    sending: 'Đang gửi…',
    shortcut: 'Ctrl+Enter để gửi.',
    empty: 'Hãy viết ý kiến trước khi gửi.',
    readOnly: 'Quyết định đã ban hành hoặc đã rút: không nhận thêm ý kiến.',
    loading: 'Đang tải ý kiến…',
    failed: (reason: string) => `Không tải được ý kiến: ${reason}`,
    retry: 'Tải lại ý kiến',
  },
  review: {
    heading: 'Thẩm định',
    intro: (revision: number) =>
      `Bạn đang xem phiên bản ${formatCount(revision)}. Đọc từng mục, ghi ý kiến nếu cần, rồi kết luận ở cuối trang.`,
    items: (count: number) => `Các mục (${formatCount(count)})`,
    noItems: 'Quyết định chưa có mục nào.',
    itemTitle: (index: number, code: string | null, name: string) =>
      `Mục ${formatCount(index)}: ${code ?? 'Không có mã số'} — ${name}`,
    against: (date: string) => `So với phiên bản có hiệu lực ngày ${formatDate(date)}.`,
    catalogueLoading: 'Đang tải danh mục đang có hiệu lực để so sánh…',
    catalogueFailed: (reason: string) =>
      `Không tải được danh mục để so sánh (${reason}): nội dung đề xuất vẫn hiện dưới đây.`,
    catalogueRetry: 'Tải lại danh mục',
    notInForce: 'Thủ tục này không có trong danh mục ngày đó: xem «Kết quả kiểm tra».',
    noChanges: 'Mục này không đổi trường nào.',
    abolished: 'Thủ tục này bị bãi bỏ từ ngày quyết định có hiệu lực.',
    reason: 'Lý do',
    commentOnField: (field: string, count: number) =>
      count > 0 ? `Ý kiến về «${field}» (${formatCount(count)})` : `Ý kiến về «${field}»`,
    itemComments: 'Ý kiến về mục này',
    decisionComments: 'Ý kiến chung về quyết định',
    validation: 'Kết quả kiểm tra',
    noIssues: 'Không có lỗi hay cảnh báo.',
    error: 'Lỗi',
    warning: 'Cảnh báo',
    verdict: 'Kết luận thẩm định',
    noVerdict:
      'Bạn không cho ý kiến kết luận ở đây: quyết định không ở trạng thái đang thẩm định, bạn là người soạn phiên bản này, hoặc quyết định được gửi cho người khác.',
  },
};

export const en: typeof vi = {
  states: DECISION_STATE_LABELS.en,
  itemActions: {
    new: 'New',
    amended: 'Amended',
    abolished: 'Abolished',
  },
  actions: {
    heading: 'Actions',
    submit: 'Send for review',
    approve: 'Approve',
    requestChanges: 'Request changes',
    issue: 'Issue',
    withdraw: 'Withdraw',
    nationalDb: 'Record the national database update',
    none: 'You have no action on the decision in this state.',
    submitBlocked: (errors: number) =>
      `Cannot send for review yet: ${formatCount(errors)} validation error(s) must be fixed first (see “Checks”).`,
    nationalDbProgress: (done: number, total: number) =>
      `${formatCount(done)}/${formatCount(total)} items updated on the national database.`,
    cancel: 'Cancel',
    close: 'Close',
    sending: 'Sending…',
    reload: 'Reload the decision',
    reloading: 'Reloading…',
    done: {
      in_review: 'Sent for review.',
      approved: 'Approved.',
      changes_requested: 'Changes requested.',
      issued: 'Recorded as issued.',
      withdrawn: 'Withdrawn.',
      nationalDb: 'National database update recorded.',
    },
    advice: {
      'stale-revision':
        'Someone just changed the decision. Reload to see the latest revision, then do it again.',
      'stale-approvals':
        'The content changed after it was approved. Reload; the decision must be approved again before it is issued.',
      'self-approval': 'Another reviewer must approve this revision.',
      'not-assigned-reviewer': (reviewers: readonly string[]) =>
        reviewers.length > 0 ? `The decision was sent to: ${list(reviewers)}.` : '',
      'validation-failed': 'Fix the errors below and try again.',
      'invalid-transition': 'The state of the decision changed. Reload.',
      immutable: 'Reload to see the decision as it is now.',
    },
  },
  submit: {
    title: 'Send for review',
    reviewers: 'Reviewers',
    anyReviewer: 'Any reviewer',
    chosen: 'Only the people chosen',
    hint: 'Only the people chosen can give the verdict. You cannot review your own draft.',
    loadingPeople: 'Loading the reviewers…',
    peopleFailed: (reason: string) => `Could not load the reviewers: ${reason}`,
    noReviewers:
      'There is no reviewer account besides you: the decision will wait for a reviewer an administrator adds later.',
    pickOne: 'Choose at least one person, or choose “Any reviewer”.',
    note: 'Note for the reviewers (optional)',
    confirm: 'Send for review',
  },
  verdict: {
    approveTitle: (revision: number) => `Approve revision ${formatCount(revision)}`,
    approveNote: 'Comment (optional)',
    approveConfirm: 'Approve',
    changesTitle: 'Request changes',
    changesNote: 'What must change (required)',
    changesRequired: 'Say what must change: the drafter will read this.',
    changesConfirm: 'Request changes',
    withdrawTitle: 'Withdraw the decision',
    withdrawNote: 'Reason (required)',
    withdrawRequired: 'Give the reason for withdrawing.',
    withdrawWarning: 'A withdrawn decision cannot be edited or sent again; start a new draft to redo it.',
    withdrawConfirm: 'Withdraw',
  },
  issue: {
    title: 'Record as issued',
    intro: 'Record the decision as signed: number, signer, signing date and effective date.',
    number: 'Decision number',
    numberHint: 'E.g. 2751/QĐ-UBND',
    numberRequired: 'Enter the number as on the signed decision.',
    signer: 'Signer',
    signedOn: 'Signed on',
    effectiveOn: 'Effective on',
    dateHint: 'dd/mm/yyyy',
    dateRequired: 'Enter a date (dd/mm/yyyy).',
    dateInvalid: (typed: string) => `“${typed}” is not a date (dd/mm/yyyy).`,
    effectiveBeforeSigned: 'The effective date is before the signing date: check the signed decision.',
    catalogueChanges: (effectiveOn: string | null) =>
      effectiveOn
        ? `The catalogue changes on the effective date (${formatDate(effectiveOn)}), not on the signing date. Once recorded, the decision cannot be edited.`
        : 'The catalogue changes on the effective date, not on the signing date. Once recorded, the decision cannot be edited.',
    plannedEffective: (date: string) => `Planned effective date: ${formatDate(date)}.`,
    confirm: 'Record as issued',
  },
  nationalDb: {
    title: 'Record the national database update',
    intro:
      "The day the decision's procedures were entered on (abolished: removed from) the national database of administrative procedures.",
    on: 'Updated on',
    scope: 'Applies to',
    allPending: (count: number) => `Every item not yet recorded (${formatCount(count)})`,
    someItems: 'Choose items',
    items: 'Items',
    recordedOn: (date: string) => `recorded on ${formatDate(date)}`,
    pickOne: 'Choose at least one item.',
    confirm: 'Record',
  },
  approvals: {
    heading: 'Approvals',
    sentTo: (reviewers: readonly string[]) => `Sent for review to: ${list(reviewers)}.`,
    sentToAny: 'Sent for review to any reviewer.',
    none: 'No approval yet.',
    current: (revision: number | null) =>
      revision === null ? 'approved the current content' : `approved revision ${formatCount(revision)}`,
    stale: (revision: number | null) =>
      revision === null
        ? 'approved an earlier revision, since edited'
        : `approved revision ${formatCount(revision)}, since edited`,
    staleNote: 'This approval no longer counts: the content was edited after it and must be approved again.',
    showDiff: (revision: number) => `See the changes since revision ${formatCount(revision)}`,
    hideDiff: 'Hide the changes',
    revisionsFailed: (reason: string) => `Could not load the revisions: ${reason}`,
  },
  revisionDiff: {
    heading: (from: number, to: number) =>
      `Changes from revision ${formatCount(from)} to revision ${formatCount(to)}`,
    loading: 'Loading the two revisions…',
    failed: (reason: string) => `Could not load the revisions to compare: ${reason}`,
    none: 'The two revisions have the same content.',
    header: 'Decision details',
    added: 'Item added',
    removed: 'Item removed',
    changed: 'Item changed',
    before: 'Before',
    after: 'After',
    fields: {
      number: 'Number',
      title: 'Title',
      issuer: 'Issuer',
      signer: 'Signer',
      signedOn: 'Signed on',
      effectiveOn: 'Effective on',
      legalBasis: 'Legal basis',
      action: 'Kind of change',
      reason: 'Reason',
    },
    empty: '(empty)',
  },
  timeline: {
    heading: 'History',
    empty: 'Nothing has happened yet.',
    created: 'Draft created',
    moved: (from: string, to: string) => `${from} → ${to}`,
    approval: (revision: number | null) =>
      revision === null ? 'Approval' : `Approved revision ${formatCount(revision)}`,
    comment: 'Comment',
  },
  comments: {
    heading: 'Comments',
    none: 'No comments yet.',
    onRevision: (revision: number) => `on revision ${formatCount(revision)}`,
    onDecision: 'on the decision',
    onItem: (item: string) => `on item ${item}`,
    onField: (item: string, field: string) => `on “${field}” of item ${item}`,
    label: 'Your comment',
    labelOnItem: (item: string) => `Your comment on item ${item}`,
    labelOnField: (field: string) => `Your comment on “${field}”`,
    send: 'Send comment',
    sending: 'Sending…',
    shortcut: 'Ctrl+Enter sends.',
    empty: 'Write the comment before sending.',
    readOnly: 'The decision is issued or withdrawn: no more comments.',
    loading: 'Loading comments…',
    failed: (reason: string) => `Could not load the comments: ${reason}`,
    retry: 'Reload the comments',
  },
  review: {
    heading: 'Review',
    intro: (revision: number) =>
      `You are reading revision ${formatCount(revision)}. Read each item, comment where needed, then give the verdict at the end.`,
    items: (count: number) => `Items (${formatCount(count)})`,
    noItems: 'The decision has no items yet.',
    itemTitle: (index: number, code: string | null, name: string) =>
      `Item ${formatCount(index)}: ${code ?? 'No code'} — ${name}`,
    against: (date: string) => `Compared with the version in force on ${formatDate(date)}.`,
    catalogueLoading: 'Loading the catalogue in force to compare with…',
    catalogueFailed: (reason: string) =>
      `Could not load the catalogue to compare with (${reason}): the proposed content is shown below.`,
    catalogueRetry: 'Reload the catalogue',
    notInForce: 'This procedure is not in the catalogue on that date: see “Checks”.',
    noChanges: 'This item changes no field.',
    abolished: 'This procedure is abolished from the effective date of the decision.',
    reason: 'Reason',
    commentOnField: (field: string, count: number) =>
      count > 0 ? `Comments on “${field}” (${formatCount(count)})` : `Comment on “${field}”`,
    itemComments: 'Comments on this item',
    decisionComments: 'Comments on the decision',
    validation: 'Checks',
    noIssues: 'No errors or warnings.',
    error: 'Error',
    warning: 'Warning',
    verdict: 'Verdict',
    noVerdict:
      'You give no verdict here: the decision is not in review, you wrote this revision, or it was sent to other reviewers.',
  },
};
