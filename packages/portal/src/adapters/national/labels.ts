import { createLabelMatcher } from '../../dom/labels';

/**
 * The labels the national portal prints, as the real pages in
 * tests/fixtures/national-portal write them. Compared diacritic-insensitively (see
 * `dom/labels.ts`), so entity-encoded and NFD variants need no entries of their own.
 */

/** Rows of the full record (`#popupChitietTTHC div.row.info-row`, `div.key` + value). */
export const matchRecordLabel = createLabelMatcher({
  code: ['Mã thủ tục', 'Mã TTHC', 'Mã số thủ tục'],
  decisionNumber: ['Số quyết định'],
  name: ['Tên thủ tục', 'Tên thủ tục hành chính'],
  levels: ['Cấp thực hiện'],
  procedureType: ['Loại thủ tục'],
  field: ['Lĩnh vực'],
  steps: ['Trình tự thực hiện'],
  methods: ['Cách thức thực hiện'],
  dossier: ['Thành phần hồ sơ'],
  subjects: ['Đối tượng thực hiện'],
  agency: ['Cơ quan thực hiện'],
  authority: ['Cơ quan có thẩm quyền', 'Cơ quan có thẩm quyền quyết định'],
  receptionAddress: ['Địa chỉ tiếp nhận HS', 'Địa chỉ tiếp nhận hồ sơ', 'Địa chỉ tiếp nhận'],
  authorisedAgency: ['Cơ quan được ủy quyền', 'Cơ quan được ủy quyền quyết định'],
  coordinatingAgency: ['Cơ quan phối hợp'],
  result: ['Kết quả thực hiện', 'Kết quả'],
  legalBasis: ['Căn cứ pháp lý'],
  requirements: ['Yêu cầu, điều kiện thực hiện', 'Yêu cầu, điều kiện', 'Yêu cầu điều kiện'],
  fees: ['Phí, lệ phí', 'Lệ phí'],
  processingTime: ['Thời hạn giải quyết'],
  keywords: ['Từ khóa'],
  description: ['Mô tả'],
});
export type RecordLabel = NonNullable<ReturnType<typeof matchRecordLabel>>;

/** Columns of "Cách thức thực hiện". */
export const matchMethodColumn = createLabelMatcher({
  channel: ['Hình thức nộp'],
  processingTime: ['Thời hạn giải quyết'],
  fees: ['Phí, lệ phí', 'Phí', 'Lệ phí'],
  description: ['Mô tả'],
});

/**
 * Columns of "Thành phần hồ sơ": the popup and the summary page write the quantities in one
 * cell ("Bản chính: 1 / Bản sao: 0"), the visible part of the full page in two columns.
 */
export const matchDossierColumn = createLabelMatcher({
  name: ['Tên giấy tờ', 'Loại giấy tờ'],
  template: ['Mẫu đơn, tờ khai'],
  quantity: ['Số lượng'],
  originals: ['Bản chính'],
  copies: ['Bản sao'],
});

/** Columns of "Căn cứ pháp lý". */
export const matchLegalColumn = createLabelMatcher({
  number: ['Số ký hiệu', 'Số hiệu', 'Số văn bản'],
  title: ['Trích yếu', 'Tên văn bản'],
  issuedOn: ['Ngày ban hành'],
  issuer: ['Cơ quan ban hành'],
});

/** Rows of a decision page's `table.table-info-row`. */
export const matchDecisionInfoLabel = createLabelMatcher({
  number: ['Số quyết định'],
  title: ['Trích yếu'],
  signedOn: ['Ngày quyết định', 'Ngày ký', 'Ngày ban hành'],
  effectiveOn: ['Ngày hiệu lực', 'Ngày có hiệu lực'],
  fields: ['Lĩnh vực'],
  attachments: ['File đính kèm'],
  agency: ['Cơ quan ban hành'],
});

/** Columns of a decision page's procedure tables. */
export const matchDecisionItemColumn = createLabelMatcher({
  code: ['Mã thủ tục', 'Mã TTHC'],
  name: ['Tên thủ tục hành chính', 'Tên thủ tục'],
  agency: ['Cơ quan ban hành', 'Cơ quan thực hiện'],
});

/** Columns of the listing table (`tbody#listTTHC`, see /tmp/national-listing-spec.md). */
export const matchListingColumn = createLabelMatcher({
  index: ['STT'],
  code: ['Mã thủ tục', 'Mã TTHC'],
  name: ['Tên thủ tục', 'Tên thủ tục hành chính'],
  field: ['Lĩnh vực'],
  levels: ['Cấp thực hiện'],
  agency: ['Cơ quan thực hiện'],
});

/**
 * What the portal writes in a row that has nothing to show. Read as "no value": the portal
 * prints it for every empty row of a record, so it says nothing about the procedure.
 */
export const NO_INFORMATION = ['Không có thông tin'];
