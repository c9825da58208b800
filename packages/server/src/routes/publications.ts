import { PublicationCreateBodySchema } from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { clientAddress } from '../http/client';
import { jsonBody } from '../http/validation';
import { recordActivity } from '../repositories/activity';
import { insertPublication, listPublications } from '../repositories/publications';

/** Publishing the catalogue of a date as a snapshot (drafter, supervisor), and the list of publications. */
export const publicationRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    requirePermission(c, 'catalogue.read');
    return c.json({ publications: await listPublications(c.var.services.db) });
  })
  .post('/', async (c) => {
    const user = requirePermission(c, 'publications.create');
    const body = await jsonBody(c, PublicationCreateBodySchema);
    const { db, catalogue, now, settings } = c.var.services;
    const at = now();
    const snapshot = await catalogue.snapshot(db, body.asOf, at);
    const publication = await insertPublication(db, snapshot, user.username, at.toISOString());
    await recordActivity(
      db,
      {
        actor: user.username,
        action: 'publication',
        target: snapshot.hash,
        address: clientAddress(c, settings.trustProxy),
        details: { asOf: body.asOf, procedures: publication.procedures },
      },
      at.toISOString(),
    );
    return c.json(publication, 201);
  });
