import type { ProcedureFields } from '../model/procedure';

/** The National Public Service Portal (Cổng Dịch vụ công quốc gia). */
export const NATIONAL_PORTAL_ORIGIN = 'https://dichvucong.gov.vn';

const NATIONAL_HOSTS = new Set(['dichvucong.gov.vn', 'thutuc.dichvucong.gov.vn']);

/**
 * The address a posting sheet's QR code opens: the procedure's page on the national portal.
 * The portal addresses a procedure by its own numeric id (`ma_thu_tuc=1480`), not by the
 * national code, so a page seen on the national portal (`portalRefs`) is used as it was seen;
 * with only a portal id, the detail page is built from it; with neither, the portal's
 * procedure search for the national code. Null when the procedure has no code and was never
 * seen there: nothing on the portal names it.
 */
export function nationalPortalLink(fields: Pick<ProcedureFields, 'code' | 'portalRefs'>): string | null {
  for (const ref of fields.portalRefs) {
    const url = safeUrl(ref.url);
    // The portal answers on https; a page once seen over http is opened over https.
    if (url && NATIONAL_HOSTS.has(url.hostname) && /chi-tiet/.test(url.pathname))
      return `https://${url.host}${url.pathname}${url.search}`;
  }
  for (const ref of fields.portalRefs) {
    const url = safeUrl(ref.url);
    if (url && NATIONAL_HOSTS.has(url.hostname) && ref.portalId && /^\d+$/.test(ref.portalId)) {
      return `${NATIONAL_PORTAL_ORIGIN}/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${ref.portalId}`;
    }
  }
  if (!fields.code) return null;
  return `${NATIONAL_PORTAL_ORIGIN}/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?keyword=${encodeURIComponent(fields.code)}`;
}

function safeUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
