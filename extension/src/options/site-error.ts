import type { I18n } from '../i18n/use-i18n';
import type { AddPortalError } from '../portals/provincial-portals';

/**
 * Why a site the user typed (a provincial portal, the console) could not be added, in the
 * user's language. The functions that add sites explain themselves in English for logs and
 * tests; only Chrome's own reason for a failed registration is passed on as it is.
 */
export function siteErrorText(t: I18n['t'], code: AddPortalError, input: string, detail: string): string {
  const site = input.trim();
  switch (code) {
    case 'invalid-url':
      return t.options.site.invalidUrl({ site });
    case 'national':
      return t.options.site.national({ site });
    case 'duplicate':
      return t.options.site.duplicate({ site });
    case 'denied':
      return t.options.site.denied({ site });
    case 'register-failed':
      return t.options.site.registerFailed({ error: detail });
  }
}
