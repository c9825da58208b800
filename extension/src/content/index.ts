export { contentLabels, fieldLabel } from './labels';
export {
  badgeContent,
  badgeOf,
  clearMarks,
  isOwnNode,
  markRows,
  OWN_ATTRIBUTE,
  STATUS_ATTRIBUTE,
} from './mark-page';
export { listingContainer, PageAuditor, type PageAuditorDeps, type PageAuditState } from './page-auditor';
export {
  countMarks,
  ROW_STATUSES,
  type RowCounts,
  type RowMark,
  type RowStatus,
  rowMarks,
} from './row-marks';
