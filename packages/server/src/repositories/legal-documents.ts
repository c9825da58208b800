import { type LegalDocument, LegalDocumentSchema } from '@niemyet/core';
import { type Db, json } from '../db/schema';
import { INSERT_CHUNK } from './changelog';

/** The registered legal documents, one row each, keyed by canonical number. */

/** A stored record as core's type: records moved from older bundles get the newer fields' defaults. */
function documentOf(value: unknown): LegalDocument {
  return LegalDocumentSchema.parse(value);
}

/** Every registered document, in number order (a backup, the registry read whole). */
export async function readLegalDocuments(db: Db): Promise<LegalDocument[]> {
  const rows = await db.selectFrom('legal_documents').select('document').orderBy('number').execute();
  return rows.map((r) => documentOf(r.document));
}

/**
 * Registers documents; those whose number or id is held already are skipped. Returns the
 * numbers written, so a caller that expected all of them can refuse the rest (a concurrent
 * registration of the same number).
 */
export async function insertLegalDocuments(
  db: Db,
  documents: readonly LegalDocument[],
  now: string,
  by: string | null,
): Promise<Set<string>> {
  const written = new Set<string>();
  for (let i = 0; i < documents.length; i += INSERT_CHUNK) {
    const chunk = documents.slice(i, i + INSERT_CHUNK);
    const rows = await db
      .insertInto('legal_documents')
      .values(
        chunk.map((d) => ({
          id: d.id,
          number: d.number,
          document: json(d),
          created_at: now,
          created_by: by,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .returning('number')
      .execute();
    for (const row of rows) written.add(row.number);
  }
  return written;
}

/** The registered document with this canonical number, its row locked when `forUpdate`. */
export async function findLegalDocument(
  db: Db,
  number: string,
  forUpdate = false,
): Promise<LegalDocument | null> {
  let query = db.selectFrom('legal_documents').select('document').where('number', '=', number);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? documentOf(row.document) : null;
}

export async function updateLegalDocument(db: Db, document: LegalDocument): Promise<void> {
  await db
    .updateTable('legal_documents')
    .set({ document: json(document) })
    .where('number', '=', document.number)
    .execute();
}
