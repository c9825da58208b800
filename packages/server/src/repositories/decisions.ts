import type { Decision, DecisionRef, DecisionState, DecisionSummary } from '@niemyet/core';
import { type Db, isoInstant, json } from '../db/schema';
import { INSERT_CHUNK } from './changelog';

function columnsOf(decision: Decision) {
  return {
    state: decision.state,
    author: decision.author,
    revision: decision.revision,
    number: decision.number,
    title: decision.title,
    signed_on: decision.signedOn,
    effective_on: decision.effectiveOn,
    revision_hash: decision.revisionHash,
    item_count: decision.items.length,
    document: json(decision),
  };
}

export async function insertDecisions(db: Db, decisions: readonly Decision[], now: string): Promise<void> {
  // A 20,000-row import carries ~200 decisions of ~100 items: chunk by weight, not by count.
  let chunk: Decision[] = [];
  let weight = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    await db
      .insertInto('decisions')
      .values(chunk.map((d) => ({ id: d.id, ...columnsOf(d), created_at: now, updated_at: now })))
      .execute();
    chunk = [];
    weight = 0;
  };
  for (const decision of decisions) {
    chunk.push(decision);
    weight += Math.max(1, decision.items.length);
    if (weight >= INSERT_CHUNK * 4) await flush();
  }
  await flush();
}

/** A stored document as core's type: documents saved before reviewers were named lack the key. */
function decisionOf(document: unknown): Decision {
  const decision = document as Decision;
  return decision.reviewers ? decision : { ...decision, reviewers: [] };
}

/** One decision; `forUpdate` locks its row until the transaction ends (no lost update). */
export async function findDecision(db: Db, id: string, forUpdate = false): Promise<Decision | null> {
  let query = db.selectFrom('decisions').select('document').where('id', '=', id);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? decisionOf(row.document) : null;
}

export async function updateDecision(db: Db, decision: Decision, now: string): Promise<void> {
  await db
    .updateTable('decisions')
    .set({ ...columnsOf(decision), updated_at: now })
    .where('id', '=', decision.id)
    .execute();
}

/** Revision hashes of the decisions among `ids` the workspace holds. */
export async function storedRevisionHashes(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < ids.length; i += INSERT_CHUNK) {
    const chunk = ids.slice(i, i + INSERT_CHUNK);
    const rows = await db
      .selectFrom('decisions')
      .select(['id', 'revision_hash'])
      .where('id', 'in', chunk)
      .execute();
    for (const row of rows) found.set(row.id, row.revision_hash);
  }
  return found;
}

export async function readDecisions(db: Db, states?: readonly DecisionState[]): Promise<Decision[]> {
  let query = db.selectFrom('decisions').select('document').orderBy('id');
  if (states) query = query.where('state', 'in', states);
  const rows = await query.execute();
  return rows.map((r) => decisionOf(r.document));
}

/** What a procedure's history says of the decisions that made its versions. */
export async function decisionRefs(db: Db, ids: readonly string[]): Promise<DecisionRef[]> {
  const refs: DecisionRef[] = [];
  for (let i = 0; i < ids.length; i += INSERT_CHUNK) {
    const rows = await db
      .selectFrom('decisions')
      .select(['id', 'number', 'title', 'state', 'signed_on', 'effective_on'])
      .where('id', 'in', ids.slice(i, i + INSERT_CHUNK))
      .execute();
    for (const r of rows)
      refs.push({
        id: r.id,
        number: r.number,
        title: r.title,
        state: r.state as DecisionState,
        signedOn: r.signed_on,
        effectiveOn: r.effective_on,
      });
  }
  return refs;
}

export interface DecisionListFilter {
  state?: DecisionState;
  /** Only these ids (the `waiting=me` filter, worked out on the documents). */
  ids?: readonly string[];
  limit: number;
  offset: number;
}

/** What a summary says that needs the whole document: worked out by the caller's rules. */
export type SummaryExtras = (
  decision: Decision,
) => Pick<DecisionSummary, 'reviewers' | 'approvedBy' | 'deadline'>;

export async function listDecisions(
  db: Db,
  filter: DecisionListFilter,
  extras: SummaryExtras,
): Promise<{ total: number; decisions: DecisionSummary[] }> {
  if (filter.ids?.length === 0) return { total: 0, decisions: [] };
  let base = db.selectFrom('decisions');
  if (filter.state) base = base.where('state', '=', filter.state);
  if (filter.ids) base = base.where('id', 'in', filter.ids);
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    base
      .select([
        'id',
        'number',
        'title',
        'state',
        'author',
        'revision',
        'signed_on',
        'effective_on',
        'item_count',
        'updated_at',
        // Reviewers, fresh approvals and the deadline are read from the document: only for the page.
        'document',
      ])
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
  ]);
  return {
    total: Number(count.n),
    decisions: rows.map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      state: r.state as DecisionState,
      author: r.author,
      ...extras(decisionOf(r.document)),
      revision: r.revision,
      signedOn: r.signed_on,
      effectiveOn: r.effective_on,
      items: r.item_count,
      updatedAt: isoInstant(r.updated_at),
    })),
  };
}
