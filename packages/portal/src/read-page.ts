import { portalAdapters } from './registry';
import type { PageReading, PortalAdapter } from './types';

/**
 * Reading whatever portal page the user is on: the first registered adapter that knows the
 * site and understands the page wins. Never throws — a reader that fails on hostile or broken
 * markup becomes a reason the extension can show, and the next adapter gets its turn.
 */

export type ReadPageResult =
  | { adapterId: string; reading: PageReading }
  | { adapterId: null; reason: string };

export const NOT_RECOGNISED =
  'Không nhận ra danh sách thủ tục trên trang này / No procedure listing recognised';

/** An adapter may say why it read nothing (the generic reader does). */
type ExplainingAdapter = PortalAdapter & { explainFailure?(document: Document, url: URL): string };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function readPage(
  document: Document,
  url: string | URL,
  adapters: readonly ExplainingAdapter[] = portalAdapters,
): ReadPageResult {
  let pageUrl: URL;
  try {
    pageUrl = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return {
      adapterId: null,
      reason: `${NOT_RECOGNISED}: địa chỉ trang không hợp lệ / invalid page URL “${String(url)}”`,
    };
  }
  if (!document || typeof document.querySelectorAll !== 'function') {
    return { adapterId: null, reason: `${NOT_RECOGNISED}: không có tài liệu / no document` };
  }
  const details: string[] = [];
  for (const adapter of adapters) {
    try {
      if (!adapter.matches(pageUrl, document)) continue;
      const reading = adapter.read(document, pageUrl);
      if (reading) return { adapterId: adapter.id, reading };
      const why = adapter.explainFailure?.(document, pageUrl);
      if (why) details.push(why);
    } catch (error) {
      details.push(`${adapter.id}: lỗi khi đọc / reader error: ${messageOf(error)}`);
    }
  }
  return {
    adapterId: null,
    reason: details.length > 0 ? `${NOT_RECOGNISED} (${details.join('; ')})` : NOT_RECOGNISED,
  };
}
