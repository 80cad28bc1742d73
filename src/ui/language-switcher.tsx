// The language control. Each language is listed by its own name (so a reader finds
// theirs whatever the screen is in). In the header it is compact — a globe and a short
// code over an invisible native select — so it costs one small control on a phone.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n/i18n';
import { LANGUAGE_CODES, isLanguageCode, type LanguageCode } from '../i18n/languages';

/** How the compact control names the current language. */
const SHORT: Record<LanguageCode, string> = {
  en: 'EN',
  ms: 'MS',
  id: 'ID',
  sk: 'SK',
  fa: 'فا',
};

export function LanguageSwitcher({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const select = (
    <select
      id={id}
      value={language}
      onChange={(event) => {
        if (isLanguageCode(event.target.value)) void changeLanguage(event.target.value);
      }}
    >
      {LANGUAGE_CODES.map((code) => (
        <option key={code} value={code} lang={code}>
          {t(`languages.${code}`)}
        </option>
      ))}
    </select>
  );
  if (!compact) {
    return (
      <div className="language-switcher">
        <label htmlFor={id}>{t('language.label')}</label>
        {select}
      </div>
    );
  }
  return (
    <div className="language-switcher language-switcher--compact">
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <span className="language-switcher__face" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="20" height="20" focusable="false">
          <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path
            d="M3 12h18M12 3c2.6 2.6 3.8 5.6 3.8 9s-1.2 6.4-3.8 9c-2.6-2.6-3.8-5.6-3.8-9S9.4 5.6 12 3z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          />
        </svg>
        <span lang={language}>{SHORT[language]}</span>
      </span>
      {select}
    </div>
  );
}
