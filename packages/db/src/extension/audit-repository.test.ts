import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addFindingNote,
  auditForPull,
  deleteAudit,
  getAudit,
  latestAuditForUrl,
  listAuditHeaders,
  notesForAudit,
  putAudits,
  saveAudit,
} from './index';
import { freshDb, makeAudit } from './test-support';

const at = (n: number) => `2025-01-0${n}T00:00:00.000Z`;

describe('audit repository', () => {
  it('finds the newest audit of a page', async () => {
    const db = freshDb();
    await saveAudit(db, makeAudit({ id: 'old', readAt: at(1) }));
    await saveAudit(db, makeAudit({ id: 'new', readAt: at(3) }));
    await saveAudit(db, makeAudit({ id: 'other', tabUrl: 'https://other/', readAt: at(5) }));
    expect((await latestAuditForUrl(db, makeAudit().tabUrl))?.id).toBe('new');
    expect(await latestAuditForUrl(db, 'https://nowhere/')).toBeUndefined();
  });

  it('keeps only the newest page audits of a URL, never pull audits', async () => {
    const db = freshDb();
    await saveAudit(db, makeAudit({ id: 'pull', pullId: 'p1', readAt: at(1) }));
    for (let i = 2; i <= 5; i++) await saveAudit(db, makeAudit({ id: `a${i}`, readAt: at(i) }), 2);
    const ids = (await db.audits.toArray()).map((a) => a.id).sort();
    expect(ids).toEqual(['a4', 'a5', 'pull']);
    expect((await auditForPull(db, 'p1'))?.id).toBe('pull');
  });

  it('lists headers newest first, without findings', async () => {
    const db = freshDb();
    await putAudits(db, [
      makeAudit({ id: 'x', readAt: at(1) }),
      makeAudit({ id: 'y', readAt: at(2), tabUrl: 'https://b/' }),
    ]);
    const headers = await listAuditHeaders(db);
    expect(headers.map((h) => h.id)).toEqual(['y', 'x']);
    expect(headers[0]!.findingCount).toBe(1);
    expect('findings' in headers[0]!).toBe(false);
  });

  it('deletes an audit with the notes on its rows', async () => {
    const db = freshDb();
    await saveAudit(db, makeAudit({ id: 'gone' }));
    await addFindingNote(db, { auditId: 'gone', rowIndex: 0, action: 'confirm' }, { at: at(1) });
    await deleteAudit(db, 'gone');
    expect(await getAudit(db, 'gone')).toBeUndefined();
    expect(await notesForAudit(db, 'gone')).toEqual([]);
  });
});
