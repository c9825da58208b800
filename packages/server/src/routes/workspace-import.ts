import { API_BODY_LIMITS, type ImportDecisionsResponse, WorkspaceBundleSchema } from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { bodyLimit } from '../http/body-limit';
import { clientAddress } from '../http/client';
import { ApiHttpError } from '../http/errors';
import { jsonBody } from '../http/validation';
import { recordActivity } from '../repositories/activity';
import { mergeBundle } from '../workspace/import-bundle';

/**
 * `POST /api/imports/workspace` (drafter, admin): the workspace an earlier, local-first console
 * kept in a browser (a `niemyet.workspace` bundle built from its Dexie database), merged into
 * the team's workspace like a decision-list import — the same merge (`mergeBundle`), all or
 * nothing (409 `import-conflict` when it names decisions the workspace holds with other
 * content), and the same figures. Its log entries are chained again after the workspace's.
 * The body can be as large as a restore's: a browser may have held 20,000 procedures.
 */
export const workspaceImportRoutes = new Hono<AppEnv>().post(
  '/',
  bodyLimit(API_BODY_LIMITS.restore),
  async (c) => {
    const user = requirePermission(c, 'imports.run');
    const bundle = await jsonBody(c, WorkspaceBundleSchema);
    const { db, now, settings } = c.var.services;
    const at = now().toISOString();
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
    const figures: Omit<ImportDecisionsResponse, 'warnings'> = {
      decisions: bundle.decisions.length,
      items: items.length,
      new: count('new'),
      amended: count('amended'),
      abolished: count('abolished'),
      decisionsAdded: outcome.summary.decisionsAdded,
      decisionsAlreadyPresent: outcome.summary.decisionsAlreadyPresent,
      baseline: outcome.summary.baselineAdded,
      changeLog: outcome.summary.changeLogAdded,
    };
    await recordActivity(
      db,
      {
        actor: user.username,
        action: 'import',
        target: 'workspace',
        address: clientAddress(c, settings.trustProxy),
        details: figures,
      },
      at,
    );
    const response: ImportDecisionsResponse = { ...figures, warnings: [] };
    return c.json(response);
  },
);
