import { searchKey } from '../../text/normalize';

/** The columns of a decision-list CSV, by their English header. */
export const DECISION_CSV_COLUMNS = [
  'decision_number',
  'signed_on',
  'effective_on',
  'action',
  'code',
  'name',
  'level',
  'field',
  'agency',
  'legal_basis',
  'national_db_on',
] as const;
export type DecisionCsvColumn = (typeof DECISION_CSV_COLUMNS)[number];

export const REQUIRED_DECISION_CSV_COLUMNS: readonly DecisionCsvColumn[] = [
  'decision_number',
  'action',
  'name',
];

/** The Vietnamese header each column is known by, used in messages when the file lacks it. */
export const DECISION_CSV_LABELS: Record<DecisionCsvColumn, string> = {
  decision_number: 'Số quyết định',
  signed_on: 'Ngày ký',
  effective_on: 'Ngày hiệu lực',
  action: 'Hình thức',
  code: 'Mã TTHC',
  name: 'Tên TTHC',
  level: 'Cấp thực hiện',
  field: 'Lĩnh vực',
  agency: 'Cơ quan thực hiện',
  legal_basis: 'Căn cứ pháp lý',
  national_db_on: 'Ngày cập nhật CSDLQG',
};

/**
 * Headers as offices write them, compared by `searchKey` (no diacritics, no case, no
 * punctuation). Exact keys only: a loose "contains" match would take "Ngày ký" for any
 * column mentioning a date.
 */
const ALIASES: Record<DecisionCsvColumn, string[]> = {
  decision_number: [
    'Số quyết định',
    'Số QĐ',
    'Quyết định',
    'Quyết định công bố',
    'Số quyết định công bố',
    'Số, ký hiệu quyết định',
    'Số hiệu quyết định',
    'Số ký hiệu',
    'decision',
    'decision number',
    'decision no',
  ],
  signed_on: [
    'Ngày ký',
    'Ngày ban hành',
    'Ngày quyết định',
    'Ngày ký quyết định',
    'Ngày ban hành quyết định',
    'Ngày tháng năm ký',
    'signed',
    'signed on',
    'signed date',
    'date signed',
  ],
  effective_on: [
    'Ngày hiệu lực',
    'Ngày có hiệu lực',
    'Hiệu lực',
    'Ngày hiệu lực thi hành',
    'Có hiệu lực từ',
    'Hiệu lực từ ngày',
    'effective',
    'effective on',
    'effective date',
    'effective from',
  ],
  action: [
    'Hình thức',
    'Hình thức công bố',
    'Loại công bố',
    'Nội dung công bố',
    'Hình thức ban hành',
    'Loại',
    'action',
    'type of change',
  ],
  code: [
    'Mã TTHC',
    'Mã thủ tục',
    'Mã thủ tục hành chính',
    'Mã số TTHC',
    'Mã số thủ tục',
    'Mã số',
    'Mã',
    'code',
    'procedure code',
  ],
  name: [
    'Tên TTHC',
    'Tên thủ tục',
    'Tên thủ tục hành chính',
    'Thủ tục hành chính',
    'name',
    'procedure name',
    'procedure',
  ],
  level: ['Cấp thực hiện', 'Cấp', 'Cấp giải quyết', 'Cấp thẩm quyền', 'level', 'levels'],
  field: ['Lĩnh vực', 'field', 'sector'],
  agency: ['Cơ quan thực hiện', 'Cơ quan', 'Cơ quan giải quyết', 'Đơn vị thực hiện', 'agency'],
  legal_basis: ['Căn cứ pháp lý', 'Căn cứ', 'Văn bản căn cứ', 'legal basis'],
  national_db_on: [
    'Ngày cập nhật CSDLQG',
    'Ngày cập nhật CSDL quốc gia',
    'Ngày cập nhật lên CSDLQG',
    'Ngày nhập CSDLQG',
    'Ngày công khai CSDLQG',
    'Ngày cập nhật',
    'CSDLQG',
    'national db on',
    'national db',
    'national database on',
  ],
};

/** Columns that only number the rows: recognised so they are not reported as unknown. */
const ROW_NUMBER_HEADERS = new Set(['STT', 'TT', 'Số TT', 'Số thứ tự', 'No', 'no.', '#'].map(searchKey));

const BY_KEY = new Map<string, DecisionCsvColumn>();
for (const column of DECISION_CSV_COLUMNS) {
  BY_KEY.set(searchKey(column), column);
  for (const alias of ALIASES[column]) BY_KEY.set(searchKey(alias), column);
}

function headerKey(header: string): string {
  // Notes in brackets ("Mã TTHC (nếu có)", "Ngày ký (dd/mm/yyyy)") do not change the column.
  return searchKey(header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
}

/** The column a header names, or null when it is not a decision-list column. */
export function matchDecisionCsvHeader(header: string): DecisionCsvColumn | null {
  return BY_KEY.get(headerKey(header)) ?? null;
}

/** Whether a header only numbers the rows ("STT"). */
export function isRowNumberHeader(header: string): boolean {
  return ROW_NUMBER_HEADERS.has(headerKey(header));
}
