import { createContext, type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { en, type MessageKey, nb } from './messages';

export type Language = 'nb' | 'en';

const MESSAGES: Record<Language, Record<MessageKey, string>> = { nb, en };
const STORAGE_KEY = 'regiongraf.language';

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  formatNumber(value: number): string;
}

export const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'nb';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const numbers = new Intl.NumberFormat(language === 'nb' ? 'nb-NO' : 'en-GB');
    return {
      language,
      setLanguage,
      t: (key, values) =>
        MESSAGES[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`)),
      formatNumber: (value) => numbers.format(value),
    };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
