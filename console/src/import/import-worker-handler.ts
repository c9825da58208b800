import { appendChangeLog, type ChangeLogEntry, importDecisionCsvBytes } from '@niemyet/core';
import { type ImportRequest, ImportRequestSchema, type ImportWorkerMessage } from './import-protocol';

/**
 * What the import worker does with a request, as a plain function: the worker entry only
 * wires it to `postMessage`, and tests call it directly in Node.
 *
 * It decodes, reads and checks the file's bytes with core's `importDecisionCsvBytes` (the
 * work that used to freeze the page), chains the change log after the stored head when there is one (so the page
 * only checks the links), and sends the bundle back in parts.
 */

/** Records per part message: a part is copied and validated by the page in a few milliseconds. */
export const PART_SIZE = 1_000;

export function handleImportRequest(raw: unknown, post: (message: ImportWorkerMessage) => void): void {
  const request = ImportRequestSchema.safeParse(raw);
  if (!request.success) {
    post({
      type: 'failed',
      reason: `yêu cầu nhập không hợp lệ (invalid import request): ${request.error.message}`,
    });
    return;
  }
  try {
    checkAndSend(request.data, post);
  } catch (cause) {
    post({ type: 'failed', reason: cause instanceof Error ? cause.message : String(cause) });
  }
}

function checkAndSend(request: ImportRequest, post: (message: ImportWorkerMessage) => void): void {
  const result = importDecisionCsvBytes(request.bytes, {
    fileName: request.fileName,
    importedAt: request.importedAt,
    onProgress: (progress) => post({ type: 'progress', ...progress }),
  });
  if (!result.ok) {
    post({ type: 'invalid', errors: result.errors });
    return;
  }
  const { decisions, baseline } = result.bundle;
  const changeLog = chainAfter(result.bundle.changeLog, request.chainAfter, post);

  for (const part of partsOf(decisions, (decision) => Math.max(1, decision.items.length)))
    post({ type: 'decisions', decisions: part });
  for (const part of partsOf(baseline, () => 1)) post({ type: 'baseline', baseline: part });
  for (const part of partsOf(changeLog, () => 1)) post({ type: 'change-log', entries: part });
  post({
    type: 'checked',
    warnings: result.warnings,
    encoding: result.encoding,
    counts: { decisions: decisions.length, baseline: baseline.length, changeLog: changeLog.length },
  });
}

/**
 * Core chains a file's log from the genesis hash; a workspace that already has a log needs it
 * to continue from its head. Done here, a part at a time with progress, because hashing
 * 20,000 entries is the one step the page would otherwise do itself.
 */
function chainAfter(
  log: ChangeLogEntry[],
  head: ImportRequest['chainAfter'],
  post: (message: ImportWorkerMessage) => void,
): ChangeLogEntry[] {
  if (head === null) return log;
  const chained: ChangeLogEntry[] = [];
  // appendChangeLog continues from its last entry's seq and hash: the head stands for that entry.
  let last = head as ChangeLogEntry;
  post({ type: 'progress', phase: 'logging', done: 0, total: log.length });
  for (let start = 0; start < log.length; start += PART_SIZE) {
    const drafts = log
      .slice(start, start + PART_SIZE)
      .map(({ seq: _seq, prevHash: _prevHash, hash: _hash, ...draft }) => draft);
    const next = appendChangeLog([last], drafts).slice(1);
    chained.push(...next);
    last = next[next.length - 1]!;
    post({ type: 'progress', phase: 'logging', done: chained.length, total: log.length });
  }
  return chained;
}

/** Consecutive parts of about PART_SIZE in weight (a decision weighs its items). */
function partsOf<T>(rows: readonly T[], weight: (row: T) => number): T[][] {
  const parts: T[][] = [];
  let part: T[] = [];
  let partWeight = 0;
  for (const row of rows) {
    part.push(row);
    partWeight += weight(row);
    if (partWeight >= PART_SIZE) {
      parts.push(part);
      part = [];
      partWeight = 0;
    }
  }
  if (part.length > 0) parts.push(part);
  return parts;
}
