import {
  chainChangeLogDrafts,
  changeLogNationalDbEntry,
  type Decision,
  type NationalDbBody,
  todayInVietnam,
} from '@niemyet/core';
import type { Services, SignedInUser } from '../context';
import { ApiHttpError, notFound } from '../http/errors';
import { changeLogHead, insertChangeLog } from '../repositories/changelog';
import { findDecision, updateDecision } from '../repositories/decisions';
import { lockChain } from '../repositories/workspace';

/**
 * Records the day an issued decision's items were entered on (abolished ones: removed from)
 * the national database. The date is history, not content: it is set on the items (the
 * content hashes the change log keeps leave it out, so the entries of the issue still match)
 * and each recorded item gets its own change-log entry. A recorded date is final, like the
 * log entry that holds it: recording an item twice is refused, never rewritten. Written
 * under the chain lock, then the decision's row lock, the order issuing takes them in.
 */
export async function recordNationalDb(
  services: Services,
  user: SignedInUser,
  id: string,
  body: NationalDbBody,
): Promise<Decision> {
  return services.db.transaction().execute(async (tx) => {
    await lockChain(tx);
    const decision = await findDecision(tx, id, true);
    if (!decision) throw notFound('quyết định', id);
    if (decision.state !== 'issued')
      throw new ApiHttpError(
        409,
        'invalid-transition',
        `Chỉ ghi ngày cập nhật Cơ sở dữ liệu quốc gia cho quyết định đã ban hành (decision ${decision.number || decision.id} is "${decision.state}", not issued).`,
        { state: decision.state },
      );
    if (decision.signedOn && body.on < decision.signedOn)
      throw badRequest(
        'on',
        `Ngày cập nhật trước ngày ký quyết định (${decision.signedOn}) (before the signing date).`,
      );
    if (body.on > todayInVietnam(services.now()))
      throw badRequest('on', 'Ngày cập nhật chưa đến (the date is in the future).');

    const byId = new Map(decision.items.map((item) => [item.id, item]));
    const unknown = (body.itemIds ?? []).filter((itemId) => !byId.has(itemId));
    if (unknown.length > 0)
      throw badRequest('itemIds', `Quyết định không có thủ tục: ${unknown.join(', ')} (unknown items).`, {
        itemIds: unknown,
      });
    const chosen = body.itemIds
      ? [...new Set(body.itemIds)]
      : decision.items.filter((item) => item.nationalDbOn === null).map((item) => item.id);
    const recorded = chosen.filter((itemId) => byId.get(itemId)!.nationalDbOn !== null);
    if (recorded.length > 0 || chosen.length === 0)
      throw new ApiHttpError(
        409,
        'invalid-transition',
        chosen.length === 0
          ? 'Mọi thủ tục của quyết định đã được ghi ngày cập nhật (every item is recorded already).'
          : `Đã ghi ngày cập nhật cho: ${recorded.join(', ')}; ngày đã ghi không sửa được (already recorded; a recorded date is final).`,
        { field: 'itemIds', itemIds: recorded },
      );

    const wanted = new Set(chosen);
    const next: Decision = {
      ...decision,
      items: decision.items.map((item) => (wanted.has(item.id) ? { ...item, nationalDbOn: body.on } : item)),
    };
    const at = services.now().toISOString();
    const active = (await services.catalogue.view(tx, next.effectiveOn ?? body.on)).state.active;
    // Entries in item order, as issuing writes them, whatever order the request named them in.
    const drafts = next.items
      .filter((item) => wanted.has(item.id))
      .map((item) =>
        changeLogNationalDbEntry(next, item.id, user.username, at, {
          levelsOf: (procedureId) => active.get(procedureId)?.levels ?? [],
        }),
      );
    const head = await changeLogHead(tx);
    await insertChangeLog(tx, chainChangeLogDrafts(head, drafts));
    await updateDecision(tx, next, at);
    return next;
  });
}

function badRequest(field: string, message: string, params: Record<string, unknown> = {}): ApiHttpError {
  return new ApiHttpError(422, 'bad-request', message, { field, ...params });
}
