import type { DeadlineRule } from '../model/settings';

const DECREE_63 =
  'Nghị định 63/2010/NĐ-CP về kiểm soát thủ tục hành chính, sửa đổi, bổ sung bởi Nghị định 48/2013/NĐ-CP và Nghị định 92/2017/NĐ-CP';

/**
 * The statutory deadlines of DESIGN §6, as data: offices can edit or extend them in their
 * workspace settings (`WorkspaceSettings.deadlineRules`) without a code change.
 */
export const DEFAULT_DEADLINE_RULES: DeadlineRule[] = [
  {
    id: 'province-decision-before-effect',
    subject: 'decision-signed',
    anchor: 'document-effective',
    direction: 'before',
    workingDays: 5,
    issuerKinds: ['province'],
    source: `${DECREE_63}, Điều 15`,
    description:
      'Quyết định công bố của Chủ tịch UBND cấp tỉnh ban hành chậm nhất trước 05 ngày làm việc tính đến ngày văn bản quy phạm pháp luật có quy định về thủ tục hành chính có hiệu lực thi hành. ' +
      "(A provincial chairman's publication decision is signed at least 5 working days before the legal document takes effect.)",
  },
  {
    id: 'ministry-decision-before-effect',
    subject: 'decision-signed',
    anchor: 'document-effective',
    direction: 'before',
    workingDays: 20,
    issuerKinds: ['ministry'],
    source: `${DECREE_63}, Điều 15`,
    description:
      'Quyết định công bố của Bộ trưởng, Thủ trưởng cơ quan ngang bộ ban hành chậm nhất trước 20 ngày làm việc tính đến ngày văn bản quy phạm pháp luật có quy định về thủ tục hành chính có hiệu lực thi hành. ' +
      "(A minister's publication decision is signed at least 20 working days before the legal document takes effect.)",
  },
  {
    id: 'national-db-entry-after-signing',
    subject: 'national-db-entry',
    anchor: 'decision-signed',
    direction: 'after',
    workingDays: 5,
    issuerKinds: [],
    source: DECREE_63,
    description:
      'Thủ tục hành chính đã công bố được nhập vào Cơ sở dữ liệu quốc gia về thủ tục hành chính chậm nhất 05 ngày làm việc kể từ ngày ký quyết định công bố. ' +
      '(Published procedures are entered on the national database within 5 working days of signing the decision.)',
  },
  {
    id: 'annual-review-plan',
    subject: 'annual-review-plan',
    anchor: 'year-start',
    direction: 'after',
    workingDays: 0,
    // 1 January + 29 days = 30 January, the last day that is "before 31 January".
    calendarDays: 29,
    issuerKinds: [],
    source: DECREE_63,
    description:
      'Kế hoạch rà soát, đánh giá thủ tục hành chính hằng năm gửi cơ quan kiểm soát thủ tục hành chính trước ngày 31 tháng 01. ' +
      '(The annual review plan is sent to the control agency before 31 January.)',
  },
  {
    id: 'office-reposted-after-change',
    subject: 'office-reposted',
    anchor: 'procedure-change-effective',
    direction: 'after',
    workingDays: 5,
    issuerKinds: [],
    source:
      'Công khai thủ tục hành chính tại nơi tiếp nhận hồ sơ (Nghị định 63/2010/NĐ-CP; Thông tư 02/2017/TT-VPCP). Thời hạn 05 ngày làm việc là mặc định của Niêm yết: mỗi địa phương sửa theo quy chế của mình.',
    description:
      'Bộ phận Một cửa niêm yết lại danh mục thủ tục hành chính (gỡ thủ tục bãi bỏ, thay thủ tục sửa đổi, bổ sung thủ tục mới) chậm nhất 05 ngày làm việc kể từ ngày thay đổi có hiệu lực. ' +
      '(A one-stop office re-posts its list — abolished procedures taken down, amended ones replaced, new ones added — within 5 working days of the change taking effect; a default each province adjusts.)',
  },
];
