import { createContext, type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { en, type MessageKey, nb } from './messages';

export type Language = 'nb' | 'en';

const MESSAGES: Record<Language, Record<MessageKey, string>> = { nb, en };
const STORAGE_KEY = 'regiongraf.language';

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /**
   * A message that depends on a number: the key's plural form for `count` in the language (Intl.PluralRules:
   * `<key>.one`, `<key>.other`), with `{count}` filled in, so "1 kommune" and "2 kommuner", never "1 kommuner".
   */
  plural(key: PluralKey, count: number, values?: Record<string, string | number>): string;
  formatNumber(value: number): string;
  /** A share in percent (50 → "50 %" in Norwegian, "50%" in English). */
  formatPercent(value: number): string;
}

/** The keys with plural forms: `x` for every `x.one` and `x.other` in the messages. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.other` ? (`${Base}.one` extends MessageKey ? Base : never) : never;
}[MessageKey];

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
    const percent = new Intl.NumberFormat(language === 'nb' ? 'nb-NO' : 'en-GB', {
      style: 'percent',
      maximumFractionDigits: 1,
    });
    const rules = new Intl.PluralRules(language === 'nb' ? 'nb-NO' : 'en-GB');
    const t: I18n['t'] = (key, values) =>
      MESSAGES[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`));
    return {
      language,
      setLanguage,
      t,
      plural: (key, count, values) => {
        const form = `${key}.${rules.select(count)}` as MessageKey;
        const chosen = form in MESSAGES[language] ? form : (`${key}.other` as MessageKey);
        return t(chosen, { ...values, count: numbers.format(count) });
      },
      formatNumber: (value) => numbers.format(value),
      formatPercent: (value) => percent.format(value / 100),
    };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
