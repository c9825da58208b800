import { formatNumber } from '@niemyet/core';

/**
 * The extension's words in Vietnamese, the language it speaks first: a catalog in core's one
 * translation system (see core's i18n module). Sentences that hold values are functions of them;
 * counts arrive as numbers and are written here the Vietnamese way (1.853). `en.ts` must carry
 * exactly this shape: the type check says so.
 */

const count = (value: number) => formatNumber(value, 'vi');

export const vi = {
  app: {
    name: 'Niêm yết',
  },
  locale: {
    switchTo: 'English',
  },
  common: {
    unknown: 'không rõ',
    save: 'Lưu',
    remove: 'Gỡ',
    add: 'Thêm',
    checkNow: 'Kiểm tra ngay',
    none: 'Chưa có',
  },
  options: {
    title: 'Niêm yết — Tùy chọn',
    catalogue: {
      heading: 'Danh mục thủ tục',
      none: 'Chưa có danh mục. Nhập tệp bản chụp danh mục do bảng điều khiển xuất ra, hoặc kết nối bảng điều khiển bên dưới.',
      hash: 'Mã băm',
      asOf: 'Danh mục tại ngày',
      generatedAt: 'Xuất lúc',
      importedAt: 'Nhập lúc',
      source: {
        label: 'Nguồn',
        file: 'tệp',
        url: 'địa chỉ URL',
        console: 'bảng điều khiển',
      },
      counts: (p: { procedures: number; upcoming: number; abolished: number }) =>
        `${count(p.procedures)} thủ tục đang hiệu lực, ${count(p.upcoming)} sắp có hiệu lực, ${count(p.abolished)} đã bãi bỏ`,
    },
    import: {
      label: 'Nhập tệp bản chụp danh mục (.json)',
      busy: 'Đang kiểm tra tệp…',
      done: (p: { name: string }) => `Đã nhập danh mục ${p.name}.`,
      failed: (p: { name: string; error: string }) =>
        `Không nhập được tệp ${p.name}: ${p.error}. Danh mục cũ được giữ nguyên.`,
    },
    url: {
      heading: 'Cập nhật danh mục từ địa chỉ URL',
      label: 'Địa chỉ URL của bản chụp danh mục',
      interval: 'Kiểm tra mỗi (phút)',
      lastCheck: 'Lần kiểm tra gần nhất',
      lastChange: 'Lần cập nhật gần nhất',
      lastError: 'Lỗi gần nhất',
      saved: 'Đã lưu.',
      denied: (p: { origin: string }) => `Chưa được cấp quyền truy cập ${p.origin}.`,
      suggest: (p: { url: string }) =>
        `Bảng điều khiển đã kết nối: máy chủ của nó công bố danh mục tại ${p.url}`,
      useSuggestion: 'Dùng địa chỉ này',
    },
    site: {
      invalidUrl: (p: { site: string }) => `«${p.site}» không phải địa chỉ một trang web (http hoặc https).`,
      national: (p: { site: string }) => `${p.site} là cổng quốc gia, đã có sẵn.`,
      duplicate: (p: { site: string }) => `${p.site} đã được thêm rồi.`,
      denied: (p: { site: string }) => `Chưa được cấp quyền truy cập ${p.site}.`,
      registerFailed: (p: { error: string }) =>
        `Trình duyệt không cho chạy tiện ích trên trang này (${p.error}).`,
    },
    console: {
      heading: 'Nhận danh mục từ bảng điều khiển',
      explain:
        'Mỗi lần bạn mở bảng điều khiển Niêm yết, tiện ích nhận danh mục đã công bố ở đó (kiểm tra mã băm trước khi dùng).',
      none: 'Chưa kết nối bảng điều khiển nào.',
      current: 'Đang kết nối:',
      label: 'Địa chỉ bảng điều khiển',
      connect: 'Kết nối',
      disconnect: 'Ngắt kết nối',
      connected: (p: { origin: string }) => `Đã kết nối ${p.origin}. Mở bảng điều khiển để nhận danh mục.`,
      disconnected: 'Đã ngắt kết nối bảng điều khiển.',
      error: (p: { error: string }) => `Không kết nối được: ${p.error}`,
    },
    pull: {
      heading: 'Kéo toàn bộ danh sách',
      hint: 'Tải lịch sự: ít yêu cầu cùng lúc, có nghỉ giữa các yêu cầu. Giảm xuống nếu cổng chậm.',
      concurrency: 'Số yêu cầu cùng lúc',
      delay: 'Nghỉ sau mỗi yêu cầu (ms)',
      retries: 'Số lần thử lại',
      timeout: 'Chờ trả lời tối đa (giây)',
      maxPages: 'Số trang danh sách tối đa',
    },
    portals: {
      heading: 'Cổng dịch vụ công',
      national: 'Cổng quốc gia (có sẵn)',
      provincial: 'Cổng cấp tỉnh đã thêm',
      none: 'Chưa thêm cổng cấp tỉnh nào.',
      addLabel: 'Thêm cổng cấp tỉnh theo địa chỉ URL',
      added: (p: { origin: string }) => `Đã thêm ${p.origin}.`,
      error: (p: { error: string }) => `Không thêm được: ${p.error}`,
    },
    invalidSetting: (p: { error: string }) => `Giá trị không hợp lệ: ${p.error}`,
    server: {
      heading: 'Kết nối máy chủ',
      explain:
        'Tạo mã truy cập cá nhân trong bảng điều khiển (mục Mã truy cập) rồi dán vào đây. Khi đã kết nối, tiện ích lấy danh mục từ máy chủ và gửi những sai lệch bạn xác nhận vào hộp thư chung.',
      none: 'Chưa kết nối máy chủ. Tiện ích vẫn đối chiếu như thường; sai lệch bạn xác nhận chỉ lưu trong trình duyệt này.',
      current: (p: { origin: string; token: string; since: string }) =>
        `Đang kết nối ${p.origin} bằng mã ${p.token} (từ ${p.since}).`,
      url: 'Địa chỉ máy chủ',
      token: 'Mã truy cập',
      // Not the console bridge's «Kết nối» above it on the same page: each button says what it connects.
      connect: 'Kết nối máy chủ',
      checking: 'Đang kiểm tra mã truy cập…',
      disconnect: 'Ngắt kết nối',
      connected: (p: { origin: string }) => `Đã kết nối ${p.origin}. Danh mục sẽ được lấy từ máy chủ này.`,
      disconnected: 'Đã ngắt kết nối; mã truy cập đã được xóa khỏi tiện ích.',
      invalidUrl: (p: { input: string }) => `«${p.input}» không phải địa chỉ máy chủ (http hoặc https).`,
      needToken: 'Hãy dán mã truy cập tạo trong bảng điều khiển.',
      pasteNew: 'Dán mã mới vào ô «Mã truy cập» bên trên rồi bấm «Kết nối máy chủ».',
      denied: (p: { origin: string }) => `Chưa được cấp quyền truy cập ${p.origin}.`,
      refused: (p: { status: number }) =>
        `Máy chủ từ chối mã truy cập (HTTP ${p.status}). Kiểm tra địa chỉ, hoặc tạo mã mới trong bảng điều khiển.`,
      unreachable: (p: { error: string }) =>
        `Không liên lạc được với máy chủ (${p.error}). Kiểm tra địa chỉ và mạng rồi thử lại.`,
    },
  },
  popup: {
    catalogue: {
      heading: 'Danh mục',
      none: 'Chưa có danh mục — hãy nhập một bản chụp hoặc kết nối bảng điều khiển trong Tùy chọn.',
      summary: (p: { asOf: string; days: number; procedures: number }) =>
        `Tại ngày ${p.asOf} · ${count(p.days)} ngày trước · ${count(p.procedures)} thủ tục`,
    },
    page: {
      heading: 'Trang hiện tại',
      loading: 'Đang tải…',
      noPage: 'Không có trang nào đang mở.',
      notPortal: 'Trang này không thuộc cổng dịch vụ công nào đã cấu hình.',
      notRead: 'Chưa đọc trang này. Tải lại trang để tiện ích đọc.',
      noAdapter: (p: { reason: string }) => `Không có bộ đọc nào hiểu trang này: ${p.reason}`,
      audited: (p: { rows: number; time: string }) => `Đã đối chiếu ${count(p.rows)} dòng lúc ${p.time}`,
      noCatalogue: 'Chưa có danh mục để đối chiếu.',
    },
    openSidePanel: 'Mở bảng bên',
    openOptions: 'Tùy chọn',
    error: (p: { error: string }) => `Không lấy được trạng thái: ${p.error}`,
    pulls: (p: { count: number }) => `${count(p.count)} lượt kéo dữ liệu đang chạy`,
  },
  status: {
    match: 'Khớp',
    changed: 'Khác danh mục',
    abolished: 'Đã bãi bỏ nhưng còn niêm yết',
    unknown: 'Không có trong danh mục',
    notYetEffective: 'Chưa có hiệu lực',
    missing: 'Thiếu trên cổng',
  },
  badge: {
    match: '✓ Khớp',
    changed: '≠ Khác',
    abolished: '✕ Đã bãi bỏ',
    unknown: '? Không có',
    notYetEffective: '⏳ Chưa hiệu lực',
    tip: {
      match: 'Khớp với danh mục',
      changed: (p: { fields: string }) => `Khác danh mục: ${p.fields}`,
      abolished: (p: { since: string }) => `Đã bãi bỏ từ ${p.since} nhưng vẫn niêm yết`,
      unknown: 'Không có trong danh mục',
      similar: (p: { candidates: string }) => `Gần giống: ${p.candidates}`,
      notYetEffective: (p: { since: string }) => `Chưa có hiệu lực (từ ${p.since})`,
    },
  },
  pill: {
    title: 'Niêm yết',
    open: 'Mở bảng đối chiếu',
    timings: (p: { read: number; audit: number; mark: number }) =>
      `Đọc trang ${p.read} ms · đối chiếu ${p.audit} ms · đánh dấu ${p.mark} ms`,
    hide: 'Ẩn',
    noCatalogue: 'Chưa có danh mục để đối chiếu',
    error: (p: { error: string }) => `Không đối chiếu được: ${p.error}`,
    reading: 'Đang đối chiếu…',
  },
  panel: {
    title: 'Niêm yết — Đối chiếu',
    tab: {
      page: 'Trang hiện tại',
      pulls: 'Kéo toàn bộ danh sách',
      history: 'Lịch sử',
    },
    loading: 'Đang tải…',
    error: (p: { error: string }) => `Lỗi: ${p.error}`,
    noCatalogue:
      'Chưa có danh mục. Hãy nhập bản chụp danh mục hoặc kết nối bảng điều khiển trong Tùy chọn, rồi tải lại trang cổng.',
    openOptions: 'Mở Tùy chọn',
    noPage: 'Không có trang cổng nào đang mở. Hiển thị lần đối chiếu gần nhất (nếu có).',
    notPortal: 'Trang này không thuộc cổng dịch vụ công nào đã cấu hình.',
    notRead: 'Chưa đọc trang này. Tải lại trang để tiện ích đọc.',
    noAdapter: (p: { reason: string }) => `Không có bộ đọc nào hiểu trang này: ${p.reason}`,
    noAudit: 'Chưa có lần đối chiếu nào.',
    page: 'Trang',
    readAt: (p: { time: string; asOf: string }) => `Đọc lúc ${p.time} · danh mục tại ngày ${p.asOf}`,
    fromPull: 'Kết quả kéo dữ liệu',
    summary: {
      rows: (p: { rows: number }) => `${count(p.rows)} dòng`,
    },
    filter: {
      status: 'Trạng thái',
      level: 'Cấp',
      field: 'Lĩnh vực',
      agency: 'Cơ quan',
      diffField: 'Trường khác',
      text: 'Tìm',
      all: 'Tất cả',
      discrepancies: 'Mọi sai lệch',
      none: '(không rõ)',
      shown: (p: { shown: number; total: number }) => `Hiển thị ${count(p.shown)}/${count(p.total)}`,
    },
    col: {
      status: 'Trạng thái',
      code: 'Mã',
      name: 'Tên thủ tục',
      fields: 'Khác ở',
    },
    empty: 'Không có dòng nào khớp bộ lọc.',
    prev: '◀ Sai lệch trước',
    next: 'Sai lệch sau ▶',
    position: (p: { n: number; total: number }) => `Sai lệch ${count(p.n)}/${count(p.total)}`,
    close: 'Đóng',
    detail: {
      expected: 'Danh mục',
      shown: 'Trên cổng',
      replaced: 'thay thế toàn bộ',
      noDiff: 'Không có trường nào khác.',
      since: (p: { date: string }) => `Từ ngày ${p.date}`,
      candidates: 'Thủ tục gần giống trong danh mục',
      evidence: 'Bằng chứng',
      added: 'Thêm trên cổng',
      removed: 'Thiếu trên cổng',
      damaged:
        'Chữ bị hỏng (lỗi mã ký tự, ví dụ “tr��ờng”, “Ä‘Äƒng”): không so sánh được, cần nhập lại nội dung',
    },
    field: {
      damaged: (p: { field: string }) => `${p.field} (chữ bị hỏng)`,
    },
    note: {
      confirm: 'Xác nhận sai lệch',
      dismiss: 'Bỏ qua',
      reason: 'Lý do bỏ qua',
      note: 'Ghi chú',
      add: 'Lưu ghi chú',
      saved: 'Đã lưu.',
      needReason: 'Hãy nêu lý do bỏ qua.',
      history: 'Ghi nhận',
      action: {
        confirm: 'Đã xác nhận',
        dismiss: 'Đã bỏ qua',
        note: 'Ghi chú',
      },
    },
    export: {
      csv: 'Xuất CSV',
      json: 'Xuất JSON',
    },
  },
  reports: {
    heading: 'Gửi vào hộp thư chung',
    pending: (p: { count: number }) => `${count(p.count)} phát hiện chờ gửi`,
    sent: (p: { sent: number; alreadyThere: number }) =>
      `Đã gửi ${count(p.sent)} (${count(p.alreadyThere)} đã có trong hộp thư: thêm lần phát hiện)`,
    sentAt: (p: { time: string }) => `lúc ${p.time}`,
    sendNow: 'Gửi ngay',
    retrying: 'Máy chủ chưa trả lời; tiện ích sẽ tự gửi lại khi máy chủ trả lời.',
    error: (p: { error: string }) => `Chưa gửi được: ${p.error}`,
    revoked: 'Đã ngừng gửi. Có mã mới thì kết nối lại trong Tùy chọn.',
    queuedNote: 'Đã lưu và đưa vào hàng chờ gửi hộp thư chung.',
    openOptions: 'Mở Tùy chọn',
  },
  pull: {
    heading: 'Kéo toàn bộ danh sách',
    url: 'Danh sách',
    withDetails: 'Đọc cả trang chi tiết của từng thủ tục',
    start: 'Bắt đầu kéo',
    noUrl: 'Mở một trang danh sách của cổng để kéo toàn bộ danh sách.',
    none: 'Chưa có lượt kéo nào.',
    cancel: 'Dừng',
    resume: 'Tiếp tục',
    open: 'Xem kết quả',
    status: {
      running: 'Đang chạy',
      cancelled: 'Đã dừng',
      done: 'Hoàn tất',
    },
    progress: (p: {
      pagesDone: number;
      pagesTotal: number;
      detailsDone: number;
      detailsTotal: number;
      rows: number;
    }) =>
      `Trang: ${count(p.pagesDone)}/${count(p.pagesTotal)} · Chi tiết: ${count(p.detailsDone)}/${count(p.detailsTotal)} · ${count(p.rows)} dòng`,
    failures: (p: { count: number }) => `${count(p.count)} yêu cầu thất bại (cổng không trả lời hoặc lỗi)`,
    skipped: (p: { count: number }) =>
      `${count(p.count)} liên kết không được tải (sang trang khác, hoặc không phải địa chỉ web)`,
    incomplete: 'Chưa đọc hết danh sách: không kết luận thủ tục nào thiếu trên cổng.',
  },
  history: {
    none: 'Chưa có lần đối chiếu nào.',
    open: 'Mở',
  },
  level: {
    central: 'Trung ương',
    province: 'Cấp tỉnh',
    district: 'Cấp huyện',
    commune: 'Cấp xã',
  },
};
