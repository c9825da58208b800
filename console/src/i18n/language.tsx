import { pick } from '@niemyet/core';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Language, MESSAGES, type Messages } from './messages';

/**
 * The console's language: Vietnamese unless the user chose English, remembered in
 * localStorage so a reload (or another console tab opened later) keeps the choice.
 */

export const LANGUAGE_STORAGE_KEY = 'niemyet.console.language';

interface LanguageContextValue {
  language: Language;
  t: Messages;
  setLanguage(language: Language): void;
  toggleLanguage(): void;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

/** Storage may be missing or refuse access (private modes, sandboxed frames): fall back to Vietnamese. */
function readStoredLanguage(storage: Storage | undefined): Language {
  try {
    return storage?.getItem(LANGUAGE_STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function LanguageProvider({
  children,
  storage = defaultStorage(),
}: {
  children: ReactNode;
  storage?: Storage | undefined;
}) {
  const [language, setLanguageState] = useState<Language>(() => readStoredLanguage(storage));

  const setLanguage = useCallback(
    (next: Language) => {
      setLanguageState(next);
      try {
        storage?.setItem(LANGUAGE_STORAGE_KEY, next);
      } catch {
        // Not remembered, still switched: the choice lasts until the page closes.
      }
    },
    [storage],
  );

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<LanguageContextValue>(
    () => ({
      language,
      t: pick(MESSAGES, language),
      setLanguage,
      toggleLanguage: () => setLanguage(language === 'vi' ? 'en' : 'vi'),
    }),
    [language, setLanguage],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useI18n(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useI18n outside <LanguageProvider>');
  return value;
}
