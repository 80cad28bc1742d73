// Formatting bound to the active language, for components.
import { useTranslation } from 'react-i18next';
import {
  formatChange,
  formatDate,
  formatDateTime,
  formatInteger,
  formatLanguageName,
  formatList,
  formatMonth,
  formatPercent,
  formatScore,
  formatYear,
} from '../i18n/format';

export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return {
    language,
    rtl: i18n.dir(language) === 'rtl',
    score: (value: number) => formatScore(value, language),
    integer: (value: number) => formatInteger(value, language),
    /** A signed change, e.g. "+6.48". */
    change: (value: number) => formatChange(value, language),
    date: (timestamp: number) => formatDate(timestamp, language),
    list: (items: readonly string[]) => formatList(items, language),
    dateTime: (timestamp: number) => formatDateTime(timestamp, language),
    percent: (share: number) => formatPercent(share, language),
    month: (date: Date) => formatMonth(date, language),
    year: (date: Date) => formatYear(date, language),
    /** A language's name in the reader's language (Intl.DisplayNames). */
    languageName: (code: string) => formatLanguageName(code, language),
  };
}
