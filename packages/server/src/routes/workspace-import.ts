import { API_BODY_LIMITS, WorkspaceBundleSchema } from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { bodyLimit } from '../http/body-limit';
import { jsonBody } from '../http/validation';
import { mergeImport } from '../workspace/merge-import';

/**
 * `POST /api/imports/workspace` (drafter, admin): the workspace an earlier, local-first console
 * kept in a browser (a `niemyet.workspace` bundle built from its Dexie database), merged into
 * the team's workspace like a decision-list import — the same merge (`mergeImport`), all or
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
    return c.json(await mergeImport(c, user, bundle, { target: 'workspace', warnings: [] }));
  },
);
