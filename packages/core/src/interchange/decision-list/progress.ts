/**
 * The phases of an import, in order: reading the file and checking each row as it is read
 * (`done`/`total` in characters of a text or bytes of a file, told once a megabyte), checking
 * the rows together (dates of one decision, numbers across years) and building the decisions
 * (both counted in rows), and chaining the change log (counted in entries).
 */
export type DecisionCsvPhase = 'reading' | 'checking' | 'building' | 'logging';

export interface DecisionCsvProgress {
  phase: DecisionCsvPhase;
  done: number;
  total: number;
}

/** How many rows or log entries pass between two progress reports. */
export const DECISION_CSV_PROGRESS_EVERY = 500;

/**
 * Reports one phase: its start, then at most every DECISION_CSV_PROGRESS_EVERY units, then
 * its end. Without a callback it does nothing, so an import nobody watches pays one call.
 */
export function phaseProgress(
  onProgress: ((progress: DecisionCsvProgress) => void) | undefined,
  phase: DecisionCsvPhase,
  total: number,
): (done: number) => void {
  if (!onProgress) return () => {};
  onProgress({ phase, done: 0, total });
  let reported = 0;
  return (done) => {
    if (done === reported || (done < reported + DECISION_CSV_PROGRESS_EVERY && done < total)) return;
    onProgress({ phase, done, total });
    reported = done;
  };
}
