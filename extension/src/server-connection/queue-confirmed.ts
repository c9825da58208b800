import type { NiemyetExtensionDb } from '@niemyet/db';
import { getAudit, queueFindingReports } from '@niemyet/db';
import { readSetting } from '../settings/setting';
import { serverConnectionSetting } from '../settings/settings';
import { reportItemOf } from './finding-report-item';

/**
 * An officer confirmed a finding of an audit: with a team server connected it is queued for the
 * shared inbox (the background sends the queue). Without one nothing is queued: the
 * confirmation stays a local note, as before the server existed.
 */
export async function queueConfirmedFinding(
  db: NiemyetExtensionDb,
  target: { auditId: string | null; rowIndex: number | null },
  queuedAt: string,
): Promise<boolean> {
  if (target.auditId === null || target.rowIndex === null) return false;
  if (!(await readSetting(serverConnectionSetting))) return false;
  const audit = await getAudit(db, target.auditId);
  const finding = audit?.findings[target.rowIndex];
  if (!audit || !finding) return false;
  const item = reportItemOf(audit, finding, queuedAt);
  if (!item) return false;
  await queueFindingReports(db, [item]);
  return true;
}
