import { z } from 'zod';

/**
 * The roles of the team workspace (DESIGN §3). A user may hold several: in a small office the
 * same person often drafts and supervises.
 * - `drafter`: composes decisions, imports decision lists, records issued decisions, publishes;
 * - `reviewer`: the legal reviewer who approves or requests changes (never their own revision);
 * - `supervisor`: records issued decisions, publishes, exports, reads the activity log;
 * - `admin`: accounts, backups and restores.
 */
export const RoleSchema = z.enum(['drafter', 'reviewer', 'supervisor', 'admin']);
export type Role = z.infer<typeof RoleSchema>;
export const ROLES: readonly Role[] = RoleSchema.options;
