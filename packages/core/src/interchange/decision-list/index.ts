export * from './columns';
export {
  type DecisionCsvBytesResult,
  type DecisionCsvOptions,
  type DecisionCsvResult,
  importDecisionCsv,
  importDecisionCsvBytes,
} from './import';
export { DECISION_CSV_PROGRESS_EVERY, type DecisionCsvPhase, type DecisionCsvProgress } from './progress';
