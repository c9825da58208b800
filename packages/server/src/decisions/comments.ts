import { randomBytes } from 'node:crypto';
import type { Decision, DecisionComment, DecisionCommentBody, DecisionItem } from '@niemyet/core';
import type { Services, SignedInUser } from '../context';
import type { Db } from '../db/schema';
import { ApiHttpError, notFound } from '../http/errors';
import { insertComments } from '../repositories/decision-comments';
import { revisionsOf } from '../repositories/decision-revisions';
import { findDecision } from '../repositories/decisions';

/**
 * A comment on a decision, an item or one field of an item, made on the revision the
 * commenter was reading. The item must exist in that revision (a comment on an item removed
 * since still shows, on its revision); the revision must exist, so not be newer than the
 * decision's. A decision issued or withdrawn is closed to comments: its record is final.
 * Checked under the decision's row lock, so a comment cannot slip in beside its issue.
 */
export async function addComment(
  services: Services,
  user: SignedInUser,
  decisionId: string,
  body: DecisionCommentBody,
): Promise<DecisionComment> {
  return services.db.transaction().execute(async (tx) => {
    const decision = await findDecision(tx, decisionId, true);
    if (!decision) throw notFound('quyết định', decisionId);
    if (decision.state === 'issued' || decision.state === 'withdrawn')
      throw new ApiHttpError(
        409,
        'immutable',
        `Quyết định đã ${decision.state === 'issued' ? 'ban hành' : 'rút'}: không nhận ý kiến nữa (the decision is ${decision.state}).`,
        { state: decision.state },
      );
    if (body.revision > decision.revision)
      throw badRequest(
        'revision',
        `Quyết định chưa có phiên bản ${body.revision} (latest is ${decision.revision}).`,
        { currentRevision: decision.revision },
      );
    const itemId = body.itemId ?? null;
    if (itemId !== null) {
      const items = await itemsAt(tx, decision, body.revision);
      if (!items)
        throw badRequest(
          'revision',
          `Máy chủ không lưu nội dung phiên bản ${body.revision} (the revision's content is not kept: it was imported).`,
        );
      if (!items.some((item) => item.id === itemId))
        throw badRequest('itemId', `Phiên bản ${body.revision} không có thủ tục «${itemId}» (no such item).`);
    }
    const at = services.now().toISOString();
    const comment: DecisionComment = {
      // Time first, so ids sort as comments were made even within one millisecond's tie-break.
      id: `c-${Date.parse(at).toString(36)}-${randomBytes(6).toString('hex')}`,
      decisionId,
      revision: body.revision,
      author: user.username,
      at,
      itemId,
      field: itemId === null ? null : (body.field ?? null),
      text: body.text,
    };
    await insertComments(tx, [comment]);
    return comment;
  });
}

/** The items of a decision at a revision, or null when that revision's content is not kept. */
async function itemsAt(
  tx: Db,
  decision: Decision,
  revision: number,
): Promise<readonly DecisionItem[] | null> {
  if (revision === decision.revision) return decision.items;
  const found = (await revisionsOf(tx, decision)).find((r) => r.revision === revision);
  return found ? found.content.items : null;
}

function badRequest(field: string, message: string, params: Record<string, unknown> = {}): ApiHttpError {
  return new ApiHttpError(422, 'bad-request', message, { field, ...params });
}
