import type { Role } from '@niemyet/core';
import type { Messages } from '../i18n/messages';

/** A role as people in the office call it (Soạn thảo, Thẩm định pháp lý…), in the user's language. */
export function roleLabel(role: Role, t: Messages): string {
  return t.session.roles[role];
}

export function roleList(roles: readonly Role[], t: Messages): string {
  return roles.map((role) => roleLabel(role, t)).join(', ');
}
