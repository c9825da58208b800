import { API_BODY_LIMITS, type ImportDecisionsResponse, importDecisionCsv } from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { bodyLimit } from '../http/body-limit';
import { clientAddress } from '../http/client';
import { ApiHttpError } from '../http/errors';
import { uploadText } from '../http/validation';
import { recordActivity } from '../repositories/activity';
import { mergeBundle } from '../workspace/import-bundle';

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
    const text = await uploadText(c, 'text/csv');
    const { db, now, settings } = c.var.services;
    const at = now().toISOString();
    const fileName = c.req.header('x-file-name') ?? 'upload.csv';
    const result = importDecisionCsv(text, { fileName, importedAt: at, actor: user.username });
    if (!result.ok)
      throw new ApiHttpError(
        422,
        'import-invalid',
        `Tệp có ${result.errors.length} lỗi, không ghi gì (the file has ${result.errors.length} errors; nothing was written).`,
        { errors: result.errors.length },
        { body: { errors: result.errors } },
      );
    const { bundle } = result;
    const outcome = await db.transaction().execute((tx) => mergeBundle(tx, bundle, at));
    if (!outcome.ok)
      throw new ApiHttpError(
        409,
        'import-conflict',
        `Quyết định đã có với nội dung khác: ${outcome.conflicts.map((x) => x.number).join(', ')} (conflicting decisions; nothing was written).`,
        { conflicts: outcome.conflicts },
      );
    const items = bundle.decisions.flatMap((d) => d.items);
    const count = (action: string) => items.filter((i) => i.action === action).length;
    const response: ImportDecisionsResponse = {
      decisions: bundle.decisions.length,
      items: items.length,
      new: count('new'),
      amended: count('amended'),
      abolished: count('abolished'),
      decisionsAdded: outcome.summary.decisionsAdded,
      decisionsAlreadyPresent: outcome.summary.decisionsAlreadyPresent,
      baseline: outcome.summary.baselineAdded,
      changeLog: outcome.summary.changeLogAdded,
      warnings: result.warnings,
    };
    const { warnings: _warnings, ...figures } = response;
    await recordActivity(
      db,
      {
        actor: user.username,
        action: 'import',
        target: fileName,
        address: clientAddress(c, settings.trustProxy),
        details: figures,
      },
      at,
    );
    return c.json(response);
  },
);
