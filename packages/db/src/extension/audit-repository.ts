import { Dexie } from 'dexie';
import { bulkPutChunked } from './bulk';
import type { NiemyetExtensionDb } from './database';
import type { StoredAudit } from './records';

/** How many audits of the same page are kept: a portal page is re-read on every visit. */
export const AUDITS_KEPT_PER_URL = 5;

/** An audit without its findings, for lists. */
export type AuditHeader = Omit<StoredAudit, 'findings'> & { findingCount: number };

export function auditHeader(audit: StoredAudit): AuditHeader {
  const { findings, ...rest } = audit;
  return { ...rest, findingCount: findings.length };
}

/** Stores an audit; page audits beyond the newest `keepPerUrl` of the same URL are dropped. */
export async function saveAudit(
  db: NiemyetExtensionDb,
  audit: StoredAudit,
  keepPerUrl = AUDITS_KEPT_PER_URL,
): Promise<void> {
  await db.transaction('rw', db.audits, async () => {
    await db.audits.put(audit);
    if (audit.pullId !== null) return;
    const sameUrl = await db.audits
      .where('[tabUrl+readAt]')
      .between([audit.tabUrl, Dexie.minKey], [audit.tabUrl, Dexie.maxKey])
      .filter((a) => a.pullId === null)
      .primaryKeys();
    const excess = sameUrl.length - keepPerUrl;
    // primaryKeys() come in index order (oldest first).
    if (excess > 0) await db.audits.bulkDelete(sameUrl.slice(0, excess));
  });
}

export function putAudits(db: NiemyetExtensionDb, audits: readonly StoredAudit[]): Promise<number> {
  return bulkPutChunked(db, db.audits, audits);
}

export function getAudit(db: NiemyetExtensionDb, id: string): Promise<StoredAudit | undefined> {
  return db.audits.get(id);
}

/** The newest audit of a page (page audits and pulls started on it alike). */
export function latestAuditForUrl(db: NiemyetExtensionDb, url: string): Promise<StoredAudit | undefined> {
  return db.audits.where('[tabUrl+readAt]').between([url, Dexie.minKey], [url, Dexie.maxKey]).last();
}

export async function auditForPull(db: NiemyetExtensionDb, pullId: string): Promise<StoredAudit | undefined> {
  return db.audits.where('pullId').equals(pullId).first();
}

/** Newest first. */
export async function listAuditHeaders(db: NiemyetExtensionDb, limit = 50): Promise<AuditHeader[]> {
  const audits = await db.audits.orderBy('readAt').reverse().limit(limit).toArray();
  return audits.map(auditHeader);
}

export async function deleteAudit(db: NiemyetExtensionDb, id: string): Promise<void> {
  await db.transaction('rw', db.audits, db.findingNotes, async () => {
    await db.audits.delete(id);
    await db.findingNotes.where('auditId').equals(id).delete();
  });
}
