import { API_BODY_LIMITS, importDecisionCsvBytes } from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { bodyLimit } from '../http/body-limit';
import { ApiHttpError } from '../http/errors';
import { uploadBytes } from '../http/validation';
import { mergeImport } from '../workspace/merge-import';

/**
 * `POST /api/imports/decisions` (drafter, admin): a decision-list CSV merged into the
 * workspace in one transaction, or nothing written (422 for CSV errors, 409 for decisions
 * the workspace holds with other content).
 */
export const importRoutes = new Hono<AppEnv>().post(
  '/decisions',
  bodyLimit(API_BODY_LIMITS.csv),
  async (c) => {
    const user = requirePermission(c, 'imports.run');
    const bytes = await uploadBytes(c, 'text/csv');
    const at = c.var.services.now().toISOString();
    const fileName = c.req.header('x-file-name') ?? 'upload.csv';
    const result = importDecisionCsvBytes(bytes, { fileName, importedAt: at, actor: user.username });
    if (!result.ok)
      throw new ApiHttpError(
        422,
        'import-invalid',
        `Tệp có ${result.errors.length} lỗi, không ghi gì (the file has ${result.errors.length} errors; nothing was written).`,
        { errors: result.errors.length },
        { body: { errors: result.errors } },
      );
    return c.json(
      await mergeImport(c, user, result.bundle, {
        target: fileName,
        warnings: result.warnings,
        encoding: result.encoding,
      }),
    );
  },
);
