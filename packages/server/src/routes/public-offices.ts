import { Hono } from 'hono';
import type { AppEnv } from '../context';
import { etagOf, matchesEtag, publicOffice, publicOfficeList } from '../posting/public-list';

/**
 * The public lists as JSON, without sign-in: what is posted at a counter is public, and other
 * systems (the province's portal, agencies' websites) read it, so CORS is open and answers
 * carry an ETag and a minute of caching.
 */
export const publicOfficeRoutes = new Hono<AppEnv>()
  .use('*', async (c, next) => {
    await next();
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Access-Control-Expose-Headers', 'ETag');
  })
  .get('/', async (c) => {
    const list = await publicOfficeList(c.var.services);
    const etag = etagOf('public-offices', list);
    c.header('ETag', etag);
    c.header('Cache-Control', 'public, max-age=60');
    if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304);
    return c.json(list);
  })
  .get('/:id', async (c) => {
    const list = await publicOffice(c.var.services, c.req.param('id'));
    const etag = etagOf('public-office', list);
    c.header('ETag', etag);
    c.header('Cache-Control', 'public, max-age=60');
    if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304);
    return c.json(list);
  });
