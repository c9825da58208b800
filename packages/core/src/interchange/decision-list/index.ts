export * from './columns';
export {
  type DecisionCsvBytesResult,
  type DecisionCsvOptions,
  type DecisionCsvResult,
  importDecisionCsv,
  importDecisionCsvBytes,
} from './import';
export { type PastedDecisionRows, type PasteTarget, readPastedDecisionRows } from './paste';
export { DECISION_CSV_PROGRESS_EVERY, type DecisionCsvPhase, type DecisionCsvProgress } from './progress';
export type { ItemRow } from './row';
