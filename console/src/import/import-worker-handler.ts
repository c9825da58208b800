import { importDecisionCsvBytes } from '@niemyet/core';
import { importFigures } from './import-figures';
import { type ImportRequest, ImportRequestSchema, type ImportWorkerMessage } from './import-protocol';

/**
 * What the import worker does with a request, as a plain function: the worker entry only
 * wires it to `postMessage`, and tests call it directly in Node.
 *
 * It decodes and checks the file with core's `importDecisionCsvBytes` (the work that would freeze the
 * page on 20,000 rows) and answers with the errors, or with the warnings and the file's
 * figures. The decisions themselves stay in the worker: the server builds and stores its own.
 */
export function handleImportRequest(raw: unknown, post: (message: ImportWorkerMessage) => void): void {
  const request = ImportRequestSchema.safeParse(raw);
  if (!request.success) {
    post({
      type: 'failed',
      reason: `yêu cầu kiểm tra không hợp lệ (invalid check request): ${request.error.message}`,
    });
    return;
  }
  try {
    check(request.data, post);
  } catch (cause) {
    post({ type: 'failed', reason: cause instanceof Error ? cause.message : String(cause) });
  }
}

function check(request: ImportRequest, post: (message: ImportWorkerMessage) => void): void {
  const result = importDecisionCsvBytes(request.bytes, {
    fileName: request.fileName,
    importedAt: request.importedAt,
    onProgress: (progress) => post({ type: 'progress', ...progress }),
  });
  if (!result.ok) {
    post({ type: 'invalid', errors: result.errors });
    return;
  }
  post({
    type: 'checked',
    warnings: result.warnings,
    figures: importFigures(result.bundle.decisions),
    encoding: result.encoding,
  });
}
