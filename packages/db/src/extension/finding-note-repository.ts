import { bulkPutChunked } from './bulk';
import type { NiemyetExtensionDb } from './database';
import { type FindingNote, type FindingNoteInput, FindingNoteInputSchema } from './records';

export interface NoteStamp {
  at: string;
  id?: string;
}

/** Records a user's action on a finding; throws naming the problem when the input is invalid. */
export async function addFindingNote(
  db: NiemyetExtensionDb,
  input: FindingNoteInput,
  stamp: NoteStamp,
): Promise<FindingNote> {
  const parsed = FindingNoteInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Invalid finding note: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const note: FindingNote = { ...parsed.data, id: stamp.id ?? crypto.randomUUID(), at: stamp.at };
  await db.findingNotes.put(note);
  return note;
}

export function putFindingNotes(db: NiemyetExtensionDb, notes: readonly FindingNote[]): Promise<number> {
  return bulkPutChunked(db, db.findingNotes, notes);
}

/** Notes on an audit's rows, oldest first. */
export async function notesForAudit(db: NiemyetExtensionDb, auditId: string): Promise<FindingNote[]> {
  const notes = await db.findingNotes.where('auditId').equals(auditId).toArray();
  return notes.sort(byTime);
}

/** Notes on a procedure code as listed on a page, oldest first. */
export async function notesForCode(
  db: NiemyetExtensionDb,
  code: string,
  url: string,
): Promise<FindingNote[]> {
  const notes = await db.findingNotes.where('[code+url]').equals([code, url]).toArray();
  return notes.sort(byTime);
}

function byTime(a: FindingNote, b: FindingNote): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : 0;
}
