import type { I18n } from './use-i18n';

/** The language switch every extension page shows: names the other language, in that language. */
export function LocaleToggle({ i18n }: { i18n: I18n }) {
  return (
    <button type="button" onClick={() => i18n.setLocale(i18n.locale === 'vi' ? 'en' : 'vi')}>
      {i18n.t.locale.switchTo}
    </button>
  );
}
