import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addFindingNote, notesForAudit, notesForCode } from './index';
import { freshDb } from './test-support';

describe('finding notes', () => {
  it('records a confirmation on an audit row with defaults filled', async () => {
    const db = freshDb();
    const note = await addFindingNote(
      db,
      { auditId: 'a', rowIndex: 3, action: 'confirm' },
      { at: 'T1', id: 'n1' },
    );
    expect(note).toEqual({
      id: 'n1',
      at: 'T1',
      auditId: 'a',
      rowIndex: 3,
      code: null,
      url: null,
      action: 'confirm',
      reason: null,
      text: null,
    });
    expect(await notesForAudit(db, 'a')).toEqual([note]);
  });

  it('refuses a dismissal without a reason, naming the field', async () => {
    await expect(
      addFindingNote(freshDb(), { auditId: 'a', rowIndex: 0, action: 'dismiss' }, { at: 'T' }),
    ).rejects.toThrow('Invalid finding note: reason: a dismissal needs a reason');
  });

  it('refuses a note with no target', async () => {
    await expect(addFindingNote(freshDb(), { action: 'note', text: 'x' }, { at: 'T' })).rejects.toThrow(
      'a note targets auditId + rowIndex or code + url',
    );
  });

  it('finds notes by code and page, oldest first', async () => {
    const db = freshDb();
    const url = 'https://dichvucong.gov.vn/p/home/dvc-tthc.html';
    await addFindingNote(db, { code: '1.000001', url, action: 'note', text: 'later' }, { at: 'T2' });
    await addFindingNote(db, { code: '1.000001', url, action: 'dismiss', reason: 'đã báo' }, { at: 'T1' });
    await addFindingNote(db, { code: '1.000002', url, action: 'confirm' }, { at: 'T0' });
    const notes = await notesForCode(db, '1.000001', url);
    expect(notes.map((n) => [n.action, n.at])).toEqual([
      ['dismiss', 'T1'],
      ['note', 'T2'],
    ]);
  });
});
