// Which language a visit starts in, and putting it on <html lang dir>. Kept apart from
// the i18next set-up so the boot script (src/app/boot.ts), which runs before the first
// paint, can use the same rule without loading i18next.

import {
  DEFAULT_LANGUAGE,
  directionOf,
  isLanguageCode,
  matchLanguage,
  type LanguageCode,
} from './languages';

const LANGUAGE_STORAGE_KEY = 'centricity.language';

function storedLanguage(): LanguageCode | undefined {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguageCode(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The remembered choice, else the browser's first supported preference, else English. */
export function initialLanguage(): LanguageCode {
  return storedLanguage() ?? matchLanguage(navigator.languages ?? []) ?? DEFAULT_LANGUAGE;
}

export function rememberLanguage(language: LanguageCode): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private modes may refuse storage; the switch still applies for this session.
  }
}

/** Sets <html lang dir>; does nothing where there is no document (build-time rendering). */
export function applyToDocument(language: LanguageCode): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}
