import { OfficeBodySchema, OfficePatchSchema, searchKey } from '@niemyet/core';
import { postingSheetDocx } from '@niemyet/exports';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { fileDownload, MEDIA_TYPES } from '../http/download';
import { jsonBody, queryOf } from '../http/validation';
import { AtQuerySchema } from '../legal/legal-queries';
import { createOffice, patchOffice, readOfficeView } from '../posting/office-service';
import { listOfficeSummaries } from '../posting/office-summaries';
import { readPostingSheet } from '../posting/posting-sheet-reader';

/** Offices: read by every role, created and changed by supervisors and admins; the sheet of a date, as JSON or an A4 DOCX. */
export const officeRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    requirePermission(c, 'posting.read');
    const { at } = queryOf(c, AtQuerySchema);
    return c.json(await listOfficeSummaries(c.var.services, at));
  })
  .post('/', async (c) => {
    const user = requirePermission(c, 'posting.manage');
    const body = await jsonBody(c, OfficeBodySchema);
    return c.json(await createOffice(c.var.services, user, body), 201);
  })
  .get('/:id', async (c) => {
    requirePermission(c, 'posting.read');
    return c.json(await readOfficeView(c.var.services, c.req.param('id')));
  })
  .patch('/:id', async (c) => {
    requirePermission(c, 'posting.manage');
    const body = await jsonBody(c, OfficePatchSchema);
    return c.json(await patchOffice(c.var.services, c.req.param('id'), body));
  })
  .get('/:id/sheet', async (c) => {
    requirePermission(c, 'posting.read');
    const { at } = queryOf(c, AtQuerySchema);
    return c.json(await readPostingSheet(c.var.services, c.req.param('id'), at));
  })
  .get('/:id/sheet.docx', async (c) => {
    requirePermission(c, 'posting.read');
    const { at } = queryOf(c, AtQuerySchema);
    const sheet = await readPostingSheet(c.var.services, c.req.param('id'), at);
    const docx = await postingSheetDocx(sheet);
    return fileDownload(
      {
        filename: `niem-yet-${fileStem(sheet.office.name)}-${sheet.validFrom}.docx`,
        contentType: MEDIA_TYPES.docx,
      },
      docx,
    );
  });

/** A file name people recognise: the office's name without diacritics ("bo-phan-mot-cua-so-tu-phap"). */
function fileStem(name: string): string {
  return searchKey(name).replaceAll(' ', '-').slice(0, 80) || 'noi-niem-yet';
}
