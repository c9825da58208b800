import { storage } from 'wxt/utils/storage';

/**
 * What content scripts reported about pages they could not read, so the popup can say "no
 * reader understands this page" instead of nothing. Session storage: it outlives a worker
 * restart, not the browser session; bounded, newest kept.
 */

export interface PageReport {
  url: string;
  reason: string;
  at: string;
}

const MAX_REPORTS = 50;

const reportsItem = storage.defineItem<PageReport[]>('session:page-reports', { fallback: [], version: 1 });

export async function recordPageReport(report: PageReport): Promise<void> {
  const reports = (await reportsItem.getValue()).filter((r) => r.url !== report.url);
  reports.push(report);
  await reportsItem.setValue(reports.slice(-MAX_REPORTS));
}

export async function pageReportFor(url: string): Promise<PageReport | null> {
  return (await reportsItem.getValue()).find((r) => r.url === url) ?? null;
}

/** A page read successfully since: its old "not understood" report no longer applies. */
export async function clearPageReport(url: string): Promise<void> {
  const reports = await reportsItem.getValue();
  if (reports.some((r) => r.url === url)) await reportsItem.setValue(reports.filter((r) => r.url !== url));
}
