// i18next set-up: English is the source; each language's namespaces are separate JSON
// files under locales/<lng>/ loaded on demand. The chosen language is remembered in
// localStorage, and <html lang dir> follows it.

import i18next, { type FormatterModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatScore } from './format';
import {
  DEFAULT_LANGUAGE,
  LANGUAGE_CODES,
  NAMESPACES,
  directionOf,
  isLanguageCode,
  matchLanguage,
  type LanguageCode,
} from './languages';

const STORAGE_KEY = 'centricity.language';

type LocaleModule = { default: Record<string, unknown> };
const localeFiles = import.meta.glob<LocaleModule>('../../locales/*/*.json');

function loadNamespace(language: string, namespace: string): Promise<Record<string, unknown>> {
  const load = localeFiles[`../../locales/${language}/${namespace}.json`];
  if (!load) return Promise.reject(new Error(`No locale file ${language}/${namespace}`));
  return load().then((module) => module.default);
}

function storedLanguage(): LanguageCode | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguageCode(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** @internal Exported for its unit test only (knip --production checks the rest). */
export function initialLanguage(): LanguageCode {
  return storedLanguage() ?? matchLanguage(navigator.languages ?? []) ?? DEFAULT_LANGUAGE;
}

function applyToDocument(language: LanguageCode): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

/**
 * Every number interpolated into a translation ({{count}}, {{max}}…) goes through the
 * shared formatter, so plural sentences get Persian digits in fa and a decimal comma in
 * sk even when a component passes a raw number. Strings (already formatted) pass as is.
 */
const numberFormatter: FormatterModule = {
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  format(value: unknown, _format?: string, language?: string): string {
    if (typeof value === 'number' && language) return formatScore(value, language);
    // Anything else is handed back untouched; i18next turns it into text itself.
    return value as string;
  },
};

export async function initI18n(
  language: LanguageCode = initialLanguage(),
): Promise<typeof i18next> {
  await i18next
    .use({
      type: 'backend',
      init() {},
      read(
        lng: string,
        ns: string,
        callback: (error: unknown, data?: Record<string, unknown>) => void,
      ) {
        loadNamespace(lng, ns).then(
          (data) => callback(null, data),
          (error: unknown) => callback(error),
        );
      },
    })
    .use(numberFormatter)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGE_CODES],
      ns: [...NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
      react: { useSuspense: false },
    });
  applyToDocument(language);
  return i18next;
}

/** Switches language at once, remembers it and updates <html lang dir>. */
export async function changeLanguage(language: LanguageCode): Promise<void> {
  await i18next.changeLanguage(language);
  applyToDocument(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private modes may refuse storage; the switch still applies for this session.
  }
}

/** The chosen language (even while some of its files are still loading or missing). */
export function currentLanguage(): LanguageCode {
  const chosen = i18next.language;
  if (isLanguageCode(chosen)) return chosen;
  const resolved = i18next.resolvedLanguage;
  return isLanguageCode(resolved) ? resolved : DEFAULT_LANGUAGE;
}
