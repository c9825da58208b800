import { isFetchableUrl } from '../dom/link-safety';

/**
 * Which addresses a pull may reach: the origin it was given (scheme, host and port of its
 * start URL) and, only when the user says so, a few more hosts (a portal whose detail pages or
 * login live on a sister host). Everything else — another host, another port, `file:`, the
 * cloud metadata address — is out of bounds, for redirects and for links alike.
 */
export interface OriginPolicy {
  /** The origin of the pull's start URL. */
  readonly origin: string;
  /** Whether `url` is http(s) and on the origin or an allowed host. */
  allows(url: string | URL): boolean;
  /** Whether `url` is on the very origin (no allowed host): what may receive a POST body again. */
  sameOrigin(url: string | URL): boolean;
}

function parse(url: string | URL): URL | null {
  try {
    return typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
}

/** `allowHosts` are host names, with a port when it matters (`cdn.tinh.gov.vn`, `x.vn:8443`). */
export function createOriginPolicy(startUrl: string, allowHosts: readonly string[] = []): OriginPolicy {
  const origin = new URL(startUrl).origin;
  const hosts = new Set(allowHosts.map((h) => h.trim().toLowerCase()).filter((h) => h !== ''));
  return {
    origin,
    allows(url) {
      const parsed = parse(url);
      if (parsed === null || !isFetchableUrl(parsed)) return false;
      return parsed.origin === origin || hosts.has(parsed.host) || hosts.has(parsed.hostname);
    },
    sameOrigin(url) {
      const parsed = parse(url);
      return parsed !== null && isFetchableUrl(parsed) && parsed.origin === origin;
    },
  };
}
