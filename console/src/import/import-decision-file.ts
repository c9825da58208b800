import { type CsvIssue, ImportConflictSchema, type ImportDecisionsResponse } from '@niemyet/core';
import { z } from 'zod';
import { ApiError, CLIENT_ERROR_CODES } from '../api/api-error';
import type { ApiClient } from '../api/http';
import { importDecisionList } from '../api/imports';
import {
  type FileFigures,
  type ImportRequest,
  ImportWorkerMessageSchema,
  type WORKER_PHASES,
} from './import-protocol';
import type { StartImportWorker } from './import-worker-port';

/**
 * Importing one decision-list file into the team's workspace, in two steps:
 * 1. the browser checks it in a worker (instant row and column errors, with progress, on
 *    20,000 rows without holding the page);
 * 2. a file without errors is uploaded to `POST /api/imports/decisions`, which checks it
 *    again, merges it all or nothing, and answers with its figures, or with its own errors.
 * Cancel stops the worker or aborts the upload. Nothing is written in the browser: the server
 * is the system of record.
 */
export type DecisionFileImport =
  /** The file has errors (row, column, message): found here, or by the server (422). Nothing was written. */
  | { kind: 'invalid'; fileName: string; errors: CsvIssue[]; checkedBy: 'browser' | 'server' }
  /** The server holds some of the decisions with other content (409): nothing was written. */
  | { kind: 'conflict'; fileName: string; conflicts: { decisionId: string; number: string }[] }
  /** The user cancelled before the server answered: nothing was written. */
  | { kind: 'cancelled'; fileName: string }
  | {
      kind: 'imported';
      fileName: string;
      /** What the server wrote (and counted). */
      server: ImportDecisionsResponse;
      /** The file's figures per year of signing, from the browser's check. */
      figures: FileFigures;
    };

/** The worker's phases, then the page's own: sending the file, and waiting while the server merges it. */
export type ImportPhase = (typeof WORKER_PHASES)[number] | 'uploading' | 'saving';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

/**
 * The part of a `File` the import reads (tests pass a plain object): its bytes, not its text,
 * so the worker can find the encoding (UTF-16, Windows-1258…) and refuse what it cannot read,
 * and the server receives the file exactly as it is on disk.
 */
export interface ImportFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface DecisionFileImportOptions {
  startWorker: StartImportWorker;
  onProgress?: (progress: ImportProgress) => void;
  /** Aborting stops the worker, or aborts the upload: either way the server writes nothing. */
  signal?: AbortSignal;
  now?: Date;
}

const ConflictParamsSchema = z.object({ conflicts: z.array(ImportConflictSchema) });

export async function importDecisionFile(
  client: ApiClient,
  file: ImportFile,
  { startWorker, onProgress, signal, now = new Date() }: DecisionFileImportOptions,
): Promise<DecisionFileImport> {
  const fileName = file.name;
  const cancelled: DecisionFileImport = { kind: 'cancelled', fileName };
  if (signal?.aborted) return cancelled;
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (signal?.aborted) return cancelled;

  const checked = await checkInWorker(
    startWorker,
    { type: 'check', fileName, bytes, importedAt: now.toISOString() },
    onProgress,
    signal,
  );
  if (checked.kind === 'cancelled') return cancelled;
  if (checked.kind === 'invalid')
    return { kind: 'invalid', fileName, errors: checked.errors, checkedBy: 'browser' };

  const size = bytes.byteLength;
  onProgress?.({ phase: 'uploading', done: 0, total: size });
  try {
    const server = await importDecisionList(client, new Blob([bytes], { type: 'text/csv' }), {
      fileName,
      signal,
      onUploadProgress: ({ loaded, total }) => {
        const sent = total || size;
        // Everything sent: what is left is the server's check and merge, which reports nothing.
        onProgress?.(
          loaded >= sent
            ? { phase: 'saving', done: 0, total: 0 }
            : { phase: 'uploading', done: loaded, total: sent },
        );
      },
    });
    return { kind: 'imported', fileName, server, figures: checked.figures };
  } catch (error) {
    if (signal?.aborted || (error instanceof ApiError && error.code === CLIENT_ERROR_CODES.aborted))
      return cancelled;
    if (error instanceof ApiError && error.code === 'import-invalid' && error.errors.length > 0)
      return { kind: 'invalid', fileName, errors: error.errors, checkedBy: 'server' };
    if (error instanceof ApiError && error.code === 'import-conflict') {
      const params = ConflictParamsSchema.safeParse(error.params);
      if (params.success) return { kind: 'conflict', fileName, conflicts: params.data.conflicts };
    }
    throw error;
  }
}

type WorkerOutcome =
  | { kind: 'checked'; figures: FileFigures; warnings: CsvIssue[] }
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
        case 'invalid':
          finish(() => resolve({ kind: 'invalid', errors: message.errors }));
          return;
        case 'failed':
          fail(message.reason);
          return;
        case 'checked':
          finish(() => resolve({ kind: 'checked', figures: message.figures, warnings: message.warnings }));
      }
    });
    if (signal?.aborted) onAbort();
    else worker.post(request);
  });
}
