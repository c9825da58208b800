import { can, type Decision } from '@niemyet/core';
import type { Db } from '../db/schema';
import { ApiHttpError } from '../http/errors';
import { listUsers } from '../repositories/users';

/**
 * The reviewers a drafter sends a draft to must be able to review it: enabled accounts
 * holding the reviewer role, and not the author of the revision (who may not approve it).
 * Returns them once each, in the order given; refuses the whole list naming the first misfit.
 */
export async function checkedReviewers(
  db: Db,
  decision: Decision,
  reviewers: readonly string[],
): Promise<string[]> {
  const wanted = [...new Set(reviewers)];
  if (wanted.length === 0) return wanted;
  const accounts = new Map((await listUsers(db)).map((user) => [user.username, user]));
  for (const username of wanted) {
    const account = accounts.get(username);
    const why =
      username === decision.author
        ? 'là người soạn phiên bản này (is the author of this revision)'
        : !account || account.disabled
          ? 'không phải tài khoản đang hoạt động (is not an enabled account)'
          : !can(account.roles, 'decisions.review')
            ? 'không có vai trò thẩm định (does not hold the reviewer role)'
            : null;
    if (why)
      throw new ApiHttpError(422, 'bad-request', `Không gửi thẩm định cho «${username}» được: ${why}.`, {
        field: 'reviewers',
        username,
      });
  }
  return wanted;
}
