import {
  CatalogueResponseSchema,
  type CatalogueSnapshot,
  type IsoDate,
  parseCatalogueSnapshot,
} from '@niemyet/core';
import { z } from 'zod';
import { ApiError, CLIENT_ERROR_CODES } from './api-error';
import type { ApiClient } from './http';

/** The catalogue in force on a date: a page of it, or the whole snapshot for the browser's cache. */

export function listCatalogue(
  client: ApiClient,
  query: { at: IsoDate; q?: string; limit?: number; offset?: number },
) {
  return client.send({ method: 'GET', path: '/api/catalogue', query, response: CatalogueResponseSchema });
}

/** An ETag as the server sends it: the snapshot's hash in quotes (`W/` when a proxy weakened it). */
export function etagOf(hash: string): string {
  return `"${hash}"`;
}

export type SnapshotAnswer = { changed: false } | { changed: true; snapshot: CatalogueSnapshot };

/**
 * GET /api/catalogue/snapshot?at=: with the hash of the copy the browser already has, the
 * server answers 304 and 20,000 procedures are not sent again. A snapshot that comes back is
 * checked by core (schema and hash), like one from a file.
 */
export async function fetchCatalogueSnapshot(
  client: ApiClient,
  at: IsoDate,
  cachedHash: string | null,
  signal?: AbortSignal,
): Promise<SnapshotAnswer> {
  return conditionalSnapshot(client, '/api/catalogue/snapshot', { at }, cachedHash, signal);
}

/** GET /api/catalogue/published: the catalogue the extension receives (null before the first publication). */
export async function fetchPublishedSnapshot(
  client: ApiClient,
  cachedHash: string | null = null,
  signal?: AbortSignal,
): Promise<SnapshotAnswer | null> {
  try {
    return await conditionalSnapshot(client, '/api/catalogue/published', undefined, cachedHash, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

async function conditionalSnapshot(
  client: ApiClient,
  path: string,
  query: Record<string, string> | undefined,
  cachedHash: string | null,
  signal: AbortSignal | undefined,
): Promise<SnapshotAnswer> {
  const answer = await client.request({
    method: 'GET',
    path,
    query,
    headers: cachedHash ? { 'If-None-Match': etagOf(cachedHash) } : {},
    // Parsed below by core: the schema and the hash of the content.
    response: z.unknown(),
    allowNotModified: true,
    signal,
  });
  if (answer.notModified) return { changed: false };
  try {
    return { changed: true, snapshot: parseCatalogueSnapshot(answer.data) };
  } catch (cause) {
    throw new ApiError({
      status: answer.status,
      code: CLIENT_ERROR_CODES.badResponse,
      params: { path },
      message: cause instanceof Error ? cause.message : String(cause),
    });
  }
}
