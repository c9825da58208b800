import {
  type CalendarAdjustment,
  createWorkingCalendar,
  DEFAULT_CALENDAR_ADJUSTMENTS,
  type DeadlineStatusContext,
  todayInVietnam,
} from '@niemyet/core';
import type { WorkspaceDocuments } from '../cache/read-memo';
import type { Services } from '../context';
import type { Db } from '../db/schema';
import { readLegalDocuments } from '../repositories/legal-documents';
import { readSettings } from '../repositories/workspace';

/**
 * What the statutory deadlines of a decision are counted with, on this server today: the
 * day in Vietnam, the legal documents the workspace keeps (none: only what applies without
 * them), and the workspace's own rules and calendar adjustments when it has any (else core's
 * defaults: Decree 63 and the public holidays).
 */
export async function deadlineContext(services: Services, db: Db): Promise<DeadlineStatusContext> {
  const { settings, legalDocuments } = await workspaceDocuments(services, db);
  const { calendarAdjustments, deadlineRules } = settings;
  return {
    today: todayInVietnam(services.now()),
    legalDocuments,
    ...(deadlineRules.length > 0 ? { rules: deadlineRules } : {}),
    ...(calendarAdjustments.length > 0 ? { calendar: workspaceCalendar(calendarAdjustments) } : {}),
  };
}

/**
 * The settings and the registry from the read memo while it holds them, else from the
 * database. Inside a transaction always from the database, and not kept: the transaction may
 * see its own uncommitted writes.
 */
async function workspaceDocuments(services: Services, db: Db): Promise<WorkspaceDocuments> {
  const memo = db.isTransaction ? null : services.memo;
  const remembered = memo?.documents();
  if (remembered) return remembered;
  const mark = memo?.mark('documents') ?? 0;
  const [settings, legalDocuments] = await Promise.all([readSettings(db), readLegalDocuments(db)]);
  const read = { settings, legalDocuments };
  memo?.rememberDocuments(mark, read);
  return read;
}

/** The public holidays, with the workspace's own adjustments winning where they name the same day. */
export function workspaceCalendar(adjustments: readonly CalendarAdjustment[]) {
  const own = new Set(adjustments.map((a) => a.date));
  return createWorkingCalendar([
    ...DEFAULT_CALENDAR_ADJUSTMENTS.filter((a) => !own.has(a.date)),
    ...adjustments,
  ]);
}
