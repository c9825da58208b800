import { auditHeader, latestAuditForUrl, type NiemyetExtensionDb } from '@niemyet/db';
import type { PageState } from '../messaging/schemas';
import { isPortalUrl } from '../portals/provincial-portals';
import { pageReportFor } from './page-reports';

/**
 * What the popup says about a tab: its latest audit, why it could not be read, or that it is
 * not a portal page at all — never a blank.
 */
export async function pageStateFor(
  db: NiemyetExtensionDb,
  url: string | null,
  extraMatches: readonly string[],
): Promise<PageState> {
  if (!url) return { kind: 'no-page' };
  const [audit, report] = await Promise.all([latestAuditForUrl(db, url), pageReportFor(url)]);
  // The newer of the two tells what the page shows now (a portal may change its markup).
  if (report && (!audit || report.at > audit.readAt)) return { kind: 'no-adapter', reason: report.reason };
  if (audit) return { kind: 'audited', audit: auditHeader(audit) };
  return (await isPortalUrl(url, extraMatches)) ? { kind: 'not-read' } : { kind: 'not-a-portal' };
}
