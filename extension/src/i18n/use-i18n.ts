import { formatNumber, pick } from '@niemyet/core';
import { useCallback, useEffect, useState } from 'react';
import { readSetting, watchSetting, writeSetting } from '../settings/setting';
import { type Locale, localeSetting } from '../settings/settings';
import { EXTENSION_MESSAGES, type ExtensionMessages } from './messages';

export interface I18n {
  locale: Locale;
  /** The catalog in the user's language: `t.options.title`, `t.pull.failures({ count })`. */
  t: ExtensionMessages;
  n(value: number): string;
  setLocale(locale: Locale): void;
}

/** The user's language, shared by every extension page and kept in sync between them. */
export function useI18n(): I18n {
  const [locale, setLocaleState] = useState<Locale>('vi');
  useEffect(() => {
    let live = true;
    void readSetting(localeSetting).then((value) => {
      if (live) setLocaleState(value);
    });
    const stop = watchSetting(localeSetting, setLocaleState);
    return () => {
      live = false;
      stop();
    };
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const t = pick(EXTENSION_MESSAGES, locale);
  const n = useCallback((value: number) => formatNumber(value, locale), [locale]);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    void writeSetting(localeSetting, next);
  }, []);
  return { locale, t, n, setLocale };
}
