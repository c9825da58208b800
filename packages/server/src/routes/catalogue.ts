import {
  CatalogueQuerySchema,
  CatalogueSnapshotQuerySchema,
  type IsoDate,
  type ProcedureVersion,
  todayInVietnam,
} from '@niemyet/core';
import { type Context, Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import { searchView } from '../catalogue/catalogue-cache';
import type { AppEnv } from '../context';
import { ApiHttpError, errorResponse } from '../http/errors';
import { queryOf } from '../http/validation';
import { latestPublicationHash, publicationSnapshot } from '../repositories/publications';

/** An ETag matches when If-None-Match names it (or is `*`). */
function notModified(c: Context, etag: string): boolean {
  const header = c.req.header('if-none-match');
  if (!header) return false;
  return header === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Each procedure's JSON, written once: a page is fifty of them, and serialising them anew for
 * every page asked cost a loaded server a twelfth of its time. Keyed by the version object,
 * which the catalogue cache keeps unchanged until the catalogue changes; the texts go with it.
 */
const procedureJson = new WeakMap<ProcedureVersion, string>();

/** `{asOf, total, procedures}` as `c.json` would write it, from the procedures' kept texts. */
function pageJson(asOf: IsoDate, total: number, procedures: readonly ProcedureVersion[]): string {
  const texts = procedures.map((procedure) => {
    let text = procedureJson.get(procedure);
    if (text === undefined) {
      text = JSON.stringify(procedure);
      procedureJson.set(procedure, text);
    }
    return text;
  });
  return `{"asOf":${JSON.stringify(asOf)},"total":${total},"procedures":[${texts.join(',')}]}`;
}

/**
 * The catalogue in force on a date (paged, searched), the whole snapshot of a date (ETag),
 * and the latest published snapshot — public, CORS-open, so the extension can poll it.
 */
export const catalogueRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    requirePermission(c, 'catalogue.read');
    const query = queryOf(c, CatalogueQuerySchema);
    const { db, catalogue, now } = c.var.services;
    const asOf = query.at ?? todayInVietnam(now());
    const view = await catalogue.view(db, asOf);
    const matching = query.q ? searchView(view, query.q) : view.procedures;
    const page = matching.slice(query.offset, query.offset + query.limit);
    return c.body(pageJson(asOf, matching.length, page), 200, { 'content-type': 'application/json' });
  })
  .get('/snapshot', async (c) => {
    requirePermission(c, 'catalogue.read');
    const query = queryOf(c, CatalogueSnapshotQuerySchema);
    const { db, catalogue, now } = c.var.services;
    const snapshot = await catalogue.snapshot(db, query.at ?? todayInVietnam(now()), now());
    const etag = `"${snapshot.hash}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', 'private, no-cache');
    if (notModified(c, etag)) return c.body(null, 304);
    return c.json(snapshot);
  })
  .get('/published', async (c) => {
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Access-Control-Expose-Headers', 'ETag');
    c.header('Cache-Control', 'public, no-cache');
    const { db } = c.var.services;
    const hash = await latestPublicationHash(db);
    // Through the one serialiser of errors, so the message is core's sentence for the code.
    if (!hash)
      return errorResponse(
        c,
        new ApiHttpError(404, 'not-found', 'Chưa công bố danh mục nào (nothing published yet).', {
          resource: 'publication',
        }),
      );
    const etag = `"${hash}"`;
    c.header('ETag', etag);
    if (notModified(c, etag)) return c.body(null, 304);
    return c.json(await publicationSnapshot(db, hash));
  });
