import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { loadDemo } from '../demo/load-demo';
import { clientAddress } from '../http/client';
import { ApiHttpError } from '../http/errors';

/**
 * `POST /api/demo` (admin): the demo workspace — the national portal's procedures and a year of
 * decisions in every state — into a server with no data yet; 409 `workspace-not-empty`
 * otherwise, and nothing written. No body.
 */
export const demoRoutes = new Hono<AppEnv>().post('/', async (c) => {
  const user = requirePermission(c, 'workspace.demo');
  const { db, now, settings } = c.var.services;
  const outcome = await loadDemo(db, {
    now: now(),
    actor: user.username,
    address: clientAddress(c, settings.trustProxy),
    via: 'api',
  });
  if (!outcome.ok)
    throw new ApiHttpError(
      409,
      'workspace-not-empty',
      'Máy chủ đã có quyết định hoặc danh mục: chỉ nạp được dữ liệu mẫu vào máy chủ chưa có dữ liệu (the workspace is not empty; nothing was written).',
    );
  return c.json(outcome.loaded);
});
