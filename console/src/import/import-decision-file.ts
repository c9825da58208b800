import type { ChangeLogEntry, CsvIssue, Decision, ProcedureVersion, WorkspaceBundle } from '@niemyet/core';
import {
  changeLogHead,
  type DecisionConflict,
  importWorkspaceBundle,
  type NiemyetConsoleDb,
  type WorkspaceImportSummary,
} from '@niemyet/db';
import { type ImportFigures, importFigures } from './import-figures';
import { type ImportRequest, ImportWorkerMessageSchema, type WORKER_PHASES } from './import-protocol';
import type { StartImportWorker } from './import-worker-port';

/** The outcome of importing one decision-list file, for the import screen to show. */
export type DecisionFileImport =
  /** The file has errors (row, column, message): nothing was written. */
  | { kind: 'invalid'; fileName: string; errors: CsvIssue[] }
  /** Decisions already stored with other content: nothing was written. */
  | { kind: 'conflict'; fileName: string; conflicts: DecisionConflict[] }
  /** The user cancelled: the worker was stopped or the transaction aborted, nothing was written. */
  | { kind: 'cancelled'; fileName: string }
  | {
      kind: 'imported';
      fileName: string;
      figures: ImportFigures;
      written: WorkspaceImportSummary;
      warnings: CsvIssue[];
    };

/** The worker's phases, then the page's own: writing to the database. */
export type ImportPhase = (typeof WORKER_PHASES)[number] | 'writing';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

/**
 * The part of a `File` the import reads (tests pass a plain object): its bytes, not its text,
 * so the worker can find the encoding (UTF-16, Windows-1258…) and refuse what it cannot read.
 */
export interface ImportFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface DecisionFileImportOptions {
  startWorker: StartImportWorker;
  onProgress?: (progress: ImportProgress) => void;
  /** Aborting stops the worker, or aborts the database transaction: either way nothing is written. */
  signal?: AbortSignal;
  now?: Date;
}

/**
 * Imports a decision-list CSV without holding the page: a worker reads and checks the file
 * and builds the bundle; the page validates what comes back and, when the whole file is
 * valid, writes decisions, baseline and change log in one transaction, in chunks. All or
 * nothing: a file with any error, a conflict or a cancel writes nothing.
 */
export async function importDecisionFile(
  db: NiemyetConsoleDb,
  file: ImportFile,
  { startWorker, onProgress, signal, now = new Date() }: DecisionFileImportOptions,
): Promise<DecisionFileImport> {
  const fileName = file.name;
  const cancelled: DecisionFileImport = { kind: 'cancelled', fileName };
  if (signal?.aborted) return cancelled;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const chainAfter = await changeLogHead(db);
  if (signal?.aborted) return cancelled;

  const checked = await checkInWorker(
    startWorker,
    { type: 'import', fileName, bytes, importedAt: now.toISOString(), chainAfter },
    onProgress,
    signal,
  );
  if (checked.kind === 'cancelled') return cancelled;
  if (checked.kind === 'invalid') return { kind: 'invalid', fileName, errors: checked.errors };

  let outcome: Awaited<ReturnType<typeof importWorkspaceBundle>>;
  try {
    outcome = await importWorkspaceBundle(db, checked.bundle, {
      signal,
      logChainedAfterHead: true,
      onProgress: (progress) => onProgress?.({ phase: 'writing', ...progress }),
    });
  } catch (cause) {
    if (signal?.aborted) return cancelled;
    throw cause;
  }
  if (!outcome.ok) return { kind: 'conflict', fileName, conflicts: outcome.conflicts };
  return {
    kind: 'imported',
    fileName,
    figures: importFigures(checked.bundle.decisions),
    written: outcome.summary,
    warnings: checked.warnings,
  };
}

type WorkerOutcome =
  | {
      kind: 'checked';
      bundle: Pick<WorkspaceBundle, 'decisions' | 'baseline' | 'changeLog'>;
      warnings: CsvIssue[];
    }
  | { kind: 'invalid'; errors: CsvIssue[] }
  | { kind: 'cancelled' };

/**
 * Runs one request in a fresh worker and gathers its answer, validating every message. The
 * worker is terminated whatever happens: answered, failed, refused or cancelled.
 */
function checkInWorker(
  startWorker: StartImportWorker,
  request: ImportRequest,
  onProgress: ((progress: ImportProgress) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<WorkerOutcome> {
  return new Promise<WorkerOutcome>((resolve, reject) => {
    const worker = startWorker();
    const decisions: Decision[] = [];
    const baseline: ProcedureVersion[] = [];
    const changeLog: ChangeLogEntry[] = [];
    const finish = (settle: () => void) => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = () => finish(() => resolve({ kind: 'cancelled' }));
    const fail = (reason: string) => finish(() => reject(new Error(reason)));
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.onError(fail);
    worker.onMessage((data) => {
      const parsed = ImportWorkerMessageSchema.safeParse(data);
      if (!parsed.success) {
        fail(`the import worker sent a message the page does not accept: ${parsed.error.message}`);
        return;
      }
      const message = parsed.data;
      switch (message.type) {
        case 'progress':
          onProgress?.({ phase: message.phase, done: message.done, total: message.total });
          return;
        case 'decisions':
          decisions.push(...message.decisions);
          return;
        case 'baseline':
          baseline.push(...message.baseline);
          return;
        case 'change-log':
          changeLog.push(...message.entries);
          return;
        case 'invalid':
          finish(() => resolve({ kind: 'invalid', errors: message.errors }));
          return;
        case 'failed':
          fail(message.reason);
          return;
        case 'checked': {
          const { counts } = message;
          if (
            counts.decisions !== decisions.length ||
            counts.baseline !== baseline.length ||
            counts.changeLog !== changeLog.length
          ) {
            fail('the import worker sent an incomplete bundle');
            return;
          }
          finish(() =>
            resolve({
              kind: 'checked',
              bundle: { decisions, baseline, changeLog },
              warnings: message.warnings,
            }),
          );
        }
      }
    });
    if (signal?.aborted) onAbort();
    else worker.post(request);
  });
}
