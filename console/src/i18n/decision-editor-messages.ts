import type { ValidationIssue } from '@niemyet/core';
import { DECISION_STATE_LABELS } from '@niemyet/core';
import { formatCount, formatDate, formatDateTime } from './format';

/** The item an issue is about, as the sentence names it (code and name), or null for the decision. */
type IssueItem = { code: string | null; name: string } | null;

/** The decision editor (`#/decisions/$id`): Vietnamese first; `en` has the same shape. */

export const vi = {
  loading: 'Đang tải quyết định…',
  notFound:
    'Không có quyết định này (có thể đã bị xoá hoặc địa chỉ bị gõ sai). Hãy mở lại từ danh sách quyết định.',
  loadFailed: (reason: string) => `Không tải được quyết định: ${reason}`,
  backToList: 'Về danh sách quyết định',
  draftTitle: 'Dự thảo quyết định công bố',
  untitled: '(chưa có trích yếu)',
  view: {
    label: 'Cách xem quyết định',
    edit: 'Soạn thảo',
    content: 'Nội dung',
    review: 'Thẩm định',
    workflow: 'Quy trình',
    savingFirst: 'Đang lưu các chỉnh sửa: các thao tác quy trình sẽ dùng được khi đã lưu xong.',
    comments: 'Ý kiến về quyết định',
  },
  states: DECISION_STATE_LABELS.vi as Record<string, string>,
  readOnly: {
    issued: 'Quyết định đã ban hành: chỉ xem, không sửa được. Sai sót được sửa bằng một quyết định mới.',
    withdrawn: 'Quyết định đã rút: chỉ xem. Hãy tạo dự thảo mới nếu cần.',
    noPermission: 'Tài khoản của bạn chỉ được xem quyết định này (không có quyền soạn thảo).',
  },
  header: {
    heading: 'Thông tin quyết định',
    title: 'Trích yếu',
    issuer: 'Cơ quan ban hành',
    signer: 'Người ký (dự kiến)',
    signerIssued: 'Người ký',
    effectiveOn: 'Ngày có hiệu lực (dự kiến)',
    effectiveOnIssued: 'Ngày có hiệu lực',
    number: 'Số quyết định',
    signedOn: 'Ngày ký',
    scope: 'Phạm vi',
    agency: 'Cơ quan thực hiện',
    fields: 'Lĩnh vực (mỗi dòng một lĩnh vực)',
    levels: 'Cấp thực hiện',
    legalBasis: 'Căn cứ ban hành quyết định',
    noLegalBasis: 'Chưa nêu văn bản căn cứ.',
    docNumber: 'Số hiệu văn bản',
    docTitle: 'Trích yếu văn bản',
    docIssuedOn: 'Ngày ban hành',
    addDocument: 'Thêm văn bản căn cứ',
    removeDocument: (n: number) => `Bỏ văn bản căn cứ thứ ${formatCount(n)}`,
    none: '—',
  },
  date: {
    hint: 'dd/mm/yyyy',
    invalid: (text: string) =>
      `«${text}» không phải ngày hợp lệ; hãy gõ theo dạng dd/mm/yyyy, ví dụ 31/12/2026.`,
  },
  items: {
    heading: 'Danh mục thủ tục hành chính',
    empty: 'Chưa có thủ tục nào: thêm thủ tục mới, sửa đổi hoặc bãi bỏ.',
    total: (n: number) => `${formatCount(n)} thủ tục`,
    actions: {
      new: 'Thủ tục hành chính mới ban hành',
      amended: 'Thủ tục hành chính được sửa đổi, bổ sung',
      abolished: 'Thủ tục hành chính bị bãi bỏ',
    },
    noLevel: 'Chưa rõ cấp thực hiện',
    level: (label: string) => `Cấp thực hiện: ${label}`,
    noField: 'Chưa rõ lĩnh vực',
    field: (field: string) => `Lĩnh vực: ${field}`,
    count: (n: number) => `(${formatCount(n)})`,
    addNew: 'Thêm thủ tục mới',
    addAmended: 'Thêm thủ tục sửa đổi',
    addAbolished: 'Thêm thủ tục bãi bỏ',
    paste: 'Dán từ bảng tính',
    edit: 'Sửa',
    view: 'Xem',
    close: 'Thu gọn',
    remove: 'Bỏ khỏi quyết định',
    removeNamed: (label: string) => `Bỏ thủ tục ${label} khỏi quyết định`,
    noCode: 'Không có mã số',
    /** An item named in a label or a list: its code as written (or none) and its name. */
    name: (item: { code: string | null; rawCode: string | null; name: string }) =>
      `${item.rawCode ?? item.code ?? 'Không có mã số'} — ${item.name}`,
    changedFields: (n: number) => (n === 0 ? 'chưa sửa nội dung nào' : `sửa ${formatCount(n)} nội dung`),
    issues: (n: number) => `${formatCount(n)} vấn đề`,
    reason: 'Lý do',
    causeDocument: 'Văn bản quy định việc bãi bỏ',
    diffHeading: 'Thay đổi so với bản đang có hiệu lực',
    noDiff: 'Chưa có nội dung nào khác bản đang có hiệu lực.',
    notInForce:
      'Không tìm thấy thủ tục này trong danh mục đang có hiệu lực vào ngày có hiệu lực của quyết định.',
    catalogueLoading: 'Đang tải danh mục đang có hiệu lực…',
    catalogueFailed: (reason: string) => `Không tải được danh mục đang có hiệu lực: ${reason}`,
    code: 'Mã thủ tục (để trống nếu chưa có)',
    methods: {
      channel: 'Cách thức',
      processingTime: 'Thời hạn giải quyết',
      fees: 'Phí, lệ phí',
      add: 'Thêm cách thức thực hiện',
      remove: (n: number) => `Bỏ cách thức thứ ${formatCount(n)}`,
    },
    dossier: {
      name: 'Tên giấy tờ',
      originals: 'Bản chính',
      copies: 'Bản sao',
      add: 'Thêm giấy tờ',
      remove: (n: number) => `Bỏ giấy tờ thứ ${formatCount(n)}`,
    },
    legalBasisLines: 'Mỗi dòng một số hiệu văn bản',
    onlineService: { none: 'Không', partial: 'Một phần', full: 'Toàn trình', unset: '(chưa rõ)' } as Record<
      string,
      string
    >,
  },
  picker: {
    amendedTitle: 'Chọn thủ tục sửa đổi, bổ sung',
    abolishedTitle: 'Chọn thủ tục bãi bỏ',
    search: 'Tìm theo mã hoặc tên thủ tục',
    asOf: (date: string) => `Danh mục đang có hiệu lực ngày ${formatDate(date)}`,
    noDate: 'Quyết định chưa có ngày có hiệu lực: danh mục dùng là danh mục hôm nay.',
    results: (shown: number, total: number) =>
      shown < total
        ? `${formatCount(shown)} / ${formatCount(total)} thủ tục; hãy gõ thêm để thu hẹp`
        : `${formatCount(total)} thủ tục`,
    none: 'Không có thủ tục nào khớp. Hãy thử mã số hoặc vài chữ trong tên.',
    already: 'đã có trong quyết định',
    pick: 'Chọn',
    selected: (n: number) => `Đã chọn ${formatCount(n)} thủ tục`,
    document: 'Văn bản quy định việc bãi bỏ',
    documentHint: 'Số hiệu, trích yếu và ngày ban hành của văn bản làm thủ tục bị bãi bỏ.',
    addAbolished: (n: number) => `Thêm ${formatCount(n)} thủ tục bãi bỏ`,
    cancel: 'Huỷ',
  },
  newItem: {
    title: 'Thêm thủ tục mới ban hành',
    name: 'Tên thủ tục',
    nameRequired: 'Cần tên thủ tục.',
    add: 'Thêm và soạn tiếp',
  },
  paste: {
    title: 'Dán các dòng từ bảng tính',
    help: 'Dán các dòng (kèm dòng tiêu đề nếu có) theo các cột của danh sách quyết định: Hình thức, Mã TTHC, Tên TTHC, Cấp thực hiện, Lĩnh vực, Cơ quan thực hiện, Căn cứ pháp lý…',
    text: 'Các dòng đã sao chép',
    read: 'Đọc các dòng',
    good: (good: number, all: number) => `${formatCount(good)} / ${formatCount(all)} dòng hợp lệ.`,
    problems: (n: number) =>
      `${formatCount(n)} lỗi: sửa các dòng trong ô trên rồi đọc lại, hoặc bỏ các dòng lỗi.`,
    row: 'Dòng',
    column: 'Cột',
    problem: 'Lỗi',
    wholeRow: '(cả dòng)',
    addAll: (n: number) => `Thêm ${formatCount(n)} thủ tục`,
    dropBad: (n: number) => `Bỏ các dòng lỗi, thêm ${formatCount(n)} dòng hợp lệ`,
    nothing: 'Không có dòng nào để thêm.',
  },
  validation: {
    heading: 'Kiểm tra',
    ok: 'Không có lỗi nào: quyết định trình duyệt được.',
    summary: (errors: number, warnings: number) =>
      `${formatCount(errors)} lỗi (phải sửa trước khi trình), ${formatCount(warnings)} cảnh báo.`,
    error: 'Lỗi',
    warning: 'Cảnh báo',
    goTo: 'Đến thủ tục',
    local: 'Kiểm tra ngay trên máy theo danh mục đang có hiệu lực; máy chủ kiểm tra lại khi lưu.',
    /** Core words its findings in Vietnamese, with every value in them: shown as they are. */
    describe: (issue: ValidationIssue, _item: IssueItem) => issue.message,
  },
  save: {
    saving: 'Đang lưu…',
    savedAt: (at: string) => `Đã lưu lúc ${formatDateTime(at).slice(0, 5)}`,
    saved: 'Đã lưu',
    unsaved: 'Chưa lưu',
    failed: (reason: string) => `Chưa lưu: ${reason}`,
    retry: 'Lưu lại',
    leave: 'Có thay đổi chưa lưu. Rời trang thì các thay đổi này sẽ mất. Vẫn rời trang?',
  },
  conflict: {
    heading: 'Quyết định vừa được lưu ở nơi khác',
    intro: (revision: number) =>
      `Trong khi bạn sửa, máy chủ đã có phiên bản ${formatCount(revision)}. Chưa có gì bị ghi đè: hãy xem hai bên rồi chọn.`,
    theirs: 'Thay đổi trên máy chủ',
    mine: 'Thay đổi của bạn chưa lưu',
    takeTheirs: 'Tải bản mới',
    takeTheirsHint: 'Bỏ các thay đổi của bạn, dùng bản trên máy chủ.',
    keepMine: 'Giữ bản của tôi',
    keepMineHint: 'Áp các thay đổi của bạn lên bản mới nhất và lưu thành phiên bản mới.',
    loadFailed: (reason: string) => `Không tải được bản trên máy chủ: ${reason}`,
  },
  diff: {
    nothing: 'Không có thay đổi.',
    headerChanged: 'Thông tin quyết định',
    added: 'Thêm',
    removed: 'Bỏ',
    changed: 'Sửa',
    itemOther: 'Đổi hình thức, lý do hoặc văn bản liên quan.',
  },
  revisions: {
    show: 'Các phiên bản',
    hide: 'Đóng các phiên bản',
    heading: 'Các phiên bản đã lưu',
    loading: 'Đang tải các phiên bản…',
    failed: (reason: string) => `Không tải được các phiên bản: ${reason}`,
    revision: 'Phiên bản',
    author: 'Người lưu',
    savedAt: 'Lúc lưu',
    items: 'Số thủ tục',
    open: (n: number) => `Xem phiên bản ${formatCount(n)}`,
    opened: (n: number) => `Phiên bản ${formatCount(n)} (chỉ xem)`,
    compareWith: 'So với phiên bản',
    none: '(không so sánh)',
    close: 'Đóng phiên bản',
    label: (n: number) => `Phiên bản ${formatCount(n)}`,
  },
};

export const en: typeof vi = {
  loading: 'Loading the decision…',
  notFound:
    'There is no such decision (it may have been removed, or the address is mistyped). Open it again from the list of decisions.',
  loadFailed: (reason: string) => `Could not load the decision: ${reason}`,
  backToList: 'Back to the decisions',
  draftTitle: 'Draft publication decision',
  untitled: '(no title yet)',
  view: {
    label: 'How to look at the decision',
    edit: 'Edit',
    content: 'Content',
    review: 'Review',
    workflow: 'Workflow',
    savingFirst: 'Saving your edits: the workflow actions are available once they are saved.',
    comments: 'Comments on the decision',
  },
  states: DECISION_STATE_LABELS.en as Record<string, string>,
  readOnly: {
    issued: 'This decision is issued: it can be read, not changed. A mistake is corrected by a new decision.',
    withdrawn: 'This decision is withdrawn: read only. Start a new draft if needed.',
    noPermission: 'Your account may only read this decision (it has no drafting permission).',
  },
  header: {
    heading: 'Decision',
    title: 'Title',
    issuer: 'Issuing body',
    signer: 'Signer (planned)',
    signerIssued: 'Signer',
    effectiveOn: 'Effective date (planned)',
    effectiveOnIssued: 'Effective date',
    number: 'Number',
    signedOn: 'Signed on',
    scope: 'Scope',
    agency: 'Implementing agency',
    fields: 'Fields (one per line)',
    levels: 'Levels',
    legalBasis: 'Legal basis of the decision',
    noLegalBasis: 'No legal basis given yet.',
    docNumber: 'Document number',
    docTitle: 'Document title',
    docIssuedOn: 'Issued on',
    addDocument: 'Add a legal basis document',
    removeDocument: (n: number) => `Remove legal basis document ${formatCount(n)}`,
    none: '—',
  },
  date: {
    hint: 'dd/mm/yyyy',
    invalid: (text: string) => `«${text}» is not a valid date; type it as dd/mm/yyyy, e.g. 31/12/2026.`,
  },
  items: {
    heading: 'Administrative procedures',
    empty: 'No procedures yet: add a new, amended or abolished procedure.',
    total: (n: number) => `${formatCount(n)} procedures`,
    actions: {
      new: 'New procedures',
      amended: 'Amended procedures',
      abolished: 'Abolished procedures',
    },
    noLevel: 'Level not known',
    level: (label: string) => `Level: ${label}`,
    noField: 'Field not known',
    field: (field: string) => `Field: ${field}`,
    count: (n: number) => `(${formatCount(n)})`,
    addNew: 'Add a new procedure',
    addAmended: 'Add an amended procedure',
    addAbolished: 'Add an abolished procedure',
    paste: 'Paste from a spreadsheet',
    edit: 'Edit',
    view: 'View',
    close: 'Collapse',
    remove: 'Remove from the decision',
    removeNamed: (label: string) => `Remove ${label} from the decision`,
    noCode: 'No code',
    name: (item: { code: string | null; rawCode: string | null; name: string }) =>
      `${item.rawCode ?? item.code ?? 'No code'} — ${item.name}`,
    changedFields: (n: number) => (n === 0 ? 'nothing changed yet' : `${formatCount(n)} fields changed`),
    issues: (n: number) => `${formatCount(n)} issues`,
    reason: 'Reason',
    causeDocument: 'Document abolishing it',
    diffHeading: 'Changes against the version in force',
    noDiff: 'Nothing differs from the version in force yet.',
    notInForce: 'This procedure is not in the catalogue in force on the decision’s effective date.',
    catalogueLoading: 'Loading the catalogue in force…',
    catalogueFailed: (reason: string) => `Could not load the catalogue in force: ${reason}`,
    code: 'Procedure code (empty if none yet)',
    methods: {
      channel: 'Method',
      processingTime: 'Processing time',
      fees: 'Fees',
      add: 'Add a submission method',
      remove: (n: number) => `Remove method ${formatCount(n)}`,
    },
    dossier: {
      name: 'Document',
      originals: 'Originals',
      copies: 'Copies',
      add: 'Add a document',
      remove: (n: number) => `Remove document ${formatCount(n)}`,
    },
    legalBasisLines: 'One document number per line',
    onlineService: { none: 'None', partial: 'Partial', full: 'Full', unset: '(unknown)' },
  },
  picker: {
    amendedTitle: 'Choose the procedure to amend',
    abolishedTitle: 'Choose the procedures to abolish',
    search: 'Search by code or name',
    asOf: (date: string) => `Catalogue in force on ${formatDate(date)}`,
    noDate: 'The decision has no effective date: today’s catalogue is used.',
    results: (shown: number, total: number) =>
      shown < total
        ? `${formatCount(shown)} of ${formatCount(total)} procedures; type more to narrow`
        : `${formatCount(total)} procedures`,
    none: 'No procedure matches. Try a code or a few words of the name.',
    already: 'already in the decision',
    pick: 'Choose',
    selected: (n: number) => `${formatCount(n)} chosen`,
    document: 'Document abolishing them',
    documentHint: 'Number, title and date of the document that abolishes these procedures.',
    addAbolished: (n: number) => `Add ${formatCount(n)} abolished procedures`,
    cancel: 'Cancel',
  },
  newItem: {
    title: 'Add a new procedure',
    name: 'Procedure name',
    nameRequired: 'A name is required.',
    add: 'Add and continue',
  },
  paste: {
    title: 'Paste rows from a spreadsheet',
    help: 'Paste the rows (with their header row if you have it) in the decision-list columns: action, code, name, level, field, agency, legal basis…',
    text: 'Copied rows',
    read: 'Read the rows',
    good: (good: number, all: number) => `${formatCount(good)} of ${formatCount(all)} rows are valid.`,
    problems: (n: number) =>
      `${formatCount(n)} problems: fix the rows above and read again, or drop the bad rows.`,
    row: 'Row',
    column: 'Column',
    problem: 'Problem',
    wholeRow: '(whole row)',
    addAll: (n: number) => `Add ${formatCount(n)} procedures`,
    dropBad: (n: number) => `Drop the bad rows, add ${formatCount(n)} valid rows`,
    nothing: 'No rows to add.',
  },
  validation: {
    heading: 'Checks',
    ok: 'No errors: the decision can be submitted.',
    summary: (errors: number, warnings: number) =>
      `${formatCount(errors)} errors (fix before submitting), ${formatCount(warnings)} warnings.`,
    error: 'Error',
    warning: 'Warning',
    goTo: 'Go to the procedure',
    local: 'Checked here against the catalogue in force; the server checks again on saving.',
    /** Core's findings said again in English by code; one this build does not know keeps core's sentence. */
    describe: (issue: ValidationIssue, item: IssueItem) => {
      const label = item ? `${item.code ?? 'no code'} “${item.name}”` : '';
      switch (issue.code) {
        case 'missing-effective-date':
          return 'The decision has no effective date yet.';
        case 'no-items':
          return 'The decision has no procedures yet.';
        case 'duplicate-procedure':
          return `Procedure ${label} appears more than once in the decision.`;
        case 'code-already-active':
          return `Procedure ${label} is published as new but is already in the catalogue in force on the effective date.`;
        case 'not-active':
          return `Procedure ${label} is amended or abolished but is not in the catalogue in force on the effective date.`;
        case 'amended-without-change':
          return `Procedure ${label} is amended but nothing in it differs from the version in force.`;
        case 'no-legal-basis':
          return `Procedure ${label} has no legal basis (nor does the decision).`;
        case 'abolished-without-document':
          return `Procedure ${label} is abolished but the abolishing document is not given.`;
        default:
          return issue.code.startsWith('deadline-')
            ? `Procedure ${label}: a statutory deadline is missed (${issue.message})`
            : issue.message;
      }
    },
  },
  save: {
    saving: 'Saving…',
    savedAt: (at: string) => `Saved at ${formatDateTime(at).slice(0, 5)}`,
    saved: 'Saved',
    unsaved: 'Not saved',
    failed: (reason: string) => `Not saved: ${reason}`,
    retry: 'Save again',
    leave: 'There are unsaved changes. Leaving loses them. Leave anyway?',
  },
  conflict: {
    heading: 'The decision was just saved elsewhere',
    intro: (revision: number) =>
      `While you were editing, the server got revision ${formatCount(revision)}. Nothing was overwritten: compare both, then choose.`,
    theirs: 'Changes on the server',
    mine: 'Your unsaved changes',
    takeTheirs: 'Load the new version',
    takeTheirsHint: 'Discard your changes and take the server’s version.',
    keepMine: 'Keep my version',
    keepMineHint: 'Apply your changes on top of the newest version and save them as a new revision.',
    loadFailed: (reason: string) => `Could not load the server’s version: ${reason}`,
  },
  diff: {
    nothing: 'No changes.',
    headerChanged: 'Decision details',
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    itemOther: 'Action, reason or related document changed.',
  },
  revisions: {
    show: 'Revisions',
    hide: 'Close revisions',
    heading: 'Saved revisions',
    loading: 'Loading the revisions…',
    failed: (reason: string) => `Could not load the revisions: ${reason}`,
    revision: 'Revision',
    author: 'Saved by',
    savedAt: 'Saved at',
    items: 'Procedures',
    open: (n: number) => `Open revision ${formatCount(n)}`,
    opened: (n: number) => `Revision ${formatCount(n)} (read only)`,
    compareWith: 'Compare with revision',
    none: '(no comparison)',
    close: 'Close the revision',
    label: (n: number) => `Revision ${formatCount(n)}`,
  },
};
