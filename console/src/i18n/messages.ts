import type { Language } from '@niemyet/core';
import type { ImportPhase } from '../import/import-decision-file';
import * as backupMessages from './backup-messages';
import * as catalogueFilterMessages from './catalogue-filter-messages';
import * as changesMessages from './changes-messages';
import * as decisionEditorMessages from './decision-editor-messages';
import * as decisionListMessages from './decision-list-messages';
import * as demoMessages from './demo-messages';
import * as documentsMessages from './documents-messages';
import * as downloadMessages from './download-messages';
import { formatCount, formatDate, formatDateTime, hashPrefix } from './format';
import * as portalsMessages from './portals-messages';
import * as postingMessages from './posting-messages';
import * as procedureMessages from './procedure-messages';
import * as reportsMessages from './reports-messages';
import * as reviewMessages from './review-messages';
import * as reviewsMessages from './reviews-messages';
import * as routeStateMessages from './route-state-messages';

/**
 * Every word the console shows, Vietnamese first. `en` must have the same shape as `vi`
 * (the type says so), so a screen cannot show a message that exists in one language only.
 * Messages that hold values are functions; numbers and dates go through `format.ts`.
 */

const vi = {
  decisionEditor: decisionEditorMessages.vi,
  routeState: routeStateMessages.vi,
  procedure: procedureMessages.vi,
  backup: backupMessages.vi,
  decisionList: decisionListMessages.vi,
  catalogueFilters: catalogueFilterMessages.vi,
  reviews: reviewsMessages.vi,
  portals: portalsMessages.vi,
  posting: postingMessages.vi,
  app: {
    title: 'Niêm yết — Bảng điều khiển',
    intro: 'Quản lý quyết định công bố thủ tục hành chính, rà soát văn bản và nhật ký thay đổi.',
    toggle: 'English',
    toggleLabel: 'Switch the console to English',
    nav: 'Mục chính',
    navCatalogue: 'Danh mục',
    navImport: 'Nhập quyết định',
    navPublications: 'Công bố',
    navUsers: 'Người dùng',
    navActivity: 'Nhật ký hoạt động',
    navBackup: 'Sao lưu',
    loading: 'Đang tải…',
    notFound: 'Không có trang này.',
    retry: 'Thử lại',
    unreachable: (reason: string) => `Không hỏi được máy chủ: ${reason}`,
    notAllowed: 'Tài khoản của bạn không có quyền xem trang này.',
  },
  session: {
    signInHeading: 'Đăng nhập',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    signIn: 'Đăng nhập',
    signingIn: 'Đang đăng nhập…',
    signOut: 'Đăng xuất',
    signedInAs: 'Đang đăng nhập:',
    expired: 'Phiên đăng nhập đã hết. Hãy đăng nhập lại để tiếp tục ở trang vừa xem.',
    throttled: (seconds: number) => `Đăng nhập sai quá nhiều lần: thử lại sau ${formatCount(seconds)} giây.`,
    setupNeeded:
      'Máy chủ chưa có quản trị viên. Hãy mở liên kết cài đặt mà máy chủ in ra khi khởi động (…/#/setup?token=…).',
    setupHeading: 'Cài đặt lần đầu: tạo quản trị viên',
    setupExplain:
      'Chọn tên đăng nhập và mật khẩu của quản trị viên đầu tiên. Quản trị viên sẽ tạo tài khoản cho những người khác.',
    setupNoToken: 'Liên kết cài đặt thiếu mã. Hãy mở đúng liên kết mà máy chủ in ra.',
    adminUsername: 'Tên đăng nhập của quản trị viên',
    newPassword: (min: number) => `Mật khẩu (ít nhất ${min} ký tự)`,
    passwordAgain: 'Nhập lại mật khẩu',
    passwordTooShort: (min: number) => `Mật khẩu phải có ít nhất ${min} ký tự.`,
    passwordsDiffer: 'Hai lần nhập mật khẩu không giống nhau.',
    usernameRule: 'Tên đăng nhập gồm 2–64 chữ cái, chữ số, dấu «.», «_» hoặc «-».',
    setupAction: 'Tạo quản trị viên và đăng nhập',
    toSignIn: 'Đến trang đăng nhập',
    roles: {
      drafter: 'Soạn thảo',
      reviewer: 'Thẩm định pháp lý',
      supervisor: 'Giám sát',
      admin: 'Quản trị',
    },
  },
  users: {
    heading: 'Người dùng',
    username: 'Tên đăng nhập',
    roles: 'Vai trò',
    state: 'Trạng thái',
    lastSignIn: 'Đăng nhập gần nhất',
    never: 'Chưa đăng nhập',
    active: 'Đang hoạt động',
    disabled: 'Đã khóa',
    disable: 'Khóa',
    enable: 'Mở khóa',
    changeRoles: 'Đổi vai trò',
    saveRoles: 'Lưu vai trò',
    cancel: 'Thôi',
    rolesOf: (username: string) => `Vai trò của ${username}`,
    add: 'Thêm người dùng',
    password: (min: number) => `Mật khẩu (ít nhất ${min} ký tự)`,
    addAction: 'Thêm',
    added: (username: string) => `Đã thêm người dùng ${username}.`,
    updated: (username: string) => `Đã cập nhật ${username}.`,
    needRole: 'Chọn ít nhất một vai trò.',
    you: '(bạn)',
  },
  activity: {
    heading: 'Nhật ký hoạt động',
    time: 'Thời gian',
    actor: 'Người thực hiện',
    action: 'Hoạt động',
    details: 'Chi tiết',
    system: 'Hệ thống',
    empty: 'Chưa có hoạt động nào.',
    shown: (shown: number, total: number) =>
      `${formatCount(shown)} / ${formatCount(total)} hoạt động gần nhất`,
    more: 'Xem thêm',
    actions: {
      setup: 'Cài đặt lần đầu',
      'sign-in': 'Đăng nhập',
      'sign-in-failed': 'Đăng nhập sai',
      'sign-in-throttled': 'Đăng nhập bị tạm chặn',
      'sign-out': 'Đăng xuất',
      'user-created': 'Thêm người dùng',
      'user-updated': 'Sửa người dùng',
      import: 'Nhập dữ liệu',
      backup: 'Sao lưu',
      restore: 'Khôi phục',
      publication: 'Công bố danh mục',
      reposting: 'Niêm yết lại',
    },
  },
  legacy: {
    heading: 'Dữ liệu cũ trong trình duyệt này',
    explain: (decisions: number, baseline: number) =>
      `Trình duyệt này còn giữ ${formatCount(decisions)} quyết định và ${formatCount(baseline)} thủ tục nền từ bảng điều khiển trước đây (trước khi có máy chủ). Tải lên một lần để cả nhóm dùng chung; có xung đột thì không ghi gì.`,
    action: 'Tải dữ liệu cũ lên máy chủ',
    uploading: 'Đang tải lên…',
    uploaded: (decisions: number, added: number) =>
      `Đã tải dữ liệu cũ lên máy chủ: ${formatCount(decisions)} quyết định, ${formatCount(added)} quyết định mới.`,
    failed: (reason: string) => `Chưa tải lên được: ${reason}`,
    dismiss: 'Đóng',
  },
  diff: {
    legend: 'Chữ gạch ngang là nội dung bị bỏ, chữ tô màu là nội dung thêm.',
    removed: 'bỏ',
    added: 'thêm',
  },
  demo: demoMessages.vi,
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
    loadFailed: (reason: string) => `Không tải được danh mục: ${reason}`,
    fromCache: 'Đang hiển thị bản lưu trong trình duyệt; đang hỏi máy chủ xem có thay đổi…',
    emptyAction: 'Nhập danh sách quyết định',
  },
  publish: {
    heading: 'Công bố danh mục',
    explain: (asOf: string) =>
      `Công bố danh mục tại ngày ${formatDate(asOf)}: máy chủ lưu bản danh mục có mã băm để tiện ích Niêm yết đối chiếu với các cổng dịch vụ công.`,
    action: 'Công bố danh mục',
    publishing: 'Đang công bố…',
    failed: (reason: string) => `Không công bố được: ${reason}`,
    notAllowed: 'Chỉ người soạn thảo hoặc giám sát mới công bố được danh mục.',
    publishedBy: 'Người công bố',
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
    notAllowed: 'Chỉ người soạn thảo hoặc quản trị viên mới nhập được danh sách quyết định.',
    checkedByServer: 'Máy chủ kiểm tra lại và thấy các lỗi sau:',
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
      `Máy chủ đã ghi ${formatCount(added)} quyết định mới, ${formatCount(log)} mục sổ thay đổi` +
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
        case 'uploading':
          return `Đang gửi tệp lên máy chủ: ${formatCount(Math.round((done / Math.max(total, 1)) * 100))}%`;
        case 'saving':
          return 'Máy chủ đang kiểm tra và ghi…';
      }
    },
    progressLabel: 'Tiến độ nhập',
    cancel: 'Hủy',
    cancelling: 'Đang hủy…',
    cancelled: (name: string) => `Đã hủy nhập «${name}»: không ghi gì vào dữ liệu.`,
    conflictsServer: (name: string) =>
      `Không nhập «${name}»: máy chủ đã có các quyết định sau với nội dung khác. Quyết định đã ban hành không sửa được; hãy ghi nhận bằng một quyết định mới.`,
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
  review: reviewMessages.vi,
  documents: documentsMessages.vi,
  changes: changesMessages.vi,
  reports: reportsMessages.vi,
  download: downloadMessages.vi,
};

export type Messages = typeof vi;

const en: Messages = {
  decisionEditor: decisionEditorMessages.en,
  routeState: routeStateMessages.en,
  procedure: procedureMessages.en,
  backup: backupMessages.en,
  decisionList: decisionListMessages.en,
  catalogueFilters: catalogueFilterMessages.en,
  reviews: reviewsMessages.en,
  portals: portalsMessages.en,
  posting: postingMessages.en,
  app: {
    title: 'Niêm yết — Console',
    intro: 'Publication decisions, legal-document reviews and change logs for administrative procedures.',
    toggle: 'Tiếng Việt',
    toggleLabel: 'Chuyển bảng điều khiển sang tiếng Việt',
    nav: 'Main',
    navCatalogue: 'Catalogue',
    navImport: 'Import decisions',
    navPublications: 'Publish',
    navUsers: 'Users',
    navActivity: 'Activity log',
    navBackup: 'Backup',
    loading: 'Loading…',
    notFound: 'There is no such page.',
    retry: 'Try again',
    unreachable: (reason) => `Could not ask the server: ${reason}`,
    notAllowed: 'Your account may not see this page.',
  },
  session: {
    signInHeading: 'Sign in',
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    signOut: 'Sign out',
    signedInAs: 'Signed in:',
    expired: 'Your session has ended. Sign in again to go on where you were.',
    throttled: (seconds) => `Too many failed sign-ins: try again in ${formatCount(seconds)} seconds.`,
    setupNeeded:
      'The server has no administrator yet. Open the setup link the server printed when it started (…/#/setup?token=…).',
    setupHeading: 'First run: create the administrator',
    setupExplain:
      "Choose the first administrator's username and password. The administrator then creates everyone else's accounts.",
    setupNoToken: 'The setup link has no token. Open the exact link the server printed.',
    adminUsername: "Administrator's username",
    newPassword: (min) => `Password (at least ${min} characters)`,
    passwordAgain: 'Password again',
    passwordTooShort: (min) => `The password needs at least ${min} characters.`,
    passwordsDiffer: 'The two passwords differ.',
    usernameRule: 'A username is 2–64 letters, digits, “.”, “_” or “-”.',
    setupAction: 'Create the administrator and sign in',
    toSignIn: 'Go to sign-in',
    roles: {
      drafter: 'Drafter',
      reviewer: 'Legal reviewer',
      supervisor: 'Supervisor',
      admin: 'Administrator',
    },
  },
  users: {
    heading: 'Users',
    username: 'Username',
    roles: 'Roles',
    state: 'State',
    lastSignIn: 'Last sign-in',
    never: 'Never',
    active: 'Active',
    disabled: 'Disabled',
    disable: 'Disable',
    enable: 'Enable',
    changeRoles: 'Change roles',
    saveRoles: 'Save roles',
    cancel: 'Cancel',
    rolesOf: (username) => `Roles of ${username}`,
    add: 'Add a user',
    password: (min) => `Password (at least ${min} characters)`,
    addAction: 'Add',
    added: (username) => `Added ${username}.`,
    updated: (username) => `Updated ${username}.`,
    needRole: 'Choose at least one role.',
    you: '(you)',
  },
  activity: {
    heading: 'Activity log',
    time: 'Time',
    actor: 'Who',
    action: 'Action',
    details: 'Details',
    system: 'System',
    empty: 'No activity yet.',
    shown: (shown, total) => `${formatCount(shown)} / ${formatCount(total)} most recent activities`,
    more: 'Show more',
    actions: {
      setup: 'First-run setup',
      'sign-in': 'Signed in',
      'sign-in-failed': 'Failed sign-in',
      'sign-in-throttled': 'Sign-in throttled',
      'sign-out': 'Signed out',
      'user-created': 'User added',
      'user-updated': 'User changed',
      import: 'Import',
      backup: 'Backup',
      restore: 'Restore',
      publication: 'Catalogue published',
      reposting: 'Re-posting',
    },
  },
  legacy: {
    heading: 'Earlier data in this browser',
    explain: (decisions, baseline) =>
      `This browser still holds ${formatCount(decisions)} decisions and ${formatCount(baseline)} baseline procedures from the earlier console (before the server). Upload them once for the whole team; on any conflict nothing is written.`,
    action: 'Upload the earlier data to the server',
    uploading: 'Uploading…',
    uploaded: (decisions, added) =>
      `The earlier data is on the server: ${formatCount(decisions)} decisions, ${formatCount(added)} of them new.`,
    failed: (reason) => `Not uploaded: ${reason}`,
    dismiss: 'Dismiss',
  },
  diff: {
    legend: 'Struck-out text is removed, highlighted text is added.',
    removed: 'removed',
    added: 'added',
  },
  demo: demoMessages.en,
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
    loadFailed: (reason) => `Could not load the catalogue: ${reason}`,
    fromCache: 'Showing the copy kept in this browser; asking the server whether it changed…',
    emptyAction: 'Import a decision list',
  },
  publish: {
    heading: 'Publish the catalogue',
    explain: (asOf) =>
      `Publish the catalogue on ${formatDate(asOf)}: the server stores a hashed snapshot for the Niêm yết extension to audit public-service portals against.`,
    action: 'Publish catalogue',
    publishing: 'Publishing…',
    failed: (reason) => `Could not publish: ${reason}`,
    notAllowed: 'Only drafters and supervisors may publish the catalogue.',
    publishedBy: 'Published by',
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
    notAllowed: 'Only drafters and administrators may import decision lists.',
    checkedByServer: 'The server checked the file again and found these errors:',
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
      `The server wrote ${formatCount(added)} new decisions and ${formatCount(log)} change-log entries` +
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
        case 'uploading':
          return `Sending the file to the server: ${formatCount(Math.round((done / Math.max(total, 1)) * 100))}%`;
        case 'saving':
          return 'The server is checking and saving…';
      }
    },
    progressLabel: 'Import progress',
    cancel: 'Cancel',
    cancelling: 'Cancelling…',
    cancelled: (name) => `Import of “${name}” cancelled: nothing was written.`,
    conflictsServer: (name) =>
      `“${name}” was not imported: the server holds these decisions with other content. An issued decision cannot change; record the correction as a new decision.`,
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
  review: reviewMessages.en,
  documents: documentsMessages.en,
  changes: changesMessages.en,
  reports: reportsMessages.en,
  download: downloadMessages.en,
};

/** The languages are core's, shared with the extension and the server's error messages. */
export { LANGUAGES, type Language } from '@niemyet/core';

export const MESSAGES: Record<Language, Messages> = { vi, en };
