import {
  type Decision,
  type DecisionContent,
  type DecisionRevisionRecord,
  type DecisionRevisionResponse,
  type DecisionRevisionSummary,
  decisionContent,
} from '@niemyet/core';
import { type Db, isoInstant, json } from '../db/schema';
import { INSERT_CHUNK } from './changelog';

/**
 * The saved revisions of decisions: one row per revision a drafter saved (creation is
 * revision 0), written in the transaction that saves the decision, so a revision the
 * decision names always has its row — except for decisions that arrived by import or
 * restore without their history, which `revisionsOf` completes from the decision itself.
 */

/** A row as core's bundle carries it (`WorkspaceBundle.decisionRevisions`). */
export type StoredRevision = DecisionRevisionRecord;

/** The row a decision as it is now is saved as. */
export function revisionOf(decision: Decision, savedAt: string): StoredRevision {
  return {
    decisionId: decision.id,
    revision: decision.revision,
    author: decision.author,
    savedAt,
    revisionHash: decision.revisionHash,
    content: decisionContent(decision),
  };
}

export async function insertRevisions(db: Db, revisions: readonly StoredRevision[]): Promise<void> {
  for (let i = 0; i < revisions.length; i += INSERT_CHUNK) {
    const chunk = revisions.slice(i, i + INSERT_CHUNK);
    await db
      .insertInto('decision_revisions')
      .values(
        chunk.map((r) => ({
          decision_id: r.decisionId,
          revision: r.revision,
          author: r.author,
          saved_at: r.savedAt,
          revision_hash: r.revisionHash,
          content: json(r.content),
        })),
      )
      // A bundle restored twice, or a revision already saved, keeps the first row.
      .onConflict((oc) => oc.columns(['decision_id', 'revision']).doNothing())
      .execute();
  }
}

type Row = {
  decision_id: string;
  revision: number;
  author: string;
  saved_at: Date | string;
  revision_hash: string;
  content: unknown;
};

function fromRow(row: Row): StoredRevision {
  return {
    decisionId: row.decision_id,
    revision: row.revision,
    author: row.author,
    savedAt: isoInstant(row.saved_at),
    revisionHash: row.revision_hash,
    content: row.content as DecisionContent,
  };
}

/** Every stored revision (for a backup), by decision then revision. */
export async function readAllRevisions(db: Db): Promise<StoredRevision[]> {
  const rows = await db
    .selectFrom('decision_revisions')
    .selectAll()
    .orderBy('decision_id')
    .orderBy('revision')
    .execute();
  return rows.map(fromRow);
}

/**
 * The revisions of a decision, oldest first, ending with its current one: when the current
 * revision has no row (it arrived by import or restore), it is built from the decision, dated
 * by its last transition.
 */
export async function revisionsOf(db: Db, decision: Decision): Promise<StoredRevision[]> {
  const rows = await db
    .selectFrom('decision_revisions')
    .selectAll()
    .where('decision_id', '=', decision.id)
    .where('revision', '<=', decision.revision)
    .orderBy('revision')
    .execute();
  const revisions = rows.map(fromRow);
  if (revisions.at(-1)?.revision !== decision.revision) revisions.push(unsavedRevision(decision));
  return revisions;
}

/**
 * The current revision of a decision that arrived without its history, dated by its last
 * transition (the last thing known to have happened to it).
 */
export function unsavedRevision(decision: Decision): StoredRevision {
  return revisionOf(decision, decision.transitions.at(-1)?.at ?? new Date(0).toISOString());
}

export function revisionSummary(revision: StoredRevision): DecisionRevisionSummary {
  return {
    revision: revision.revision,
    author: revision.author,
    savedAt: revision.savedAt,
    revisionHash: revision.revisionHash,
    items: revision.content.items.length,
  };
}

export function revisionResponse(revision: StoredRevision): DecisionRevisionResponse {
  return { ...revisionSummary(revision), content: revision.content };
}
