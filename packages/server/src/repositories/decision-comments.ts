import type { DecisionComment } from '@niemyet/core';
import { type Db, isoInstant } from '../db/schema';
import { INSERT_CHUNK } from './changelog';

/** Comments on decisions, their items and fields: appended, never edited, read oldest first. */

export async function insertComments(db: Db, comments: readonly DecisionComment[]): Promise<void> {
  for (let i = 0; i < comments.length; i += INSERT_CHUNK) {
    const chunk = comments.slice(i, i + INSERT_CHUNK);
    await db
      .insertInto('decision_comments')
      .values(
        chunk.map((c) => ({
          id: c.id,
          decision_id: c.decisionId,
          revision: c.revision,
          author: c.author,
          at: c.at,
          item_id: c.itemId,
          field: c.field,
          text: c.text,
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}

/** The comments of one decision, or of every decision (for a backup) when `decisionId` is absent. */
export async function readComments(db: Db, decisionId?: string): Promise<DecisionComment[]> {
  let query = db.selectFrom('decision_comments').selectAll().orderBy('at').orderBy('id');
  if (decisionId !== undefined) query = query.where('decision_id', '=', decisionId);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    decisionId: r.decision_id,
    revision: r.revision,
    author: r.author,
    at: isoInstant(r.at),
    itemId: r.item_id,
    field: r.field as DecisionComment['field'],
    text: r.text,
  }));
}
