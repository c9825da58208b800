import { Hono } from 'hono';
import type { AppEnv } from '../context';
import { ApiHttpError } from '../http/errors';
import { etagOf, matchesEtag, publicOffice } from '../posting/public-list';
import { publicOfficePage, unknownOfficePage } from '../posting/public-page';

/**
 * The headers of every public page: it may be framed by any site (agencies embed it), runs no
 * script and loads nothing: inline styles and the QR codes drawn inline only.
 */
const PAGE_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors *",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** `/public/offices/:id`: the list posted at an office, as a page (no sign-in). */
export const publicOfficePageRoutes = new Hono<AppEnv>().get('/offices/:id', async (c) => {
  for (const [name, value] of Object.entries(PAGE_HEADERS)) c.header(name, value);
  let list: Awaited<ReturnType<typeof publicOffice>>;
  try {
    list = await publicOffice(c.var.services, c.req.param('id'));
  } catch (error) {
    if (error instanceof ApiHttpError && error.code === 'not-found') return c.html(unknownOfficePage(), 404);
    throw error;
  }
  // The hash of what the page is made from: a 304 costs no rendering and no QR code.
  const etag = etagOf('public-office-page', list);
  c.header('ETag', etag);
  c.header('Cache-Control', 'public, max-age=60');
  if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304);
  return c.html(await publicOfficePage(list));
});
