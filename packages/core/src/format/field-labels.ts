import type { DecisionState } from '../model/decision';
import type { ProcedureFieldName } from '../model/procedure';

/** The languages every screen speaks: Vietnamese first, English on the toggle. */
export type DisplayLanguage = 'vi' | 'en';

/**
 * What each procedure field is called on screen, as the national record names it. One table
 * for the console, the extension and the server's messages, so a field is never called two
 * things in two places.
 */
export const PROCEDURE_FIELD_LABELS: Record<DisplayLanguage, Record<ProcedureFieldName, string>> = {
  vi: {
    code: 'Mã thủ tục',
    name: 'Tên thủ tục',
    levels: 'Cấp thực hiện',
    field: 'Lĩnh vực',
    agency: 'Cơ quan thực hiện',
    procedureType: 'Loại thủ tục',
    processingTime: 'Thời hạn giải quyết',
    fees: 'Phí, lệ phí',
    methods: 'Cách thức thực hiện',
    steps: 'Trình tự thực hiện',
    dossier: 'Thành phần hồ sơ',
    subjects: 'Đối tượng thực hiện',
    result: 'Kết quả',
    requirements: 'Yêu cầu, điều kiện',
    legalBasis: 'Căn cứ pháp lý',
    onlineService: 'Dịch vụ công trực tuyến',
    portalRefs: 'Địa chỉ trên cổng',
  },
  en: {
    code: 'Code',
    name: 'Name',
    levels: 'Level',
    field: 'Field',
    agency: 'Agency',
    procedureType: 'Procedure type',
    processingTime: 'Processing time',
    fees: 'Fees',
    methods: 'Submission methods',
    steps: 'Steps',
    dossier: 'Dossier',
    subjects: 'Subjects',
    result: 'Result',
    requirements: 'Requirements',
    legalBasis: 'Legal basis',
    onlineService: 'Online service',
    portalRefs: 'Portal addresses',
  },
};

/** The label of one procedure field in `language`. */
export function procedureFieldLabel(field: ProcedureFieldName, language: DisplayLanguage): string {
  return PROCEDURE_FIELD_LABELS[language][field];
}

/** What each state of a publication decision is called on screen. */
export const DECISION_STATE_LABELS: Record<DisplayLanguage, Record<DecisionState, string>> = {
  vi: {
    draft: 'Dự thảo',
    in_review: 'Đang thẩm định',
    changes_requested: 'Yêu cầu sửa',
    approved: 'Đã phê duyệt',
    issued: 'Đã ban hành',
    withdrawn: 'Đã rút',
  },
  en: {
    draft: 'Draft',
    in_review: 'In review',
    changes_requested: 'Changes requested',
    approved: 'Approved',
    issued: 'Issued',
    withdrawn: 'Withdrawn',
  },
};
