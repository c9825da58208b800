import { z } from 'zod';
import { IsoDateSchema } from '../dates/iso-date';

/**
 * A government-announced change to the working calendar: a weekday given off (bridging a
 * holiday) or a Saturday worked to make up for it. Editable data, one row per day.
 */
export const CalendarAdjustmentSchema = z.object({
  date: IsoDateSchema,
  working: z.boolean(),
  note: z.string().default(''),
});
export type CalendarAdjustment = z.infer<typeof CalendarAdjustmentSchema>;

/**
 * A statutory deadline as data (DESIGN §6), e.g. "a provincial chairman's publication
 * decision is due 5 working days before the legal document takes effect".
 */
export const DeadlineRuleSchema = z.object({
  id: z.string().min(1),
  /** What the deadline constrains. */
  subject: z.enum(['decision-signed', 'national-db-entry', 'annual-review-plan', 'office-reposted']),
  /** The date it counts from. */
  anchor: z.enum(['document-effective', 'decision-signed', 'year-start', 'procedure-change-effective']),
  direction: z.enum(['before', 'after']),
  workingDays: z.number().int().nonnegative(),
  /**
   * When set, the offset is this many calendar days and `workingDays` is ignored: for
   * deadlines fixed on the calendar, e.g. "before 31 January" = 29 days after 1 January.
   */
  calendarDays: z.number().int().nonnegative().optional(),
  /** Which issuers it applies to ('province' for a provincial chairman, 'ministry' …); empty = all. */
  issuerKinds: z.array(z.string()).default([]),
  source: z.string(),
  description: z.string(),
});
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;

export const WorkspaceSettingsSchema = z.object({
  calendarAdjustments: z.array(CalendarAdjustmentSchema).default([]),
  deadlineRules: z.array(DeadlineRuleSchema).default([]),
});
export type WorkspaceSettings = z.infer<typeof WorkspaceSettingsSchema>;
