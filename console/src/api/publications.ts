import {
  type IsoDate,
  type Publication,
  PublicationCreateBodySchema,
  PublicationSchema,
  PublicationsResponseSchema,
} from '@niemyet/core';
import type { ApiClient } from './http';

/** Publishing the catalogue of a date (what the extension then receives) and the list of publications. */

/** POST /api/publications {asOf} → 201 with the publication (its hash). */
export function publishCatalogue(client: ApiClient, asOf: IsoDate): Promise<Publication> {
  return client.send({
    method: 'POST',
    path: '/api/publications',
    json: { schema: PublicationCreateBodySchema, value: { asOf } },
    response: PublicationSchema,
  });
}

/** Newest first: the first is the published catalogue. */
export async function listPublications(client: ApiClient): Promise<Publication[]> {
  return (
    await client.send({ method: 'GET', path: '/api/publications', response: PublicationsResponseSchema })
  ).publications;
}
