/**
 * A large decision list for tests and measurements of the import: `decisions` decisions of
 * `itemsPerDecision` rows each (200 × 100 = 20,000 rows by default), every decision number
 * distinct, the way a province's whole history looks once it is kept in one spreadsheet.
 * Most rows publish new procedures; every tenth decision amends or abolishes procedures an
 * earlier decision published, so the import checks, links and logs all three actions.
 * Deterministic: the same arguments give the same text.
 */

const HEADER =
  'Số quyết định,Ngày ký,Ngày hiệu lực,Hình thức,Mã TTHC,Tên TTHC,Cấp thực hiện,Lĩnh vực,Cơ quan thực hiện';

// Names start with letters whose Vietnamese order differs from code-unit order (Đ after D, Ấ after A).
const NAME_STEMS = [
  'Đăng ký khai sinh',
  'Cấp giấy phép xây dựng',
  'Ấn định thời hạn',
  'Xác nhận tình trạng hôn nhân',
  'Đổi giấy phép lái xe',
  'Chứng thực bản sao',
  'Dừng hoạt động cơ sở',
  'Thẩm định hồ sơ',
  'Ưu đãi người có công',
  'Giải quyết khiếu nại',
];
const FIELDS = ['Hộ tịch', 'Xây dựng', 'Đất đai', 'Chứng thực', 'Giao thông', 'Y tế'];
const AGENCIES = ['Sở Tư pháp', 'UBND cấp huyện', 'UBND cấp xã', 'Sở Xây dựng', 'Sở Y tế'];
const LEVELS = ['Cấp tỉnh', 'Cấp huyện', 'Cấp xã'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export interface LargeDecisionList {
  csv: string;
  rows: number;
  decisions: number;
}

export function largeDecisionList(decisions = 200, itemsPerDecision = 100): LargeDecisionList {
  const lines = [HEADER];
  for (let d = 0; d < decisions; d++) {
    // Distinct dates in signing order: one decision every day or two from 2015 on.
    const signed = new Date(Date.UTC(2015, 0, 2 + d * 2));
    const effective = new Date(signed.getTime() + 5 * 86_400_000);
    const date = (at: Date) =>
      `${pad(at.getUTCDate(), 2)}/${pad(at.getUTCMonth() + 1, 2)}/${at.getUTCFullYear()}`;
    const changesEarlier = d > 0 && d % 10 === 0;
    for (let i = 0; i < itemsPerDecision; i++) {
      // A decision that changes earlier ones amends (even rows) or abolishes (odd rows) the
      // procedures of the decision before it, same position.
      const target = changesEarlier ? d - 1 : d;
      const serial = target * itemsPerDecision + i;
      const action = !changesEarlier ? 'Mới ban hành' : i % 2 === 0 ? '"Sửa đổi, bổ sung"' : 'Bãi bỏ';
      const name = `${NAME_STEMS[serial % NAME_STEMS.length]} ${serial + 1}`;
      const agency =
        changesEarlier && i % 2 === 0 ? 'Trung tâm Phục vụ hành chính công' : AGENCIES[serial % 5];
      lines.push(
        [
          `${d + 1}/QĐ-UBND`,
          date(signed),
          date(effective),
          action,
          `2.${pad(serial, 6)}`,
          name,
          LEVELS[serial % LEVELS.length],
          FIELDS[serial % FIELDS.length],
          agency,
        ].join(','),
      );
    }
  }
  return { csv: `${lines.join('\n')}\n`, rows: decisions * itemsPerDecision, decisions };
}
