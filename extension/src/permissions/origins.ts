/**
 * Sites the user names (a provincial portal, the console) become origins and match patterns
 * here, one way for every feature that asks for a host permission at run time.
 */

/** `https://dichvucong.hanoi.gov.vn/some/page?x=1` → `https://dichvucong.hanoi.gov.vn`. Throws in words. */
export function siteOriginOf(input: string): string {
  const trimmed = input.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    throw new Error(`"${trimmed}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`A site must be http(s), not ${url.protocol}`);
  }
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    throw new Error(`"${url.hostname}" is not a full host name`);
  }
  return url.origin;
}

/** The match pattern of an origin's pages (for permissions and content scripts). */
export function matchPatternOf(origin: string): string {
  // Match patterns carry no port: a pattern with a port is rejected by Chrome.
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
