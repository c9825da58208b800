export * from './columns';
export { type DecisionCsvOptions, type DecisionCsvResult, importDecisionCsv } from './import';
export { DECISION_CSV_PROGRESS_EVERY, type DecisionCsvPhase, type DecisionCsvProgress } from './progress';
