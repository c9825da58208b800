import { randomUUID } from 'node:crypto';
import {
  fieldsOf,
  type OfficePostingRecord,
  type PostingRecordEntry,
  type RepostingAction,
  type RepostingChecklistResponse,
  type RepostingDoneBody,
  type RepostingItem,
} from '@niemyet/core';
import type { Services, SignedInUser } from '../context';
import { ApiHttpError } from '../http/errors';
import { recordActivity } from '../repositories/activity';
import {
  deletePostings,
  insertPostingRecords,
  readPostings,
  upsertPostings,
} from '../repositories/office-postings';
import { catalogueKey } from '../repositories/workspace';
import { checklistOf, readChecklist } from './office-checklist';
import { officeOr404 } from './office-service';
import { postingContext } from './posting-context';

const checklistChanged = (procedureIds: string[]) =>
  new ApiHttpError(
    409,
    'checklist-changed',
    `Danh sách đã thay đổi: ${procedureIds.join(', ')} (the checklist has changed).`,
    { procedureIds },
  );

/**
 * `POST /api/offices/:id/checklist/done`: marks items done, all or nothing. The office's row
 * is locked first, so two people marking the same item at once queue: the second finds it no
 * longer pending and is told the checklist changed, and nothing of theirs is written.
 * take-down removes the procedure from the posted list; replace and add post the content in
 * force on `at`.
 */
export async function markChecklistDone(
  services: Services,
  user: SignedInUser,
  officeId: string,
  body: RepostingDoneBody,
  address: string | null,
): Promise<RepostingChecklistResponse> {
  // The catalogue is read on the pool before the transaction (see legal/legal-reading.ts):
  // folded once, and the posted list is then compared to it under the office's lock. Its key
  // is taken first: a decision issued or a restore in between is seen inside the transaction.
  const keyBefore = await catalogueKey(services.db);
  const context = await postingContext(services, body.at);
  const { state } = context;
  const now = services.now().toISOString();

  await services.db.transaction().execute(async (tx) => {
    const office = await officeOr404(tx, officeId, true);
    // The catalogue moved since it was read: what is pending may differ, so nothing is marked.
    if ((await catalogueKey(tx)) !== keyBefore)
      throw checklistChanged([...new Set(body.items.map((item) => item.procedureId))].sort());
    const posted = (await readPostings(tx, [officeId])).get(officeId) ?? [];
    // The checklist decides what is pending; its word diffs are not needed to mark items done.
    const pending = new Map<string, RepostingItem>();
    for (const item of checklistOf(context, office.scope, posted, 1).items)
      pending.set(item.procedureId, item);

    const chosen = new Map<string, RepostingAction>();
    const stale = new Set<string>();
    for (const { procedureId, action } of body.items) {
      const item = pending.get(procedureId);
      const earlier = chosen.get(procedureId);
      if (!item || item.action !== action || (earlier !== undefined && earlier !== action))
        stale.add(procedureId);
      else chosen.set(procedureId, action);
    }
    if (stale.size > 0) throw checklistChanged([...stale].sort());

    const takeDown: string[] = [];
    const toPost: OfficePostingRecord[] = [];
    const records: PostingRecordEntry[] = [];
    for (const [procedureId, action] of chosen) {
      const item = pending.get(procedureId)!;
      if (action === 'take-down') takeDown.push(procedureId);
      else {
        const version = state.active.get(procedureId);
        // The checklist offered it from this very catalogue: in force, or it would not be pending.
        if (!version) throw checklistChanged([procedureId]);
        toPost.push({
          officeId,
          procedureId,
          fields: fieldsOf(version),
          postedOn: context.at,
          postedBy: user.username,
          postedAt: now,
        });
      }
      records.push({
        id: randomUUID(),
        officeId,
        procedureId,
        code: item.code,
        name: item.name,
        action,
        decisionNumber: item.decisionNumber,
        doneBy: user.username,
        doneAt: now,
        postedOn: context.at,
      });
    }
    await deletePostings(tx, officeId, takeDown);
    await upsertPostings(tx, toPost);
    await insertPostingRecords(tx, records);
    const counts: Record<RepostingAction, number> = { 'take-down': 0, replace: 0, add: 0 };
    for (const action of chosen.values()) counts[action]++;
    await recordActivity(
      tx,
      {
        actor: user.username,
        action: 'reposting',
        target: officeId,
        address,
        details: { office: office.name, at: context.at, ...counts },
      },
      now,
    );
  });
  return readChecklist(services, officeId, context.at);
}
