import { z } from 'zod';

/** What the activity log records: every sign-in, failed sign-in and admin action. */
export const ACTIVITY_ACTIONS = [
  'setup',
  'sign-in',
  'sign-in-failed',
  'sign-in-throttled',
  'sign-out',
  'user-created',
  'user-updated',
  'import',
  'backup',
  'restore',
  'publication',
  'reposting',
] as const;
export const ActivityActionSchema = z.enum(ACTIVITY_ACTIONS);
export type ActivityAction = z.infer<typeof ActivityActionSchema>;

/** `GET /api/activity?limit=&offset=&actor=&action=`: newest first. */
export const ActivityQuerySchema = z.object({
  actor: z.string().max(64).optional(),
  action: ActivityActionSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ActivityQuery = z.infer<typeof ActivityQuerySchema>;

export const ActivityEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  /** Who acted (the username tried, for a failed sign-in); null for the system. */
  actor: z.string().nullable(),
  action: ActivityActionSchema,
  /** What it acted on (a username, a decision id, a publication hash…). */
  target: z.string().nullable(),
  /** The client address as the server saw it (behind a trusted proxy: X-Forwarded-For). */
  address: z.string().nullable(),
  /** Figures and reasons; never a password or a token. */
  details: z.record(z.string(), z.unknown()),
});
export type ActivityEntry = z.infer<typeof ActivityEntrySchema>;

export const ActivityResponseSchema = z.object({
  total: z.number().int(),
  entries: z.array(ActivityEntrySchema),
});
export type ActivityResponse = z.infer<typeof ActivityResponseSchema>;
