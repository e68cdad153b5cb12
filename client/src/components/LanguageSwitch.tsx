import { useI18n } from '../i18n/use-i18n';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      <button type="button" aria-pressed={language === 'nb'} lang="nb" onClick={() => setLanguage('nb')}>
        Norsk
      </button>
      <button type="button" aria-pressed={language === 'en'} lang="en" onClick={() => setLanguage('en')}>
        English
      </button>
    </fieldset>
  );
}
