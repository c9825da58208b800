import { API_BODY_LIMITS } from '@niemyet/core';
import { Hono } from 'hono';
import { accessTokenMiddleware } from './auth/access-token-auth';
import { sessionMiddleware } from './auth/sessions';
import { ALL_MEMO_PARTS, READ_ONLY_METHODS } from './cache/read-memo';
import type { AppEnv, Services } from './context';
import { bodyLimit } from './http/body-limit';
import { ApiHttpError, errorHandler, errorResponse } from './http/errors';
import { originCheck } from './http/origin-check';
import { requestLog } from './http/request-log';
import { staticConsole } from './http/static-console';
import { openApiDocument } from './openapi';
import { activityRoutes } from './routes/activity';
import { backupRoutes } from './routes/backup';
import { catalogueRoutes } from './routes/catalogue';
import { changelogRoutes } from './routes/changelog';
import { decisionAnnexRoutes } from './routes/decision-annex';
import { decisionCommentRoutes } from './routes/decision-comments';
import { decisionRevisionRoutes } from './routes/decision-revisions';
import { decisionRoutes } from './routes/decisions';
import { demoRoutes } from './routes/demo';
import { documentRoutes } from './routes/documents';
import { findingRoutes } from './routes/findings';
import { healthRoutes } from './routes/health';
import { impactRoutes } from './routes/impact';
import { importRoutes } from './routes/imports';
import { legalBasisRoutes } from './routes/legal-basis';
import { nationalDbRoutes } from './routes/national-db';
import { officeChecklistRoutes } from './routes/office-checklist';
import { officeRoutes } from './routes/offices';
import { peopleRoutes } from './routes/people';
import { procedureRoutes } from './routes/procedures';
import { publicOfficePageRoutes } from './routes/public-office-page';
import { publicOfficeRoutes } from './routes/public-offices';
import { publicationRoutes } from './routes/publications';
import { reportRoutes } from './routes/reports';
import { reviewCampaignRoutes } from './routes/review-campaigns';
import { reviewTaskRoutes } from './routes/review-tasks';
import { reviewsDashboardRoutes } from './routes/reviews-dashboard';
import { sessionRoutes } from './routes/session';
import { setupRoutes } from './routes/setup';
import { tokenRoutes } from './routes/tokens';
import { userRoutes } from './routes/users';
import { watchRoutes } from './routes/watches';
import { workspaceImportRoutes } from './routes/workspace-import';

/**
 * The composition of the server: middleware in the order a request meets it, then one
 * sub-app per resource under /api, then the console's static files. Nothing here holds
 * state: every instance over one database behaves the same.
 */
export function createApp(services: Services, log: (line: string) => void = () => {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(errorHandler);
  app.use('*', requestLog(log));
  app.use('*', async (c, next) => {
    c.set('services', services);
    try {
      await next();
    } finally {
      // A request that may have written ends with the memo forgotten (after its commit, before
      // its answer leaves): see cache/read-memo.ts.
      if (!READ_ONLY_METHODS.has(c.req.method)) services.memo?.forget(c.var.memoWrites ?? ALL_MEMO_PARTS);
    }
  });

  const api = new Hono<AppEnv>();
  api.use('*', originCheck(services.settings.trustProxy));
  // Every JSON body is held to the JSON limit; uploads (CSV, restore) set their own on the route.
  api.use('*', async (c, next) => {
    // A request without a body has nothing to hold; asking Hono's limit to look would build the
    // full Fetch Request @hono/node-server otherwise spares (a tenth of a read's cost).
    if (READ_ONLY_METHODS.has(c.req.method)) return next();
    const path = c.req.path;
    if (
      path === '/api/imports/decisions' ||
      path === '/api/imports/workspace' ||
      path === '/api/restore' ||
      path === '/api/documents/import'
    )
      return next();
    return bodyLimit(API_BODY_LIMITS.json)(c, next);
  });
  api.use('*', sessionMiddleware());
  api.use('*', accessTokenMiddleware());
  api.get('/openapi.json', (c) => c.json(openApiDocument()));
  api.route('/health', healthRoutes);
  api.route('/setup', setupRoutes);
  api.route('/', sessionRoutes);
  api.route('/users', userRoutes);
  api.route('/people', peopleRoutes);
  api.route('/activity', activityRoutes);
  api.route('/imports/workspace', workspaceImportRoutes);
  api.route('/imports', importRoutes);
  api.route('/catalogue', catalogueRoutes);
  api.route('/', legalBasisRoutes);
  api.route('/procedures', procedureRoutes);
  api.route('/decisions', decisionRoutes);
  api.route('/decisions', decisionRevisionRoutes);
  api.route('/decisions', decisionCommentRoutes);
  api.route('/decisions', nationalDbRoutes);
  api.route('/decisions', decisionAnnexRoutes);
  api.route('/changelog', changelogRoutes);
  api.route('/reports', reportRoutes);
  api.route('/publications', publicationRoutes);
  api.route('/documents', documentRoutes);
  api.route('/impact', impactRoutes);
  api.route('/review-campaigns', reviewCampaignRoutes);
  api.route('/review-tasks', reviewTaskRoutes);
  api.route('/reviews', reviewsDashboardRoutes);
  api.route('/', backupRoutes);
  api.route('/demo', demoRoutes);
  api.route('/watches', watchRoutes);
  api.route('/findings', findingRoutes);
  api.route('/tokens', tokenRoutes);
  api.route('/offices', officeRoutes);
  api.route('/offices', officeChecklistRoutes);
  api.route('/public/offices', publicOfficeRoutes);
  app.route('/api', api);
  // Unknown API paths answer JSON 404, never the console's index.html.
  app.all('/api/*', (c) =>
    errorResponse(
      c,
      new ApiHttpError(404, 'not-found', 'Không có API này (no such API route).', {
        resource: 'route',
        id: c.req.path,
      }),
    ),
  );

  // Public pages, outside /api: no sign-in, no console (see routes/public-office-page.ts).
  app.route('/public', publicOfficePageRoutes);

  if (services.settings.consoleDist) app.use('*', staticConsole(services.settings.consoleDist));
  return app;
}
