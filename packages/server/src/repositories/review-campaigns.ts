import { type ReviewCampaign, ReviewCampaignSchema } from '@niemyet/core';
import { type Db, json } from '../db/schema';
import { INSERT_CHUNK } from './changelog';

/** Review campaigns, one row each, read newest first. */

export async function readCampaigns(db: Db): Promise<ReviewCampaign[]> {
  const rows = await db
    .selectFrom('review_campaigns')
    .select('document')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ReviewCampaignSchema.parse(r.document));
}

export async function findCampaign(db: Db, id: string): Promise<ReviewCampaign | null> {
  const row = await db
    .selectFrom('review_campaigns')
    .select('document')
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? ReviewCampaignSchema.parse(row.document) : null;
}

/** Adds campaigns; an id held already is skipped (a workspace import brings its own again). */
export async function insertCampaigns(
  db: Db,
  campaigns: readonly ReviewCampaign[],
  now: string,
): Promise<void> {
  for (let i = 0; i < campaigns.length; i += INSERT_CHUNK)
    await db
      .insertInto('review_campaigns')
      .values(
        campaigns.slice(i, i + INSERT_CHUNK).map((c) => ({ id: c.id, document: json(c), created_at: now })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
}
