import { searchKey } from '../text/normalize';

/** The columns of a legal-document CSV, by their English header. */
export const LEGAL_DOCUMENT_CSV_COLUMNS = [
  'number',
  'type',
  'issuer',
  'title',
  'issued_on',
  'effective_on',
  'expires_on',
  'relations',
] as const;
export type LegalDocumentCsvColumn = (typeof LEGAL_DOCUMENT_CSV_COLUMNS)[number];

/** The Vietnamese header each column is known by, used in messages when the file lacks it. */
export const LEGAL_DOCUMENT_CSV_LABELS: Record<LegalDocumentCsvColumn, string> = {
  number: 'Số ký hiệu',
  type: 'Loại văn bản',
  issuer: 'Cơ quan ban hành',
  title: 'Trích yếu',
  issued_on: 'Ngày ban hành',
  effective_on: 'Ngày hiệu lực',
  expires_on: 'Ngày hết hiệu lực',
  relations: 'Quan hệ',
};

/** Headers as registries write them, compared by `searchKey`; exact keys only. */
const ALIASES: Record<LegalDocumentCsvColumn, string[]> = {
  number: [
    'Số ký hiệu',
    'Số, ký hiệu',
    'Số hiệu',
    'Số văn bản',
    'Số hiệu văn bản',
    'Ký hiệu',
    'number',
    'document number',
  ],
  type: ['Loại văn bản', 'Loại', 'Hình thức văn bản', 'type', 'document type'],
  issuer: ['Cơ quan ban hành', 'Cơ quan', 'Nơi ban hành', 'issuer', 'issued by'],
  title: ['Trích yếu', 'Trích yếu nội dung', 'Tên văn bản', 'Tiêu đề', 'title'],
  issued_on: ['Ngày ban hành', 'Ngày ký', 'issued', 'issued on', 'date issued'],
  effective_on: ['Ngày hiệu lực', 'Ngày có hiệu lực', 'Hiệu lực từ ngày', 'effective', 'effective on'],
  expires_on: [
    'Ngày hết hiệu lực',
    'Hết hiệu lực từ ngày',
    'Hết hiệu lực',
    'expires',
    'expires on',
    'expiry',
  ],
  relations: ['Quan hệ', 'Văn bản liên quan', 'Tác động', 'Quan hệ với văn bản khác', 'relations'],
};

const BY_KEY = new Map<string, LegalDocumentCsvColumn>();
for (const column of LEGAL_DOCUMENT_CSV_COLUMNS) {
  for (const alias of ALIASES[column]) BY_KEY.set(searchKey(alias), column);
}

/** The column a header names, or null. */
export function matchLegalDocumentCsvHeader(header: string): LegalDocumentCsvColumn | null {
  return BY_KEY.get(searchKey(header)) ?? null;
}
