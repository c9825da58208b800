import {
  API_BODY_LIMITS,
  DocumentBodySchema,
  DocumentListQuerySchema,
  type DocumentListResponse,
} from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { bodyLimit } from '../http/body-limit';
import { clientAddress } from '../http/client';
import { jsonBody, queryOf, uploadBytes } from '../http/validation';
import { documentDetail, listDocuments } from '../legal/document-views';
import { AtQuerySchema, IssuerKindQuerySchema } from '../legal/legal-queries';
import { editDocument, importDocuments, registerDocument } from '../legal/registry-service';

/**
 * The legal-document registry: read by every role, written by reviewers and admins. A
 * document is addressed by its URL-encoded number in any spelling.
 */
export const documentRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    requirePermission(c, 'legal.read');
    const query = queryOf(c, DocumentListQuerySchema);
    return c.json((await listDocuments(c.var.services, query)) satisfies DocumentListResponse);
  })
  .post('/', async (c) => {
    const user = requirePermission(c, 'legal.write');
    const body = await jsonBody(c, DocumentBodySchema);
    const { issuerKind } = queryOf(c, IssuerKindQuerySchema);
    return c.json(await registerDocument(c.var.services, user, body, issuerKind), 201);
  })
  .post('/import', bodyLimit(API_BODY_LIMITS.csv), async (c) => {
    const user = requirePermission(c, 'legal.write');
    const bytes = await uploadBytes(c, 'text/csv');
    const { issuerKind } = queryOf(c, IssuerKindQuerySchema);
    const { settings } = c.var.services;
    return c.json(
      await importDocuments(c.var.services, user, bytes, {
        issuerKind,
        fileName: c.req.header('x-file-name') ?? 'documents.csv',
        address: clientAddress(c, settings.trustProxy),
      }),
    );
  })
  .get('/:number', async (c) => {
    requirePermission(c, 'legal.read');
    const { at } = queryOf(c, AtQuerySchema);
    return c.json(await documentDetail(c.var.services, c.req.param('number'), at));
  })
  .put('/:number', async (c) => {
    requirePermission(c, 'legal.write');
    const body = await jsonBody(c, DocumentBodySchema);
    const { issuerKind } = queryOf(c, IssuerKindQuerySchema);
    return c.json(await editDocument(c.var.services, c.req.param('number'), body, issuerKind));
  });
